"""Sync between computers through a folder (services/sync.py), with real encrypted spaces."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput, WrongPassphrase
from relate_desktop.paths import DataPaths
from relate_desktop.services import conflicts, journal, sync
from relate_desktop.services.household import Household
from relate_desktop.store.sync_folder import SyncFolder, Unreadable
from tests.households import add_conflict, agreement, draft
from tests.sync_devices import close_all, exported, first_computer, joined_computer, unlock

PRIVATE_MARK = "PRIVATE-d41d8cd98f"
SHARED_MARK = "SHARED-9e107d9d37"


@pytest.fixture(autouse=True)
def close_computers() -> Iterator[None]:
    yield
    close_all()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "Sync"
    made.mkdir()
    return made


def test_a_joined_computer_receives_the_household(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    maria = first.people[0].id
    conflict = add_conflict(first, "Dishes at night ☕", clock.now(), topic="Home")
    journal.write_entry(first, maria, "Mine alone", private=True, title="Only me")
    journal.write_entry(first, maria, "For us both", private=False)
    summary = sync.sync_round(first)
    assert summary.sent >= 4 and summary.received == 0

    second = joined_computer(tmp_path, folder, clock, "second", who=1)  # Lloyd
    assert "Dishes at night ☕" in exported(second)
    assert "For us both" in exported(second)
    assert "Mine alone" not in exported(second)  # Lloyd can't read Maria's space
    # Maria sits at the second computer: her private space arrives once she unlocks.
    second = unlock(second, 0)
    sync.sync_round(second)
    assert exported(second) == exported(first)
    assert conflict.id in exported(second)


def test_changes_go_both_ways_and_deletions_follow(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    conflict = add_conflict(first, "Late train", clock.now())
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    conflicts.edit_conflict(second, conflict.id, "Late train again", "It was late", "Work")
    lloyd = second.people[1].id
    journal.write_entry(second, lloyd, "Walked by the river", private=False)
    sync.sync_round(second)
    got = sync.sync_round(first)
    assert got.received >= 2 and got.from_devices == ("second",)
    assert "Late train again" in exported(first)
    assert "Walked by the river" in exported(first)
    conflicts.delete_conflict(first, conflict.id)
    sync.sync_round(first)
    sync.sync_round(second)
    assert "Late train" not in exported(second)
    assert exported(second) == exported(unlock(first, 1))


def test_a_record_edited_on_both_keeps_both_until_someone_chooses(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    conflict = add_conflict(first, "Dishes", clock.now())
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    conflicts.edit_conflict(first, conflict.id, "Dishes (Maria's words)", "Plates", "")
    conflicts.edit_conflict(second, conflict.id, "Dishes (Lloyd's words)", "Plates", "")
    sync.sync_round(first)
    sync.sync_round(second)
    assert sync.sync_round(first).both_edited == 1
    first_view, second_view = sync.both_edited(first), sync.both_edited(second)
    assert len(first_view) == len(second_view) == 1
    choices = first_view[0].choices
    assert {c.title for c in choices} == {"Dishes (Maria's words)", "Dishes (Lloyd's words)"}
    assert {c.device_name for c in choices} == {"Maria's laptop", "second"}
    # Both computers show the same one (the newest) meanwhile.
    assert exported(unlock(first, 1)) == exported(second)
    first = unlock(first, 0)
    older = choices[-1]
    sync.keep_version(first, "conflict", conflict.id, older.version)
    sync.sync_round(first)
    sync.sync_round(second)
    assert sync.both_edited(second) == []
    assert older.title in exported(second)
    assert exported(unlock(first, 1)) == exported(second)


def test_a_draft_written_under_a_conflict_deleted_elsewhere_is_not_shown(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    maria = first.people[0].id
    conflict = add_conflict(first, "Dishes", clock.now(), drafts=(draft(maria, "First try"),))
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    conflicts.delete_conflict(second, conflict.id)
    with_more = add_conflict(
        first,
        "Dishes",
        clock.now(),
        drafts=(draft(maria, "First try"), draft(maria, "Second try")),
        agreements=(agreement(conflict.id, "Plates by nine", clock.now()),),
        conflict_id=conflict.id,
    )
    assert with_more.id == conflict.id
    sync.sync_round(first)
    sync.sync_round(second)
    sync.sync_round(first)
    # The deletion and the edit met: whichever wins, both computers show the same.
    assert exported(unlock(first, 1)) == exported(second)


def test_the_folder_holds_no_words_in_the_clear(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    maria = first.people[0].id
    add_conflict(first, f"Shared {SHARED_MARK}", clock.now())
    journal.write_entry(first, maria, f"Private {PRIVATE_MARK}", private=True)
    sync.sync_round(first)
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for mark in (PRIVATE_MARK, SHARED_MARK, "Private", "Shared"):
                assert mark.encode() not in data, path
    # The partner's computer has the shared key, not Maria's: her files stay closed to it.
    place = SyncFolder.at(folder, first.keyfile.household_id)
    device = place.devices()[0]
    label = f"vault-{maria}"
    assert place.change_numbers(device, label) == [1]
    with pytest.raises(Unreadable):
        place.read_change(first.shared_key, device, label, 1)
    assert PRIVATE_MARK in str(place.read_change(first.require_vault(maria).key, device, label, 1))


def test_damaged_renamed_and_foreign_files_are_refused_and_change_nothing(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    add_conflict(first, "One", clock.now())
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    before = exported(second)
    add_conflict(first, "Two", clock.now())
    sync.sync_round(first)
    place = SyncFolder.at(folder, first.keyfile.household_id)
    device = next(d for d in place.devices() if place.change_numbers(d, "shared") == [1, 2])
    newest = place.change_path(device, "shared", 2)
    whole = newest.read_bytes()
    # Cut short (a half-delivered file): refused, nothing applied, taken when whole.
    newest.write_bytes(whole[: len(whole) // 2])
    summary = sync.sync_round(second)
    assert summary.received == 0 and len(summary.rejected) == 1
    assert exported(second) == before
    # One byte altered.
    newest.write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]))
    assert sync.sync_round(second).rejected
    # File 1 replayed as file 2.
    newest.write_bytes(place.change_path(device, "shared", 1).read_bytes())
    assert sync.sync_round(second).rejected
    assert exported(second) == before
    newest.write_bytes(whole)
    assert sync.sync_round(second).received == 1
    assert "Two" in exported(second)


def test_a_file_missing_in_between_waits_and_one_delivered_twice_counts_once(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    add_conflict(first, "One", clock.now())
    sync.sync_round(first)
    add_conflict(first, "Two", clock.now())
    sync.sync_round(first)
    place = SyncFolder.at(folder, first.keyfile.household_id)
    device = next(d for d in place.devices() if len(place.change_numbers(d, "shared")) == 3)
    held = place.change_path(device, "shared", 2)
    aside = tmp_path / "held"
    shutil.move(held, aside)
    assert sync.sync_round(second).received == 0  # 3 waits for 2
    shutil.move(aside, held)
    assert sync.sync_round(second).received == 2
    assert sync.sync_round(second).received == 0  # delivered again: nothing new
    assert exported(second) == exported(unlock(first, 1))


def test_a_computer_restored_from_a_backup_catches_up_on_its_own_changes(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    sync.sync_round(first)
    paths = first.paths
    saved = tmp_path / "saved"
    first.close()
    shutil.copytree(paths.root, saved)
    first = unlock_first(paths, clock)
    add_conflict(first, "After the backup", clock.now())
    sync.sync_round(first)
    first.close()
    shutil.rmtree(paths.root)
    shutil.copytree(saved, paths.root)
    first = unlock_first(paths, clock)
    assert "After the backup" not in exported(first)
    sync.sync_round(first)  # reads its own change file back
    assert "After the backup" in exported(first)
    add_conflict(first, "Next", clock.now())
    sync.sync_round(first)
    place = SyncFolder.at(folder, first.keyfile.household_id)
    (device,) = place.devices()
    assert place.change_numbers(device, "shared") == [1, 2, 3]  # no number used twice


def unlock_first(paths: DataPaths, clock: FixedClock) -> Household:
    from relate_desktop.services.household import open_household
    from tests.conftest import PASSPHRASES

    keyfile_people = open_household(paths, None, PASSPHRASES[0], clock)
    maria = keyfile_people.people[0].id
    keyfile_people.close()
    return open_household(paths, maria, PASSPHRASES[0], clock)


def test_joining_needs_the_right_passphrase_and_an_empty_folder(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    sync.sync_round(first)
    target = DataPaths(tmp_path / "new")
    with pytest.raises(WrongPassphrase):
        sync.join(target, folder, "Lloyd", "not the passphrase", clock)
    assert not target.shared_db.exists() and not (target.root / "keys.json").exists()
    with pytest.raises(InvalidInput):
        sync.join(first.paths, folder, "Lloyd", "x", clock)
    with pytest.raises(InvalidInput):
        sync.join(target, tmp_path, "Lloyd", "x", clock)  # no household there
    assert sync.published_people(folder) == first.people


def test_a_household_without_passphrases_cannot_sync(couple: Household, folder: Path) -> None:
    with pytest.raises(InvalidInput, match="passphrase"):
        sync.start_sync(couple, folder)


def test_a_missing_folder_is_said_plainly_and_a_retired_computer_stops(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    status = sync.status(first)
    assert status is not None and [d.name for d in status.others] == ["second"]
    sync.retire_device(first, status.others[0].device)
    with pytest.raises(sync.DeviceRetired):
        sync.sync_round(second)
    moved = folder.with_name("Moved")
    os.rename(folder, moved)
    with pytest.raises(sync.SyncFolderMissing, match="isn't there"):
        sync.sync_round(first)


def test_a_check_in_answered_on_one_computer_is_done_on_the_other(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    from relate_desktop.domain.models import CheckInAnswer, CheckInDecision, Held
    from relate_desktop.services import check_ins

    first = first_computer(tmp_path, folder, clock)
    conflict = add_conflict(first, "Phones at breakfast", clock.now() - timedelta(days=5))
    deal = agreement(conflict.id, "Phones away", clock.now() - timedelta(days=5))
    add_conflict(
        first,
        "Phones at breakfast",
        conflict.occurred_at,
        agreements=(deal,),
        conflict_id=conflict.id,
    )
    when = clock.now() + timedelta(hours=1)
    follow_up = check_ins.add_check_in(first, deal.id, when)
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    later = FixedClock(when + timedelta(minutes=5))
    second.clock = later
    first.clock = later
    assert [c.follow_up_id for c in check_ins.reminders_due(first)] == [follow_up]
    answers = [CheckInAnswer(p.id, Held.HELD, "", "") for p in second.people]
    check_ins.record_check_in(second, follow_up, answers, CheckInDecision.KEEP)
    sync.sync_round(second)
    sync.sync_round(first)
    assert check_ins.reminders_due(first) == []


def test_words_erased_for_good_leave_the_sync_log_and_replaced_words_go_too(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    from relate_desktop.store import sync_log

    first = first_computer(tmp_path, folder, clock)
    maria = first.people[0].id
    entry = journal.write_entry(first, maria, "First words", private=False)
    sync.sync_round(first)
    journal.write_entry(first, maria, "Second words", entry_id=entry.id, private=False)
    sync.sync_round(first)

    def kept() -> str:
        with first.shared.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT coalesce(payload, '') FROM sync_versions WHERE item_id = ?",
                (entry.id,),
            )
            return " ".join(r[0] for r in rows)

    assert "Second words" in kept() and "First words" not in kept()  # replaced: dropped
    journal.delete_entry(first, entry.id, maria)
    first.clock = FixedClock(clock.now() + timedelta(days=31))
    assert journal.purge_expired(first) == 1
    assert "words" not in kept()
    summary = sync.sync_round(first)
    assert summary.sent == 1  # the deletion goes out
    with first.shared.read() as session:
        assert sync_log.both_edited(session) == []


def test_a_computer_that_stops_and_starts_again_or_was_removed_comes_back_as_a_new_one(
    tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    first = first_computer(tmp_path, folder, clock)
    add_conflict(first, "Before", clock.now())
    sync.sync_round(first)
    second = joined_computer(tmp_path, folder, clock, "second")
    sync.stop_sync(first.paths)
    add_conflict(first, "While not syncing", clock.now())
    sync.start_sync(first, folder, "Maria's laptop")
    sync.sync_round(first)
    second = unlock(second, 1)
    assert sync.sync_round(second).received >= 1
    assert "While not syncing" in exported(second)
    # Removed on the other computer, then started again from the sync window.
    status = sync.status(second)
    assert status is not None
    for other in status.others:
        sync.retire_device(second, other.device)
    with pytest.raises(sync.DeviceRetired):
        sync.sync_round(first)
    sync.start_sync(first, folder, "Maria's laptop")
    add_conflict(first, "Back again", clock.now())
    sync.sync_round(first)
    sync.sync_round(second)
    assert "Back again" in exported(second)
    assert exported(unlock(first, 1)) == exported(second)
