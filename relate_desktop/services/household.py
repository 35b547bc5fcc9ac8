"""Setting up a household, and opening its shared space (unlocking it when it has passphrases)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import (
    CorruptDatabase,
    InvalidInput,
    NotSetUp,
    PrivateSpaceLocked,
    StorageError,
    WrongPassphrase,
)
from relate_desktop.domain.people import HouseholdMode, Person
from relate_desktop.paths import DataPaths
from relate_desktop.store import import_marker, keys
from relate_desktop.store.keys import KdfParams, KeyFile, PersonKeys
from relate_desktop.store.leftovers import clean_leftovers, clean_restore_leftovers
from relate_desktop.store.lock import DataFolderLock
from relate_desktop.store.modes import private_dir, tighten

if TYPE_CHECKING:
    from relate_desktop.store.space import Space

# The store's SQLAlchemy side (spaces, the ORM) is imported where a space is opened, so the
# first window can show before it loads (docs/performance.md, "Paint first").
SHARED_SPACE = "shared"  # store.space.SHARED_SPACE

MAX_NAME = keys.MAX_NAME


@dataclass(frozen=True)
class HouseholdInfo:
    """What can be known before unlocking: who lives here and whether a passphrase is needed."""

    mode: HouseholdMode
    people: tuple[Person, ...]
    shared_protected: bool
    with_private_space: frozenset[str] = frozenset()

    def has_private_space(self, person_id: str) -> bool:
        return person_id in self.with_private_space


class Household:
    """An open household: the shared space, the clock, and at most one person's private space
    (their vault). Pass it to every service call."""

    def __init__(
        self,
        paths: DataPaths,
        keyfile: KeyFile,
        shared: Space,
        clock: Clock,
        shared_key: bytes,
    ) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self.shared = shared
        self.clock = clock
        self._shared_key = shared_key
        self._vault: tuple[str, Space] | None = None
        # Recovery codes made at set-up, to show once; the UI clears them after showing.
        self.new_recovery_codes: dict[str, str] = {}
        # True when opened with a recovery code: time to choose a new passphrase.
        self.unlocked_by_recovery_code = False
        # Who opened their private space with their recovery code, until they choose a new
        # passphrase (privacy.set_passphrase_after_recovery: no need to type the code again).
        self.recovered_person: str | None = None
        # Told, with the person's id, just before and just after a private space closes
        # (lock, hand-over, another person unlocking, locking everything): the one place
        # every view that can show private words learns to save them, then drop them.
        self._closing: list[Callable[[str], None]] = []
        self._closed: list[Callable[[str], None]] = []

    def watch_private(
        self, closing: Callable[[str], None], closed: Callable[[str], None]
    ) -> Callable[[], None]:
        """Call `closing(person)` while a private space can still be written (to save), and
        `closed(person)` once it is shut (to drop its words). Returns a function that stops."""
        self._closing.append(closing)
        self._closed.append(closed)

        def stop() -> None:
            if closing in self._closing:
                self._closing.remove(closing)
            if closed in self._closed:
                self._closed.remove(closed)

        return stop

    @property
    def info(self) -> HouseholdInfo:
        return _info(self.keyfile)

    @property
    def people(self) -> tuple[Person, ...]:
        return self.info.people

    def name_of(self, person_id: str) -> str:
        return next((p.name for p in self.people if p.id == person_id), "?")

    @property
    def shared_key(self) -> bytes:
        """The shared space's key, to wrap it for someone new (never written anywhere plain
        unless the household chose no passphrase)."""
        return self._shared_key

    @property
    def private_person(self) -> str | None:
        """Whose private space is open, if anyone's."""
        return self._vault[0] if self._vault else None

    @property
    def open_private_space(self) -> Space | None:
        """The private space that is open, if any (never anyone else's)."""
        return self._vault[1] if self._vault else None

    def open_spaces(self) -> list[Space]:
        """The shared space, and the private space that is open."""
        vault = self.open_private_space
        return [self.shared, vault] if vault else [self.shared]

    def vault(self, person_id: str) -> Space | None:
        """That person's private space, when it is the one that is open."""
        if self._vault is not None and self._vault[0] == person_id:
            return self._vault[1]
        return None

    def open_vault(
        self, person_id: str, key: bytes, create: bool = False, check: bool = True
    ) -> Space:
        """Open a person's private space, closing anyone else's first (one at a time). With
        `check=False` its full integrity check is left to the caller (see `Space.open`)."""
        from relate_desktop.store.space import Space

        self.close_vault()
        path = self.paths.vault_db(person_id)
        if not create and not path.exists():
            raise StorageError(
                f"The private space file {path.name} is missing from {self.paths.root}. "
                "If you have a backup of it, put it back and try again."
            )
        space = Space.open(
            f"vault-{person_id}",
            path,
            key,
            self.paths.backups,
            self.clock.now(),
            check=check,
        )
        self._vault = (person_id, space)
        return space

    def require_vault(self, person_id: str) -> Space:
        """That person's open private space, or PrivateSpaceLocked."""
        space = self.vault(person_id)
        if space is None:
            raise PrivateSpaceLocked(
                f"{self.name_of(person_id)}'s private space is locked. "
                "Unlock it to see or save private writing."
            )
        return space

    def replace_space(self, old: Space, new: Space) -> None:
        """Swap in a reopened space (after a restore) for the one it replaces."""
        if old is self.shared:
            self.shared = new
        elif self._vault is not None and self._vault[1] is old:
            self._vault = (self._vault[0], new)
        else:
            new.close()
            raise ValueError("that space is not open in this household")

    def close_vault(self) -> None:
        if self._vault is None:
            return
        person = self._vault[0]
        for closing in list(self._closing):
            closing(person)
        if self._vault is None or self._vault[0] != person:
            return  # a listener closed it already
        _person, space = self._vault
        self._vault = None
        self.recovered_person = None
        space.close()
        for closed in list(self._closed):
            closed(person)

    def stop_checks(self) -> None:
        """End any integrity check running in the background (before waiting for the worker
        when locking or quitting); backups and saves are left to finish."""
        for space in self.open_spaces():
            space.stop_check()

    def close(self) -> None:
        self.close_vault()
        self.shared.close()


def _info(keyfile: KeyFile) -> HouseholdInfo:
    return HouseholdInfo(
        HouseholdMode(keyfile.mode),
        tuple(Person(p.id, p.name) for p in keyfile.people),
        keyfile.shared_protected,
        frozenset(p.id for p in keyfile.people if p.has_vault),
    )


def info_of(keyfile: KeyFile) -> HouseholdInfo:
    """What keys.json says of the household (people, protection)."""
    return _info(keyfile)


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


@dataclass
class NewHousehold:
    """A household being set up, held in memory only: who lives here and, when protected, the
    keys each person has sealed on their own turn. Nothing is written until `finish_set_up`,
    so stopping half-way leaves the data folder as it was."""

    names: list[str]
    protected: bool
    people: list[PersonKeys]
    shared_key: bytes
    kdf: KdfParams
    vault_keys: dict[str, bytes] = field(default_factory=dict)

    def is_sealed(self, index: int) -> bool:
        return self.people[index].id in self.vault_keys

    @property
    def complete(self) -> bool:
        """Every person has had their turn (always true without passphrases)."""
        return not self.protected or all(self.is_sealed(i) for i in range(len(self.people)))


def begin_set_up(
    paths: DataPaths,
    names: list[str],
    protected: bool,
    kdf: KdfParams | None = None,
    person_ids: list[str] | None = None,
) -> NewHousehold:
    """Start setting up a household (the shared part: names, and whether there are
    passphrases). Checks the names and that the folder has no household; writes nothing."""
    names = validate_names(names)
    _require_empty(paths)
    import uuid  # here: the first window reads this module, and needs no new ids

    ids = person_ids or [str(uuid.uuid4()) for _ in names]
    people = [PersonKeys(person_id, name) for person_id, name in zip(ids, names, strict=True)]
    return NewHousehold(names, protected, people, keys.new_space_key(), kdf or KdfParams())


def seal_turn(new: NewHousehold, index: int, passphrase: str) -> str:
    """One person's turn: a new private-space key and the shared key, wrapped under their
    passphrase and a new recovery code, which is returned to be shown to them alone. Slow (key
    derivation): run it off the GUI thread. Still nothing is written."""
    if not new.protected:
        raise InvalidInput("This household has no passphrases.")
    validate_passphrase(passphrase, new.names)
    person = new.people[index]
    vault_key = keys.new_space_key()
    code = seal_person(
        person, passphrase, {keys.SHARED: new.shared_key, keys.VAULT: vault_key}, new.kdf
    )
    new.vault_keys[person.id] = vault_key
    return code


def forget_turn(new: NewHousehold, index: int) -> None:
    """Undo a person's turn (they went back): their passphrase and recovery code are dropped."""
    person = new.people[index]
    person.passphrase = person.recovery = None
    new.vault_keys.pop(person.id, None)


def finish_set_up(
    paths: DataPaths, new: NewHousehold, clock: Clock | None = None, open_for: str | None = None
) -> Household:
    """Write the household: keys.json, the shared space and, when protected, each person's
    private space. `open_for` names whose private space is left open (default: the first
    person's). If anything fails, the folder is left as it was found."""
    clock = clock or SystemClock()
    if not new.complete:
        raise InvalidInput("Everyone needs to choose a passphrase first.")
    _require_empty(paths)
    import uuid

    people = new.people
    mode = HouseholdMode.COUPLE if len(people) == 2 else HouseholdMode.SOLO
    keyfile = KeyFile(
        household_id=str(uuid.uuid4()),
        mode=mode.value,
        people=people,
        shared_key_plain=None if new.protected else new.shared_key.hex(),
    )
    private_dir(paths.root)
    # The private space left open is opened last (one is open at a time).
    first = open_for if open_for in new.vault_keys else people[0].id
    vaults = sorted(new.vault_keys.items(), key=lambda item: item[0] == first)
    created = [paths.shared_db, *(paths.vault_db(pid) for pid, _key in vaults)]
    from relate_desktop.store import repositories
    from relate_desktop.store.space import Space

    try:
        space = Space.open(
            SHARED_SPACE, paths.shared_db, new.shared_key, paths.backups, clock.now()
        )
        with space.session() as session:
            for position, person in enumerate(people):
                repositories.upsert_person(
                    session, Person(person.id, person.name), position, clock.now()
                )
        household = Household(paths, keyfile, space, clock, new.shared_key)
        for person_id, vault_key in vaults:
            household.open_vault(person_id, vault_key, create=True)
        keys.save(paths.root, keyfile)
    except BaseException:
        # Leave the folder as we found it so set-up can simply be tried again.
        for path in created:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        shutil.rmtree(paths.backups, ignore_errors=True)
        raise
    return household


def _require_empty(paths: DataPaths) -> None:
    if keys.exists(paths.root) or paths.shared_db.exists():
        raise InvalidInput(f"There is already a Relate household in {paths.root}.")


def set_up(
    paths: DataPaths,
    names: list[str],
    passphrases: list[str] | None = None,
    clock: Clock | None = None,
    kdf: KdfParams | None = None,
    person_ids: list[str] | None = None,
) -> Household:
    """Create a household in one go (the CLI and tests; the app takes turns with
    begin_set_up / seal_turn / finish_set_up): keys.json and an empty shared space. With
    passphrases (one per person), each person gets a private space and a recovery code, and
    the shared key is wrapped for each of them; without, the shared key is stored plainly and
    private spaces can be made later. The first person's private space is left open."""
    new = begin_set_up(paths, names, passphrases is not None, kdf, person_ids)
    codes: dict[str, str] = {}
    if passphrases is not None:
        if len(passphrases) != len(new.people):
            raise InvalidInput("Please give one passphrase for each person.")
        for passphrase in passphrases:
            validate_passphrase(passphrase, new.names)
        for index, passphrase in enumerate(passphrases):
            codes[new.people[index].id] = seal_turn(new, index, passphrase)
    household = finish_set_up(paths, new, clock)
    household.new_recovery_codes = codes
    return household


MIN_PASSPHRASE = 8
# zxcvbn's score: 3 means about 10^8 guesses or more, "safely unguessable" for an offline
# attack slowed by Argon2id; 0-2 are common passwords, keyboard runs, names, dates, repeats.
MIN_STRENGTH = 3
STRENGTH_TIP = (
    "a few ordinary words that don't belong together, like "
    "“lantern maple Tuesday soup”, are easy to remember and hard to guess"
)


def validate_passphrase(passphrase: str, names: Collection[str] = ()) -> None:
    """The one check for every passphrase someone chooses (set-up, a new private space, a
    partner added, a change): long enough, and hard to guess by zxcvbn's estimate, which
    knows common passwords, words, names, dates, keyboard runs and repeats. `names` (the
    household's) count as easy to guess. InvalidInput with one kind, plain line otherwise."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"Please use a passphrase of at least {MIN_PASSPHRASE} characters: {STRENGTH_TIP}."
        )
    if passphrase != passphrase.strip():
        raise InvalidInput("A passphrase can't start or end with a space.")
    from zxcvbn import zxcvbn  # loaded when a passphrase is chosen, not at start-up

    # zxcvbn looks at the first 72 characters (its limit); a longer phrase is judged by them.
    estimate = zxcvbn(passphrase[:72], user_inputs=[w for n in names for w in n.split()])
    if estimate["score"] >= MIN_STRENGTH:
        return
    warning = str(estimate["feedback"].get("warning") or "").strip()
    reason = f" ({_REASONS[warning]})" if warning in _REASONS else ""
    raise InvalidInput(f"That passphrase is too easy to guess{reason}. Instead, {STRENGTH_TIP}.")


# zxcvbn's warnings, said more kindly (and without "password").
_REASONS = {
    "This is a top-10 common password.": "it is one of the most common passwords",
    "This is a top-100 common password.": "it is one of the most common passwords",
    "This is a very common password.": "it is a very common password",
    "This is similar to a commonly used password.": "it is close to a common password",
    "A word by itself is easy to guess.": "a single word is easy to guess",
    "Names and surnames by themselves are easy to guess.": "a name by itself is easy to guess",
    "Common names and surnames are easy to guess.": "common names are easy to guess",
    'Repeats like "aaa" are easy to guess.': "repeated letters are easy to guess",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': (
        "repeats are easy to guess"
    ),
    "Sequences like abc or 6543 are easy to guess.": "sequences like abc or 6543 are easy to guess",
    "Recent years are easy to guess.": "years are easy to guess",
    "Dates are often easy to guess.": "dates are easy to guess",
    "Straight rows of keys are easy to guess.": "rows of keys are easy to guess",
    "Short keyboard patterns are easy to guess.": "keyboard patterns are easy to guess",
}


def seal_person(
    person: PersonKeys, passphrase: str, space_keys: dict[str, bytes], kdf: KdfParams
) -> str:
    """Wrap a person's keys under a passphrase and a new recovery code; returns the code."""
    code = keys.new_recovery_code()
    person.passphrase = keys.seal(passphrase, person.id, space_keys, kdf)
    person.recovery = keys.seal(code, person.id, space_keys, kdf)
    return code


def open_household(
    paths: DataPaths,
    person_id: str | None = None,
    passphrase: str | None = None,
    clock: Clock | None = None,
    check: bool = True,
    *,
    add_private_space: bool = False,
) -> Household:
    """Open the shared space, and the private space of the person who unlocks (if any).
    A passphrase without a person opens the shared space only, never a private one. The
    passphrase (or recovery code) is checked against keys.json before any other file is
    read, so a wrong one changes nothing. With `check=False` the full integrity check of the
    spaces opened is left to `maintenance.check_open` (the app runs it in the background once
    its window shows); a file that doesn't open is still refused (docs/architecture.md, "When
    files are checked").

    keys.json is never written here, except with `add_private_space` (the app's unlock): a
    person from a household made before private spaces existed, who has no private space file,
    then gets one. A person whose private space file is there but whose key is not listed is
    told keys.json is damaged (exit 4); their private space is never replaced."""
    clock = clock or SystemClock()
    keyfile = keys.load(paths.root)
    if import_marker.exists(paths.root):
        raise StorageError(INTERRUPTED_IMPORT.format(root=paths.root))
    tighten(paths.root)  # a folder left open to others by an older version
    opened = None
    if person_id is not None and passphrase is not None:
        opened = keys.open_person(_person_keys(keyfile, person_id), passphrase)
        shared_key = keys.shared_key(keyfile, opened)
    else:
        shared_key = shared_key_for(keyfile, passphrase)
    if not paths.shared_db.exists():
        raise StorageError(
            f"The shared space file {paths.shared_db.name} is missing from {paths.root}."
        )
    from relate_desktop.store.space import Space

    space = Space.open(
        SHARED_SPACE, paths.shared_db, shared_key, paths.backups, clock.now(), check=check
    )
    household = Household(paths, keyfile, space, clock, shared_key)
    household.unlocked_by_recovery_code = opened is not None and opened.by_recovery_code
    household.recovered_person = person_id if household.unlocked_by_recovery_code else None
    if opened is not None and person_id is not None:
        try:
            vault_key = opened.keys.get(keys.VAULT)
            if vault_key is not None:
                # A computer that joined a synced household makes a person's private space
                # the first time they unlock on it; their changes then come from the folder.
                household.open_vault(person_id, vault_key, check=check, create=_synced(paths))
            elif paths.vault_db(person_id).exists():
                raise CorruptDatabase(
                    f"keys.json is damaged: it has no key for {household.name_of(person_id)}'s "
                    "private space, which is here. Put back a copy of keys.json if you have one.",
                    file=keys.KEYFILE_NAME,
                )
            elif add_private_space and not opened.by_recovery_code:
                vault_key = _add_vault(household, person_id, passphrase or "", dict(opened.keys))
                household.open_vault(person_id, vault_key, create=True)
        except BaseException:
            household.close()
            raise
    return household


def _synced(paths: DataPaths) -> bool:
    from relate_desktop.services import sync_settings

    return sync_settings.load(paths) is not None


INTERRUPTED_IMPORT = (
    "An import into {root} was interrupted before it finished. Open Relate, or run "
    "`relate-desktop backup`, to put the folder back as it was before that import."
)


def roll_back_interrupted_import(paths: DataPaths) -> bool:
    """Undo an import that stopped between writing the shared and the private space (its
    marker names the backups taken just before). Only for whoever holds the folder's lock,
    with every space closed: the app when it claims the folder, commands that write."""
    return import_marker.roll_back(paths.root, paths.backups)


def shared_key_for(keyfile: KeyFile, passphrase: str | None) -> bytes:
    """The shared space's key: stored plainly, or unwrapped from the seal of whichever person
    the passphrase (or recovery code) belongs to. Only the shared key is taken: whose secret it
    was opens nothing private."""
    if not keyfile.shared_protected or passphrase is None:
        return keys.shared_key(keyfile, None)
    for person in keyfile.people:
        if person.passphrase is None:
            continue
        try:
            opened = keys.open_person(person, passphrase)
        except WrongPassphrase:
            continue
        if keys.SHARED in opened.keys:
            return opened.keys[keys.SHARED]
    raise WrongPassphrase("That passphrase doesn't match anyone's. Please try again.")


def _add_vault(
    household: Household, person_id: str, passphrase: str, space_keys: dict[str, bytes]
) -> bytes:
    """A household made before private spaces existed: give this person theirs now."""
    person = household.keyfile.person(person_id)
    assert person.passphrase is not None
    vault_key = keys.new_space_key()
    space_keys[keys.VAULT] = vault_key
    person.passphrase = keys.seal(
        passphrase, person.id, space_keys, KdfParams.of(person.passphrase)
    )
    keys.save(household.paths.root, household.keyfile)
    return vault_key


def _person_keys(keyfile: KeyFile, person_id: str) -> PersonKeys:
    try:
        return keyfile.person(person_id)
    except KeyError:
        raise InvalidInput("That person doesn't live in this household.") from None


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
    """This process's hold on the data folder, with what a crashed previous run left."""

    @property
    def crashed_before(self) -> bool: ...

    @property
    def left_note(self) -> str: ...

    @property
    def left_sealed(self) -> bytes: ...

    def note(self, kind: str, sealed: bytes = b"") -> None: ...

    def release(self) -> None: ...


def claim_data_folder(paths: DataPaths) -> FolderClaim:
    """Claim the data folder for this process; DataFolderLocked if another copy has it. What a
    backup or a restore killed half way left behind is cleaned up (only the holder of the
    folder may)."""
    lock = DataFolderLock(paths.root)
    lock.acquire()
    try:
        roll_back_interrupted_import(paths)
        clean_leftovers(paths.backups)
        clean_restore_leftovers(paths.root)
    except BaseException:
        lock.release()
        raise
    return lock
