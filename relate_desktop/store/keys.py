"""keys.json: who lives here and the space keys, wrapped per person with Argon2id + AES-256-GCM.

Each person has up to two *seals*: one under their passphrase and one under their recovery
code. A seal holds the KDF settings and salt, and every key that person may open (their vault
key, and the shared key when the shared space is protected), each encrypted with AES-256-GCM
under the derived key, with "person-id:purpose" as associated data so a wrapped key cannot be
moved to another person or purpose. Since version 2 a seal also holds a *manifest*: the list
of purposes it wraps, encrypted the same way (associated data "person-id:manifest"), so a
wrapped key removed from keys.json is noticed once the secret opens the manifest. Changing a
passphrase makes a new seal; the spaces themselves are never re-encrypted.

The whole file is checked when it is read (`parse`): every field's type, KDF settings within
bounds, base64 fields of the right length, one or two people with distinct ids and names. A
file that fails is CorruptDatabase (exit 4) with one line naming the field; nothing writes to
it then.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relate_desktop.domain.errors import CorruptDatabase, NewerDatabase, NotSetUp, WrongPassphrase
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.modes import private_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# argon2, cryptography and secrets are imported where a key is derived or a seal opened, not here:
# reading who lives here (keys.json's names) is all the first window needs, and it shows
# before they load (docs/performance.md, "Paint first").
KEY_BYTES = 32  # store.connection.KEY_BYTES: a space's key, and what a derivation makes

KEYFILE_NAME = "keys.json"
FORMAT = "relate-keys"
VERSION = 2  # 2: every seal has a manifest. Version 1 files (Relate 0.1) are still read.
OLDEST_VERSION = 1
MANIFEST = "manifest"
SHARED = "shared"
VAULT = "vault"

# Recovery codes: 24 symbols from an alphabet without look-alikes (no 0/O, 1/I/L, U), about
# 118 bits, shown in groups of four.
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
RECOVERY_LENGTH = 24

# Bounds on what keys.json may ask for, so a damaged or hostile file can't make an unlock take
# minutes or all the memory: Argon2id memory 8 MiB to 4 GiB, 1 to 64 passes, 1 to 16 lanes,
# and memory x passes at most 16 GiB (about 25 s of CPU time here; the default is 192 MiB x
# passes, about 0.3 s).
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8 * 1024, 4 * 1024 * 1024
MIN_ITERATIONS, MAX_ITERATIONS = 1, 64
MIN_LANES, MAX_LANES = 1, 16
MAX_COST_KIB = 16 * 1024 * 1024
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
PURPOSES = (SHARED, VAULT)
MAX_NAME = 60
MAX_ID = 64
_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]*")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost for new seals: 64 MiB, 3 passes, 2 lanes (RFC 9106's second recommended
    setting, with 2 lanes for a 2-core machine): 0.31 s of CPU time on this project's machine,
    about 0.16 s of wall time with both cores free (docs/security.md has the measurements).
    A seal keeps the cost it was made with. One derivation per unlock."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    parallelism: int = 2

    @classmethod
    def of(cls, sealed: Seal) -> KdfParams:
        """The settings a seal was made with (re-sealing keeps a household's chosen cost)."""
        kdf = sealed.kdf
        return cls(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["parallelism"]))

    def derive(self, secret: str, salt: bytes) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

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
    # The purposes, encrypted under the same key (None in seals made by Relate 0.1).
    manifest: Mapping[str, str] | None = None

    @property
    def purposes(self) -> frozenset[str]:
        return frozenset(self.wrapped)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kdf": dict(self.kdf),
            "wrapped": {k: dict(v) for k, v in self.wrapped.items()},
        }
        if self.manifest is not None:
            data[MANIFEST] = dict(self.manifest)
        return data


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
        seals = [s for p in self.people for s in (p.passphrase, p.recovery) if s is not None]
        # A file from 0.1 stays version 1 until every seal has been re-made with a manifest.
        version = VERSION if all(s.manifest is not None for s in seals) else OLDEST_VERSION
        return {
            "format": FORMAT,
            "version": version,
            "household_id": self.household_id,
            "mode": self.mode,
            "shared": {"protected": self.shared_protected, "key": self.shared_key_plain},
            "people": [
                {
                    "id": p.id,
                    "name": p.name,
                    "kdf": p.passphrase.kdf if p.passphrase else None,
                    "wrapped": dict(p.passphrase.wrapped) if p.passphrase else {},
                    **(
                        {MANIFEST: dict(p.passphrase.manifest)}
                        if p.passphrase and p.passphrase.manifest
                        else {}
                    ),
                    "recovery": p.recovery.to_json() if p.recovery else None,
                }
                for p in self.people
            ],
        }


def new_space_key() -> bytes:
    import secrets  # here, not at the top: see above

    return secrets.token_bytes(KEY_BYTES)


def _cipher(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _associated(person_id: str, purpose: str) -> bytes:
    return f"{person_id}:{purpose}".encode()


def seal(secret: str, person_id: str, keys: Mapping[str, bytes], params: KdfParams) -> Seal:
    """Wrap every key in `keys` (purpose -> key) under one derivation of `secret`."""
    import secrets

    salt = secrets.token_bytes(16)
    kek = _cipher(params.derive(secret, salt))
    wrapped = {}
    for purpose, key in keys.items():
        nonce = secrets.token_bytes(NONCE_BYTES)
        ciphertext = kek.encrypt(nonce, key, _associated(person_id, purpose))
        wrapped[purpose] = {"nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}
    nonce = secrets.token_bytes(NONCE_BYTES)
    listed = json.dumps(sorted(keys)).encode()
    manifest = kek.encrypt(nonce, listed, _associated(person_id, MANIFEST))
    kdf = {
        "algorithm": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
    }
    return Seal(kdf, wrapped, {"nonce": _b64(nonce), "ciphertext": _b64(manifest)})


def open_seal(sealed: Seal, secret: str, person_id: str, name: str = "") -> dict[str, bytes]:
    """Every key in the seal, or WrongPassphrase. One Argon2id derivation; reads nothing but
    the key file's data. With a manifest, the secret is proven by it first, so a wrapped key
    that then fails, or a list of keys that differs from it, is damage (CorruptDatabase), not
    a wrong passphrase."""
    from cryptography.exceptions import InvalidTag

    kek = _cipher(KdfParams.of(sealed).derive(secret, _unb64(str(sealed.kdf["salt"]))))
    whose = f"{name}'s" if name else "a person's"
    if sealed.manifest is not None:
        try:
            listed = kek.decrypt(
                _unb64(sealed.manifest["nonce"]),
                _unb64(sealed.manifest["ciphertext"]),
                _associated(person_id, MANIFEST),
            )
        except InvalidTag:
            raise WrongPassphrase("That passphrase doesn't match. Please try again.") from None
        if sorted(sealed.wrapped) != json.loads(listed):
            raise CorruptDatabase(
                f"{KEYFILE_NAME} is damaged: {whose} list of keys has been changed. "
                f"Put back a copy of {KEYFILE_NAME} if you have one.",
                file=KEYFILE_NAME,
            )
    opened = {}
    try:
        for purpose, blob in sealed.wrapped.items():
            opened[purpose] = kek.decrypt(
                _unb64(blob["nonce"]), _unb64(blob["ciphertext"]), _associated(person_id, purpose)
            )
    except InvalidTag:
        if sealed.manifest is not None:
            raise CorruptDatabase(
                f"{KEYFILE_NAME} is damaged: one of {whose} keys can't be opened. "
                f"Put back a copy of {KEYFILE_NAME} if you have one.",
                file=KEYFILE_NAME,
            ) from None
        raise WrongPassphrase("That passphrase doesn't match. Please try again.") from None
    return opened


@dataclass(frozen=True)
class Opened:
    """What one person's secret opened: their keys, and whether it was the recovery code."""

    keys: Mapping[str, bytes]
    by_recovery_code: bool


def open_person(person: PersonKeys, secret: str) -> Opened:
    """Open a person's keys with their passphrase or recovery code: one derivation. A secret
    that looks like a recovery code is tried against the recovery seal first, anything else
    against the passphrase seal only; only a passphrase that happens to look like a recovery
    code takes a second derivation."""
    if person.passphrase is None:
        raise WrongPassphrase(f"{person.name} has no passphrase set.")
    code = normalize_recovery_code(secret)
    if person.recovery is not None and code is not None:
        try:
            return Opened(open_seal(person.recovery, code, person.id, person.name), True)
        except WrongPassphrase:
            pass  # a passphrase shaped like a code
    return Opened(open_seal(person.passphrase, secret, person.id, person.name), False)


def new_recovery_code() -> str:
    import secrets

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
    """The key file, checked whole; NotSetUp, NewerDatabase or CorruptDatabase (all exit 4)
    with one line naming what is wrong. Never writes."""
    path = keyfile_path(data_dir)
    if not path.exists():
        raise NotSetUp("There is no Relate household in this folder yet. Run setup first.")
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (OSError, ValueError, RecursionError) as error:
        raise _damaged("it is not readable JSON") from error
    return parse(data)


class _Bad(Exception):
    """One problem in the key file, with where it is."""


def _damaged(problem: str) -> CorruptDatabase:
    return CorruptDatabase(
        f"{KEYFILE_NAME} is damaged and can't be read ({problem}). "
        f"Put back a copy of {KEYFILE_NAME} if you have one.",
        file=KEYFILE_NAME,
    )


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse(data: Any) -> KeyFile:
    """A key file's JSON, checked whole."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged("it is not a Relate key file")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerDatabase(
            "This data folder was made by a newer version of Relate. Please update Relate."
        )
    try:
        return _parse(data)
    except _Bad as error:
        raise _damaged(str(error)) from None


def _object(
    value: Any, where: str, fields: set[str], optional: Collection[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{where} should be an object")
    missing = fields - set(value)
    if missing:
        raise _Bad(f"{where}.{sorted(missing)[0]} is missing")
    extra = set(value) - fields - set(optional)
    if extra:
        raise _Bad(f"{where}.{sorted(extra)[0]} is not expected")
    return value


def _whole(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"{where} should be a whole number")
    if not low <= value <= high:
        raise _Bad(f"{where} should be from {low} to {high}")
    return value


def _b64_field(value: Any, where: str, low: int, high: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * high:
        raise _Bad(f"{where} should be base64 text")
    try:
        decoded = _unb64(value)
    except (ValueError, UnicodeEncodeError):
        raise _Bad(f"{where} is not base64") from None
    if not low <= len(decoded) <= high:
        raise _Bad(f"{where} has the wrong length")
    return decoded


def _text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Bad(f"{where} should be text")
    if len(value) > limit or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in value):
        raise _Bad(f"{where} is not a valid name or id")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad(f"{where} is not valid Unicode") from None
    return value


def _kdf(value: Any, where: str) -> dict[str, Any]:
    kdf = _object(value, where, {"algorithm", "memory_kib", "iterations", "parallelism", "salt"})
    if kdf["algorithm"] != "argon2id":
        raise _Bad(f"{where}.algorithm should be argon2id")
    memory = _whole(kdf["memory_kib"], f"{where}.memory_kib", MIN_MEMORY_KIB, MAX_MEMORY_KIB)
    passes = _whole(kdf["iterations"], f"{where}.iterations", MIN_ITERATIONS, MAX_ITERATIONS)
    _whole(kdf["parallelism"], f"{where}.parallelism", MIN_LANES, MAX_LANES)
    if memory * passes > MAX_COST_KIB:
        raise _Bad(f"{where} asks for more work than an unlock may take")
    _b64_field(kdf["salt"], f"{where}.salt", SALT_BYTES, 64)
    return dict(kdf)


def _blob(value: Any, where: str, low: int, high: int) -> dict[str, str]:
    blob = _object(value, where, {"nonce", "ciphertext"})
    _b64_field(blob["nonce"], f"{where}.nonce", NONCE_BYTES, NONCE_BYTES)
    _b64_field(blob["ciphertext"], f"{where}.ciphertext", low, high)
    return {"nonce": blob["nonce"], "ciphertext": blob["ciphertext"]}


def _seal(kdf: Any, wrapped: Any, manifest: Any, where: str, version: int) -> Seal:
    kdf = _kdf(kdf, f"{where}.kdf")
    if not isinstance(wrapped, dict) or not wrapped:
        raise _Bad(f"{where}.wrapped should list the keys")
    blobs = {}
    for purpose, blob in wrapped.items():
        if purpose not in PURPOSES:
            raise _Bad(f"{where}.wrapped.{str(purpose)[:20]} is not a key Relate knows")
        size = KEY_BYTES + TAG_BYTES
        blobs[purpose] = _blob(blob, f"{where}.wrapped.{purpose}", size, size)
    if manifest is None:
        if version >= 2:
            raise _Bad(f"{where}.{MANIFEST} is missing")
        return Seal(kdf, blobs)
    return Seal(kdf, blobs, _blob(manifest, f"{where}.{MANIFEST}", TAG_BYTES + 2, 64 + TAG_BYTES))


def _parse(data: dict[str, Any]) -> KeyFile:
    top = _object(
        data, "the file", {"format", "version", "household_id", "mode", "shared", "people"}
    )
    version = _whole(top["version"], "version", OLDEST_VERSION, VERSION)
    household_id = _text(top["household_id"], "household_id", MAX_ID)
    mode = top["mode"]
    if mode not in ("solo", "couple"):
        raise _Bad("mode should be solo or couple")
    shared = _object(top["shared"], "shared", {"protected", "key"})
    if not isinstance(shared["protected"], bool):
        raise _Bad("shared.protected should be true or false")
    plain = shared["key"]
    if shared["protected"]:
        if plain is not None:
            raise _Bad("shared.key should be empty in a protected household")
    elif not isinstance(plain, str) or not re.fullmatch(f"[0-9a-f]{{{2 * KEY_BYTES}}}", plain):
        raise _Bad("shared.key should be 64 hex digits")
    people_json = top["people"]
    if not isinstance(people_json, list) or not 1 <= len(people_json) <= 2:
        raise _Bad("people should list one or two people")
    if (mode == "couple") != (len(people_json) == 2):
        raise _Bad(f"a {mode} household can't have {len(people_json)} people")
    people = []
    for index, item in enumerate(people_json):
        where = f"people[{index}]"
        person = _object(item, where, {"id", "name", "kdf", "wrapped", "recovery"}, {MANIFEST})
        person_id = _text(person["id"], f"{where}.id", MAX_ID)
        if not _ID.fullmatch(person_id):
            raise _Bad(f"{where}.id is not a valid id")
        name = _text(person["name"], f"{where}.name", MAX_NAME)
        if person["kdf"] is None:
            if person["wrapped"] not in ({}, None) or person["recovery"] is not None:
                raise _Bad(f"{where} has keys but no passphrase")
            passphrase = recovery = None
        else:
            passphrase = _seal(
                person["kdf"], person["wrapped"], person.get(MANIFEST), where, version
            )
            recovery = None
            if person["recovery"] is not None:
                rec = _object(
                    person["recovery"], f"{where}.recovery", {"kdf", "wrapped"}, {MANIFEST}
                )
                recovery = _seal(
                    rec["kdf"], rec["wrapped"], rec.get(MANIFEST), f"{where}.recovery", version
                )
        sealed = [s for s in (passphrase, recovery) if s is not None]
        for each in sealed:
            if (SHARED in each.purposes) != shared["protected"]:
                needs = "needs" if shared["protected"] else "can't have"
                raise _Bad(f"{where} {needs} a wrapped shared key")
        if shared["protected"] and not sealed:
            raise _Bad(f"{where} has no passphrase in a protected household")
        people.append(PersonKeys(person_id, name, passphrase, recovery))
    if len({p.id for p in people}) != len(people):
        raise _Bad("the same person is listed twice")
    if len({" ".join(p.name.split()).casefold() for p in people}) != len(people):
        raise _Bad("two people have the same name")
    return KeyFile(household_id, mode, people, None if shared["protected"] else plain)


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
