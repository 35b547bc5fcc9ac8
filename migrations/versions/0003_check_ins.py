"""check-ins: each person's answers, repeating and snoozed follow-ups, agreement versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("zone", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("repeat", sa.String(length=10), server_default="none", nullable=False)
        )
        batch_op.add_column(sa.Column("anchor", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("snoozed_until_utc", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("done_at", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("decision", sa.String(length=10), nullable=True))
    op.create_table(
        "check_in_answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("follow_up_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("held", sa.String(length=10), nullable=False),
        sa.Column("noticed", sa.Text(), nullable=False),
        sa.Column("appreciation", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_ups.id"],
            name=op.f("fk_check_in_answers_follow_up_id_follow_ups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in_answers")),
    )
    with op.batch_alter_table("check_in_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_in_answers_follow_up_id"), ["follow_up_id"], unique=False
        )
    op.create_table(
        "agreement_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("commitments", sa.JSON(), nullable=False),
        sa.Column("replaced_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_versions_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_versions")),
    )
    with op.batch_alter_table("agreement_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_versions_agreement_id"), ["agreement_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agreement_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_versions_agreement_id"))
    op.drop_table("agreement_versions")
    with op.batch_alter_table("check_in_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_in_answers_follow_up_id"))
    op.drop_table("check_in_answers")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        for column in ("decision", "done_at", "snoozed_until_utc", "anchor", "repeat", "zone"):
            batch_op.drop_column(column)
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_column("version")
