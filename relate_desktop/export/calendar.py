"""Pending check-ins as an iCalendar file (RFC 5545), for any calendar app.

Titles and descriptions are neutral on purpose: a calendar is often synced, shared or seen on
a lock screen, so no agreement title, name or anything anyone wrote goes in. Each event's UID
is its check-in's id, so importing a newer export updates events instead of duplicating them.
Imported only when a calendar file is made (icalendar loads on first use).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from relate_desktop.domain.clock import zone_name

PRODUCT_ID = "-//Relate//relate-desktop//EN"
UID_DOMAIN = "relate-desktop.invalid"
SUMMARY = "Relate check-in"
DESCRIPTION = "Time to check in together. Open Relate to start."
ALARM_TEXT = "A check-in is due"
LENGTH = timedelta(minutes=20)
ALARM_BEFORE = timedelta(minutes=15)


def event_uid(follow_up_id: str) -> str:
    return f"{follow_up_id}@{UID_DOMAIN}"


def calendar_bytes(check_ins: Sequence[tuple[str, datetime]], made_at: datetime) -> bytes:
    """An .ics with one event per (check-in id, moment). Moments in a named zone keep it
    (with its VTIMEZONE); others are written in UTC."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Relate check-ins")
    stamp = made_at.astimezone(UTC)
    for follow_up_id, due_at in check_ins:
        start = due_at if zone_name(due_at.tzinfo) else due_at.astimezone(UTC)
        event = Event()
        event.add("uid", event_uid(follow_up_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + LENGTH)
        event.add("summary", SUMMARY)
        event.add("description", DESCRIPTION)
        event.add("transp", "OPAQUE")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", ALARM_TEXT)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
