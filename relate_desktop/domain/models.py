"""Frozen records the services hand out: people, conflicts, drafts, agreements, journal entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from relate_desktop.domain.follow_ups import DueState, Repeat
from relate_desktop.domain.people import HouseholdMode as HouseholdMode
from relate_desktop.domain.people import Person as Person
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance


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
    # Which turn of the conflict it belongs to: 1 is the first speaker's, then one per round.
    turn: int = 1


@dataclass(frozen=True)
class Commitment:
    """What someone will do. `both`: the two of them together ("both of us"); `person_id` is
    then the one who wrote it down."""

    person_id: str
    action: str
    when: str
    both: bool = False


class Held(StrEnum):
    """Each person's word, at a check-in, on whether the agreement held."""

    HELD = "held"
    PARTLY = "partly"
    NOT_YET = "not_yet"


class CheckInDecision(StrEnum):
    """What the couple decided to do with the agreement at a check-in."""

    KEEP = "keep"
    ADJUST = "adjust"
    RETIRE = "retire"


@dataclass(frozen=True)
class CheckInAnswer:
    """One person's part of a check-in: did it hold, what they noticed, what they appreciated
    in the other (cherishing)."""

    person_id: str
    held: Held
    noticed: str = ""
    appreciation: str = ""
    # What this person saw, said when the two answers differed.
    saw: str = ""


def answers_differ(answers: tuple[CheckInAnswer, ...]) -> bool:
    """The two people saw it differently (say "partly" and "it held")."""
    return len({a.held for a in answers}) > 1


def overall_outcome(answers: tuple[CheckInAnswer, ...]) -> Held | None:
    """The check-in's outcome: the least settled of the answers (held < partly < not yet)."""
    order = (Held.NOT_YET, Held.PARTLY, Held.HELD)
    given = {a.held for a in answers}
    return next((h for h in order if h in given), None)


@dataclass(frozen=True)
class FollowUp:
    id: str
    due_at: datetime
    status: FollowUpStatus = FollowUpStatus.PENDING
    outcome: str | None = None
    note: str = ""
    # A repeating check-in keeps its series' first moment, so months keep their day.
    repeat: Repeat = Repeat.NONE
    anchor: datetime | None = None
    snoozed_until: datetime | None = None
    done_at: datetime | None = None
    decision: CheckInDecision | None = None
    answers: tuple[CheckInAnswer, ...] = ()


@dataclass(frozen=True)
class AgreementVersion:
    """An earlier wording of an agreement, kept when it was adjusted at a check-in."""

    version: int
    title: str
    commitments: tuple[Commitment, ...]
    replaced_at: datetime


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
    version: int = 1
    history: tuple[AgreementVersion, ...] = ()


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


def turns(drafts: tuple[Draft, ...]) -> list[tuple[Draft, ...]]:
    """A conflict's drafts grouped by turn, in order: each turn's opening, then its response."""
    numbers = sorted({d.turn for d in drafts})
    return [tuple(d for d in drafts if d.turn == n) for n in numbers]


@dataclass(frozen=True)
class TimeOut:
    """A responsible time-out: a promise to come back at `back_at` (20 minutes to a day),
    with a short note for the partner. `repair_id`: the repair it paused, if any."""

    id: str
    person_id: str
    called_at: datetime
    back_at: datetime
    note: str
    repair_id: str | None = None
    reminded_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True)
class JournalEntry:
    """One journal entry. `body` is Markdown (bold, italic, lists, headings); `title` is
    optional; `tags` are the writer's own words; `feeling` is one of the feeling words;
    `time_of_day` one of TIMES_OF_DAY (None: not said). `deleted_at` is set while the entry
    waits in "recently deleted" (RECENTLY_DELETED_DAYS), after which it is removed for good."""

    id: str
    author_id: str
    created_at: datetime
    body: str
    prompt: str | None = None
    private: bool = False
    title: str = ""
    tags: tuple[str, ...] = ()
    feeling: str | None = None
    time_of_day: str | None = None
    deleted_at: datetime | None = None


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
    state: DueState = DueState.UPCOMING
    repeat: Repeat = Repeat.NONE
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class Appreciation:
    """Something one person noticed the other did right (cherishing), said at a check-in."""

    person_id: str
    text: str


@dataclass(frozen=True)
class CheckInRecord:
    """One check-in that has happened (or was skipped), as the agreement PDF tells it.

    Made from a follow-up that is done or let go: the overall outcome, each person's word
    (`answers`) and what they appreciated in each other.
    """

    due_at: datetime
    status: FollowUpStatus
    outcome: str | None = None
    note: str = ""
    appreciations: tuple[Appreciation, ...] = ()
    answers: tuple[CheckInAnswer, ...] = ()
    decision: CheckInDecision | None = None

    @classmethod
    def from_follow_up(cls, follow_up: FollowUp) -> CheckInRecord:
        # A check-in that was done is told on the day it was done, not the day it was planned.
        done = follow_up.status is FollowUpStatus.DONE and follow_up.done_at is not None
        return cls(
            follow_up.done_at if done and follow_up.done_at else follow_up.due_at,
            follow_up.status,
            follow_up.outcome,
            follow_up.note,
            tuple(
                Appreciation(a.person_id, a.appreciation.strip())
                for a in follow_up.answers
                if a.appreciation.strip()
            ),
            follow_up.answers,
            follow_up.decision,
        )


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
    # The facts, as written together on the first step.
    what_happened: str = ""
    # Every turn of the conflict in order: its opening, then (when included) its response.
    turns: tuple[tuple[Draft, ...], ...] = ()

    def name_of(self, person_id: str) -> str:
        for person in self.people:
            if person.id == person_id:
                return person.name
        return "?"
