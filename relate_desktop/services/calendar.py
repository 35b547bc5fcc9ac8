"""Check-ins to a calendar file: every pending check-in as an event, with nothing private.

Check-ins that were planned until recently but are no more (done, skipped, removed, or their
agreement retired) are written as cancelled events, so a calendar that imported an earlier file
drops them instead of keeping stale reminders."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.services.household import Household
from relate_desktop.store import repositories
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import plain_errors

# How far back cancelled check-ins are still written (older ones have left any calendar view).
CANCELLED_FOR = timedelta(days=90)


def calendar_file(household: Household) -> tuple[bytes, int]:
    """The .ics content and how many planned check-ins it holds."""
    from relate_desktop.export.calendar import calendar_bytes  # icalendar: on first use

    now = household.clock.now()
    with household.shared.read() as session:
        found = repositories.calendar_follow_ups(session, now - CANCELLED_FOR)
    data = calendar_bytes(found, now)
    return data, sum(1 for _, _, planned in found if planned)


def export_calendar(household: Household, out: Path) -> int:
    """Write the pending check-ins to `out` (atomically); returns how many."""
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} doesn't exist.")
    data, count = calendar_file(household)
    with plain_errors():
        write_atomically(out, data)
    return count
