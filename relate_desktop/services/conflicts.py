"""Changing a stored conflict from the Conflicts page: edit its facts, delete it (and undo)."""

from __future__ import annotations

from dataclasses import replace

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.models import Conflict
from relate_desktop.services.household import Household
from relate_desktop.store import repositories

MAX_TITLE = 500


def edit_conflict(
    household: Household, conflict_id: str, title: str, what_happened: str, topic: str
) -> Conflict:
    """New words for a conflict's facts; its turns and agreements stay as they are."""
    title, what_happened, topic = title.strip(), what_happened.strip(), topic.strip()
    if not title:
        raise InvalidInput("Give the conflict a short name.")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"The name is too long (at most {MAX_TITLE} characters).")
    if not what_happened:
        raise InvalidInput("Describe what happened.")
    with household.shared.session() as session:
        stored = repositories.conflict(session, conflict_id)
        if stored is None:
            raise InvalidInput("That conflict is no longer stored.")
        changed = replace(stored, title=title, what_happened=what_happened, topic=topic)
        repositories.save_conflict(session, changed)
    return changed


def delete_conflict(household: Household, conflict_id: str) -> Conflict:
    """Delete a conflict with its turns, agreements and check-ins; returns it whole, so the
    deletion can be undone (`restore_conflict`)."""
    with household.shared.session() as session:
        stored = repositories.conflict(session, conflict_id)
        if stored is None:
            raise InvalidInput("That conflict is no longer stored.")
        repositories.delete_conflict(session, conflict_id)
    return stored


def restore_conflict(household: Household, conflict: Conflict) -> None:
    """Undo a deletion: the conflict comes back exactly as it was."""
    with household.shared.session() as session:
        if repositories.conflict(session, conflict.id) is not None:
            return
        repositories.save_conflict(session, conflict)
