"""The `relate-desktop` command, run for real as a subprocess: its exit codes and its promise that
an error prints one line and changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from relate_desktop.store.connection import connect_raw
from relate_desktop.store.lock import DataFolderLock

MARIA = "11111111-1111-4111-8111-111111111111"
LLOYD = "22222222-2222-4222-8222-222222222222"
CONFLICT = "33333333-3333-4333-8333-333333333333"
REQUEST = "44444444-4444-4444-8444-444444444444"
RESPONSE = "55555555-5555-4555-8555-555555555555"
AGREEMENT = "66666666-6666-4666-8666-666666666666"
FOLLOW_UP_1 = "77777777-7777-4777-8777-777777777777"
FOLLOW_UP_2 = "88888888-8888-4888-8888-888888888888"
ENTRY = "99999999-9999-4999-8999-999999999999"
AGREEMENT_TITLE = "Evening dishes 🧽"
COMMANDS = (
    "setup",
    "import",
    "export-json",
    "agreements",
    "export-pdf",
    "export-ics",
    "search",
    "backup",
    "check",
    "restore",
)
PREFIX = "relate-desktop: "
# The lock file holds the pid of the last process that took it; it is not data.
NOT_DATA = {".lock"}


def interchange() -> dict[str, Any]:
    """A valid interchange file written by hand, as docs/interchange.md describes it."""
    return {
        "format": "relate-desktop",
        "version": 1,
        "people": [{"id": MARIA, "name": "Maria"}, {"id": LLOYD, "name": "Lloyd"}],
        "conflicts": [
            {
                "id": CONFLICT,
                "occurred_at": "2026-03-02T08:30:00-06:00",
                "title": "Dishes again — שלום · 你好",
                "what_happened": "The sink was full when I came home.",
                "topic": "home",
                "intensity": 7,
                "logged_by": MARIA,
                "perspectives": [
                    {
                        "person": MARIA,
                        "private": False,
                        "stance": "one_up",
                        "reactions": ["fight"],
                        "losing_strategies": ["being_right", "retaliation"],
                        "made_up": "You don't care",
                        "feelings": ["scared", "tired"],
                        "notes": "I was hungry",
                    },
                    {
                        "person": LLOYD,
                        "private": False,
                        "stance": "one_down",
                        "reactions": ["flight"],
                        "losing_strategies": ["withdrawal"],
                        "made_up": "",
                        "feelings": [],
                        "notes": "",
                    },
                ],
                "drafts": [
                    {
                        "id": REQUEST,
                        "kind": "request",
                        "author": MARIA,
                        "to": LLOYD,
                        "remember_love": "I love our home",
                        "saw_heard": "the sink was full",
                        "made_up": "you don't care",
                        "feel": "sad",
                        "would_like": "wash up at night",
                        "text": "I love our home. When the sink was full, ...",
                        "status": "accepted",
                    },
                    {
                        "id": RESPONSE,
                        "kind": "response",
                        "author": LLOYD,
                        "to": MARIA,
                        "reflect": "the sink bothered you",
                        "acknowledge": "Makes sense.",
                        "give": "I'll wash up before bed",
                        "text": "What I heard you say is the sink bothered you. ...",
                        "status": "accepted",
                    },
                ],
                "agreements": [
                    {
                        "id": AGREEMENT,
                        "title": AGREEMENT_TITLE,
                        "created_at": "2026-03-02T20:15:00-06:00",
                        "status": "active",
                        "commitments": [
                            {"person": LLOYD, "action": "Wash up", "when": "every evening"},
                            {"person": MARIA, "action": "Say thanks", "when": ""},
                        ],
                        "confirmed_by": [MARIA, LLOYD],
                        "follow_ups": [
                            {
                                "id": FOLLOW_UP_1,
                                "due_at": "2026-03-05T19:00:00-06:00",
                                "status": "pending",
                                "outcome": None,
                                "note": "",
                            },
                            {
                                "id": FOLLOW_UP_2,
                                "due_at": "2026-03-09T19:00:00-05:00",
                                "status": "pending",
                                "outcome": None,
                                "note": "",
                            },
                        ],
                    }
                ],
            }
        ],
        "journal": [
            {
                "id": ENTRY,
                "author": LLOYD,
                "created_at": "2026-03-03T07:00:00-06:00",
                "private": False,
                "prompt": "What went well?",
                "body": "Grateful 🙏 for today. אני אוהבת אותך. 今天很好。",
            }
        ],
    }


# Helpers --------------------------------------------------------------------------------------


def relate(
    data_dir: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m relate_desktop --data-dir DIR ARGS...` and wait for it."""
    return subprocess.run(
        [sys.executable, "-m", "relate_desktop", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or _env(data_dir.parent),
        timeout=120,
        check=False,
    )


def set_up_protected(data_dir: Path, first: str, second: str) -> dict[str, str]:
    """`setup --person Maria --person Lloyd --passphrase-stdin` with these passphrases;
    returns each name's person id."""
    made = relate(
        data_dir,
        "setup",
        "--person",
        "Maria",
        "--person",
        "Lloyd",
        "--passphrase-stdin",
        stdin=f"{first}\n{second}\n",
    )
    assert made.returncode == 0, made.stderr
    people = json.loads((data_dir / "keys.json").read_text(encoding="utf-8"))["people"]
    return {p["name"]: p["id"] for p in people}


def _env(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RELATE_DATA_DIR"}
    home = scratch / "home"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    return env


def snapshot(folder: Path) -> dict[str, str]:
    """Every data file under `folder` and a hash of its bytes."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in NOT_DATA
    }


def assert_one_error_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The documented exit code and exactly one line on stderr, with the program's prefix."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(PREFIX), lines[0]
    assert result.stderr.endswith("\n")
    return lines[0]


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def agreement_lines(data_dir: Path) -> list[str]:
    result = relate(data_dir, "agreements")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout.splitlines()


# A household with data, made once through the command line and copied for each test ------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    source = write_json(root / "household.json", interchange())
    data_dir = root / "data"
    result = relate(data_dir, "import", str(source))
    assert result.returncode == 0, result.stderr
    assert "Imported 1 conflict, 1 agreement and 1 journal entry." in result.stdout
    return data_dir


@pytest.fixture
def filled(template: Path, tmp_path: Path) -> Path:
    """A private copy of the filled household (its files are closed: no -wal or -shm)."""
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    return data_dir


# Setting up and unlocking ---------------------------------------------------------------------


def test_setup_for_a_couple(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = relate(data_dir, "setup", "--person", "Maria", "--person", "Lloyd")
    assert result.returncode == 0, result.stderr
    assert "Maria and Lloyd" in result.stdout
    assert "not protected" in result.stdout
    assert {"keys.json", "shared.db"} <= set(snapshot(data_dir))
    assert agreement_lines(data_dir) == []


def test_setup_twice_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert relate(data_dir, "setup", "--person", "Terry").returncode == 0
    before = snapshot(data_dir)
    line = assert_one_error_line(relate(data_dir, "setup", "--person", "Terry"), 2)
    assert "already" in line
    assert snapshot(data_dir) == before


def test_passphrases_from_stdin_unlock_the_shared_space(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    setup = relate(
        data_dir,
        "setup",
        "--person",
        "Maria",
        "--person",
        "Lloyd",
        "--passphrase-stdin",
        stdin="maria's long passphrase\nlloyd's other one\n",
    )
    assert setup.returncode == 0, setup.stderr
    assert "not protected" not in setup.stdout
    keyfile = json.loads((data_dir / "keys.json").read_text(encoding="utf-8"))
    assert keyfile["shared"] == {"protected": True, "key": None}

    for name, passphrase in (("Maria", "maria's long passphrase"), ("Lloyd", "lloyd's other one")):
        right = relate(
            data_dir, "agreements", "--unlock", name, "--passphrase-stdin", stdin=passphrase + "\n"
        )
        assert right.returncode == 0, right.stderr
        assert right.stdout == ""

    before = snapshot(data_dir)
    wrong = relate(
        data_dir,
        "agreements",
        "--unlock",
        "Maria",
        "--passphrase-stdin",
        stdin="lloyd's other one\n",
    )
    assert "passphrase" in assert_one_error_line(wrong, 3)
    assert snapshot(data_dir) == before

    # Without a passphrase a protected household says how to give one; it is a passphrase problem.
    missing = relate(data_dir, "agreements")
    assert "--passphrase-stdin" in assert_one_error_line(missing, 3)
    assert snapshot(data_dir) == before


# The data round trip --------------------------------------------------------------------------


def test_import_list_pdf_and_export_round_trip(tmp_path: Path) -> None:
    source = write_json(tmp_path / "household.json", interchange())
    first, second = tmp_path / "first", tmp_path / "second"

    imported = relate(first, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr == ""

    assert agreement_lines(first) == [f"{AGREEMENT}\t2026-03-02\t{AGREEMENT_TITLE}\tactive"]

    pdf = tmp_path / "agreement.pdf"
    written = relate(first, "export-pdf", AGREEMENT, "--out", str(pdf))
    assert written.returncode == 0, written.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    # The same renderer as the app: every script and the emoji come through.
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    for expected in (AGREEMENT_TITLE, "Dishes again", "שלום", "你好", "Maria", "Lloyd"):
        assert expected in text, expected

    exported = tmp_path / "export-1.json"
    assert relate(first, "export-json", "--out", str(exported)).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["people"]] == ["Maria", "Lloyd"]
    assert data["conflicts"][0]["agreements"][0]["confirmed_by"] == [MARIA, LLOYD]
    assert len(data["conflicts"][0]["agreements"][0]["follow_ups"]) == 2
    assert data["journal"][0]["body"] == interchange()["journal"][0]["body"]

    assert relate(second, "import", str(exported)).returncode == 0
    again = tmp_path / "export-2.json"
    assert relate(second, "export-json", "--out", str(again)).returncode == 0
    assert again.read_bytes() == exported.read_bytes()


def test_export_ics_writes_every_pending_check_in(filled: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "check-ins.ics"
    result = relate(filled, "export-ics", "--out", str(out))
    assert result.returncode == 0, result.stderr
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert {str(e["uid"]).split("@")[0] for e in events} == {FOLLOW_UP_1, FOLLOW_UP_2}
    assert "Dishes" not in out.read_text(encoding="utf-8")
    missing = relate(filled, "export-ics", "--out", str(tmp_path / "nowhere" / "x.ics"))
    assert_one_error_line(missing, 2)


def test_importing_the_same_file_twice_makes_no_duplicates(filled: Path, tmp_path: Path) -> None:
    source = write_json(tmp_path / "household.json", interchange())
    before = agreement_lines(filled)
    result = relate(filled, "import", str(source))
    assert result.returncode == 0, result.stderr
    assert agreement_lines(filled) == before
    assert len(before) == 1


# Bad input: the documented code, one line, nothing changed -------------------------------------


def _bad_files() -> dict[str, tuple[str, str]]:
    """name -> (file text, what the message must contain)."""
    good = json.dumps(interchange(), ensure_ascii=False)
    newer = {**interchange(), "version": 99}
    angry = interchange()
    angry["conflicts"][0]["perspectives"][0]["stance"] = "angry"
    return {
        "truncated": (good[: len(good) // 2], ""),
        "newer-version": (json.dumps(newer), "newer version"),
        "bad-stance": (json.dumps(angry), "conflicts[0].perspectives[0].stance"),
    }


@pytest.mark.parametrize("name", sorted(_bad_files()))
def test_a_bad_import_file_changes_nothing(filled: Path, tmp_path: Path, name: str) -> None:
    text, expected = _bad_files()[name]
    bad = tmp_path / f"{name}.json"
    bad.write_text(text, encoding="utf-8")
    before = snapshot(filled)

    line = assert_one_error_line(relate(filled, "import", str(bad)), 2)

    assert expected in line
    assert snapshot(filled) == before


def test_a_bad_import_into_an_empty_folder_sets_nothing_up(tmp_path: Path) -> None:
    text, _ = _bad_files()["bad-stance"]
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    data_dir = tmp_path / "data"

    assert_one_error_line(relate(data_dir, "import", str(bad)), 2)

    assert snapshot(data_dir) == {}


def _damage_middle(path: Path) -> None:
    """Overwrite a few pages in the middle of a file with random bytes."""
    data = bytearray(path.read_bytes())
    middle, span = len(data) // 2, min(3 * 4096, len(data) // 4)
    data[middle - span // 2 : middle + span // 2] = random.Random(7).randbytes(span)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["middle", "garbage"])
def test_a_damaged_database_is_reported_and_left_alone(filled: Path, damage: str) -> None:
    shared = filled / "shared.db"
    if damage == "middle":
        _damage_middle(shared)
    else:
        shared.write_bytes(random.Random(3).randbytes(64 * 1024))
    before = snapshot(filled)

    checked = relate(filled, "check")
    assert checked.returncode == 4, (checked.stdout, checked.stderr)
    assert "damaged" in checked.stdout
    assert snapshot(filled) == before

    # A read command runs the full check only after a crash (docs/architecture.md, "When files
    # are checked"): it refuses the file when it can't open it or meets a damaged page, and
    # otherwise shows what it read, which SQLCipher has verified page by page.
    listed = relate(filled, "agreements")
    if damage == "garbage" or listed.returncode != 0:
        assert "damaged" in assert_one_error_line(listed, 4)
        assert listed.stdout == ""
    else:
        assert listed.stderr == "" and AGREEMENT_TITLE in listed.stdout
    assert snapshot(filled) == before


def test_a_database_from_a_newer_version_is_refused_untouched(filled: Path) -> None:
    keyfile = json.loads((filled / "keys.json").read_text(encoding="utf-8"))
    key = bytes.fromhex(keyfile["shared"]["key"])
    connection = connect_raw(filled / "shared.db", key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    finally:
        connection.close()
    before = snapshot(filled)

    line = assert_one_error_line(relate(filled, "agreements"), 4)

    assert "newer" in line
    assert snapshot(filled) == before


def test_pdf_of_an_unknown_agreement(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    before = snapshot(filled)
    line = assert_one_error_line(
        relate(filled, "export-pdf", "00000000-0000-4000-8000-000000000000", "--out", str(out)), 2
    )
    assert "00000000-0000-4000-8000-000000000000" in line
    assert not out.exists()
    assert snapshot(filled) == before


def test_unknown_command(tmp_path: Path) -> None:
    line = assert_one_error_line(relate(tmp_path / "data", "frobnicate"), 2)
    assert "frobnicate" in line
    assert not (tmp_path / "data").exists()


def test_agreements_in_an_empty_folder_asks_for_setup(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    line = assert_one_error_line(relate(data_dir, "agreements"), 4)
    assert "setup" in line
    assert list(data_dir.iterdir()) == []


def test_a_folder_in_use_by_another_process(filled: Path, tmp_path: Path) -> None:
    source = write_json(tmp_path / "household.json", interchange())
    before = snapshot(filled)
    with DataFolderLock(filled):
        line = assert_one_error_line(relate(filled, "import", str(source)), 4)
    assert "already open" in line
    assert snapshot(filled) == before


# Keeping data safe ----------------------------------------------------------------------------


def test_backup_and_check_on_a_healthy_folder(filled: Path) -> None:
    backed_up = relate(filled, "backup")
    assert backed_up.returncode == 0, backed_up.stderr
    backups = list((filled / "backups").glob("shared-*-manual.db"))
    assert len(backups) == 1
    assert str(backups[0].name) in backed_up.stdout
    # The backup is encrypted: no SQLite header, no readable text from the data.
    raw = backups[0].read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert AGREEMENT_TITLE.encode() not in raw

    checked = relate(filled, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "shared space: ok" in checked.stdout
    assert checked.stderr == ""


# Search -----------------------------------------------------------------------------------------


def test_search_prints_one_line_per_hit(filled: Path) -> None:
    before = snapshot(filled)
    result = relate(filled, "search", "dishes")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    kinds = sorted(line.split("\t")[0] for line in lines)
    assert kinds == ["agreement", "conflict"], lines
    conflict_line = next(line for line in lines if line.startswith("conflict"))
    _kind, item_id, day, where, title, snippet = conflict_line.split("\t")
    assert (item_id, day, where) == (CONFLICT, "2026-03-02", "shared")
    assert title == "Dishes again — שלום · 你好"
    assert "[Dishes]" in snippet
    journal = relate(filled, "search", "今天").stdout.splitlines()
    assert [line.split("\t")[:2] for line in journal] == [["journal", ENTRY]]
    assert relate(filled, "search", "nothing-like-this").stdout == ""
    assert snapshot(filled) == before


def test_search_reads_a_private_space_only_with_its_owners_passphrase(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    passphrases = "maria's long passphrase\nlloyd's other one\n"
    setup = relate(
        data_dir,
        "setup",
        "--person",
        "Maria",
        "--person",
        "Lloyd",
        "--passphrase-stdin",
        stdin=passphrases,
    )
    assert setup.returncode == 0, setup.stderr
    data = interchange()
    data["journal"][0].update(author=MARIA, private=True, body="Ma pensée secrète 🌙")
    keyfile = json.loads((data_dir / "keys.json").read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    for person in keyfile["people"]:
        text = text.replace({"Maria": MARIA, "Lloyd": LLOYD}[person["name"]], person["id"])
    source = tmp_path / "private.json"
    source.write_text(text, encoding="utf-8")
    imported = relate(
        data_dir,
        "import",
        str(source),
        "--unlock",
        "Maria",
        "--passphrase-stdin",
        stdin="maria's long passphrase\n",
    )
    assert imported.returncode == 0, imported.stderr

    def hits(name: str, passphrase: str) -> list[str]:
        result = relate(
            data_dir,
            "search",
            "secrete",
            "--unlock",
            name,
            "--passphrase-stdin",
            stdin=passphrase + "\n",
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    mine = hits("Maria", "maria's long passphrase")
    assert len(mine) == 1 and "\tprivate\t" in mine[0] and "[secrète]" in mine[0]
    assert hits("Lloyd", "lloyd's other one") == []
    wrong = relate(
        data_dir,
        "search",
        "secrete",
        "--unlock",
        "Maria",
        "--passphrase-stdin",
        stdin="lloyd's other one\n",
    )
    assert assert_one_error_line(wrong, 3)
    assert "secr" not in wrong.stdout + wrong.stderr


def test_a_private_space_opens_only_with_unlock_name(tmp_path: Path) -> None:
    """A passphrase on stdin without --unlock opens the shared space only: whoever typed it,
    no command exports, finds, backs up or lists anything private."""
    data_dir = tmp_path / "data"
    maria_pass, lloyd_pass = "maria's long passphrase", "lloyd's other one"
    ids = set_up_protected(data_dir, maria_pass, lloyd_pass)
    for name, secret in (("Maria", maria_pass), ("Lloyd", lloyd_pass)):
        data = interchange()
        data["people"] = [
            {"id": ids["Maria"], "name": "Maria"},
            {"id": ids["Lloyd"], "name": "Lloyd"},
        ]
        data["conflicts"] = []
        data["journal"] = [
            {
                **data["journal"][0],
                "id": ENTRY if name == "Maria" else CONFLICT,
                "author": ids[name],
                "private": True,
                "body": f"{name}'s secret moonwords",
            }
        ]
        source = write_json(tmp_path / f"{name}.json", data)
        imported = relate(
            data_dir,
            "import",
            str(source),
            "--unlock",
            name,
            "--passphrase-stdin",
            stdin=secret + "\n",
        )
        assert imported.returncode == 0, imported.stderr

    def run(*args: str, secret: str) -> subprocess.CompletedProcess[str]:
        result = relate(data_dir, *args, "--passphrase-stdin", stdin=secret + "\n")
        assert result.returncode == 0, result.stderr
        return result

    for secret in (maria_pass, lloyd_pass):
        out = tmp_path / "shared-only.json"
        run("export-json", "--out", str(out), secret=secret)
        exported = out.read_text(encoding="utf-8")
        assert "moonwords" not in exported
        assert json.loads(exported)["journal"] == []
    # Maria is the first person: her passphrase used to open her private space too.
    assert run("search", "moonwords", secret=maria_pass).stdout == ""
    listed = run("restore", secret=maria_pass).stdout
    assert "vault-" not in listed and "private" not in listed
    assert "vault-" not in run("backup", secret=maria_pass).stdout
    assert "private space: ok" not in run("check", secret=maria_pass).stdout
    # A private item can't be imported without its owner's --unlock either.
    data = interchange()
    data["people"] = [{"id": ids["Maria"], "name": "Maria"}, {"id": ids["Lloyd"], "name": "Lloyd"}]
    data["conflicts"] = []
    data["journal"] = [{**data["journal"][0], "author": ids["Maria"], "private": True}]
    refused = relate(
        data_dir,
        "import",
        str(write_json(tmp_path / "p.json", data)),
        "--passphrase-stdin",
        stdin=maria_pass + "\n",
    )
    assert_one_error_line(refused, 2)

    out = tmp_path / "maria.json"
    run("export-json", "--out", str(out), "--unlock", "Maria", secret=maria_pass)
    mine = out.read_text(encoding="utf-8")
    assert "Maria's secret moonwords" in mine and "Lloyd's" not in mine
    found = run("search", "moonwords", "--unlock", "Lloyd", secret=lloyd_pass).stdout
    assert "Lloyd's secret" in found and "Maria's" not in found
    wrong = relate(
        data_dir,
        "export-json",
        "--out",
        str(out),
        "--passphrase-stdin",
        stdin="not anyone's passphrase\n",
    )
    assert "passphrase" in assert_one_error_line(wrong, 3)


# Help and the GUI -----------------------------------------------------------------------------


def test_help_lists_every_command_and_the_exit_codes(tmp_path: Path) -> None:
    result = relate(tmp_path / "data", "--help")
    assert result.returncode == 0
    text = result.stdout
    for command in COMMANDS:
        assert command in text, command
    for code in ("0 ok", "2 bad input", "3 wrong passphrase", "4 storage problem"):
        assert code in text, code
    assert "--passphrase-stdin" in text
    assert "RELATE_DATA_DIR" in text


def test_the_app_starts_and_exits_when_ready(filled: Path) -> None:
    before = agreement_lines(filled)
    result = relate(filled, "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    assert agreement_lines(filled) == before
