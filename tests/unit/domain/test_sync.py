"""Sync's rules (domain/sync.py): versions, digests, the winner, the clock."""

from __future__ import annotations

import pytest

from relate_desktop.domain.sync import digest_of, from_json, new_version, tick, winner

ROW = {"row": {"id": "c1", "title": "Dishes"}}


def test_a_version_goes_through_json_unchanged() -> None:
    made = new_version("conflict", "c1", ROW, ["b", "a"], 1234, "dev1")
    again = from_json(made.to_json())
    assert again == made
    assert again.parents == ("a", "b")
    assert new_version("conflict", "c1", None, [], 5, "d").deleted


def test_the_winner_is_the_later_clock_then_the_device() -> None:
    older = new_version("conflict", "c1", ROW, [], 10, "zzz")
    newer = new_version("conflict", "c1", {"row": {"id": "c1", "title": "X"}}, [], 11, "aaa")
    tie = new_version("conflict", "c1", None, [], 11, "bbb")
    assert winner([older, newer]) == newer
    assert winner([newer, tie, older]) == tie
    assert winner([]) is None


def test_digests_ignore_key_order_and_see_any_change() -> None:
    assert digest_of({"a": 1, "b": [1, 2]}) == digest_of({"b": [1, 2], "a": 1})
    assert digest_of({"a": 1}) != digest_of({"a": 2})
    assert digest_of(None) != digest_of({})


def test_the_clock_never_goes_back() -> None:
    assert tick(100, 50) == 101
    assert tick(100, 500) == 500


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"k": "nonsense", "i": "x", "v": "v", "c": 1, "d": "d", "p": []},
        {"k": "conflict", "i": "x", "v": "v", "c": -1, "d": "d", "p": []},
        {"k": "conflict", "i": "x", "v": "v", "c": True, "d": "d", "p": []},
        {"k": "conflict", "i": "x", "v": "v", "c": 1, "d": "d", "p": [3]},
        {"k": "conflict", "i": "x", "v": "v", "c": 1, "d": "d", "p": [], "x": [1]},
    ],
)
def test_a_malformed_version_is_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        from_json(bad)
