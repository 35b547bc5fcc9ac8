"""The private safety check: whether a person still needs it, keeping their answers in their
own private space, and the support lines to show."""

from __future__ import annotations

import json
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


def _support_files(paths: DataPaths) -> tuple[Path, Path]:
    """The data folder's editable copy, and the bundled list."""
    return paths.root / SUPPORT_OVERRIDE, resources_dir() / "safety" / "support.json"


def support_file(paths: DataPaths) -> str:
    """The file the support lines come from (the data folder's copy wins when present)."""
    override, bundled = _support_files(paths)
    return str(override if override.exists() else bundled)


def support_directory(paths: DataPaths) -> SupportDirectory:
    """The support lines; a damaged override falls back to the bundled list."""
    override, bundled = _support_files(paths)
    if override.exists():
        try:
            return parse_support(json.loads(override.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    return parse_support(json.loads(bundled.read_text(encoding="utf-8")))
