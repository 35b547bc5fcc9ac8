"""Preferences kept in the data folder: auto-lock time, country for support lines, which
people have seen the safety check (only that they saw it, never their answers), the language,
the colour scheme, and each person's Home layout ("solo": no couple exercises on Home; the
private-use choice of someone without an open private space, under a name that doesn't say why).
Anyone can read settings.json, so nothing here may reveal an answer."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.language import SUPPORTED
from relate_desktop.paths import DataPaths
from relate_desktop.store import settings
from relate_desktop.store.modes import private_dir, private_file

DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_CHOICES = (0, 1, 2, 5, 10, 15, 30, 60)  # 0: never
LANGUAGE_CHOICES = ("", *SUPPORTED)  # "": follow the system
SCHEME_CHOICES = ("system", "light", "dark")
MAX_PLACE = 512  # a saved window geometry is about 90 characters of base64
SOLO_LAYOUT = "solo"  # Home without the exercises a couple does together


@dataclass(frozen=True)
class Preferences:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    country: str = ""
    safety_check_seen: tuple[str, ...] = ()
    language: str = ""
    color_scheme: str = "system"
    home_layout: Mapping[str, str] = field(default_factory=dict)  # person id -> "solo"
    # Where each kind of window was last (a window's name -> Qt's saved geometry, base64):
    # sizes and places only, the same for everyone in the household.
    window_places: Mapping[str, str] = field(default_factory=dict)
    journal_reminder: str = ""  # "HH:MM": a daily "Time for a few lines?"; "" for none


def load(paths: DataPaths) -> Preferences:
    data = settings.load(paths.settings)
    minutes = data.get("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
    if minutes not in AUTO_LOCK_CHOICES:
        minutes = DEFAULT_AUTO_LOCK_MINUTES
    seen = data.get("safety_check_seen", [])
    layout = data.get("home_layout", {})
    return Preferences(
        auto_lock_minutes=minutes,
        country=str(data.get("country", "")),
        safety_check_seen=tuple(str(s) for s in seen) if isinstance(seen, list) else (),
        language=_one_of(data.get("language"), LANGUAGE_CHOICES),
        color_scheme=_one_of(data.get("color_scheme"), SCHEME_CHOICES),
        home_layout={str(k): SOLO_LAYOUT for k, v in layout.items() if v == SOLO_LAYOUT}
        if isinstance(layout, dict)
        else {},
        window_places=_places(data.get("window_places")),
        journal_reminder=_reminder_time(data.get("journal_reminder")),
    )


def _places(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {
        str(k): v
        for k, v in value.items()
        if isinstance(v, str) and len(v) <= MAX_PLACE and v.isascii()
    }


def remember_place(paths: DataPaths, window: str, place: str) -> None:
    """Keep where `window` was (Qt's geometry, base64), for the next time it opens."""
    if len(place) > MAX_PLACE or not place.isascii():
        raise InvalidInput("A window's place is a short text.")
    prefs = load(paths)
    update(paths, window_places={**prefs.window_places, window: place})


def _reminder_time(value: object) -> str:
    """A saved "HH:MM", or "" (none) when it is missing or not a time of day."""
    if not isinstance(value, str) or not re.fullmatch(r"\d\d:\d\d", value):
        return ""
    hours, minutes = (int(part) for part in value.split(":"))
    return value if hours < 24 and minutes < 60 else ""


def _one_of(value: object, choices: tuple[str, ...]) -> str:
    """A saved choice, or the default (the first) when it is missing or unknown."""
    return value if isinstance(value, str) and value in choices else choices[0]


def save(paths: DataPaths, prefs: Preferences) -> None:
    if prefs.auto_lock_minutes not in AUTO_LOCK_CHOICES:
        raise InvalidInput("Please choose one of the offered auto-lock times.")
    if prefs.language not in LANGUAGE_CHOICES:
        raise InvalidInput("Please choose one of the offered languages.")
    if prefs.color_scheme not in SCHEME_CHOICES:
        raise InvalidInput("Please choose light, dark, or the system's scheme.")
    if prefs.journal_reminder and _reminder_time(prefs.journal_reminder) != prefs.journal_reminder:
        raise InvalidInput("Please choose a time of day for the reminder, like 21:30.")
    values = asdict(prefs)
    values["safety_check_seen"] = list(prefs.safety_check_seen)
    values["home_layout"] = dict(prefs.home_layout)
    values["window_places"] = dict(prefs.window_places)
    settings.save(paths.settings, values)


def update(paths: DataPaths, **changes: object) -> Preferences:
    prefs = replace(load(paths), **changes)  # type: ignore[arg-type]
    save(paths, prefs)
    return prefs


def toolkit_settings_folder(paths: DataPaths, file_names: tuple[str, ...]) -> Path:
    """Where the GUI toolkit keeps its own settings (Qt's file dialogs remember folders in
    QtProject.conf): the data folder, 0700, so nothing about where people saved files is
    written outside it. Nothing is created here (starting the app leaves the folder as it
    was); Qt writes the file when a dialog closes, 0600 under the process umask that
    `cli.main` sets, and keeps an existing file's mode, which is made 0600 here."""
    private_dir(paths.root)
    for name in file_names:
        path = paths.root / name
        if path.is_file():
            private_file(path)
    return paths.root
