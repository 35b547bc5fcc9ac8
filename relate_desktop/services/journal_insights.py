"""Journal insights for the person whose private space is open, and only for them: their own
entries (in their private space, and the ones they shared), counted while it is open. Nobody
else's journal is read; with no private space open there is nothing to show."""

from __future__ import annotations

from relate_desktop.domain.insights import DateRange
from relate_desktop.domain.journal_insights import JournalInsights, compute
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services.household import Household
from relate_desktop.store import repositories


def journal_insights(
    household: Household, window: DateRange | None = None
) -> JournalInsights | None:
    person = household.private_person
    vault = household.open_private_space
    if person is None or vault is None:
        return None
    mine: list[JournalEntry] = []
    with vault.read() as session:
        mine += [e for e in repositories.journal_entries(session) if e.author_id == person]
    with household.shared.read() as session:
        mine += [e for e in repositories.journal_entries(session) if e.author_id == person]
    return compute(mine, window or DateRange(), household.clock.now().date())
