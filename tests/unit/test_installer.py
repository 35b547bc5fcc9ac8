"""The installer's files, checked without building anything (the bundle build is too slow for
the suite: run installer/build-linux.sh and installer/smoke-test.sh by hand)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from relate_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
DESKTOP = INSTALLER / "linux" / f"{APP_ID}.desktop"
METAINFO = INSTALLER / "linux" / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_desktop_entry_launches_the_installed_command_with_our_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "relate-desktop"
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    assert section["Comment[es]"]


def test_the_metainfo_names_the_app_its_launcher_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("provides/binary").text == "relate-desktop"  # type: ignore[union-attr]
    versions = [r.get("version") for r in root.iter("release")]
    assert versions[0] == __version__


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [
        ("desktop-file-validate", [], DESKTOP),
        ("appstreamcli", ["validate", "--no-net"], METAINFO),
    ],
)
def test_the_linux_files_pass_the_freedesktop_validators(
    tool: str, args: list[str], path: Path
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt: desktop-file-utils, appstream)")
    result = subprocess.run([tool, *args, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_icon_size_is_rendered_from_the_svg() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "relate.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        png = (icons / f"relate-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)


def test_the_spec_ships_resources_and_migrations_where_bundled_py_looks() -> None:
    spec = (INSTALLER / "relate-desktop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert '(str(ROOT / "migrations"), "migrations")' in spec
    assert 'name="relate-desktop"' in spec
    bundled = (ROOT / "relate_desktop" / "bundled.py").read_text(encoding="utf-8")
    assert "_MEIPASS" in bundled


def test_the_spec_keeps_every_qt_module_the_app_imports() -> None:
    import ast
    import re

    spec = (INSTALLER / "relate-desktop.spec").read_text(encoding="utf-8")
    body = spec[spec.index("excludes = [") :]
    excluded = set(ast.literal_eval(body[len("excludes = ") : body.index("]") + 1]))
    used = set()
    for source in (ROOT / "relate_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt\w+", source.read_text(encoding="utf-8")))
    assert used, "no Qt module found: the pattern is wrong"
    assert sorted(used & excluded) == []


def test_the_spec_leaves_out_no_module_the_app_imports() -> None:
    """Left out for a faster start (issue 19: each brings a runtime hook that runs before the
    app's first line): setuptools, pkg_resources, multiprocessing... The app must not need them."""
    import ast

    spec = (INSTALLER / "relate-desktop.spec").read_text(encoding="utf-8")
    body = spec[spec.index("excludes = [") :]
    excluded = set(ast.literal_eval(body[len("excludes = ") : body.index("]") + 1]))
    assert {"setuptools", "pkg_resources", "multiprocessing"} <= excluded
    imported = set()
    for source in (ROOT / "relate_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
    assert "concurrent.futures" in imported, "no import found: the scan is wrong"
    left_out = tuple(excluded) + tuple(f"{name}." for name in excluded)
    assert sorted(n for n in imported if n in excluded or n.startswith(left_out)) == []


def test_the_qt_runtime_hook_keeps_qt_from_loading_before_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PyInstaller's PySide6 hook would import QtCore to make a qt.conf (PySide6 makes its own):
    the spec's hook, run first, turns that step off."""
    import runpy
    import types

    spec = (INSTALLER / "relate-desktop.spec").read_text(encoding="utf-8")
    assert '"rthook_qt_on_demand.py"' in spec
    asked = []
    helpers = types.ModuleType("_pyi_rth_utils.qt")
    helpers.create_embedded_qt_conf = lambda *args: asked.append(args)  # type: ignore[attr-defined]
    package = types.ModuleType("_pyi_rth_utils")
    package.qt = helpers  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils", package)
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils.qt", helpers)
    runpy.run_path(str(INSTALLER / "rthook_qt_on_demand.py"))
    helpers.create_embedded_qt_conf("PySide6", "/opt/relate-desktop/_internal/PySide6/Qt")  # type: ignore[attr-defined]
    assert asked == []


def test_pyinstallers_qt_hook_still_makes_its_qt_conf_through_the_helper_we_turn_off() -> None:
    """If a PyInstaller upgrade renames the helper, the hook above does nothing: say so."""
    import importlib.util

    found = importlib.util.find_spec("PyInstaller")
    if found is None or found.origin is None:
        pytest.skip("PyInstaller is not installed (the [build] extra)")
    pyinstaller = Path(found.origin).parent
    helpers = pyinstaller / "fake-modules" / "_pyi_rth_utils" / "qt.py"
    assert "def create_embedded_qt_conf(" in helpers.read_text(encoding="utf-8")
    hook = pyinstaller / "hooks" / "rthooks" / "pyi_rth_pyside6.py"
    assert "qt_rth_utils.create_embedded_qt_conf(" in hook.read_text(encoding="utf-8")


def test_pyinstaller_is_only_in_the_build_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    everything_else = project["dependencies"] + project["optional-dependencies"]["test"]
    assert not any(dep.lower().startswith("pyinstaller") for dep in everything_else)
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["build"])


def test_the_build_script_makes_the_three_artefacts() -> None:
    script = (INSTALLER / "build-linux.sh").read_text(encoding="utf-8")
    for expected in (
        "PyInstaller",
        "tar -C dist -czf",
        "dpkg-deb",
        "/usr/bin/relate-desktop",
        "/opt",
    ):
        assert expected in script
    for other in ("windows/relate.iss", "macos/build-macos.sh", "README.md", "smoke-test.sh"):
        assert (INSTALLER / other).is_file()


def test_the_compiled_translation_is_there_for_each_source() -> None:
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("relate_*.ts"))
    assert sources
    for ts in sources:
        qm = ts.with_suffix(".qm")
        assert qm.is_file(), f"{qm.name} missing: run installer/update-translations.sh"
        assert 'type="unfinished"' not in ts.read_text(encoding="utf-8"), ts.name


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    for ts in sorted((ROOT / "resources" / "translations").glob("relate_*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, str(ts), "-qm", str(fresh)], capture_output=True, check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name} changed since it was compiled: run installer/update-translations.sh"
        )
