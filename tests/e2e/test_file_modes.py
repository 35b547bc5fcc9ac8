"""Every file and folder Relate makes in a data folder, after a whole session: folders 0700,
files 0600 (on POSIX), and the folder lock left by a crash names no one and no entry."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, maintenance, preferences
from relate_desktop.services.household import claim_data_folder, open_household
from relate_desktop.store.backups import set_aside
from tests.e2e.test_cli import ENTRY, interchange, relate, set_up_protected, write_json

MARIA_PASS, LLOYD_PASS = "maria's long passphrase", "lloyd's other one"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual umask (files 0644), so only Relate's own care makes them private."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def modes(root: Path) -> dict[str, str]:
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for path in sorted(root.rglob("*")):
        found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def wrong_modes(root: Path) -> dict[str, str]:
    return {
        name: mode
        for name, mode in modes(root).items()
        if mode != ("0o700" if (root / name).is_dir() else "0o600")
    }


def test_every_file_relate_makes_is_its_owners_only(tmp_path: Path, open_umask: None) -> None:
    data_dir = tmp_path / "data"
    paths = DataPaths(data_dir)
    ids = set_up_protected(data_dir, MARIA_PASS, LLOYD_PASS)
    maria, lloyd = ids["Maria"], ids["Lloyd"]
    data = interchange()
    data["people"] = [{"id": maria, "name": "Maria"}, {"id": lloyd, "name": "Lloyd"}]
    data["conflicts"] = []
    data["journal"] = [{**data["journal"][0], "author": maria, "private": True}]
    source = write_json(tmp_path / "in.json", data)
    unlock = ("--unlock", "Maria", "--passphrase-stdin")
    imported = relate(data_dir, "import", str(source), *unlock, stdin=MARIA_PASS + "\n")
    assert imported.returncode == 0, imported.stderr
    backed_up = relate(data_dir, "backup", *unlock, stdin=MARIA_PASS + "\n")
    assert backed_up.returncode == 0, backed_up.stderr
    shared_backup = next(
        line.rsplit("/", 1)[1] for line in backed_up.stdout.splitlines() if "/shared-" in line
    )
    restored = relate(
        data_dir, "restore", shared_backup, "--passphrase-stdin", stdin=LLOYD_PASS + "\n"
    )
    assert restored.returncode == 0, restored.stderr
    assert wrong_modes(data_dir) == {}

    # The app's run, through the services (with the usual umask): a private entry being
    # written, a settings change, a backup; then a crash leaves the lock behind.
    claim = claim_data_folder(paths)
    household = open_household(paths, maria, MARIA_PASS)
    entry = journal.write_entry(household, maria, "Half a thought", private=True)
    journal.note_editing(household, claim, maria, entry.id)
    preferences.update(paths, country="GB")
    maintenance.back_up(household)
    household.close()
    # A damaged file found at start is moved aside into backups/damaged/<time>/.
    damaged = data_dir / "vault-damaged.db"
    damaged.write_bytes(b"\x00damaged" * 512)
    damaged.chmod(0o600)
    set_aside(damaged, paths.backups, household.clock.now())
    claim._handle.close()  # type: ignore[attr-defined]  # killed: the OS drops its lock
    left = (data_dir / ".lock").read_text(encoding="utf-8")
    sealed = (data_dir / ".editing").read_bytes()
    for secret in (maria, lloyd, entry.id, ENTRY):
        assert secret not in left and secret.encode() not in sealed
    assert left.split()[1:] == ["journal"]
    assert wrong_modes(data_dir) == {}

    # As an older version left it: everything open to other accounts.
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    # The restart: claiming the folder tightens it, and the writer is offered the entry.
    again = claim_data_folder(paths)
    try:
        assert again.crashed_before and again.left_note == "journal"
        assert wrong_modes(data_dir) == {}
        household = open_household(paths, maria, MARIA_PASS)
        try:
            assert journal.entry_left_open(household, again.left_sealed, maria) == entry
        finally:
            household.close()
    finally:
        again.release()

    made = modes(data_dir)
    assert {"keys.json", "shared.db", f"vault-{maria}.db", "settings.json", ".lock"} <= set(made)
    assert any(name.startswith("backups/shared-") for name in made)
    assert any(name.startswith(f"backups/vault-{maria}-") for name in made)
    assert any(name.startswith("backups/damaged/") for name in made)
    assert wrong_modes(data_dir) == {}, made
