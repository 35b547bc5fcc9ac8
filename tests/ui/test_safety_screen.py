"""The safety screen as a person meets it: offered only when they are on their own, the
country they are in first, every country with an emergency number, no English on the Spanish
screen, no file paths, and a private-use mode that leaves couple exercises off Home."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import safety
from relate_desktop.services.household import Household, open_household, set_up
from relate_desktop.store import settings
from relate_desktop.ui import safety_check as safety_module
from relate_desktop.ui import translation
from relate_desktop.ui.appearance import apply_scheme
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.safety_check import SafetyCheckDialog
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF, PASSPHRASES
from tests.ui.conftest import screenshot
from tests.ui.test_privacy import when_modal
from tests.ui.test_repair_wizard import click, find
from tests.ui.test_spanish import shown_texts

SHOTS = "safety"


@pytest.fixture(autouse=True)
def locale_of(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No country from the machine running the tests unless a test names one."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(safety_module, "system_territory", lambda: "")
    yield


def answer(qtbot: QtBot, dialog: SafetyCheckDialog, yes: tuple[str, ...] = ()) -> None:
    for question in dialog.questions:
        choice = "yes" if question.id in yes else "no"
        click(qtbot, dialog, f"safety_{question.id}_{choice}")
    click(qtbot, dialog, "safetyDone")


def open_dialog(qtbot: QtBot, household: Household, person: str = "") -> SafetyCheckDialog:
    dialog = SafetyCheckDialog(household, person or household.people[0].id)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: SafetyCheckDialog, code: str) -> QLabel:
    country: QComboBox = find(dialog, QComboBox, "safetyCountry")
    country.setCurrentIndex(country.findData(code))
    lines: QLabel = find(dialog, QLabel, "safetyLines")
    return lines


def all_label_text(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_country_shown_first_comes_from_the_system_locale(
    qtbot: QtBot, couple: Household, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safety_module, "system_territory", lambda: "MX")
    dialog = open_dialog(qtbot, couple)
    assert dialog.windowTitle() == "Relate"  # task switchers show it: nothing more
    answer(qtbot, dialog, yes=("afraid",))
    assert find(dialog, QComboBox, "safetyCountry").currentData() == "MX"
    assert "911" in find(dialog, QLabel, "safetyLines").text()


def test_a_saved_country_wins_and_the_environment_is_a_fallback(
    qtbot: QtBot, couple: Household, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_CO.UTF-8")
    dialog = open_dialog(qtbot, couple)
    answer(qtbot, dialog, yes=("hurt",))
    assert find(dialog, QComboBox, "safetyCountry").currentData() == "CO"
    assert "155" in find(dialog, QLabel, "safetyLines").text()
    settings.save(couple.paths.settings, {"country": "PE"})
    again = open_dialog(qtbot, couple)
    answer(qtbot, again, yes=("hurt",))
    assert find(again, QComboBox, "safetyCountry").currentData() == "PE"


def test_every_country_shows_an_emergency_number_and_no_file_path(
    qtbot: QtBot, couple: Household
) -> None:
    (couple.paths.root / safety.SUPPORT_OVERRIDE).write_text(
        (Path(safety.support_file(couple.paths))).read_text(encoding="utf-8"), encoding="utf-8"
    )
    dialog = open_dialog(qtbot, couple)
    answer(qtbot, dialog, yes=("control",))
    country: QComboBox = find(dialog, QComboBox, "safetyCountry")
    assert country.count() >= 30
    assert country.itemData(country.count() - 1) == "other"  # "Somewhere else" last
    for index in range(country.count()):
        country.setCurrentIndex(index)
        lines = find(dialog, QLabel, "safetyLines").text()
        plain = re.sub(r"<[^>]+>", " ", lines)
        assert re.search(r"\d{2,}|emergency number", plain), country.itemText(index)
        assert "findahelpline.com" in plain
        shown = all_label_text(dialog)
        for leak in (str(couple.paths.root), ".json", "support-resources", "/home", "/tmp"):
            assert leak not in shown
    before = dialog.findChild(QWidget, "safetyQuestions")
    assert before is None or not before.isVisible()


def test_somewhere_else_points_to_the_directory_in_the_chosen_language(
    qtbot: QtBot, couple: Household
) -> None:
    def result_texts() -> set[str]:
        dialog = open_dialog(qtbot, couple)
        answer(qtbot, dialog, yes=("afraid",))
        lines = choose(dialog, "other")
        assert "https://findahelpline.com" in lines.text()
        screenshot(dialog, f"{SHOTS}-somewhere-else-{translation.language.current()}")
        texts = shown_texts(dialog)
        country = find(dialog, QComboBox, "safetyCountry")
        names = {country.itemText(i) for i in range(country.count())}
        dialog.close()
        return texts - names

    english = result_texts()
    assert any("your local emergency number" in t for t in english)
    translation.install("es")
    try:
        spanish = result_texts()
    finally:
        translation.install("en")
    joined = " ".join(spanish)
    assert "número de emergencias" in joined and "En otro lugar" not in english
    for word in ("your local", "emergency", "Somewhere else", "More helplines", "Close"):
        assert word not in joined, word
    assert sorted(spanish & english - {"Relate", "No"}) == []


def test_a_support_link_first_reminds_that_browsers_keep_history(
    qtbot: QtBot, couple: Household, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(safety_module, "open_in_browser", opened.append)
    dialog = open_dialog(qtbot, couple)
    answer(qtbot, dialog, yes=("afraid",))
    lines = choose(dialog, "US")
    seen: list[str] = []

    def copy(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "safetyLinkReminder"
        assert box.windowTitle() == "Relate"
        seen.append(box.text())
        when_modal(qtbot, lambda done: done.close())  # "Copied."
        click(qtbot, box, "safetyCopyLink")

    when_modal(qtbot, copy)
    lines.linkActivated.emit("https://www.thehotline.org")
    assert seen and "history" in seen[0]
    assert QApplication.clipboard().text() == "https://www.thehotline.org"
    assert opened == []
    when_modal(qtbot, lambda box: click(qtbot, box, "safetyOpenLink"))
    lines.linkActivated.emit("https://findahelpline.com")
    assert opened == ["https://findahelpline.com"]
    when_modal(qtbot, lambda box: click(qtbot, box, "safetyLinkBack"))
    lines.linkActivated.emit("https://findahelpline.com")
    assert opened == ["https://findahelpline.com"]


def test_private_use_hides_the_couple_exercises_on_home_for_that_person(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    maria, lloyd = protected.people
    window = MainWindow(protected, maria.id, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    home = window.home
    assert home.start_button.isVisible() and home.start_hint.isVisible()
    link = find(window, QWidget, "homeOnMyOwn")
    assert link.isVisible()

    def take_check(dialog: QWidget) -> None:
        assert isinstance(dialog, SafetyCheckDialog) and dialog.person_id == maria.id
        answer(qtbot, dialog, yes=("used_against",))
        click(qtbot, dialog, "safetyPrivateUse")
        screenshot(dialog, f"{SHOTS}-private-use-chosen")
        click(qtbot, dialog, "safetyDone")

    when_modal(qtbot, take_check)
    click(qtbot, window, "homeOnMyOwn")
    assert not home.start_button.isVisible() and not home.start_hint.isVisible()
    assert not link.isVisible()  # taken
    assert home.journal_button.isVisible()
    assert window.private_use_action.isChecked()
    saved = settings.load(protected.paths.settings)
    assert "safety" not in str(saved).replace("safety_check_seen", "")
    assert saved.get("home_layout", {}) == {}  # kept in Maria's vault, not in settings.json
    screenshot(window, f"{SHOTS}-home-private-use")

    home.set_person(lloyd.id)  # someone else at the laptop: their Home as always
    assert home.start_button.isVisible()
    home.set_person(maria.id)
    assert not home.start_button.isVisible()

    window.private_use_action.trigger()  # Privacy → Use Relate just for me: off again
    assert home.start_button.isVisible()
    assert not safety.private_use(protected, maria.id)
    window.close()


def test_without_a_private_space_the_on_my_own_link_asks_who_is_there(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    maria, lloyd = couple.people
    window = MainWindow(couple, maria.id, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def who(box: QWidget) -> None:
        assert box.windowTitle() == "Relate"
        box.setTextValue("Lloyd")  # type: ignore[attr-defined]
        when_modal(qtbot, take)
        box.accept()  # type: ignore[attr-defined]

    def take(dialog: QWidget) -> None:
        assert isinstance(dialog, SafetyCheckDialog) and dialog.person_id == lloyd.id
        answer(qtbot, dialog, yes=("afraid",))
        click(qtbot, dialog, "safetyPrivateUse")
        click(qtbot, dialog, "safetyDone")

    when_modal(qtbot, who)
    click(qtbot, window, "homeOnMyOwn")
    assert window.current_person == lloyd.id
    assert not window.home.start_button.isVisible()
    saved = settings.load(couple.paths.settings)
    assert saved["home_layout"] == {lloyd.id: "solo"}  # neutral: no answer in its name
    window.close()


def checks_offered(qtbot: QtBot, act: object) -> list[str]:
    """Run `act`, and note (and close) any safety check that opens meanwhile."""
    offered: list[str] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SafetyCheckDialog) and widget.isVisible():
                offered.append(widget.person_id)
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(10)
    act()  # type: ignore[operator]
    qtbot.wait(150)
    timer.stop()
    return offered


def test_the_check_is_not_offered_right_after_setting_up_together(
    qtbot: QtBot, paths: DataPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = TaskRunner(synchronous=True)
    made: list[Household] = []

    def first_run(self: Session) -> tuple[Household, str]:
        made.append(set_up(paths, ["Maria", "Lloyd"], list(PASSPHRASES), clock, kdf=FAST_KDF))
        return made[0], made[0].people[0].id

    def unlock(self: Session, info: object) -> tuple[Household, str]:
        maria = made[0].people[0].id
        return open_household(paths, maria, PASSPHRASES[0], clock, check=False), maria

    monkeypatch.setattr(Session, "_first_run", first_run)
    monkeypatch.setattr(Session, "_unlock", unlock)
    session = Session(paths, clock, runner)
    session.daily_backup = False
    try:
        assert checks_offered(qtbot, session.start) == []
        assert session.window is not None
        # No one's private space is left open while both are there, so nothing is offered
        # yet; each unlocks their own, and the check waits for a moment alone.
        assert session.household is not None and session.household.private_person is None
        assert not session.window.findChild(QWidget, "homeOnMyOwn").isVisible()
        session.lock()  # still the same run: the two of them may still be here
        assert checks_offered(qtbot, session.unlock_from_lock_screen) == []
    finally:
        session.close()

    later = Session(paths, clock, runner)  # a later start: Maria unlocks on her own
    later.daily_backup = False
    try:
        maria = made[0].people[0].id
        assert checks_offered(qtbot, later.start) == [maria]
    finally:
        later.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("code", ["en", "es"])
def test_pictures_of_the_safety_screen(
    qtbot: QtBot, couple: Household, monkeypatch: pytest.MonkeyPatch, scheme: str, code: str
) -> None:
    """For people to look at (RELATE_SCREENSHOTS): the questions and the support page."""
    monkeypatch.setattr(safety_module, "system_territory", lambda: "MX" if code == "es" else "US")
    translation.install(code)
    apply_scheme(scheme)
    try:
        dialog = open_dialog(qtbot, couple)
        screenshot(dialog, f"{SHOTS}-{code}-{scheme}-1-questions")
        answer(qtbot, dialog, yes=("afraid",))
        screenshot(dialog, f"{SHOTS}-{code}-{scheme}-2-support")
        choose(dialog, "AR" if code == "es" else "other")
        screenshot(dialog, f"{SHOTS}-{code}-{scheme}-3-other-country")
        plain = re.sub(r"<[^>]+>|https?://\S+", " ", all_label_text(dialog))
        assert not re.search(r"[/\\][\w.-]+[/\\]|\.json", plain)  # no file path
        dialog.close()
    finally:
        apply_scheme("light")
        translation.install("en")
