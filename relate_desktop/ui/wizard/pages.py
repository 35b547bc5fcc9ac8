"""One widget per kind of repair step. Each edits the RepairState in place and emits `changed`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain import guidance, vocabulary
from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.follow_ups import (
    FollowUpPreset,
    Repeat,
    custom_date,
    preset_date,
    preset_label,
    repeat_label,
)
from relate_desktop.domain.guide import fill, text
from relate_desktop.domain.repair_flow import (
    CommitmentLine,
    RepairState,
    Step,
    StepKind,
    Turn,
    planned_check_ins,
    response_kind,
    turn_text,
)
from relate_desktop.ui.appearance import scaled_font, tone
from relate_desktop.ui.breathing import BreathingPacer
from relate_desktop.ui.coach_panel import attach_coach
from relate_desktop.ui.components import dress, note, primary, quiet
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.drafting_aids import add_drafting_aids
from relate_desktop.ui.guidance_cards import add_step_guidance
from relate_desktop.ui.widgets import (
    day_and_time,
    heading,
    line_field,
    paragraph,
    text_field,
    wall_clock,
)

BOTH = "both"  # the "who" of a commitment both make together


def words(key: str, **values: str) -> str:
    """This flow's own words (turns, receiving an apology, time-outs): resources/text/turns.*."""
    return fill("turns", key, **values)


def when_on(action: Callable[[], None]) -> Callable[[bool], None]:
    """A slot for `toggled` that runs `action` only when the button becomes checked."""

    def slot(on: bool) -> None:
        if on:
            action()

    return slot


class StepPage(QWidget):
    """Base for step screens: a heading, an intro, and a body built by the subclass."""

    changed = Signal()

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__()
        self.state = state
        self.step = step
        self.names = names
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(SPACE["s"])
        self.setObjectName(f"page_{step.kind.value}")

    @property
    def person_name(self) -> str:
        return self.names.get(self.step.person_id or "", "")

    def add_header(self, key: str, **values: str) -> None:
        self.layout_.addWidget(heading(text(f"{key}.title", **values), "stepTitle"))
        self.layout_.addWidget(paragraph(text(f"{key}.intro", **values), "stepIntro"))

    def bind_text(
        self, edit: QLineEdit | QPlainTextEdit, value: str, store: Callable[[str], None]
    ) -> None:
        """Show `value` in the field and write every edit back through `store`."""

        def write(new_value: str) -> None:
            store(new_value)
            self.changed.emit()

        if isinstance(edit, QLineEdit):
            edit.setText(value)
            edit.textChanged.connect(write)
        else:
            edit.setPlainText(value)
            edit.textChanged.connect(lambda: write(edit.toPlainText()))

    def first_focus(self) -> QWidget | None:
        """The widget that gets the keyboard focus when the page is shown."""
        return None


class ConflictPage(StepPage):
    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        key = "steps.conflict"
        self.add_header(key)
        lay = self.layout_
        self.title = line_field(
            lay, text(f"{key}.title_label"), "conflictTitle", text(f"{key}.title_placeholder")
        )
        self.bind_text(self.title, state.title, lambda v: setattr(state, "title", v))
        self.what = text_field(
            lay,
            text(f"{key}.what_happened_label"),
            "whatHappened",
            text(f"{key}.what_happened_placeholder"),
            4,
        )
        self.bind_text(self.what, state.what_happened, lambda v: setattr(state, "what_happened", v))
        # Specific is strong: the coach reads the facts too (labels, always/never, mind-reading).
        coach = attach_coach(lay, self.what, "facts", "what_happened", state.coach_dismissed)
        coach.dismissed.connect(self.changed)
        row = QHBoxLayout()
        when_box = QVBoxLayout()
        when_label = QLabel(text(f"{key}.occurred_at_label"))
        self.when = QDateTimeEdit()
        self.when.setObjectName("occurredAt")
        self.when.setAccessibleName(text(f"{key}.occurred_at_label"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        if state.occurred_at:
            self.when.setDateTime(
                wall_clock(datetime.fromisoformat(state.occurred_at).astimezone())
            )
        self.when.dateTimeChanged.connect(self._when_changed)
        when_label.setBuddy(self.when)
        when_box.addWidget(when_label)
        when_box.addWidget(self.when)
        row.addLayout(when_box)
        topic_box = QVBoxLayout()
        self.topic = line_field(
            topic_box, text(f"{key}.topic_label"), "topic", text(f"{key}.topic_placeholder")
        )
        self.bind_text(self.topic, state.topic, lambda v: setattr(state, "topic", v))
        row.addLayout(topic_box)
        lay.addLayout(row)
        self.intensity_label = QLabel()
        self.intensity = QSlider(Qt.Orientation.Horizontal)
        self.intensity.setObjectName("intensity")
        self.intensity.setAccessibleName(text(f"{key}.intensity_label"))
        self.intensity.setRange(0, 10)
        self.intensity.setPageStep(1)
        self.intensity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.intensity.setValue(state.intensity)
        self.intensity.valueChanged.connect(self._intensity_changed)
        self.intensity_label.setBuddy(self.intensity)
        lay.addWidget(self.intensity_label)
        lay.addWidget(self.intensity)
        self._intensity_changed(state.intensity)
        lay.addStretch(1)

    def _when_changed(self, value: QDateTime) -> None:
        moment = value.toPython()
        assert isinstance(moment, datetime)
        self.state.occurred_at = moment.astimezone().isoformat()
        self.changed.emit()

    def _intensity_changed(self, value: int) -> None:
        self.state.intensity = value
        self.intensity_label.setText(f"{text('steps.conflict.intensity_label')}: {value}")
        self.changed.emit()

    def first_focus(self) -> QWidget | None:
        return self.title


class HandoverPage(StepPage):
    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        name = self.person_name
        self.layout_.addStretch(1)
        title = heading(text("steps.handover.title", name=name), "handoverTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(title)
        for key in ("intro", "body"):
            label = paragraph(text(f"steps.handover.{key}", name=name), f"handover_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.layout_.addWidget(label)
        self.layout_.addStretch(2)


class SealedPerspectivePage(StepPage):
    """A person's answers kept in their private space, which is locked right now."""

    unlock_requested = Signal()

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        self.add_header("steps.perspective", name=self.person_name)
        self.layout_.addWidget(paragraph(text("privacy.sealed"), "sealedNote"))
        self.unlock = QPushButton(self.tr("&Unlock to see or change them…"))
        self.unlock.setObjectName("unlockSealed")
        self.unlock.clicked.connect(self.unlock_requested)
        self.layout_.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)

    def first_focus(self) -> QWidget | None:
        return self.unlock


class PerspectivePage(StepPage):
    # Asks the wizard to keep these answers private (True) or share them (False); the wizard
    # opens the person's private space first and calls `set_private` with the outcome.
    privacy_requested = Signal(bool)

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        key = "steps.perspective"
        self.add_header(key, name=self.person_name)
        answers = state.perspective(step.person_id or "")
        lay = self.layout_

        partner = next((n for pid, n in names.items() if pid != step.person_id), "")
        self.private_box = QCheckBox(text("privacy.private_toggle"))
        self.private_box.setObjectName("keepPrivate")
        self.private_box.setAccessibleName(text("privacy.private_toggle"))
        self.private_box.setChecked(answers.private)
        self.private_box.toggled.connect(self.privacy_requested)
        hint_words = (
            text("privacy.private_hint", partner=partner)
            if partner
            else text("privacy.private_hint_solo")
        )
        self.private_box.setAccessibleDescription(hint_words)
        lay.addWidget(self.private_box)
        private_hint = paragraph(hint_words, "privateHint")
        private_hint.setStyleSheet(f"color: {tone('muted')};")
        private_hint.setContentsMargins(SPACE["xl"], 0, 0, SPACE["s"])
        lay.addWidget(private_hint)

        stance_box = QGroupBox(text(f"{key}.stance_label"))
        stance_layout = QVBoxLayout(stance_box)
        self.stance_group = QButtonGroup(self)
        self.stance_buttons: dict[str, QRadioButton] = {}
        for term in vocabulary.stances():
            button = QRadioButton(term.label)
            button.setObjectName(f"stance_{term.value}")
            button.setStyleSheet("font-weight: 600;")
            button.setAccessibleName(term.label)
            button.setAccessibleDescription(term.definition)
            button.setChecked(answers.stance == term.value)
            button.toggled.connect(when_on(partial(self._set_stance, term.value)))
            self.stance_group.addButton(button)
            self.stance_buttons[term.value] = button
            stance_layout.addWidget(button)
            definition = paragraph(term.definition)
            definition.setContentsMargins(SPACE["xl"], 0, 0, SPACE["xs"])
            stance_layout.addWidget(definition)
        lay.addWidget(stance_box)

        reaction_box = QGroupBox(text(f"{key}.reaction_label"))
        reaction_layout = QGridLayout(reaction_box)
        self.reaction_boxes = self._checks(
            reaction_layout, vocabulary.reactions(), "reaction", answers.reactions
        )
        hint = paragraph(text(f"{key}.reaction_hint"))
        hint.setStyleSheet(f"color: {tone('muted')};")
        reaction_layout.addWidget(hint, 2, 0, 1, 2)
        lay.addWidget(reaction_box)

        losing_box = QGroupBox(text(f"{key}.losing_label"))
        losing_layout = QGridLayout(losing_box)
        self.losing_boxes = self._checks(
            losing_layout, vocabulary.losing_strategies(), "losing", answers.losing_strategies
        )
        lay.addWidget(losing_box)

        feelings = line_field(
            lay, text(f"{key}.feelings_label"), "feelings", text(f"{key}.feelings_placeholder")
        )
        self.bind_text(feelings, answers.feelings, lambda v: setattr(answers, "feelings", v))
        made_up = text_field(
            lay, text(f"{key}.made_up_label"), "madeUp", text(f"{key}.made_up_placeholder"), 2
        )
        self.bind_text(made_up, answers.made_up, lambda v: setattr(answers, "made_up", v))
        lay.addStretch(1)

    def _checks(
        self, grid: QGridLayout, terms: tuple[vocabulary.Term, ...], prefix: str, chosen: list[str]
    ) -> dict[str, QCheckBox]:
        boxes: dict[str, QCheckBox] = {}
        for index, term in enumerate(terms):
            box = QCheckBox(term.label)
            box.setObjectName(f"{prefix}_{term.value}")
            box.setToolTip(term.definition)
            box.setAccessibleName(term.label)
            box.setAccessibleDescription(term.definition)
            box.setChecked(term.value in chosen)
            box.toggled.connect(lambda on, v=term.value, c=chosen: self._toggle(c, v, on))
            grid.addWidget(box, index // 2, index % 2)
            boxes[term.value] = box
        return boxes

    def set_private(self, private: bool) -> None:
        """Show the outcome of a privacy request (unchanged when unlocking was cancelled)."""
        self.private_box.blockSignals(True)
        self.private_box.setChecked(private)
        self.private_box.blockSignals(False)
        self.changed.emit()

    def _set_stance(self, value: str) -> None:
        self.state.perspective(self.step.person_id or "").stance = value
        self.changed.emit()

    def _toggle(self, chosen: list[str], value: str, on: bool) -> None:
        if on and value not in chosen:
            chosen.append(value)
        elif not on and value in chosen:
            chosen.remove(value)
        self.changed.emit()

    def first_focus(self) -> QWidget | None:
        return next(iter(self.stance_buttons.values()))


class PausePage(StepPage):
    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        key = "steps.pause"
        if state.adds_to_conflict:
            self.layout_.addWidget(
                heading(words("turns.later_title", title=state.title), "stepTitle")
            )
            self.layout_.addWidget(paragraph(words("turns.later_intro"), "stepIntro"))
        self.add_header(key)
        lay = self.layout_
        self.breath = BreathingPacer()
        lay.addWidget(self.breath)

        part_box = QGroupBox(text(f"{key}.question"))
        part_layout = QVBoxLayout(part_box)
        signs = paragraph(guidance.text("pause.signs"), "partSigns")
        signs.setStyleSheet(f"color: {tone('muted')};")
        part_layout.addWidget(signs)
        self.part_group = QButtonGroup(self)
        for value in ("wise_adult", "adaptive_child"):
            button = QRadioButton(text(f"{key}.part_{value}"))
            button.setObjectName(f"part_{value}")
            button.setAccessibleName(button.text())
            button.setChecked(state.speaking_part == value)
            button.toggled.connect(when_on(partial(self._set_part, value)))
            self.part_group.addButton(button)
            part_layout.addWidget(button)
        self.time_out = paragraph(text(f"{key}.time_out"), "timeOut")
        note(self.time_out, "caution")
        self.time_out.setVisible(state.speaking_part == "adaptive_child")
        part_layout.addWidget(self.time_out)
        lay.addWidget(part_box)

        if state.is_couple:
            speaker_box = QGroupBox(text(f"{key}.speaker_label"))
            speaker_layout = QHBoxLayout(speaker_box)
            self.speaker_group = QButtonGroup(self)
            for index, person in enumerate(state.people):
                button = QRadioButton(names[person])
                button.setObjectName(f"speaker_{index + 1}")
                button.setAccessibleName(names[person])
                button.setChecked(state.speaker_id == person)
                button.toggled.connect(when_on(partial(self._set_speaker, person)))
                self.speaker_group.addButton(button)
                speaker_layout.addWidget(button)
            lay.addWidget(speaker_box)

        kind_box = QGroupBox(text(f"{key}.kind_label"))
        kind_layout = QVBoxLayout(kind_box)
        self.kind_group = QButtonGroup(self)
        for kind in ("request", "apology"):
            button = QRadioButton(text(f"{key}.kind_{kind}"))
            button.setObjectName(f"kind_{kind}")
            button.setAccessibleName(button.text())
            button.setChecked(state.draft_kind == kind)
            button.toggled.connect(when_on(partial(self._set_kind, kind)))
            self.kind_group.addButton(button)
            kind_layout.addWidget(button)
        lay.addWidget(kind_box)
        lay.addStretch(1)

    def _set_part(self, value: str) -> None:
        self.state.speaking_part = value
        self.time_out.setVisible(value == "adaptive_child")
        self.changed.emit()

    def _set_speaker(self, person: str) -> None:
        self.state.speaker_id = person
        self.changed.emit()

    def _set_kind(self, kind: str) -> None:
        self.state.draft_kind = kind
        self.changed.emit()


class _ComposedPage(StepPage):
    """A page of parts that compose into one text, shown live underneath."""

    kind = "request"
    coach_kind = "request"
    book = "guide"
    parts: tuple[tuple[str, int], ...] = ()
    # A turn after the first can be taken back (say, added by mistake).
    drop_requested = Signal()

    @property
    def turn(self) -> Turn:
        return self.state.turn_at(self.step.turn)

    def build(self, key: str, values: dict[str, str], **fmt: str) -> None:
        self.values = values
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        add_step_guidance(self.layout_, self.kind, fmt.get("speaker", ""))
        for part, lines in self.parts:
            label, hint = (
                fill(self.book, f"{key}.{part}_label", **fmt),
                fill(self.book, f"{key}.{part}_placeholder", **fmt),
            )
            name = "part_" + part
            edit: QLineEdit | QPlainTextEdit
            if lines == 1:
                edit = line_field(self.layout_, label, name, hint)
            else:
                edit = text_field(self.layout_, label, name, hint, lines)
            self.bind_text(edit, values.get(part, ""), self._storer(values, part))
            self.edits[part] = edit
            panel = attach_coach(
                self.layout_, edit, self.coach_kind, part, self.state.coach_dismissed
            )
            panel.dismissed.connect(self.changed)
            add_drafting_aids(self.layout_, edit, part)
        preview_box = QGroupBox(fill(self.book, f"{key}.preview_label"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview = paragraph("", "preview")
        self.preview.setAccessibleName(fill(self.book, f"{key}.preview_label"))
        self.preview.setMargin(SPACE["s"])
        self.preview.setFont(scaled_font(self.preview.font(), 1.15))
        preview_layout.addWidget(self.preview)
        self.layout_.addWidget(preview_box)
        self.changed.connect(self._update_preview)
        self._update_preview()

    def add_drop_button(self) -> None:
        if self.step.turn == 0:
            return
        self.drop = QPushButton(words("turns.drop"))
        self.drop.setObjectName("dropTurn")
        self.drop.setAccessibleName(self.drop.text())
        quiet(self.drop)
        self.drop.clicked.connect(self.drop_requested)
        self.layout_.addWidget(self.drop, 0, Qt.AlignmentFlag.AlignLeft)

    @staticmethod
    def _storer(values: dict[str, str], part: str) -> Callable[[str], None]:
        def store(value: str) -> None:
            values[part] = value

        return store

    def _update_preview(self) -> None:
        self.preview.setText(turn_text(self.kind, self.values) or "…")

    def first_focus(self) -> QWidget | None:
        return next(iter(self.edits.values()))


class RequestPage(_ComposedPage):
    kind = coach_kind = "request"
    parts = (("remember_love", 1), ("saw_heard", 2), ("made_up", 2), ("feel", 1), ("would_like", 2))

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        self.add_header("steps.draft_request", name=self.person_name)
        self.build("steps.draft_request", self.turn.parts)
        self.layout_.addWidget(paragraph(text("steps.draft_request.let_go"), "letGo"))
        self.add_drop_button()


class ApologyPage(_ComposedPage):
    kind = coach_kind = "apology"
    parts = (("what_i_did", 2), ("impact", 1), ("ownership", 1), ("differently", 2))

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        self.add_header("steps.draft_apology", name=self.person_name)
        self.build("steps.draft_apology", self.turn.parts)
        self.add_drop_button()


class _ListeningPage(_ComposedPage):
    def show_heard(self, label: str) -> None:
        heard = QGroupBox(label)
        heard_layout = QVBoxLayout(heard)
        said = paragraph(turn_text(self.turn.kind, self.turn.parts), "spokenText")
        dress(said, "quote")
        heard_layout.addWidget(said)
        self.layout_.addWidget(heard)


class ResponsePage(_ListeningPage):
    """Responding to a request with generosity: reflect, acknowledge, give."""

    kind = coach_kind = "response"
    parts = (("reflect", 2), ("acknowledge", 1), ("give", 2))

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        speaker = names.get(self.turn.speaker_id, "")
        key = "steps.response"
        self.add_header(key, name=self.person_name, speaker=speaker)
        self.show_heard(text(f"{key}.heard_label", speaker=speaker))
        self.build(key, self.turn.response_parts, speaker=speaker)


class ReceivePage(_ListeningPage):
    """Receiving an apology, its own listening: take in what you can, say what you still
    need, ask "is there more?"."""

    kind = "receive"
    coach_kind = "apology_response"
    book = "turns"
    parts = (("take_in", 2), ("still_need", 2), ("more", 2))

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        speaker = names.get(self.turn.speaker_id, "")
        values = {"name": self.person_name, "speaker": speaker}
        self.layout_.addWidget(heading(words("receive.title", **values), "stepTitle"))
        self.layout_.addWidget(paragraph(words("receive.intro", **values), "stepIntro"))
        self.show_heard(words("receive.heard_label", speaker=speaker))
        self.build("receive", self.turn.response_parts, speaker=speaker)


class TurnsPage(StepPage):
    """Together: either takes the next turn in the same conflict, or they go on to agree."""

    turn_requested = Signal(str, str)  # who speaks, "request" or "apology"

    def __init__(self, state: RepairState, step: Step, names: dict[str, str]) -> None:
        super().__init__(state, step, names)
        heard = names.get(state.all_turns()[-1].speaker_id, "")
        self.layout_.addWidget(heading(words("turns.title"), "stepTitle"))
        self.layout_.addWidget(paragraph(words("turns.intro", speaker=heard), "stepIntro"))
        so_far = QGroupBox(words("turns.so_far"))
        so_far_layout = QVBoxLayout(so_far)
        for index, turn in enumerate(state.all_turns()):
            listener = state.listener_of(turn)
            line = words(
                "turns.turn_line" if listener else "turns.turn_line_solo",
                n=str(index + 1),
                speaker=names.get(turn.speaker_id, ""),
                kind=words(f"turns.kind_{turn.kind}"),
                listener=names.get(listener or "", ""),
            )
            so_far_layout.addWidget(paragraph(line, f"turnLine_{index + 1}"))
        self.layout_.addWidget(so_far)

        last = state.all_turns()[-1]
        self.who = state.listener_of(last) or last.speaker_id
        self.kind = "request"
        who_box = QGroupBox(words("turns.who_label"))
        who_layout = QHBoxLayout(who_box)
        self.who_group = QButtonGroup(self)
        for index, person in enumerate(state.people):
            button = QRadioButton(names[person])
            button.setObjectName(f"nextSpeaker_{index + 1}")
            button.setAccessibleName(names[person])
            button.setChecked(person == self.who)
            button.toggled.connect(when_on(partial(setattr, self, "who", person)))
            self.who_group.addButton(button)
            who_layout.addWidget(button)
        self.layout_.addWidget(who_box)
        kind_box = QGroupBox(words("turns.kind_label"))
        kind_layout = QVBoxLayout(kind_box)
        self.kind_group = QButtonGroup(self)
        for kind in ("request", "apology"):
            button = QRadioButton(words(f"turns.kind_{kind}_option"))
            button.setObjectName(f"nextKind_{kind}")
            button.setAccessibleName(button.text())
            button.setChecked(kind == self.kind)
            button.toggled.connect(when_on(partial(setattr, self, "kind", kind)))
            self.kind_group.addButton(button)
            kind_layout.addWidget(button)
        self.layout_.addWidget(kind_box)
        self.take = QPushButton(words("turns.take"))
        self.take.setObjectName("takeTurn")
        self.take.setAccessibleName(self.take.text())
        self.take.setAutoDefault(False)  # Enter still means Next: on to the agreement
        primary(self.take)
        self.take.clicked.connect(lambda: self.turn_requested.emit(self.who, self.kind))
        self.layout_.addWidget(self.take, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(paragraph(words("turns.done_hint"), "turnsDoneHint"))
        self.layout_.addStretch(1)

    def first_focus(self) -> QWidget | None:
        checked = self.who_group.checkedButton()
        return checked or self.take


class AgreementPage(StepPage):
    """The agreement. Each person ticks their own "I agree"; in a protected household the tick
    waits for that person's passphrase (`confirm_requested`, then `mark_confirmed`)."""

    confirm_requested = Signal(str)  # a person id

    def __init__(
        self, state: RepairState, step: Step, names: dict[str, str], protected: bool = False
    ) -> None:
        super().__init__(state, step, names)
        self.protected = protected
        key = "steps.agreement"
        self.add_header(key)
        lay = self.layout_
        self.title = line_field(
            lay, text(f"{key}.title_label"), "agreementTitle", text(f"{key}.title_placeholder")
        )
        self.bind_text(
            self.title, state.agreement_title, lambda v: setattr(state, "agreement_title", v)
        )
        if not state.commitments:
            first = state.listener_id or state.speaker_id or state.people[0]
            state.commitments.append(CommitmentLine(first))
        box = QGroupBox(text(f"{key}.commitments_label"))
        self.grid = QGridLayout(box)
        for column, header in enumerate(("who_header", "action_header", "when_header")):
            self.grid.addWidget(QLabel(f"<b>{text(f'{key}.{header}')}</b>"), 0, column)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.rows: list[tuple[QComboBox, QPlainTextEdit, QPlainTextEdit, QPushButton]] = []
        for line in state.commitments:
            self._add_row(line)
        lay.addWidget(box)
        self.add_button = QPushButton(text(f"{key}.add"))
        self.add_button.setObjectName("addCommitment")
        self.add_button.setAccessibleName(text(f"{key}.add"))
        self.add_button.clicked.connect(self._add_commitment)
        lay.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)

        confirm_box = QGroupBox(text(f"{key}.confirm_label"))
        confirm_layout = QVBoxLayout(confirm_box)
        self.confirms: dict[str, QCheckBox] = {}
        for index, person in enumerate(state.people):
            check = QCheckBox(text(f"{key}.confirm", name=names[person]))
            check.setObjectName(f"confirm_{index + 1}")
            check.setAccessibleName(check.text())
            check.setChecked(person in state.confirmed_by)
            check.toggled.connect(lambda on, p=person: self._confirm(p, on))
            self.confirms[person] = check
            confirm_layout.addWidget(check)
        if len(state.people) > 1:
            own = "confirm_protected_hint" if protected else "confirm_own_hint"
            confirm_layout.addWidget(paragraph(text(f"{key}.{own}"), "confirmOwnHint"))
        confirm_layout.addWidget(paragraph(text(f"{key}.confirm_hint")))
        lay.addWidget(confirm_box)
        lay.addStretch(1)

    def _add_row(self, line: CommitmentLine) -> None:
        row = len(self.rows) + 1
        who = QComboBox()
        who.setObjectName(f"commitmentWho_{row}")
        who.setAccessibleName(f"{text('steps.agreement.who_header')} {row}")
        for person in self.state.people:
            who.addItem(self.names[person], person)
        if self.state.is_couple:
            who.addItem(words("agreement.both"), BOTH)
        chosen = BOTH if line.both else line.person_id
        who.setCurrentIndex(max(0, who.findData(chosen)))
        action = self._multi_line(line.action, f"commitmentAction_{row}", "action_header", row)
        when = self._multi_line(line.when, f"commitmentWhen_{row}", "when_header", row)
        remove = QPushButton(text("steps.agreement.remove"))
        remove.setObjectName(f"commitmentRemove_{row}")
        remove.setAccessibleName(f"{text('steps.agreement.remove')} {row}")
        who.currentIndexChanged.connect(lambda _i: self._set_who(line, str(who.currentData())))
        action.textChanged.connect(lambda: self._edit(line, action=action.toPlainText()))
        when.textChanged.connect(lambda: self._edit(line, when=when.toPlainText()))
        remove.clicked.connect(lambda: self._remove(line, (who, action, when, remove)))
        for column, widget in enumerate((who, action, when, remove)):
            self.grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        self.rows.append((who, action, when, remove))

    @staticmethod
    def _multi_line(value: str, name: str, header: str, row: int) -> QPlainTextEdit:
        """A commitment's words wrap while people read them over: never cut at one line."""
        edit = QPlainTextEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(f"{text(f'steps.agreement.{header}')} {row}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
        return edit

    def _set_who(self, line: CommitmentLine, who: str) -> None:
        line.both = who == BOTH
        if not line.both:
            line.person_id = who
        elif line.person_id not in self.state.people:
            line.person_id = self.state.people[0]
        self._clear_confirmations()
        self.changed.emit()

    def _edit(self, line: CommitmentLine, **values: str) -> None:
        for name, value in values.items():
            if getattr(line, name) == value:
                return
            setattr(line, name, value)
        self._clear_confirmations()
        self.changed.emit()

    def _clear_confirmations(self) -> None:
        if self.state.confirmed_by:
            self.state.confirmed_by.clear()
            for check in self.confirms.values():
                check.blockSignals(True)
                check.setChecked(False)
                check.blockSignals(False)

    def _add_commitment(self) -> None:
        others = [p for p in self.state.people if p != self.state.commitments[-1].person_id]
        line = CommitmentLine(others[0] if others else self.state.people[0])
        self.state.commitments.append(line)
        self._add_row(line)
        for widget in self.rows[-1]:
            widget.show()  # shown now, not at the next layout pass, so the focus can move there
        self.rows[-1][1].setFocus()
        self._clear_confirmations()
        self.changed.emit()

    def _remove(self, line: CommitmentLine, widgets: tuple[QWidget, ...]) -> None:
        if line in self.state.commitments:
            self.state.commitments.remove(line)
        for widget in widgets:
            widget.hide()
            widget.deleteLater()
        self._clear_confirmations()
        self.changed.emit()

    def _confirm(self, person: str, on: bool) -> None:
        if on and self.protected and person not in self.state.confirmed_by:
            # Not ticked until this person proves they are here (see mark_confirmed).
            self._set_box(person, False)
            self.confirm_requested.emit(person)
            return
        if on and person not in self.state.confirmed_by:
            self.state.confirmed_by.append(person)
        elif not on and person in self.state.confirmed_by:
            self.state.confirmed_by.remove(person)
        self.changed.emit()

    def _set_box(self, person: str, on: bool) -> None:
        check = self.confirms[person]
        check.blockSignals(True)
        check.setChecked(on)
        check.blockSignals(False)

    def mark_confirmed(self, person: str) -> None:
        """This person has shown they are here: their box is ticked."""
        self._set_box(person, True)
        if person not in self.state.confirmed_by:
            self.state.confirmed_by.append(person)
        self.changed.emit()

    def first_focus(self) -> QWidget | None:
        return self.title


class FollowUpPage(StepPage):
    def __init__(
        self, state: RepairState, step: Step, names: dict[str, str], now: datetime
    ) -> None:
        super().__init__(state, step, names)
        self.now = now
        key = "steps.follow_up"
        self.add_header(key)
        box = QGroupBox(text(f"{key}.presets_label"))
        box_layout = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for preset in FollowUpPreset:
            when = preset_date(now, preset)
            # Qt date format: weekday, day, month, time; translators may add words ('de').
            moment = local_text(when, self.tr("dddd d MMMM, HH:mm"))
            check = QCheckBox(f"{preset_label(preset)}: {moment}")
            check.setObjectName(f"preset_{preset.value}")
            check.setAccessibleName(preset_label(preset))
            check.setChecked(preset.value in state.follow_up_presets)
            check.toggled.connect(lambda on, p=preset.value: self._toggle(p, on))
            self.checks[preset.value] = check
            box_layout.addWidget(check)

        custom_caption = QLabel(text(f"{key}.custom_label"))
        box_layout.addWidget(custom_caption)
        row = QHBoxLayout()
        self.custom = QDateTimeEdit()
        self.custom.setObjectName("customCheckIn")
        self.custom.setCalendarPopup(True)
        self.custom.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        start = preset_date(now, FollowUpPreset.TWO_WEEKS)
        self.custom.setDateTime(wall_clock(start))
        self.custom.setMinimumDateTime(wall_clock(now))
        self.custom.setAccessibleName(text(f"{key}.custom_label"))
        custom_caption.setBuddy(self.custom)
        self.add_date = QPushButton(text(f"{key}.add_date"))
        self.add_date.setObjectName("addCheckInDate")
        self.add_date.clicked.connect(self._add_custom)
        row.addWidget(self.custom, 1)
        row.addWidget(self.add_date)
        box_layout.addLayout(row)
        self.dates = QVBoxLayout()
        box_layout.addLayout(self.dates)
        self.layout_.addWidget(box)

        repeat_row = QHBoxLayout()
        repeat_caption = QLabel(text(f"{key}.repeat_label"))
        self.repeat = QComboBox()
        self.repeat.setObjectName("followUpRepeat")
        self.repeat.setAccessibleName(text(f"{key}.repeat_label"))
        self.repeat.setAccessibleDescription(text(f"{key}.repeat_hint"))
        self.repeat.setToolTip(text(f"{key}.repeat_hint"))
        for repeat in Repeat:
            self.repeat.addItem(repeat_label(repeat), repeat.value)
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(state.follow_up_repeat)))
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        repeat_caption.setBuddy(self.repeat)
        repeat_row.addWidget(repeat_caption)
        repeat_row.addWidget(self.repeat, 1)
        self.layout_.addLayout(repeat_row)
        self.layout_.addWidget(paragraph(text(f"{key}.repeat_hint")))
        self.layout_.addStretch(1)
        self._show_dates()

    def _toggle(self, preset: str, on: bool) -> None:
        chosen = self.state.follow_up_presets
        if on and preset not in chosen:
            chosen.append(preset)
        elif not on and preset in chosen:
            chosen.remove(preset)
        self.changed.emit()

    def _add_custom(self) -> None:
        day, at = day_and_time(self.custom.dateTime())
        try:
            moment = custom_date(day, at, FixedClock(self.now))
        except ValueError:
            return  # the editor's minimum keeps this from happening
        if moment.isoformat() not in self.state.follow_up_dates:
            self.state.follow_up_dates.append(moment.isoformat())
            self.state.follow_up_dates.sort()
        self._show_dates()
        self.changed.emit()

    def _remove_custom(self, iso: str) -> None:
        if iso in self.state.follow_up_dates:
            self.state.follow_up_dates.remove(iso)
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        while self.dates.count():
            item = self.dates.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, iso in enumerate(self.state.follow_up_dates):
            moment = datetime.fromisoformat(iso)
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            shown = local_text(moment, self.tr("dddd d MMMM yyyy, HH:mm"))
            label = QLabel(shown)
            remove = QPushButton(text("steps.follow_up.remove_date"))
            remove.setObjectName(f"removeCheckInDate{index}")
            remove.setAccessibleName(f"{text('steps.follow_up.remove_date')} {shown}")
            remove.clicked.connect(lambda _=False, value=iso: self._remove_custom(value))
            row.addWidget(label, 1)
            row.addWidget(remove)
            self.dates.addWidget(line)

    def _repeat_changed(self) -> None:
        self.state.follow_up_repeat = str(self.repeat.currentData())
        self.changed.emit()

    def first_focus(self) -> QWidget | None:
        return next(iter(self.checks.values()))


class ReviewPage(StepPage):
    def __init__(
        self, state: RepairState, step: Step, names: dict[str, str], now: datetime
    ) -> None:
        super().__init__(state, step, names)
        key = "steps.review"
        self.add_header(key)
        self.summary = paragraph(self._summary(now), "reviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch(1)

    def _summary(self, now: datetime) -> str:
        from html import escape

        s = self.state
        parts = [f"<h3>{escape(s.title)}</h3>", f"<p>{escape(s.what_happened)}</p>"]
        for turn in s.all_turns():
            speaker = escape(self.names.get(turn.speaker_id, ""))
            opening = (
                self.tr("Request from {name}:")
                if turn.kind == "request"
                else self.tr("Apology from {name}:")
            ).format(name=speaker)
            said = escape(turn_text(turn.kind, turn.parts))
            parts.append(f"<p><b>{opening}</b> {said}</p>")
            listener = s.listener_of(turn)
            if listener:
                name = escape(self.names.get(listener, ""))
                response = self.tr("Response from {name}:").format(name=name)
                kind = response_kind(turn)
                answer = escape(turn_text(kind, turn.response_parts))
                parts.append(f"<p><b>{response}</b> {answer}</p>")
        agreement = self.tr("Agreement: {title}").format(title=escape(s.agreement_title))
        parts.append(f"<p><b>{agreement}</b></p><ul>")
        for line in s.commitments:
            if line.action.strip():
                when = f" ({escape(line.when)})" if line.when.strip() else ""
                who = words("agreement.both") if line.both else self.names.get(line.person_id, "")
                parts.append(f"<li>{escape(who)}: {escape(line.action)}{when}</li>")
        parts.append("</ul><p><b>" + self.tr("Check-ins:") + "</b> ")
        short = self.tr("ddd d MMM")  # Qt date format: short weekday, day, short month
        parts.append(
            ", ".join(
                local_text(d, short)
                + (f" ({repeat_label(r).lower()})" if r is not Repeat.NONE else "")
                for d, r in planned_check_ins(s, now)
            )
            + "</p>"
        )
        return "".join(parts)


def page_for(
    state: RepairState,
    step: Step,
    names: dict[str, str],
    now: datetime,
    protected: bool = False,
) -> StepPage:
    """The screen for a step (`protected`: the household has passphrases)."""
    if step.kind is StepKind.CONFLICT:
        return ConflictPage(state, step, names)
    if step.kind is StepKind.HANDOVER:
        return HandoverPage(state, step, names)
    if step.kind is StepKind.PERSPECTIVE:
        if state.perspective(step.person_id or "").sealed:
            return SealedPerspectivePage(state, step, names)
        return PerspectivePage(state, step, names)
    if step.kind is StepKind.PAUSE:
        return PausePage(state, step, names)
    if step.kind is StepKind.DRAFT:
        request = state.turn_at(step.turn).kind == "request"
        return (RequestPage if request else ApologyPage)(state, step, names)
    if step.kind is StepKind.RESPONSE:
        receiving = response_kind(state.turn_at(step.turn)) == "receive"
        return (ReceivePage if receiving else ResponsePage)(state, step, names)
    if step.kind is StepKind.TURNS:
        return TurnsPage(state, step, names)
    if step.kind is StepKind.AGREEMENT:
        return AgreementPage(state, step, names, protected)
    if step.kind is StepKind.FOLLOW_UP:
        return FollowUpPage(state, step, names, now)
    return ReviewPage(state, step, names, now)
