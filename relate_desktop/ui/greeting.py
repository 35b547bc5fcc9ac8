"""Home's greeting by the part of the day: shared by Home and the opening window, and free of
the services so the opening window can show before they load."""

from __future__ import annotations

from datetime import datetime

# Parts of the day for the greeting, by the hour they start.
_DAY_PARTS = ((0, "night"), (5, "morning"), (12, "afternoon"), (18, "evening"), (22, "night"))


def day_part(moment: datetime) -> str:
    return [name for start, name in _DAY_PARTS if moment.hour >= start][-1]
