"""sync: what changed since the last sync round, and every version of every record

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 04:30:00

Sync through a shared folder (docs/sync.md) needs, in every space:

- `sync_dirty`: the records changed since the last round, kept by triggers on every table that
  holds a record (an agreement's commitments and earlier wordings are part of the agreement, a
  check-in's answers part of the check-in). A round reads only these, so a round after one
  change costs the same in a small household and a large one.
- `sync_versions`: every version of every record this space has seen, from this computer or
  another: its hybrid logical clock, the device that wrote it, the versions it replaced, and
  the record's content (none for a deletion). The versions that nothing replaced are the
  record's *heads*; the newest head is what the space shows, and more than one head means the
  record was edited on two computers before they saw each other's change.
- `sync_replaced`: every version some version names as replaced.
- `sync_both`: the records with more than one head, so nobody counts them over all versions.
- `sync_cursors`: per device, the last of its change files this space has applied.
- `sync_meta`: this space's clock and how many of its own change files are written.

Like the search index, these tables are made here in SQL, outside the ORM (store/sync_log.py
reads and writes them). The SQL is written out, so this revision stays as it was.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# kind -> (table, the column naming the record): a change to a row marks its record changed.
RECORD_TABLES = {
    "person": ("people", "id"),
    "conflict": ("conflicts", "id"),
    "perspective": ("perspectives", "id"),
    "draft": ("drafts", "id"),
    "agreement": ("agreements", "id"),
    "follow_up": ("follow_ups", "id"),
    "journal": ("journal_entries", "id"),
    "repair": ("repairs_in_progress", "id"),
    "time_out": ("time_outs", "id"),
    "reflection": ("private_reflections", "id"),
    "safety": ("safety_checks", "id"),
}
# Rows that are part of another record: (table, kind, column naming it).
PART_TABLES = {
    "commitments": ("agreement", "agreement_id"),
    "agreement_versions": ("agreement", "agreement_id"),
    "check_in_answers": ("follow_up", "follow_up_id"),
}
# The time of the change in milliseconds since 1970 (UTC): what a version's clock starts from.
NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
EVENTS = (("INSERT", "i", ("NEW",)), ("UPDATE", "u", ("NEW", "OLD")), ("DELETE", "d", ("OLD",)))


def _triggers() -> list[tuple[str, str, str, str]]:
    """(trigger name, event, table, row expressions) for every table that holds a record."""
    found = []
    sources = [(table, kind, column) for kind, (table, column) in RECORD_TABLES.items()]
    sources += [(table, kind, column) for table, (kind, column) in PART_TABLES.items()]
    for table, kind, column in sources:
        for event, letter, rows in EVENTS:
            marks = " ".join(
                "INSERT INTO sync_dirty (kind, item_id, at) "
                f"VALUES ('{kind}', {row}.{column}, {NOW_MS}) "
                "ON CONFLICT (kind, item_id) DO UPDATE SET at = excluded.at;"
                for row in rows
            )
            found.append((f"sync_{table}_a{letter}", event, table, marks))
    return found


def upgrade() -> None:
    op.execute(
        "CREATE TABLE sync_dirty (kind TEXT NOT NULL, item_id TEXT NOT NULL, at INTEGER, "
        "CONSTRAINT pk_sync_dirty PRIMARY KEY (kind, item_id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE sync_versions ("
        "version TEXT NOT NULL CONSTRAINT pk_sync_versions PRIMARY KEY, "
        "kind TEXT NOT NULL, item_id TEXT NOT NULL, "
        "clock INTEGER NOT NULL, device TEXT NOT NULL, "
        "parents TEXT NOT NULL DEFAULT '[]', "  # JSON list of the versions this one replaced
        "parent_id TEXT, "  # the record this one belongs to (a draft's conflict), for order
        "payload TEXT, "  # the record as JSON; NULL: deleted
        "digest TEXT NOT NULL, "
        "head INTEGER NOT NULL DEFAULT 1, "  # 1 while no known version replaces it
        "out_seq INTEGER)"  # this computer's change file it goes out in (NULL: came in)
    )
    op.execute("CREATE INDEX ix_sync_versions_item ON sync_versions (kind, item_id, head)")
    op.execute("CREATE INDEX ix_sync_versions_parent ON sync_versions (parent_id, head)")
    op.execute("CREATE INDEX ix_sync_versions_out ON sync_versions (out_seq)")
    # Replaced versions whose content is still kept (a round drops it): few, found at once.
    op.execute(
        "CREATE INDEX ix_sync_versions_replaced ON sync_versions (out_seq) "
        "WHERE head = 0 AND payload IS NOT NULL"
    )
    # Every version some known version replaced: a version that arrives after the one that
    # replaced it is no head from the start.
    op.execute(
        "CREATE TABLE sync_replaced (version TEXT NOT NULL "
        "CONSTRAINT pk_sync_replaced PRIMARY KEY) WITHOUT ROWID"
    )
    # The records with more than one head (edited on two computers), kept as versions come.
    op.execute(
        "CREATE TABLE sync_both (kind TEXT NOT NULL, item_id TEXT NOT NULL, "
        "CONSTRAINT pk_sync_both PRIMARY KEY (kind, item_id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE sync_cursors (device TEXT NOT NULL CONSTRAINT pk_sync_cursors PRIMARY KEY, "
        "applied INTEGER NOT NULL DEFAULT 0, applied_at TEXT)"
    )
    op.execute(
        "CREATE TABLE sync_meta (key TEXT NOT NULL CONSTRAINT pk_sync_meta PRIMARY KEY, "
        "value TEXT NOT NULL)"
    )
    for name, event, table, marks in _triggers():
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {marks} END")


def downgrade() -> None:
    for name, _event, _table, _marks in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in (
        "sync_meta",
        "sync_cursors",
        "sync_both",
        "sync_replaced",
        "sync_versions",
        "sync_dirty",
    ):
        op.execute(f"DROP TABLE {table}")
