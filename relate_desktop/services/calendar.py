"""Check-ins to a calendar file: every pending check-in as an event, with nothing private."""

from __future__ import annotations

from pathlib import Path

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.services.check_ins import pending_check_ins
from relate_desktop.services.household import Household
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import plain_errors


def calendar_file(household: Household) -> tuple[bytes, int]:
    """The .ics content and how many check-ins it holds."""
    from relate_desktop.export.calendar import calendar_bytes  # icalendar: on first use

    pending = pending_check_ins(household)
    data = calendar_bytes([(d.follow_up_id, d.due_at) for d in pending], household.clock.now())
    return data, len(pending)


def export_calendar(household: Household, out: Path) -> int:
    """Write the pending check-ins to `out` (atomically); returns how many."""
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} doesn't exist.")
    data, count = calendar_file(household)
    with plain_errors():
        write_atomically(out, data)
    return count
