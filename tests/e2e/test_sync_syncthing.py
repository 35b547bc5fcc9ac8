"""Two computers of one household syncing through two real Syncthing daemons (127.0.0.1 only):
a change made through one data folder arrives in the other, both ways, with the `sync` and
`join` commands run as a person would run them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.syncthing import SyncthingDaemon, SyncthingPair
from tests.e2e.test_cli import relate, set_up_protected, write_json

MARIA_SECRET = "lake house mornings"
LLOYD_SECRET = "coffee on the porch"
CONFLICT = "33333333-3333-4333-8333-333333333333"
ENTRY = "99999999-9999-4999-8999-999999999999"


def _arrive(pair: SyncthingPair, source: Path, on: SyncthingDaemon) -> None:
    """Wait until every Relate file in `source` is on the other side with the same bytes."""
    for path in sorted((source / "relate-sync").rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            relative = path.relative_to(source)
            pair.wait_for_file(relative, on=on, content=path.read_bytes(), timeout=30)


def _ok(result: object) -> str:
    assert getattr(result, "returncode", 1) == 0, getattr(result, "stderr", "")
    return str(getattr(result, "stdout", ""))


def _export(data_dir: Path, secret: str, out: Path) -> str:
    _ok(relate(data_dir, "export-json", "--out", str(out), "--passphrase-stdin", stdin=secret))
    return out.read_text(encoding="utf-8")


def test_a_change_made_on_one_computer_arrives_on_the_other(
    tmp_path: Path, syncthing_binary: str
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    people = set_up_protected(first, MARIA_SECRET, LLOYD_SECRET)
    with SyncthingPair(
        tmp_path / "sync-a", tmp_path / "sync-b", tmp_path / "syncthing", binary=syncthing_binary
    ) as pair:
        sent = _ok(
            relate(
                first,
                "sync",
                "--folder",
                str(pair.a.folder),
                "--device-name",
                "Maria's laptop",
                "--unlock",
                "Maria",
                "--passphrase-stdin",
                stdin=MARIA_SECRET,
            )
        )
        assert sent.startswith("Synced:")
        pair.scan()
        _arrive(pair, pair.a.folder, pair.b)
        joined = _ok(
            relate(
                second,
                "join",
                "--folder",
                str(pair.b.folder),
                "--device-name",
                "Lloyd's laptop",
                "--unlock",
                "Lloyd",
                "--passphrase-stdin",
                stdin=LLOYD_SECRET,
            )
        )
        assert "Joined" in joined

        # Maria logs a conflict on her laptop; it reaches Lloyd's.
        data = {
            "format": "relate-desktop",
            "version": 2,
            "people": [
                {"id": people["Maria"], "name": "Maria"},
                {"id": people["Lloyd"], "name": "Lloyd"},
            ],
            "conflicts": [
                {
                    "id": CONFLICT,
                    "occurred_at": "2026-11-30T20:15:00-06:00",
                    "title": "Phones at breakfast 📱",
                    "logged_by": people["Maria"],
                }
            ],
        }
        change = write_json(tmp_path / "change.json", data)
        _ok(relate(first, "import", str(change), "--passphrase-stdin", stdin=MARIA_SECRET))
        _ok(relate(first, "sync", "--passphrase-stdin", stdin=MARIA_SECRET))
        pair.scan()
        _arrive(pair, pair.a.folder, pair.b)
        received = _ok(relate(second, "sync", "--passphrase-stdin", stdin=LLOYD_SECRET))
        assert "from Maria's laptop" in received
        assert "Phones at breakfast 📱" in _export(second, LLOYD_SECRET, tmp_path / "b.json")

        # Lloyd answers from his: a journal entry he shares comes back the other way.
        entry = dict(
            data,
            conflicts=[],
            journal=[
                {
                    "id": ENTRY,
                    "author": people["Lloyd"],
                    "created_at": "2026-12-01T07:00:00-06:00",
                    "body": "Left my phone in the hall 🙂",
                }
            ],
        )
        back = write_json(tmp_path / "back.json", entry)
        _ok(relate(second, "import", str(back), "--passphrase-stdin", stdin=LLOYD_SECRET))
        _ok(relate(second, "sync", "--passphrase-stdin", stdin=LLOYD_SECRET))
        pair.scan()
        _arrive(pair, pair.b.folder, pair.a)
        _ok(relate(first, "sync", "--passphrase-stdin", stdin=MARIA_SECRET))

        a_text = _export(first, MARIA_SECRET, tmp_path / "a.json")
        b_text = _export(second, LLOYD_SECRET, tmp_path / "b.json")
        assert "Left my phone in the hall 🙂" in a_text
        assert a_text == b_text
        assert json.loads(a_text)["conflicts"][0]["id"] == CONFLICT
