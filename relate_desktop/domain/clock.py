"""Time as a dependency: the real clock and a settable one for tests."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


MAX_ZONE_NAME = 100  # the longest IANA name is about 30 characters


def named_zone(name: str) -> ZoneInfo | None:
    """The IANA zone of that name, or None for an empty or unknown name."""
    name = name.strip().lstrip(":")
    if not name or len(name) > MAX_ZONE_NAME:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a folder of zones ("America", "Etc"), or a name too long for a file name.
        return None


def local_zone(hint: str = "") -> tzinfo:
    """The computer's time zone with its rules (so DST changes are followed), by IANA name
    when one can be found: `hint` (the GUI passes the name Qt reads from the system, which also
    works on Windows and macOS), $TZ, /etc/timezone, or where /etc/localtime points. Falls
    back to the current fixed offset when none is known."""
    candidates = [hint, os.environ.get("TZ", "")]
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        candidates.append(timezone_file.read_text(encoding="utf-8", errors="replace"))
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        zone = named_zone(name)
        if zone is not None:
            return zone
    return datetime.now(UTC).astimezone().tzinfo or UTC


def zone_name(zone: tzinfo | None) -> str:
    """The IANA name of a zone ("" for a fixed offset or an unnamed zone)."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else ""


def in_zone(moment: datetime, name: str) -> datetime:
    """`moment` seen in the named zone; unchanged when the name is empty or unknown."""
    zone = named_zone(name)
    return moment.astimezone(zone) if zone is not None else moment


class SystemClock:
    """The computer's clock, in its local time zone (with DST rules when the zone is named)."""

    def __init__(self, zone_hint: str = "") -> None:
        self._zone = local_zone(zone_hint)

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(self._zone)


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        """Move on by elapsed time (through UTC, so an hour across a DST change is an hour)."""
        self._now = (self._now.astimezone(UTC) + delta).astimezone(self._now.tzinfo)

    def set(self, moment: datetime) -> None:
        self._now = moment
