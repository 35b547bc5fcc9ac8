"""Setting up in turns: the shared part, then each person seals their own keys; nothing is
written until every turn is done, and a person's presence can be checked later."""

from __future__ import annotations

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput, WrongPassphrase
from relate_desktop.paths import DataPaths
from relate_desktop.services import privacy
from relate_desktop.services.household import (
    Household,
    begin_set_up,
    finish_set_up,
    forget_turn,
    open_household,
    seal_turn,
)
from tests.conftest import FAST_KDF, PASSPHRASES


def test_turns_write_nothing_until_the_last_one_is_done(
    paths: DataPaths, clock: FixedClock
) -> None:
    new = begin_set_up(paths, ["Maria", "Lloyd"], protected=True, kdf=FAST_KDF)
    maria_code = seal_turn(new, 0, PASSPHRASES[0])
    assert not paths.root.exists()
    with pytest.raises(InvalidInput):
        finish_set_up(paths, new, clock)
    assert not paths.root.exists()
    lloyd_code = seal_turn(new, 1, PASSPHRASES[1])
    assert not paths.root.exists() and maria_code != lloyd_code
    household = finish_set_up(paths, new, clock, open_for=new.people[1].id)
    try:
        maria, lloyd = household.people
        assert household.private_person == lloyd.id
        assert household.new_recovery_codes == {}
        assert household.info.shared_protected
        assert household.info.with_private_space == {maria.id, lloyd.id}
    finally:
        household.close()
    for person, secret in ((maria, maria_code), (lloyd, PASSPHRASES[1])):
        again = open_household(paths, person.id, secret, clock)
        assert again.private_person == person.id
        again.close()


def test_going_back_forgets_a_turn(paths: DataPaths, clock: FixedClock) -> None:
    new = begin_set_up(paths, ["Terry"], protected=True, kdf=FAST_KDF)
    old_code = seal_turn(new, 0, "first choice here")
    forget_turn(new, 0)
    assert not new.complete
    seal_turn(new, 0, PASSPHRASES[0])
    household = finish_set_up(paths, new, clock)
    household.close()
    terry = household.people[0]
    with pytest.raises(WrongPassphrase):
        open_household(paths, terry.id, old_code, clock)
    with pytest.raises(WrongPassphrase):
        open_household(paths, terry.id, "first choice here", clock)


def test_the_shared_part_checks_names_and_the_folder(paths: DataPaths, couple: Household) -> None:
    with pytest.raises(InvalidInput):
        begin_set_up(DataPaths(paths.root.parent / "other"), ["Ana", "ana"], protected=False)
    with pytest.raises(InvalidInput, match="already"):
        begin_set_up(paths, ["Ana", "Bo"], protected=False)


def test_confirming_presence_needs_that_persons_own_passphrase(protected: Household) -> None:
    maria, lloyd = protected.people
    before = protected.keyfile.to_json()
    with pytest.raises(WrongPassphrase):
        privacy.confirm_presence(protected, lloyd.id, PASSPHRASES[0])
    privacy.confirm_presence(protected, lloyd.id, PASSPHRASES[1])
    privacy.confirm_presence(protected, maria.id, PASSPHRASES[0])
    assert protected.private_person == maria.id  # nothing opened or closed
    assert protected.keyfile.to_json() == before
