"""The safety check: once per person, answers only in their own vault, editable support lines."""

from __future__ import annotations

import json

import pytest

from relate_desktop.domain.safety import parse_support, safety_questions
from relate_desktop.services import preferences, safety
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


def test_every_country_has_an_emergency_number_and_sources() -> None:
    """The bundled list: each country has an emergency number and names where its lines come
    from; "Somewhere else" has the international directory instead."""
    from relate_desktop.bundled import resources_dir

    data = json.loads((resources_dir() / "safety" / "support.json").read_text(encoding="utf-8"))
    for code, entry in data["countries"].items():
        assert entry.get("_sources"), code
        if code != "other":
            assert entry["emergency"].strip(), code
            assert any(ch.isdigit() for ch in entry["emergency"]), code
    americas = [
        "MX",
        "AR",
        "CO",
        "CL",
        "PE",
        "VE",
        "EC",
        "GT",
        "CU",
        "BO",
        "DO",
        "HN",
        "PY",
        "SV",
        "NI",
        "CR",
        "PA",
        "UY",
        "PR",
    ]
    assert set(americas) <= set(data["countries"])
    for language in ("en", "es"):
        directory = parse_support(data, language)
        assert directory.directory is not None
        assert directory.directory.url == "https://findahelpline.com"
        assert directory.for_country("other").emergency == ""
        for country in directory.countries.values():
            for line in country.lines:
                assert line.phone or line.url, (country.code, line.name)
    names = [c.name for c in parse_support(data, "es").in_order()]
    assert names[-1] == "En otro lugar" and names.index("Perú") < names.index("Puerto Rico")


def test_the_first_country_shown_follows_the_system_unless_one_was_saved(
    couple: Household, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = safety.support_directory(couple.paths)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert safety.default_country(couple.paths, directory) == "other"
    assert safety.default_country(couple.paths, directory, "MX") == "MX"
    assert safety.default_country(couple.paths, directory, "ZZ") == "other"
    monkeypatch.setenv("LANG", "es_AR.UTF-8")
    assert safety.default_country(couple.paths, directory) == "AR"
    assert safety.default_country(couple.paths, directory, "CL") == "CL"
    preferences.update(couple.paths, country="uy")
    assert safety.default_country(couple.paths, directory, "CL") == "UY"


def test_private_use_is_kept_in_the_persons_vault(protected: Household) -> None:
    maria, lloyd = protected.people
    assert not safety.private_use(protected, maria.id)
    safety.set_private_use(protected, maria.id, True)
    assert safety.private_use(protected, maria.id)
    assert not safety.private_use(protected, lloyd.id)
    assert settings.load(protected.paths.settings).get("home_layout", {}) == {}
    with protected.require_vault(maria.id).read() as session:
        assert repositories.latest_safety_check(session) is None  # a choice is not a check
    assert safety.needs_check(protected, maria.id)
    check = safety.record_check(protected, maria.id, {"afraid": True})
    with protected.require_vault(maria.id).read() as session:
        assert repositories.latest_safety_check(session) == check
    safety.set_private_use(protected, maria.id, False)
    assert not safety.private_use(protected, maria.id)


def test_without_a_private_space_private_use_is_a_neutral_home_layout(couple: Household) -> None:
    first = couple.people[0]
    safety.set_private_use(couple, first.id, True)
    assert safety.private_use(couple, first.id)
    saved = settings.load(couple.paths.settings)
    assert saved["home_layout"] == {first.id: "solo"}
    assert not any("safety" in key and key != "safety_check_seen" for key in saved)
    safety.set_private_use(couple, first.id, False)
    assert settings.load(couple.paths.settings)["home_layout"] == {}
