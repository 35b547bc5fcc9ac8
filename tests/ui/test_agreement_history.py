"""An agreement's history (ui/agreement_history.py) shows people's names and words as they
wrote them, whatever characters they hold: escaped for the page once, never twice."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QTextDocument

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import CheckInAnswer, CheckInDecision, Held
from relate_desktop.paths import DataPaths
from relate_desktop.services import browse, check_ins
from relate_desktop.services.household import set_up
from relate_desktop.ui.agreement_history import check_in_html
from tests.agreements import make_agreement


def test_names_and_words_with_markup_characters_show_as_written(
    paths: DataPaths, clock: FixedClock
) -> None:
    household = set_up(paths, ["D'Arcy <3", "Lou & Bo"], None, clock)
    try:
        agreement_id = make_agreement(household)
        doc = browse.agreement_document(household, agreement_id)
        first = doc.agreement.follow_ups[0]
        clock.set(first.due_at + timedelta(minutes=5))
        darcy, lou = (p.id for p in household.people)
        answers = [
            CheckInAnswer(darcy, Held.HELD, noticed="Less <i>shouting</i> & more tea"),
            CheckInAnswer(lou, Held.HELD, appreciation='You said "thanks" ☕'),
        ]
        check_ins.record_check_in(household, first.id, answers, CheckInDecision.KEEP)
        page = QTextDocument()
        page.setHtml(
            "".join(check_in_html(browse.agreement_document(household, agreement_id), None))
        )
        shown = page.toPlainText()
    finally:
        household.close()
    assert "D'Arcy <3 noticed: Less <i>shouting</i> & more tea" in shown
    assert 'Lou & Bo appreciated: You said "thanks" ☕' in shown
    assert "&amp;" not in shown and "&#x27;" not in shown and "&lt;" not in shown
