"""Reading a large interchange file as a stream of JSON events (ijson), one record of its
`conflicts` and `journal` lists at a time, so memory stays bounded whatever the file's size.
The checks themselves are services/portability.py's, the same for both ways of reading."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

import ijson

from relate_desktop.domain.errors import InvalidImport

# Top-level lists read one item at a time; everything else at the top is small.
RECORD_LISTS = ("conflicts", "journal")
# Deeper nesting than any Relate file has is refused (a file can't make the reader recurse).
MAX_DEPTH = 64
CHUNK = 1 << 16
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Field:
    """A top-level field; `conflicts` or `journal` appear here only when they aren't lists."""

    key: str
    value: Any


@dataclass(frozen=True)
class Item:
    """One item of a top-level record list (`value` is None when items are only counted)."""

    key: str
    index: int
    value: Any


@dataclass(frozen=True)
class ListStart:
    """A top-level record list begins (so a list with no items is still seen)."""

    key: str


# A \uXXXX escape of half of a UTF-16 pair (D800-DFFF), and of the second half only.
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LOW = re.compile(rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}")
LOOKAHEAD = 12  # an escape and the one after it
BACKSLASH = ord("\\")


class _SurrogateCheck:
    """Refuses a lone surrogate escape such as \\ud800, as the whole-file reader does (the
    stream parser would read it as "?"): every high half must be followed at once by a low
    half, and every low half preceded by a high one. Fed the file chunk by chunk; the last
    few bytes wait for the next chunk, so an escape split between two is still seen whole."""

    def __init__(self) -> None:
        self._pending = b""
        self._slashes = 0  # backslashes just before _pending (only their parity matters)
        self._paired_low = -1  # where a low half that completes a pair begins (file offset)
        self._offset = 0  # file offset of _pending

    def feed(self, data: bytes, final: bool = False) -> None:
        buffer = self._pending + data
        end = len(buffer) if final else max(0, len(buffer) - LOOKAHEAD)
        for match in _SURROGATE.finditer(buffer):
            start = match.start()
            if start >= end:
                break
            run, before = 0, start - 1
            while before >= 0 and buffer[before] == BACKSLASH:
                run, before = run + 1, before - 1
            if before < 0:
                run += self._slashes
            if run % 2:
                continue  # an escaped backslash followed by "u…": text, not an escape
            at = self._offset + start
            if _LOW.fullmatch(match.group()):
                if at != self._paired_low:
                    raise InvalidImport("", LONE_SURROGATE)
            elif _LOW.match(buffer, match.end()):
                self._paired_low = at + 6
            else:
                raise InvalidImport("", LONE_SURROGATE)
        done = buffer[:end]
        run = len(done) - len(done.rstrip(b"\\"))
        self._slashes = run + self._slashes if run == len(done) else run
        self._pending = buffer[end:]
        self._offset += end


LONE_SURROGATE = "the file holds text that isn't valid Unicode (a lone \\ud800-\\udfff escape)"


class _Reader:
    """The file's bytes as ijson reads them, hashed and counted on the way: more than `limit`
    bytes (a file growing while it is read) is refused."""

    def __init__(self, handle: IO[bytes], limit: int) -> None:
        self._handle = handle
        self._limit = limit
        self._hash = hashlib.sha256()
        self._count = 0
        self._first = True
        self._surrogates = _SurrogateCheck()

    def read(self, size: int = CHUNK) -> bytes:
        if size == 0:
            return b""  # ijson asks for nothing first, to learn the reader gives bytes
        size = min(size, CHUNK) if size > 0 else CHUNK
        if self._first:
            self._first = False
            head = self._handle.read(len(BOM))
            data = head if head != BOM else b""  # skipped, as the whole-file reader's utf-8-sig
            data += self._handle.read(max(0, size - len(data)))
        else:
            data = self._handle.read(size)
        self._hash.update(data)
        self._surrogates.feed(data, final=not data)
        self._count += len(data)
        if self._count > self._limit:
            raise InvalidImport("", f"the file is larger than {self._limit // 2**20} MB")
        return data

    def digest(self) -> bytes:
        return self._hash.digest()


@contextmanager
def opened(fd: int, limit: int) -> Iterator[_Reader]:
    """A reader over an open file descriptor (closed afterwards), from its start."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            yield _Reader(handle, limit)
    except OSError as error:
        raise InvalidImport("", f"the file couldn't be read ({error.strerror or error})") from error


def top_level(reader: _Reader, build_items: bool = True) -> Iterator[Field | Item | ListStart]:
    """The top-level object's fields in file order, the record lists item by item. Raises
    InvalidImport for broken JSON, a repeated key, or a file that isn't one JSON object."""
    events = ijson.basic_parse(reader, use_float=True)
    try:
        yield from _walk(events, build_items)
    except ijson.JSONError as error:
        raise InvalidImport("", _syntax_problem(error)) from None


def _walk(
    events: Iterator[tuple[str, Any]], build_items: bool
) -> Iterator[Field | Item | ListStart]:
    event, value = next(events, ("end", None))
    if event == "end":
        raise InvalidImport("", "the file ends too soon; it may have been cut short")
    if event != "start_map":
        kinds = {"start_array": "a list", "string": "text", "null": "null", "boolean": "true/false"}
        kind = kinds.get(event, "a number")
        raise InvalidImport("", f"the file should hold one JSON object, but it holds {kind}")
    seen: set[str] = set()
    for event, key in events:
        if event == "end_map":
            break
        _unique(seen, key)
        event, value = next(events)
        if key in RECORD_LISTS and event == "start_array":
            yield ListStart(key)
            for index, (event, value) in enumerate(_until_end(events)):
                if build_items:
                    yield Item(key, index, _value(events, event, value, 1))
                else:
                    _skip(events, event)
                    yield Item(key, index, None)
        else:
            yield Field(key, _value(events, event, value, 1))
    for _rest in events:  # the parser raises on anything after the object
        pass


def _until_end(events: Iterator[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """The first event of each item of a list, until the list ends."""
    for event, value in events:
        if event == "end_array":
            return
        yield event, value


def _unique(seen: set[str], key: str) -> None:
    if key in seen:
        shown = repr(key) if len(key) <= 60 else repr(key[:40]) + "…"
        raise InvalidImport("", f"the key {shown} appears twice in one object")
    seen.add(key)


def _value(events: Iterator[tuple[str, Any]], event: str, value: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise InvalidImport("", "the JSON is nested too deeply")
    if event == "start_map":
        result: dict[str, Any] = {}
        for inner, key in events:
            if inner == "end_map":
                return result
            if key in result:
                _unique(set(result), key)
            inner, item = next(events)
            result[key] = _value(events, inner, item, depth + 1)
    if event == "start_array":
        items: list[Any] = []
        for inner, item in events:
            if inner == "end_array":
                return items
            items.append(_value(events, inner, item, depth + 1))
    return value


def _skip(events: Iterator[tuple[str, Any]], event: str) -> None:
    depth = 1 if event in ("start_map", "start_array") else 0
    while depth:
        inner = next(events)[0]
        if inner in ("start_map", "start_array"):
            depth += 1
        elif inner in ("end_map", "end_array"):
            depth -= 1


def _syntax_problem(error: Exception) -> str:
    first = str(error).strip().splitlines()[0] if str(error).strip() else "broken"
    if "premature EOF" in first:
        return "the file ends too soon; it may have been cut short"
    if "UTF8" in first or "utf-8" in first.lower():
        return "the file isn't UTF-8 text"
    return f"the JSON is broken ({first.removeprefix('parse error: ')})"
