"""A responsible time-out: long enough for the body to settle, well within a day, and a
promise to come back at a time both know (DOMAIN.md, "Responsible time-out")."""

from __future__ import annotations

from datetime import datetime, timedelta

from relate_desktop.domain.guide import fill

MIN_BREAK = timedelta(minutes=20)
MAX_BREAK = timedelta(hours=24)
DEFAULT_BREAK = timedelta(minutes=30)


def problem(now: datetime, back_at: datetime) -> str | None:
    """Why this return time will not do (a key of the time-out texts), or None."""
    if back_at - now < MIN_BREAK:
        return "too_short"
    if back_at - now >= MAX_BREAK:
        return "too_long"
    return None


def clock_time(moment: datetime) -> str:
    """ "20:30": the time to come back, on the wall clock where the time-out was called."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def note(back_at: datetime, couple: bool = True, language: str | None = None) -> str:
    """The short note from the template: "I need a break to calm down. I'll be back at 20:30
    and we'll carry on"."""
    key = "time_out.note_template" if couple else "time_out.note_template_solo"
    return fill("turns", key, language, time=clock_time(back_at))


def back_at_after(now: datetime, minutes: int) -> datetime:
    """The return time `minutes` from now, to the minute."""
    return (now + timedelta(minutes=minutes)).replace(second=0, microsecond=0)
