"""journal: titles, tags, a feeling, time of day, and "recently deleted"

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:30:00

Columns are added in place (no table copy), so the search triggers on journal_entries stay.
The journal's search triggers are made again: an entry's title (else its prompt) and tags are
searchable, and an entry in "recently deleted" is empty in the index until it is restored. The
index is switched to FTS5 secure-delete, so a removed entry's words leave the index itself, not
just its lookup. The SQL is written out here, so this revision stays as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_DOC = "(SELECT doc FROM search_keys WHERE kind = 'journal' AND item_id = NEW.id)"
_LIVE = "NEW.deleted_at IS NULL"
_TITLE = f"CASE WHEN {_LIVE} THEN coalesce(nullif(NEW.title, ''), NEW.prompt, '') ELSE '' END"
# The tags on a line of their own after the body, when there are any.
_BODY = (
    f"CASE WHEN {_LIVE} THEN NEW.body || "
    "coalesce(char(10) || (SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '') "
    "ELSE '' END"
)


def _triggers(title: str, body: str) -> None:
    values = f"'journal', NEW.id, NEW.id, NEW.created_at, {title}, {body}"
    op.execute("DROP TRIGGER IF EXISTS search_journal_entries_ai")
    op.execute("DROP TRIGGER IF EXISTS search_journal_entries_au")
    op.execute(
        "CREATE TRIGGER search_journal_entries_ai AFTER INSERT ON journal_entries BEGIN "
        "INSERT INTO search_keys (kind, item_id) VALUES ('journal', NEW.id); "
        "INSERT INTO search_index (rowid, kind, item_id, parent_id, at, title, body) "
        f"VALUES (last_insert_rowid(), {values}); END"
    )
    op.execute(
        "CREATE TRIGGER search_journal_entries_au AFTER UPDATE ON journal_entries BEGIN "
        f"UPDATE search_index SET parent_id = NEW.id, at = NEW.created_at, title = {title}, "
        f"body = {body} WHERE rowid = {_DOC}; END"
    )


def upgrade() -> None:
    op.add_column(
        "journal_entries", sa.Column("title", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "journal_entries", sa.Column("tags", sa.JSON(), server_default="[]", nullable=False)
    )
    op.add_column("journal_entries", sa.Column("feeling", sa.String(length=100), nullable=True))
    op.add_column("journal_entries", sa.Column("time_of_day", sa.String(length=10), nullable=True))
    op.add_column("journal_entries", sa.Column("deleted_at", sa.String(length=40), nullable=True))
    op.create_index(
        op.f("ix_journal_entries_deleted_at"), "journal_entries", ["deleted_at"], unique=False
    )
    _triggers(_TITLE, _BODY)
    op.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    # An older Relate has no "recently deleted": what its writer deleted stays deleted.
    op.execute("DELETE FROM journal_entries WHERE deleted_at IS NOT NULL")
    op.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)")
    _triggers("coalesce(NEW.prompt, '')", "NEW.body")
    op.drop_index(op.f("ix_journal_entries_deleted_at"), table_name="journal_entries")
    for column in ("deleted_at", "time_of_day", "feeling", "tags", "title"):
        op.drop_column("journal_entries", column)
