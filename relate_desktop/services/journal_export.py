"""Exporting a journal to PDF or Markdown: which entries go in. Shared entries of the days
(and tags) chosen; a private entry only when the person exporting is its writer, their private
space is open, and they chose to include their private entries. Nobody else's private entry is
ever in it: another person's private space is never open at the same time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.journal import parse_tags
from relate_desktop.domain.journal_export import JournalDocument, suggested_file_name, to_markdown
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services.household import Household
from relate_desktop.store import repositories
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import plain_errors

FORMATS = ("pdf", "md")


@dataclass(frozen=True)
class JournalExportChoice:
    """What the person exporting chose: the days (both included), tags (none: all), whether
    their own private entries go in, and the format ("pdf" or "md")."""

    start: date
    end: date
    tags: tuple[str, ...] = ()
    include_private: bool = False
    format: str = "pdf"


def journal_document(
    household: Household, person_id: str, choice: JournalExportChoice
) -> JournalDocument:
    if choice.end < choice.start:
        raise InvalidInput("The first day comes after the last one.")
    if choice.include_private and household.private_person != person_id:
        raise InvalidInput("Unlock your private journal to include your private entries.")
    wanted = {t.casefold() for t in parse_tags(choice.tags)}

    def keeps(entry: JournalEntry) -> bool:
        day = entry.created_at.date()
        tagged = not wanted or bool(wanted & {t.casefold() for t in entry.tags})
        return choice.start <= day <= choice.end and tagged

    with household.shared.read() as session:
        found = [e for e in repositories.journal_entries(session) if not e.private and keeps(e)]
    vault = household.open_private_space
    if choice.include_private and vault is not None:
        with vault.read() as session:
            found += [
                e
                for e in repositories.journal_entries(session)
                if e.private and e.author_id == person_id and keeps(e)
            ]
    found.sort(key=lambda e: (e.created_at, e.id))
    return JournalDocument(
        entries=tuple(found),
        start=choice.start,
        end=choice.end,
        tags=parse_tags(choice.tags),
        names={p.id: p.name for p in household.people},
    )


def journal_bytes(document: JournalDocument, fmt: str) -> bytes:
    if fmt == "md":
        return to_markdown(document).encode("utf-8")
    if fmt != "pdf":
        raise InvalidInput(f"Unknown format: {fmt}.")
    from relate_desktop.export.journal_pdf import journal_pdf_bytes  # reportlab: on first use

    data: bytes = journal_pdf_bytes(document)
    return data


def suggested_name(household: Household, person_id: str, choice: JournalExportChoice) -> str:
    document = JournalDocument((), choice.start, choice.end, (), {})
    return suggested_file_name(document, choice.format)


def export_journal(
    household: Household, person_id: str, choice: JournalExportChoice, out: Path
) -> int:
    """Write the export to `out` (next to it first, then moved into place); how many entries."""
    document = journal_document(household, person_id, choice)
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} doesn't exist.")
    data = journal_bytes(document, choice.format)
    with plain_errors():
        write_atomically(out, data)
    return len(document.entries)
