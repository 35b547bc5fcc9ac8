"""search: a full-text index in every space, kept in step by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 05:00:00

The index lives inside each space, so it is encrypted with it. FTS5 with the trigram tokenizer
(case and accents folded): it finds words inside Chinese or Japanese text, which has no spaces
between words, as well as in any alphabet. `search_keys` maps each indexed item to its row in
the index (an INTEGER PRIMARY KEY, so the mapping survives VACUUM). The SQL is written out here,
not imported, so this revision stays as it was when later code changes.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NL = "char(10)"

# kind -> (table, parent id, time, title, body), as SQL over the row NEW.
SOURCES = {
    "conflict": (
        "conflicts",
        "NEW.id",
        "NEW.occurred_at",
        "NEW.title",
        f"NEW.topic || {NL} || NEW.what_happened",
    ),
    "draft": (
        "drafts",
        "NEW.conflict_id",
        "coalesce((SELECT occurred_at FROM conflicts WHERE id = NEW.conflict_id), '')",
        "''",
        "NEW.text",
    ),
    "agreement": (
        "agreements",
        "NEW.conflict_id",
        "NEW.created_at",
        "NEW.title",
        "coalesce((SELECT group_concat(c.action || ' ' || c.\"when\", char(10)) "
        "FROM commitments c WHERE c.agreement_id = NEW.id), '')",
    ),
    "journal": (
        "journal_entries",
        "NEW.id",
        "NEW.created_at",
        "coalesce(NEW.prompt, '')",
        "NEW.body",
    ),
}


def _doc(kind: str, row: str) -> str:
    return f"(SELECT doc FROM search_keys WHERE kind = '{kind}' AND item_id = {row}.id)"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_keys (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "item_id TEXT NOT NULL, CONSTRAINT uq_search_keys_item UNIQUE (kind, item_id))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, item_id UNINDEXED, "
        "parent_id UNINDEXED, at UNINDEXED, title, body, "
        "tokenize = 'trigram remove_diacritics 1')"
    )
    for kind, (table, parent, at, title, body) in SOURCES.items():
        values = f"'{kind}', NEW.id, {parent}, {at}, {title}, {body}"
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_keys (kind, item_id) VALUES ('{kind}', NEW.id); "
            "INSERT INTO search_index (rowid, kind, item_id, parent_id, at, title, body) "
            f"VALUES (last_insert_rowid(), {values}); END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"UPDATE search_index SET parent_id = {parent}, at = {at}, title = {title}, "
            f"body = {body} WHERE rowid = {_doc(kind, 'NEW')}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = {_doc(kind, 'OLD')}; "
            f"DELETE FROM search_keys WHERE kind = '{kind}' AND item_id = OLD.id; END"
        )
        # What is already there (the same expressions, over the table's rows).
        old_rows = f"{table} AS NEW JOIN search_keys k ON k.kind = '{kind}' AND k.item_id = NEW.id"
        op.execute(f"INSERT INTO search_keys (kind, item_id) SELECT '{kind}', id FROM {table}")
        op.execute(
            "INSERT INTO search_index (rowid, kind, item_id, parent_id, at, title, body) "
            f"SELECT k.doc, {values} FROM {old_rows}"
        )
    # An agreement's commitments are part of its text.
    agreement_body = (
        "coalesce((SELECT group_concat(c.action || ' ' || c.\"when\", char(10)) "
        "FROM commitments c WHERE c.agreement_id = {row}.agreement_id), '')"
    )
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        op.execute(
            f"CREATE TRIGGER search_commitments_a{event[0].lower()} AFTER {event} ON commitments "
            f"BEGIN UPDATE search_index SET body = {agreement_body.format(row=row)} "
            "WHERE rowid = (SELECT doc FROM search_keys WHERE kind = 'agreement' "
            f"AND item_id = {row}.agreement_id); END"
        )


def downgrade() -> None:
    for table in ("conflicts", "drafts", "agreements", "journal_entries", "commitments"):
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_keys")
