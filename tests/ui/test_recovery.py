"""Files in trouble, through the real window: a damaged file is refused and its newest good
backup offered; a newer file is left untouched; the Restore screen; a full disk keeps the text
in the editor; focus changes save; after a crash the entry being written is offered back; a
second launch finds the running copy."""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, maintenance, preferences
from relate_desktop.services.household import Household, claim_data_folder
from relate_desktop.store import backups as backups_module
from relate_desktop.store.connection import connect_raw
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.recovery import DamagedFileScreen, RestoreDialog
from relate_desktop.ui.session import Session
from relate_desktop.ui.single_instance import SHOW, InstanceServer, server_name
from relate_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import screenshot
from tests.ui.test_privacy import when_modal, write_shared_as
from tests.ui.test_repair_wizard import type_into

WORDS = "The words I wrote tonight, with care ✍️"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seen_safety_check(household: Household) -> None:
    preferences.update(household.paths, safety_check_seen=[p.id for p in household.people])


@pytest.fixture
def closed_with_backup(couple: Household, clock: FixedClock) -> Iterator[DataPaths]:
    """A couple with one entry, backed up, then closed (as after quitting)."""
    seen_safety_check(couple)
    journal.write_entry(couple, couple.people[0].id, "In the backup", private=False)
    maintenance.back_up(couple, "daily")
    clock.advance(timedelta(hours=2))
    journal.write_entry(couple, couple.people[0].id, "Written after it", private=False)
    couple.close()
    yield couple.paths


def test_a_damaged_file_is_refused_and_the_newest_good_backup_offered(
    qtbot: QtBot, closed_with_backup: DataPaths, clock: FixedClock, runner: TaskRunner
) -> None:
    paths = closed_with_backup
    damaged = paths.shared_db.read_bytes()
    damaged = damaged[:4096] + b"\x00damage" * 1024 + damaged[4096 + 7 * 1024 :]
    paths.shared_db.write_bytes(damaged)
    before = digest(paths.shared_db)
    seen: dict[str, object] = {}

    def on_screen(screen: QWidget) -> None:
        assert isinstance(screen, DamagedFileScreen)
        screenshot(screen, "damaged-file-screen")
        seen["text"] = " ".join(label.text() for label in screen.findChildren(QLabel))
        seen["hash"] = digest(paths.shared_db)
        seen["restore visible"] = screen.restore_button.isVisible()
        # (Quit when nothing is offered, so a failure shows here instead of hanging.)
        (screen.restore_button if seen["restore visible"] else screen.quit_button).click()

    session = Session(paths, clock, runner)
    when_modal(qtbot, on_screen)
    assert session.start()
    try:
        assert seen["hash"] == before, "the damaged file is not written to while we ask"
        assert seen["restore visible"]
        assert "damaged" in str(seen["text"]) and "newest good backup" in str(seen["text"])
        window = session.window
        assert isinstance(window, MainWindow)
        window.show_section(3)
        assert [e.body for e in journal.entries(window.household)] == ["In the backup"]
        aside = list((paths.backups / "damaged").rglob("shared.db"))
        assert [digest(p) for p in aside] == [before], "the damaged file is kept, unchanged"
    finally:
        session.close()


def test_a_backup_that_cant_be_put_back_leaves_the_damaged_file_where_it_was(
    qtbot: QtBot,
    closed_with_backup: DataPaths,
    clock: FixedClock,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The damaged-file screen's restore on a full disk: one plain message (not a crash, not
    "damaged" again), and the data folder exactly as it was."""
    paths = closed_with_backup
    paths.shared_db.write_bytes(b"\x00garbage" * 8192)
    before = sorted((str(p), digest(p)) for p in paths.root.rglob("*") if p.is_file())

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_module, "create_private", disk_full)
    shown: list[str] = []

    def on_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.objectName() + ": " + box.text())
        box.accept()

    def on_screen(screen: QWidget) -> None:
        assert isinstance(screen, DamagedFileScreen)
        when_modal(qtbot, on_message)
        screen.restore_button.click()

    session = Session(paths, clock, runner)
    when_modal(qtbot, on_screen)
    assert not session.start()
    session.close()
    assert len(shown) == 1 and shown[0].startswith("errorMessage: The disk is full"), shown
    after = sorted((str(p), digest(p)) for p in paths.root.rglob("*") if p.is_file())
    assert after == before


def test_quitting_at_the_damaged_file_screen_changes_nothing(
    qtbot: QtBot, closed_with_backup: DataPaths, clock: FixedClock, runner: TaskRunner
) -> None:
    paths = closed_with_backup
    paths.shared_db.write_bytes(b"\x00garbage" * 8192)
    before = sorted((p.name, digest(p)) for p in paths.root.rglob("*") if p.is_file())
    session = Session(paths, clock, runner)
    when_modal(qtbot, lambda screen: screen.quit_button.click())  # type: ignore[attr-defined]
    assert not session.start()
    session.close()
    after = sorted((p.name, digest(p)) for p in paths.root.rglob("*") if p.is_file())
    assert after == before


def test_a_file_from_a_newer_version_is_refused_untouched(
    qtbot: QtBot, couple: Household, clock: FixedClock, runner: TaskRunner
) -> None:
    paths = couple.paths
    key = couple.shared_key
    couple.close()
    conn = connect_raw(paths.shared_db, key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(paths.shared_db)
    session = Session(paths, clock, runner)
    with pytest.raises(Exception) as raised:
        session.start()
    session.close()
    assert "newer version" in str(raised.value)
    assert digest(paths.shared_db) == before


def test_the_restore_screen_lists_backups_by_date_and_restores_one(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    maria = couple.people[0].id
    journal.write_entry(couple, maria, "Monday's entry", private=False)
    maintenance.back_up_if_due(couple)
    clock.advance(timedelta(days=1))
    maintenance.back_up_if_due(couple)
    clock.advance(timedelta(hours=3))
    maintenance.back_up(couple, "before-import")
    journal.write_entry(couple, maria, "Tuesday's entry", private=False)
    seen: dict[str, object] = {}

    def on_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.resize(640, 420)
        screenshot(dialog, "restore-screen")
        rows = [dialog.list.item(i) for i in range(dialog.list.count())]
        seen["rows"] = [r.text() for r in rows]
        oldest = rows[-1]
        dialog.list.setCurrentItem(oldest)
        when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
        dialog.restore_button.click()

    when_modal(qtbot, on_dialog)
    action = window.findChild(QAction, "actionRestore")
    assert action is not None
    action.trigger()

    rows = [str(r) for r in seen["rows"]]  # type: ignore[attr-defined]
    assert rows[0].startswith("Monday 23 November 2026")  # day headings, newest first
    assert "before an import" in rows[1] and "first start of the day" in rows[2]
    assert rows[3].startswith("Sunday 22 November 2026")
    assert [e.body for e in journal.entries(couple)] == ["Monday's entry"]
    assert [b.reason for b in maintenance.backups(couple)].count("before-restore") == 1


def _full_disk(dbapi: object, _record: object) -> None:
    """The space can't grow by another page: SQLite answers SQLITE_FULL, as on a full disk."""
    pages = dbapi.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
    dbapi.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]


def test_a_full_disk_says_so_and_the_text_stays_in_the_editor(
    qtbot: QtBot, window: MainWindow, couple: Household
) -> None:
    window.show_section(3, new_entry=True)
    write_shared_as(qtbot, window, "Maria")
    engine = couple.shared.engine
    event.listen(engine, "connect", _full_disk)
    engine.dispose()
    shown: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        screenshot(box, "disk-full-message")
        box.accept()

    type_into(qtbot, window, "journalEditor", WORDS * 300)  # type: ignore[arg-type]
    when_modal(qtbot, note)
    window.journal.save()

    assert shown and "disk is full" in shown[0]
    assert window.journal.editor.toPlainText() == WORDS * 300
    assert "Not saved" in window.journal.status.text()
    assert journal.entries(couple) == []
    # The space stays whole:
    assert maintenance.check(couple.paths).ok
    with couple.shared.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA quick_check").scalar() == "ok"

    # Room again: the same text saves, whole.
    event.remove(engine, "connect", _full_disk)
    engine.dispose()
    window.journal.save()
    assert [e.body for e in journal.entries(couple)] == [WORDS * 300]


def test_leaving_the_editor_saves_at_once(
    qtbot: QtBot, window: MainWindow, couple: Household
) -> None:
    window.show_section(3, new_entry=True)
    write_shared_as(qtbot, window, "Maria")
    type_into(qtbot, window, "journalEditor", "Saved when I look away")  # type: ignore[arg-type]
    assert journal.entries(couple) == []  # the timer has not fired yet
    window.nav.setFocus()  # focus moves to the sidebar
    assert [e.body for e in journal.entries(couple)] == ["Saved when I look away"]


def test_after_a_crash_the_entry_being_written_is_offered_back(
    qtbot: QtBot, couple: Household, clock: FixedClock, runner: TaskRunner
) -> None:
    seen_safety_check(couple)
    paths = couple.paths
    # A run that is killed while writing: its claim on the folder is never released.
    crashed = claim_data_folder(paths)
    entry = journal.write_entry(couple, couple.people[0].id, "Half a thought", private=False)
    journal.note_editing(couple, crashed, entry.author_id, entry.id)
    crashed._handle.close()  # type: ignore[attr-defined]  # the OS drops the lock of a dead process
    couple.close()

    claim = claim_data_folder(paths)
    assert claim.crashed_before
    session = Session(paths, clock, runner, claim)
    offered: list[str] = []

    def on_notice(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        offered.append(box.text())
        screenshot(box, "crash-recovery-notice")
        button = box.findChild(QWidget, "openUnsaved")
        assert button is not None
        button.click()  # type: ignore[attr-defined]

    when_modal(qtbot, on_notice)
    try:
        assert session.start()
        qtbot.waitUntil(lambda: bool(offered))
        window = session.window
        assert window is not None
        qtbot.waitUntil(lambda: window.journal.editor.toPlainText() == "Half a thought")
        assert "closed unexpectedly" in offered[0]
    finally:
        session.close()
        claim.release()
    again = claim_data_folder(paths)
    assert not again.crashed_before, "a clean exit leaves nothing to offer"
    again.release()


def test_a_second_launch_asks_the_running_copy_to_come_forward(
    qtbot: QtBot, paths: DataPaths
) -> None:
    server = InstanceServer(paths)
    assert server.listening
    socket = QLocalSocket()
    with qtbot.waitSignal(server.show_requested, timeout=5000):
        socket.connectToServer(server_name(paths))
        socket.write(SHOW)
        socket.flush()
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.waitForReadyRead(10))
    assert bytes(socket.readAll().data()).startswith(b"ok")
    socket.abort()
    server.close()
    server.deleteLater()
    qtbot.wait(10)
    assert server_name(paths) != server_name(DataPaths(paths.root / "other"))


def test_a_damaged_private_space_offers_its_owners_backup_when_unlocking(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    from relate_desktop.services import privacy
    from relate_desktop.ui.privacy_dialogs import open_private_space
    from relate_desktop.ui.unlock import UnlockDialog
    from tests.conftest import PASSPHRASES

    maria = protected.people[0].id
    journal.write_entry(protected, maria, "Only mine")
    made = [p.name for p in maintenance.back_up(protected) if p.name.startswith("vault-")]
    privacy.lock_private(protected)
    vault = protected.paths.vault_db(maria)
    vault.write_bytes(b"\x00damaged" * 8192)
    before = digest(vault)
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[str] = []

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        steps.append("unlock")
        when_modal(qtbot, damaged if len(steps) == 1 else lambda _d: None)
        dialog.passphrase.setText(PASSPHRASES[0])
        dialog.unlock_button.click()

    def damaged(screen: QWidget) -> None:
        assert isinstance(screen, DamagedFileScreen)
        words = " ".join(label.text() for label in screen.findChildren(QLabel))
        assert "Maria's private space" in words  # (a failure here leaves `steps` short)
        steps.append(f"damaged:{screen.error.backup}")
        when_modal(qtbot, unlock)  # asked again, now that the backup is back
        screen.restore_button.click()

    when_modal(qtbot, unlock)
    assert open_private_space(parent, protected, maria, runner)

    assert steps == ["unlock", f"damaged:{made[0]}", "unlock"]
    assert [e.body for e in journal.entries(protected)] == ["Only mine"]
    aside = list((protected.paths.backups / "damaged").rglob(vault.name))
    assert [digest(p) for p in aside] == [before]


def test_the_restore_screen_lists_only_the_open_persons_private_backups(
    qtbot: QtBot, protected: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    from relate_desktop.services import privacy
    from tests.conftest import PASSPHRASES

    maria, lloyd = (p.id for p in protected.people)
    privacy.unlock_private(protected, lloyd, PASSPHRASES[1])
    maintenance.back_up_if_due(protected)  # as the app does after unlocking: Lloyd's backup
    clock.advance(timedelta(hours=1))
    privacy.unlock_private(protected, maria, PASSPHRASES[0])
    maintenance.back_up_if_due(protected)
    clock.advance(timedelta(hours=1))
    maintenance.back_up(protected)
    main = MainWindow(protected, maria, runner)
    qtbot.addWidget(main)
    dialog = RestoreDialog(protected, runner, main)
    qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.show()
    screenshot(dialog, "restore-screen-private")

    names = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    names = [n for n in names if n]
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(n.startswith(f"vault-{maria}") for n in names)
    assert not any(lloyd in n for n in names), "never anyone else's private backups"
    assert any("Maria's private space" in t for t in texts) and any(
        "Shared space" in t for t in texts
    )
    dialog.close()


def test_the_folder_lock_notes_the_entry_being_written_never_its_words(
    qtbot: QtBot, couple: Household, clock: FixedClock, runner: TaskRunner
) -> None:
    seen_safety_check(couple)
    claim = claim_data_folder(couple.paths)
    session = Session(couple.paths, clock, runner, claim)
    try:
        session.show_main(couple, couple.people[0].id)
        window = session.window
        assert window is not None
        qtbot.addWidget(window)
        window.show_section(3, new_entry=True)
        write_shared_as(qtbot, window, "Maria")
        type_into(qtbot, window, "journalEditor", "Words that stay private")  # type: ignore[arg-type]
        window.journal.save()
        [entry] = journal.entries(couple)
        lock = (couple.paths.root / ".lock").read_text(encoding="utf-8")
        assert lock.split()[1:] == ["journal"], "a kind word, never whose or which entry"
        sealed = (couple.paths.root / ".editing").read_bytes()
        assert entry.id.encode() not in sealed and b"Words" not in sealed
        assert journal.entry_left_open(couple, sealed, couple.people[0].id) == entry
    finally:
        session.close()
        claim.release()
    assert (couple.paths.root / ".lock").read_text(encoding="utf-8") == ""
    assert not (couple.paths.root / ".editing").exists()


def test_damage_found_by_the_background_check_offers_the_backup_too(
    qtbot: QtBot, couple: Household, clock: FixedClock, runner: TaskRunner
) -> None:
    seen_safety_check(couple)
    maria = couple.people[0].id
    for n in range(200):
        journal.write_entry(couple, maria, f"Entry {n} " + "words " * 100, private=False)
    maintenance.back_up(couple, "daily")
    couple.close()
    paths = couple.paths
    data = bytearray(paths.shared_db.read_bytes())
    middle = len(data) // 2 // 4096 * 4096  # a data page: opening still works, the check fails
    data[middle : middle + 4096] = b"\x00damaged" * 512
    paths.shared_db.write_bytes(bytes(data))
    seen: list[str] = []

    def on_screen(screen: QWidget) -> None:
        assert isinstance(screen, DamagedFileScreen)
        seen.append(str(screen.error.backup))
        screen.restore_button.click()

    session = Session(paths, clock, runner)
    when_modal(qtbot, on_screen)
    try:
        assert session.start()
        assert seen and seen[0].endswith("-daily.db"), seen
        window = session.window
        assert window is not None
        assert len(journal.entries(window.household, None)) == 200
        assert list((paths.backups / "damaged").rglob("shared.db"))
    finally:
        session.close()


@pytest.mark.parametrize("daily", [True, False])
def test_the_days_first_start_backs_up_after_the_window_shows(
    qtbot: QtBot, closed_with_backup: DataPaths, clock: FixedClock, runner: TaskRunner, daily: bool
) -> None:
    """Once the window shows, the first start of a day makes that day's backup; with
    --exit-when-ready (daily_backup off) nothing is copied, so the process ends at once."""
    paths = closed_with_backup
    clock.advance(timedelta(days=1))
    before = {p.name for p in paths.backups.glob("shared-*.db")}
    session = Session(paths, clock, runner)
    session.daily_backup = daily
    assert session.start()
    try:
        assert session.window is not None and session.window.isVisible()
        made = {p.name for p in paths.backups.glob("shared-*.db")} - before
        assert len(made) == (1 if daily else 0)
        assert all(name.endswith("-daily.db") for name in made)
    finally:
        session.close()
