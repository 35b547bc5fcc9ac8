"""The command line's counts read as English: "1 conflict", "3 journal entries"."""

from __future__ import annotations

from relate_desktop.cli import counted


def test_one_and_many() -> None:
    assert counted(1, "conflict") == "1 conflict"
    assert counted(0, "conflict") == "0 conflicts"
    assert counted(3, "journal entry", "journal entries") == "3 journal entries"
    assert counted(1, "journal entry", "journal entries") == "1 journal entry"
