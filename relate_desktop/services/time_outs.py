"""Responsible time-outs: call one (from a repair or from Home), be reminded when the time to
come back has come, and carry on where the repair stopped."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from relate_desktop.domain import time_outs
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.guide import fill
from relate_desktop.domain.models import TimeOut
from relate_desktop.services.household import Household
from relate_desktop.store import repositories

MAX_NOTE = 2_000


def call_time_out(
    household: Household,
    person_id: str,
    back_at: datetime,
    note: str,
    repair_id: str | None = None,
) -> TimeOut:
    """Start a time-out: who takes it, when they will be back (20 minutes to a day from now)
    and the note for the partner. Refused with a clear message, nothing stored, otherwise."""
    if person_id not in {p.id for p in household.people}:
        raise InvalidInput("The person taking a time-out must live in this household.")
    now = household.clock.now()
    if back_at.tzinfo is None:
        raise InvalidInput("The time to come back needs a time zone.")
    wrong = time_outs.problem(now, back_at)
    if wrong is not None:
        raise InvalidInput(fill("turns", f"time_out.{wrong}"))
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"The note is too long (at most {MAX_NOTE:,} characters).")
    item = TimeOut(
        id=str(uuid.uuid4()),
        person_id=person_id,
        called_at=now,
        back_at=back_at.astimezone(now.tzinfo),
        note=note.strip(),
        repair_id=repair_id,
    )
    with household.shared.session() as session:
        repositories.save_time_out(session, item)
    return item


def current_time_outs(household: Household) -> list[TimeOut]:
    """Time-outs called and not yet over (the one who took it has not said "I'm back")."""
    with household.shared.read() as session:
        return repositories.open_time_outs(session)


def time_outs_due(household: Household) -> list[TimeOut]:
    """Time-outs whose time to come back has come and that have not been reminded yet."""
    now = household.clock.now()
    return [t for t in current_time_outs(household) if t.back_at <= now and t.reminded_at is None]


def mark_reminded(household: Household, time_out_id: str) -> None:
    with household.shared.session() as session:
        found = repositories.time_out(session, time_out_id)
        if found is not None and found.reminded_at is None:
            repositories.save_time_out(session, replace(found, reminded_at=household.clock.now()))


def end_time_out(household: Household, time_out_id: str) -> TimeOut:
    """Back from the time-out; returns it (its `repair_id` is the repair to carry on)."""
    with household.shared.session() as session:
        found = repositories.time_out(session, time_out_id)
        if found is None:
            raise InvalidInput("That time-out is no longer stored.")
        if found.ended_at is None:
            found = replace(found, ended_at=household.clock.now())
            repositories.save_time_out(session, found)
    return found
