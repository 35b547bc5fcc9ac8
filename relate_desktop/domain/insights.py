"""Patterns over time, computed from plain facts: conflicts per month by topic, the loops that
keep coming back, each person's own stances, reactions and losing strategies, and whether
agreements held at their check-ins."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from relate_desktop.domain.models import FollowUpStatus, Perspective
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance, label

NO_TOPIC = ""
MIN_LOOP = 2  # a loop is something that came back at least once
MAX_LOOPS = 12
# What a check-in can say about an agreement; anything else counts as unknown.
CHECK_IN_OUTCOMES = ("held", "partly", "not_yet")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class ConflictFacts:
    """One conflict as insights sees it: when, what about, and each person's own labels."""

    id: str
    occurred_at: datetime
    topic: str
    views: tuple[Perspective, ...] = ()


@dataclass(frozen=True)
class CheckInFacts:
    due_at: datetime
    status: FollowUpStatus
    outcome: str | None


@dataclass(frozen=True)
class DateRange:
    """Inclusive dates; None means open-ended."""

    start: date | None = None
    end: date | None = None

    def holds(self, moment: datetime) -> bool:
        day = moment.date()
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Loop:
    """A topic or a situation that keeps coming back: how often, and when it was last."""

    kind: str  # "topic" or "situation"
    label: str
    count: int
    last: datetime


@dataclass(frozen=True)
class PersonPatterns:
    """One person's own labels: only what they said about themselves."""

    person_id: str
    conflicts: int
    stances: tuple[tuple[Stance, int], ...]
    reactions_by_month: tuple[tuple[str, Reaction, int], ...]
    strategies: tuple[tuple[LosingStrategy, int], ...]
    includes_private: bool


@dataclass(frozen=True)
class Insights:
    months: tuple[str, ...]  # "2026-03", every month from the first conflict to the last
    topics: tuple[str, ...]  # most frequent first
    per_month: Mapping[tuple[str, str], int]  # (month, topic) -> conflicts
    loops: tuple[Loop, ...]
    people: tuple[PersonPatterns, ...]
    check_ins: tuple[tuple[str, int], ...]  # held, partly, not_yet, unknown

    @property
    def conflicts(self) -> int:
        return sum(self.per_month.values())

    def person(self, person_id: str) -> PersonPatterns | None:
        return next((p for p in self.people if p.person_id == person_id), None)


def month_of(moment: datetime) -> str:
    """The month as it was where it happened (times keep their own offset)."""
    return f"{moment.year:04d}-{moment.month:02d}"


def months_between(first: str, last: str) -> tuple[str, ...]:
    year, month = int(first[:4]), int(first[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


def topic_key(topic: str) -> str:
    return " ".join(topic.split()).casefold()


def situation(views: Iterable[Perspective], name_of: Mapping[str, str]) -> str | None:
    """The dance a conflict showed: each person's stance and reactions, in a stable order.
    None unless at least one person named their stance."""
    parts = []
    for view in sorted(views, key=lambda v: name_of.get(v.person_id, v.person_id)):
        if view.stance is None:
            continue
        reacted = "/".join(label(r.value) for r in view.reactions)
        words = label(view.stance.value) + (f", {reacted}" if reacted else "")
        parts.append(f"{name_of.get(view.person_id, '?')}: {words}")
    return " · ".join(parts) if parts else None


def compute(
    conflicts: Iterable[ConflictFacts],
    check_ins: Iterable[CheckInFacts],
    people: Mapping[str, str],
    window: DateRange,
    private_person: str | None = None,
) -> Insights:
    """Everything the Insights screen shows for this range. `people` maps ids to names in
    display order; `private_person` is whose private reflections are among the views."""
    chosen = sorted(
        (c for c in conflicts if window.holds(c.occurred_at)), key=lambda c: c.occurred_at
    )
    topic_count: Counter[str] = Counter()
    topic_label: dict[str, str] = {}
    topic_last: dict[str, datetime] = {}
    situations: Counter[str] = Counter()
    situation_last: dict[str, datetime] = {}
    for item in chosen:
        key = topic_key(item.topic)
        topic_label[key] = " ".join(item.topic.split())  # the latest spelling wins
        topic_count[key] += 1
        topic_last[key] = item.occurred_at
        dance = situation(item.views, people)
        if dance is not None:
            situations[dance] += 1
            situation_last[dance] = item.occurred_at
    # Count by the final label of each topic, so a renamed spelling stays one topic.
    per_month: Counter[tuple[str, str]] = Counter()
    for item in chosen:
        per_month[(month_of(item.occurred_at), topic_label[topic_key(item.topic)])] += 1
    topics = tuple(
        topic_label[k] for k, _ in sorted(topic_count.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    months = (
        months_between(month_of(chosen[0].occurred_at), month_of(chosen[-1].occurred_at))
        if chosen
        else ()
    )
    loops = [
        Loop("topic", topic_label[k], n, topic_last[k])
        for k, n in topic_count.items()
        if n >= MIN_LOOP and k != NO_TOPIC
    ] + [Loop("situation", s, n, situation_last[s]) for s, n in situations.items() if n >= MIN_LOOP]
    loops.sort(key=lambda loop: (-loop.count, -loop.last.timestamp(), loop.label))
    return Insights(
        months=months,
        topics=topics,
        per_month=dict(per_month),
        loops=tuple(loops[:MAX_LOOPS]),
        people=tuple(_patterns(pid, chosen, pid == private_person) for pid in people),
        check_ins=_check_ins(check_ins, window),
    )


def _patterns(person_id: str, chosen: list[ConflictFacts], with_private: bool) -> PersonPatterns:
    stances: Counter[Stance] = Counter()
    reactions: Counter[tuple[str, Reaction]] = Counter()
    strategies: Counter[LosingStrategy] = Counter()
    conflicts = 0
    for item in chosen:
        own = [v for v in item.views if v.person_id == person_id]
        if not own:
            continue
        # A private reflection (when its owner has opened their space) replaces a shared view.
        view = next((v for v in own if v.private), own[0])
        conflicts += 1
        if view.stance is not None:
            stances[view.stance] += 1
        for reaction in view.reactions:
            reactions[(month_of(item.occurred_at), reaction)] += 1
        strategies.update(view.losing_strategies)
    return PersonPatterns(
        person_id=person_id,
        conflicts=conflicts,
        stances=tuple((s, stances[s]) for s in Stance),
        reactions_by_month=tuple(
            (month, reaction, n) for (month, reaction), n in sorted(reactions.items())
        ),
        strategies=tuple(
            sorted(
                ((s, n) for s, n in strategies.items()),
                key=lambda sn: (-sn[1], list(LosingStrategy).index(sn[0])),
            )
        ),
        includes_private=with_private,
    )


def _check_ins(check_ins: Iterable[CheckInFacts], window: DateRange) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for item in check_ins:
        if item.status is FollowUpStatus.DONE and window.holds(item.due_at):
            counts[item.outcome if item.outcome in CHECK_IN_OUTCOMES else UNKNOWN] += 1
    return tuple((outcome, counts[outcome]) for outcome in (*CHECK_IN_OUTCOMES, UNKNOWN))
