"""Export and import of a household's shared data as a versioned JSON file (docs/interchange.md)."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum, StrEnum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from relate_desktop.domain.clock import Clock, in_zone, named_zone, zone_name
from relate_desktop.domain.compose import APOLOGY_PARTS, REQUEST_PARTS, RESPONSE_PARTS
from relate_desktop.domain.errors import DiskFull, InvalidImport, InvalidInput
from relate_desktop.domain.follow_ups import Repeat
from relate_desktop.domain.journal import (
    MAX_TAG_LENGTH,
    MAX_TAGS,
    TIMES_OF_DAY,
    parse_tags,
)
from relate_desktop.domain.models import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    CheckInAnswer,
    CheckInDecision,
    Commitment,
    Conflict,
    Draft,
    DraftKind,
    DraftStatus,
    FollowUp,
    FollowUpStatus,
    Held,
    JournalEntry,
    Person,
    Perspective,
    PrivateReflection,
)
from relate_desktop.domain.repair_flow import RECEIVE_PARTS
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.paths import DataPaths
from relate_desktop.services import import_stream
from relate_desktop.services.household import (
    MAX_NAME,
    Household,
    household_info,
    open_household,
    roll_back_interrupted_import,
    set_up,
)
from relate_desktop.services.maintenance import back_up
from relate_desktop.store import import_marker, keys, repositories, search
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.space import Space

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FORMAT = "relate-desktop"
VERSION = 2
# Files this Relate reads. Version 2 added turns, "both of us" commitments, what each saw
# at a check-in, and a journal entry's title, tags, feeling and time of day.
READS = (1, 2)
MAX_TURN = 10_000
MAX_FILE_BYTES = 512 * 1024 * 1024  # docs/interchange.md
# Larger files are read as a stream, record by record, twice (checked, then stored): memory
# stays bounded whatever the size. Smaller ones are read whole (exact line and column for
# broken JSON). Either way the same checks run on every field.
STREAM_FROM = 8 * 1024 * 1024
# Records written per multi-row insert while importing.
BATCH = 2000
MAX_AGREEMENT_VERSION = 1_000_000
MAX_TEXT = 1_000_000
MIN_INTENSITY, MAX_INTENSITY, DEFAULT_INTENSITY = 0, 10, 5
MAX_PEOPLE = 2
PRIVATE_LOCKED = (
    "this private item belongs to {name}; import it with --unlock {name} so it goes to "
    "{name}'s private space"
)
DRAFT_PARTS: dict[DraftKind, tuple[str, ...]] = {
    DraftKind.REQUEST: REQUEST_PARTS,
    DraftKind.APOLOGY: APOLOGY_PARTS,
    # A response to a request, or the receiving of an apology (its own parts).
    DraftKind.RESPONSE: (*RESPONSE_PARTS, *RECEIVE_PARTS),
}

_TOP_FIELDS = ("format", "version", "people", "conflicts", "journal")
_PERSON_FIELDS = ("id", "name")
_CONFLICT_FIELDS = (
    "id",
    "occurred_at",
    "created_at",
    "title",
    "what_happened",
    "topic",
    "intensity",
    "logged_by",
    "perspectives",
    "drafts",
    "agreements",
)
_PERSPECTIVE_FIELDS = (
    "person",
    "private",
    "stance",
    "reactions",
    "losing_strategies",
    "made_up",
    "feelings",
    "notes",
)
_DRAFT_FIELDS = ("id", "kind", "author", "to", "text", "status", "turn")
_AGREEMENT_FIELDS = (
    "id",
    "title",
    "created_at",
    "status",
    "commitments",
    "confirmed_by",
    "follow_ups",
    "version",
    "history",
)
_COMMITMENT_FIELDS = ("person", "action", "when", "both")
_FOLLOW_UP_FIELDS = (
    "id",
    "due_at",
    "zone",
    "status",
    "outcome",
    "note",
    "repeat",
    "anchor",
    "snoozed_until",
    "done_at",
    "decision",
    "answers",
)
_ANSWER_FIELDS = ("person", "held", "noticed", "appreciation", "saw")
_VERSION_FIELDS = ("version", "title", "commitments", "replaced_at")
_JOURNAL_FIELDS_V1 = ("id", "author", "created_at", "private", "prompt", "body")
_JOURNAL_FIELDS = (*_JOURNAL_FIELDS_V1, "title", "tags", "feeling", "time_of_day")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_EXAMPLE_ID = "123e4567-e89b-12d3-a456-426614174000"
_EXAMPLE_TIME = "2026-03-02T08:30:00-06:00"

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ImportPlan:
    """A file's content, fully checked and ready to store."""

    people: tuple[Person, ...]
    conflicts: tuple[Conflict, ...]
    journal: tuple[JournalEntry, ...]


@dataclass(frozen=True)
class ImportResult:
    """How many records an import stored (new or updated)."""

    people: int
    conflicts: int
    agreements: int
    journal_entries: int


@dataclass(frozen=True)
class StreamedPlan:
    """A file too large to hold in memory, checked completely as a stream, then read again
    record by record while it is stored. Only what the checks against a household need is
    kept: the people, counts, and the first private item of each owner (owner, path), in file
    order. If the file changes between the two readings, storing stops before anything is
    committed (`records` compares a hash of its bytes)."""

    path: Path
    digest: bytes
    people: tuple[Person, ...]
    conflict_count: int
    agreement_count: int
    journal_count: int
    private_firsts: tuple[tuple[str, str], ...]

    @classmethod
    def read(cls, path: Path) -> StreamedPlan:
        """Check the file in one pass when its people come before its records (as Relate
        writes it); otherwise the top-level fields are read first, then the records."""
        found = cls._check(path, people_first=True) or cls._check(path, people_first=False)
        assert found is not None  # read fields first, it always finishes
        return found

    @classmethod
    def _check(cls, path: Path, people_first: bool) -> StreamedPlan | None:
        root: dict[str, Any] = {}
        if not people_first:
            fd, _size = _open_regular(path)
            with import_stream.opened(fd, MAX_FILE_BYTES) as reader:
                for part in import_stream.top_level(reader, build_items=False):
                    if isinstance(part, import_stream.Field):
                        root[part.key] = part.value
                    elif isinstance(part, import_stream.ListStart):
                        root[part.key] = []
        context = _CompactContext()
        people: tuple[Person, ...] | None = None if people_first else _header(root, context)
        counts = {"conflicts": 0, "agreements": 0, "journal": 0}
        firsts: dict[str, str] = {}
        fd, _size = _open_regular(path)
        with import_stream.opened(fd, MAX_FILE_BYTES) as reader:
            for part in import_stream.top_level(reader):
                if isinstance(part, import_stream.Field):
                    root[part.key] = part.value
                    continue
                if isinstance(part, import_stream.ListStart):
                    root.setdefault(part.key, [])
                    continue
                if people is None:
                    if "people" not in root:
                        return None  # records before the people: read the fields first
                    people = _header(root, context)
                record = _record(part, context)
                counts[part.key] += 1
                for owner, where in _private_of(record, f"{part.key}[{part.index}]"):
                    firsts.setdefault(owner, where)
                if isinstance(record, Conflict):
                    counts["agreements"] += len(record.agreements)
            digest = reader.digest()
        if people is None:
            people = _header(root, context)
        else:
            _header_after(root)  # fields that came after the records
        return cls(
            path,
            digest,
            people,
            counts["conflicts"],
            counts["agreements"],
            counts["journal"],
            tuple(firsts.items()),
        )

    def records(self) -> Iterator[Conflict | JournalEntry]:
        """Every conflict and journal entry, in file order, read and checked again."""
        context = _CheckedContext(people=[p.id for p in self.people])
        fd, _size = _open_regular(self.path)
        with import_stream.opened(fd, MAX_FILE_BYTES) as reader:
            for part in import_stream.top_level(reader):
                if isinstance(part, import_stream.Item):
                    yield _record(part, context)
            if reader.digest() != self.digest:
                raise InvalidImport("", "the file changed while it was being imported")


Plan = ImportPlan | StreamedPlan


def _header(root: dict[str, Any], context: _Context) -> tuple[Person, ...]:
    """The top-level fields of a streamed file, checked as parse_import checks them."""
    _header_after(root)
    return _people(_Node(root, ""), context)


def _header_after(root: dict[str, Any]) -> None:
    node = _Node(root, "")
    _check_format(node)
    node.only(_TOP_FIELDS)
    node.items("conflicts")
    node.items("journal")


def _record(part: import_stream.Item, context: _Context) -> Conflict | JournalEntry:
    where = f"{part.key}[{part.index}]"
    if part.key == "conflicts":
        return _conflict(part.value, where, context)
    return _entry(part.value, where, context)


def _private_of(record: Conflict | JournalEntry, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(record, JournalEntry):
        if record.private:
            yield record.author_id, f"{where}.private"
        return
    for j, view in enumerate(record.perspectives):
        if view.private:
            yield view.person_id, f"{where}.perspectives[{j}].private"


def _records(plan: Plan) -> Iterator[Conflict | JournalEntry]:
    if isinstance(plan, ImportPlan):
        return chain(plan.conflicts, plan.journal)
    return plan.records()


def _result(plan: Plan) -> ImportResult:
    if isinstance(plan, ImportPlan):
        return ImportResult(
            people=len(plan.people),
            conflicts=len(plan.conflicts),
            agreements=sum(len(c.agreements) for c in plan.conflicts),
            journal_entries=len(plan.journal),
        )
    return ImportResult(
        len(plan.people), plan.conflict_count, plan.agreement_count, plan.journal_count
    )


# Export ---------------------------------------------------------------------------------------


def export_data(household: Household) -> dict[str, Any]:
    """The household's shared data as an interchange dict, plus the private items of the
    person whose private space is open (if anyone's). Nobody else's private items are in it."""
    with household.shared.read() as session:
        people = repositories.people(session)
        conflicts = repositories.all_conflicts(session)
        journal = [e for e in repositories.journal_entries(session) if not e.private]
    reflections: dict[str, list[Perspective]] = {}
    vault = household.open_private_space
    if vault is not None:
        with vault.read() as session:
            journal += repositories.journal_entries(session)
            for item in repositories.reflections(session):
                reflections.setdefault(item.conflict_id, []).append(item.perspective)
    return {
        "format": FORMAT,
        "version": VERSION,
        "people": [{"id": p.id, "name": p.name} for p in people],
        "conflicts": [
            _conflict_out(c, reflections.get(c.id, []))
            for c in sorted(conflicts, key=_conflict_order)
        ],
        "journal": [_entry_out(e) for e in sorted(journal, key=_entry_order)],
    }


def write_export(household: Household, out: Path) -> None:
    """Write the export as UTF-8 JSON, replacing `out` in one step."""
    text = json.dumps(export_data(household), indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomically(out, text.encode("utf-8"))
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull(f"There is no room left to write {out}.") from error
        raise InvalidInput(f"Relate couldn't write {out}: {error.strerror or error}.") from error


def _moment_order(moment: datetime, ident: str) -> tuple[datetime, str, str]:
    return moment, moment.isoformat(), ident


def _conflict_order(item: Conflict) -> tuple[datetime, str, str]:
    return _moment_order(item.occurred_at, item.id)


def _entry_order(item: JournalEntry) -> tuple[datetime, str, str]:
    return _moment_order(item.created_at, item.id)


def _conflict_out(item: Conflict, private: list[Perspective]) -> dict[str, Any]:
    agreements = sorted(item.agreements, key=lambda a: _moment_order(a.created_at, a.id))
    return {
        "id": item.id,
        "occurred_at": item.occurred_at.isoformat(),
        "created_at": item.created_at.isoformat(),
        "title": item.title,
        "what_happened": item.what_happened,
        "topic": item.topic,
        "intensity": item.intensity,
        "logged_by": item.logged_by,
        "perspectives": [
            _perspective_out(p)
            for p in [*(p for p in item.perspectives if not p.private), *private]
        ],
        "drafts": [_draft_out(d) for d in item.drafts],
        "agreements": [_agreement_out(a) for a in agreements],
    }


def _perspective_out(item: Perspective) -> dict[str, Any]:
    return {
        "person": item.person_id,
        "private": item.private,
        "stance": item.stance.value if item.stance else None,
        "reactions": [r.value for r in item.reactions],
        "losing_strategies": [s.value for s in item.losing_strategies],
        "made_up": item.made_up,
        "feelings": list(item.feelings),
        "notes": item.notes,
    }


def _draft_out(item: Draft) -> dict[str, Any]:
    parts = {key: item.parts[key] for key in DRAFT_PARTS[item.kind] if key in item.parts}
    return {
        "id": item.id,
        "kind": item.kind.value,
        "author": item.author_id,
        "to": item.to_id,
        **parts,
        "text": item.text,
        "status": item.status.value,
        "turn": item.turn,
    }


def _agreement_out(item: Agreement) -> dict[str, Any]:
    follow_ups = sorted(item.follow_ups, key=lambda f: _moment_order(f.due_at, f.id))
    return {
        "id": item.id,
        "title": item.title,
        "created_at": item.created_at.isoformat(),
        "status": item.status.value,
        "commitments": [_commitment_out(c) for c in item.commitments],
        "confirmed_by": list(item.confirmed_by),
        "follow_ups": [_follow_up_out(f) for f in follow_ups],
        "version": item.version,
        "history": [
            {
                "version": v.version,
                "title": v.title,
                "commitments": [_commitment_out(c) for c in v.commitments],
                "replaced_at": v.replaced_at.isoformat(),
            }
            for v in item.history
        ],
    }


def _commitment_out(item: Commitment) -> dict[str, Any]:
    out: dict[str, Any] = {"person": item.person_id, "action": item.action, "when": item.when}
    if item.both:
        out["both"] = True
    return out


def _follow_up_out(item: FollowUp) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.id,
        "due_at": item.due_at.isoformat(),
        "zone": zone_name(item.due_at.tzinfo),
        "status": item.status.value,
        "outcome": item.outcome,
        "note": item.note,
        "repeat": item.repeat.value,
    }
    optional = {
        "anchor": item.anchor,
        "snoozed_until": item.snoozed_until,
        "done_at": item.done_at,
    }
    out.update({key: moment.isoformat() for key, moment in optional.items() if moment})
    if item.decision is not None:
        out["decision"] = item.decision.value
    if item.answers:
        out["answers"] = [
            {
                "person": a.person_id,
                "held": a.held.value,
                "noticed": a.noticed,
                "appreciation": a.appreciation,
                **({"saw": a.saw} if a.saw else {}),
            }
            for a in item.answers
        ]
    return out


def _entry_out(item: JournalEntry) -> dict[str, Any]:
    return {
        "id": item.id,
        "author": item.author_id,
        "created_at": item.created_at.isoformat(),
        "private": item.private,
        "prompt": item.prompt,
        "body": item.body,
        "title": item.title,
        "tags": list(item.tags),
        "feeling": item.feeling,
        "time_of_day": item.time_of_day,
    }


# Reading a file -------------------------------------------------------------------------------


def read_import_file(path: Path) -> dict[str, Any]:
    """The file's top-level JSON object; InvalidImport when it isn't readable JSON."""
    data = _loads(_decode(_read_bytes(path)))
    if not isinstance(data, dict):
        raise InvalidImport("", f"the file should hold one JSON object, but it holds {_kind(data)}")
    return data


def _open_regular(path: Path) -> tuple[int, int]:
    """An open descriptor of a regular file of at most MAX_FILE_BYTES, and its size. It is
    opened without waiting (a FIFO with no writer, a device) and refused at once unless it is
    a regular file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InvalidInput(f"There is no file at {path}.") from None
    except OSError as error:
        raise InvalidImport("", f"the file couldn't be read ({error.strerror or error})") from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidImport("", "this is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise InvalidImport("", f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    except OSError as error:
        os.close(fd)
        raise InvalidImport("", f"the file couldn't be read ({error.strerror or error})") from error
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def _read_bytes(path: Path) -> bytes:
    """The file's bytes: a regular file of at most MAX_FILE_BYTES (see _open_regular)."""
    fd, _size = _open_regular(path)
    try:
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InvalidImport("", f"the file couldn't be read ({error.strerror or error})") from error
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidImport("", f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    return data


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidImport("", "the file isn't UTF-8 text") from None


def _loads(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise InvalidImport("", _syntax_problem(text, error)) from None
    except RecursionError:
        raise InvalidImport("", "the JSON is nested too deeply") from None
    except ValueError as error:
        raise InvalidImport("", f"the file isn't valid JSON ({error})") from None


def _syntax_problem(text: str, error: json.JSONDecodeError) -> str:
    where = f"line {error.lineno}, column {error.colno}"
    if not text[error.pos :].strip():
        return f"the file ends too soon at {where}; it may have been cut short"
    return f"the JSON is broken at {where} ({error.msg})"


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidImport("", f"the key {_show(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise InvalidImport("", f"{name} is not allowed in this file")


# Checking values ------------------------------------------------------------------------------


class _Missing(Enum):
    MISSING = "missing"


_MISSING = _Missing.MISSING


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (type(None), "null"),
        (bool, "true/false"),
        (int, "a whole number"),
        (float, "a number"),
        (str, "text"),
        (list, "a list"),
        (dict, "an object"),
    ]
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _show(value: str) -> str:
    return repr(value) if len(value) <= 60 else repr(value[:40]) + "…"


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise InvalidImport(path, f"expected text, got {_kind(value)}")
    if len(value) > MAX_TEXT:
        problem = f"this text has {len(value):,} characters; the limit is {MAX_TEXT:,}"
        raise InvalidImport(path, problem)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidImport(path, "this text holds characters that aren't valid Unicode") from None
    return value


def _optional_text(value: Any, path: str) -> str | None:
    return None if value is None else _text(value, path)


def _uuid(value: Any, path: str) -> str:
    text = _text(value, path)
    if not _UUID.fullmatch(text):
        raise InvalidImport(path, f"{_show(text)} is not an id like {_EXAMPLE_ID}")
    return text


def _moment(value: Any, path: str) -> datetime:
    text = _text(value, path)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        problem = f"{_show(text)} is not a date and time like {_EXAMPLE_TIME}"
        raise InvalidImport(path, problem) from None
    if moment.utcoffset() is None:
        raise InvalidImport(path, f"{_show(text)} has no UTC offset; write it like {_EXAMPLE_TIME}")
    try:
        moment.astimezone(UTC)
    except OverflowError:
        problem = f"{_show(text)} is outside the calendar Relate can store"
        raise InvalidImport(path, problem) from None
    return moment


def _flag(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidImport(path, f"expected true or false, got {_kind(value)}")
    return value


def _intensity(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidImport(path, f"expected a whole number from 0 to 10, got {_kind(value)}")
    if not MIN_INTENSITY <= value <= MAX_INTENSITY:
        raise InvalidImport(path, f"{value} is not a whole number from 0 to 10")
    return value


def _choice(enum: type[E]) -> Callable[[Any, str], E]:
    def read(value: Any, path: str) -> E:
        text = _text(value, path)
        allowed = [member.value for member in enum]
        if text not in allowed:
            raise InvalidImport(path, f"{_show(text)} is not one of {', '.join(allowed)}")
        return enum(text)

    return read


def _optional_choice(enum: type[E]) -> Callable[[Any, str], E | None]:
    read = _choice(enum)
    return lambda value, path: None if value is None else read(value, path)


def _items(value: Any, path: str) -> list[tuple[Any, str]]:
    if not isinstance(value, list):
        raise InvalidImport(path, f"expected a list, got {_kind(value)}")
    return [(item, f"{path}[{index}]") for index, item in enumerate(value)]


def _distinct(read: Callable[[Any, str], T]) -> Callable[[Any, str], tuple[T, ...]]:
    """A reader for a list of values, each read with `read`, none repeated."""

    def read_all(value: Any, path: str) -> tuple[T, ...]:
        result: list[T] = []
        for item, item_path in _items(value, path):
            read_value = read(item, item_path)
            if read_value in result:
                raise InvalidImport(item_path, f"{_show(str(read_value))} is listed twice")
            result.append(read_value)
        return tuple(result)

    return read_all


def _texts(value: Any, path: str) -> tuple[str, ...]:
    return tuple(_text(item, item_path) for item, item_path in _items(value, path))


class _Node:
    """One JSON object of the file, read field by field, its path kept for messages."""

    def __init__(self, value: Any, path: str, fields: Collection[str] | None = None) -> None:
        if not isinstance(value, dict):
            raise InvalidImport(path, f"expected an object, got {_kind(value)}")
        self.value: dict[Any, Any] = value
        self.path = path
        if fields is not None:
            self.only(fields)

    def only(self, fields: Collection[str], hint: str = "") -> None:
        for key in self.value:
            if key not in fields:
                shown = _show(key) if isinstance(key, str) else repr(key)
                raise InvalidImport(self.at(str(key)), f"unknown field {shown}{hint}")

    def at(self, key: str) -> str:
        return _join(self.path, key)

    def get(self, key: str, read: Callable[[Any, str], T], default: T | _Missing = _MISSING) -> T:
        if key in self.value:
            return read(self.value[key], self.at(key))
        if isinstance(default, _Missing):
            raise InvalidImport(self.at(key), "this field is missing")
        return default

    def items(self, key: str) -> list[tuple[Any, str]]:
        return self.get(key, _items, [])


@dataclass
class _Context:
    """What the checks so far have seen: the file's people and every id used."""

    people: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    version: int = VERSION

    def new_id(self, value: Any, path: str) -> str:
        ident = _uuid(value, path)
        if ident in self.ids:
            raise InvalidImport(path, f"the id {ident} is used twice (first at {self.ids[ident]})")
        self.ids[ident] = path
        return ident

    def person(self, value: Any, path: str) -> str:
        ident = _uuid(value, path)
        if ident not in self.people:
            raise InvalidImport(path, f"{ident} is not one of the people listed in this file")
        return ident

    def optional_person(self, value: Any, path: str) -> str | None:
        return None if value is None else self.person(value, path)


class _CompactContext(_Context):
    """For a streamed file: every id kept in 16 bytes (a few hundred thousand fit in tens of
    MB); a repeated id is refused without naming where it was first."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[bytes] = set()

    def new_id(self, value: Any, path: str) -> str:
        ident = _uuid(value, path)
        key = bytes.fromhex(ident.replace("-", ""))
        if key in self.seen:
            raise InvalidImport(path, f"the id {ident} is used twice in this file")
        self.seen.add(key)
        return ident


class _CheckedContext(_Context):
    """For reading a streamed file again to store it: its ids were checked the first time."""

    def new_id(self, value: Any, path: str) -> str:
        return _uuid(value, path)


# Parsing --------------------------------------------------------------------------------------


def parse_import(data: Any) -> ImportPlan:
    """Check everything in an interchange dict; raises InvalidImport naming the bad field."""
    root = _Node(data, "")
    version = _check_format(root)
    root.only(_TOP_FIELDS)
    context = _Context(version=version)
    people = _people(root, context)
    conflicts = tuple(_conflict(item, path, context) for item, path in root.items("conflicts"))
    journal = tuple(_entry(item, path, context) for item, path in root.items("journal"))
    return ImportPlan(people, conflicts, journal)


def _check_format(root: _Node) -> int:
    if root.value.get("format") != FORMAT:
        raise InvalidImport("format", f"this is not a Relate export (format should be {FORMAT!r})")
    version = root.get("version", lambda value, _path: value)
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidImport("version", f"expected a whole number, got {_kind(version)}")
    if version > VERSION:
        raise InvalidImport(
            "version",
            f"this file comes from a newer version of Relate (version {version}); "
            "please update Relate",
        )
    if version not in READS:
        readable = " and ".join(str(v) for v in READS)
        raise InvalidImport("version", f"this version of Relate reads files of versions {readable}")
    return version


def _people(root: _Node, context: _Context) -> tuple[Person, ...]:
    entries = root.get("people", _items)
    if not 1 <= len(entries) <= MAX_PEOPLE:
        problem = f"a household has one or two people; this file has {len(entries)}"
        raise InvalidImport("people", problem)
    people: list[Person] = []
    for item, path in entries:
        person = _person(item, path, context)
        if any(p.name.casefold() == person.name.casefold() for p in people):
            raise InvalidImport(f"{path}.name", f"two people are called {_show(person.name)}")
        people.append(person)
        context.people.append(person.id)
    return tuple(people)


def _person(value: Any, path: str, context: _Context) -> Person:
    node = _Node(value, path, _PERSON_FIELDS)
    return Person(node.get("id", context.new_id), node.get("name", _name))


def _name(value: Any, path: str) -> str:
    name = " ".join(_text(value, path).split())
    if not name:
        raise InvalidImport(path, "every person needs a name")
    if len(name) > MAX_NAME:
        raise InvalidImport(path, f"names are at most {MAX_NAME} characters")
    return name


def _conflict(value: Any, path: str, context: _Context) -> Conflict:
    node = _Node(value, path, _CONFLICT_FIELDS)
    conflict_id = node.get("id", context.new_id)
    occurred_at = node.get("occurred_at", _moment)
    return Conflict(
        id=conflict_id,
        occurred_at=occurred_at,
        created_at=node.get("created_at", _moment, occurred_at),
        title=node.get("title", _text),
        what_happened=node.get("what_happened", _text, ""),
        topic=node.get("topic", _text, ""),
        intensity=node.get("intensity", _intensity, DEFAULT_INTENSITY),
        logged_by=node.get("logged_by", context.person),
        perspectives=_perspectives(node, context),
        drafts=tuple(_draft(item, p, context) for item, p in node.items("drafts")),
        agreements=tuple(
            _agreement(item, p, conflict_id, context) for item, p in node.items("agreements")
        ),
    )


def _perspectives(node: _Node, context: _Context) -> tuple[Perspective, ...]:
    result: list[Perspective] = []
    for item, path in node.items("perspectives"):
        perspective = _perspective(item, path, context)
        if any(p.person_id == perspective.person_id for p in result):
            raise InvalidImport(f"{path}.person", "this person already has a perspective here")
        result.append(perspective)
    return tuple(result)


def _perspective(value: Any, path: str, context: _Context) -> Perspective:
    node = _Node(value, path, _PERSPECTIVE_FIELDS)
    person = node.get("person", context.person)
    return Perspective(
        person_id=person,
        stance=node.get("stance", _optional_choice(Stance), None),
        reactions=node.get("reactions", _distinct(_choice(Reaction)), ()),
        losing_strategies=node.get("losing_strategies", _distinct(_choice(LosingStrategy)), ()),
        made_up=node.get("made_up", _text, ""),
        feelings=node.get("feelings", _texts, ()),
        notes=node.get("notes", _text, ""),
        private=node.get("private", _flag, False),
    )


def _draft(value: Any, path: str, context: _Context) -> Draft:
    node = _Node(value, path)
    draft_id = node.get("id", context.new_id)
    kind = node.get("kind", _choice(DraftKind))
    parts = DRAFT_PARTS[kind]
    node.only((*_DRAFT_FIELDS, *parts), f"; a {kind.value} has the parts {', '.join(parts)}")
    return Draft(
        id=draft_id,
        kind=kind,
        author_id=node.get("author", context.person),
        to_id=node.get("to", context.optional_person, None),
        parts={key: node.get(key, _text) for key in parts if key in node.value},
        text=node.get("text", _text, ""),
        status=node.get("status", _choice(DraftStatus), DraftStatus.DRAFT),
        turn=node.get("turn", _turn_number, 1),
    )


def _turn_number(value: Any, path: str) -> int:
    expected = f"expected a whole number from 1 to {MAX_TURN:,}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidImport(path, f"{expected}, got {_kind(value)}")
    if not 1 <= value <= MAX_TURN:
        raise InvalidImport(path, f"{expected}, got {value if abs(value) < 10**12 else 'more'}")
    return value


def _agreement(value: Any, path: str, conflict_id: str, context: _Context) -> Agreement:
    node = _Node(value, path, _AGREEMENT_FIELDS)
    return Agreement(
        id=node.get("id", context.new_id),
        conflict_id=conflict_id,
        title=node.get("title", _text),
        created_at=node.get("created_at", _moment),
        status=node.get("status", _choice(AgreementStatus), AgreementStatus.ACTIVE),
        commitments=tuple(_commitment(item, p, context) for item, p in node.items("commitments")),
        confirmed_by=node.get("confirmed_by", _distinct(context.person), ()),
        follow_ups=tuple(_follow_up(item, p, context) for item, p in node.items("follow_ups")),
        version=node.get("version", _version_number, 1),
        history=tuple(_earlier_version(item, p, context) for item, p in node.items("history")),
    )


def _version_number(value: Any, path: str) -> int:
    expected = f"expected a whole number from 1 to {MAX_AGREEMENT_VERSION:,}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidImport(path, f"{expected}, got {_kind(value)}")
    if not 1 <= value <= MAX_AGREEMENT_VERSION:
        raise InvalidImport(path, f"{expected}, got {value if abs(value) < 10**12 else 'more'}")
    return value


def _earlier_version(value: Any, path: str, context: _Context) -> AgreementVersion:
    node = _Node(value, path, _VERSION_FIELDS)
    return AgreementVersion(
        version=node.get("version", _version_number),
        title=node.get("title", _text),
        commitments=tuple(_commitment(item, p, context) for item, p in node.items("commitments")),
        replaced_at=node.get("replaced_at", _moment),
    )


def _answer(value: Any, path: str, context: _Context) -> CheckInAnswer:
    node = _Node(value, path, _ANSWER_FIELDS)
    return CheckInAnswer(
        person_id=node.get("person", context.person),
        held=node.get("held", _choice(Held)),
        noticed=node.get("noticed", _text, ""),
        appreciation=node.get("appreciation", _text, ""),
        saw=node.get("saw", _text, ""),
    )


def _zone(value: Any, path: str) -> str:
    name = _text(value, path).strip()
    if name and named_zone(name) is None:
        raise InvalidImport(path, f"{_show(name)} is not a time zone this computer knows")
    return name


def _in_zone(moment: datetime, zone: str, path: str) -> datetime:
    try:
        return in_zone(moment, zone)
    except OverflowError:
        problem = f"{moment.isoformat()} in {zone} is outside the calendar Relate can store"
        raise InvalidImport(path, problem) from None


def _optional_moment(value: Any, path: str) -> datetime | None:
    return None if value is None else _moment(value, path)


def _commitment(value: Any, path: str, context: _Context) -> Commitment:
    node = _Node(value, path, _COMMITMENT_FIELDS)
    return Commitment(
        person_id=node.get("person", context.person),
        action=node.get("action", _text),
        when=node.get("when", _text, ""),
        both=node.get("both", _flag, False),
    )


def _follow_up(value: Any, path: str, context: _Context) -> FollowUp:
    node = _Node(value, path, _FOLLOW_UP_FIELDS)
    zone = node.get("zone", _zone, "")
    anchor = node.get("anchor", _optional_moment, None)
    return FollowUp(
        id=node.get("id", context.new_id),
        due_at=_in_zone(node.get("due_at", _moment), zone, node.at("due_at")),
        status=node.get("status", _choice(FollowUpStatus), FollowUpStatus.PENDING),
        outcome=node.get("outcome", _optional_text, None),
        note=node.get("note", _text, ""),
        repeat=node.get("repeat", _choice(Repeat), Repeat.NONE),
        anchor=_in_zone(anchor, zone, node.at("anchor")) if anchor else None,
        snoozed_until=node.get("snoozed_until", _optional_moment, None),
        done_at=node.get("done_at", _optional_moment, None),
        decision=node.get("decision", _optional_choice(CheckInDecision), None),
        answers=tuple(_answer(item, p, context) for item, p in node.items("answers")),
    )


def _entry(value: Any, path: str, context: _Context) -> JournalEntry:
    node = _Node(value, path, _JOURNAL_FIELDS if context.version >= 2 else _JOURNAL_FIELDS_V1)
    entry_id = node.get("id", context.new_id)
    author = node.get("author", context.person)
    return JournalEntry(
        id=entry_id,
        author_id=author,
        created_at=node.get("created_at", _moment),
        body=node.get("body", _text, ""),
        prompt=node.get("prompt", _optional_text, None),
        private=node.get("private", _flag, False),
        title=node.get("title", _text, ""),
        tags=node.get("tags", _tags, ()),
        feeling=node.get("feeling", _optional_text, None),
        time_of_day=node.get("time_of_day", _time_of_day, None),
    )


def _tags(value: Any, path: str) -> tuple[str, ...]:
    tags = tuple(_text(item, p) for item, p in _items(value, path))
    if len(tags) > MAX_TAGS or any(len(t) > MAX_TAG_LENGTH for t in tags):
        problem = f"at most {MAX_TAGS} tags of at most {MAX_TAG_LENGTH} characters each"
        raise InvalidImport(path, problem)
    return parse_tags(tags)


def _time_of_day(value: Any, path: str) -> str | None:
    if value is None:
        return None
    text = _text(value, path)
    if text not in TIMES_OF_DAY:
        raise InvalidImport(path, f"{_show(text)} is not one of {', '.join(TIMES_OF_DAY)}")
    return text


# Importing ------------------------------------------------------------------------------------


def check_plan(household: Household, plan: Plan) -> None:
    """Everything that could refuse a plan against this household, checked before anything is
    written (backups included): its people live here, each private item's owner has their
    private space open, and no id belongs to something else already."""
    members = {p.id for p in household.people}
    for index, person in enumerate(plan.people):
        if person.id not in members:
            problem = f"{person.name} isn't part of this household"
            raise InvalidImport(f"people[{index}].id", problem)
    _check_private_owners(household, plan)
    with household.shared.read() as session:
        _check_parents(repositories.all_conflicts(session), plan)


def import_plan(household: Household, plan: Plan) -> ImportResult:
    """Store a checked plan. Shared records go to the shared space, private ones to their
    owner's private space, which must be the open one. Records are matched by id, so importing
    the same file again changes nothing. The shared space commits first, then the private one:
    a private item never refers to a conflict the shared space lacks. Across the two spaces,
    all-or-nothing is `import_checked`'s job (it rolls the shared space back if the private
    commit doesn't happen)."""
    check_plan(household, plan)
    return _write_plan(household, plan)


def _write_plan(household: Household, plan: Plan) -> ImportResult:
    members = {p.id: (position, p) for position, p in enumerate(household.people)}
    now = household.clock.now()
    owner = household.private_person
    vault = household.vault(owner) if owner else None
    with household.shared.session() as session:
        for person in plan.people:
            position, member = members[person.id]
            repositories.upsert_person(session, member, position, now)
        writer = _SharedWriter(session)
        # The search index is built after the rows, in bulk (store/search.py).
        with search.indexed_after(session, ("conflict", "draft", "agreement", "journal")):
            for record in _records(plan):
                writer.add(record)
            writer.flush()
    if vault is not None and has_private_items(plan):
        _store_private(vault, plan, now)
    return _result(plan)


class _SharedWriter:
    """Shared records into the shared space, a batch at a time: new ones with a few multi-row
    statements (10k conflicts in seconds), the ones already here replaced one by one. A new
    conflict's drafts, agreements and follow-ups are new too: _check_parents refused ids that
    belong to something else. Private perspectives and entries are left out."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.stored_conflicts = repositories.conflict_ids(session)
        self.stored_entries = repositories.journal_entry_ids(session)
        self.conflicts: list[Conflict] = []
        self.entries: list[JournalEntry] = []

    def add(self, record: Conflict | JournalEntry) -> None:
        if isinstance(record, Conflict):
            shared = replace(
                record, perspectives=tuple(p for p in record.perspectives if not p.private)
            )
            if record.id in self.stored_conflicts:
                repositories.save_conflict(self.session, shared)
            else:
                self.conflicts.append(shared)
        elif not record.private:
            if record.id in self.stored_entries:
                repositories.save_journal_entry(self.session, record)
            else:
                self.entries.append(record)
        if len(self.conflicts) + len(self.entries) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.session.flush()
        repositories.add_new_conflicts(self.session, self.conflicts)
        repositories.add_new_journal_entries(self.session, self.entries)
        self.conflicts, self.entries = [], []


def _store_private(vault: Space, plan: Plan, now: datetime) -> None:
    with vault.session() as private:
        for record in _records(plan):
            if isinstance(record, Conflict):
                for view in record.perspectives:
                    if view.private:
                        item = PrivateReflection(record.id, view, now)
                        repositories.save_reflection(private, item)
            elif record.private:
                repositories.save_journal_entry(private, record)


def has_private_items(plan: Plan) -> bool:
    return next(_private_items(plan), None) is not None


def _private_items(plan: Plan) -> Iterator[tuple[str, str]]:
    """Every private item of a plan: (owner, path of its `private` field). For a streamed
    plan, each owner's first one (which is all the checks below look at: they refuse the
    first item whose owner can't take it)."""
    if isinstance(plan, StreamedPlan):
        yield from plan.private_firsts
        return
    for i, conflict in enumerate(plan.conflicts):
        yield from _private_of(conflict, f"conflicts[{i}]")
    for i, entry in enumerate(plan.journal):
        yield from _private_of(entry, f"journal[{i}]")


def _check_private_owners(household: Household, plan: Plan) -> None:
    """Every private item must belong to the person whose private space is open."""
    for person, path in _private_items(plan):
        if person != household.private_person:
            raise InvalidImport(path, PRIVATE_LOCKED.format(name=household.name_of(person)))


def _check_parents(stored: Iterable[Conflict], plan: Plan) -> None:
    """Refuse a draft, agreement or follow-up whose id already belongs to another record."""
    owners: dict[str, str] = {}
    for conflict in stored:
        owners.update({d.id: conflict.id for d in conflict.drafts})
        for agreement in conflict.agreements:
            owners[agreement.id] = conflict.id
            owners.update({f.id: agreement.id for f in agreement.follow_ups})
    if not owners:
        return  # nothing here yet (a new household): nothing to belong to
    conflicts = (r for r in _records(plan) if isinstance(r, Conflict))
    for i, conflict in enumerate(conflicts):
        path = f"conflicts[{i}]"
        for j, draft in enumerate(conflict.drafts):
            _check_owner(owners, draft.id, conflict.id, f"{path}.drafts[{j}].id")
        for j, agreement in enumerate(conflict.agreements):
            _check_owner(owners, agreement.id, conflict.id, f"{path}.agreements[{j}].id")
            for k, follow_up in enumerate(agreement.follow_ups):
                where = f"{path}.agreements[{j}].follow_ups[{k}].id"
                _check_owner(owners, follow_up.id, agreement.id, where)


def _check_owner(owners: dict[str, str], ident: str, parent: str, path: str) -> None:
    if owners.get(ident, parent) != parent:
        raise InvalidImport(path, f"the id {ident} already belongs to something else here")


def read_plan(file: Path) -> Plan:
    """Read and check a file on its own (no data folder needed): the CLI does this before it
    takes the folder's lock, so a huge or endless file never holds the folder. A file larger
    than STREAM_FROM is checked as a stream and only what the checks need is kept."""
    fd, size = _open_regular(file)
    os.close(fd)
    if size > STREAM_FROM:
        return StreamedPlan.read(file)
    return parse_import(read_import_file(file))


def import_file(
    paths: DataPaths,
    file: Path,
    clock: Clock | None = None,
    *,
    person_id: str | None = None,
    passphrase: str | None = None,
) -> ImportResult:
    """Import a file into the data folder, setting up a household first when there is none.
    The file is read and checked completely before anything in the folder is touched."""
    return import_checked(paths, read_plan(file), clock, person_id=person_id, passphrase=passphrase)


def import_checked(
    paths: DataPaths,
    plan: Plan,
    clock: Clock | None = None,
    *,
    person_id: str | None = None,
    passphrase: str | None = None,
) -> ImportResult:
    """Store a plan, all or nothing. It is checked against the household first; only then are
    the before-import backups made and the spaces written. When private items go to a private
    space too, an import marker names the backups before the shared space is written, and is
    removed once the private space has committed: if anything stops in between (an error
    here, or a crash, found by the next open), the spaces are put back from those backups."""
    if household_info(paths) is None:
        return _import_into_new_household(paths, plan, clock)
    household = open_household(paths, person_id, passphrase, clock)
    marked = False
    try:
        check_plan(household, plan)
        made = back_up(household, "before-import")
        if household.open_private_space is not None and has_private_items(plan):
            spaces = [space.path for space in household.open_spaces()]
            import_marker.write(paths.root, list(zip(spaces, made, strict=True)))
            marked = True
        result = _write_plan(household, plan)
    except BaseException:
        household.close()
        if marked:
            roll_back_interrupted_import(paths)
        raise
    household.close()
    if marked:
        import_marker.clear(paths.root)
    return result


def _import_into_new_household(paths: DataPaths, plan: Plan, clock: Clock | None) -> ImportResult:
    backups_existed = paths.backups.exists()
    names, ids = [p.name for p in plan.people], [p.id for p in plan.people]
    _refuse_private_without_household(plan)
    household = set_up(paths, names, None, clock, person_ids=ids)
    try:
        result = import_plan(household, plan)
    except BaseException:
        household.close()
        _remove_household(paths, backups_existed)
        raise
    household.close()
    return result


def _refuse_private_without_household(plan: Plan) -> None:
    """A new household has no private spaces yet, so private items have nowhere to go."""
    names = {p.id: p.name for p in plan.people}
    for person, path in _private_items(plan):
        raise InvalidImport(path, NO_PRIVATE_SPACE.format(name=names[person]))


NO_PRIVATE_SPACE = (
    "this private item belongs to {name}, who has no private space here yet; run setup with "
    "--passphrase-stdin first, then import with --unlock {name}"
)


def _remove_household(paths: DataPaths, backups_existed: bool) -> None:
    """Undo a set-up made for an import that then failed, so the folder is as it was."""
    db = paths.shared_db
    for leftover in (keys.keyfile_path(paths.root), db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    if not backups_existed:
        shutil.rmtree(paths.backups, ignore_errors=True)
