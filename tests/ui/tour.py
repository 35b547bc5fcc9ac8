"""A walk past every window and dialog of Relate on a household with a few weeks of life in it.

Used two ways, each in a process of its own (so the screen can be set per run):

- `python -m tests.ui.tour --fit` prints, as JSON, each window's frame and the screen's free
  area, and which of its buttons are not fully on screen (tests/ui/test_fit.py reads it);
- `python -m tests.ui.tour --shots DIR --scheme dark --language es` saves a PNG of each
  (tools/screenshots.py runs it for every size, scheme and language).

The screen comes from Qt's offscreen platform: `QT_QPA_PLATFORM=offscreen:configfile=F`, where F
names the screen's size and scale (see `screen_config`)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import Commitment, DraftKind, FollowUpStatus
from relate_desktop.domain.vocabulary import Reaction, Stance
from relate_desktop.paths import DataPaths
from relate_desktop.services import check_ins, repair
from relate_desktop.services.household import Household, set_up
from relate_desktop.store.keys import KdfParams
from tests.households import add_conflict, add_entry, agreement, draft, new_id, view

ZONE = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 30, 20, 15, tzinfo=ZONE)
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
PASSPHRASES = ("lake house mornings", "coffee on the porch")
SYNC_FOLDER = "lake-house-sync"  # the folder their laptops sync through
# What María and Lloyd wrote: their words stay as written in any language.
USER_WORDS = (
    "Breakfast",
    "Phones away",
    "dishes",
    "late train",
    "Lloyd read the news",
    "Lloyd came home",
    "quiet evening",
    "Walked by the river",
    "I noticed I went quiet",
    "phone in the hall",
    "Tell Lloyd",
    "I felt alone",
    "I'm sorry I kept reading",
    "Family",
    "Chores",
    "laptop",  # the computers' names (sync)
    SYNC_FOLDER,
)


def screen_config(width: int, height: int, scale: float, folder: Path) -> str:
    """The QT_QPA_PLATFORM value for an offscreen screen of `width` x `height` device pixels
    shown at `scale` (so 1440x900 at 1.5 leaves 960x600 for windows)."""
    config = {
        "screens": [
            {
                "name": f"{width}x{height}@{scale}",
                "x": 0,
                "y": 0,
                "width": round(width / scale),
                "height": round(height / scale),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": scale,
            }
        ]
    }
    path = folder / f"screen-{width}x{height}-{scale}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def demo_household(folder: Path) -> Household:
    """María and Lloyd, a month in: two repairs behind them, an agreement with check-ins (one
    due tonight, one in three days), a repair half done, a shared journal and María's own."""
    clock = FixedClock(NOW)
    household = set_up(
        DataPaths(folder), ["María", "Lloyd"], list(PASSPHRASES), clock, kdf=FAST_KDF
    )
    maria, lloyd = (p.id for p in household.people)
    breakfast_id = new_id()
    deal = agreement(
        breakfast_id,
        "Phones away at breakfast",
        NOW - timedelta(days=9),
        commitments=(
            Commitment(maria, "Tell Lloyd when I need him to listen", "in the moment"),
            Commitment(lloyd, "Leave my phone in the hall", "every breakfast"),
        ),
        check_ins=((FollowUpStatus.DONE, "held"),),
    )
    add_conflict(
        household,
        "Breakfast at the lake house",
        NOW - timedelta(days=9),
        topic="Family",
        what_happened="On Saturday at breakfast Lloyd read the news while María talked about her "
        "sister's visit.",
        perspectives=(
            view(maria, Stance.ONE_DOWN, (Reaction.FLIGHT,)),
            view(lloyd, Stance.ONE_UP, (Reaction.FIGHT,)),
        ),
        drafts=(
            draft(maria, "I felt alone at breakfast. I'd like us to put the phones away."),
            draft(lloyd, "I'm sorry I kept reading while you talked.", DraftKind.APOLOGY),
        ),
        agreements=(deal,),
        conflict_id=breakfast_id,
    )
    add_conflict(household, "Who does the dishes", NOW - timedelta(days=20), topic="Chores")
    check_ins.add_check_in(household, deal.id, NOW + timedelta(hours=1))
    check_ins.add_check_in(household, deal.id, NOW + timedelta(days=3))
    state = repair.start_repair(household, maria)
    state.title = "The late train"
    state.what_happened = "Lloyd came home at nine without a message."
    repair.save_repair(household, state)
    for days, body, private in (
        (1, "A quiet evening. We cooked together and nobody looked at a phone.", False),
        (3, "Walked by the river after work; the leaves are nearly gone.", False),
        (2, "I noticed I went quiet again when Lloyd raised his voice.", True),
    ):
        add_entry(household, maria, body, NOW - timedelta(days=days), private=private)
    return household


Station = tuple[str, Callable[[], object]]


def stations(household: Household) -> Iterator[tuple[str, object]]:
    """Open each window in turn (shown, laid out) and yield it with a name; closed after."""
    from PySide6.QtWidgets import QApplication, QWidget

    from relate_desktop.ui.about import AboutDialog
    from relate_desktop.ui.agreement_history import PlanCheckInDialog
    from relate_desktop.ui.check_in import CheckInDialog
    from relate_desktop.ui.export_dialog import ExportDialog
    from relate_desktop.ui.first_run import FirstRunDialog
    from relate_desktop.ui.help_guide import HelpDialog
    from relate_desktop.ui.lock_screen import LockScreen
    from relate_desktop.ui.main_window import MainWindow
    from relate_desktop.ui.records import EditConflictDialog
    from relate_desktop.ui.recovery import RestoreDialog
    from relate_desktop.ui.safety_check import SafetyCheckDialog
    from relate_desktop.ui.search_view import SearchDialog
    from relate_desktop.ui.tasks import TaskRunner
    from relate_desktop.ui.time_out import TimeOutDialog
    from relate_desktop.ui.unlock import UnlockDialog
    from relate_desktop.ui.wizard.wizard import RepairWizard

    runner = TaskRunner(synchronous=True)
    maria = household.people[0].id

    def shown(widget: QWidget) -> QWidget:
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        return widget

    window = MainWindow(household, maria, runner)
    window.offer_safety_check = False
    shown(window)
    for index, name in enumerate(("home", "conflicts", "agreements", "journal", "insights")):
        window.show_section(index)
        QApplication.processEvents()
        yield f"main-{index + 1}-{name}", window
    agreement_id = next(iter(_agreement_ids(household)))
    due = check_ins.home_check_ins(household)
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-search", lambda: SearchDialog(household, window)),
        ("dialog-check-in", lambda: CheckInDialog(household, due[0].follow_up_id, window)),
        ("dialog-plan-check-in", lambda: PlanCheckInDialog(household, agreement_id, window)),
        ("dialog-export-pdf", lambda: ExportDialog(household, agreement_id, runner, window)),
        ("dialog-restore", lambda: RestoreDialog(household, runner, window)),
        ("dialog-safety", lambda: SafetyCheckDialog(household, maria, window)),
        ("dialog-help", lambda: HelpDialog(window)),
        ("dialog-time-out", lambda: TimeOutDialog(household, maria, None, window)),
        ("dialog-edit-conflict", lambda: EditConflictDialog(_first_conflict(household), window)),
        ("dialog-about", lambda: AboutDialog(window)),
    ]
    for name, make in dialogs:
        dialog = shown(make())
        yield name, dialog
        dialog.close()
        dialog.deleteLater()

    state = repair.start_repair(household, maria)
    state.title, state.what_happened = "Breakfast", "Lloyd read the news while I talked."
    state.speaker_id, state.draft_kind = maria, "request"
    wizard = shown(RepairWizard(household, state, runner, window))
    from relate_desktop.domain.repair_flow import steps

    for index, step in enumerate(steps(state)):
        wizard.show_step(index)
        QApplication.processEvents()
        yield f"wizard-{index + 1:02d}-{step.kind.value}", wizard
    wizard.close()
    yield from _sync_stations(household, window, runner)
    window.close()

    before = [
        ("welcome", lambda: FirstRunDialog(household.paths, runner)),
        (
            "unlock",
            lambda: UnlockDialog(household.people, lambda person, secret: None, runner),
        ),
        ("lock-screen", LockScreen),
    ]
    for name, make in before:
        widget = shown(make())
        yield f"start-{name}", widget
        widget.close()


def _sync_stations(
    household: Household, window: object, runner: object
) -> Iterator[tuple[str, object]]:
    """Sync: the dialog before and after setting it up (Lloyd's laptop joined), Home with a
    record both edited, the dialog to choose, and joining from the welcome screen."""
    from PySide6.QtWidgets import QApplication, QWidget

    from relate_desktop.services import browse, conflicts, sync
    from relate_desktop.ui.both_edited import BothEditedDialog
    from relate_desktop.ui.join_dialog import JoinDialog
    from relate_desktop.ui.main_window import MainWindow
    from relate_desktop.ui.sync_dialog import SyncDialog
    from relate_desktop.ui.tasks import TaskRunner

    assert isinstance(window, MainWindow) and isinstance(runner, TaskRunner)

    def shown(widget: QWidget) -> QWidget:
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        return widget

    root = household.paths.root  # the other computers' folders go beside it
    folder = root.with_name(f"{root.name}-{SYNC_FOLDER}")
    folder.mkdir(exist_ok=True)
    setup = SyncDialog(household, window.sync_keeper, window)
    setup.device_name.setText("María's laptop")
    yield "dialog-sync-setup", shown(setup)
    setup.close()

    sync.start_sync(household, folder, "María's laptop")
    sync.sync_round(household)
    other, _summary = sync.join(
        DataPaths(root.with_name(f"{root.name}-lloyd")),
        folder,
        "Lloyd",
        PASSPHRASES[1],
        FixedClock(NOW),
        "Lloyd's laptop",
    )
    try:
        dishes = next(
            c for c in browse.recent_conflicts(household, 10) if c.title == "Who does the dishes"
        )
        conflicts.edit_conflict(household, dishes.id, "Who does the dishes", "Chores", "Chores")
        conflicts.edit_conflict(other, dishes.id, "Who does the dishes?", "dishes", "Chores")
        sync.sync_round(other)
        window.sync_keeper.start()
        window.show_section(0)
        QApplication.processEvents()
        yield "main-1-home-synced", window
        status = SyncDialog(household, window.sync_keeper, window)
        yield "dialog-sync-status", shown(status)
        status.close()
        choose = BothEditedDialog(household, window)
        yield "dialog-both-edited", shown(choose)
        choose.close()
    finally:
        window.sync_keeper.stop()
        other.close()
    join = JoinDialog(DataPaths(root.with_name(f"{root.name}-new")), runner)
    join.folder.setText(str(folder))
    join.look_in_folder()
    join.device_name.setText("Lloyd's laptop")
    yield "start-join", shown(join)
    join.close()


def _first_conflict(household: Household) -> object:
    from relate_desktop.services import browse

    summary = browse.recent_conflicts(household, 1)[0]
    return browse.conflict_detail(household, summary.id)


def _agreement_ids(household: Household) -> list[str]:
    from relate_desktop.domain.models import AgreementStatus
    from relate_desktop.services import browse

    return [a.id for a in browse.agreements_page(household, 0, 5, AgreementStatus.ACTIVE)]


def fit_report(name: str, widget: object) -> dict[str, object]:
    """Where the window is, the screen's free area, and any button not wholly inside both."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QWidget

    assert isinstance(widget, QWidget)
    screen = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    cut: list[str] = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or button.width() <= 0:
            continue
        if button.window() is not widget:
            continue
        top_left = button.mapTo(widget, button.rect().topLeft())
        inside = QRect(widget.mapToGlobal(top_left), button.size())
        # A button inside a scrolling area may sit below the fold: people scroll to it.
        if _in_scroll_area(button):
            continue
        if not (screen.contains(inside) and widget.geometry().contains(inside)):
            cut.append(button.objectName() or button.text())
    return {
        "name": name,
        "window": [frame.x(), frame.y(), frame.width(), frame.height()],
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "fits": screen.contains(frame),
        "cut_buttons": cut,
    }


def _in_scroll_area(widget: object) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    parent = widget.parentWidget() if isinstance(widget, QWidget) else None
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="print where each window fits")
    parser.add_argument("--shots", type=Path, help="save a PNG of each window here")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--language", choices=("en", "es"), default="en")
    parser.add_argument("--prefix", default="", help="put before each picture's name")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from relate_desktop.ui import appearance, keyboard, translation

    app = QApplication(sys.argv[:1])
    keyboard.install(app)
    translation.install(args.language)
    appearance.apply_scheme(args.scheme)
    reports = []
    with tempfile.TemporaryDirectory() as folder:
        household = demo_household(Path(folder) / "data")
        try:
            for name, widget in stations(household):
                if args.fit:
                    reports.append(fit_report(name, widget))
                if args.shots:
                    args.shots.mkdir(parents=True, exist_ok=True)
                    widget.grab().save(str(args.shots / f"{args.prefix}{name}.png"))  # type: ignore[attr-defined]
        finally:
            household.close()
    if args.fit:
        print(json.dumps(reports))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
