"""Reading the journal a page at a time, from the shared and the open private space together."""

from __future__ import annotations

from datetime import timedelta

from relate_desktop.domain.clock import FixedClock
from relate_desktop.services.household import Household
from relate_desktop.services.journal import entries_page
from tests.households import add_entry


def test_journal_pages_merge_both_spaces_newest_first_without_repeats(
    protected: Household, clock: FixedClock
) -> None:
    maria = protected.people[0]
    bodies = []
    for n in range(23):
        at = clock.now() - timedelta(hours=n // 2)  # pairs share a time: the id breaks ties
        add_entry(protected, maria.id, f"e{n}", at, private=n % 3 == 0)
        bodies.append(f"e{n}")
    seen = []
    page = entries_page(protected, None, 5)
    while page:
        seen += page
        page = entries_page(protected, page[-1], 5)
    assert sorted(e.body for e in seen) == sorted(bodies)
    keys = [(e.created_at, e.id) for e in seen]
    assert keys == sorted(keys, reverse=True)
    assert {e.private for e in seen} == {True, False}
