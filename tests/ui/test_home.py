"""Home as the couple's place: greeting by the time of day, the next check-in however far,
agreements as cards with their next check-in, the prompt of the day into a new journal entry,
inviting empty states, and the main window back where it was."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.guide import text, texts
from relate_desktop.services import preferences
from relate_desktop.services.household import Household
from relate_desktop.ui import icons
from relate_desktop.ui.home import ACCENT_ICONS, HomePage
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from tests.agreements import TITLE, make_agreement
from tests.ui.tour import demo_household


def label(window: MainWindow, name: str) -> str:
    found = window.home.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def test_an_empty_home_invites_instead_of_saying_none(window: MainWindow) -> None:
    window.show_section(0)
    home = window.home
    assert home.due.item(0).text() == text("home.nothing_planned")
    assert home.active.item(0).text() == text("home.no_agreements")
    assert home.recent.item(0).text() == text("home.no_conflicts")
    assert not home.in_progress_box.isVisible()  # nothing started: no empty box for it
    assert not home.check_in_button.isVisible()
    assert label(window, "promptText") in texts("journal.prompts")


def test_the_greeting_follows_the_time_of_day(window: MainWindow, clock: FixedClock) -> None:
    for hour, part in ((7, "morning"), (14, "afternoon"), (20, "evening"), (23, "night")):
        clock.set(clock.now().replace(hour=hour))
        window.show_section(0)
        assert label(window, "homeGreeting") == text(f"home.greeting_{part}", names="Maria & Lloyd")
    assert label(window, "homeDate")  # the date, in words


def test_agreements_show_as_cards_with_their_next_check_in(
    qtbot: QtBot, window: MainWindow, couple: Household
) -> None:
    make_agreement(couple)
    window.show_section(0)
    card = window.home.active.item(0).text()
    # The first check-in is 3 days away ("3d"): the card says so, with its date.
    assert card.startswith(TITLE) and "Next check-in in 3 days" in card
    waiting = window.home.due.item(0).text()
    assert waiting.startswith("Next check-in") and "in 3 days" in waiting
    # Enter on the card opens the agreement.
    window.home.active.setFocus()
    window.home.active.setCurrentRow(0)
    qtbot.keyClick(window.home.active, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.agreements


def test_a_check_in_tonight_says_today_at_its_time(
    window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    make_agreement(couple)
    due = clock.now() + timedelta(days=3)
    clock.set(due.replace(hour=8, minute=0))
    window.show_section(0)
    row = window.home.due.item(0).text()
    assert row.startswith("Coming up · today at ") and TITLE in row
    assert window.home.check_in_button.isVisible()


def test_the_prompt_of_the_day_opens_a_new_entry_with_it(qtbot: QtBot, window: MainWindow) -> None:
    window.show_section(0)
    prompt = label(window, "promptText")
    button = window.home.findChild(QPushButton, "promptWrite")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journal
    assert window.journal.prompt.currentData() == prompt


def test_the_main_window_opens_where_it_was_closed(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    first = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(first)
    first.show()
    # A height the window would not open at by itself (it opens as tall as the screen allows).
    first.resize(QSize(first.width(), 450))
    first.move(QPoint(10, 20))
    first.close()
    assert "mainWindow" in preferences.load(couple.paths).window_places
    again = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(again)
    # (Its width is the screen's here: the test screen is only 800 px wide.)
    assert again.height() == 450
    # Within the frame the desktop draws (which Qt adds back on restoring).
    assert (again.pos() - first.pos()).manhattanLength() <= 16
    again.close()


def test_a_place_off_every_screen_is_not_used(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    first = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(first)
    first.show()
    first.move(QPoint(5000, 4000))  # a screen since unplugged
    first.close()
    again = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(again)
    room = again.screen().availableGeometry()
    assert room.contains(again.frameGeometry())


def test_days_are_counted_in_the_household_s_zone() -> None:
    from relate_desktop.ui.home import day_part, days_until

    now = datetime(2026, 11, 30, 23, 30).astimezone()
    assert days_until(now + timedelta(minutes=45), now) == 1
    assert day_part(now) == "night"


def test_a_time_out_can_be_called_from_home(qtbot: QtBot, window: MainWindow) -> None:
    from relate_desktop.ui.time_out import TimeOutDialog

    window.show_section(0)
    button = window.home.findChild(QPushButton, "homeTimeOut")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(TimeOutDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_missed_check_in_says_yesterday_not_today(
    window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    make_agreement(couple)
    due = clock.now() + timedelta(days=3)
    clock.set(due + timedelta(days=1, hours=1))
    window.show_section(0)
    row = window.home.due.item(0).text()
    assert "yesterday at " in row and "today" not in row


def test_home_for_one_person_leads_with_the_journal(
    qtbot: QtBot, solo: Household, runner: TaskRunner
) -> None:
    from tests.households import add_entry

    person = solo.people[0]
    for days in range(3):
        add_entry(solo, person.id, f"Day {days}", solo.clock.now() - timedelta(days=days))
    window = MainWindow(solo, person.id, runner)
    qtbot.addWidget(window)
    window.show()
    window.show_section(0)
    home = window.home
    assert label(window, "homeGreeting").endswith("Terry")
    doors = [home.journal_button, home.start_button]
    assert doors[0].property("kind") == "primary" and doors[1].property("kind") == "quiet"
    assert doors[0].x() < doors[1].x()  # the journal first, a repair still there
    line = label(window, "homeJournalLine")
    assert "3 days in a row" in line and "Day 0" not in line  # counts, never an entry's words
    assert not home.due_card.isVisible()  # nothing planned: no check-ins card
    assert not home.active_box.isVisible() and not home.recent_box.isVisible()
    assert not home.time_out_button.isVisible()
    window.close()


def test_the_warm_up_knows_every_accent_icon_home_draws(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warm-up draws home.ACCENT_ICONS before an unlock; a Home with something in every
    card draws no other icon in a colour but the text's."""
    drawn: set[tuple[str, str]] = set()
    draw = icons._icon

    def recorded(name: str, dark: bool, tone: str) -> QIcon:
        drawn.add((name, tone))
        return draw(name, dark, tone)

    monkeypatch.setattr(icons, "_icon", recorded)
    household = demo_household(tmp_path / "demo")
    try:
        page = HomePage(household)
        qtbot.addWidget(page)
        page.set_person(household.people[0].id)
        page.refresh()
    finally:
        household.close()
    coloured = {(name, tone) for name, tone in drawn if tone != "text"}
    assert coloured and coloured <= set(ACCENT_ICONS)
