"""Writing in the journal and reading it back."""

from __future__ import annotations

import uuid

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services.household import Household
from relate_desktop.store import repositories


def write_entry(
    household: Household,
    author_id: str,
    body: str,
    prompt: str | None = None,
    entry_id: str | None = None,
) -> JournalEntry:
    """Create or update an entry; an update keeps the entry's first date."""
    if author_id not in {p.id for p in household.people}:
        raise InvalidInput("Only someone in this household can write in the journal.")
    with household.shared.session() as session:
        existing = repositories.journal_entry(session, entry_id) if entry_id else None
        entry = JournalEntry(
            id=entry_id or str(uuid.uuid4()),
            author_id=author_id,
            created_at=existing.created_at if existing else household.clock.now(),
            body=body,
            prompt=prompt,
            private=False,
        )
        repositories.save_journal_entry(session, entry)
    return entry


def entry(household: Household, entry_id: str) -> JournalEntry | None:
    with household.shared.read() as session:
        return repositories.journal_entry(session, entry_id)


def entries(household: Household, limit: int | None = 200, offset: int = 0) -> list[JournalEntry]:
    with household.shared.read() as session:
        return repositories.journal_entries(session, limit, offset)
