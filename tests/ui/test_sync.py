"""Sync as a person meets it (issue 20): set it up in Relate → Sync with another computer…,
join from the welcome screen of a second data folder, see the status after a round, choose
between versions of a record edited on both computers, and remove a computer. Two data
folders sync through one temporary folder, with the tour's household and fast keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import browse, conflicts, sync, sync_settings
from relate_desktop.services.household import Household
from relate_desktop.ui.both_edited import BothEditedDialog
from relate_desktop.ui.first_run import FirstRunDialog
from relate_desktop.ui.join_dialog import JoinDialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.sync_dialog import SyncDialog
from relate_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find
from tests.ui.tour import NOW, PASSPHRASES, demo_household

PROBLEMS: list[BaseException] = []


def when_modal(kind: type, act: Callable[[QWidget], None]) -> None:
    """Act on the next modal window of that kind once it shows (it blocks whoever opened
    it); a failure inside closes it and is raised again by `no_problems`."""

    def later() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(20, later)
            return
        try:
            act(modal)
        except BaseException as error:
            PROBLEMS.append(error)
            modal.done(0)  # type: ignore[attr-defined]

    QTimer.singleShot(20, later)


def no_problems() -> None:
    if PROBLEMS:
        raise PROBLEMS.pop()


def type_into(qtbot: QtBot, field: QLineEdit, words: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, words)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    place = tmp_path / "Sync"
    place.mkdir()
    return place


@pytest.fixture
def maria_home(tmp_path: Path) -> Iterator[Household]:
    household = demo_household(tmp_path / "maria")
    yield household
    household.close()


def open_window(qtbot: QtBot, household: Household, person: str, runner: TaskRunner) -> MainWindow:
    window = MainWindow(household, person, runner)
    window.offer_safety_check = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sync_dialog(qtbot: QtBot, window: MainWindow) -> SyncDialog:
    window.findChild(QAction, "actionSync").trigger()
    shown = [d for d in window.findChildren(SyncDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitExposed(dialog)
    return dialog


def set_up_sync(qtbot: QtBot, window: MainWindow, folder: Path, name: str) -> SyncDialog:
    dialog = sync_dialog(qtbot, window)
    type_into(qtbot, find(dialog, QLineEdit, "syncFolder"), str(folder))
    type_into(qtbot, find(dialog, QLineEdit, "syncDeviceName"), name)
    click(qtbot, dialog, "syncStart")
    return dialog


def join_from_welcome(
    qtbot: QtBot, paths: DataPaths, folder: Path, runner: TaskRunner, clock: FixedClock
) -> FirstRunDialog:
    """On the second computer: the welcome screen, Use Relate on another computer, the folder,
    Lloyd, first a wrong passphrase (nothing happens), then his own."""
    welcome = FirstRunDialog(paths, runner, clock)
    welcome.show()
    qtbot.waitExposed(welcome)

    def join(dialog: QWidget) -> None:
        assert isinstance(dialog, JoinDialog)
        assert not find(dialog, QWidget, "joinWho").isVisibleTo(dialog)
        type_into(qtbot, find(dialog, QLineEdit, "joinFolder"), str(folder))
        qtbot.keyClick(find(dialog, QLineEdit, "joinFolder"), Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter in the folder field looks; it never joins
        assert [p.name for p in dialog.people] == ["María", "Lloyd"]
        assert not find(dialog, QWidget, "joinStart").isEnabled()  # nobody chosen yet
        click(qtbot, dialog, "joinPerson1")
        type_into(qtbot, find(dialog, QLineEdit, "joinPassphrase"), "not my passphrase")
        type_into(qtbot, find(dialog, QLineEdit, "joinDeviceName"), "Lloyd's laptop")
        click(qtbot, dialog, "joinStart")
        error = find(dialog, QLabel, "joinError")
        assert error.isVisible() and "isn't Lloyd's passphrase" in error.text()
        assert not paths.shared_db.exists() and not (paths.root / "keys.json").exists()
        assert find(dialog, QLineEdit, "joinPassphrase").text() == ""
        screenshot(dialog, "sync-join-wrong-passphrase")
        type_into(qtbot, find(dialog, QLineEdit, "joinPassphrase"), PASSPHRASES[1])
        qtbot.keyClick(find(dialog, QLineEdit, "joinPassphrase"), Qt.Key.Key_Return)

    when_modal(JoinDialog, join)
    click(qtbot, welcome, "setupJoin")
    no_problems()
    assert welcome.result() == FirstRunDialog.DialogCode.Accepted
    assert welcome.joined and welcome.household is not None
    return welcome


def test_setting_up_sync_in_the_dialog(
    qtbot: QtBot, maria_home: Household, folder: Path, runner: TaskRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, maria_home, maria_home.people[0].id, runner)
    status = find(window, QLabel, "syncStatus")
    assert not status.isVisible()  # not syncing: nothing said
    dialog = sync_dialog(qtbot, window)
    assert "never connects to the internet" in find(dialog, QLabel, "syncIntro").text()
    name = find(dialog, QLineEdit, "syncDeviceName")
    assert name.text() == sync_settings.default_device_name()
    # A folder that isn't there: said plainly, nothing set up.
    type_into(qtbot, find(dialog, QLineEdit, "syncFolder"), str(tmp_path / "nowhere"))
    click(qtbot, dialog, "syncStart")
    error = find(dialog, QLabel, "syncError")
    assert error.isVisible() and "There is no folder" in error.text()
    assert sync_settings.load(maria_home.paths) is None
    screenshot(dialog, "sync-setup")

    type_into(qtbot, find(dialog, QLineEdit, "syncFolder"), str(folder))
    type_into(qtbot, name, "Maria's laptop")
    click(qtbot, dialog, "syncStart")
    config = sync_settings.load(maria_home.paths)
    assert config is not None and config.folder == folder
    assert config.device_name == "Maria's laptop"
    assert (folder / "relate-sync").is_dir()
    assert find(dialog, QLabel, "syncDeviceShown").text() == "Maria's laptop"
    assert find(dialog, QLabel, "syncLastShown").text() == "just now"
    assert "No other computer" in find(dialog, QLabel, "syncNoOthers").text()
    assert status.isVisible() and status.text() == "Synced just now"
    # The private journal entry went out encrypted: none of its words are in the folder.
    written = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert b"went quiet" not in written and b"Breakfast" not in written

    # Stop on this computer (asked first): back to the setup page, nothing syncing.
    when_modal(QMessageBox, lambda box: click(qtbot, box, "syncStopYes"))
    click(qtbot, dialog, "syncStop")
    no_problems()
    assert sync_settings.load(maria_home.paths) is None
    assert find(dialog, QWidget, "syncStart").isVisible()
    assert not status.isVisible()
    dialog.close()


def test_a_household_without_passphrases_is_told_what_sync_needs(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    window = open_window(qtbot, couple, couple.people[0].id, runner)
    dialog = sync_dialog(qtbot, window)
    assert find(dialog, QLabel, "syncNeedsPassphrases").isVisible()
    assert not find(dialog, QWidget, "syncStart").isEnabled()
    assert not find(dialog, QLineEdit, "syncFolder").isEnabled()
    dialog.close()


def test_two_computers_sync_and_settle_a_record_edited_on_both(
    qtbot: QtBot, maria_home: Household, folder: Path, runner: TaskRunner, tmp_path: Path
) -> None:
    maria = maria_home.people[0].id
    first = open_window(qtbot, maria_home, maria, runner)
    set_up_sync(qtbot, first, folder, "Maria's laptop").close()

    clock = FixedClock(NOW)
    welcome = join_from_welcome(qtbot, DataPaths(tmp_path / "lloyd"), folder, runner, clock)
    lloyd_home = welcome.household
    assert lloyd_home is not None
    lloyd = welcome.person_id
    assert lloyd_home.private_person == lloyd  # opened as Lloyd, his private space open
    welcome.deleteLater()
    try:
        second = open_window(qtbot, lloyd_home, lloyd, runner)
        titles = [c.title for c in browse.recent_conflicts(lloyd_home, 5)]
        assert "Breakfast at the lake house" in titles
        assert find(second, QLabel, "syncStatus").text() == (
            "Synced just now · changes from Maria's laptop"
        )

        # A change on María's computer shows on Lloyd's after a round.
        breakfast = next(
            c for c in browse.recent_conflicts(maria_home, 5) if c.title.startswith("Breakfast")
        )
        conflicts.edit_conflict(
            maria_home, breakfast.id, "Breakfast, phones away", "Lloyd read the news.", "Family"
        )
        first.sync_keeper.sync_now()
        second.show_section(1)
        second.sync_keeper.sync_now()
        model = second.conflicts.model  # the page on screen was refreshed
        shown = [model.index(row, 0).data() or "" for row in range(model.rowCount())]
        assert any("Breakfast, phones away" in line for line in shown), shown

        # Both edit the same conflict before either sees the other's change.
        conflicts.edit_conflict(
            maria_home, breakfast.id, "Breakfast (María)", "Lloyd read the news.", "Family"
        )
        conflicts.edit_conflict(
            lloyd_home, breakfast.id, "Breakfast (Lloyd)", "Lloyd read the news.", "Family"
        )
        first.sync_keeper.sync_now()
        second.sync_keeper.sync_now()
        first.sync_keeper.sync_now()
        second.show_section(0)
        for window in (first, second):
            banner = window.home.both_edited
            assert banner.isVisible()
            assert find(banner, QLabel, "bothEditedText").text() == (
                "1 thing edited on both computers: choose which version to keep."
            )
        screenshot(second, "sync-home-both-edited")

        click(qtbot, second.home.both_edited, "bothEditedChoose")
        [dialog] = [d for d in second.findChildren(BothEditedDialog) if d.isVisible()]
        qtbot.waitExposed(dialog)
        assert find(dialog, QLabel, "bothEditedKind0").text() == "A conflict"
        shown = [find(dialog, QLabel, f"bothEditedTitle0_{n}").text() for n in (0, 1)]
        assert sorted(shown) == ["Breakfast (Lloyd)", "Breakfast (María)"]
        screenshot(dialog, "sync-both-edited")
        maria_choice = shown.index("Breakfast (María)")
        click(qtbot, dialog, f"bothEditedKeep0_{maria_choice}")
        assert not dialog.isVisible()  # nothing left to choose
        assert not second.home.both_edited.isVisible()
        # The choice goes out with the next round; both computers show María's title.
        first.sync_keeper.sync_now()
        second.sync_keeper.sync_now()
        for household, window in ((maria_home, first), (lloyd_home, second)):
            detail = browse.conflict_detail(household, breakfast.id)
            assert detail.title == "Breakfast (María)"
            status = sync.status(household)
            assert status is not None and status.both_edited == 0
            assert not window.home.both_edited.isVisible()
        second.close()
    finally:
        lloyd_home.close()


def test_removing_a_computer(
    qtbot: QtBot, maria_home: Household, folder: Path, runner: TaskRunner, tmp_path: Path
) -> None:
    maria = maria_home.people[0].id
    first = open_window(qtbot, maria_home, maria, runner)
    set_up_sync(qtbot, first, folder, "Maria's laptop").close()
    old = DataPaths(tmp_path / "old")
    lloyd_home, _summary = sync.join(old, folder, "Lloyd", PASSPHRASES[1], FixedClock(NOW), "Old")
    try:
        second = open_window(qtbot, lloyd_home, lloyd_home.people[1].id, runner)
        dialog = sync_dialog(qtbot, first)
        click(qtbot, dialog, "syncNow")
        assert find(dialog, QLabel, "syncOtherName0").text() == "Old"
        screenshot(dialog, "sync-status")
        # Asked first; keeping it changes nothing.
        when_modal(QMessageBox, lambda box: box.reject())
        click(qtbot, dialog, "syncRemove0")
        no_problems()
        assert dialog.findChild(QLabel, "syncOtherName0") is not None

        def remove(box: QWidget) -> None:
            assert "The changes it made stay" in box.text()  # type: ignore[attr-defined]
            click(qtbot, box, "syncRemoveYes")

        when_modal(QMessageBox, remove)
        click(qtbot, dialog, "syncRemove0")
        no_problems()
        qtbot.waitUntil(lambda: dialog.findChild(QLabel, "syncNoOthers") is not None)
        dialog.close()
        # The old computer hears of it at its next round, and says so with the way back.
        second.sync_keeper.sync_now()
        assert find(second, QLabel, "syncStatus").text() == "This computer was removed from sync"
        fix = find(second, QWidget, "syncFix")
        assert fix.isVisible() and fix.text() == "Sync again…"  # type: ignore[attr-defined]
        second.close()
    finally:
        lloyd_home.close()


def test_rounds_stop_when_the_window_locks(
    qtbot: QtBot, maria_home: Household, folder: Path, runner: TaskRunner
) -> None:
    sync.start_sync(maria_home, folder, "Maria's laptop")
    window = open_window(qtbot, maria_home, maria_home.people[0].id, runner)
    keeper = window.sync_keeper
    assert keeper.active and keeper.every.isActive()
    assert keeper.watcher.directories()  # the devices folder at least
    window.prepare_to_lock()
    assert not keeper.active and not keeper.every.isActive()
    assert keeper.watcher.directories() == []
    keeper.sync_now()
    assert not keeper.running


def test_a_change_file_from_the_other_computer_starts_a_round(
    qtbot: QtBot, maria_home: Household, folder: Path, runner: TaskRunner, tmp_path: Path
) -> None:
    """The folder watcher: Lloyd's computer writes a change file; María's window runs a round
    once the folder goes quiet, and shows the change (no click, no timer minute)."""
    sync.start_sync(maria_home, folder, "Maria's laptop")
    sync.sync_round(maria_home)
    lloyd_home, _summary = sync.join(
        DataPaths(tmp_path / "lloyd"), folder, "Lloyd", PASSPHRASES[1], FixedClock(NOW), "L"
    )
    try:
        window = open_window(qtbot, maria_home, maria_home.people[0].id, runner)
        keeper = window.sync_keeper
        keeper.settle.setInterval(50)  # the 2 s pause, shortened for the test
        qtbot.waitUntil(lambda: any("devices" in d for d in keeper.watcher.directories()))
        dishes = next(
            c for c in browse.recent_conflicts(lloyd_home, 5) if c.title == "Who does the dishes"
        )
        conflicts.edit_conflict(
            lloyd_home, dishes.id, "Dishes, by turns", "We take turns.", "Chores"
        )
        sync.sync_round(lloyd_home)  # Lloyd's new change file lands in the folder
        qtbot.waitUntil(
            lambda: browse.conflict_detail(maria_home, dishes.id).title == "Dishes, by turns",
            timeout=5000,
        )
        assert find(window, QLabel, "syncStatus").text() == "Synced just now · changes from L"
        window.close()
    finally:
        lloyd_home.close()
