"""Which journal entry was open, sealed so that only the people who can read its space can
read it: the entry's id and its author's, encrypted (AES-256-GCM) under a key derived from that
space's key. The app keeps it beside the folder lock while an entry is open, so after a crash
it can offer the entry back to its writer, and only to them; the lock itself says no more
than "journal"."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"relate-desktop: the entry being written"
_NONCE = 12


def _note_key(space_key: bytes) -> AESGCM:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(space_key)
    return AESGCM(derived)


def seal(space_key: bytes, author_id: str, entry_id: str) -> bytes:
    """The author and entry, readable only with `space_key`."""
    nonce = secrets.token_bytes(_NONCE)
    text = json.dumps({"author": author_id, "entry": entry_id}).encode("utf-8")
    return nonce + _note_key(space_key).encrypt(nonce, text, _INFO)


def unseal(sealed: bytes, space_keys: Iterable[bytes]) -> tuple[str, str] | None:
    """(author, entry) when one of the keys opens the note; None otherwise."""
    if len(sealed) <= _NONCE:
        return None
    for key in space_keys:
        try:
            text = _note_key(key).decrypt(sealed[:_NONCE], sealed[_NONCE:], _INFO)
        except InvalidTag:
            continue
        try:
            data = json.loads(text)
            return str(data["author"]), str(data["entry"])
        except (ValueError, KeyError, TypeError):
            return None
    return None
