"""keys.json: who lives here and the space keys, wrapped per person with Argon2id + AES-256-GCM."""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from relate_desktop.domain.errors import CorruptDatabase, NewerDatabase, NotSetUp, WrongPassphrase
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import KEY_BYTES

KEYFILE_NAME = "keys.json"
FORMAT = "relate-keys"
VERSION = 1
SHARED = "shared"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.3 s on a 2-core laptop (measured in tests)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    parallelism: int = 2

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
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


@dataclass
class PersonKeys:
    id: str
    name: str
    kdf: dict[str, Any] | None = None
    wrapped: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def has_passphrase(self) -> bool:
        return self.kdf is not None


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
                {"id": p.id, "name": p.name, "kdf": p.kdf, "wrapped": p.wrapped}
                for p in self.people
            ],
        }


def new_space_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def wrap(
    key: bytes, passphrase: str, person_id: str, purpose: str, params: KdfParams
) -> tuple[dict[str, Any], dict[str, str]]:
    """Wrap `key` under the passphrase; returns (kdf settings, wrapped key)."""
    salt = secrets.token_bytes(16)
    kek = params.derive(passphrase, salt)
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(kek).encrypt(nonce, key, f"{person_id}:{purpose}".encode())
    kdf = {
        "algorithm": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
    }
    return kdf, {"nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}


def unwrap(person: PersonKeys, passphrase: str, purpose: str) -> bytes:
    """The key wrapped for `purpose`, or WrongPassphrase. Reads nothing but the key file."""
    if person.kdf is None or purpose not in person.wrapped:
        raise WrongPassphrase(f"{person.name} has no passphrase set.")
    kdf = person.kdf
    params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["parallelism"])
    kek = params.derive(passphrase, _unb64(kdf["salt"]))
    blob = person.wrapped[purpose]
    try:
        return AESGCM(kek).decrypt(
            _unb64(blob["nonce"]), _unb64(blob["ciphertext"]), f"{person.id}:{purpose}".encode()
        )
    except InvalidTag:
        raise WrongPassphrase("That passphrase doesn't match. Please try again.") from None


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
            PersonKeys(p["id"], p["name"], p.get("kdf"), p.get("wrapped", {}))
            for p in data["people"]
        ]
        shared = data["shared"]
        plain = None if shared["protected"] else str(shared["key"])
        if plain is not None and len(bytes.fromhex(plain)) != KEY_BYTES:
            raise ValueError("the shared key has the wrong length")
        if data["mode"] not in ("solo", "couple"):
            raise ValueError("unknown household mode")
        return KeyFile(data["household_id"], data["mode"], people, plain)
    except (ValueError, KeyError, TypeError) as error:
        raise CorruptDatabase(f"The key file {path.name} is damaged and can't be read.") from error


def save(data_dir: Path, keyfile: KeyFile) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(keyfile.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomically(keyfile_path(data_dir), text.encode("utf-8"))


def shared_key(keyfile: KeyFile, person_id: str | None, passphrase: str | None) -> bytes:
    """The shared space's key: stored plainly, or unwrapped with one person's passphrase."""
    if keyfile.shared_key_plain is not None:
        return bytes.fromhex(keyfile.shared_key_plain)
    if person_id is None or passphrase is None:
        raise WrongPassphrase("The shared space is locked. Enter a passphrase to open it.")
    return unwrap(keyfile.person(person_id), passphrase, SHARED)
