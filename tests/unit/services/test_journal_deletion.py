"""Deleting a journal entry: "recently deleted" for 30 days, restorable, then gone for good,
from every page of every file of the data folder (read with the keys), search index included."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.journal import RECENTLY_DELETED_DAYS
from relate_desktop.services import journal, search
from relate_desktop.services.household import Household
from tests.sqlcipher_pages import plain_pages, readable_header

SECRET = "Zanzibar quokka marmalade, never to be read again"
WORD = "quokka"


def test_a_deleted_entry_waits_in_recently_deleted_and_comes_back(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = (p.id for p in protected.people)
    kept = journal.write_entry(protected, maria, "Stays", private=True)
    gone = journal.write_entry(protected, maria, SECRET, private=True, tags="sea, fruit")
    journal.delete_entry(protected, gone.id, maria)
    assert [e.id for e in journal.entries(protected)] == [kept.id]
    assert search.search(protected, WORD) == []  # out of search while deleted
    waiting = journal.recently_deleted(protected, maria)
    assert [e.id for e in waiting] == [gone.id]
    assert journal.removed_for_good_on(waiting[0]) == (clock.now() + timedelta(days=30)).date()
    assert journal.recently_deleted(protected, lloyd) == []
    with pytest.raises(InvalidInput):
        journal.restore_entry(protected, gone.id, lloyd)

    clock.advance(timedelta(days=RECENTLY_DELETED_DAYS - 1))
    assert journal.purge_expired(protected) == 0
    back = journal.restore_entry(protected, gone.id, maria)
    assert back.deleted_at is None and back.tags == ("sea", "fruit")
    assert back.created_at == gone.created_at
    assert {e.id for e in journal.entries(protected)} == {kept.id, gone.id}
    assert [h.item_id for h in search.search(protected, WORD)] == [gone.id]


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and "backups" not in p.parts]


@pytest.mark.parametrize("private", [True, False])
def test_after_thirty_days_the_text_is_in_no_file_of_the_data_folder(
    protected: Household, clock: FixedClock, private: bool
) -> None:
    """Backups are left out: they keep it until their rotation drops them (docs/security.md)."""
    maria = protected.people[0].id
    entry = journal.write_entry(protected, maria, "First words", private=private)
    for n in range(5):  # each autosave leaves an older version on a page that is then freed
        entry = journal.write_entry(
            protected, maria, f"{SECRET} {n}", entry_id=entry.id, private=private, title=WORD
        )
    journal.write_entry(protected, maria, "An entry that stays", private=private)
    journal.delete_entry(protected, entry.id, maria)
    space = protected.open_private_space if private else protected.shared
    assert space is not None
    keys = [protected.shared.key, space.key]
    needle = WORD.encode()

    def holders() -> list[str]:
        found = []
        for path in _files(protected.paths.root):
            if needle in path.read_bytes():
                found.append(f"{path.name} (as stored)")
            if path.suffix == ".db" or path.name.endswith(".db-wal"):
                base = path.with_name(path.name.removesuffix("-wal"))
                for key in keys:
                    readable = path.stat().st_size and readable_header(base, key)
                    if readable and any(needle in page for page in plain_pages(path, key)):
                        found.append(path.name)
        return found

    assert holders()  # the test can see it while it is there (in the log, for now)
    clock.advance(timedelta(days=RECENTLY_DELETED_DAYS))
    assert journal.purge_expired(protected) == 1
    assert journal.recently_deleted(protected, maria) == []
    assert holders() == []
    assert search.search(protected, WORD) == []
    assert [e.body for e in journal.entries(protected)] == ["An entry that stays"]
    with space.read() as session:  # not a word of it left in the index's terms either
        from sqlalchemy import text

        session.execute(
            text("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, 'row')")
        )
        terms = set(session.execute(text("SELECT term FROM temp.terms")).scalars())
    assert {"quo", "uok", "okk", "kka"} & terms == set()
    assert {"sta", "ays"} <= terms
