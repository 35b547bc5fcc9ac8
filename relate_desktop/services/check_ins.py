"""Follow-ups that happen: what is due, reminders, snoozing, the check-in itself, and adding,
moving or letting go of check-ins. Each action is one transaction on the shared space."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.follow_ups import DueState, Repeat, next_occurrence
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

# Home lists check-ins that are due, overdue or missed, and those coming in the next two days.
COMING_SOON = timedelta(days=2)


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


def pending_check_ins(household: Household) -> list[DueFollowUp]:
    """Every check-in still to come or to do, of every active agreement, earliest first."""
    now = household.clock.now()
    with household.shared.read() as session:
        return repositories.pending_follow_ups(session, now, None, limit=None)


def reminders_due(household: Household, already_told: set[str]) -> list[DueFollowUp]:
    """Check-ins to remind about now: their time has come, they are not snoozed, and the app
    has not told about them yet (`already_told` is the caller's memory of that)."""
    now = household.clock.now()
    with household.shared.read() as session:
        pending = repositories.pending_follow_ups(session, now, now, limit=None)
    return [
        d
        for d in pending
        if d.follow_up_id not in already_told
        and (d.snoozed_until is None or d.snoozed_until <= now)
    ]


def _load(household: Household, follow_up_id: str) -> tuple[Agreement, FollowUp]:
    with household.shared.read() as session:
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
    return _load(household, follow_up_id)


def _agreement(household: Household, agreement_id: str) -> Agreement:
    with household.shared.read() as session:
        agreement = repositories.agreement(session, agreement_id)
    if agreement is None:
        raise InvalidInput("That agreement no longer exists.")
    return agreement


def _save(household: Household, agreement: Agreement) -> None:
    with household.shared.session() as session:
        repositories.save_agreement(session, agreement)


def _pending(follow_up: FollowUp) -> None:
    if follow_up.status is not FollowUpStatus.PENDING:
        raise InvalidInput("That check-in has already been done.")


def _with(agreement: Agreement, follow_up: FollowUp) -> tuple[FollowUp, ...]:
    """The agreement's check-ins with `follow_up` put in (replacing the one with its id)."""
    others = tuple(f for f in agreement.follow_ups if f.id != follow_up.id)
    return tuple(sorted((*others, follow_up), key=lambda f: f.due_at))


def _next_in_series(agreement: Agreement, done: FollowUp, now: datetime) -> FollowUp | None:
    if done.repeat is Repeat.NONE:
        return None
    anchor = done.anchor or done.due_at
    later = max(now, done.due_at)
    moment = next_occurrence(anchor, done.repeat, later)
    if moment is None:
        return None
    new_id = check_in_id(agreement.id, moment)
    if any(f.id == new_id for f in agreement.follow_ups):
        return None
    return FollowUp(id=new_id, due_at=moment, repeat=done.repeat, anchor=anchor)


def snooze(household: Household, follow_up_id: str, until: datetime) -> None:
    """Remind about this check-in again at `until` (it stays on Home meanwhile)."""
    agreement, follow_up = _load(household, follow_up_id)
    _pending(follow_up)
    if until <= household.clock.now():
        raise InvalidInput("Choose a moment that is still ahead.")
    _save(
        household,
        replace(agreement, follow_ups=_with(agreement, replace(follow_up, snoozed_until=until))),
    )


def add_check_in(
    household: Household, agreement_id: str, when: datetime, repeat: Repeat = Repeat.NONE
) -> str:
    """Plan one more check-in (or the first of a weekly or monthly series); returns its id."""
    agreement = _agreement(household, agreement_id)
    if agreement.status is not AgreementStatus.ACTIVE:
        raise InvalidInput("This agreement is retired; it needs no more check-ins.")
    if when.tzinfo is None:
        raise InvalidInput("A check-in needs a time zone.")
    if when <= household.clock.now():
        raise InvalidInput("A check-in needs a date and time that haven't passed yet.")
    new = FollowUp(
        id=check_in_id(agreement.id, when),
        due_at=when,
        repeat=repeat,
        anchor=when if repeat is not Repeat.NONE else None,
    )
    if any(f.id == new.id for f in agreement.follow_ups):
        raise InvalidInput("There is already a check-in at that moment.")
    _save(household, replace(agreement, follow_ups=_with(agreement, new)))
    return new.id


def remove_check_in(household: Household, follow_up_id: str) -> None:
    """Take a planned check-in off the calendar (one that happened stays in the history)."""
    agreement, follow_up = _load(household, follow_up_id)
    _pending(follow_up)
    remaining = tuple(f for f in agreement.follow_ups if f.id != follow_up_id)
    _save(household, replace(agreement, follow_ups=remaining))


def let_go(household: Household, follow_up_id: str) -> str | None:
    """Skip a check-in (missed, or not needed); a repeating one moves on to its next moment.
    Returns the id of that next check-in, if any."""
    agreement, follow_up = _load(household, follow_up_id)
    _pending(follow_up)
    now = household.clock.now()
    skipped = replace(follow_up, status=FollowUpStatus.SKIPPED, done_at=now, snoozed_until=None)
    follow_ups = _with(agreement, skipped)
    following = _next_in_series(agreement, skipped, now)
    if following is not None:
        follow_ups = tuple(sorted((*follow_ups, following), key=lambda f: f.due_at))
    _save(household, replace(agreement, follow_ups=follow_ups))
    return following.id if following else None


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
    agreement, follow_up = _load(household, follow_up_id)
    _pending(follow_up)
    if agreement.status is not AgreementStatus.ACTIVE:
        raise InvalidInput("This agreement is retired.")
    now = household.clock.now()
    outcome = overall_outcome(tuple(answers))
    done = replace(
        follow_up,
        status=FollowUpStatus.DONE,
        outcome=outcome.value if outcome else None,
        done_at=now,
        decision=decision,
        answers=tuple(
            replace(a, noticed=a.noticed.strip(), appreciation=a.appreciation.strip())
            for a in answers
        ),
        snoozed_until=None,
    )
    updated = replace(agreement, follow_ups=_with(agreement, done))
    if decision is CheckInDecision.RETIRE:
        updated = replace(
            updated,
            status=AgreementStatus.RETIRED,
            follow_ups=tuple(
                f for f in updated.follow_ups if f.status is not FollowUpStatus.PENDING
            ),
        )
        _save(household, updated)
        return None
    if decision is CheckInDecision.ADJUST:
        updated = _adjusted(updated, change, now)
    following = _next_in_series(updated, done, now)
    if following is None and next_at is not None:
        if next_at <= now:
            raise InvalidInput("The next check-in needs a date and time that haven't passed yet.")
        following = FollowUp(id=check_in_id(updated.id, next_at), due_at=next_at)
    if following is not None:
        updated = replace(updated, follow_ups=_with(updated, following))
    _save(household, updated)
    return following.id if following else None


def _adjusted(agreement: Agreement, change: AgreementChange | None, now: datetime) -> Agreement:
    if change is None:
        raise InvalidInput("Say how the agreement changes before adjusting it.")
    commitments = tuple(
        Commitment(c.person_id, c.action.strip(), c.when.strip())
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
