"""Private spaces: each person's vault opens only with their passphrase or recovery code,
holds their private writing, and nothing private reaches the shared space or the files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput, PrivateSpaceLocked, WrongPassphrase
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, privacy
from relate_desktop.services.household import Household, household_info, open_household, set_up
from relate_desktop.store import keys
from tests.conftest import FAST_KDF, PASSPHRASES

MARKER = "ZEBRA-7f3a-private-марка-秘密"


def snapshot(root: Path) -> dict[str, str]:
    """Every file under the data folder with its content hash and modification time."""
    return {
        str(path.relative_to(root)): f"{hashlib.sha256(path.read_bytes()).hexdigest()}"
        f":{path.stat().st_mtime_ns}"
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_set_up_with_passphrases_gives_each_person_a_vault_and_a_recovery_code(
    protected: Household,
) -> None:
    maria, lloyd = protected.people
    assert protected.private_person == maria.id
    for person in (maria, lloyd):
        assert protected.paths.vault_db(person.id).exists()
        assert keys.normalize_recovery_code(protected.new_recovery_codes[person.id])
    info = household_info(protected.paths)
    assert info is not None and info.with_private_space == {maria.id, lloyd.id}


def test_a_private_entry_lives_only_in_its_authors_vault(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = protected.people
    entry = journal.write_entry(protected, maria.id, MARKER)
    assert entry.private
    assert journal.entries(protected)[0].body == MARKER
    protected.close()
    assert MARKER.encode() not in all_bytes(protected.paths.root)

    as_lloyd = open_household(protected.paths, lloyd.id, PASSPHRASES[1], clock)
    try:
        assert as_lloyd.private_person == lloyd.id
        assert journal.entries(as_lloyd) == []
        assert journal.entry(as_lloyd, entry.id) is None
        with pytest.raises(PrivateSpaceLocked):
            journal.write_entry(as_lloyd, maria.id, "pretending to be Maria")
    finally:
        as_lloyd.close()


def test_sharing_an_entry_moves_it_to_the_shared_space(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = protected.people
    entry = journal.write_entry(protected, maria.id, "I'm proud of us.")
    shared = journal.share_entry(protected, entry.id)
    assert not shared.private and shared.created_at == entry.created_at
    assert [e.id for e in journal.entries(protected)] == [entry.id]
    protected.close()
    as_lloyd = open_household(protected.paths, lloyd.id, PASSPHRASES[1], clock)
    try:
        assert [e.body for e in journal.entries(as_lloyd)] == ["I'm proud of us."]
    finally:
        as_lloyd.close()


def test_a_wrong_passphrase_changes_no_byte_on_disk(
    protected: Household, clock: FixedClock
) -> None:
    maria, _ = protected.people
    journal.write_entry(protected, maria.id, MARKER)
    protected.close()
    before = snapshot(protected.paths.root)
    for wrong in ("correct horse batterY", "", keys.new_recovery_code(), PASSPHRASES[1]):
        with pytest.raises(WrongPassphrase):
            open_household(protected.paths, maria.id, wrong, clock)
    assert snapshot(protected.paths.root) == before


def test_the_recovery_code_unlocks_and_a_new_passphrase_keeps_everything(
    protected: Household, clock: FixedClock
) -> None:
    maria, _ = protected.people
    code = protected.new_recovery_codes[maria.id]
    journal.write_entry(protected, maria.id, MARKER)
    journal.write_entry(protected, maria.id, "shared words", private=False)
    protected.close()

    typed = code.lower().replace("-", " ")
    household = open_household(protected.paths, maria.id, typed, clock)
    try:
        assert privacy.unlock_private(household, maria.id, typed) is True
        privacy.change_passphrase(household, maria.id, typed, "a brand new passphrase")
    finally:
        household.close()

    with pytest.raises(WrongPassphrase):
        open_household(protected.paths, maria.id, PASSPHRASES[0], clock)
    for secret in ("a brand new passphrase", code):
        household = open_household(protected.paths, maria.id, secret, clock)
        try:
            assert sorted(e.body for e in journal.entries(household)) == [MARKER, "shared words"]
        finally:
            household.close()


def test_changing_a_passphrase_needs_the_current_one(protected: Household) -> None:
    maria, _ = protected.people
    before = keys.keyfile_path(protected.paths.root).read_bytes()
    with pytest.raises(WrongPassphrase):
        privacy.change_passphrase(protected, maria.id, "not it", "another passphrase")
    with pytest.raises(InvalidInput):
        privacy.change_passphrase(protected, maria.id, PASSPHRASES[0], "short")
    assert keys.keyfile_path(protected.paths.root).read_bytes() == before


def test_a_new_recovery_code_replaces_the_old_one(protected: Household, clock: FixedClock) -> None:
    maria, _ = protected.people
    old = protected.new_recovery_codes[maria.id]
    new = privacy.replace_recovery_code(protected, maria.id, PASSPHRASES[0])
    protected.close()
    with pytest.raises(WrongPassphrase):
        open_household(protected.paths, maria.id, old, clock)
    open_household(protected.paths, maria.id, new, clock).close()


def test_only_one_private_space_is_open_at_a_time(protected: Household) -> None:
    maria, lloyd = protected.people
    journal.write_entry(protected, maria.id, MARKER)
    privacy.unlock_private(protected, lloyd.id, PASSPHRASES[1])
    assert protected.private_person == lloyd.id
    assert protected.vault(maria.id) is None
    assert [e.body for e in journal.entries(protected)] == []
    privacy.lock_private(protected)
    assert protected.private_person is None
    with pytest.raises(WrongPassphrase):
        privacy.unlock_private(protected, lloyd.id, PASSPHRASES[0])
    assert protected.private_person is None


def test_someone_without_a_passphrase_can_make_a_private_space(
    couple: Household, clock: FixedClock
) -> None:
    _maria, lloyd = couple.people
    with pytest.raises(PrivateSpaceLocked):
        journal.write_entry(couple, lloyd.id, MARKER)
    code = privacy.create_private_space(couple, lloyd.id, "lloyd's own words", kdf=FAST_KDF)
    journal.write_entry(couple, lloyd.id, MARKER)
    couple.close()
    assert MARKER.encode() not in all_bytes(couple.paths.root)
    info = household_info(couple.paths)
    assert info is not None and not info.shared_protected
    assert info.with_private_space == {lloyd.id}
    # The shared space still opens without a passphrase; Lloyd's writing needs his.
    shared_only = open_household(couple.paths, clock=clock)
    try:
        assert journal.entries(shared_only) == []
    finally:
        shared_only.close()
    for secret in ("lloyd's own words", code):
        mine = open_household(couple.paths, lloyd.id, secret, clock)
        try:
            assert [e.body for e in journal.entries(mine)] == [MARKER]
        finally:
            mine.close()


def test_a_partner_added_later_gets_their_own_vault(tmp_path: Path, clock: FixedClock) -> None:
    paths = DataPaths(tmp_path / "solo")
    household = set_up(paths, ["Terry"], ["terry's passphrase"], clock, kdf=FAST_KDF)
    try:
        with pytest.raises(InvalidInput):
            privacy.add_person(household, "Sam", None)
        sam, code = privacy.add_person(household, "Sam", "sam's passphrase", kdf=FAST_KDF)
        assert code is not None and household.private_person == sam.id
        journal.write_entry(household, sam.id, MARKER)
        with pytest.raises(InvalidInput):
            privacy.add_person(household, "Kim", "kim's passphrase")
    finally:
        household.close()
    info = household_info(paths)
    assert info is not None and [p.name for p in info.people] == ["Terry", "Sam"]
    terry = open_household(paths, info.people[0].id, "terry's passphrase", clock)
    try:
        assert [p.name for p in terry.people] == ["Terry", "Sam"]
        assert journal.entries(terry) == []
    finally:
        terry.close()
    sams = open_household(paths, sam.id, "sam's passphrase", clock)
    try:
        assert [e.body for e in journal.entries(sams)] == [MARKER]
    finally:
        sams.close()


def test_a_household_from_before_private_spaces_gets_them_on_unlock(
    paths: DataPaths, clock: FixedClock
) -> None:
    shared = keys.new_space_key()
    set_up(paths, ["Maria"], ["maria's passphrase"], clock, kdf=FAST_KDF).close()
    # Rewrite the key file as the first version did: the shared key only, no vault.
    keyfile = keys.load(paths.root)
    person = keyfile.people[0]
    opened = keys.open_person(person, "maria's passphrase")
    shared = opened.keys[keys.SHARED]
    person.passphrase = keys.seal("maria's passphrase", person.id, {keys.SHARED: shared}, FAST_KDF)
    person.recovery = None
    keys.save(paths.root, keyfile)
    paths.vault_db(person.id).unlink()

    household = open_household(
        paths, person.id, "maria's passphrase", clock, add_private_space=True
    )
    try:
        assert household.private_person == person.id
        journal.write_entry(household, person.id, MARKER)
    finally:
        household.close()
    assert keys.load(paths.root).people[0].has_vault


def test_right_after_the_recovery_code_a_new_passphrase_needs_no_code_again(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = protected.people
    code = protected.new_recovery_codes[maria.id]
    journal.write_entry(protected, maria.id, MARKER)
    protected.close()
    household = open_household(protected.paths, maria.id, code, clock)
    try:
        assert household.recovered_person == maria.id
        with pytest.raises(InvalidInput):  # only the person who used their code
            privacy.set_passphrase_after_recovery(household, lloyd.id, "a brand new passphrase")
        privacy.set_passphrase_after_recovery(household, maria.id, "a brand new passphrase")
        assert household.recovered_person is None
        with pytest.raises(InvalidInput):  # once only
            privacy.set_passphrase_after_recovery(household, maria.id, "yet another passphrase")
    finally:
        household.close()
    for secret in ("a brand new passphrase", code):
        household = open_household(protected.paths, maria.id, secret, clock)
        try:
            assert household.private_person == maria.id
            assert [e.body for e in journal.entries(household)] == [MARKER]
        finally:
            household.close()


def test_a_passphrase_unlock_or_a_lock_ends_the_recovery_grace(protected: Household) -> None:
    maria = protected.people[0]
    code = protected.new_recovery_codes[maria.id]
    assert privacy.unlock_private(protected, maria.id, code) is True
    assert protected.recovered_person == maria.id
    privacy.lock_private(protected)
    assert protected.recovered_person is None
    privacy.unlock_private(protected, maria.id, PASSPHRASES[0])
    with pytest.raises(InvalidInput):
        privacy.set_passphrase_after_recovery(protected, maria.id, "a brand new passphrase")
