"""The safety check: once per person, answers only in their own vault, editable support lines."""

from __future__ import annotations

import json

from relate_desktop.domain.safety import safety_questions
from relate_desktop.services import safety
from relate_desktop.services.household import Household
from relate_desktop.store import repositories, settings
from tests.unit.services.test_privacy import all_bytes


def test_answers_go_to_the_persons_vault_and_the_check_is_asked_once(
    protected: Household,
) -> None:
    maria, lloyd = protected.people
    assert safety.needs_check(protected, maria.id)
    assert not safety.needs_check(protected, lloyd.id)  # locked: ask when Lloyd unlocks
    ids = [q.id for q in safety_questions()]
    assert len(ids) >= 3 and "afraid" in ids
    check = safety.record_check(protected, maria.id, {"afraid": True, "unknown": True})
    assert check.any_yes and set(check.answers) == {"afraid"}
    assert not safety.needs_check(protected, maria.id)
    with protected.require_vault(maria.id).read() as session:
        assert repositories.latest_safety_check(session) == check
    with protected.shared.read() as session:
        assert repositories.latest_safety_check(session) is None
    assert not protected.paths.settings.exists()


def test_without_a_private_space_the_answers_are_not_stored(couple: Household) -> None:
    maria, lloyd = couple.people
    assert safety.needs_check(couple, maria.id)
    safety.record_check(couple, maria.id, {"hurt": True})
    assert not safety.needs_check(couple, maria.id)
    assert safety.needs_check(couple, lloyd.id)
    assert settings.load(couple.paths.settings)["safety_check_seen"] == [maria.id]
    with couple.shared.read() as session:
        assert repositories.latest_safety_check(session) is None
    couple.close()
    assert b"hurt" not in all_bytes(couple.paths.root)


def test_support_lines_come_from_an_editable_file(couple: Household) -> None:
    directory = safety.support_directory(couple.paths)
    assert directory.for_country("us").emergency == "911"
    assert directory.for_country("ZZ").code == "other"
    override = couple.paths.root / safety.SUPPORT_OVERRIDE
    override.write_text(
        json.dumps(
            {
                "format": "relate-support",
                "version": 1,
                "default": "XX",
                "countries": {"XX": {"name": "Test", "emergency": "123", "lines": []}},
            }
        ),
        encoding="utf-8",
    )
    assert safety.support_directory(couple.paths).for_country("US").emergency == "123"
    assert safety.support_file(couple.paths) == str(override)
    override.write_text("{broken", encoding="utf-8")
    assert safety.support_directory(couple.paths).for_country("US").emergency == "911"
