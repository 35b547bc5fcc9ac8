"""Setting up a household, and opening its shared space (unlocking it when it has passphrases)."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import InvalidInput, NotSetUp, StorageError
from relate_desktop.domain.models import HouseholdMode, Person
from relate_desktop.paths import DataPaths
from relate_desktop.store import keys, repositories
from relate_desktop.store.keys import KdfParams, KeyFile, PersonKeys
from relate_desktop.store.lock import DataFolderLock
from relate_desktop.store.space import SHARED_SPACE, Space

MAX_NAME = 60


@dataclass(frozen=True)
class HouseholdInfo:
    """What can be known before unlocking: who lives here and whether a passphrase is needed."""

    mode: HouseholdMode
    people: tuple[Person, ...]
    shared_protected: bool


class Household:
    """An open household: the shared space and the clock. Pass it to every service call."""

    def __init__(self, paths: DataPaths, keyfile: KeyFile, shared: Space, clock: Clock) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self.shared = shared
        self.clock = clock

    @property
    def info(self) -> HouseholdInfo:
        return _info(self.keyfile)

    @property
    def people(self) -> tuple[Person, ...]:
        return self.info.people

    def name_of(self, person_id: str) -> str:
        return next((p.name for p in self.people if p.id == person_id), "?")

    def close(self) -> None:
        self.shared.close()


def _info(keyfile: KeyFile) -> HouseholdInfo:
    return HouseholdInfo(
        HouseholdMode(keyfile.mode),
        tuple(Person(p.id, p.name) for p in keyfile.people),
        keyfile.shared_protected,
    )


def household_info(paths: DataPaths) -> HouseholdInfo | None:
    """The household in this folder, or None when there is none yet."""
    if not keys.exists(paths.root):
        return None
    return _info(keys.load(paths.root))


def validate_names(names: list[str]) -> list[str]:
    cleaned = [" ".join(n.split()) for n in names]
    if not 1 <= len(cleaned) <= 2:
        raise InvalidInput("A household has one or two people.")
    for name in cleaned:
        if not name:
            raise InvalidInput("Every person needs a name.")
        if len(name) > MAX_NAME:
            raise InvalidInput(f"Please keep names under {MAX_NAME} characters.")
    if len(cleaned) == 2 and cleaned[0].casefold() == cleaned[1].casefold():
        raise InvalidInput("Please give the two of you different names, so turns are clear.")
    return cleaned


def set_up(
    paths: DataPaths,
    names: list[str],
    passphrases: list[str] | None = None,
    clock: Clock | None = None,
    kdf: KdfParams | None = None,
    person_ids: list[str] | None = None,
) -> Household:
    """Create a household: keys.json and an empty shared space. With passphrases (one per
    person), the shared key is wrapped for each of them; without, it is stored plainly."""
    clock = clock or SystemClock()
    names = validate_names(names)
    if keys.exists(paths.root) or paths.shared_db.exists():
        raise InvalidInput(f"There is already a Relate household in {paths.root}.")
    if passphrases is not None:
        if len(passphrases) != len(names):
            raise InvalidInput("Please give one passphrase for each person.")
        if any(not p for p in passphrases):
            raise InvalidInput("A passphrase can't be empty.")
    ids = person_ids or [str(uuid.uuid4()) for _ in names]
    shared_key = keys.new_space_key()
    people = []
    for index, (person_id, name) in enumerate(zip(ids, names, strict=True)):
        person = PersonKeys(person_id, name)
        if passphrases is not None:
            kdf_settings, wrapped = keys.wrap(
                shared_key, passphrases[index], person_id, keys.SHARED, kdf or KdfParams()
            )
            person.kdf, person.wrapped = kdf_settings, {keys.SHARED: wrapped}
        people.append(person)
    mode = HouseholdMode.COUPLE if len(names) == 2 else HouseholdMode.SOLO
    keyfile = KeyFile(
        household_id=str(uuid.uuid4()),
        mode=mode.value,
        people=people,
        shared_key_plain=None if passphrases is not None else shared_key.hex(),
    )
    paths.root.mkdir(parents=True, exist_ok=True)
    try:
        space = Space.open(SHARED_SPACE, paths.shared_db, shared_key, paths.backups, clock.now())
        with space.session() as session:
            for position, person in enumerate(people):
                repositories.upsert_person(
                    session, Person(person.id, person.name), position, clock.now()
                )
        keys.save(paths.root, keyfile)
    except BaseException:
        # Leave the folder as we found it so set-up can simply be tried again.
        for leftover in (
            paths.shared_db,
            Path(f"{paths.shared_db}-wal"),
            Path(f"{paths.shared_db}-shm"),
        ):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(paths.backups, ignore_errors=True)
        raise
    return Household(paths, keyfile, space, clock)


def open_household(
    paths: DataPaths,
    person_id: str | None = None,
    passphrase: str | None = None,
    clock: Clock | None = None,
) -> Household:
    """Open the shared space. Needs a person and passphrase when the household has them.
    A wrong passphrase raises WrongPassphrase before any file other than keys.json is read."""
    clock = clock or SystemClock()
    keyfile = keys.load(paths.root)
    shared_key = keys.shared_key(keyfile, person_id, passphrase)
    if not paths.shared_db.exists():
        raise StorageError(
            f"The shared space file {paths.shared_db.name} is missing from {paths.root}."
        )
    space = Space.open(SHARED_SPACE, paths.shared_db, shared_key, paths.backups, clock.now())
    return Household(paths, keyfile, space, clock)


def person_by_name(info: HouseholdInfo, name: str) -> Person:
    for person in info.people:
        if person.name.casefold() == name.strip().casefold():
            return person
    known = ", ".join(p.name for p in info.people)
    raise InvalidInput(f"No one called {name!r} lives here (people: {known}).")


def require_household(paths: DataPaths) -> HouseholdInfo:
    info = household_info(paths)
    if info is None:
        raise NotSetUp(f"There is no Relate household in {paths.root} yet. Run setup first.")
    return info


class FolderClaim(Protocol):
    def release(self) -> None: ...


def claim_data_folder(paths: DataPaths) -> FolderClaim:
    """Claim the data folder for this process; DataFolderLocked if another copy has it."""
    lock = DataFolderLock(paths.root)
    lock.acquire()
    return lock
