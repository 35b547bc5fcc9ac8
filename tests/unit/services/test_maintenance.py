"""Backups and restores as a person uses them: daily, before imports, rotating; a restore that
can be undone; a damaged file set aside; nobody's private space in anyone else's backups."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import CorruptDatabase, InvalidInput, UnusableBackup
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, maintenance, privacy
from relate_desktop.services.household import Household, open_household
from relate_desktop.services.portability import export_data, import_file
from relate_desktop.store.backups import is_good, list_backups
from relate_desktop.store.space import SHARED_SPACE
from tests.conftest import PASSPHRASES


def bodies(household: Household) -> list[str]:
    return sorted(e.body for e in journal.entries(household))


def test_every_save_is_durable_wal_with_synchronous_full(couple: Household) -> None:
    with couple.shared.session() as session:
        mode = session.execute(text("PRAGMA journal_mode")).scalar()
        sync = session.execute(text("PRAGMA synchronous")).scalar()
    assert (mode, sync) == ("wal", 2)  # 2 is FULL


def test_the_first_start_of_each_day_makes_one_backup(couple: Household, clock: FixedClock) -> None:
    assert len(maintenance.back_up_if_due(couple)) == 1
    clock.advance(timedelta(hours=3))
    assert maintenance.back_up_if_due(couple) == []
    clock.advance(timedelta(days=1))
    made = maintenance.back_up_if_due(couple)
    assert [p.name.endswith("-daily.db") for p in made] == [True]
    assert len(maintenance.backups(couple)) == 2


def test_backups_rotate_as_they_are_made(couple: Household, clock: FixedClock) -> None:
    for _ in range(15):
        clock.advance(timedelta(minutes=1))
        maintenance.back_up(couple)
    assert len(list_backups(couple.paths.backups, SHARED_SPACE)) == 10


def test_restoring_brings_the_backup_back_and_keeps_the_state_before(
    couple: Household, clock: FixedClock
) -> None:
    maria = couple.people[0].id
    journal.write_entry(couple, maria, "before the backup", private=False)
    [made] = maintenance.back_up(couple)
    clock.advance(timedelta(minutes=5))
    journal.write_entry(couple, maria, "after the backup", private=False)

    maintenance.restore(couple, made.name)

    assert bodies(couple) == ["before the backup"]
    before_restore = [b for b in maintenance.backups(couple) if b.reason == "before-restore"]
    assert len(before_restore) == 1
    # ...and that one undoes the restore.
    clock.advance(timedelta(minutes=5))
    maintenance.restore(couple, before_restore[0].name)
    assert bodies(couple) == ["after the backup", "before the backup"]


def test_a_damaged_backup_is_refused_and_nothing_changes(couple: Household) -> None:
    maria = couple.people[0].id
    journal.write_entry(couple, maria, "kept", private=False)
    [made] = maintenance.back_up(couple)
    made.write_bytes(b"\x00damaged" * 4096)
    with pytest.raises(UnusableBackup):
        maintenance.restore(couple, made.name)
    assert bodies(couple) == ["kept"]
    with pytest.raises(InvalidInput):
        maintenance.restore(couple, "shared-nothing-like-it.db")


def test_private_spaces_are_backed_up_only_when_open_and_only_their_owners(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = (p.id for p in protected.people)
    journal.write_entry(protected, maria, "Maria's own words")
    made = maintenance.back_up(protected)
    assert sorted(p.name.split("-2026")[0] for p in made) == [SHARED_SPACE, f"vault-{maria}"]
    vault_backup = next(p for p in made if p.name.startswith("vault-"))
    assert is_good(vault_backup, protected.require_vault(maria)._key)
    assert not is_good(vault_backup, protected.shared_key)

    clock.advance(timedelta(minutes=1))
    privacy.unlock_private(protected, lloyd, PASSPHRASES[1])
    maintenance.back_up_if_due(protected)  # as the app does after unlocking: his day's backup
    listed = maintenance.backups(protected)
    assert any(b.private for b in listed)
    assert not any(maria in b.name for b in listed), "Lloyd never sees Maria's backups"
    with pytest.raises(InvalidInput):
        maintenance.restore(protected, vault_backup.name)

    privacy.lock_private(protected)
    assert all(not p.name.startswith("vault-") for p in maintenance.back_up(protected))


def test_every_import_is_preceded_by_a_backup(
    couple: Household, paths: DataPaths, clock: FixedClock, tmp_path: Path
) -> None:
    maria = couple.people[0].id
    journal.write_entry(couple, maria, "already here", private=False)
    data = export_data(couple)
    couple.close()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")

    import_file(paths, source, clock)

    found = list_backups(paths.backups, SHARED_SPACE)
    assert [b.reason for b in found] == ["before-import"]


def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_restored(
    couple: Household, paths: DataPaths, clock: FixedClock
) -> None:
    maria = couple.people[0].id
    journal.write_entry(couple, maria, "in the backup", private=False)
    maintenance.back_up(couple)
    clock.advance(timedelta(hours=1))
    [newest] = maintenance.back_up(couple)
    newest.write_bytes(b"\x00bad" * 4096)  # the newest backup is damaged too: skipped
    couple.close()
    paths.shared_db.write_bytes(b"\x00damaged" * 4096)
    digest = hashlib.sha256(paths.shared_db.read_bytes()).hexdigest()

    with pytest.raises(CorruptDatabase) as raised:
        open_household(paths, clock=clock)
    error = raised.value
    assert error.space == SHARED_SPACE and error.backup is not None
    assert error.backup != newest.name
    assert hashlib.sha256(paths.shared_db.read_bytes()).hexdigest() == digest

    maintenance.recover_damaged(paths, error, clock)

    aside = list((paths.backups / "damaged").rglob("shared.db"))
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in aside] == [digest]
    reopened = open_household(paths, clock=clock)
    assert bodies(reopened) == ["in the backup"]
    reopened.close()
    assert maintenance.check(paths, clock=clock).ok


def test_the_command_line_restore_works_on_a_damaged_private_space(
    protected: Household, paths: DataPaths, clock: FixedClock
) -> None:
    maria = protected.people[0].id
    journal.write_entry(protected, maria, "private and kept")
    made = maintenance.back_up(protected)
    vault_backup = next(p for p in made if p.name.startswith("vault-")).name
    protected.close()
    paths.vault_db(maria).write_bytes(b"\x00damaged" * 4096)
    report = maintenance.check(paths, maria, PASSPHRASES[0], clock)
    assert not report.ok

    with pytest.raises(InvalidInput):  # without her passphrase, her backup can't be chosen
        maintenance.restore_from_command_line(paths, vault_backup, clock=clock)
    restored = maintenance.restore_from_command_line(
        paths, vault_backup, maria, PASSPHRASES[0], clock
    )

    assert restored == f"vault-{maria}"
    reopened = open_household(paths, maria, PASSPHRASES[0], clock)
    assert bodies(reopened) == ["private and kept"]
    reopened.close()
