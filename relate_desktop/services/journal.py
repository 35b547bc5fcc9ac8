"""Writing in the journal and reading it back. Entries are private by default: they live in
their author's vault. Sharing one moves it to the shared space, on purpose."""

from __future__ import annotations

import uuid

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services.household import FolderClaim, Household
from relate_desktop.store import editing, repositories
from relate_desktop.store.space import Space

# What the folder lock says while an entry is open: a kind, never whose or which.
EDITING = "journal"


def note_editing(
    household: Household, claim: FolderClaim, author_id: str, entry_id: str | None
) -> None:
    """Keep, for the next start after a crash, which entry is open in the editor: the folder
    lock says only "journal"; the author and entry ids are sealed under the author's private
    space's key when it is open (else the shared space's), so only they can read them."""
    if not entry_id:
        claim.note("")
        return
    space = household.vault(author_id) or household.shared
    claim.note(EDITING, editing.seal(space.key, author_id, entry_id))


def entry_left_open(household: Household, sealed: bytes, person_id: str) -> JournalEntry | None:
    """The entry `person_id` had open when Relate last ended without closing, when the spaces
    open now can read the note and it is theirs; None otherwise (someone else's, or sealed
    in a private space that is locked)."""
    opened = editing.unseal(sealed, (space.key for space in household.open_spaces()[::-1]))
    if opened is None or opened[0] != person_id:
        return None
    return entry(household, opened[1])


def _spaces(household: Household) -> list[Space]:
    """Where entries can be read: the open private space (if any), then the shared space."""
    return household.open_spaces()[::-1]


def write_entry(
    household: Household,
    author_id: str,
    body: str,
    prompt: str | None = None,
    entry_id: str | None = None,
    private: bool = True,
) -> JournalEntry:
    """Create or update an entry; an update keeps the entry's first date. A private entry
    goes to the author's private space, which must be open (PrivateSpaceLocked otherwise)."""
    if author_id not in {p.id for p in household.people}:
        raise InvalidInput("Only someone in this household can write in the journal.")
    space = household.require_vault(author_id) if private else household.shared
    existing = entry(household, entry_id) if entry_id else None
    if existing is not None and existing.private != private:
        raise InvalidInput("Use 'share' to move an entry out of a private space.")
    with space.session() as session:
        saved = JournalEntry(
            id=entry_id or str(uuid.uuid4()),
            author_id=author_id,
            created_at=existing.created_at if existing else household.clock.now(),
            body=body,
            prompt=prompt,
            private=private,
        )
        repositories.save_journal_entry(session, saved)
    return saved


def share_entry(household: Household, entry_id: str) -> JournalEntry:
    """Move a private entry to the shared space, where the partner can read it. Written to the
    shared space first, then removed from the vault, so a crash in between loses nothing."""
    found = entry(household, entry_id)
    if found is None:
        raise InvalidInput("That entry is no longer there.")
    if not found.private:
        return found
    vault = household.require_vault(found.author_id)
    shared = JournalEntry(
        found.id, found.author_id, found.created_at, found.body, found.prompt, private=False
    )
    with household.shared.session() as session:
        repositories.save_journal_entry(session, shared)
    with vault.session() as session:
        repositories.delete_journal_entry(session, found.id)
    return shared


def delete_entry(household: Household, entry_id: str, author_id: str) -> None:
    """Its author deletes an entry: from their open private space, or from the shared space.
    Nobody deletes another person's entry."""
    found = entry(household, entry_id)
    if found is None:
        raise InvalidInput("That entry is no longer there.")
    if found.author_id != author_id:
        raise InvalidInput("Only the person who wrote an entry can delete it.")
    space = household.require_vault(author_id) if found.private else household.shared
    with space.session() as session:
        repositories.delete_journal_entry(session, entry_id)


def entry(household: Household, entry_id: str) -> JournalEntry | None:
    for space in _spaces(household):
        with space.read() as session:
            found = repositories.journal_entry(session, entry_id)
        if found is not None:
            return found
    return None


def entries(household: Household, limit: int | None = 200, offset: int = 0) -> list[JournalEntry]:
    """Newest first: shared entries and the open private space's entries together."""
    window = None if limit is None else limit + offset
    merged: list[JournalEntry] = []
    for space in _spaces(household):
        with space.read() as session:
            merged += repositories.journal_entries(session, window, 0)
    merged.sort(key=lambda e: (e.created_at, e.id), reverse=True)
    return merged[offset:window]


def entries_page(
    household: Household, after: JournalEntry | None, limit: int
) -> list[JournalEntry]:
    """The next `limit` entries after `after` (None: the newest), newest first, from the shared
    space and the open private space together. Reads at most `limit` rows from each space."""
    merged: list[JournalEntry] = []
    for space in _spaces(household):
        with space.read() as session:
            merged += repositories.journal_entries_before(session, after, limit)
    merged.sort(key=lambda e: (e.created_at.isoformat(), e.id), reverse=True)
    return merged[:limit]
