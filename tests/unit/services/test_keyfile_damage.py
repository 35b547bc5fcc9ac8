"""A damaged or edited keys.json: one line and a clear exit code (3 wrong passphrase, 4 damaged),
never a traceback, and keys.json (and every other file) left byte for byte as it was."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from relate_desktop.cli import run
from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import privacy
from relate_desktop.services.household import Household, open_household
from relate_desktop.store import keys
from tests.conftest import FAST_KDF, PASSPHRASES

Edit = Callable[[dict[str, Any]], None]
NOT_DATA = {".lock"}


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in NOT_DATA
    }


def cli(paths: DataPaths, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(paths.root), *argv], io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def edit_keyfile(paths: DataPaths, edit: Edit) -> None:
    path = keys.keyfile_path(paths.root)
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _set(*where: Any, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        node = data
        for key in where[:-1]:
            node = node[key]
        node[where[-1]] = value

    return edit


def _drop(*where: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        node = data
        for key in where[:-1]:
            node = node[key]
        del node[where[-1]]

    return edit


def _swap_vault_and_shared(data: dict[str, Any]) -> None:
    wrapped = data["people"][1]["wrapped"]
    wrapped["vault"], wrapped["shared"] = wrapped["shared"], wrapped["vault"]


def _third_person(data: dict[str, Any]) -> None:
    data["people"].append(dict(data["people"][1], id="someone-else", name="Sam"))


def _same_id_twice(data: dict[str, Any]) -> None:
    data["people"][1]["id"] = data["people"][0]["id"]


DAMAGE: dict[str, Edit] = {
    "Lloyd's vault key removed": _drop("people", 1, "wrapped", "vault"),
    "Lloyd's shared key removed": _drop("people", 1, "wrapped", "shared"),
    "vault and shared keys swapped": _swap_vault_and_shared,
    "memory_kib 0": _set("people", 1, "kdf", "memory_kib", value=0),
    "memory_kib negative": _set("people", 1, "kdf", "memory_kib", value=-5),
    "memory_kib a string": _set("people", 1, "kdf", "memory_kib", value="131072"),
    "memory_kib too big": _set("people", 1, "kdf", "memory_kib", value=2**40),
    "iterations 10^9": _set("people", 1, "kdf", "iterations", value=10**9),
    "parallelism 0": _set("people", 1, "kdf", "parallelism", value=0),
    "unknown algorithm": _set("people", 1, "kdf", "algorithm", value="md5"),
    "salt not base64": _set("people", 1, "kdf", "salt", value="not base64!"),
    "salt too short": _set("people", 1, "kdf", "salt", value=_b64(b"abc")),
    "salt missing": _drop("people", 1, "kdf", "salt"),
    "nonce not base64": _set("people", 1, "wrapped", "vault", "nonce", value="%%%"),
    "nonce missing": _drop("people", 1, "wrapped", "vault", "nonce"),
    "ciphertext not base64": _set("people", 1, "wrapped", "vault", "ciphertext", value="@@"),
    "ciphertext too short": _set("people", 1, "wrapped", "vault", "ciphertext", value="AAAA"),
    "ciphertext missing": _drop("people", 1, "wrapped", "vault", "ciphertext"),
    "manifest missing": _drop("people", 1, "manifest"),
    "empty people": _set("people", value=[]),
    "people not a list": _set("people", value={"a": 1}),
    "three people": _third_person,
    "a person twice": _same_id_twice,
    "empty name": _set("people", 1, "name", value="  "),
    "name too long": _set("people", 1, "name", value="L" * 500),
    "name not text": _set("people", 1, "name", value=7),
    "same names": _set("people", 1, "name", value="maria"),
    "unknown mode": _set("mode", value="trio"),
    "solo with two people": _set("mode", value="solo"),
    "protected not a flag": _set("shared", "protected", value="yes"),
    "plain key in a protected household": _set("shared", "key", value="00" * 32),
    "version a string": _set("version", value="2"),
    "version 0": _set("version", value=0),
    "unknown field": _set("people", 1, "extra", value=1),
    "recovery not an object": _set("people", 1, "recovery", value=[1]),
}


@pytest.fixture
def household(protected: Household) -> Household:
    protected.close()
    return protected


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("command", ["check", "agreements"])
def test_a_damaged_key_file_is_one_line_exit_4_and_left_as_it_is(
    household: Household, paths: DataPaths, damage: str, command: str
) -> None:
    edit_keyfile(paths, DAMAGE[damage])
    before = snapshot(paths.root)
    started = time.monotonic()
    code, out, err = cli(
        paths, command, "--unlock", "Lloyd", "--passphrase-stdin", stdin=PASSPHRASES[1] + "\n"
    )
    assert time.monotonic() - started < 10
    assert code == 4, (out, err)
    message = err if err else out.splitlines()[-1]
    assert "keys.json" in message
    assert "Traceback" not in err and len(err.splitlines()) <= 1
    assert snapshot(paths.root) == before


def test_a_wrong_passphrase_is_exit_3_and_changes_nothing(
    household: Household, paths: DataPaths
) -> None:
    before = snapshot(paths.root)
    code, _out, err = cli(
        paths, "check", "--unlock", "Lloyd", "--passphrase-stdin", stdin="not Lloyd's at all\n"
    )
    assert code == 3
    assert err.count("\n") == 1
    assert snapshot(paths.root) == before


def test_an_unknown_person_is_exit_2(household: Household, paths: DataPaths) -> None:
    before = snapshot(paths.root)
    code, _out, err = cli(paths, "check", "--unlock", "Kim", "--passphrase-stdin", stdin="x\n")
    assert code == 2 and err.count("\n") == 1
    assert snapshot(paths.root) == before


def test_a_newer_key_file_is_exit_4(household: Household, paths: DataPaths) -> None:
    edit_keyfile(paths, _set("version", value=keys.VERSION + 1))
    before = snapshot(paths.root)
    code, _out, err = cli(paths, "check", "--unlock", "Maria", "--passphrase-stdin", stdin="x\n")
    assert code == 4 and "newer" in err
    assert snapshot(paths.root) == before


def as_version_1(data: dict[str, Any]) -> None:
    """keys.json as Relate 0.1 wrote it: no manifests."""
    data["version"] = 1
    for person in data["people"]:
        person.pop("manifest", None)
        if person["recovery"]:
            person["recovery"].pop("manifest", None)


def test_a_key_file_from_0_1_still_opens_and_is_not_rewritten_by_reading(
    household: Household, paths: DataPaths
) -> None:
    edit_keyfile(paths, as_version_1)
    before = snapshot(paths.root)
    for person, passphrase in zip(("Maria", "Lloyd"), PASSPHRASES, strict=True):
        code, out, err = cli(
            paths, "check", "--unlock", person, "--passphrase-stdin", stdin=passphrase + "\n"
        )
        assert code == 0, (out, err)
        assert f"{person}'s private space: ok" in out
    assert snapshot(paths.root) == before


def test_0_1_without_a_vault_key_but_with_the_vault_file_is_damage_not_a_new_vault(
    household: Household, paths: DataPaths
) -> None:
    """The old bug: `check` wrote a new vault key, then called the intact vault damaged."""
    edit_keyfile(paths, as_version_1)
    edit_keyfile(paths, _drop("people", 1, "wrapped", "vault"))
    edit_keyfile(paths, _drop("people", 1, "recovery", "wrapped", "vault"))
    before = snapshot(paths.root)
    code, out, err = cli(
        paths, "check", "--unlock", "Lloyd", "--passphrase-stdin", stdin=PASSPHRASES[1] + "\n"
    )
    assert code == 4
    assert "no key for Lloyd's private space" in out + err
    assert snapshot(paths.root) == before


def test_a_0_1_key_file_is_upgraded_by_a_passphrase_proven_write(
    household: Household, paths: DataPaths, clock: FixedClock
) -> None:
    edit_keyfile(paths, as_version_1)
    maria = keys.load(paths.root).people[0]
    opened = open_household(paths, maria.id, PASSPHRASES[0], clock)
    try:
        privacy.replace_recovery_code(opened, maria.id, PASSPHRASES[0])
        lloyd = keys.load(paths.root).people[1]
        privacy.change_passphrase(opened, lloyd.id, PASSPHRASES[1], "lantern maple tuesday soup")
        assert json.loads(keys.keyfile_path(paths.root).read_text())["version"] == 1
        privacy.replace_recovery_code(opened, lloyd.id, "lantern maple tuesday soup")
    finally:
        opened.close()
    data = json.loads(keys.keyfile_path(paths.root).read_text())
    assert data["version"] == keys.VERSION
    assert all("manifest" in p and "manifest" in p["recovery"] for p in data["people"])
    # Now a removed key is noticed.
    edit_keyfile(paths, _drop("people", 0, "wrapped", "vault"))
    code, _out, _err = cli(
        paths, "agreements", "--unlock", "Maria", "--passphrase-stdin", stdin=PASSPHRASES[0] + "\n"
    )
    assert code == 4


def test_fast_kdf_is_within_the_bounds() -> None:
    assert FAST_KDF.memory_kib >= keys.MIN_MEMORY_KIB
    assert keys.KdfParams().memory_kib * keys.KdfParams().iterations <= keys.MAX_COST_KIB


@pytest.mark.parametrize("person", [0, 1])
def test_an_unlock_derives_one_key(
    household: Household, paths: DataPaths, monkeypatch: pytest.MonkeyPatch, person: int
) -> None:
    """A whole command with --unlock: one Argon2id derivation, whoever unlocks."""
    calls: list[int] = []
    derive = keys.KdfParams.derive

    def counting(self: keys.KdfParams, secret: str, salt: bytes) -> bytes:
        calls.append(1)
        return derive(self, secret, salt)

    monkeypatch.setattr(keys.KdfParams, "derive", counting)
    name = ("Maria", "Lloyd")[person]
    code, _out, err = cli(
        paths,
        "agreements",
        "--unlock",
        name,
        "--passphrase-stdin",
        stdin=PASSPHRASES[person] + "\n",
    )
    assert code == 0, err
    assert len(calls) == 1
