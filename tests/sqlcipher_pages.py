"""Reading what a SQLCipher file holds, page by page, with its key: what someone who has the key
could still find, free pages and log frames included (SQL would show only live rows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096  # SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, HMAC-SHA512
RESERVE = 80  # per page: a 16-byte IV, then the 64-byte HMAC
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def _pages(data: bytes, offset: int, step: int) -> Iterator[tuple[int, bytes]]:
    for start in range(offset, len(data) - PAGE + 1, step):
        yield start, data[start : start + PAGE]


def plain_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a database file decrypted; a `-wal` file's frames too. The salt (the
    file's first 16 bytes) is checked by decrypting page 1 to a valid b-tree header."""
    data = path.read_bytes()
    if path.name.endswith("-wal"):
        frames = _pages(data, WAL_HEADER + FRAME_HEADER, PAGE + FRAME_HEADER)
        # Which page a frame is for is in its header (page 1 keeps the salt's room).
        found = []
        for start, page in frames:
            number = int.from_bytes(data[start - FRAME_HEADER : start - FRAME_HEADER + 4], "big")
            found.append(_decrypt(key, page, number == 1))
        return found
    return [_decrypt(key, page, start == 0) for start, page in _pages(data, 0, PAGE)]


def readable_header(path: Path, key: bytes) -> bool:
    """True when page 1 decrypts with this key (the page size at bytes 16-17 of the header,
    which is bytes 0-1 of the decrypted part after the salt)."""
    first = plain_pages(path, key)[0]
    return int.from_bytes(first[0:2], "big") == PAGE
