"""An agreement's history (ui/agreement_history.py) shows people's names and words as they
wrote them, whatever characters they hold (escaped for the page once, never twice), and what
was said at a check-in from before each person answered."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QTextDocument

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import CheckInAnswer, CheckInDecision, Held
from relate_desktop.paths import DataPaths
from relate_desktop.services import browse, check_ins
from relate_desktop.services.household import Household, set_up
from relate_desktop.ui.agreement_history import check_in_html
from tests.agreements import make_agreement


def history_text(household: Household, agreement_id: str) -> str:
    """The history as a person reads it on screen."""
    page = QTextDocument()
    page.setHtml("".join(check_in_html(browse.agreement_document(household, agreement_id), None)))
    return page.toPlainText()


def test_names_and_words_with_markup_characters_show_as_written(
    paths: DataPaths, clock: FixedClock
) -> None:
    household = set_up(paths, ["D'Arcy <3", "Lou & Bo"], None, clock)
    try:
        agreement_id = make_agreement(household)
        first = browse.agreement_document(household, agreement_id).agreement.follow_ups[0]
        clock.set(first.due_at + timedelta(minutes=5))
        darcy, lou = (p.id for p in household.people)
        answers = [
            CheckInAnswer(darcy, Held.HELD, noticed="Less <i>shouting</i> & more tea"),
            CheckInAnswer(lou, Held.HELD, appreciation='You said "thanks" ☕'),
        ]
        check_ins.record_check_in(household, first.id, answers, CheckInDecision.KEEP)
        shown = history_text(household, agreement_id)
    finally:
        household.close()
    assert "D'Arcy <3 noticed: Less <i>shouting</i> & more tea" in shown
    assert 'Lou & Bo appreciated: You said "thanks" ☕' in shown
    assert "&amp;" not in shown and "&#x27;" not in shown and "&lt;" not in shown


def test_a_check_in_from_before_answers_shows_how_it_went_and_its_note(
    paths: DataPaths, clock: FixedClock
) -> None:
    """Relate 0.1 kept one outcome and a note per check-in, not each person's answer."""
    household = set_up(paths, ["Maria", "Lloyd"], None, clock)
    try:
        shown = history_text(household, make_agreement(household, check_in_done=True))
    finally:
        household.close()
    assert "Kept as it is. · Dinners were calmer." in shown
