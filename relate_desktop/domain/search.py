"""Search results and the rules for reading what someone typed into the search box."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Marks around the matched words in a snippet (control characters nobody types).
MARK_START = "\x02"
MARK_END = "\x03"
# The trigram index needs three characters; shorter words are looked for one by one.
MIN_INDEXED = 3
MAX_TERMS = 8


class HitKind(StrEnum):
    CONFLICT = "conflict"
    DRAFT = "draft"
    AGREEMENT = "agreement"
    JOURNAL = "journal"


@dataclass(frozen=True)
class SearchHit:
    """One item that matched: where it is, and a snippet with the matches marked."""

    kind: HitKind
    item_id: str
    parent_id: str
    at: datetime | None
    title: str
    snippet: str
    private: bool
    order: int = 0  # within its space: larger is written later

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, for highlighting."""
        return snippet_parts(self.snippet)

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return " ".join(self.snippet.replace(MARK_START, start).replace(MARK_END, end).split())


@dataclass(frozen=True)
class Query:
    """What to look for: terms the index can find (3+ characters), and shorter ones."""

    indexed: tuple[str, ...]
    short: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.indexed and not self.short


def parse_query(text: str) -> Query:
    """Words separated by spaces, all of which must appear (in any order). Quotes and other
    search syntax are taken literally, so any text can be searched for."""
    words = [unicodedata.normalize("NFC", w) for w in text.split()][:MAX_TERMS]
    indexed = tuple(w for w in words if len(w) >= MIN_INDEXED)
    short = tuple(w for w in words if len(w) < MIN_INDEXED)
    return Query(indexed, short)


def fts_expression(query: Query) -> str:
    """An FTS5 MATCH expression: each word as a quoted phrase, all required."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in query.indexed)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(MARK_START)
        if start < 0:
            parts.append((rest, False))
            break
        if start:
            parts.append((rest[:start], False))
        end = rest.find(MARK_END, start)
        end = len(rest) if end < 0 else end
        parts.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [p for p in parts if p[0]]


def mark_words(text: str, words: tuple[str, ...], width: int = 120) -> str:
    """A snippet made in Python (for words too short for the index): the text around the
    first match, with every match marked. Case-insensitive."""
    folded = text.casefold()
    if len(folded) != len(text):  # casefold changed lengths (ß...): mark nothing, keep it safe
        return text[:width]
    positions = [(folded.find(w.casefold()), w) for w in words]
    found = [(p, w) for p, w in positions if p >= 0]
    first = min((p for p, _ in found), default=0)
    start = max(0, first - width // 3)
    window = text[start : start + width]
    lowered = window.casefold()
    marks: list[tuple[int, int]] = []
    for _, word in found:
        key = word.casefold()
        at = lowered.find(key)
        while at >= 0:
            marks.append((at, at + len(key)))
            at = lowered.find(key, at + len(key))
    out, pos = [], 0
    for begin, end in sorted(marks):
        if begin < pos:
            continue
        out += [window[pos:begin], MARK_START, window[begin:end], MARK_END]
        pos = end
    out.append(window[pos:])
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(text) else ""
    return prefix + "".join(out) + suffix
