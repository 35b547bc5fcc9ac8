"""A protected household with private entries moves to a new, empty data folder through a sync
folder and `join`, with nothing lost: each person's private items appear on the new computer
only once that person has unlocked there."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import relate, set_up_protected, write_json

SECRETS = {"Maria": "lake house mornings", "Lloyd": "coffee on the porch"}


def _entry(ident: str, author: str, body: str, private: bool) -> dict[str, object]:
    return {
        "id": ident,
        "author": author,
        "created_at": "2026-11-30T21:00:00-06:00",
        "private": private,
        "body": body,
        "title": body.split()[0],
        "tags": ["move"],
    }


def _run(data_dir: Path, *args: str, who: str) -> str:
    result = relate(data_dir, *args, "--unlock", who, "--passphrase-stdin", stdin=SECRETS[who])
    assert result.returncode == 0, result.stderr
    return result.stdout


def _export(data_dir: Path, who: str, out: Path) -> str:
    _run(data_dir, "export-json", "--out", str(out), who=who)
    return out.read_text(encoding="utf-8")


def test_a_protected_household_moves_whole_through_join(tmp_path: Path) -> None:
    old, new, folder = tmp_path / "old", tmp_path / "new", tmp_path / "stick"
    folder.mkdir()
    people = set_up_protected(old, SECRETS["Maria"], SECRETS["Lloyd"])
    base = {
        "format": "relate-desktop",
        "version": 2,
        "people": [{"id": people[n], "name": n} for n in ("Maria", "Lloyd")],
        "conflicts": [
            {
                "id": "33333333-3333-4333-8333-333333333333",
                "occurred_at": "2026-11-30T20:15:00-06:00",
                "title": "The late train 🚆",
                "logged_by": people["Maria"],
                "perspectives": [
                    {"person": people["Maria"], "private": True, "made_up": "Maria's story"}
                ],
            }
        ],
    }
    maria_items = dict(
        base,
        journal=[
            _entry("a1111111-1111-4111-8111-111111111111", people["Maria"], "Maria alone", True),
            _entry("a2222222-2222-4222-8222-222222222222", people["Maria"], "Ours ☕", False),
        ],
    )
    lloyd_items = dict(
        base,
        conflicts=[],
        journal=[
            _entry("b1111111-1111-4111-8111-111111111111", people["Lloyd"], "Lloyd alone", True)
        ],
    )
    _run(old, "import", str(write_json(tmp_path / "m.json", maria_items)), who="Maria")
    _run(old, "import", str(write_json(tmp_path / "l.json", lloyd_items)), who="Lloyd")
    before = {who: _export(old, who, tmp_path / f"old-{who}.json") for who in SECRETS}
    assert "Maria alone" in before["Maria"] and "Lloyd alone" in before["Lloyd"]

    # On the old computer each person syncs once (the app does it when they unlock).
    _run(old, "sync", "--folder", str(folder), who="Maria")
    _run(old, "sync", who="Lloyd")

    joined = _run(new, "join", "--folder", str(folder), who="Maria")
    assert "Joined" in joined
    maria_new = _export(new, "Maria", tmp_path / "new-Maria.json")
    assert maria_new == before["Maria"]  # her private entry and private perspective included
    assert "Lloyd alone" not in maria_new
    assert "Lloyd alone" not in (new / "settings.json").read_text(encoding="utf-8")

    # Lloyd's private space arrives when he unlocks on the new computer.
    _run(new, "sync", who="Lloyd")
    assert _export(new, "Lloyd", tmp_path / "new-Lloyd.json") == before["Lloyd"]
    assert _export(new, "Maria", tmp_path / "again-Maria.json") == before["Maria"]
