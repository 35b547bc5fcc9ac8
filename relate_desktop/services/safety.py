"""The private safety check: whether a person still needs it, keeping their answers in their
own private space, the support lines to show (and which country to start on), and the
private-use choice a person can make after it."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from pathlib import Path

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.models import SafetyCheck
from relate_desktop.domain.safety import SupportDirectory, parse_support, safety_questions
from relate_desktop.paths import DataPaths
from relate_desktop.services import preferences
from relate_desktop.services.household import Household
from relate_desktop.store import repositories

SUPPORT_OVERRIDE = "support-resources.json"
PRIVATE_USE = "private_use"


def needs_check(household: Household, person_id: str) -> bool:
    """True until the person has taken the check once (or, without a private space, seen it)."""
    vault = household.vault(person_id)
    if vault is not None:
        with vault.read() as session:
            return repositories.latest_safety_check(session) is None
    if household.info.has_private_space(person_id):
        return False  # Their private space is locked: ask when it is open.
    return person_id not in preferences.load(household.paths).safety_check_seen


def record_check(household: Household, person_id: str, answers: Mapping[str, bool]) -> SafetyCheck:
    """Keep the answers in the person's private space. Without one, they are not stored at all:
    only that the check was seen goes in settings.json."""
    known = {q.id for q in safety_questions()}
    check = SafetyCheck(
        str(uuid.uuid4()),
        person_id,
        household.clock.now(),
        {k: bool(v) for k, v in answers.items() if k in known},
    )
    vault = household.vault(person_id)
    if vault is not None:
        with vault.session() as session:
            repositories.save_safety_check(session, check)
    else:
        seen = preferences.load(household.paths).safety_check_seen
        if person_id not in seen:
            preferences.update(household.paths, safety_check_seen=(*seen, person_id))
    return check


# Private use -------------------------------------------------------------------------------


def private_use(household: Household, person_id: str) -> bool:
    """Whether this person chose to use Relate just for themselves for now (Home then leaves
    out the exercises a couple does together while they are the one using it)."""
    if preferences.load(household.paths).home_layout.get(person_id) == preferences.SOLO_LAYOUT:
        return True
    vault = household.vault(person_id)
    if vault is None:
        return False  # kept in a private space that is locked: unknown until it opens
    with vault.read() as session:
        return bool(repositories.vault_choices(session).get(PRIVATE_USE))


def set_private_use(household: Household, person_id: str, on: bool) -> None:
    """Kept in the person's private space when it is open; otherwise as a neutral Home-layout
    setting in settings.json ("solo"), which says nothing about why."""
    vault = household.vault(person_id)
    if vault is not None:
        with vault.session() as session:
            choices = repositories.vault_choices(session)
            choices[PRIVATE_USE] = on
            repositories.save_vault_choices(session, person_id, household.clock.now(), choices)
    layout = dict(preferences.load(household.paths).home_layout)
    if on and vault is None:
        layout[person_id] = preferences.SOLO_LAYOUT
    else:
        layout.pop(person_id, None)  # in the vault now, or turned off
    if layout != preferences.load(household.paths).home_layout:
        preferences.update(household.paths, home_layout=layout)


# Support lines -----------------------------------------------------------------------------


def _support_files(paths: DataPaths) -> tuple[Path, Path]:
    """The data folder's editable copy, and the bundled list."""
    return paths.root / SUPPORT_OVERRIDE, resources_dir() / "safety" / "support.json"


def support_file(paths: DataPaths) -> str:
    """The file the support lines come from (the data folder's copy wins when present). For
    people who maintain the list: never shown on the safety screen."""
    override, bundled = _support_files(paths)
    return str(override if override.exists() else bundled)


def support_directory(paths: DataPaths, language: str | None = None) -> SupportDirectory:
    """The support lines; a damaged override falls back to the bundled list."""
    override, bundled = _support_files(paths)
    if override.exists():
        try:
            return parse_support(json.loads(override.read_text(encoding="utf-8")), language)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    return parse_support(json.loads(bundled.read_text(encoding="utf-8")), language)


def territory_from_environment() -> str:
    """The country part of LC_ALL / LC_MESSAGES / LANG ("es_MX.UTF-8" -> "MX"), or ""."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        tag = value.split(".")[0].split("@")[0].replace("-", "_")
        if "_" in tag:
            return tag.split("_")[-1].upper()
    return ""


def default_country(
    paths: DataPaths, directory: SupportDirectory, system_territory: str = ""
) -> str:
    """The country to show first: a choice saved in settings.json, else the system's territory
    (an ISO code the GUI takes from its locale), else the environment's, else the file's
    default ("Somewhere else")."""
    for candidate in (
        preferences.load(paths).country,
        system_territory,
        territory_from_environment(),
    ):
        if directory.has(candidate):
            return directory.for_country(candidate).code
    return directory.default
