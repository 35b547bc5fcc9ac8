"""Editing, deleting and undoing the deletion of a stored conflict."""

from __future__ import annotations

import pytest

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.services import browse, conflicts
from relate_desktop.services.household import Household
from relate_desktop.services.search import search
from tests.agreements import make_two_turn_agreement


def test_editing_changes_the_facts_and_keeps_the_turns(couple: Household) -> None:
    agreement_id = make_two_turn_agreement(couple)
    conflict_id = browse.agreement_document(couple, agreement_id).agreement.conflict_id
    before = browse.conflict_detail(couple, conflict_id)
    conflicts.edit_conflict(couple, conflict_id, " Lake house ", "At breakfast.", "respect")
    after = browse.conflict_detail(couple, conflict_id)
    assert (after.title, after.what_happened) == ("Lake house", "At breakfast.")
    assert after.drafts == before.drafts and after.agreements == before.agreements


def test_bad_edits_are_refused_and_change_nothing(couple: Household) -> None:
    agreement_id = make_two_turn_agreement(couple)
    conflict_id = browse.agreement_document(couple, agreement_id).agreement.conflict_id
    before = browse.conflict_detail(couple, conflict_id)
    for title, what in (("  ", "x"), ("x", " "), ("x" * 501, "x")):
        with pytest.raises(InvalidInput):
            conflicts.edit_conflict(couple, conflict_id, title, what, "")
    assert browse.conflict_detail(couple, conflict_id) == before
    with pytest.raises(InvalidInput):
        conflicts.edit_conflict(couple, "no-such-id", "x", "y", "")


def test_a_deleted_conflict_comes_back_whole_with_undo(couple: Household) -> None:
    agreement_id = make_two_turn_agreement(couple)
    conflict_id = browse.agreement_document(couple, agreement_id).agreement.conflict_id
    before = browse.conflict_detail(couple, conflict_id)
    removed = conflicts.delete_conflict(couple, conflict_id)
    assert browse.recent_conflicts(couple) == [] and browse.agreements(couple) == []
    assert search(couple, "Bobby") == []
    conflicts.restore_conflict(couple, removed)
    assert browse.conflict_detail(couple, conflict_id) == before
    assert search(couple, "Bobby") != []
    conflicts.restore_conflict(couple, removed)  # twice changes nothing
    assert len(browse.recent_conflicts(couple)) == 1
