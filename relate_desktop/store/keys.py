"""keys.json: who lives here and the space keys, wrapped per person with Argon2id + AES-256-GCM.

Each person has up to two *seals*: one under their passphrase and one under their recovery
code. A seal holds the KDF settings and salt, and every key that person may open (their vault
key, and the shared key when the shared space is protected), each encrypted with AES-256-GCM
under the derived key, with "person-id:purpose" as associated data so a wrapped key cannot be
moved to another person or purpose. Changing a passphrase makes a new seal; the spaces
themselves are never re-encrypted.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from relate_desktop.domain.errors import CorruptDatabase, NewerDatabase, NotSetUp, WrongPassphrase
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import KEY_BYTES
from relate_desktop.store.modes import private_dir

KEYFILE_NAME = "keys.json"
FORMAT = "relate-keys"
VERSION = 1
SHARED = "shared"
VAULT = "vault"

# Recovery codes: 24 symbols from an alphabet without look-alikes (no 0/O, 1/I/L, U), about
# 118 bits, shown in groups of four.
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
RECOVERY_LENGTH = 24


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: 128 MiB and 4 passes take about 0.22 s on this project's 2-core machine
    (see docs/security.md), inside the 0.2-0.5 s an unlock should take."""

    memory_kib: int = 128 * 1024
    iterations: int = 4
    parallelism: int = 2

    @classmethod
    def of(cls, sealed: Seal) -> KdfParams:
        """The settings a seal was made with (re-sealing keeps a household's chosen cost)."""
        kdf = sealed.kdf
        return cls(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["parallelism"]))

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            time_cost=self.iterations,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Seal:
    """Keys wrapped under one secret (a passphrase or a recovery code)."""

    kdf: Mapping[str, Any]
    wrapped: Mapping[str, Mapping[str, str]]

    @property
    def purposes(self) -> frozenset[str]:
        return frozenset(self.wrapped)

    def to_json(self) -> dict[str, Any]:
        return {"kdf": dict(self.kdf), "wrapped": {k: dict(v) for k, v in self.wrapped.items()}}

    @classmethod
    def from_json(cls, data: Any) -> Seal | None:
        if data is None:
            return None
        kdf, wrapped = data["kdf"], data["wrapped"]
        if kdf.get("algorithm") != "argon2id" or not isinstance(wrapped, dict):
            raise ValueError("unknown key wrapping")
        return cls(dict(kdf), {k: dict(v) for k, v in wrapped.items()})


@dataclass
class PersonKeys:
    id: str
    name: str
    passphrase: Seal | None = None
    recovery: Seal | None = None

    @property
    def has_passphrase(self) -> bool:
        return self.passphrase is not None

    @property
    def has_vault(self) -> bool:
        return self.passphrase is not None and VAULT in self.passphrase.purposes


@dataclass
class KeyFile:
    """The parsed key file. Holds no private text: names, KDF settings and wrapped keys."""

    household_id: str
    mode: str
    people: list[PersonKeys]
    shared_key_plain: str | None = None

    @property
    def shared_protected(self) -> bool:
        return self.shared_key_plain is None

    def person(self, person_id: str) -> PersonKeys:
        for person in self.people:
            if person.id == person_id:
                return person
        raise KeyError(person_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "household_id": self.household_id,
            "mode": self.mode,
            "shared": {"protected": self.shared_protected, "key": self.shared_key_plain},
            "people": [
                {
                    "id": p.id,
                    "name": p.name,
                    "kdf": p.passphrase.kdf if p.passphrase else None,
                    "wrapped": dict(p.passphrase.wrapped) if p.passphrase else {},
                    "recovery": p.recovery.to_json() if p.recovery else None,
                }
                for p in self.people
            ],
        }


def new_space_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _associated(person_id: str, purpose: str) -> bytes:
    return f"{person_id}:{purpose}".encode()


def seal(secret: str, person_id: str, keys: Mapping[str, bytes], params: KdfParams) -> Seal:
    """Wrap every key in `keys` (purpose -> key) under one derivation of `secret`."""
    salt = secrets.token_bytes(16)
    kek = AESGCM(params.derive(secret, salt))
    wrapped = {}
    for purpose, key in keys.items():
        nonce = secrets.token_bytes(12)
        ciphertext = kek.encrypt(nonce, key, _associated(person_id, purpose))
        wrapped[purpose] = {"nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}
    kdf = {
        "algorithm": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
    }
    return Seal(kdf, wrapped)


def open_seal(sealed: Seal, secret: str, person_id: str) -> dict[str, bytes]:
    """Every key in the seal, or WrongPassphrase. Reads nothing but the key file's data."""
    kek = AESGCM(KdfParams.of(sealed).derive(secret, _unb64(str(sealed.kdf["salt"]))))
    opened = {}
    try:
        for purpose, blob in sealed.wrapped.items():
            opened[purpose] = kek.decrypt(
                _unb64(blob["nonce"]), _unb64(blob["ciphertext"]), _associated(person_id, purpose)
            )
    except InvalidTag:
        raise WrongPassphrase("That passphrase doesn't match. Please try again.") from None
    return opened


@dataclass(frozen=True)
class Opened:
    """What one person's secret opened: their keys, and whether it was the recovery code."""

    keys: Mapping[str, bytes]
    by_recovery_code: bool


def open_person(person: PersonKeys, secret: str) -> Opened:
    """Try the passphrase, then (when the secret looks like one) the recovery code."""
    if person.passphrase is None:
        raise WrongPassphrase(f"{person.name} has no passphrase set.")
    try:
        return Opened(open_seal(person.passphrase, secret, person.id), False)
    except WrongPassphrase:
        code = normalize_recovery_code(secret)
        if person.recovery is None or code is None:
            raise
    return Opened(open_seal(person.recovery, code, person.id), True)


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return "-".join(symbols[i : i + 4] for i in range(0, RECOVERY_LENGTH, 4))


def normalize_recovery_code(text: str) -> str | None:
    """The code in its canonical form (groups of four), or None if `text` can't be one."""
    symbols = re.sub(r"[\s\-]", "", text).upper()
    if len(symbols) != RECOVERY_LENGTH or any(c not in RECOVERY_ALPHABET for c in symbols):
        return None
    return "-".join(symbols[i : i + 4] for i in range(0, RECOVERY_LENGTH, 4))


def keyfile_path(data_dir: Path) -> Path:
    return data_dir / KEYFILE_NAME


def exists(data_dir: Path) -> bool:
    return keyfile_path(data_dir).exists()


def load(data_dir: Path) -> KeyFile:
    path = keyfile_path(data_dir)
    if not path.exists():
        raise NotSetUp("There is no Relate household in this folder yet. Run setup first.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a key file")
        if data.get("version") != VERSION:
            raise NewerDatabase(
                "This data folder was made by a newer version of Relate. Please update Relate."
            )
        people = [
            PersonKeys(
                str(p["id"]),
                str(p["name"]),
                Seal.from_json({"kdf": p["kdf"], "wrapped": p.get("wrapped", {})})
                if p.get("kdf")
                else None,
                Seal.from_json(p.get("recovery")),
            )
            for p in data["people"]
        ]
        shared = data["shared"]
        plain = None if shared["protected"] else str(shared["key"])
        if plain is not None and len(bytes.fromhex(plain)) != KEY_BYTES:
            raise ValueError("the shared key has the wrong length")
        if data["mode"] not in ("solo", "couple"):
            raise ValueError("unknown household mode")
        return KeyFile(str(data["household_id"]), str(data["mode"]), people, plain)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise CorruptDatabase(f"The key file {path.name} is damaged and can't be read.") from error


def save(data_dir: Path, keyfile: KeyFile) -> None:
    private_dir(data_dir)
    text = json.dumps(keyfile.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomically(keyfile_path(data_dir), text.encode("utf-8"))


def shared_key(keyfile: KeyFile, opened: Opened | None) -> bytes:
    """The shared space's key: stored plainly, or among what a person's secret opened."""
    if keyfile.shared_key_plain is not None:
        return bytes.fromhex(keyfile.shared_key_plain)
    if opened is None or SHARED not in opened.keys:
        raise WrongPassphrase("The shared space is locked. Enter a passphrase to open it.")
    return opened.keys[SHARED]
