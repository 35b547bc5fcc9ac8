"""ordered indexes: start-up's lists read the newest (or next due) rows in index order

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:30:00

Home's lists (active agreements, recent conflicts, the journal's first page, check-ins due)
order by a time and then the id. An index on the time alone left SQLite a sort after the scan
(every active agreement, every pending check-in): time that grew with the data. These indexes
hold the rows in exactly that order, so a list with a limit reads that many rows and stops.
Each replaces the index on the time alone, which its first column still serves.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# name -> (table, columns); what each replaces (the index on its first column alone).
INDEXES = {
    "ix_agreements_status_order": ("agreements", ["status", "created_at", "id"]),
    "ix_agreements_order": ("agreements", ["created_at", "id"]),
    "ix_conflicts_order": ("conflicts", ["occurred_at", "id"]),
    # Entries not deleted (deleted_at IS NULL) newest first; also the expired ones, by date.
    "ix_journal_entries_order": ("journal_entries", ["deleted_at", "created_at", "id"]),
    "ix_follow_ups_status_order": ("follow_ups", ["status", "due_at_utc", "id"]),
    # An agreement's next pending check-in (a minimum per listed agreement), found directly.
    "ix_follow_ups_agreement_order": ("follow_ups", ["agreement_id", "status", "due_at_utc"]),
}
REPLACED = {
    "ix_agreements_created_at": ("agreements", ["created_at"]),
    "ix_conflicts_occurred_at": ("conflicts", ["occurred_at"]),
    "ix_journal_entries_created_at": ("journal_entries", ["created_at"]),
    "ix_journal_entries_deleted_at": ("journal_entries", ["deleted_at"]),
    "ix_follow_ups_agreement_id": ("follow_ups", ["agreement_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)
    for name, (table, _columns) in REPLACED.items():
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, (table, columns) in REPLACED.items():
        op.create_index(name, table, columns)
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
