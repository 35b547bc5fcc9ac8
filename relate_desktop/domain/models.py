"""Frozen records the services hand out: people, conflicts, drafts, agreements, journal entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance


class HouseholdMode(StrEnum):
    SOLO = "solo"
    COUPLE = "couple"


class DraftKind(StrEnum):
    REQUEST = "request"
    APOLOGY = "apology"
    RESPONSE = "response"


class DraftStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"


class AgreementStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"


class FollowUpStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Person:
    id: str
    name: str


@dataclass(frozen=True)
class Perspective:
    """One person's view of their own part in a conflict."""

    person_id: str
    stance: Stance | None
    reactions: tuple[Reaction, ...] = ()
    losing_strategies: tuple[LosingStrategy, ...] = ()
    made_up: str = ""
    feelings: tuple[str, ...] = ()
    notes: str = ""
    private: bool = False


@dataclass(frozen=True)
class Draft:
    """A request, apology or response: its parts and the composed text."""

    id: str
    kind: DraftKind
    author_id: str
    to_id: str | None
    parts: Mapping[str, str]
    text: str
    status: DraftStatus = DraftStatus.DRAFT


@dataclass(frozen=True)
class Commitment:
    person_id: str
    action: str
    when: str


@dataclass(frozen=True)
class FollowUp:
    id: str
    due_at: datetime
    status: FollowUpStatus = FollowUpStatus.PENDING
    outcome: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Agreement:
    id: str
    conflict_id: str
    title: str
    created_at: datetime
    status: AgreementStatus
    commitments: tuple[Commitment, ...] = ()
    confirmed_by: tuple[str, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class Conflict:
    id: str
    title: str
    occurred_at: datetime
    what_happened: str
    topic: str
    intensity: int
    logged_by: str
    created_at: datetime
    perspectives: tuple[Perspective, ...] = ()
    drafts: tuple[Draft, ...] = ()
    agreements: tuple[Agreement, ...] = ()


@dataclass(frozen=True)
class JournalEntry:
    id: str
    author_id: str
    created_at: datetime
    body: str
    prompt: str | None = None
    private: bool = False


@dataclass(frozen=True)
class PrivateReflection:
    """A person's own answers about a conflict, kept in their vault (never in the shared space)."""

    conflict_id: str
    perspective: Perspective
    updated_at: datetime


@dataclass(frozen=True)
class SafetyCheck:
    """One person's answers to the private safety check (question id -> yes)."""

    id: str
    person_id: str
    taken_at: datetime
    answers: Mapping[str, bool]

    @property
    def any_yes(self) -> bool:
        return any(self.answers.values())


@dataclass(frozen=True)
class ConflictSummary:
    id: str
    title: str
    occurred_at: datetime
    topic: str
    intensity: int
    agreement_count: int


@dataclass(frozen=True)
class AgreementSummary:
    id: str
    title: str
    created_at: datetime
    status: AgreementStatus
    next_follow_up: datetime | None


@dataclass(frozen=True)
class DueFollowUp:
    follow_up_id: str
    agreement_id: str
    agreement_title: str
    due_at: datetime


@dataclass(frozen=True)
class Appreciation:
    """Something one person noticed the other did right (cherishing), said at a check-in."""

    person_id: str
    text: str


@dataclass(frozen=True)
class CheckInRecord:
    """One check-in that has happened (or was skipped), as the agreement PDF tells it.

    Today a follow-up only has a status, an outcome and a note; a check-in with each person's
    word on whether the agreement held and their appreciations fills the rest.
    """

    due_at: datetime
    status: FollowUpStatus
    outcome: str | None = None
    note: str = ""
    appreciations: tuple[Appreciation, ...] = ()

    @classmethod
    def from_follow_up(cls, follow_up: FollowUp) -> CheckInRecord:
        return cls(follow_up.due_at, follow_up.status, follow_up.outcome, follow_up.note)


@dataclass(frozen=True)
class AgreementPdfIncludes:
    """What the person exporting chose to put in the agreement PDF; all shared parts by default.

    The agreement itself, its commitments and the confirmation lines are always in. A new
    choice (such as "include my private reflections", once vaults exist) is one more field
    here, one more entry in ui.export_dialog.INCLUDE_OPTIONS, and one more step in
    services.browse.agreement_document, which is the only place that reads these.
    """

    response: bool = True
    follow_up_dates: bool = True
    check_in_history: bool = True


@dataclass(frozen=True)
class AgreementDocument:
    """Everything the shared agreement PDF shows, and nothing more. Holds nothing private."""

    agreement: Agreement
    conflict_title: str
    occurred_at: datetime
    people: tuple[Person, ...]
    opening: Draft | None = None
    response: Draft | None = None
    # Dates to check in on (done ones are ticked); empty when left out.
    follow_ups: tuple[FollowUp, ...] = ()
    check_ins: tuple[CheckInRecord, ...] = ()
    # (heading, text) sections an owner chose to share, such as their own reflections.
    extra_sections: tuple[tuple[str, str], ...] = field(default=())

    def name_of(self, person_id: str) -> str:
        for person in self.people:
            if person.id == person_id:
                return person.name
        return "?"
