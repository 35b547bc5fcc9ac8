"""keys.json and key wrapping: a passphrase opens the keys, nothing else does, nothing leaks."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import CorruptDatabase, NewerDatabase, NotSetUp, WrongPassphrase
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import open_household, set_up
from relate_desktop.store import keys
from relate_desktop.store.keys import KdfParams, PersonKeys, Seal
from tests.conftest import FAST_KDF

MARIA, LLOYD = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
PASSPHRASES = ["correct horse battery", "staple 🔑 ключ 钥匙"]


def wrapped_for(
    person_id: str, key: bytes, passphrase: str, purpose: str = keys.SHARED
) -> PersonKeys:
    return PersonKeys(
        person_id, "Maria", keys.seal(passphrase, person_id, {purpose: key}, FAST_KDF)
    )


def sealed(person: PersonKeys) -> Seal:
    assert person.passphrase is not None
    return person.passphrase


# Wrapping -------------------------------------------------------------------------------------


def test_seal_then_open_gives_the_keys_back() -> None:
    key, vault = keys.new_space_key(), keys.new_space_key()
    for passphrase in PASSPHRASES:
        seal = keys.seal(passphrase, MARIA, {keys.SHARED: key, keys.VAULT: vault}, FAST_KDF)
        assert keys.open_seal(seal, passphrase, MARIA) == {keys.SHARED: key, keys.VAULT: vault}


def test_each_seal_uses_a_fresh_salt_and_nonce() -> None:
    key = keys.new_space_key()
    first, second = (sealed(wrapped_for(MARIA, key, PASSPHRASES[0])) for _ in range(2))
    assert first.kdf["salt"] != second.kdf["salt"]
    assert first.wrapped != second.wrapped
    assert keys.new_space_key() != key
    assert len(key) == 32


def test_the_kdf_settings_are_recorded_with_the_wrapped_key() -> None:
    kdf = sealed(wrapped_for(MARIA, keys.new_space_key(), PASSPHRASES[0])).kdf
    assert kdf["algorithm"] == "argon2id"
    assert (kdf["memory_kib"], kdf["iterations"], kdf["parallelism"]) == (
        FAST_KDF.memory_kib,
        FAST_KDF.iterations,
        FAST_KDF.parallelism,
    )
    assert len(base64.b64decode(kdf["salt"])) == 16


@pytest.mark.parametrize("wrong", ["correct horse batterY", "", " correct horse battery"])
def test_a_wrong_passphrase_is_refused(wrong: str) -> None:
    person = wrapped_for(MARIA, keys.new_space_key(), PASSPHRASES[0])
    with pytest.raises(WrongPassphrase):
        keys.open_person(person, wrong)


def test_the_wrapped_key_is_bound_to_its_person() -> None:
    maria = wrapped_for(MARIA, keys.new_space_key(), PASSPHRASES[0])
    # Lloyd's entry holding a copy of Maria's wrapped key and salt: the right passphrase fails.
    stolen = PersonKeys(LLOYD, "Lloyd", maria.passphrase)
    with pytest.raises(WrongPassphrase):
        keys.open_person(stolen, PASSPHRASES[0])


def test_the_wrapped_key_is_bound_to_its_purpose() -> None:
    maria = sealed(wrapped_for(MARIA, keys.new_space_key(), PASSPHRASES[0]))
    moved = Seal(maria.kdf, {keys.VAULT: maria.wrapped[keys.SHARED]})
    with pytest.raises(WrongPassphrase):
        keys.open_seal(moved, PASSPHRASES[0], MARIA)


def test_a_person_without_a_passphrase_cannot_open_anything() -> None:
    with pytest.raises(WrongPassphrase):
        keys.open_person(PersonKeys(MARIA, "Maria"), PASSPHRASES[0])


def test_the_recovery_code_opens_the_same_keys() -> None:
    key = keys.new_space_key()
    code = keys.new_recovery_code()
    person = wrapped_for(MARIA, key, PASSPHRASES[0])
    person.recovery = keys.seal(code, MARIA, {keys.SHARED: key}, FAST_KDF)
    typed = code.lower().replace("-", " ")
    opened = keys.open_person(person, typed)
    assert opened.by_recovery_code and opened.keys == {keys.SHARED: key}
    assert not keys.open_person(person, PASSPHRASES[0]).by_recovery_code
    with pytest.raises(WrongPassphrase):
        keys.open_person(person, keys.new_recovery_code())


def test_recovery_codes_are_long_unambiguous_and_normalised() -> None:
    codes = {keys.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert [len(g) for g in groups] == [4] * 6
        assert not set("".join(groups)) & set("0O1IL")
        assert keys.normalize_recovery_code(f"  {code.lower()} ") == code
    assert keys.normalize_recovery_code("correct horse battery") is None
    assert keys.normalize_recovery_code("AAAA-AAAA") is None


def test_default_kdf_cost_is_argon2id_64_mib_three_passes() -> None:
    """RFC 9106's second recommended setting (docs/security.md says why and what it costs)."""
    params = KdfParams()
    assert params.memory_kib == 64 * 1024
    assert params.iterations == 3
    assert params.parallelism == 2


def test_derivation_is_deterministic_per_salt() -> None:
    salt_a, salt_b = b"a" * 16, b"b" * 16
    assert FAST_KDF.derive("pass", salt_a) == FAST_KDF.derive("pass", salt_a)
    assert FAST_KDF.derive("pass", salt_a) != FAST_KDF.derive("pass", salt_b)
    assert FAST_KDF.derive("pass", salt_a) != FAST_KDF.derive("Pass", salt_a)
    assert len(FAST_KDF.derive("pass", salt_a)) == 32


# keys.json ------------------------------------------------------------------------------------


def test_a_protected_key_file_holds_no_passphrase_and_no_plain_key(
    paths: DataPaths, clock: FixedClock
) -> None:
    household = set_up(paths, ["Maria", "Lloyd"], PASSPHRASES, clock, kdf=FAST_KDF)
    household.close()
    text = keys.keyfile_path(paths.root).read_text(encoding="utf-8")
    keyfile = keys.load(paths.root)
    assert keyfile.shared_protected
    opened = [keys.open_person(p, s) for p, s in zip(keyfile.people, PASSPHRASES, strict=True)]
    shared = keys.shared_key(keyfile, opened[0])
    assert keys.shared_key(keyfile, opened[1]) == shared
    vaults = [o.keys[keys.VAULT] for o in opened]
    assert vaults[0] != vaults[1] != shared

    for secret in PASSPHRASES:
        assert secret not in text
        assert json.dumps(secret)[1:-1] not in text
    for key in (shared, *vaults):
        for shown in (key.hex(), key.hex().upper(), base64.b64encode(key).decode()):
            assert shown not in text
    data = json.loads(text)
    assert data["shared"] == {"protected": True, "key": None}
    assert [p["name"] for p in data["people"]] == ["Maria", "Lloyd"]


def test_an_unprotected_key_file_says_so_and_opens_without_a_passphrase(
    paths: DataPaths, clock: FixedClock
) -> None:
    set_up(paths, ["Terry"], None, clock).close()
    keyfile = keys.load(paths.root)
    assert not keyfile.shared_protected
    assert len(keys.shared_key(keyfile, None)) == 32
    assert all(not p.has_passphrase for p in keyfile.people)


def test_a_protected_shared_space_needs_a_passphrase(paths: DataPaths, clock: FixedClock) -> None:
    set_up(paths, ["Maria", "Lloyd"], PASSPHRASES, clock, kdf=FAST_KDF).close()
    keyfile = keys.load(paths.root)
    with pytest.raises(WrongPassphrase):
        keys.shared_key(keyfile, None)
    with pytest.raises(WrongPassphrase):
        keys.open_person(keyfile.people[0], PASSPHRASES[1])
    with pytest.raises(WrongPassphrase):
        open_household(paths, keyfile.people[1].id, PASSPHRASES[0], clock)
    open_household(paths, keyfile.people[1].id, PASSPHRASES[1], clock).close()


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    maria = wrapped_for(MARIA, keys.new_space_key(), PASSPHRASES[0])
    keyfile = keys.KeyFile("household", "solo", [maria])
    keys.save(tmp_path, keyfile)
    assert keys.exists(tmp_path)
    assert keys.load(tmp_path) == keyfile


def test_load_without_a_key_file_asks_for_setup(tmp_path: Path) -> None:
    assert not keys.exists(tmp_path)
    with pytest.raises(NotSetUp):
        keys.load(tmp_path)


def _valid_keyfile_json(paths: DataPaths, clock: FixedClock) -> str:
    set_up(paths, ["Terry"], None, clock).close()
    return keys.keyfile_path(paths.root).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "not json",
        "wrong format",
        "no people",
        "no shared",
        "person without id",
        "not utf-8",
    ],
)
def test_a_damaged_key_file_is_reported_as_damaged(
    paths: DataPaths, clock: FixedClock, damage: str
) -> None:
    text = _valid_keyfile_json(paths, clock)
    data = json.loads(text)
    path = keys.keyfile_path(paths.root)
    if damage == "truncated":
        path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "not json":
        path.write_text("this is not json", encoding="utf-8")
    elif damage == "not utf-8":
        path.write_bytes(b"\xff\xfe\x00garbage")
    else:
        if damage == "wrong format":
            data["format"] = "something-else"
        elif damage == "no people":
            del data["people"]
        elif damage == "no shared":
            del data["shared"]
        elif damage == "person without id":
            del data["people"][0]["id"]
        path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()

    with pytest.raises(CorruptDatabase, match="damaged"):
        keys.load(paths.root)

    assert path.read_bytes() == before


def test_a_key_file_from_a_newer_version_is_refused(paths: DataPaths, clock: FixedClock) -> None:
    data = json.loads(_valid_keyfile_json(paths, clock))
    data["version"] = keys.VERSION + 1
    keys.keyfile_path(paths.root).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NewerDatabase, match="newer"):
        keys.load(paths.root)


def test_a_derived_key_fits_a_space() -> None:
    """keys.py keeps its own KEY_BYTES so reading keys.json loads no database driver."""
    from relate_desktop.store import connection, keys

    assert keys.KEY_BYTES == connection.KEY_BYTES
