"""Helpers beside a draft's parts: feeling words for "how I feel", a builder for "what I'd like"."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain import guidance
from relate_desktop.domain.coach import check_request, request_check_texts
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.coach_panel import TextEdit, text_of
from relate_desktop.ui.components import dress, muted
from relate_desktop.ui.design import SPACE


class FeelingsPicker(QFrame):
    """Feeling words, grouped; a click adds the word to (or takes it out of) the feel part."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__()
        self.edit = edit
        self.setObjectName("feelingsPicker")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE["xs"])
        layout.setSpacing(SPACE["xs"])
        intro = QLabel(guidance.text("feelings.intro"))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {tone('muted')};")
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACE["s"])
        grid.setVerticalSpacing(SPACE["xs"])
        self.chips: dict[str, QToolButton] = {}
        self.order: list[QToolButton] = []  # the words in reading order, for the arrow keys
        for row, group in enumerate(guidance.feeling_groups()):
            label = QLabel(group.label)
            muted(label)
            label.setFont(QFont(label.font().family(), -1, QFont.Weight.DemiBold))
            grid.addWidget(label, row, 0)
            line = QHBoxLayout()
            line.setSpacing(SPACE["xs"])
            for word in group.words:
                chip = QToolButton()
                chip.setText(word)
                chip.setCheckable(True)
                # One Tab stop for all the words (22 stops between two fields is too many): Tab
                # reaches the words, the arrow keys move between them, Space takes one.
                chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click leaves the cursor be
                chip.installEventFilter(self)
                chip.setObjectName(f"feeling_{word.replace(' ', '_')}")
                chip.setAccessibleName(guidance.text("feelings.choose_accessible", word=word))
                dress(chip, "chip")
                chip.clicked.connect(partial(self.toggle, word))
                line.addWidget(chip)
                self.chips[word] = chip
            line.addStretch(1)
            grid.addLayout(line, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.order = list(self.chips.values())
        if self.order:
            self._tab_stop(self.order[0])
        edit.textChanged.connect(self._sync)
        self._sync(edit.text())

    def _tab_stop(self, chip: QToolButton) -> None:
        """`chip` is the words' one Tab stop (the one last reached)."""
        for other in self.order:
            other.setFocusPolicy(
                Qt.FocusPolicy.TabFocus if other is chip else Qt.FocusPolicy.NoFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QToolButton) and watched in self.order:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                step = {
                    Qt.Key.Key_Right: 1,
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Left: -1,
                    Qt.Key.Key_Up: -1,
                }.get(Qt.Key(event.key()))
                if step is not None:
                    index = (self.order.index(watched) + step) % len(self.order)
                    self._tab_stop(self.order[index])
                    self.order[index].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
            elif event.type() == QEvent.Type.FocusIn:
                self._tab_stop(watched)
        return super().eventFilter(watched, event)

    def toggle(self, word: str) -> None:
        chip = self.chips.get(word)
        by_keyboard = chip is not None and chip.hasFocus()
        self.edit.setText(guidance.toggle_feeling(self.edit.text(), word))
        if not by_keyboard:
            self.edit.setFocus()  # a click: back to typing in the feel part

    def _sync(self, current: str) -> None:
        for word, chip in self.chips.items():
            chip.setChecked(guidance.has_feeling(current, word))


class RequestBuilder(QFrame):
    """Shows whether the wish is specific, a behaviour and doable; can build it step by step."""

    def __init__(self, edit: TextEdit) -> None:
        super().__init__()
        self.edit = edit
        self.setObjectName("requestBuilder")
        key = "request_builder"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACE["xs"])
        layout.setSpacing(SPACE["xs"])

        checks = QHBoxLayout()
        checks.setSpacing(SPACE["m"])
        caption = QLabel(guidance.text(f"{key}.check_label"))
        caption.setStyleSheet(f"color: {tone('muted')};")
        checks.addWidget(caption)
        self.words = request_check_texts()
        self.checks: dict[str, QLabel] = {}
        for name in ("specific", "behavioural", "doable"):
            label = QLabel()
            label.setObjectName(f"wishCheck_{name}")
            self.checks[name] = label
            checks.addWidget(label)
        checks.addStretch(1)
        self.toggle_button = QPushButton(guidance.text(f"{key}.show"))
        self.toggle_button.setObjectName("wishBuilderToggle")
        self.toggle_button.setAccessibleName(guidance.text(f"{key}.show"))
        self.toggle_button.setAutoDefault(False)
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._show_form)
        checks.addWidget(self.toggle_button)
        layout.addLayout(checks)
        self.hint = QLabel()
        self.hint.setObjectName("wishHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {tone('warning')};")
        layout.addWidget(self.hint)

        self.form = QWidget()
        self.form.setObjectName("wishBuilderForm")
        form = QFormLayout(self.form)
        form.setContentsMargins(SPACE["m"], 0, 0, 0)
        self.pieces: dict[str, QLineEdit] = {}
        for name in ("what", "when", "often"):
            piece = QLineEdit()
            piece.setObjectName(f"wish_{name}")
            piece.setPlaceholderText(guidance.text(f"{key}.{name}_placeholder"))
            piece.setAccessibleName(guidance.text(f"{key}.{name}_label"))
            form.addRow(guidance.text(f"{key}.{name}_label"), piece)
            self.pieces[name] = piece
        use = QPushButton(guidance.text(f"{key}.use"))
        use.setObjectName("wishUse")
        use.setAccessibleName(guidance.text(f"{key}.use_accessible"))
        use.setAutoDefault(False)
        use.clicked.connect(self.use)
        form.addRow("", use)
        self.form.setVisible(False)
        layout.addWidget(self.form)

        edit.textChanged.connect(self._update_checks)
        self._update_checks()

    def use(self) -> None:
        wish = guidance.build_wish(*(self.pieces[n].text() for n in ("what", "when", "often")))
        if not wish:
            return
        if isinstance(self.edit, QLineEdit):
            self.edit.setText(wish)
        else:
            self.edit.setPlainText(wish)
        self.edit.setFocus()

    def _show_form(self, shown: bool) -> None:
        self.form.setVisible(shown)
        label = guidance.text("request_builder.hide" if shown else "request_builder.show")
        self.toggle_button.setText(label)
        self.toggle_button.setAccessibleName(label)
        if shown:
            self.pieces["what"].setFocus()

    def _update_checks(self, *_: object) -> None:
        wish = text_of(self.edit)
        result = check_request(wish)
        for name, label in self.checks.items():
            met = bool(getattr(result, name))
            mark = self.words["met"] if met else self.words["unmet"]
            label.setText(f"{mark} {self.words['labels'][name]}")
            label.setToolTip("" if met else self.words["hints"][name])
            label.setAccessibleName(
                f"{self.words['labels'][name]}: {mark}"
                + ("" if met else f". {self.words['hints'][name]}")
            )
            label.setStyleSheet(f"color: {tone('success' if met else 'warning')};")
        # The most useful advice first: a behaviour, then when, then something doable.
        unmet = [n for n in ("behavioural", "specific", "doable") if not getattr(result, n)]
        # An empty field needs no advice yet; otherwise say what would help first.
        self.hint.setText(self.words["hints"][unmet[0]] if wish.strip() and unmet else "")
        self.hint.setVisible(bool(self.hint.text()))

    def check(self) -> dict[str, bool]:
        """Which checks the wish passes now."""
        result = check_request(text_of(self.edit))
        return {name: bool(getattr(result, name)) for name in self.checks}


def add_drafting_aids(layout: QLayout, edit: TextEdit, part: str) -> QWidget | None:
    """The helper that fits a part, added under it: feelings for `feel`, the builder for wishes."""
    aid: QWidget | None = None
    if part == "feel" and isinstance(edit, QLineEdit):
        aid = FeelingsPicker(edit)
    elif part == "would_like":
        aid = RequestBuilder(edit)
    if aid is not None:
        layout.addWidget(aid)
    return aid
