"""Sync's rules, without files or SQL: versions of a record, which one a space shows, the clock.

Every change to a record (a conflict, a draft, a journal entry, a check-in...) becomes a
*version*: the record's whole content (or nothing, for a deletion), the versions it replaced
(its parents), a hybrid logical clock and the device that made it. A version that no other
version replaces is a *head*. What a space shows is a function of the set of versions alone,
never of the order they arrived in, so every computer that has seen the same versions shows
the same thing:

- one head: that version;
- several heads (the record was changed on two computers before either saw the other's
  change): the head with the highest (clock, device) is shown, the others are kept, and the
  people are asked which to keep (`both_edited`);
- a record whose parent record is not shown (a draft of a deleted conflict) is not shown.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# Record kinds, parents first: a record is written after the record it belongs to.
KINDS = (
    "person",
    "conflict",
    "perspective",
    "draft",
    "agreement",
    "follow_up",
    "journal",
    "repair",
    "time_out",
    "reflection",
    "safety",
)
# kind -> (the kind of record it belongs to, the column naming that record).
BELONGS_TO: dict[str, tuple[str, str]] = {
    "perspective": ("conflict", "conflict_id"),
    "draft": ("conflict", "conflict_id"),
    "agreement": ("conflict", "conflict_id"),
    "follow_up": ("agreement", "agreement_id"),
}


@dataclass(frozen=True)
class Version:
    """One version of one record."""

    version: str
    kind: str
    item_id: str
    clock: int
    device: str
    parents: tuple[str, ...]
    payload: dict[str, Any] | None  # None: the record was deleted
    digest: str

    @property
    def deleted(self) -> bool:
        return self.payload is None

    @property
    def order(self) -> tuple[int, str]:
        """Higher wins among heads: the later clock, then the device id (a fixed tie-break)."""
        return self.clock, self.device

    @property
    def parent_id(self) -> str | None:
        """The id of the record this one belongs to (a draft's conflict), if any."""
        belongs = BELONGS_TO.get(self.kind)
        if belongs is None or self.payload is None:
            return None
        value = self.payload.get("row", {}).get(belongs[1])
        return str(value) if value is not None else None

    def to_json(self) -> dict[str, Any]:
        return {
            "v": self.version,
            "k": self.kind,
            "i": self.item_id,
            "c": self.clock,
            "d": self.device,
            "p": list(self.parents),
            "x": self.payload,
        }


def canonical(payload: dict[str, Any] | None) -> str:
    """The one JSON text of a record's content: what its digest is taken over."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest_of(payload: dict[str, Any] | None) -> str:
    return hashlib.sha256(canonical(payload).encode("utf-8")).hexdigest()[:32]


def version_id(clock: int, device: str) -> str:
    return f"{clock:013x}.{device}"


def new_version(
    kind: str,
    item_id: str,
    payload: dict[str, Any] | None,
    parents: Iterable[str],
    clock: int,
    device: str,
) -> Version:
    return Version(
        version_id(clock, device) + f".{kind}.{item_id}",
        kind,
        item_id,
        clock,
        device,
        tuple(sorted(parents)),
        payload,
        digest_of(payload),
    )


def from_json(data: Any) -> Version:
    """A version as a change file carries it; ValueError when it isn't one."""
    if not isinstance(data, dict):
        raise ValueError("a version is an object")
    kind, item_id, clock, device = data.get("k"), data.get("i"), data.get("c"), data.get("d")
    parents, payload, ident = data.get("p"), data.get("x"), data.get("v")
    if kind not in KINDS or not isinstance(item_id, str) or not isinstance(ident, str):
        raise ValueError("a version names its record")
    if not isinstance(clock, int) or isinstance(clock, bool) or clock < 0:
        raise ValueError("a version has a clock")
    if not isinstance(device, str) or not isinstance(parents, list):
        raise ValueError("a version has a device and parents")
    if not all(isinstance(p, str) for p in parents):
        raise ValueError("parents are version ids")
    if payload is not None and not isinstance(payload, dict):
        raise ValueError("a version's content is an object")
    return Version(ident, kind, item_id, clock, device, tuple(parents), payload, digest_of(payload))


def winner(heads: Iterable[Version]) -> Version | None:
    """The head a space shows: the highest (clock, device)."""
    return max(heads, key=lambda v: v.order, default=None)


def tick(last: int, now_ms: int) -> int:
    """The next clock reading: the wall clock in milliseconds, but always past the last
    reading (so a computer whose clock is behind still orders its changes after what it saw)."""
    return max(now_ms, last + 1)


@dataclass(frozen=True)
class DeviceSeen:
    """Another computer as a space last heard from it."""

    device: str
    name: str
    applied_at: datetime | None
    retired: bool = False


@dataclass(frozen=True)
class RoundSummary:
    """What one sync round did."""

    sent: int = 0  # changes from this computer written to the folder
    received: int = 0  # changes from other computers applied
    rejected: tuple[str, ...] = ()  # change files refused (damaged, foreign, replayed...)
    both_edited: int = 0  # records edited on two computers, waiting for someone to choose
    from_devices: tuple[str, ...] = ()  # names of the computers changes came from

    def line(self) -> str:
        """One line for the command line."""
        parts = [f"sent {self.sent}", f"received {self.received}"]
        if self.from_devices:
            parts[-1] += " from " + ", ".join(self.from_devices)
        line = "Synced: " + ", ".join(parts) + "."
        if self.both_edited:
            line += (
                f" {self.both_edited} edited on both computers: open Relate to choose which "
                "to keep."
            )
        if self.rejected:
            line += f" Refused {len(self.rejected)} damaged or foreign change files."
        return line


@dataclass(frozen=True)
class BothEdited:
    """A record changed on two computers before they saw each other's change."""

    kind: str
    item_id: str
    space: str  # "shared", or "private" (the open private space)
    choices: tuple[Choice, ...]  # newest first: the first is the one shown now


@dataclass(frozen=True)
class Choice:
    version: str
    device_name: str
    changed_at: datetime
    title: str  # a few words to tell the versions apart ("" for a deletion)
    deleted: bool
