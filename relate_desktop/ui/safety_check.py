"""The private safety check: a few yes/no questions, answers kept in the person's own private
space, and support lines after any "yes", with the choice to use Relate just for themselves."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.guide import text
from relate_desktop.domain.safety import CountrySupport, SupportLine, safety_questions
from relate_desktop.services import safety
from relate_desktop.services.household import Household
from relate_desktop.ui.components import muted, type_size
from relate_desktop.ui.design import SPACE


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


COLUMN_WIDTH = 720  # a readable line length, however wide the window


def _column(content: QWidget) -> QWidget:
    """`content` in a centred column of a readable width."""
    content.setMaximumWidth(COLUMN_WIDTH)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return holder


def system_territory() -> str:
    """The system locale's country as an ISO code ("MX"), or "" (e.g. the C locale)."""
    return QLocale.territoryToCode(QLocale.system().territory())


class SafetyCheckDialog(QDialog):
    """Offered once per person when they are on their own (and any time from the Privacy menu
    or Home's "I'm on my own now"). "Not now" stores nothing. The window title is only the
    app's name, since task switchers show it."""

    private_use_changed = Signal(bool)

    def __init__(self, household: Household, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyCheckDialog")
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(600)
        self.household, self.person_id = household, person_id
        self.questions = safety_questions()
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(_column(self._questions_page()))
        self.result_page = QWidget()
        self.result_layout = QVBoxLayout(self.result_page)
        self.result_layout.setSpacing(SPACE["s"])
        scroll = QScrollArea()
        scroll.setObjectName("safetyResultScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(_column(self.result_page))
        self.pages.addWidget(scroll)
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
        self.private_use: QCheckBox | None = None
        self.lines: QLabel | None = None
        self.country: QComboBox | None = None

    def _questions_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self._heading(text("safety.title"), "safetyTitle"))
        people = self.household.people
        partner = next((p.name for p in people if p.id != self.person_id), "")
        intro = text("safety.intro", partner=partner) if partner else text("safety.intro_solo")
        if self.household.vault(self.person_id) is None:  # nowhere private to keep answers
            intro = text("safety.not_stored")
        for words, name in ((intro, "safetyIntro"), (text("safety.alone_hint"), "safetyHint")):
            lay.addWidget(self._label(words, name))
        grid = QGridLayout()
        grid.setVerticalSpacing(SPACE["m"])
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
        lay.addSpacing(SPACE["s"])
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

    # After the questions --------------------------------------------------------------------

    def _show_result(self, concern: bool) -> None:
        lay = self.result_layout
        on = safety.private_use(self.household, self.person_id)
        if not concern:
            lay.addWidget(self._label(text("safety.all_clear"), "safetyAllClear"))
            if on:  # chosen before: let them turn it off here too
                self._private_use_choice(on)
            lay.addStretch(1)
            return
        lay.addWidget(self._heading(text("safety.concern_title"), "safetyConcernTitle"))
        lay.addWidget(self._label(text("safety.concern_body"), "safetyConcern"))
        # The shortcut as menus show it, in the language in use ("Control+Mayúsculas+H").
        hide = QKeySequence("Ctrl+Shift+H").toString(QKeySequence.SequenceFormat.NativeText)
        lay.addWidget(self._label(text("safety.concern_privacy", shortcut=hide), "safetyQuickHide"))
        lay.addSpacing(SPACE["m"])
        lay.addWidget(self._heading(text("safety.resources_title"), "safetyResourcesTitle", "lead"))
        directory = safety.support_directory(self.household.paths)
        self.country = QComboBox()
        self.country.setObjectName("safetyCountry")
        self.country.setMinimumWidth(260)
        self.country.setAccessibleName(text("safety.country_label"))
        for entry in directory.in_order():
            self.country.addItem(entry.name, entry.code)
        start = safety.default_country(self.household.paths, directory, system_territory())
        self.country.setCurrentIndex(max(0, self.country.findData(start)))
        caption = self._label(text("safety.country_label"), "safetyCountryLabel")
        caption.setBuddy(self.country)
        lay.addWidget(caption)
        lay.addWidget(self.country, 0, Qt.AlignmentFlag.AlignLeft)
        lines = self._label("", "safetyLines")
        lines.setTextFormat(Qt.TextFormat.RichText)
        lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        lines.setOpenExternalLinks(False)  # a reminder about the browser's history comes first
        lines.linkActivated.connect(self.open_link)
        self.lines = lines
        lay.addWidget(lines)
        self._private_use_choice(on)
        lay.addStretch(1)

        def show_country() -> None:
            assert self.country is not None
            entry = directory.for_country(str(self.country.currentData()))
            lines.setText(support_html(entry, directory.directory))

        self.country.currentIndexChanged.connect(show_country)
        show_country()

    def _private_use_choice(self, on: bool) -> None:
        lay = self.result_layout
        lay.addSpacing(SPACE["m"])
        lay.addWidget(self._heading(text("safety.private_use_title"), "safetyPrivateTitle", "lead"))
        lay.addWidget(self._label(text("safety.private_use_body"), "safetyPrivateBody"))
        box = QCheckBox(text("safety.private_use_label"))
        box.setObjectName("safetyPrivateUse")
        box.setChecked(on)
        box.toggled.connect(self._set_private_use)
        self.private_use = box
        lay.addWidget(box)
        kept = "vault" if self.household.vault(self.person_id) is not None else "plain"
        note = self._label(text(f"safety.private_use_kept_{kept}"), "safetyPrivateKept")
        muted(note)
        lay.addWidget(note)

    def _set_private_use(self, on: bool) -> None:
        safety.set_private_use(self.household, self.person_id, on)
        self.private_use_changed.emit(on)

    def open_link(self, url: str) -> None:
        """A support page: first say that a browser keeps history, and offer to copy it."""
        box = QMessageBox(
            QMessageBox.Icon.Information, APP_NAME, text("safety.link_title"), parent=self
        )
        box.setObjectName("safetyLinkReminder")
        box.setInformativeText(text("safety.link_body"))
        copy = box.addButton(text("safety.link_copy"), QMessageBox.ButtonRole.AcceptRole)
        copy.setObjectName("safetyCopyLink")
        opened = box.addButton(text("safety.link_open"), QMessageBox.ButtonRole.ActionRole)
        opened.setObjectName("safetyOpenLink")
        back = box.addButton(text("safety.link_back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("safetyLinkBack")
        box.setDefaultButton(copy)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(url)
            QMessageBox.information(self, APP_NAME, text("safety.link_copied"))
        elif box.clickedButton() is opened:
            open_in_browser(url)

    @staticmethod
    def _label(words: str, name: str) -> QLabel:
        label = QLabel(words)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _heading(words: str, name: str, step: str = "title") -> QLabel:
        label = SafetyCheckDialog._label(words, name)
        type_size(label, step, QFont.Weight.DemiBold)
        label.setAccessibleName(words)
        return label


def _shown_address(url: str) -> str:
    """An address as people read it: "thehotline.org", not "https://www.thehotline.org"."""
    host = urlsplit(url).netloc or url
    return host.removeprefix("www.")


def _line_html(line: SupportLine) -> str:
    rows = [f"<b>{escape(line.name)}</b>"]
    details = " · ".join(escape(x) for x in (line.phone, line.hours) if x)
    if details:
        rows.append(details)
    if line.note:
        rows.append(escape(line.note))
    if line.url:
        rows.append(f'<a href="{escape(line.url)}">{escape(_shown_address(line.url))}</a>')
    return f"<p>{'<br>'.join(rows)}</p>"


def support_html(entry: CountrySupport, directory: SupportLine | None) -> str:
    """The lines for one country, then the international directory, in the UI's language."""
    emergency = (
        text("safety.emergency", number=entry.emergency)
        if entry.emergency
        else text("safety.emergency_local")
    )
    parts = [f"<p><b>{escape(emergency)}</b></p>"]
    parts += [_line_html(line) for line in entry.lines]
    if directory is not None and directory.url:
        link = f'<a href="{escape(directory.url)}">{escape(_shown_address(directory.url))}</a>'
        note = f"<br>{escape(directory.note)}" if directory.note else ""
        parts.append(f"<p>{escape(text('safety.directory_intro'))} {link}{note}</p>")
    return "".join(parts)
