"""settings.json: the language and colour scheme next to the other preferences."""

from __future__ import annotations

import json

import pytest

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.paths import DataPaths
from relate_desktop.services import preferences


def test_language_and_scheme_default_to_the_system(paths: DataPaths) -> None:
    prefs = preferences.load(paths)
    assert (prefs.language, prefs.color_scheme) == ("", "system")


def test_language_and_scheme_are_kept(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    preferences.update(paths, language="es", color_scheme="dark")
    assert json.loads(paths.settings.read_text("utf-8"))["language"] == "es"
    prefs = preferences.load(paths)
    assert (prefs.language, prefs.color_scheme) == ("es", "dark")


def test_an_unknown_saved_value_falls_back_to_the_system(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    paths.settings.write_text(json.dumps({"language": "xx", "color_scheme": 3}), "utf-8")
    prefs = preferences.load(paths)
    assert (prefs.language, prefs.color_scheme) == ("", "system")


@pytest.mark.parametrize("change", [{"language": "fr"}, {"color_scheme": "sepia"}])
def test_an_unknown_choice_is_refused_and_nothing_is_written(
    paths: DataPaths, change: dict[str, str]
) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    with pytest.raises(InvalidInput):
        preferences.update(paths, **change)
    assert not paths.settings.exists()
