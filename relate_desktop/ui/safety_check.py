"""The private safety check: a few yes/no questions, answers kept in the person's own private
space, and support lines after any "yes"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.guide import text
from relate_desktop.domain.safety import CountrySupport, safety_questions
from relate_desktop.services import preferences, safety
from relate_desktop.services.household import Household


class SafetyCheckDialog(QDialog):
    """Asked once per person (and any time from the Privacy menu). "Not now" stores nothing."""

    def __init__(self, household: Household, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyCheckDialog")
        self.setWindowTitle(text("safety.title"))
        self.setMinimumWidth(560)
        self.household, self.person_id = household, person_id
        self.questions = safety_questions()
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._questions_page())
        self.result_page = QWidget()
        self.result_layout = QVBoxLayout(self.result_page)
        self.pages.addWidget(self.result_page)
        self.buttons = QDialogButtonBox()
        self.later = self.buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later.setObjectName("safetyLater")
        self.done_button = self.buttons.addButton(
            self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("safetyDone")
        self.done_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._submit)
        layout.addWidget(self.buttons)

    def _questions_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        title = QLabel(f"<h2>{escape(text('safety.title'))}</h2>")
        lay.addWidget(title)
        people = self.household.people
        partner = next((p.name for p in people if p.id != self.person_id), "")
        intro = text("safety.intro", partner=partner) if partner else text("safety.intro_solo")
        for words, name in ((intro, "safetyIntro"), (text("safety.alone_hint"), "safetyHint")):
            label = QLabel(words)
            label.setObjectName(name)
            label.setWordWrap(True)
            lay.addWidget(label)
        if self.household.vault(self.person_id) is None:
            note = QLabel(text("safety.not_stored"))
            note.setObjectName("safetyNotStored")
            note.setWordWrap(True)
            lay.addWidget(note)
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, question in enumerate(self.questions):
            label = QLabel(question.text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, (value, word) in enumerate(
                ((True, text("safety.yes")), (False, text("safety.no"))), start=1
            ):
                button = QRadioButton(word)
                button.setObjectName(f"safety_{question.id}_{'yes' if value else 'no'}")
                button.setAccessibleName(f"{question.text} {word}")
                group.addButton(button, 1 if value else 0)
                grid.addWidget(button, row, column)
            group.buttonToggled.connect(self._answered)
            self.groups[question.id] = group
        grid.setColumnStretch(0, 1)
        lay.addLayout(grid)
        lay.addStretch(1)
        return page

    def _answered(self) -> None:
        self.done_button.setEnabled(all(g.checkedId() != -1 for g in self.groups.values()))

    def answers(self) -> dict[str, bool]:
        return {qid: group.checkedId() == 1 for qid, group in self.groups.items()}

    def _submit(self) -> None:
        if self.pages.currentIndex() == 1:
            self.accept()
            return
        check = safety.record_check(self.household, self.person_id, self.answers())
        self._show_result(check.any_yes)
        self.pages.setCurrentIndex(1)
        self.later.setVisible(False)
        self.done_button.setText(self.tr("Close"))

    def _show_result(self, concern: bool) -> None:
        lay = self.result_layout
        if not concern:
            lay.addWidget(self._label(text("safety.all_clear"), "safetyAllClear"))
            lay.addStretch(1)
            return
        lay.addWidget(QLabel(f"<h2>{escape(text('safety.concern_title'))}</h2>"))
        lay.addWidget(self._label(text("safety.concern_body"), "safetyConcern"))
        lay.addWidget(self._label(text("safety.concern_privacy"), "safetyQuickHide"))
        lay.addWidget(QLabel(f"<h3>{escape(text('safety.resources_title'))}</h3>"))
        directory = safety.support_directory(self.household.paths)
        self.country = QComboBox()
        self.country.setObjectName("safetyCountry")
        self.country.setAccessibleName(text("safety.country_label"))
        for code, entry in sorted(directory.countries.items(), key=lambda kv: kv[1].name):
            self.country.addItem(entry.name, code)
        saved = preferences.load(self.household.paths).country
        guess = saved or QLocale.system().name().split("_")[-1]
        self.country.setCurrentIndex(
            max(0, self.country.findData(directory.for_country(guess).code))
        )
        lay.addWidget(self.country)
        self.lines = self._label("", "safetyLines")
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.lines.setOpenExternalLinks(True)
        lay.addWidget(self.lines)
        edit_hint = self._label(
            text("safety.edit_hint", path=safety.support_file(self.household.paths)), "safetyEdit"
        )
        edit_hint.setStyleSheet("color: palette(placeholder-text);")
        lay.addWidget(edit_hint)
        lay.addStretch(1)

        def show_country() -> None:
            entry = directory.for_country(str(self.country.currentData()))
            self.lines.setText(_support_html(entry))

        self.country.currentIndexChanged.connect(show_country)
        show_country()

    @staticmethod
    def _label(words: str, name: str) -> QLabel:
        label = QLabel(words)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label


def _support_html(entry: CountrySupport) -> str:
    parts = [f"<p><b>{escape(text('safety.emergency', number=entry.emergency))}</b></p>"]
    for line in entry.lines:
        details = " · ".join(escape(x) for x in (line.phone, line.hours) if x)
        link = f' <a href="{escape(line.url)}">{escape(line.url)}</a>' if line.url else ""
        parts.append(f"<p>{escape(line.name)}<br>{details}{link}</p>")
    return "".join(parts)
