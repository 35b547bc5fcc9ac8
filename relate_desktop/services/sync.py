"""Sync a household between computers through a folder they already sync (docs/sync.md).

A round, for each space open here (the shared space, and the private space of whoever is
unlocked):

1. write out what an earlier round committed but did not get to write (a crash between);
2. in one transaction per change file read: turn the records changed here since the last
   round into versions (this computer's next change file), then apply one change file from
   another computer (or this one's, after a restore): keep its versions, and store each
   record it touches as its winning version shows it;
3. write this computer's new change files, each whole (temporary name, then rename).

A kill at any point loses nothing: a transaction either committed (its versions are in the
space and go out next round) or did not (the change files are read again).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relate_desktop.domain.errors import InvalidInput, StorageError
from relate_desktop.domain.models import Person
from relate_desktop.domain.sync import (
    BELONGS_TO,
    KINDS,
    BothEdited,
    Choice,
    DeviceSeen,
    RoundSummary,
    Version,
    digest_of,
    from_json,
    new_version,
    tick,
)
from relate_desktop.paths import DataPaths
from relate_desktop.services import sync_settings
from relate_desktop.services.household import (
    SHARED_SPACE,
    Household,
    household_info,
    info_of,
    person_by_name,
)
from relate_desktop.services.sync_settings import SyncConfig
from relate_desktop.store import keys, migrate, search, sync_log
from relate_desktop.store.sync_folder import SyncFolder, Unreadable, households_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from relate_desktop.domain.clock import Clock
    from relate_desktop.store.space import Space

FORMAT = "relate-sync"
VERSIONS_PER_FILE = 2000
BULK_FROM = 200  # records touched by one change file from which the index is built after
SEARCHED = ("conflict", "draft", "agreement", "journal")
KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}
NEEDS_PASSPHRASES = (
    "Sync needs a passphrase for each person: the folder goes to other computers, so "
    "everything in it is encrypted with keys that only your passphrases open. This household "
    "was set up without passphrases. To sync it, save it with `relate-desktop export-json`, "
    "set up a new household with passphrases, and import the file there."
)


class SyncFolderMissing(StorageError):
    """The sync folder is not there (an unplugged drive, a folder moved)."""


class DeviceRetired(StorageError):
    """Another computer removed this one from sync."""


@dataclass(frozen=True)
class SyncStatus:
    folder: Path
    device: str
    device_name: str
    last_round: datetime | None
    others: tuple[DeviceSeen, ...]
    both_edited: int


# Setting up -----------------------------------------------------------------------------------


def start_sync(household: Household, folder: Path, device_name: str = "") -> SyncConfig:
    """Sync this household through `folder` from now on. Only a household whose people all
    have passphrases: the shared space's key then exists only wrapped."""
    if not household.keyfile.shared_protected:
        raise InvalidInput(NEEDS_PASSPHRASES)
    _require_folder(folder)
    # Other households may sync through the same folder: each has its own folder inside.
    config = sync_settings.load(household.paths)
    if config is None or config.folder != folder:
        config = SyncConfig(
            folder,
            config.device if config else sync_settings.new_device_id(),
            sync_settings.clean_device_name(device_name),
        )
    elif device_name:
        config = replace(config, device_name=sync_settings.clean_device_name(device_name))
    place = SyncFolder.at(folder, household.keyfile.household_id)
    if config.device in _devices(place, household.shared_key)[1]:
        # Removed from sync on another computer: it comes back as a new one.
        config = replace(config, device=sync_settings.new_device_id())
    sync_settings.save(household.paths, config)
    _publish(household, config)
    return config


def stop_sync(paths: DataPaths) -> None:
    """Stop syncing on this computer (the folder and what the others sent stay)."""
    sync_settings.save(paths, None)


def join(
    paths: DataPaths,
    folder: Path,
    name: str,
    passphrase: str,
    clock: Clock,
    device_name: str = "",
) -> tuple[Household, RoundSummary]:
    """Set up this (empty) data folder from a household synced through `folder`: the person
    named unlocks with their passphrase or recovery code, and this computer receives
    everything they may read. The caller holds the data folder's lock."""
    from relate_desktop.services.household import Household as HouseholdClass
    from relate_desktop.store.space import Space

    if household_info(paths) is not None or paths.shared_db.exists():
        raise InvalidInput(f"There is already a Relate household in {paths.root}.")
    _require_folder(folder)
    keyfile = _published_keys(folder)
    person = person_by_name(info_of(keyfile), name)
    opened = keys.open_person(keyfile.person(person.id), passphrase)
    shared_key = keys.shared_key(keyfile, opened)
    paths.root.mkdir(parents=True, exist_ok=True)
    from relate_desktop.store.modes import private_dir

    private_dir(paths.root)
    created = [paths.shared_db, paths.vault_db(person.id)]
    try:
        space = Space.open(SHARED_SPACE, paths.shared_db, shared_key, paths.backups, clock.now())
        household = HouseholdClass(paths, keyfile, space, clock, shared_key)
        household.unlocked_by_recovery_code = opened.by_recovery_code
        household.recovered_person = person.id if opened.by_recovery_code else None
        vault_key = opened.keys.get(keys.VAULT)
        if vault_key is not None:
            household.open_vault(person.id, vault_key, create=True)
        keys.save(paths.root, keyfile)
        config = SyncConfig(
            folder, sync_settings.new_device_id(), sync_settings.clean_device_name(device_name)
        )
        sync_settings.save(paths, config)
        _publish(household, config)
        summary = sync_round(household)
    except BaseException:
        for path in created:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        keys.keyfile_path(paths.root).unlink(missing_ok=True)
        sync_settings.save(paths, None)
        raise
    return household, summary


def published_people(folder: Path) -> tuple[Person, ...]:
    """Who lives in the household synced through `folder` (to pick oneself when joining)."""
    _require_folder(folder)
    return info_of(_published_keys(folder)).people


def _published_keys(folder: Path) -> keys.KeyFile:
    """The household's keys as the computer that published them last has them."""
    found = households_in(folder)
    if not found:
        raise InvalidInput(
            f"{folder} holds no Relate household yet. On the computer that has it, choose "
            "Relate → Sync with another computer… and pick this folder first."
        )
    if len(found) > 1:
        raise InvalidInput(f"{folder} holds more than one Relate household.")
    place = SyncFolder.at(folder, found[0])
    newest: tuple[str, keys.KeyFile] | None = None
    for _device, path in place.households():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            keyfile = keys.parse(data.get("keys"))
            published = str(data.get("published_at", ""))
        except (OSError, ValueError, AttributeError, StorageError):
            continue
        if keyfile.household_id != found[0] or not keyfile.shared_protected:
            continue
        if newest is None or published > newest[0]:
            newest = (published, keyfile)
    if newest is None:
        raise InvalidInput(f"The household in {folder} can't be read yet; wait for it to sync.")
    return newest[1]


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise SyncFolderMissing(
            f"The sync folder {folder} isn't there. If it is on a drive, connect it; "
            "otherwise choose the folder again."
        )


def _publish(household: Household, config: SyncConfig) -> None:
    """This computer's household.json (wrapped keys only) and its sealed device file."""
    place = SyncFolder.at(config.folder, household.keyfile.household_id)
    published = {
        "format": FORMAT,
        "published_at": household.clock.now().astimezone(UTC).isoformat(),
        "keys": household.keyfile.to_json(),
    }
    current = place.device_dir(config.device) / "household.json"
    try:
        old = json.loads(current.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = None
    if not isinstance(old, dict) or old.get("keys") != published["keys"]:
        place.write_household(config.device, published)
    device = _device_info(place, household.shared_key, config.device)
    wanted = {"name": config.device_name, "retired": sorted(device.get("retired", []))}
    if device != wanted:
        place.write_device(household.shared_key, config.device, wanted)


def _device_info(place: SyncFolder, key: bytes, device: str) -> dict[str, Any]:
    try:
        return place.read_device(key, device)
    except Unreadable:
        return {}


# A round ---------------------------------------------------------------------------------------


def _spaces(household: Household) -> Iterator[tuple[str, Space]]:
    yield SHARED_SPACE, household.shared
    person = household.private_person
    vault = household.open_private_space
    if person is not None and vault is not None:
        yield f"vault-{person}", vault


def sync_round(household: Household) -> RoundSummary:
    """One round for every space open now. Needs sync set up on this computer."""
    config = sync_settings.load(household.paths)
    if config is None:
        raise InvalidInput(
            "This computer doesn't sync yet: give --folder DIR, or choose "
            "Relate → Sync with another computer…"
        )
    _require_folder(config.folder)
    place = SyncFolder.at(config.folder, household.keyfile.household_id)
    _publish(household, config)
    names, retired = _devices(place, household.shared_key)
    if config.device in retired:
        raise DeviceRetired(
            "This computer was removed from sync on another computer. Choose "
            "Relate → Sync with another computer… to sync it again."
        )
    total = RoundSummary()
    for label, space in _spaces(household):
        result = _round_space(place, config.device, label, space, names, retired, household)
        total = RoundSummary(
            sent=total.sent + result.sent,
            received=total.received + result.received,
            rejected=total.rejected + result.rejected,
            both_edited=total.both_edited + result.both_edited,
            from_devices=tuple(sorted({*total.from_devices, *result.from_devices})),
        )
    with household.shared.session() as session:
        sync_log.set_meta(session, "last_round", household.clock.now().isoformat())
    return total


def _devices(place: SyncFolder, key: bytes) -> tuple[dict[str, str], set[str]]:
    names: dict[str, str] = {}
    retired: set[str] = set()
    for device in place.devices():
        info = _device_info(place, key, device)
        names[device] = str(info.get("name") or "another computer")
        retired.update(str(r) for r in info.get("retired", []) if isinstance(r, str))
    return names, retired


def _newest(heads: list[tuple[str, int, str, str]]) -> tuple[str, int, str, str] | None:
    """The head a space shows, from (version, clock, device, digest) rows: the highest
    (clock, device), as domain.sync.winner decides among whole versions."""
    return max(heads, key=lambda h: (h[1], h[2]), default=None)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _round_space(
    place: SyncFolder,
    device: str,
    label: str,
    space: Space,
    names: dict[str, str],
    retired: set[str],
    household: Household,
) -> RoundSummary:
    _flush(place, device, label, space)
    with space.read() as session:
        cursors = sync_log.cursors(session)
        written = _number(session, "written", device)
    sent = received = 0
    rejected: list[str] = []
    seen_from: set[str] = set()
    now = household.clock.now().isoformat()
    # Every computer's files after the last one applied, in order, one transaction each.
    incoming: list[tuple[str, int]] = []
    for other in place.devices():
        applied = cursors.get(other, (0, None))[0]
        if other == device:
            applied = max(applied, written)
        expected = applied + 1
        for number in place.change_numbers(other, label):
            if number < expected:
                continue
            if number != expected:
                break  # one is missing (not delivered yet): wait for it
            incoming.append((other, number))
            expected += 1
    stopped: set[str] = set()
    for other, number in [("", 0), *incoming]:
        if other in stopped:
            continue
        versions: list[Version] = []
        if other:
            try:
                versions = _read_change(place, space, other, label, number)
            except Unreadable as error:
                rejected.append(f"{names.get(other, other)}: change file {number} ({error})")
                stopped.add(other)
                continue
        with space.session() as session:
            sync_log.take_write_lock(session)
            if not other:
                _after_own_files(session, place, device, label)
            sent += _collect(session, device)
            if other:
                received += _apply(session, versions)
                sync_log.set_cursor(session, other, number, now)
                if versions and other != device:
                    seen_from.add(names.get(other, "another computer"))
            sync_log.forget_changed(session)
    with space.session() as session:
        sync_log.take_write_lock(session)
        sent += _collect(session, device)
        both = len(sync_log.both_edited(session))
    _flush(place, device, label, space)
    with space.session() as session:
        sync_log.forget_replaced(session, device, _number(session, "written", device))
    return RoundSummary(
        sent=sent,
        received=received,
        rejected=tuple(rejected),
        both_edited=both,
        from_devices=tuple(sorted(seen_from)),
    )


def _number(session: Session, what: str, device: str) -> int:
    """This computer's last change file numbered ("out_seq") or written ("written"). Kept per
    device id: a computer that stops syncing and starts again is a new device, numbering its
    files from 1 in a folder of its own."""
    return int(sync_log.meta(session, f"{what}/{device}", "0"))


def _after_own_files(session: Session, place: SyncFolder, device: str, label: str) -> None:
    """This computer's next change file comes after every one of its files in the folder
    (after a restore from a backup the space may remember fewer; those are read back)."""
    numbers = place.change_numbers(device, label)
    if numbers and numbers[-1] > _number(session, "out_seq", device):
        sync_log.set_meta(session, f"out_seq/{device}", str(numbers[-1]))


def _read_change(
    place: SyncFolder, space: Space, device: str, label: str, number: int
) -> list[Version]:
    content = place.read_change(space.key, device, label, number)
    schema = content.get("schema")
    if content.get("format") != FORMAT or not isinstance(schema, str):
        raise Unreadable("not a Relate change file")
    if schema != migrate.HEAD_REVISION and schema not in migrate.known_revisions():
        raise Unreadable("made by a newer Relate: update Relate on this computer")
    items = content.get("versions")
    if not isinstance(items, list):
        raise Unreadable("its content can't be read")
    try:
        return [from_json(item) for item in items]
    except ValueError as error:
        raise Unreadable(str(error)) from None


def _flush(place: SyncFolder, device: str, label: str, space: Space) -> None:
    """Write this computer's change files that are committed but not yet in the folder."""
    with space.read() as session:
        written = _number(session, "written", device)
        batches = list(sync_log.outbox(session, device, written))
    if not batches:
        return
    last = written
    for number, versions in batches:
        place.write_change(
            space.key,
            device,
            label,
            number,
            {
                "format": FORMAT,
                "schema": migrate.HEAD_REVISION,
                "versions": [v.to_json() for v in versions],
            },
        )
        last = number
    with space.session() as session:
        sync_log.set_meta(session, f"written/{device}", str(last))
        sync_log.set_cursor(session, device, last, datetime.now(UTC).isoformat())


def _collect(session: Session, device: str) -> int:
    """The records changed here since the last round, as new versions of this computer."""
    if sync_log.meta(session, "seeded") != "1":
        sync_log.mark_all_changed(session)
        sync_log.set_meta(session, "seeded", "1")
    changed = sync_log.changed(session)
    if not changed:
        return 0
    clock = int(sync_log.meta(session, "clock", "0"))
    now = _now_ms()
    made: list[Version] = []
    for kind, item_id, at in sorted(changed, key=lambda c: (KIND_ORDER.get(c[0], 99), c[1])):
        if kind not in KIND_ORDER:
            continue
        payload = sync_log.read_record(session, kind, item_id)
        heads = sync_log.head_digests(session, kind, item_id)
        best = _newest(heads)
        digest = digest_of(payload)
        if best is None and payload is None:
            continue
        if best is not None and best[3] == digest:
            continue
        # The time of the change, but after the version it replaces (a clock behind still
        # orders a change after what this computer had seen).
        stamp = max(at or now, (best[1] + 1) if best else 0)
        clock = max(clock, stamp)
        parents = [best[0]] if best else []
        made.append(new_version(kind, item_id, payload, parents, stamp, device))
    if not made:
        return 0
    sync_log.set_meta(session, "clock", str(clock))
    first = _number(session, "out_seq", device) + 1
    for offset in range(0, len(made), VERSIONS_PER_FILE):
        number = first + offset // VERSIONS_PER_FILE
        sync_log.add_versions(session, made[offset : offset + VERSIONS_PER_FILE], number)
        sync_log.set_meta(session, f"out_seq/{device}", str(number))
    return len(made)


def _apply(session: Session, versions: list[Version]) -> int:
    """Keep these versions and store what each record they touch now shows."""
    added = sync_log.add_versions(session, versions, None)
    if not added:
        return 0
    clock = int(sync_log.meta(session, "clock", "0"))
    clock = max(clock, *(v.clock for v in added))
    sync_log.set_meta(session, "clock", str(clock))
    touched = sorted({(v.kind, v.item_id) for v in added}, key=lambda c: (KIND_ORDER[c[0]], c[1]))
    # Many new records at once (joining, catching up after months): the search index is
    # built for them in one go afterwards, as an import does.
    bulk = len(touched) >= BULK_FROM
    with search.indexed_after(session, SEARCHED) if bulk else nullcontext():
        for kind, item_id in touched:
            _show(session, kind, item_id)
    return len(added)


def _show(session: Session, kind: str, item_id: str) -> None:
    """Store the record as its winning version has it (or remove it)."""
    heads = sync_log.head_digests(session, kind, item_id)
    if not heads:
        return
    newest = _newest(heads)
    assert newest is not None
    chosen = newest[0]
    best = sync_log.version(session, chosen)
    if best is None:
        return
    payload = best.payload
    belongs = BELONGS_TO.get(kind)
    if payload is not None and belongs is not None:
        parent_id = payload.get("row", {}).get(belongs[1])
        if parent_id is None or not sync_log.exists(session, belongs[0], str(parent_id)):
            payload = None  # its conflict (or agreement) isn't shown: neither is it
    if payload is None:
        sync_log.delete_record(session, kind, item_id)
        return
    current = sync_log.read_record(session, kind, item_id)
    if current is None or digest_of(current) != best.digest:
        sync_log.write_record(session, kind, item_id, payload)
    for child_kind, child_id in sync_log.live_children(session, kind, item_id):
        if not sync_log.exists(session, child_kind, child_id):
            _show(session, child_kind, child_id)


# Status, both-edited records, devices ----------------------------------------------------------


def status(household: Household) -> SyncStatus | None:
    config = sync_settings.load(household.paths)
    if config is None:
        return None
    with household.shared.read() as session:
        last = sync_log.meta(session, "last_round")
        cursors = sync_log.cursors(session)
        both = len(sync_log.both_edited(session))
    vault = household.open_private_space
    if vault is not None:
        with vault.read() as session:
            both += len(sync_log.both_edited(session))
    place = SyncFolder.at(config.folder, household.keyfile.household_id)
    others: list[DeviceSeen] = []
    if config.folder.is_dir():
        names, retired = _devices(place, household.shared_key)
        for device, name in names.items():
            if device == config.device:
                continue
            applied = cursors.get(device, (0, None))[1]
            others.append(
                DeviceSeen(
                    device,
                    name,
                    datetime.fromisoformat(applied) if applied else None,
                    device in retired,
                )
            )
    return SyncStatus(
        config.folder,
        config.device,
        config.device_name,
        datetime.fromisoformat(last) if last else None,
        tuple(others),
        both,
    )


def retire_device(household: Household, device: str) -> None:
    """Stop listing another computer (an old laptop): its changes stay; it stops syncing."""
    config = sync_settings.load(household.paths)
    if config is None:
        raise InvalidInput("This computer doesn't sync.")
    if device == config.device:
        raise InvalidInput("To stop syncing this computer, turn sync off instead.")
    place = SyncFolder.at(config.folder, household.keyfile.household_id)
    info = _device_info(place, household.shared_key, config.device)
    retired = sorted({*info.get("retired", []), device})
    place.write_device(
        household.shared_key, config.device, {"name": config.device_name, "retired": retired}
    )


def both_edited(household: Household) -> list[BothEdited]:
    """Records edited on two computers, in the spaces open now, with their choices."""
    config = sync_settings.load(household.paths)
    names: dict[str, str] = {}
    if config is not None and config.folder.is_dir():
        names = _devices(
            SyncFolder.at(config.folder, household.keyfile.household_id), household.shared_key
        )[0]
        names[config.device] = config.device_name
    found: list[BothEdited] = []
    for label, space in _spaces(household):
        with space.read() as session:
            for kind, item_id in sync_log.both_edited(session):
                heads = sorted(
                    sync_log.heads(session, kind, item_id), key=lambda v: v.order, reverse=True
                )
                found.append(
                    BothEdited(
                        kind,
                        item_id,
                        "shared" if label == SHARED_SPACE else "private",
                        tuple(
                            Choice(
                                v.version,
                                names.get(v.device, "another computer"),
                                datetime.fromtimestamp(v.clock / 1000, UTC),
                                _title(v),
                                v.deleted,
                            )
                            for v in heads
                        ),
                    )
                )
    return found


def _title(version: Version) -> str:
    if version.payload is None:
        return ""
    row = version.payload.get("row", {})
    for column in ("title", "name", "action", "note", "body", "notes", "made_up"):
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 80 else text[:79] + "…"
    return ""


def keep_version(household: Household, kind: str, item_id: str, chosen: str) -> None:
    """Settle a record edited on two computers: `chosen` is kept and shown; the others stay in
    its history. Goes out to the other computers with the next round."""
    config = sync_settings.load(household.paths)
    if config is None:
        raise InvalidInput("This computer doesn't sync.")
    for _label, space in _spaces(household):
        with space.session() as session:
            sync_log.take_write_lock(session)
            heads = sync_log.heads(session, kind, item_id)
            pick = next((v for v in heads if v.version == chosen), None)
            if pick is None:
                continue
            _collect(session, config.device)  # what changed here first, as usual
            heads = sync_log.heads(session, kind, item_id)
            clock = max([int(sync_log.meta(session, "clock", "0")), *(v.clock for v in heads)])
            stamp = tick(clock, _now_ms())
            settled = new_version(
                kind, item_id, pick.payload, [v.version for v in heads], stamp, config.device
            )
            number = _number(session, "out_seq", config.device) + 1
            sync_log.add_versions(session, [settled], number)
            sync_log.set_meta(session, f"out_seq/{config.device}", str(number))
            sync_log.set_meta(session, "clock", str(stamp))
            _show(session, kind, item_id)
            sync_log.forget_changed(session)
            return
    raise InvalidInput("That choice is no longer there: the record was settled already.")
