"""The sync folder on disk: its layout, and change files sealed with a space's key.

    FOLDER/relate-sync/<household id>/
        devices/<device id>/household.json      keys.json as this computer has it: names, KDF
                                                settings and *wrapped* keys, never a key
        devices/<device id>/device.relate       this computer's name and the computers it
                                                retired, sealed with the shared space's key
        devices/<device id>/<space>/<n>.relate  its n-th change file for that space ("shared",
                                                or "vault-<person id>"), sealed with that
                                                space's key

Each computer writes only under its own `devices/<device id>/`, so the engine that syncs the
folder (Syncthing, Nextcloud, Dropbox, a USB stick) never sees two writers on one file. Every
file is written whole under a temporary name and then renamed. A sealed file is AES-256-GCM
under a key derived (HKDF-SHA256) from the space's key, with the household, space, device and
file number as associated data: a truncated, altered, renamed (replayed) or foreign file fails
to open and is refused.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.modes import private_dir

ROOT = "relate-sync"
DEVICES = "devices"
HOUSEHOLD_FILE = "household.json"
DEVICE_FILE = "device.relate"
SUFFIX = ".relate"
MAGIC = b"RELATE-SYNC-1\n"
_INFO = b"relate-desktop: sync files, version 1"
_NONCE = 12
_NAME = re.compile(r"^(\d{10})\.relate$")
_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$")
MAX_FILE = 256 * 1024 * 1024


class Unreadable(Exception):
    """A sealed file that does not open: damaged, cut short, altered, renamed or foreign."""


@dataclass(frozen=True)
class SyncFolder:
    """One household's place in a sync folder."""

    root: Path  # FOLDER/relate-sync/<household id>
    household_id: str

    @classmethod
    def at(cls, folder: Path, household_id: str) -> SyncFolder:
        return cls(folder / ROOT / household_id, household_id)

    def device_dir(self, device: str) -> Path:
        return self.root / DEVICES / device

    def space_dir(self, device: str, space: str) -> Path:
        return self.device_dir(device) / space

    def devices(self) -> list[str]:
        """Every computer that has written here (its folder's name)."""
        try:
            names = sorted(p.name for p in (self.root / DEVICES).iterdir() if p.is_dir())
        except (FileNotFoundError, NotADirectoryError):
            return []
        return [n for n in names if _ID.match(n)]

    def change_numbers(self, device: str, space: str) -> list[int]:
        """The numbers of that computer's change files for that space, in order."""
        try:
            names = os.listdir(self.space_dir(device, space))
        except (FileNotFoundError, NotADirectoryError):
            return []
        return sorted(int(m.group(1)) for n in names if (m := _NAME.match(n)))

    def change_path(self, device: str, space: str, number: int) -> Path:
        return self.space_dir(device, space) / f"{number:010d}{SUFFIX}"

    # Writing ----------------------------------------------------------------------------------

    def write_change(
        self, key: bytes, device: str, space: str, number: int, content: dict[str, Any]
    ) -> Path:
        path = self.change_path(device, space, number)
        _make_dirs(path.parent)
        write_atomically(path, seal(key, self._context(space, device, number), content))
        return path

    def read_change(self, key: bytes, device: str, space: str, number: int) -> dict[str, Any]:
        path = self.change_path(device, space, number)
        return unseal(key, self._context(space, device, number), _read(path))

    def write_device(self, key: bytes, device: str, content: dict[str, Any]) -> None:
        path = self.device_dir(device) / DEVICE_FILE
        _make_dirs(path.parent)
        write_atomically(path, seal(key, self._context("device", device, 0), content))

    def read_device(self, key: bytes, device: str) -> dict[str, Any]:
        path = self.device_dir(device) / DEVICE_FILE
        return unseal(key, self._context("device", device, 0), _read(path))

    def write_household(self, device: str, keyfile_json: dict[str, Any]) -> None:
        path = self.device_dir(device) / HOUSEHOLD_FILE
        _make_dirs(path.parent)
        text = json.dumps(keyfile_json, indent=2, ensure_ascii=False) + "\n"
        write_atomically(path, text.encode("utf-8"))

    def households(self) -> list[tuple[str, Path]]:
        """(device, its household.json) for every computer that published one."""
        found = []
        for device in self.devices():
            path = self.device_dir(device) / HOUSEHOLD_FILE
            if path.is_file():
                found.append((device, path))
        return found

    def _context(self, space: str, device: str, number: int) -> bytes:
        return f"{self.household_id}/{space}/{device}/{number}".encode()


def households_in(folder: Path) -> list[str]:
    """The ids of the households synced through this folder."""
    try:
        names = sorted(p.name for p in (folder / ROOT).iterdir() if p.is_dir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [n for n in names if _ID.match(n)]


def _make_dirs(path: Path) -> None:
    for part in reversed([path, *path.parents]):
        if not part.exists():
            private_dir(part)


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE + 1)
    except OSError as error:
        raise Unreadable(f"{path.name} can't be read ({error.strerror or error})") from error
    if len(data) > MAX_FILE:
        raise Unreadable(f"{path.name} is too large")
    return data


def _file_key(space_key: bytes) -> AESGCM:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(space_key)
    return AESGCM(derived)


def seal(space_key: bytes, context: bytes, content: dict[str, Any]) -> bytes:
    """`content` as JSON, compressed, then encrypted and authenticated with `context`."""
    plain = zlib.compress(
        json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
    )
    nonce = secrets.token_bytes(_NONCE)
    return MAGIC + nonce + _file_key(space_key).encrypt(nonce, plain, context)


def unseal(space_key: bytes, context: bytes, data: bytes) -> dict[str, Any]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _NONCE + 16:
        raise Unreadable("not a Relate change file, or cut short")
    body = data[len(MAGIC) :]
    try:
        plain = _file_key(space_key).decrypt(body[:_NONCE], body[_NONCE:], context)
    except InvalidTag:
        raise Unreadable("damaged, altered, or not this household's") from None
    try:
        content = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise Unreadable("its content can't be read") from None
    if not isinstance(content, dict):
        raise Unreadable("its content can't be read")
    return content
