"""turns in one conflict, commitments for both, what each saw at a check-in, time-outs

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every draft stored so far belongs to the conflict's one and only turn.
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("turn", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("both", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("check_in_answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("saw", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "time_outs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("repair_id", sa.String(length=36), nullable=True),
        sa.Column("called_at", sa.String(length=40), nullable=False),
        sa.Column("back_at", sa.String(length=40), nullable=False),
        sa.Column("back_at_utc", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reminded_at", sa.String(length=40), nullable=True),
        sa.Column("ended_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_outs")),
    )
    with op.batch_alter_table("time_outs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_time_outs_back_at_utc"), ["back_at_utc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("time_outs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_time_outs_back_at_utc"))
    op.drop_table("time_outs")
    # SQLite drops a column in place; a batch copy of the table would trip 0004's search
    # triggers, which refer to these tables by name.
    for table, column in (("check_in_answers", "saw"), ("commitments", "both"), ("drafts", "turn")):
        op.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')
