"""Removing journal entries for good: the row, its words in the search index, the free pages
they were on, and the write-ahead log that saw them. SQLCipher encrypts every page, so without
the key nothing is readable anyway; this is about what the key could still read later."""

from __future__ import annotations

from collections.abc import Collection

from relate_desktop.store.connection import plain_errors
from relate_desktop.store.space import Space


def erase_journal_entries(space: Space, entry_ids: Collection[str]) -> None:
    """Delete these entries so that no page of the space, and no frame of its log, holds their
    text any more: secure_delete zeroes what the delete frees, the index's own secure-delete
    (set by revision 0006) takes their words out of the index's pages, VACUUM rewrites the file
    without any free page (older edits of the entry lived there), and a TRUNCATE checkpoint
    empties the log. Costly on a big space; done only when something is to be erased."""
    if not entry_ids:
        return
    marks = ", ".join("?" for _ in entry_ids)
    with plain_errors(space.path.parent), space.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("BEGIN IMMEDIATE")
        try:
            raw.execute(f"DELETE FROM journal_entries WHERE id IN ({marks})", tuple(entry_ids))
            # Their earlier versions kept for sync (revision 0008) go too; the next round
            # sends the deletion.
            raw.execute(
                "UPDATE sync_versions SET payload = NULL "
                f"WHERE kind = 'journal' AND item_id IN ({marks})",
                tuple(entry_ids),
            )
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
