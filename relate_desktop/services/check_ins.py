"""Follow-ups that happen: what is due, reminders, snoozing, the check-in itself, and adding,
moving or letting go of check-ins. Each action reads and writes in one transaction on the
shared space."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.follow_ups import MISSED_AFTER, DueState, Repeat, next_occurrence
from relate_desktop.domain.models import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    CheckInAnswer,
    CheckInDecision,
    Commitment,
    DueFollowUp,
    FollowUp,
    FollowUpStatus,
    overall_outcome,
)
from relate_desktop.services.household import Household
from relate_desktop.store import repositories

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Home lists check-ins that are due, overdue or missed, and those coming in the next two days.
COMING_SOON = timedelta(days=2)

T = TypeVar("T")


@dataclass(frozen=True)
class AgreementChange:
    """A new wording for an agreement, agreed at a check-in."""

    title: str
    commitments: tuple[Commitment, ...]


def check_in_id(agreement_id: str, due_at: datetime) -> str:
    """A stable id for a check-in (the same agreement and moment give the same id, so an
    import or a calendar export made twice updates instead of duplicating)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{agreement_id}:{due_at.isoformat()}"))


def home_check_ins(household: Household) -> list[DueFollowUp]:
    """Check-ins to show first on Home: missed, overdue and due ones, then those coming soon."""
    now = household.clock.now()
    with household.shared.read() as session:
        pending = repositories.pending_follow_ups(session, now, now + COMING_SOON, limit=100)
    urgency = {DueState.MISSED: 0, DueState.OVERDUE: 1, DueState.DUE: 2, DueState.UPCOMING: 3}
    return sorted(pending, key=lambda d: (urgency[d.state], d.due_at))


def next_check_in(household: Household) -> DueFollowUp | None:
    """The earliest check-in still to come, however far away (Home shows it when nothing is
    due soon)."""
    now = household.clock.now()
    with household.shared.read() as session:
        found = repositories.pending_follow_ups(session, now, None, limit=1)
    return found[0] if found else None


def pending_check_ins(household: Household) -> list[DueFollowUp]:
    """Every check-in still to come or to do, of every active agreement, earliest first."""
    now = household.clock.now()
    with household.shared.read() as session:
        return repositories.pending_follow_ups(session, now, None, limit=None)


def reminders_due(household: Household) -> list[DueFollowUp]:
    """Check-ins to remind about now: their time has come (due or overdue) and they are not
    snoozed. Missed ones (a week late) no longer raise reminders; Home still lists them."""
    now = household.clock.now()
    with household.shared.read() as session:
        pending = repositories.pending_follow_ups(
            session, now, now, limit=None, since=now - MISSED_AFTER
        )
    return [d for d in pending if d.snoozed_until is None or d.snoozed_until <= now]


def _find(session: Session, follow_up_id: str) -> tuple[Agreement, FollowUp]:
    agreement_id = repositories.follow_up_agreement_id(session, follow_up_id)
    agreement = repositories.agreement(session, agreement_id) if agreement_id else None
    follow_up = (
        next((f for f in agreement.follow_ups if f.id == follow_up_id), None)
        if (agreement)
        else None
    )
    if agreement is None or follow_up is None:
        raise InvalidInput("That check-in no longer exists.")
    return agreement, follow_up


def check_in(household: Household, follow_up_id: str) -> tuple[Agreement, FollowUp]:
    """A check-in and its agreement, for the check-in screen."""
    with household.shared.read() as session:
        return _find(session, follow_up_id)


def _change(
    household: Household,
    follow_up_id: str,
    edit: Callable[[Agreement, FollowUp], tuple[Agreement, T]],
) -> T:
    """Read a pending check-in and its agreement, apply `edit`, write the agreement back: all
    in one transaction, so nothing else can slip in between."""
    with household.shared.session() as session:
        agreement, follow_up = _find(session, follow_up_id)
        if follow_up.status is not FollowUpStatus.PENDING:
            raise InvalidInput("That check-in has already been done.")
        updated, result = edit(agreement, follow_up)
        repositories.save_agreement(session, updated)
    return result


def _with(agreement: Agreement, follow_up: FollowUp) -> Agreement:
    """The agreement with `follow_up` put in (replacing the one with its id)."""
    others = tuple(f for f in agreement.follow_ups if f.id != follow_up.id)
    return replace(
        agreement, follow_ups=tuple(sorted((*others, follow_up), key=lambda f: f.due_at))
    )


def next_in_series(agreement: Agreement, current: FollowUp, now: datetime) -> FollowUp | None:
    """The check-in that follows `current` in its repeating series: the first moment after both
    now and its own time that no check-in of this agreement has already had. A check-in already
    planned at that moment joins the series instead of being duplicated."""
    if current.repeat is Repeat.NONE:
        return None
    anchor = current.anchor or current.due_at
    after = max(now, current.due_at)
    taken = {f.id: f for f in agreement.follow_ups if f.id != current.id}
    while (moment := next_occurrence(anchor, current.repeat, after)) is not None:
        existing = taken.get(check_in_id(agreement.id, moment))
        if existing is None:
            return FollowUp(
                check_in_id(agreement.id, moment), moment, repeat=current.repeat, anchor=anchor
            )
        if existing.status is FollowUpStatus.PENDING:
            return replace(existing, repeat=current.repeat, anchor=anchor)
        after = moment
    return None


def _plan(agreement: Agreement, moment: datetime, repeat: Repeat = Repeat.NONE) -> FollowUp:
    new_id = check_in_id(agreement.id, moment)
    if any(f.id == new_id for f in agreement.follow_ups):
        raise InvalidInput("There is already a check-in at that moment. Choose another.")
    anchor = moment if repeat is not Repeat.NONE else None
    return FollowUp(id=new_id, due_at=moment, repeat=repeat, anchor=anchor)


def taken_moments(agreement: Agreement) -> set[datetime]:
    """Moments that already have a check-in (planned or past), so none is planned twice."""
    return {f.due_at for f in agreement.follow_ups}


def snooze(household: Household, follow_up_id: str, until: datetime) -> None:
    """Remind about this check-in again at `until` (it stays on Home meanwhile)."""
    if until <= household.clock.now():
        raise InvalidInput("Choose a moment that is still ahead.")

    def edit(agreement: Agreement, follow_up: FollowUp) -> tuple[Agreement, None]:
        return _with(agreement, replace(follow_up, snoozed_until=until)), None

    _change(household, follow_up_id, edit)


def add_check_in(
    household: Household, agreement_id: str, when: datetime, repeat: Repeat = Repeat.NONE
) -> str:
    """Plan one more check-in (or the first of a weekly or monthly series); returns its id."""
    if when.tzinfo is None:
        raise InvalidInput("A check-in needs a time zone.")
    if when <= household.clock.now():
        raise InvalidInput("A check-in needs a date and time that haven't passed yet.")
    with household.shared.session() as session:
        agreement = repositories.agreement(session, agreement_id)
        if agreement is None:
            raise InvalidInput("That agreement no longer exists.")
        if agreement.status is not AgreementStatus.ACTIVE:
            raise InvalidInput("This agreement is retired; it needs no more check-ins.")
        new = _plan(agreement, when, repeat)
        repositories.save_agreement(session, _with(agreement, new))
    return new.id


def remove_check_in(household: Household, follow_up_id: str) -> None:
    """Take a planned check-in away. It stays in the history as skipped (so a calendar that
    had it can be told it is cancelled); a repeating one does not plan a next one."""

    def edit(agreement: Agreement, follow_up: FollowUp) -> tuple[Agreement, None]:
        removed = replace(
            follow_up,
            status=FollowUpStatus.SKIPPED,
            done_at=household.clock.now(),
            snoozed_until=None,
        )
        return _with(agreement, removed), None

    _change(household, follow_up_id, edit)


def let_go(household: Household, follow_up_id: str) -> str | None:
    """Skip a check-in (missed, or not needed); a repeating one moves on to its next moment.
    Returns the id of that next check-in, if any."""
    now = household.clock.now()

    def edit(agreement: Agreement, follow_up: FollowUp) -> tuple[Agreement, str | None]:
        skipped = replace(follow_up, status=FollowUpStatus.SKIPPED, done_at=now, snoozed_until=None)
        updated = _with(agreement, skipped)
        following = next_in_series(updated, skipped, now)
        if following is not None:
            updated = _with(updated, following)
        return updated, following.id if following else None

    return _change(household, follow_up_id, edit)


def _check_answers(household: Household, answers: Sequence[CheckInAnswer]) -> None:
    people = {p.id for p in household.people}
    said = [a.person_id for a in answers]
    if not answers:
        raise InvalidInput("A check-in needs each person's word on how it went.")
    if len(set(said)) != len(said) or not set(said) <= people:
        raise InvalidInput("Each person answers once, for themselves.")
    if set(said) != people:
        raise InvalidInput("Each of you says how it went before the check-in is done.")


def record_check_in(
    household: Household,
    follow_up_id: str,
    answers: Sequence[CheckInAnswer],
    decision: CheckInDecision,
    change: AgreementChange | None = None,
    next_at: datetime | None = None,
) -> str | None:
    """Store a check-in: each person's answer, and what you decided. Keep or adjust carries on
    (a repeating check-in plans its next moment; `next_at` plans a one-off); adjust keeps the
    old wording as a version; retire ends the agreement and its planned check-ins.
    Returns the id of the next check-in, if one was planned."""
    _check_answers(household, answers)
    now = household.clock.now()
    if next_at is not None and next_at <= now:
        raise InvalidInput("The next check-in needs a date and time that haven't passed yet.")

    def edit(agreement: Agreement, follow_up: FollowUp) -> tuple[Agreement, str | None]:
        if agreement.status is not AgreementStatus.ACTIVE:
            raise InvalidInput("This agreement is retired.")
        outcome = overall_outcome(tuple(answers))
        done = replace(
            follow_up,
            status=FollowUpStatus.DONE,
            outcome=outcome.value if outcome else None,
            done_at=now,
            decision=decision,
            answers=tuple(
                replace(
                    a,
                    noticed=a.noticed.strip(),
                    appreciation=a.appreciation.strip(),
                    saw=a.saw.strip(),
                )
                for a in answers
            ),
            snoozed_until=None,
        )
        updated = _with(agreement, done)
        if decision is CheckInDecision.RETIRE:
            planned = tuple(f for f in updated.follow_ups if f.status is FollowUpStatus.PENDING)
            cancelled = [
                replace(f, status=FollowUpStatus.SKIPPED, done_at=now, snoozed_until=None)
                for f in planned
            ]
            for item in cancelled:
                updated = _with(updated, item)
            return replace(updated, status=AgreementStatus.RETIRED), None
        if decision is CheckInDecision.ADJUST:
            updated = _adjusted(updated, change, now)
        following = next_in_series(updated, done, now)
        if following is None and next_at is not None:
            following = _plan(updated, next_at)
        if following is not None:
            updated = _with(updated, following)
        return updated, following.id if following else None

    return _change(household, follow_up_id, edit)


def _adjusted(agreement: Agreement, change: AgreementChange | None, now: datetime) -> Agreement:
    if change is None:
        raise InvalidInput("Say how the agreement changes before adjusting it.")
    commitments = tuple(
        Commitment(c.person_id, c.action.strip(), c.when.strip(), c.both)
        for c in change.commitments
        if c.action.strip()
    )
    if not change.title.strip() or not commitments:
        raise InvalidInput("An adjusted agreement needs a title and at least one commitment.")
    earlier = AgreementVersion(agreement.version, agreement.title, agreement.commitments, now)
    return replace(
        agreement,
        title=change.title.strip(),
        commitments=commitments,
        version=agreement.version + 1,
        history=(*agreement.history, earlier),
    )
