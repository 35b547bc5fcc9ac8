"""Private spaces through the real window: private writing never reaches any file in the
clear, locking clears the screen, wrong passphrases slow down and change nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, preferences, repair
from relate_desktop.services.household import Household, open_household
from relate_desktop.ui import unlock as unlock_module
from relate_desktop.ui.lock_screen import LockScreen
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.safety_check import SafetyCheckDialog
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASES
from tests.e2e.test_cli import relate as cli
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find, next_step, open_wizard, type_into

MARKERS = {
    "journal": "QUOKKA-journal-private-8c1e-日记",
    "wizard": "QUOKKA-wizard-private-44d0-עברית",
    "cli": "QUOKKA-cli-private-91aa-émoji🙂",
}


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Run `act` on the next modal dialog, once it is shown (it blocks the caller)."""

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, later)
            return
        act(dialog)

    QTimer.singleShot(20, later)


def write_shared_as(qtbot: QtBot, window: QWidget, name: str) -> None:
    """In a journal with no private space open: "Write a shared entry…", then say who."""

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        dialog.accept()

    button = window.findChild(QAbstractButton, "journalWriteShared")
    assert button is not None and button.isVisible()
    when_modal(qtbot, choose)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.activateWindow()  # back from the question, as a person's click would do
    qtbot.waitUntil(window.isActiveWindow)


def unlock_with(passphrase: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(passphrase)
        dialog.unlock_button.click()

    return act


@pytest.fixture(autouse=True)
def fresh_failures() -> Iterator[None]:
    unlock_module.reset_failures()
    yield
    unlock_module.reset_failures()


def test_private_writing_reaches_no_file_in_the_clear(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, runner: TaskRunner
) -> None:
    data = tmp_path / "data"
    made = cli(
        data,
        "setup",
        "--person",
        "Maria",
        "--person",
        "Lloyd",
        "--passphrase-stdin",
        stdin="\n".join(PASSPHRASES) + "\n",
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.count("Recovery code for") == 2
    paths = DataPaths(data)
    info_people = json.loads((data / "keys.json").read_text(encoding="utf-8"))["people"]
    maria_id, lloyd_id = (p["id"] for p in info_people)
    household = open_household(paths, maria_id, PASSPHRASES[0], clock)
    window = MainWindow(household, maria_id, runner)
    qtbot.addWidget(window)
    window.show()

    # Maria writes in her private journal through the editor.
    window.show_section(3, new_entry=True)
    assert find(window, QAbstractButton, "journalPrivate").isChecked()
    type_into(qtbot, window, "journalEditor", MARKERS["journal"])  # type: ignore[arg-type]
    window.journal.save()
    assert "Private" in window.journal.model.index(0).data()
    screenshot(window, "privacy-01-journal")

    # In a repair, Lloyd keeps his answers private: his own passphrase opens his space.
    wizard = open_wizard(qtbot, window)
    type_into(qtbot, wizard, "conflictTitle", "Phones at dinner")
    type_into(qtbot, wizard, "whatHappened", "Phones came out three times at dinner.")
    next_step(qtbot, wizard, "privacy-02-conflict")
    next_step(qtbot, wizard, "privacy-03-handover-maria")
    click(qtbot, wizard, "stance_one_down")
    click(qtbot, wizard, "reaction_flight")
    next_step(qtbot, wizard, "privacy-04-perspective-maria")
    next_step(qtbot, wizard, "privacy-05-handover-lloyd")
    assert household.private_person is None, "handing over closes Maria's private space"
    when_modal(qtbot, unlock_with(PASSPHRASES[1]))
    click(qtbot, wizard, "keepPrivate")
    assert household.private_person == lloyd_id
    assert find(wizard, QAbstractButton, "keepPrivate").isChecked()
    click(qtbot, wizard, "stance_one_up")
    click(qtbot, wizard, "reaction_fight")
    type_into(qtbot, wizard, "madeUp", MARKERS["wizard"])
    screenshot(wizard, "privacy-06-perspective-lloyd-private")
    next_step(qtbot, wizard, "privacy-07-leaving-lloyd")
    assert wizard.state.perspectives[lloyd_id].sealed
    assert MARKERS["wizard"] not in json.dumps(wizard.state.to_dict(), ensure_ascii=False)
    # Going back while Lloyd's space is locked shows only that his answers are kept private.
    household.close_vault()
    click(qtbot, wizard, "backButton")
    assert find(wizard, QWidget, "sealedNote").isVisible()
    screenshot(wizard, "privacy-08-sealed")
    click(qtbot, wizard, "saveCloseButton")
    window.close()
    household.close()

    # Lloyd imports a private entry from the command line.
    export = tmp_path / "lloyd.json"
    entry = {
        "id": "5b2b7d55-8f5b-4a55-9c38-1a2f0cfd0b11",
        "author": lloyd_id,
        "created_at": "2026-11-20T21:00:00-06:00",
        "private": True,
        "prompt": None,
        "body": MARKERS["cli"],
    }
    people = [{"id": maria_id, "name": "Maria"}, {"id": lloyd_id, "name": "Lloyd"}]
    export.write_text(
        json.dumps(
            {
                "format": "relate-desktop",
                "version": 1,
                "people": people,
                "conflicts": [],
                "journal": [entry],
            }
        ),
        encoding="utf-8",
    )
    refused = cli(
        data,
        "import",
        str(export),
        "--unlock",
        "Maria",
        "--passphrase-stdin",
        stdin=PASSPHRASES[0] + "\n",
    )
    assert refused.returncode == 2 and "--unlock Lloyd" in refused.stderr
    done = cli(
        data,
        "import",
        str(export),
        "--unlock",
        "Lloyd",
        "--passphrase-stdin",
        stdin=PASSPHRASES[1] + "\n",
    )
    assert done.returncode == 0, done.stderr
    backup = cli(
        data, "backup", "--unlock", "Lloyd", "--passphrase-stdin", stdin=PASSPHRASES[1] + "\n"
    )
    assert backup.returncode == 0, backup.stderr

    # Every byte of every file under the data folder: no marker, in any encoding.
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name.startswith("vault-") for p in files)
    assert any(p.parent.name == "backups" for p in files)
    for path in files:
        content = path.read_bytes()
        for marker in MARKERS.values():
            for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                assert encoded not in content, f"{marker!r} found in {path.name}"

    # And each marker is there for its owner, and only for them.
    as_lloyd = open_household(paths, lloyd_id, PASSPHRASES[1], clock)
    try:
        assert MARKERS["cli"] in [e.body for e in journal.entries(as_lloyd)]
        state = repair.resume_repair(as_lloyd, repair.repairs_in_progress(as_lloyd)[0].id)
        repair.unseal_private(as_lloyd, state, lloyd_id)
        assert state.perspectives[lloyd_id].made_up == MARKERS["wizard"]
    finally:
        as_lloyd.close()
    shared_export = tmp_path / "shared.json"
    out = cli(
        data,
        "export-json",
        "--out",
        str(shared_export),
        "--unlock",
        "Maria",
        "--passphrase-stdin",
        stdin=PASSPHRASES[0] + "\n",
    )
    assert out.returncode == 0, out.stderr
    text = shared_export.read_text(encoding="utf-8")
    assert MARKERS["journal"] in text
    assert MARKERS["wizard"] not in text and MARKERS["cli"] not in text


@pytest.fixture
def session(qtbot: QtBot, protected: Household, runner: TaskRunner) -> Iterator[Session]:
    from relate_desktop.services import safety

    safety.record_check(protected, protected.people[0].id, {})  # taken before: not asked again
    live = Session(protected.paths, protected.clock, runner)
    live.show_main(protected, protected.people[0].id)
    assert live.window is not None
    qtbot.addWidget(live.window)
    yield live
    live.close()


def test_quick_hide_locks_everything_and_shows_a_neutral_screen(
    qtbot: QtBot, session: Session, protected: Household
) -> None:
    window = session.window
    assert window is not None
    window.show_section(3, new_entry=True)
    type_into(qtbot, window, "journalEditor", MARKERS["journal"])  # type: ignore[arg-type]
    wizard = open_wizard(qtbot, window)
    type_into(qtbot, wizard, "conflictTitle", "Half a thought")
    qtbot.keyClick(
        wizard,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert session.window is None and session.household is None
    # Nothing of Relate is left on screen: no window, no "Locked" sign.
    assert session.lock_screen is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard) or not wizard.isVisible())
    # Opening Relate again (a second launch asks this copy to come forward) shows only the
    # plain locked screen, with a neutral title, where a passphrase is needed to go on.
    session.bring_forward()
    lock_screen = session.lock_screen
    assert isinstance(lock_screen, LockScreen) and lock_screen.isVisible()
    shown = " ".join(label.text() for label in lock_screen.findChildren(QLabel))
    assert "Maria" not in shown and "Lloyd" not in shown
    assert lock_screen.windowTitle() == "Relate"
    screenshot(lock_screen, "privacy-09-locked")
    # What was being typed was saved first: the journal entry and the repair in progress.
    again = open_household(protected.paths, protected.people[0].id, PASSPHRASES[0], protected.clock)
    try:
        assert [e.body for e in journal.entries(again)] == [MARKERS["journal"]]
        assert [r.title for r in repair.repairs_in_progress(again)] == ["Half a thought"]
    finally:
        again.close()


def test_idle_time_locks(qtbot: QtBot, session: Session) -> None:
    assert session.idle.interval() == preferences.DEFAULT_AUTO_LOCK_MINUTES * 60_000
    assert session.idle.isActive()
    session.idle.setInterval(30)
    session.idle.start()
    qtbot.waitUntil(lambda: session.window is None, timeout=2000)
    assert session.lock_screen is not None


def test_auto_lock_can_be_turned_off(session: Session, protected: Household) -> None:
    window = session.window
    assert window is not None
    window.findChild(object, "autoLock0").trigger()  # type: ignore[union-attr]
    assert preferences.load(protected.paths).auto_lock_minutes == 0
    assert not session.idle.isActive()


def test_a_wrong_passphrase_says_so_keeps_nothing_and_slows_down(
    qtbot: QtBot, protected: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    protected.close()
    before = {p: p.read_bytes() for p in protected.paths.root.rglob("*") if p.is_file()}
    dialog = UnlockDialog(
        protected.people,
        lambda pid, secret: open_household(protected.paths, pid, secret, clock),
        runner,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(unlock_module.FREE_TRIES):
        assert dialog.unlock_button.isEnabled()
        dialog.passphrase.setText(f"not it {attempt}")
        dialog.unlock_button.click()
        assert "doesn't match" in dialog.findChild(QLabel, "unlockError").text()
    assert not dialog.unlock_button.isEnabled()
    assert dialog.unlock_button.text().startswith("Wait")
    screenshot(dialog, "privacy-10-unlock-wait")
    dialog.waiting = 1
    dialog._tick()
    assert dialog.unlock_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASES[0])
    dialog.unlock_button.click()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    dialog.result_value.close()
    after = {p: p.read_bytes() for p in protected.paths.root.rglob("*") if p.is_file()}
    assert set(after) >= set(before)
    assert unlock_module.pause_after(2) == 0
    assert unlock_module.pause_after(3) == 2 and unlock_module.pause_after(4) == 4
    assert unlock_module.pause_after(50) == unlock_module.MAX_PAUSE_S


def test_the_safety_check_keeps_answers_private_and_offers_support(
    qtbot: QtBot, protected: Household
) -> None:
    maria = protected.people[0]
    dialog = SafetyCheckDialog(protected, maria.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.done_button.isEnabled()
    for question in ("afraid", "hurt", "control", "used_against"):
        answer = "yes" if question == "control" else "no"
        click(qtbot, dialog, f"safety_{question}_{answer}")
    screenshot(dialog, "privacy-11-safety-questions")
    click(qtbot, dialog, "safetyDone")
    lines = dialog.findChild(QLabel, "safetyLines")
    assert lines is not None and lines.isVisible()
    find(dialog, QWidget, "safetyCountry").setCurrentIndex(
        find(dialog, QWidget, "safetyCountry").findData("US")
    )
    assert "1-800-799-7233" in lines.text()
    screenshot(dialog, "privacy-12-safety-support")
    from relate_desktop.services import safety

    assert not safety.needs_check(protected, maria.id)


def test_the_recovery_code_dialog_waits_until_the_code_is_kept(qtbot: QtBot) -> None:
    from relate_desktop.ui.privacy_dialogs import RecoveryCodeDialog

    dialog = RecoveryCodeDialog("Maria", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23")
    qtbot.addWidget(dialog)
    dialog.show()
    screenshot(dialog, "privacy-13-recovery-code")
    assert not dialog.done_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible(), "Escape can't dismiss a code that is shown only once"
    click(qtbot, dialog, "recoveryKept")
    assert dialog.done_button.isEnabled()
    assert "ABCD-EFGH" in dialog.printable().toPlainText()
