"""Private answers in a repair: saved to their owner's vault as they are typed, never to the
shared space, kept out of the agreement, and back when their owner unlocks."""

from __future__ import annotations

import json

import pytest

from relate_desktop.domain.errors import InvalidImport, PrivateSpaceLocked
from relate_desktop.domain.repair_flow import (
    CommitmentLine,
    PerspectiveAnswers,
    RepairState,
    Step,
    StepKind,
    missing,
)
from relate_desktop.services import browse, privacy, repair
from relate_desktop.services.household import Household
from relate_desktop.services.journal import write_entry
from relate_desktop.services.portability import export_data, import_plan, parse_import
from relate_desktop.store import repositories
from tests.conftest import PASSPHRASES
from tests.unit.services.test_privacy import MARKER, all_bytes

MADE_UP = f"made up: {MARKER}"


def complete(household: Household, private_for: str) -> RepairState:
    maria, lloyd = household.people
    state = repair.start_repair(household, maria.id)
    state.title, state.what_happened = "The dishes", "The sink was full."
    state.perspectives = {
        maria.id: PerspectiveAnswers("one_up", ["fight"], ["being_right"], "", "", ""),
        lloyd.id: PerspectiveAnswers("one_down", ["flight"], ["withdrawal"], "", "", ""),
    }
    state.perspectives[private_for].made_up = MADE_UP
    state.perspectives[private_for].private = True
    state.draft_parts = {"saw_heard": "the sink", "feel": "sad", "would_like": "wash up"}
    state.response_parts = {"reflect": "the sink bothered you", "give": "I'll wash up"}
    state.agreement_title = "Evening dishes"
    state.commitments = [CommitmentLine(lloyd.id, "Wash up", "evenings")]
    state.confirmed_by = [maria.id, lloyd.id]
    state.follow_up_presets = ["1w"]
    return state


def test_private_answers_are_saved_to_the_vault_and_never_to_the_shared_space(
    protected: Household,
) -> None:
    maria, _lloyd = protected.people
    state = complete(protected, maria.id)
    repair.save_repair(protected, state)
    with protected.shared.read() as session:
        stored = repositories.repair_state(session, state.id)
    assert stored is not None and MARKER not in json.dumps(stored, ensure_ascii=False)
    assert stored["perspectives"][maria.id] == {
        **PerspectiveAnswers.sealed_away().__dict__,
        "reactions": [],
        "losing_strategies": [],
    }
    vault = protected.require_vault(maria.id)
    with vault.read() as session:
        found = repositories.reflection(session, state.id, maria.id)
    assert found is not None and found.perspective.made_up == MADE_UP


def test_sealing_drops_the_answers_from_memory_and_unsealing_brings_them_back(
    protected: Household,
) -> None:
    maria, lloyd = protected.people
    state = complete(protected, maria.id)
    repair.seal_private(protected, state, maria.id)
    assert state.perspectives[maria.id] == PerspectiveAnswers.sealed_away()
    assert missing(Step(StepKind.PERSPECTIVE, maria.id), state) == []

    privacy.unlock_private(protected, lloyd.id, PASSPHRASES[1])
    with pytest.raises(PrivateSpaceLocked):
        repair.unseal_private(protected, state, maria.id)
    privacy.unlock_private(protected, maria.id, PASSPHRASES[0])
    repair.unseal_private(protected, state, maria.id)
    assert state.perspectives[maria.id].made_up == MADE_UP
    assert state.perspectives[maria.id].stance == "one_up"


def test_a_finished_repair_keeps_private_answers_out_of_the_shared_conflict(
    protected: Household,
) -> None:
    maria, lloyd = protected.people
    state = complete(protected, lloyd.id)
    privacy.unlock_private(protected, lloyd.id, PASSPHRASES[1])
    repair.seal_private(protected, state, lloyd.id)
    privacy.unlock_private(protected, maria.id, PASSPHRASES[0])
    agreement_id = repair.finish_repair(protected, state)

    conflict = browse.conflict_detail(protected, state.id)
    assert conflict is not None
    assert [p.person_id for p in conflict.perspectives] == [maria.id]
    document = browse.agreement_document(protected, agreement_id)
    assert MARKER not in repr(document)
    # Maria's open vault has nothing of Lloyd's; Lloyd's has his reflection.
    assert export_data(protected)["conflicts"][0]["perspectives"][0]["person"] == maria.id
    privacy.unlock_private(protected, lloyd.id, PASSPHRASES[1])
    exported = export_data(protected)["conflicts"][0]["perspectives"]
    assert [(p["person"], p["private"]) for p in exported] == [
        (maria.id, False),
        (lloyd.id, True),
    ]
    assert exported[1]["made_up"] == MADE_UP
    protected.close()
    assert MARKER.encode() not in all_bytes(protected.paths.root)


def test_choosing_to_share_after_all_removes_the_private_copy(protected: Household) -> None:
    maria, _ = protected.people
    state = complete(protected, maria.id)
    repair.save_repair(protected, state)
    repair.set_private(protected, state, maria.id, False)
    repair.save_repair(protected, state)
    with protected.require_vault(maria.id).read() as session:
        assert repositories.reflection(session, state.id, maria.id) is None


def test_private_items_import_only_into_their_owners_open_vault(protected: Household) -> None:
    maria, lloyd = protected.people
    write_entry(protected, maria.id, MARKER)
    state = complete(protected, maria.id)
    repair.finish_repair(protected, state)
    data = export_data(protected)
    assert {e["private"] for e in data["journal"]} == {True}

    plan = parse_import(data)
    privacy.unlock_private(protected, lloyd.id, PASSPHRASES[1])
    with pytest.raises(InvalidImport) as caught:
        import_plan(protected, plan)
    assert "--unlock Maria" in caught.value.problem
    privacy.lock_private(protected)
    with pytest.raises(InvalidImport):
        import_plan(protected, plan)
    # Again with Maria unlocked: nothing new (same ids), nothing lost.
    privacy.unlock_private(protected, maria.id, PASSPHRASES[0])
    import_plan(protected, plan)
    assert export_data(protected) == data
