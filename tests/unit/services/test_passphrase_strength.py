"""Choosing a passphrase: zxcvbn's estimate refuses easy guesses with one kind line; a long
phrase of ordinary words is fine. Every place a passphrase is chosen uses the same check."""

from __future__ import annotations

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.paths import DataPaths
from relate_desktop.services import privacy
from relate_desktop.services.household import Household, set_up, validate_passphrase
from tests.conftest import FAST_KDF, PASSPHRASES


@pytest.mark.parametrize(
    "weak",
    ["password", "12345678", "qwertyuiop", "iloveyou2026", "passwordpassword", "aaaaaaaaaaaa"],
)
def test_an_easy_passphrase_is_refused_kindly_in_one_line(weak: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_passphrase(weak)
    message = caught.value.message
    assert "\n" not in message
    assert message.startswith("That passphrase is too easy to guess")
    assert "ordinary words" in message


@pytest.mark.parametrize(
    "good",
    [*PASSPHRASES, "a long phrase of ordinary words", "lantern maple Tuesday soup"],
)
def test_a_phrase_of_ordinary_words_is_fine(good: str) -> None:
    validate_passphrase(good)


def test_a_short_one_still_asks_for_eight_characters() -> None:
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        validate_passphrase("x7#Kq!")


def test_the_household_names_count_as_easy_guesses() -> None:
    validate_passphrase("zoltanixquorbel")
    with pytest.raises(InvalidInput, match="too easy"):
        validate_passphrase("zoltanixquorbel", ["Zoltanix", "Quorbel"])


def test_a_very_long_passphrase_is_judged_quickly_by_its_start() -> None:
    validate_passphrase(("ordinary words in a row, " * 200).strip())


def test_set_up_refuses_password(paths: DataPaths, clock: FixedClock) -> None:
    with pytest.raises(InvalidInput, match="too easy"):
        set_up(paths, ["Maria"], ["password"], clock, kdf=FAST_KDF)
    assert not paths.root.exists() or not any(paths.root.iterdir())


def test_every_place_a_passphrase_is_chosen_checks_it(protected: Household) -> None:
    maria, lloyd = (p.id for p in protected.people)
    with pytest.raises(InvalidInput, match="too easy"):
        privacy.change_passphrase(protected, maria, PASSPHRASES[0], "12345678")
    with pytest.raises(InvalidInput, match="too easy"):
        privacy.change_passphrase(protected, lloyd, PASSPHRASES[1], "Lloyd2026")


def test_adding_a_partner_checks_theirs(solo: Household) -> None:
    with pytest.raises(InvalidInput, match="too easy"):
        privacy.add_person(solo, "Sam", "password1", kdf=FAST_KDF)
    privacy.add_person(solo, "Sam", "a lantern by the blue door", kdf=FAST_KDF)
