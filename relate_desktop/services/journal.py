"""Writing in the journal and reading it back. Entries are private by default: they live in
their author's vault. Sharing one moves it to the shared space, on purpose."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from relate_desktop.domain import journal as rules
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.journal import JournalFilter
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services.household import FolderClaim, Household
from relate_desktop.store import editing, erase, repositories
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
    *,
    title: str = "",
    tags: tuple[str, ...] | str = (),
    feeling: str | None = None,
    time_of_day: str | None = None,
) -> JournalEntry:
    """Create or update an entry; an update keeps the entry's first date. A private entry
    goes to the author's private space, which must be open (PrivateSpaceLocked otherwise).
    `body` is Markdown; `tags` a tuple or the text typed ("work, sleep")."""
    if author_id not in {p.id for p in household.people}:
        raise InvalidInput("Only someone in this household can write in the journal.")
    if time_of_day is not None and time_of_day not in rules.TIMES_OF_DAY:
        raise InvalidInput(f"Unknown time of day: {time_of_day}.")
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
            title=" ".join(title.split())[: rules.MAX_TITLE_LENGTH],
            tags=rules.parse_tags(tags),
            feeling=(feeling or "").strip()[:100] or None,
            time_of_day=time_of_day,
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
    shared = replace(found, private=False)
    with household.shared.session() as session:
        repositories.save_journal_entry(session, shared)
    with vault.session() as session:
        repositories.delete_journal_entry(session, found.id)
    return shared


def _own_space(household: Household, entry_id: str, author_id: str) -> tuple[JournalEntry, Space]:
    found = entry(household, entry_id)
    if found is None:
        raise InvalidInput("That entry is no longer there.")
    if found.author_id != author_id:
        raise InvalidInput("Only the person who wrote an entry can delete or restore it.")
    space = household.require_vault(author_id) if found.private else household.shared
    return found, space


def delete_entry(household: Household, entry_id: str, author_id: str) -> JournalEntry:
    """Its author deletes an entry: it goes to "recently deleted" (out of the list and of
    search) for RECENTLY_DELETED_DAYS, then `purge_expired` removes it for good. Nobody
    deletes another person's entry. Returns the entry as deleted (for an undo)."""
    found, space = _own_space(household, entry_id, author_id)
    if found.deleted_at is not None:
        return found
    deleted = replace(found, deleted_at=household.clock.now())
    with space.session() as session:
        repositories.save_journal_entry(session, deleted)
    return deleted


def restore_entry(household: Household, entry_id: str, author_id: str) -> JournalEntry:
    """Bring an entry back from "recently deleted", as it was (its date too)."""
    found, space = _own_space(household, entry_id, author_id)
    restored = replace(found, deleted_at=None)
    with space.session() as session:
        repositories.save_journal_entry(session, restored)
    return restored


def recently_deleted(household: Household, author_id: str) -> list[JournalEntry]:
    """This person's entries in "recently deleted", most recently deleted first: from their
    open private space and from the shared space (nobody sees another's)."""
    found: list[JournalEntry] = []
    for space in _spaces(household):
        with space.read() as session:
            found += [
                e for e in repositories.deleted_journal_entries(session) if e.author_id == author_id
            ]
    found.sort(key=lambda e: (e.deleted_at or e.created_at, e.id), reverse=True)
    return found


def removed_for_good_on(deleted: JournalEntry) -> date | None:
    return rules.purge_after(deleted.deleted_at).date() if deleted.deleted_at else None


def purge_expired(household: Household) -> int:
    """Remove for good, from every open space, the entries deleted RECENTLY_DELETED_DAYS ago
    or more (rows, search index, free pages and log: store.erase). Returns how many."""
    now = household.clock.now()
    count = 0
    for space in _spaces(household):
        with space.read() as session:
            expired = [
                e.id for e in repositories.deleted_journal_entries(session) if rules.expired(e, now)
            ]
        erase.erase_journal_entries(space, expired)
        count += len(expired)
    return count


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
    household: Household,
    after: JournalEntry | None,
    limit: int,
    chosen: JournalFilter | None = None,
) -> list[JournalEntry]:
    """The next `limit` entries after `after` (None: the newest), newest first, from the shared
    space and the open private space together, those `chosen` keeps. Reads at most `limit`
    rows from each space."""
    merged: list[JournalEntry] = []
    for space in _spaces(household):
        private = space is not household.shared
        if chosen is not None and chosen.shared is not None and chosen.shared == private:
            continue
        with space.read() as session:
            merged += repositories.journal_entries_before(session, after, limit, chosen)
    merged.sort(key=lambda e: (e.created_at.isoformat(), e.id), reverse=True)
    return merged[:limit]


def tags_and_feelings(household: Household) -> tuple[list[str], list[str]]:
    """The tags and feelings used in the entries one can read now, sorted (for the filters)."""
    tags: dict[str, str] = {}
    feelings: dict[str, str] = {}
    for space in _spaces(household):
        with space.read() as session:
            found_tags, found_feelings = repositories.journal_tags_and_feelings(session)
        for tag in found_tags:
            tags.setdefault(tag.casefold(), tag)
        for feeling in found_feelings:
            feelings.setdefault(feeling.casefold(), feeling)
    return sorted(tags.values(), key=str.casefold), sorted(feelings.values(), key=str.casefold)


def on_this_day(household: Household, today: date | None = None) -> list[JournalEntry]:
    """Entries written on this day in earlier years (shared, and the open private space's)."""
    day = today or household.clock.now().date()
    found: list[JournalEntry] = []
    for space in _spaces(household):  # only those month-days are read, not every entry
        with space.read() as session:
            found += repositories.journal_entries_on_days(
                session, rules.on_this_day_dates(day), day.year
            )
    return rules.on_this_day(found, day)


def first_on_or_before(household: Household, day: date) -> JournalEntry | None:
    """The newest entry written on `day` or before it (where "jump to a day" lands)."""
    candidates = [e for e in entries(household, limit=None) if e.created_at.date() <= day]
    return candidates[0] if candidates else None


def wrote_on(household: Household, day: date) -> bool:
    """Whether anything readable now (shared, or in the open private space) was written on
    `day`: the daily reminder stays quiet then."""
    for space in _spaces(household):
        with space.read() as session:
            newest = repositories.journal_entries_before(
                session, None, 1, JournalFilter(on_day=day)
            )
        if newest:
            return True
    return False


@dataclass(frozen=True)
class JournalHome:
    """What Home shows about the journal for the person there (a neutral summary, no words of
    any entry): whether they can write now, whether they are alone in the household, when they
    last wrote, their run of days in a row, how many entries this week, how many "on this day"
    entries from earlier years, and the daily reminder's time ("" for none)."""

    can_write: bool
    alone: bool
    last_written: datetime | None
    days_in_a_row: int
    this_week: int
    on_this_day: int
    reminder: str


def home_summary(household: Household, person_id: str | None) -> JournalHome:
    """For Home: counted from what is readable now (shared entries and the open private
    space), the person's own entries only. A private space that closes changes the answer:
    ask again after `Household.watch_private` says so."""
    from relate_desktop.domain.journal_insights import streaks
    from relate_desktop.services import preferences

    today = household.clock.now().date()
    # When each of their entries was written is all these counts need (not the entries).
    own: list[datetime] = []
    if person_id is not None:
        for space in _spaces(household):
            with space.read() as session:
                own += repositories.journal_written_at(session, person_id)
    own.sort(reverse=True)
    _longest, current_streak = streaks(sorted({moment.date() for moment in own}), today)
    week_start = today - timedelta(days=today.weekday())
    can_write = person_id is not None and (
        household.private_person == person_id or not household.info.has_private_space(person_id)
    )
    return JournalHome(
        can_write=can_write,
        alone=len(household.people) == 1,
        last_written=own[0] if own else None,
        days_in_a_row=current_streak,
        this_week=sum(1 for moment in own if moment.date() >= week_start),
        on_this_day=sum(1 for moment in own if rules.is_on_this_day(moment.date(), today)),
        reminder=preferences.load(household.paths).journal_reminder,
    )
