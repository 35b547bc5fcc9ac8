"""`left_by_crash`: what read commands ask before deciding on the full integrity check."""

from __future__ import annotations

from pathlib import Path

from relate_desktop.store.lock import LOCK_NAME, DataFolderLock, left_by_crash


def test_a_folder_never_held_or_released_cleanly_is_not_in_doubt(tmp_path: Path) -> None:
    assert not left_by_crash(tmp_path)
    assert not (tmp_path / LOCK_NAME).exists()  # looking creates nothing
    with DataFolderLock(tmp_path):
        pass
    assert not left_by_crash(tmp_path)


def test_a_lock_left_by_a_killed_process_is_seen_and_left_as_it_is(tmp_path: Path) -> None:
    (tmp_path / LOCK_NAME).write_text("4242 journal", encoding="utf-8")
    assert left_by_crash(tmp_path)
    assert (tmp_path / LOCK_NAME).read_text(encoding="utf-8") == "4242 journal"


def test_a_folder_held_now_is_not_a_crash(tmp_path: Path) -> None:
    with DataFolderLock(tmp_path):  # the app running: its pid is in the file
        assert (tmp_path / LOCK_NAME).read_text(encoding="utf-8")
        assert not left_by_crash(tmp_path)
