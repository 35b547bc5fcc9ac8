"""A journal taken out of Relate: the entries of a date range (and tags), as a Markdown text
here, or as a PDF (export/journal_pdf.py). Which entries go in is decided by
services.journal_export; this only lays them out. Pure: no Qt, no SQL, no files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from relate_desktop.domain import guide
from relate_desktop.domain.models import JournalEntry

_UNSAFE_IN_FILE_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')


@dataclass(frozen=True)
class JournalDocument:
    """What an export holds: the entries (oldest first), the days asked for, the tags asked
    for (none: all), and the writers' names by id."""

    entries: tuple[JournalEntry, ...]
    start: date
    end: date
    tags: tuple[str, ...]
    names: dict[str, str]


def word(key: str, **values: str) -> str:
    return guide.text(f"journal_pdf.{key}", **values)


def day_text(day: date) -> str:
    weekday = guide.texts("pdf.weekdays")[day.weekday()]
    month = guide.texts("pdf.months")[day.month - 1]
    return guide.text(
        "pdf.day_format", weekday=weekday, day=str(day.day), month=month, year=str(day.year)
    )


def moment_text(moment: datetime) -> str:
    """As written, on the writer's own clock (the offset it was written with)."""
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def details(entry: JournalEntry, names: dict[str, str], several: bool) -> list[str]:
    """The line under an entry's heading: when (unless the heading is already the date, as
    for an entry without a title), time of day, feeling, tags, private or shared, and who
    wrote it when more than one person wrote in the document."""
    parts = [moment_text(entry.created_at)] if entry.title.strip() else []
    if entry.time_of_day:
        parts.append(word(f"times.{entry.time_of_day}"))
    if entry.feeling:
        parts.append(word("feeling", feeling=entry.feeling))
    if entry.tags:
        parts.append(word("tags", tags=", ".join(entry.tags)))
    parts.append(word("private") if entry.private else word("shared"))
    if several:
        parts.append(names.get(entry.author_id, ""))
    return [p for p in parts if p]


def writers(document: JournalDocument) -> list[str]:
    ids = dict.fromkeys(e.author_id for e in document.entries)
    return [document.names.get(i, "") for i in ids if document.names.get(i)]


def heading_lines(document: JournalDocument) -> list[str]:
    lines = [word("range", start=day_text(document.start), end=day_text(document.end))]
    shown = writers(document)
    if shown:
        lines.append(word("by", names=", ".join(shown)))
    if document.tags:
        lines.append(word("only_tags", tags=", ".join(document.tags)))
    return lines


def to_markdown(document: JournalDocument) -> str:
    """The export as one Markdown file: a title, the range, then each entry as a section whose
    heading is its title (else its date), its details in italics, and its own Markdown."""
    several = len(writers(document)) > 1
    out = [f"# {word('title')}", "", *(f"{line}  " for line in heading_lines(document)), ""]
    if not document.entries:
        out += [word("empty"), ""]
    for entry in document.entries:
        title = " ".join(entry.title.split()) or moment_text(entry.created_at)
        out += [f"## {title}", "", f"*{' · '.join(details(entry, document.names, several))}*", ""]
        body = entry.body.strip()
        # Its own headings sit under the entry's: one level down.
        body = re.sub(r"^(#{1,5})(\s)", r"#\1\2", body, flags=re.MULTILINE)
        out += [body, ""] if body else []
    return "\n".join(out).rstrip() + "\n"


def suggested_file_name(document: JournalDocument, suffix: str) -> str:
    """'Relate journal - 2026-11-01 to 2026-11-30.pdf'."""
    span = f"{document.start.isoformat()} - {document.end.isoformat()}"
    name = _UNSAFE_IN_FILE_NAME.sub(" ", f"{word('file_prefix')} - {span}")
    return f"{' '.join(name.split())}.{suffix}"
