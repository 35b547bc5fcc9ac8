"""The typed SQLAlchemy schema shared by every space (shared space and personal vaults)."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Times are stored as ISO 8601 text with their UTC offset, so an import keeps what it was given.
Timestamp = String(40)
Uuid = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[dict[str, str]]: JSON,
        list[dict[str, Any]]: JSON,
    }


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(Timestamp)


class ConflictRow(Base):
    __tablename__ = "conflicts"
    # Newest first, in index order: a page of the list reads that page and stops (0007).
    __table_args__ = (Index("ix_conflicts_order", "occurred_at", "id"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[str] = mapped_column(Timestamp)
    what_happened: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(200), default="")
    intensity: Mapped[int] = mapped_column(Integer, default=5)
    logged_by: Mapped[str] = mapped_column(Uuid)
    created_at: Mapped[str] = mapped_column(Timestamp)

    perspectives: Mapped[list[PerspectiveRow]] = relationship(
        back_populates="conflict",
        cascade="all, delete-orphan",
        order_by="[PerspectiveRow.position, PerspectiveRow.id]",
    )
    drafts: Mapped[list[DraftRow]] = relationship(
        back_populates="conflict",
        cascade="all, delete-orphan",
        order_by="[DraftRow.position, DraftRow.id]",
    )
    agreements: Mapped[list[AgreementRow]] = relationship(
        back_populates="conflict",
        cascade="all, delete-orphan",
        order_by="[AgreementRow.created_at, AgreementRow.id]",
    )


class PerspectiveRow(Base):
    __tablename__ = "perspectives"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    conflict_id: Mapped[str] = mapped_column(
        ForeignKey("conflicts.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(Uuid)
    position: Mapped[int] = mapped_column(Integer, default=0)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    stance: Mapped[str | None] = mapped_column(String(20))
    reactions: Mapped[list[str]] = mapped_column(default=list)
    losing_strategies: Mapped[list[str]] = mapped_column(default=list)
    made_up: Mapped[str] = mapped_column(Text, default="")
    feelings: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    conflict: Mapped[ConflictRow] = relationship(back_populates="perspectives")


class DraftRow(Base):
    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    conflict_id: Mapped[str] = mapped_column(
        ForeignKey("conflicts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    # Which turn of the conflict this draft belongs to (1 = the first speaker's).
    turn: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    author_id: Mapped[str] = mapped_column(Uuid)
    to_id: Mapped[str | None] = mapped_column(Uuid)
    parts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")

    conflict: Mapped[ConflictRow] = relationship(back_populates="drafts")


class AgreementRow(Base):
    __tablename__ = "agreements"
    __table_args__ = (
        Index("ix_agreements_status_order", "status", "created_at", "id"),
        Index("ix_agreements_order", "created_at", "id"),
    )

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    conflict_id: Mapped[str] = mapped_column(
        ForeignKey("conflicts.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Timestamp)
    status: Mapped[str] = mapped_column(String(20), default="active")
    confirmed_by: Mapped[list[str]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    conflict: Mapped[ConflictRow] = relationship(back_populates="agreements")
    commitments: Mapped[list[CommitmentRow]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="[CommitmentRow.position, CommitmentRow.id]",
    )
    follow_ups: Mapped[list[FollowUpRow]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="[FollowUpRow.due_at_utc, FollowUpRow.id]",
    )
    versions: Mapped[list[AgreementVersionRow]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="[AgreementVersionRow.version, AgreementVersionRow.id]",
    )


class CommitmentRow(Base):
    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[str] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(Text)
    when: Mapped[str] = mapped_column(Text, default="")
    # A commitment both people make together ("both of us"); person_id is who wrote it down.
    both: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    agreement: Mapped[AgreementRow] = relationship(back_populates="commitments")


class FollowUpRow(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_status_order", "status", "due_at_utc", "id"),
        Index("ix_follow_ups_agreement_order", "agreement_id", "status", "due_at_utc"),
    )

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    due_at: Mapped[str] = mapped_column(Timestamp, index=True)
    due_at_utc: Mapped[str] = mapped_column(Timestamp, index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    outcome: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # The IANA zone the check-in was set in ("" when unknown), so DST changes are followed.
    zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    repeat: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    anchor: Mapped[str | None] = mapped_column(Timestamp)
    snoozed_until_utc: Mapped[str | None] = mapped_column(Timestamp)
    done_at: Mapped[str | None] = mapped_column(Timestamp)
    decision: Mapped[str | None] = mapped_column(String(10))

    agreement: Mapped[AgreementRow] = relationship(back_populates="follow_ups")
    answers: Mapped[list[CheckInAnswerRow]] = relationship(
        back_populates="follow_up",
        cascade="all, delete-orphan",
        order_by="[CheckInAnswerRow.position, CheckInAnswerRow.id]",
    )


class CheckInAnswerRow(Base):
    """One person's part of a check-in: did it hold, what they noticed, what they appreciated."""

    __tablename__ = "check_in_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    follow_up_id: Mapped[str] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[str] = mapped_column(Uuid)
    held: Mapped[str] = mapped_column(String(10))
    noticed: Mapped[str] = mapped_column(Text, default="")
    appreciation: Mapped[str] = mapped_column(Text, default="")
    # What this person saw, said when the two answers differed.
    saw: Mapped[str] = mapped_column(Text, default="", server_default="")

    follow_up: Mapped[FollowUpRow] = relationship(back_populates="answers")


class AgreementVersionRow(Base):
    """An earlier wording of an agreement, kept when it was adjusted at a check-in."""

    __tablename__ = "agreement_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    # [{"person_id", "action", "when"}, ...] as they were.
    commitments: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    replaced_at: Mapped[str] = mapped_column(Timestamp)

    agreement: Mapped[AgreementRow] = relationship(back_populates="versions")


class JournalEntryRow(Base):
    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_entries_order", "deleted_at", "created_at", "id"),)

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    author_id: Mapped[str] = mapped_column(Uuid, index=True)
    created_at: Mapped[str] = mapped_column(Timestamp)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    prompt: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    tags: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    feeling: Mapped[str | None] = mapped_column(String(100))
    time_of_day: Mapped[str | None] = mapped_column(String(10))
    deleted_at: Mapped[str | None] = mapped_column(Timestamp)  # in ix_journal_entries_order


class RepairInProgressRow(Base):
    """A repair someone started and has not finished: its whole state, to resume later."""

    __tablename__ = "repairs_in_progress"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[str] = mapped_column(Timestamp)
    updated_at: Mapped[str] = mapped_column(Timestamp, index=True)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)


class TimeOutRow(Base):
    """A responsible time-out: who called it, when they will be back, the note to the partner."""

    __tablename__ = "time_outs"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    person_id: Mapped[str] = mapped_column(Uuid)
    repair_id: Mapped[str | None] = mapped_column(Uuid)
    called_at: Mapped[str] = mapped_column(Timestamp)
    back_at: Mapped[str] = mapped_column(Timestamp)
    back_at_utc: Mapped[str] = mapped_column(Timestamp, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    reminded_at: Mapped[str | None] = mapped_column(Timestamp)
    ended_at: Mapped[str | None] = mapped_column(Timestamp)


class PrivateReflectionRow(Base):
    """One person's own answers about a conflict, kept in their vault. The conflict lives in the
    shared space, so it is referred to by id, not by foreign key."""

    __tablename__ = "private_reflections"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    conflict_id: Mapped[str] = mapped_column(Uuid, index=True)
    person_id: Mapped[str] = mapped_column(Uuid)
    stance: Mapped[str | None] = mapped_column(String(20))
    reactions: Mapped[list[str]] = mapped_column(default=list)
    losing_strategies: Mapped[list[str]] = mapped_column(default=list)
    made_up: Mapped[str] = mapped_column(Text, default="")
    feelings: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(Timestamp)


class SafetyCheckRow(Base):
    """A person's answers to the private safety check, kept in their vault."""

    __tablename__ = "safety_checks"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    person_id: Mapped[str] = mapped_column(Uuid)
    taken_at: Mapped[str] = mapped_column(Timestamp, index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
