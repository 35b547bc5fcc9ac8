"""The language coach in the drafting steps: live findings, dismissing, feelings, wish builder."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.repair_flow import RepairState, StepKind, steps
from relate_desktop.services import repair
from relate_desktop.services.household import Household
from relate_desktop.ui.coach_panel import CoachPanel
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find, type_into, unnamed_controls

WizardAt = Callable[..., RepairWizard]


def ready_to_draft(household: Household, kind: str = "request") -> RepairState:
    """A repair whose conflict, perspectives and pause are done: Maria speaks, Lloyd listens."""
    maria, lloyd = (p.id for p in household.people)
    state = repair.start_repair(household, maria)
    state.title, state.what_happened = "Phones at dinner", "Lloyd looked at his phone at dinner."
    for person, stance in ((maria, "one_down"), (lloyd, "one_up")):
        answers = state.perspective(person)
        answers.stance, answers.reactions = stance, ["fight"]
    state.speaking_part, state.speaker_id, state.draft_kind = "wise_adult", maria, kind
    return state


@pytest.fixture
def wizard_at(qtbot: QtBot, couple: Household, runner: TaskRunner) -> Iterator[WizardAt]:
    opened: list[RepairWizard] = []

    def open_at(step: StepKind, kind: str = "request", **parts: str) -> RepairWizard:
        state = ready_to_draft(couple, kind)
        state.draft_parts.update(parts)
        state.step_index = next(i for i, s in enumerate(steps(state)) if s.kind is step)
        wizard = RepairWizard(couple, state, runner)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        opened.append(wizard)
        return wizard

    yield open_at
    for wizard in opened:
        wizard.close()


def panel(wizard: RepairWizard, part: str) -> CoachPanel:
    found = wizard.findChild(CoachPanel, f"coach_{part}")
    assert found is not None, part
    return found


def shown_titles(qtbot: QtBot, wizard: RepairWizard, part: str) -> list[str]:
    """The titles the coach lists for a part, once it has read the latest words."""
    coach = panel(wizard, part)
    qtbot.waitUntil(lambda: not coach.timer.isActive(), timeout=3000)
    return [
        label.text()
        for label in coach.findChildren(QLabel, "coachTitle")
        if label.isVisibleTo(coach) and not label.parent().property("dismissing")
    ]


def show_page_at(wizard: RepairWizard, widget: QWidget, name: str) -> None:
    QApplication.processEvents()  # lay out what just appeared before scrolling to it
    wizard.scroller.ensureWidgetVisible(widget, 0, 40)
    screenshot(wizard, name)


def test_a_draft_with_you_always_is_coached_live_and_a_dismissed_finding_stays_hidden(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT)
    coach = panel(wizard, "saw_heard")
    assert not coach.isVisible(), "nothing to say about an empty field"

    type_into(qtbot, wizard, "part_saw_heard", "you always look at your phone when I talk")
    assert shown_titles(qtbot, wizard, "saw_heard") == ['Always or never: "always"']
    assert coach.isVisible()
    row = coach.rows[0]
    assert "Talk about this one time" in row.findChild(QLabel, "coachSuggestion").text()

    type_into(qtbot, wizard, "part_feel", "I feel like you don't care")
    assert [t.split(":")[0] for t in shown_titles(qtbot, wizard, "feel")] == [
        "A thought dressed as a feeling",
        "Blame in a you-statement",
    ]
    type_into(qtbot, wizard, "part_would_like", "that we leave our phones in the hall")
    assert wizard.next_button.isEnabled(), "the coach suggests; it never blocks Next"
    show_page_at(wizard, coach, "coach-01-request-findings")
    screenshot(wizard.page, "coach-02-request-whole-page")

    click(qtbot, coach, "coachDismiss")
    assert shown_titles(qtbot, wizard, "saw_heard") == []
    assert not coach.isVisible()
    assert wizard.state.coach_dismissed == ["request.saw_heard:absolute:always"]
    assert wizard.next_button.isEnabled()

    # The same words stay dismissed as the text changes around them, and after coming back.
    type_into(qtbot, wizard, "part_saw_heard", ", and you always sigh")
    assert shown_titles(qtbot, wizard, "saw_heard") == []
    click(qtbot, wizard, "backButton")
    click(qtbot, wizard, "nextButton")
    assert shown_titles(qtbot, wizard, "saw_heard") == []
    assert len(shown_titles(qtbot, wizard, "feel")) == 2, "only the dismissed one is hidden"
    screenshot(wizard, "coach-03-after-dismiss")


def underlined(edit: QPlainTextEdit) -> set[int]:
    """The positions (in Qt's UTF-16 units) under a wavy line."""
    return {
        position
        for r in edit.document().firstBlock().layout().formats()
        if r.format.underlineStyle() is QTextCharFormat.UnderlineStyle.WaveUnderline
        for position in range(r.start, r.start + r.length)
    }


def test_underlines_sit_under_the_words_even_after_an_emoji_and_move_while_typing(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT)
    edit = find(wizard, QPlainTextEdit, "part_made_up")
    type_into(qtbot, wizard, "part_made_up", "😀 you never listen")
    shown_titles(qtbot, wizard, "made_up")
    # Qt counts the emoji as two characters; the line must still run under "you never listen".
    assert underlined(edit) == set(range(3, 19))
    edit.moveCursor(edit.textCursor().MoveOperation.Start)
    qtbot.keyClicks(edit, "So ")
    assert panel(wizard, "made_up").timer.isActive(), "the coach has not read it again yet"
    assert underlined(edit) == set(range(6, 22)), "the lines moved along with the words"
    shown_titles(qtbot, wizard, "made_up")
    assert underlined(edit) == set(range(6, 22))


class InputMethodEvents(QObject):
    """Counts the input method events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += isinstance(event, QInputMethodEvent)
        return False


def test_underlining_a_line_waits_while_an_input_method_is_composing(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT)
    feel = find(wizard, QLineEdit, "part_feel")
    type_into(qtbot, wizard, "part_feel", "that you left")
    shown_titles(qtbot, wizard, "feel")
    events = InputMethodEvents()
    feel.installEventFilter(events)
    QApplication.sendEvent(feel, QInputMethodEvent("\u304b", []))  # composing "ka"
    panel(wizard, "feel").refresh()
    assert events.count == 1, "the coach sent nothing that would wipe the pre-edit text"
    commit = QInputMethodEvent()
    commit.setCommitString(" \u304b")
    QApplication.sendEvent(feel, commit)
    assert feel.text() == "that you left \u304b"
    qtbot.waitUntil(lambda: events.count >= 3)  # the underlines come back after composing


def test_the_feelings_picker_fills_the_feel_part_with_feeling_words(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT)
    feel = find(wizard, QLineEdit, "part_feel")
    feel.setFocus()
    click(qtbot, wizard, "feeling_hurt")
    assert wizard.focusWidget() is feel, "the cursor stays in the feel part, ready to type on"
    click(qtbot, wizard, "feeling_lonely")
    click(qtbot, wizard, "feeling_scared")
    assert feel.text() == "hurt, lonely and scared"
    click(qtbot, wizard, "feeling_lonely")
    assert feel.text() == "hurt and scared"
    assert find(wizard, QWidget, "feeling_hurt").isChecked()
    assert not find(wizard, QWidget, "feeling_lonely").isChecked()
    assert wizard.state.draft_parts["feel"] == "hurt and scared"
    assert "I felt hurt and scared." in find(wizard, QLabel, "preview").text()
    assert shown_titles(qtbot, wizard, "feel") == []


def test_the_wish_builder_shows_what_a_wish_lacks_and_builds_a_specific_one(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT)
    type_into(qtbot, wizard, "part_would_like", "you to be nicer")
    assert shown_titles(qtbot, wizard, "would_like") == [
        'A wish that is hard to act on: "be nicer"'
    ]
    builder = find(wizard, QWidget, "requestBuilder")
    assert builder.check() == {"specific": False, "behavioural": False, "doable": False}
    assert find(wizard, QLabel, "wishHint").text().startswith("Name something they could do")

    click(qtbot, wizard, "wishBuilderToggle")
    type_into(qtbot, wizard, "wish_what", "that you kiss me goodbye")
    type_into(qtbot, wizard, "wish_when", "before you leave for work")
    type_into(qtbot, wizard, "wish_often", "on weekdays")
    show_page_at(wizard, find(wizard, QWidget, "wishUse"), "coach-04-wish-builder")
    click(qtbot, wizard, "wishUse")
    wish = "that you kiss me goodbye before you leave for work, on weekdays"
    assert find(wizard, QPlainTextEdit, "part_would_like").toPlainText() == wish
    assert wizard.state.draft_parts["would_like"] == wish
    assert builder.check() == {"specific": True, "behavioural": True, "doable": True}
    # The old finding stays, settled, while the field has the focus; it goes when it's left.
    assert shown_titles(qtbot, wizard, "would_like") in (
        [],
        ["Settled: A wish that is hard to act on"],
    )
    assert not find(wizard, QLabel, "wishHint").isVisible()


def test_an_apology_with_a_but_is_coached_and_every_control_has_a_name(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT, "apology")
    type_into(qtbot, wizard, "part_what_i_did", "I raised my voice, but you were yelling")
    type_into(qtbot, wizard, "part_ownership", "sorry if you were hurt")
    assert shown_titles(qtbot, wizard, "what_i_did") == ['A "but" or a defence: "but"']
    assert shown_titles(qtbot, wizard, "ownership") == ['An "if" apology: "if you were hurt"']
    assert unnamed_controls(wizard) == []
    show_page_at(wizard, panel(wizard, "ownership"), "coach-05-apology")


def test_the_listener_sees_the_script_and_the_strategies_for_their_turn(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(
        StepKind.RESPONSE,
        saw_heard="you looked at your phone",
        feel="lonely",
        would_like="that we leave our phones in the hall",
    )
    script = find(wizard, QWidget, "listenerScript")
    assert "Maria" in script.findChildren(QLabel)[1].text()
    assert find(wizard, QWidget, "strategy_respond_with_generosity").isVisible()
    assert find(wizard, QWidget, "strategy_empower_each_other").isVisible()
    type_into(qtbot, wizard, "part_give", "I'll try harder")
    assert shown_titles(qtbot, wizard, "give") == ['A wish that is hard to act on: "try harder"']
    show_page_at(wizard, panel(wizard, "give"), "coach-06-response")


def test_the_pause_paces_breathing_and_can_be_stopped(qtbot: QtBot, wizard_at: WizardAt) -> None:
    wizard = wizard_at(StepKind.PAUSE)
    status = find(wizard, QLabel, "breathStatus")
    assert "press Start" in status.text()
    click(qtbot, wizard, "breathStart")
    pacer = find(wizard, QWidget, "breath")
    assert pacer.running
    qtbot.waitUntil(lambda: "Breathe in" in status.text(), timeout=2000)
    qtbot.waitUntil(lambda: pacer.circle.fullness > 0.05, timeout=3000)
    assert "Breath 1 of 3" in status.text()
    screenshot(wizard, "coach-07-pause-breathing")
    click(qtbot, wizard, "breathStart")
    assert not pacer.running
    assert "press Start" in status.text()
    assert pacer.circle.fullness == 0.0


def test_the_feeling_words_are_one_tab_stop_moved_by_arrows_and_taken_with_space(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    wizard = wizard_at(StepKind.DRAFT)
    feel = find(wizard, QLineEdit, "part_feel")
    feel.setFocus()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(feel, Qt.Key.Key_Tab)  # from the feel part to the words
    first = QApplication.focusWidget()
    assert first is not None and first.objectName().startswith("feeling_")
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = QApplication.focusWidget()
    assert second is not None and second is not first
    assert second.objectName().startswith("feeling_")
    qtbot.keyClick(second, Qt.Key.Key_Space)
    word = second.text()  # type: ignore[attr-defined]
    assert word in feel.text() and second.isChecked()  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is second  # the keyboard stays with the words
    qtbot.keyClick(second, Qt.Key.Key_Tab)  # one Tab leaves all 22 words at once
    after = QApplication.focusWidget()
    assert after is not None and not after.objectName().startswith("feeling_")


def test_a_finding_fixed_while_typing_stays_settled_until_the_field_is_left(
    qtbot: QtBot, wizard_at: WizardAt
) -> None:
    """Nothing below the field moves while someone types: a finding whose words are gone
    stays, quiet, and leaves only when the focus does."""
    wizard = wizard_at(StepKind.DRAFT)
    coach = panel(wizard, "saw_heard")
    type_into(qtbot, wizard, "part_saw_heard", "you always look at your phone")
    assert shown_titles(qtbot, wizard, "saw_heard") == ['Always or never: "always"']
    QApplication.processEvents()
    height = coach.height()
    field = coach.edit
    assert field.hasFocus()
    for _ in range(len("you always look at your phone")):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "you looked at your phone at dinner")
    titles = shown_titles(qtbot, wizard, "saw_heard")
    assert titles == ["Settled: Always or never"]
    QApplication.processEvents()
    assert coach.isVisible() and coach.height() == height
    # Leaving the field (Tab) lets it go.
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not coach.isVisible(), timeout=2000)
