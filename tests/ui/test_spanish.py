"""The interface in Spanish: nothing a person sees on the main screens or in the wizard is left
in English (compared with the same screens built in English)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain import language
from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.repair_flow import StepKind, steps
from relate_desktop.services import repair
from relate_desktop.services.household import Household
from relate_desktop.ui import translation
from relate_desktop.ui.appearance import apply_scheme
from relate_desktop.ui.first_run import FirstRunDialog
from relate_desktop.ui.lock_screen import LockScreen
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.safety_check import SafetyCheckDialog
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.ui.conftest import screenshot
from tests.ui.test_coach_panel import panel, ready_to_draft, show_page_at, shown_titles
from tests.ui.test_repair_wizard import type_into

TAGS = re.compile(r"<[^>]+>")


def shown_texts(root: QWidget) -> set[str]:
    """Every text a person (or a screen reader) gets from the widgets shown under `root`."""
    found: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    for menu in root.findChildren(QMenu):
        found.append(menu.title())
        found += [action.text() for action in menu.actions()]
    texts = set()
    for text in found:
        plain = " ".join(TAGS.sub(" ", text).replace("&", "").split())
        if re.search(r"[^\W\d_]{2,}", plain):  # words, not just numbers or marks
            texts.add(plain)
    return texts


def wizard_texts(
    qtbot: QtBot, household: Household, runner: TaskRunner, shots: str = ""
) -> set[str]:
    state = repair.start_repair(household, household.people[0].id)
    state.title, state.what_happened = "Late", "Home at 8."
    state.speaker_id, state.draft_kind = household.people[0].id, "request"
    wizard = RepairWizard(household, state, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    texts: set[str] = set()
    for index in range(len(steps(state))):
        wizard.show_step(index)
        texts |= shown_texts(wizard)
        if shots:
            screenshot(wizard, f"{shots}-{index + 1:02d}-{steps(state)[index].kind.value}")
    wizard.close()
    return texts


def dialog_texts(
    qtbot: QtBot, household: Household, runner: TaskRunner, shots: str = ""
) -> set[str]:
    """The screens before the main window: welcome, unlock, safety check, lock screen."""
    texts: set[str] = set()
    for dialog in (
        FirstRunDialog(household.paths, runner),
        UnlockDialog(household.people, lambda person, secret: None, runner),
        SafetyCheckDialog(household, household.people[0].id),
        LockScreen(),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        texts |= shown_texts(dialog)
        if shots:
            screenshot(dialog, f"{shots}-{type(dialog).__name__}")
        dialog.close()
    return texts


def screens(qtbot: QtBot, household: Household, runner: TaskRunner, shots: str = "") -> set[str]:
    window = MainWindow(household, household.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    texts: set[str] = set()
    for index in range(4):
        window.show_section(index)
        texts |= shown_texts(window)
        if shots:
            screenshot(window, f"{shots}-section-{index}")
    window.close()
    texts |= dialog_texts(qtbot, household, runner, shots)
    return texts | wizard_texts(qtbot, household, runner, shots)


@pytest.fixture
def spanish() -> Iterator[None]:
    translation.install("es")
    yield
    translation.install("en")
    assert language.current() == "en"


def test_nothing_on_the_main_screens_stays_in_english(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    english = screens(qtbot, couple, runner)
    translation.install("es")
    try:
        spanish_texts = screens(qtbot, couple, runner, "es")
    finally:
        translation.install("en")
    assert "Inicio" in spanish_texts and "¿Qué pasó?" in spanish_texts
    # Names stay as they are: people's, the app's, and each language's own (in View → Language).
    names = {p.name for p in couple.people} | {"Relate"} | set(language.NAMES.values())
    names |= {"No"}  # the same word in both languages (the safety check's answers)
    assert sorted(spanish_texts & english - names) == []


def test_the_translator_can_be_swapped_back_to_english(
    qtbot: QtBot, couple: Household, runner: TaskRunner, spanish: None
) -> None:
    window = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Inicio"
    translation.install("en")
    again = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(again)
    assert again.nav.item(0).text() == "Home"


def test_the_wizard_in_spanish_and_dark(
    qtbot: QtBot, couple: Household, runner: TaskRunner, spanish: None
) -> None:
    """Pictures of every step, in Spanish on a dark scheme, for people to look at."""
    apply_scheme("dark")
    try:
        texts = wizard_texts(qtbot, couple, runner, "es-dark")
    finally:
        apply_scheme("light")
    assert "Pausa y respira" in texts


def test_the_coach_speaks_spanish_in_the_wizard(
    qtbot: QtBot, couple: Household, runner: TaskRunner, spanish: None
) -> None:
    state = ready_to_draft(couple)
    state.step_index = next(i for i, s in enumerate(steps(state)) if s.kind is StepKind.DRAFT)
    apply_scheme("dark")
    try:
        wizard = RepairWizard(couple, state, runner)
        qtbot.addWidget(wizard)
        wizard.show()
        type_into(qtbot, wizard, "part_saw_heard", "siempre miras el teléfono cuando hablo")
        type_into(qtbot, wizard, "part_feel", "que no te importo")
        assert shown_titles(qtbot, wizard, "saw_heard") == ['Siempre o nunca: "siempre"']
        assert shown_titles(qtbot, wizard, "feel")[0].startswith(
            "Un pensamiento vestido de sentimiento"
        )
        coach = panel(wizard, "saw_heard")
        show_page_at(wizard, coach, "es-dark-coach")
        wizard.close()
    finally:
        apply_scheme("light")


def check_in_texts(
    qtbot: QtBot, household: Household, runner: TaskRunner, follow_up_id: str, shots: str = ""
) -> set[str]:
    """Home with a check-in due (its banner too), and every screen of the check-in."""
    from relate_desktop.ui.check_in import CheckInDialog

    window = MainWindow(household, household.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    window.reminders.check()
    window.show_section(0)
    texts = shown_texts(window)
    if shots:
        screenshot(window, f"{shots}-home-due")
    dialog = CheckInDialog(household, follow_up_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        texts |= shown_texts(dialog)
        if shots:
            screenshot(dialog, f"{shots}-check-in-{index + 1}")
    dialog.reject()
    window.close()
    return texts


def test_the_check_in_and_its_reminder_in_spanish(
    qtbot: QtBot, couple: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    from datetime import timedelta

    from relate_desktop.services import browse
    from tests.agreements import make_agreement

    agreement_id = make_agreement(couple)
    agreement = browse.agreement_document(couple, agreement_id).agreement
    first = agreement.follow_ups[0]
    clock.set(first.due_at + timedelta(minutes=1))
    english = check_in_texts(qtbot, couple, runner, first.id)
    translation.install("es")
    try:
        spanish_texts = check_in_texts(qtbot, couple, runner, first.id, "es")
    finally:
        translation.install("en")
    assert "Toca una revisión." in spanish_texts
    assert "¿Se cumplió el acuerdo?" in spanish_texts
    # What people wrote stays as they wrote it: names, the agreement's title and commitments.
    theirs = [p.name for p in couple.people] + [agreement.title]
    theirs += [c.action for c in agreement.commitments]
    left = {t for t in spanish_texts & english if not any(w in t for w in theirs)}
    assert sorted(left - {"Relate"} - set(language.NAMES.values())) == []


def test_names_are_joined_by_the_language_s_own_word(qtbot: QtBot, couple: Household) -> None:
    from relate_desktop.ui.home import HomePage

    translation.install("es")
    try:
        page = HomePage(couple)
        qtbot.addWidget(page)
        greeting = page.findChild(QLabel, "homeGreeting")
        assert greeting is not None and "Maria y Lloyd" in greeting.text()
    finally:
        translation.install("en")
    page = HomePage(couple)
    qtbot.addWidget(page)
    greeting = page.findChild(QLabel, "homeGreeting")
    assert greeting is not None and "Maria & Lloyd" in greeting.text()


def tour_texts(folder: Path) -> set[str]:
    """What every window of tests/ui/tour.py shows, on a household with some life in it."""
    from tests.ui.tour import demo_household, stations

    household = demo_household(folder)
    found: set[str] = set()
    try:
        for _name, widget in stations(household):
            assert isinstance(widget, QWidget)
            found |= shown_texts(widget)
    finally:
        household.close()
    return found


def test_every_window_of_the_tour_is_in_spanish(tmp_path: Path) -> None:
    """Every main section, wizard step and dialog, with agreements, check-ins and a journal:
    nothing but people's own words and names stays the same in Spanish."""
    from tests.ui.tour import USER_WORDS

    english = tour_texts(tmp_path / "en")
    translation.install("es")
    try:
        spanish = tour_texts(tmp_path / "es")
    finally:
        translation.install("en")
    assert "Inicio" in spanish and "Ayuda" in spanish
    names = {"María", "Lloyd", "Relate"} | set(language.NAMES.values()) | {"No"}
    same = {t for t in spanish & english - names if not any(w in t for w in USER_WORDS)}
    same = {t for t in same if not re.fullmatch(r"Relate [\d.]+", t)}  # the version
    assert sorted(same) == []
