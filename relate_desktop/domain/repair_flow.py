"""The repair as a state machine: which steps, in what order, and what each needs first."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from relate_desktop.domain.compose import (
    APOLOGY_PARTS,
    REQUEST_PARTS,
    RESPONSE_PARTS,
    compose,
    compose_apology_response,
)
from relate_desktop.domain.follow_ups import FollowUpPreset, Repeat, preset_date
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance


class StepKind(StrEnum):
    CONFLICT = "conflict"
    HANDOVER = "handover"
    PERSPECTIVE = "perspective"
    PAUSE = "pause"
    DRAFT = "draft"
    RESPONSE = "response"
    TURNS = "turns"  # together: another turn in the same conflict, or on to the agreement
    AGREEMENT = "agreement"
    FOLLOW_UP = "follow_up"
    REVIEW = "review"


@dataclass(frozen=True)
class Step:
    """One screen of the repair; `person_id` says whose turn it is, None when it is both."""

    kind: StepKind
    person_id: str | None = None
    # For DRAFT, RESPONSE and their hand-overs: which turn of this repair (0 = the first).
    turn: int = 0


@dataclass
class PerspectiveAnswers:
    """One person's answers about their own part. `private` answers belong in that person's
    vault; once `sealed`, they have been put there and are no longer held here."""

    stance: str = ""
    reactions: list[str] = field(default_factory=list)
    losing_strategies: list[str] = field(default_factory=list)
    feelings: str = ""
    made_up: str = ""
    notes: str = ""
    private: bool = False
    sealed: bool = False

    @classmethod
    def sealed_away(cls) -> PerspectiveAnswers:
        """What stays in the shared state for answers kept private: only that they exist."""
        return cls(private=True, sealed=True)


@dataclass
class CommitmentLine:
    person_id: str
    action: str = ""
    when: str = ""
    both: bool = False  # "both of us"


@dataclass
class Turn:
    """One round: the speaker's request or apology, then the other's response to it."""

    speaker_id: str
    kind: str = "request"
    parts: dict[str, str] = field(default_factory=dict)
    response_parts: dict[str, str] = field(default_factory=dict)


@dataclass
class RepairState:
    """Everything a repair in progress has collected; saved as a draft so it can be resumed."""

    id: str
    people: list[str]
    started_by: str
    started_at: str
    title: str = ""
    what_happened: str = ""
    occurred_at: str = ""
    topic: str = ""
    intensity: int = 5
    perspectives: dict[str, PerspectiveAnswers] = field(default_factory=dict)
    speaking_part: str = ""
    speaker_id: str = ""
    draft_kind: str = "request"
    draft_parts: dict[str, str] = field(default_factory=dict)
    response_parts: dict[str, str] = field(default_factory=dict)
    agreement_title: str = ""
    commitments: list[CommitmentLine] = field(default_factory=list)
    confirmed_by: list[str] = field(default_factory=list)
    follow_up_presets: list[str] = field(default_factory=list)
    # Chosen dates besides the presets (ISO 8601 with offset) and how the last one repeats.
    follow_up_dates: list[str] = field(default_factory=list)
    follow_up_repeat: str = Repeat.NONE.value
    step_index: int = 0
    # Language-coach suggestions someone chose to hide, as "<draft kind>.<part>:<finding key>".
    coach_dismissed: list[str] = field(default_factory=list)
    # Turns after the first (whose speaker, kind and parts are the fields above).
    turns: list[Turn] = field(default_factory=list)
    # A turn added later to a conflict already stored: its id; "" for a new conflict.
    conflict_id: str = ""
    # The stored number of this state's first turn (a later turn continues the count).
    first_turn: int = 1

    @property
    def is_couple(self) -> bool:
        return len(self.people) > 1

    @property
    def adds_to_conflict(self) -> bool:
        return bool(self.conflict_id)

    def all_turns(self) -> list[Turn]:
        """Every turn of this repair in order; the first shares its dicts with the state, so
        editing its parts edits the state."""
        first = Turn(
            self.speaker_id or self.people[0],
            self.draft_kind,
            self.draft_parts,
            self.response_parts,
        )
        return [first, *self.turns]

    def turn_at(self, index: int) -> Turn:
        return self.all_turns()[index]

    def listener_of(self, turn: Turn) -> str | None:
        others = [p for p in self.people if p != turn.speaker_id]
        return others[0] if self.is_couple and others else None

    @property
    def listener_id(self) -> str | None:
        speaker = self.speaker_id or self.people[0]
        others = [p for p in self.people if p != speaker]
        return others[0] if self.is_couple and others else None

    def perspective(self, person_id: str) -> PerspectiveAnswers:
        return self.perspectives.setdefault(person_id, PerspectiveAnswers())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def is_untouched(self) -> bool:
        """Nothing typed or chosen yet: the state equals a fresh one (a repair opened and
        closed again leaves nothing behind)."""
        fresh = RepairState(
            id=self.id,
            people=list(self.people),
            started_by=self.started_by,
            started_at=self.started_at,
            occurred_at=self.occurred_at,
            speaker_id=self.speaker_id,
        )
        mine, blank = self.to_dict(), fresh.to_dict()
        empty = asdict(PerspectiveAnswers())
        mine["perspectives"] = {p: a for p, a in mine["perspectives"].items() if a != empty}
        for parts in ("draft_parts", "response_parts"):
            mine[parts] = {k: v for k, v in mine[parts].items() if v}
        mine["step_index"] = 0
        for name in ("conflict_id", "first_turn", "title", "what_happened", "topic", "intensity"):
            if self.conflict_id:  # a later turn starts from the stored conflict
                mine[name] = blank[name]
        return bool(mine == blank)

    def shared_dict(self) -> dict[str, Any]:
        """The state as it may be saved in the shared space: private answers left out."""
        data = self.to_dict()
        for person, answers in self.perspectives.items():
            if answers.private:
                data["perspectives"][person] = asdict(PerspectiveAnswers.sealed_away())
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RepairState:
        values = dict(data)
        values["perspectives"] = {
            pid: PerspectiveAnswers(**_known(PerspectiveAnswers, answers))
            for pid, answers in data.get("perspectives", {}).items()
        }
        values["commitments"] = [
            CommitmentLine(**_known(CommitmentLine, c)) for c in data.get("commitments", [])
        ]
        values["turns"] = [Turn(**_known(Turn, t)) for t in data.get("turns", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


def _known(kind: type, values: dict[str, Any]) -> dict[str, Any]:
    """Only the fields `kind` has: a draft saved by a newer build still opens."""
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in values.items() if k in names}


def steps(state: RepairState) -> list[Step]:
    """The screens of this repair, in order. Depends on who is there and who speaks."""
    result: list[Step] = []
    if not state.adds_to_conflict:  # a later turn: the facts and stances are stored already
        result.append(Step(StepKind.CONFLICT))
        for person in state.people:
            if state.is_couple:
                result.append(Step(StepKind.HANDOVER, person))
            result.append(Step(StepKind.PERSPECTIVE, person))
    result.append(Step(StepKind.PAUSE))
    for index, turn in enumerate(state.all_turns()):
        if state.is_couple:
            result.append(Step(StepKind.HANDOVER, turn.speaker_id, index))
        result.append(Step(StepKind.DRAFT, turn.speaker_id, index))
        listener = state.listener_of(turn)
        if listener:
            result.append(Step(StepKind.HANDOVER, listener, index))
            result.append(Step(StepKind.RESPONSE, listener, index))
    if state.is_couple:
        result.append(Step(StepKind.TURNS))
    result += [Step(StepKind.AGREEMENT), Step(StepKind.FOLLOW_UP), Step(StepKind.REVIEW)]
    return result


RECEIVE_PARTS = ("take_in", "still_need", "more")


def response_kind(turn: Turn) -> str:
    """How the listener answers: receiving an apology is its own listening."""
    return "receive" if turn.kind == "apology" else "response"


def turn_text(kind: str, parts: dict[str, str]) -> str:
    """A turn's text from its parts: `request`, `apology`, `response` or `receive`."""
    if kind == "receive":
        # "more" is what the one apologising added when asked "is there more?": theirs, so it
        # is not in the listener's words, which end by asking the question.
        return compose_apology_response(
            {"take_in": parts.get("take_in", ""), "still_need": parts.get("still_need", "")}
        )
    return compose(kind, parts)


REQUIRED_DRAFT_PARTS = {
    "request": ("saw_heard", "feel", "would_like"),
    "apology": ("what_i_did", "impact", "differently"),
}
REQUIRED_RESPONSE_PARTS = ("reflect", "give")
REQUIRED_RECEIVE_PARTS = ("take_in",)
DRAFT_PARTS = {
    "request": REQUEST_PARTS,
    "apology": APOLOGY_PARTS,
    "response": RESPONSE_PARTS,
    "receive": RECEIVE_PARTS,
}


def missing(step: Step, state: RepairState) -> list[str]:
    """What this step still needs before Next is enabled, as keys of the `missing` texts."""
    needs: list[str] = []
    if step.kind is StepKind.CONFLICT:
        if not state.title.strip():
            needs.append("title")
        if not state.what_happened.strip():
            needs.append("what_happened")
        if not state.occurred_at:
            needs.append("occurred_at")
    elif step.kind is StepKind.PERSPECTIVE:
        answers = state.perspectives.get(step.person_id or "", PerspectiveAnswers())
        if answers.sealed:
            return needs
        if answers.stance not in {s.value for s in Stance}:
            needs.append("stance")
        if not any(r in {x.value for x in Reaction} for r in answers.reactions):
            needs.append("reaction")
        if any(s not in {x.value for x in LosingStrategy} for s in answers.losing_strategies):
            needs.append("losing_strategies")
    elif step.kind is StepKind.PAUSE:
        if state.is_couple and state.speaker_id not in state.people:
            needs.append("speaker")
        if state.draft_kind not in REQUIRED_DRAFT_PARTS:
            needs.append("draft_kind")
    elif step.kind is StepKind.DRAFT:
        turn = _turn(state, step)
        if turn is not None:
            for part in REQUIRED_DRAFT_PARTS.get(turn.kind, ()):
                if not turn.parts.get(part, "").strip():
                    needs.append(f"draft.{part}")
    elif step.kind is StepKind.RESPONSE:
        turn = _turn(state, step)
        if turn is not None:
            receiving = response_kind(turn) == "receive"
            for part in REQUIRED_RECEIVE_PARTS if receiving else REQUIRED_RESPONSE_PARTS:
                if not turn.response_parts.get(part, "").strip():
                    needs.append(f"{'receive' if receiving else 'response'}.{part}")
    elif step.kind is StepKind.AGREEMENT:
        if not state.agreement_title.strip():
            needs.append("agreement_title")
        if any(t.kind not in REQUIRED_DRAFT_PARTS for t in state.turns):
            needs.append("draft_kind")
        if not any(c.action.strip() for c in state.commitments):
            needs.append("commitment")
        if set(state.people) - set(state.confirmed_by):
            needs.append("confirmation")
    elif step.kind is StepKind.FOLLOW_UP and not _has_check_ins(state):
        needs.append("follow_up")
    return needs


def _turn(state: RepairState, step: Step) -> Turn | None:
    turns = state.all_turns()
    return turns[step.turn] if 0 <= step.turn < len(turns) else None


def add_turn(state: RepairState, speaker_id: str, kind: str) -> Turn:
    """The next round in the same conflict: `speaker_id`'s own request or apology."""
    if speaker_id not in state.people or kind not in REQUIRED_DRAFT_PARTS:
        raise ValueError("A turn needs someone in this repair and a request or an apology.")
    turn = Turn(speaker_id, kind)
    state.turns.append(turn)
    return turn


def drop_turn(state: RepairState, index: int) -> None:
    """Take back a turn added after the first (say, added by mistake)."""
    if 1 <= index <= len(state.turns):
        del state.turns[index - 1]


def planned_check_ins(state: RepairState, now: datetime) -> list[tuple[datetime, Repeat]]:
    """The check-ins this repair plans, earliest first: the chosen presets counted from `now`,
    and the chosen dates still ahead. The last one carries the chosen repeat."""
    moments = {
        preset_date(now, FollowUpPreset(p)) for p in state.follow_up_presets if p in _PRESETS
    }
    # Chosen dates carry only an offset: seen in the clock's zone, a series keeps its hour.
    moments.update(m.astimezone(now.tzinfo) for m in _chosen_dates(state) if m > now)
    ordered = sorted(moments)
    repeat = _repeat(state)
    return [(m, repeat if i == len(ordered) - 1 else Repeat.NONE) for i, m in enumerate(ordered)]


def _has_check_ins(state: RepairState) -> bool:
    return any(p in _PRESETS for p in state.follow_up_presets) or bool(_chosen_dates(state))


def _chosen_dates(state: RepairState) -> list[datetime]:
    found = []
    for text in state.follow_up_dates:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            continue
        if moment.tzinfo is not None:
            found.append(moment)
    return found


_PRESETS = {p.value for p in FollowUpPreset}


def _repeat(state: RepairState) -> Repeat:
    try:
        return Repeat(state.follow_up_repeat)
    except ValueError:
        return Repeat.NONE


def can_finish(state: RepairState) -> bool:
    """True when every step has what it needs."""
    return all(not missing(step, state) for step in steps(state))
