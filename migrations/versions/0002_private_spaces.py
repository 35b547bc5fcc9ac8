"""private spaces: reflections and safety checks kept in a person's vault

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "private_reflections",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("conflict_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("stance", sa.String(length=20), nullable=True),
        sa.Column("reactions", sa.JSON(), nullable=False),
        sa.Column("losing_strategies", sa.JSON(), nullable=False),
        sa.Column("made_up", sa.Text(), nullable=False),
        sa.Column("feelings", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_reflections")),
    )
    with op.batch_alter_table("private_reflections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_private_reflections_conflict_id"), ["conflict_id"], unique=False
        )
    op.create_table(
        "safety_checks",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_checks")),
    )
    with op.batch_alter_table("safety_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safety_checks_taken_at"), ["taken_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("safety_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_checks_taken_at"))
    op.drop_table("safety_checks")
    with op.batch_alter_table("private_reflections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_private_reflections_conflict_id"))
    op.drop_table("private_reflections")
