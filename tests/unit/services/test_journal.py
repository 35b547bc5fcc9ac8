"""Reading the journal a page at a time, from the shared and the open private space together."""

from __future__ import annotations

from datetime import timedelta

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.services.household import Household
from relate_desktop.services.journal import entries_page
from tests.households import add_entry


def test_journal_pages_merge_both_spaces_newest_first_without_repeats(
    protected: Household, clock: FixedClock
) -> None:
    maria = protected.people[0]
    bodies = []
    for n in range(23):
        at = clock.now() - timedelta(hours=n // 2)  # pairs share a time: the id breaks ties
        add_entry(protected, maria.id, f"e{n}", at, private=n % 3 == 0)
        bodies.append(f"e{n}")
    seen = []
    page = entries_page(protected, None, 5)
    while page:
        seen += page
        page = entries_page(protected, page[-1], 5)
    assert sorted(e.body for e in seen) == sorted(bodies)
    keys = [(e.created_at, e.id) for e in seen]
    assert keys == sorted(keys, reverse=True)
    assert {e.private for e in seen} == {True, False}


def test_the_entry_being_written_is_sealed_for_its_writer_only(protected: Household) -> None:
    """The folder lock says only "journal"; which entry, and whose, is readable only with the
    keys of the space it is in, and offered back only to its writer."""
    from relate_desktop.services import privacy
    from relate_desktop.services.journal import entry_left_open, note_editing, write_entry
    from relate_desktop.store.lock import DataFolderLock
    from tests.conftest import PASSPHRASES

    maria, lloyd = (p.id for p in protected.people)
    secret = write_entry(protected, maria, "Only mine", private=True)
    lock = DataFolderLock(protected.paths.root)
    lock.acquire()
    try:
        note_editing(protected, lock, maria, secret.id)
        text = lock.path.read_text(encoding="utf-8")
        assert text.split()[1:] == ["journal"]
        assert maria not in text and secret.id not in text
        sealed = lock.editing_path.read_bytes()
        assert entry_left_open(protected, sealed, maria) == secret
        assert entry_left_open(protected, sealed, lloyd) is None

        privacy.unlock_private(protected, lloyd, PASSPHRASES[1])  # Maria's vault closes
        assert entry_left_open(protected, sealed, lloyd) is None
        assert entry_left_open(protected, sealed, maria) is None  # locked: nothing to read

        shared = write_entry(protected, lloyd, "Ours", private=False)
        note_editing(protected, lock, lloyd, shared.id)
        sealed = lock.editing_path.read_bytes()
        assert entry_left_open(protected, sealed, lloyd) == shared
        assert entry_left_open(protected, sealed, maria) is None, "never the partner's"
        note_editing(protected, lock, lloyd, None)
        assert lock.path.read_text(encoding="utf-8").split()[1:] == []
        assert not lock.editing_path.exists()
        with pytest.raises(ValueError):
            lock.note(f"journal {shared.id}")
    finally:
        lock.release()


def test_home_summary_counts_the_persons_own_entries_without_their_words(
    protected: Household, clock: FixedClock
) -> None:
    from relate_desktop.services.journal import home_summary, write_entry

    maria, lloyd = (p.id for p in protected.people)
    now = clock.now()  # a Sunday
    for days_ago in (0, 1, 3):
        clock.set(now - timedelta(days=days_ago))
        write_entry(protected, maria, "mine")
    clock.set(now.replace(year=now.year - 1))
    write_entry(protected, maria, "a year ago", private=False)
    clock.set(now)
    write_entry(protected, lloyd, "his, shared", private=False)
    summary = home_summary(protected, maria)
    assert summary.can_write and not summary.alone
    assert summary.last_written == now
    assert (summary.days_in_a_row, summary.this_week, summary.on_this_day) == (2, 3, 1)
    assert summary.reminder == ""
    assert "mine" not in repr(summary)
    theirs = home_summary(protected, lloyd)  # his private space is locked
    assert not theirs.can_write and theirs.this_week == 1
