"""Private spaces: unlocking and locking a person's vault, passphrases and recovery codes,
and adding a partner later. Nothing here writes anything but keys.json and vault files."""

from __future__ import annotations

import uuid

from relate_desktop.domain.errors import InvalidInput, WrongPassphrase
from relate_desktop.domain.models import HouseholdMode, Person
from relate_desktop.services.household import (
    Household,
    seal_person,
    validate_names,
    validate_passphrase,
)
from relate_desktop.store import keys, repositories
from relate_desktop.store.keys import KdfParams, PersonKeys


def _person(household: Household, person_id: str) -> PersonKeys:
    try:
        return household.keyfile.person(person_id)
    except KeyError:
        raise InvalidInput("That person doesn't live in this household.") from None


def unlock_private(household: Household, person_id: str, secret: str) -> bool:
    """Open this person's private space with their passphrase or recovery code (closing
    anyone else's). True when the recovery code was used, so the UI can offer a new
    passphrase. A wrong secret raises WrongPassphrase and changes nothing."""
    person = _person(household, person_id)
    if not person.has_vault:
        raise WrongPassphrase(f"{person.name} has no private space yet.")
    opened = keys.open_person(person, secret)
    household.open_vault(person_id, opened.keys[keys.VAULT])
    household.recovered_person = person_id if opened.by_recovery_code else None
    return opened.by_recovery_code


def confirm_presence(household: Household, person_id: str, secret: str) -> None:
    """Check that this person is here: their passphrase (or recovery code) opens their own
    keys. Nothing is opened or written; a wrong secret raises WrongPassphrase. Slow (key
    derivation): run it off the GUI thread."""
    person = _person(household, person_id)
    keys.open_person(person, secret)


def lock_private(household: Household) -> None:
    household.close_vault()


def create_private_space(
    household: Household, person_id: str, passphrase: str, kdf: KdfParams | None = None
) -> str:
    """Give a person without one a private space under a new passphrase; opens it and returns
    the recovery code, to be shown once."""
    person = _person(household, person_id)
    if person.has_passphrase:
        raise InvalidInput(f"{person.name} already has a passphrase.")
    validate_passphrase(passphrase, [p.name for p in household.people])
    space_keys = {keys.VAULT: keys.new_space_key()}
    if household.keyfile.shared_protected:
        space_keys[keys.SHARED] = household.shared_key
    code = seal_person(person, passphrase, space_keys, kdf or KdfParams())
    household.open_vault(person_id, space_keys[keys.VAULT], create=True)
    keys.save(household.paths.root, household.keyfile)
    return code


def change_passphrase(
    household: Household, person_id: str, current_secret: str, new_passphrase: str
) -> None:
    """Re-wrap a person's keys under a new passphrase. `current_secret` may be the old
    passphrase or the recovery code. The spaces are not re-encrypted; the recovery code stays."""
    person = _person(household, person_id)
    validate_passphrase(new_passphrase, [p.name for p in household.people])
    opened = keys.open_person(person, current_secret)
    assert person.passphrase is not None
    person.passphrase = keys.seal(
        new_passphrase, person.id, opened.keys, KdfParams.of(person.passphrase)
    )
    keys.save(household.paths.root, household.keyfile)


def set_passphrase_after_recovery(
    household: Household, person_id: str, new_passphrase: str
) -> None:
    """Right after a person opened their private space with their recovery code: a new
    passphrase without typing the code again. Their keys are the ones open now (their private
    space's, and the shared space's when it is protected), wrapped again under the new
    passphrase. Refused for anyone else, or once their private space has closed."""
    person = _person(household, person_id)
    vault = household.open_private_space
    if (
        household.recovered_person != person_id
        or household.private_person != person_id
        or vault is None
        or person.passphrase is None
    ):
        raise InvalidInput("Type your current passphrase or recovery code to change it.")
    validate_passphrase(new_passphrase, [p.name for p in household.people])
    space_keys = {keys.VAULT: vault.key}
    if household.keyfile.shared_protected:
        space_keys[keys.SHARED] = household.shared_key
    person.passphrase = keys.seal(
        new_passphrase, person.id, space_keys, KdfParams.of(person.passphrase)
    )
    keys.save(household.paths.root, household.keyfile)
    household.recovered_person = None


def replace_recovery_code(household: Household, person_id: str, secret: str) -> str:
    """A new recovery code for a person (the old one stops working); returns it."""
    person = _person(household, person_id)
    opened = keys.open_person(person, secret)
    assert person.passphrase is not None
    code = keys.new_recovery_code()
    params = KdfParams.of(person.passphrase)
    person.recovery = keys.seal(code, person.id, opened.keys, params)
    if person.passphrase.manifest is None and not opened.by_recovery_code:
        # A seal from 0.1: made again with its manifest now the passphrase is proven.
        person.passphrase = keys.seal(secret, person.id, opened.keys, params)
    keys.save(household.paths.root, household.keyfile)
    return code


def add_person(
    household: Household, name: str, passphrase: str | None, kdf: KdfParams | None = None
) -> tuple[Person, str | None]:
    """Add a partner to a one-person household. With a passphrase they get their own private
    space and a recovery code (returned); in a protected household a passphrase is required."""
    if len(household.people) >= 2:
        raise InvalidInput("A household has at most two people.")
    names = validate_names([p.name for p in household.people] + [name])
    if household.keyfile.shared_protected and passphrase is None:
        raise InvalidInput("Your shared space is protected, so a passphrase is needed.")
    person = PersonKeys(str(uuid.uuid4()), names[-1])
    code = None
    vault_key = None
    if passphrase is not None:
        validate_passphrase(passphrase, names)
        vault_key = keys.new_space_key()
        space_keys = {keys.VAULT: vault_key}
        if household.keyfile.shared_protected:
            space_keys[keys.SHARED] = household.shared_key
        code = seal_person(person, passphrase, space_keys, kdf or KdfParams())
    with household.shared.session() as session:
        repositories.upsert_person(
            session, Person(person.id, person.name), len(household.people), household.clock.now()
        )
    household.keyfile.people.append(person)
    household.keyfile.mode = HouseholdMode.COUPLE.value
    if vault_key is not None:
        household.open_vault(person.id, vault_key, create=True)
    keys.save(household.paths.root, household.keyfile)
    return Person(person.id, person.name), code
