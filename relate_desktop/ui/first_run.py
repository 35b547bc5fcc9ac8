"""First run, as turns. A shared screen first (just me / the two of us, names, passphrases or
not); then, with passphrases, each person on their own turn: a hand-over screen, their
passphrase, their own recovery code. Nothing is written until the last turn is done
(services.household: begin_set_up, seal_turn, finish_set_up), and no screen shows one person's
passphrase field or recovery code while it is the other's turn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.clock import Clock
from relate_desktop.domain.errors import InvalidInput, RelateError
from relate_desktop.domain.guide import text
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import (
    MIN_PASSPHRASE,
    Household,
    NewHousehold,
    begin_set_up,
    finish_set_up,
    forget_turn,
    seal_turn,
    validate_passphrase,
)
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.components import quiet
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.lazy_pages import LazyPages
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import heading, paragraph

if TYPE_CHECKING:
    from relate_desktop.ui.privacy_dialogs import RecoveryCodeView


# The dialog's pages, in their stack (the shared screen first).
_HANDOVER, _PASSPHRASE, _CODE = 1, 2, 3


def _words(key: str, **values: str) -> str:
    return text(f"setup.{key}", **values)


@dataclass(frozen=True)
class _Step:
    kind: str  # "shared", "handover", "passphrase" or "code"
    person: int = 0


class _HandoverPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("setupHandover")
        layout = QVBoxLayout(self)
        self.title = heading("", "handoverTitle")
        self.look_away = paragraph("", "handoverLookAway")
        self.body = paragraph(_words("handover_body"), "handoverBody")
        for widget in (self.title, self.look_away, self.body):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_turn(self, name: str, other: str, first: bool) -> None:
        self.title.setText(_words("handover_title", name=name))
        self.title.setAccessibleName(self.title.text())
        key = "handover_first" if first else "handover_next"
        self.look_away.setText(_words(key, name=name, other=other))


class _PassphrasePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("setupPassphrase")
        layout = QVBoxLayout(self)
        self.title = heading("", "passphraseTitle")
        layout.addWidget(self.title)
        layout.addWidget(paragraph(_words("passphrase_intro", count=str(MIN_PASSPHRASE))))
        form = QFormLayout()
        self.label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("setupPassphraseField")
        self.again = QLineEdit()
        self.again.setObjectName("setupPassphraseAgain")
        self.again.setAccessibleName(_words("again_label"))
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.label.setBuddy(self.passphrase)
        form.addRow(self.label, self.passphrase)
        form.addRow(_words("again_label"), self.again)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_turn(self, name: str, solo: bool) -> None:
        self.title.setText(
            _words("passphrase_title_solo") if solo else _words("passphrase_title", name=name)
        )
        self.title.setAccessibleName(self.title.text())
        label = _words("passphrase_label_solo") if solo else _words("passphrase_label", name=name)
        self.label.setText(label)
        self.passphrase.setAccessibleName(label)

    def clear(self) -> None:
        self.passphrase.clear()
        self.again.clear()

    def problem(self) -> str:
        """What is wrong with what was typed, in plain words ('' when it will do)."""
        first, again = self.passphrase.text(), self.again.text()
        if len(first) < MIN_PASSPHRASE:
            return _words("too_short", count=str(MIN_PASSPHRASE))
        if first != first.strip():
            return _words("edge_spaces")
        if first != again:
            return _words("mismatch")
        return ""


class _CodePage(QWidget):
    """One person's recovery code; a new view each turn, dropped when the turn ends."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("setupCode")
        layout = QVBoxLayout(self)
        self.title = heading("", "codeTitle")
        layout.addWidget(self.title)
        layout.addWidget(paragraph(_words("code_body")))
        self.slot = QVBoxLayout()
        layout.addLayout(self.slot)
        self.kept = QCheckBox(_words("code_kept"))
        self.kept.setObjectName("setupCodeKept")
        self.kept.setAccessibleName(self.kept.text())
        layout.addWidget(self.kept)
        layout.addStretch(1)
        self.view: RecoveryCodeView | None = None

    def show_code(self, name: str, code: str, solo: bool) -> None:
        self.drop_code()
        self.title.setText(_words("code_title_solo") if solo else _words("code_title", name=name))
        self.title.setAccessibleName(self.title.text())
        from relate_desktop.ui.privacy_dialogs import RecoveryCodeView  # with the first code

        self.view = RecoveryCodeView(name, code)
        self.slot.addWidget(self.view)
        self.view.show()  # now, not at the next pass of the event loop
        self.kept.setChecked(False)

    def drop_code(self) -> None:
        """Take the code off the screen (and off the clipboard, if it was copied)."""
        if self.view is not None:
            self.view.forget_copy()
            self.view.hide()
            self.slot.removeWidget(self.view)
            self.view.setParent(None)  # gone from the dialog at once, not at the next loop
            self.view.deleteLater()
            self.view = None


class FirstRunDialog(QDialog):
    """Sets up the household in turns; accepted once it exists, with `household` and
    `person_id` (who is at the keyboard: the last to take a turn) set."""

    def __init__(
        self,
        paths: DataPaths,
        runner: TaskRunner,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(_words("window_title"))
        self.setMinimumWidth(540)
        self.paths, self.runner, self.clock = paths, runner, clock
        self.new: NewHousehold | None = None
        self.household: Household | None = None
        self.person_id = ""
        self.joined = False  # set up from another computer's household (not together here)
        self.busy = False
        self.index = 0

        layout = QVBoxLayout(self)
        self.turn_label = QLabel()
        self.turn_label.setObjectName("setupTurn")
        self.turn_label.setStyleSheet(f"color: {tone('muted')};")
        layout.addWidget(self.turn_label)
        self.stack = QStackedWidget()
        self.shared_page = self._build_shared_page()
        # The hand-over, passphrase and recovery code pages are made when first shown: the
        # welcome is on screen sooner.
        self.pages = LazyPages(self.stack)
        for page in (self.shared_page, self._make_handover, self._make_passphrase, self._make_code):
            self.pages.add(page)
        layout.addWidget(self.stack, 1)

        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet(f"color: {tone('error')};")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        row = QHBoxLayout()
        self.cancel_button = QPushButton(_words("cancel"))
        self.cancel_button.setObjectName("setupCancel")
        self.back_button = QPushButton(_words("back"))
        self.back_button.setObjectName("setupBack")
        self.next_button = QPushButton(_words("next"))
        self.next_button.setObjectName("setupNext")
        self.next_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        for button in (self.cancel_button, self.back_button, self.next_button):
            button.setAccessibleName(button.text().replace("&", ""))

        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.solo.toggled.connect(self._refresh_shared)
        self.protect.toggled.connect(self._refresh_shared)
        self._refresh_shared()
        self._show(0)

    # Pages ----------------------------------------------------------------------------------

    def _make_handover(self) -> _HandoverPage:
        return _HandoverPage()

    def _make_passphrase(self) -> _PassphrasePage:
        return _PassphrasePage()

    def _make_code(self) -> _CodePage:
        page = _CodePage()
        page.kept.toggled.connect(lambda _on: self._refresh_buttons())
        return page

    @property
    def handover_page(self) -> _HandoverPage:
        return self.pages.page(_HANDOVER, _HandoverPage)

    @property
    def passphrase_page(self) -> _PassphrasePage:
        return self.pages.page(_PASSPHRASE, _PassphrasePage)

    @property
    def code_page(self) -> _CodePage:
        return self.pages.page(_CODE, _CodePage)

    def _clear_turn_pages(self, keep_code: bool = False) -> None:
        """Take any recovery code and typed passphrase off the pages that were made."""
        code = self.pages.made(_CODE, _CodePage)
        if code is not None and not keep_code:
            code.drop_code()
        passphrase = self.pages.made(_PASSPHRASE, _PassphrasePage)
        if passphrase is not None:
            passphrase.clear()

    # The shared screen --------------------------------------------------------------------

    def _build_shared_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("setupShared")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(_words("welcome_title"), "welcomeTitle"))
        self.welcome = paragraph("", "welcomeIntro")
        layout.addWidget(self.welcome)
        who = QGroupBox(_words("who_label"))
        who_layout = QHBoxLayout(who)
        who_layout.setSpacing(SPACE["xl"])  # two choices, not one phrase
        self.couple = QRadioButton(_words("couple"))
        self.couple.setObjectName("modeCouple")
        self.solo = QRadioButton(_words("solo"))
        self.solo.setObjectName("modeSolo")
        self.couple.setChecked(True)
        group = QButtonGroup(page)
        for button in (self.couple, self.solo):
            group.addButton(button)
            button.setAccessibleName(button.text())
            who_layout.addWidget(button)
        who_layout.addStretch(1)
        layout.addWidget(who)
        form = QFormLayout()
        self.name_edits = [QLineEdit(), QLineEdit()]
        self.name_labels = [QLabel(), QLabel()]
        for index, (label, edit) in enumerate(zip(self.name_labels, self.name_edits, strict=True)):
            edit.setObjectName(f"name{index + 1}")
            edit.setMaxLength(60)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.protect = QCheckBox()
        self.protect.setObjectName("protect")
        self.protect.setChecked(True)
        layout.addWidget(self.protect)
        self.protect_note = paragraph("", "protectNote")
        layout.addWidget(self.protect_note)
        layout.addStretch(1)
        # Relate already lives on another computer: join it through the folder it syncs to.
        self.join_button = QPushButton(self.tr("Use Relate on another computer…"))
        quiet(self.join_button)
        self.join_button.setObjectName("setupJoin")
        self.join_button.setAutoDefault(False)
        self.join_button.setToolTip(
            self.tr("You already use Relate on another computer and sync it through a folder.")
        )
        self.join_button.clicked.connect(self.join_other_computer)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def join_other_computer(self) -> None:
        """Set this computer up from a household another computer syncs (ui/join_dialog.py);
        the app then opens as the person who joined, their private space open."""
        from relate_desktop.ui.join_dialog import JoinDialog

        dialog = JoinDialog(self.paths, self.runner, self.clock, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.household is not None:
            self.household, self.person_id = dialog.household, dialog.person_id
            self.joined = True
            self.new = None
            super().accept()
        dialog.deleteLater()

    @property
    def count(self) -> int:
        return 1 if self.solo.isChecked() else 2

    def _refresh_shared(self) -> None:
        solo = self.count == 1
        self.welcome.setText(_words("welcome_intro_solo" if solo else "welcome_intro"))
        labels = [_words("name_solo")] if solo else [_words("name_first"), _words("name_second")]
        for index, (label, edit) in enumerate(zip(self.name_labels, self.name_edits, strict=True)):
            shown = index < len(labels)
            label.setVisible(shown)
            edit.setVisible(shown)
            if shown:
                label.setText(labels[index])
                edit.setAccessibleName(labels[index])
        self.protect.setText(_words("protect_solo" if solo else "protect_couple"))
        self.protect.setAccessibleName(self.protect.text())
        if self.protect.isChecked():
            note = "protect_about_solo" if solo else "protect_about_couple"
        else:
            note = "unprotected_solo" if solo else "unprotected_couple"
        self.protect_note.setText(_words(note))
        if self.index == 0:
            self.turn_label.setText("" if solo else _words("together"))
            self.turn_label.setVisible(not solo)
        self.error.clear()
        self._refresh_buttons()

    def names(self) -> list[str]:
        return [edit.text().strip() for edit in self.name_edits[: self.count]]

    # Steps ----------------------------------------------------------------------------------

    def steps(self) -> list[_Step]:
        flow = [_Step("shared")]
        if self.protect.isChecked():
            for person in range(self.count):
                if self.count == 2:
                    flow.append(_Step("handover", person))
                flow += [_Step("passphrase", person), _Step("code", person)]
        return flow

    def _show(self, index: int) -> None:
        self.index = index
        step = self.steps()[index]
        self.error.clear()
        if self.new is not None:
            # A turn not yet behind us holds no seal: going back means choosing again.
            for person in range(len(self.new.people)):
                if self._at_or_before_turn(person):
                    forget_turn(self.new, person)
        self._clear_turn_pages(keep_code=step.kind == "code")
        names = self.names()
        solo = len(names) == 1
        name = names[step.person]
        if step.kind == "shared":
            self.stack.setCurrentWidget(self.shared_page)
            self.turn_label.setText("" if solo else _words("together"))
            focus: QWidget = self.name_edits[0]
        else:
            self.turn_label.setText("" if solo else _words("turn", name=name))
            if step.kind == "handover":
                self.handover_page.show_turn(name, names[1 - step.person], step.person == 0)
                self.stack.setCurrentWidget(self.handover_page)
                focus = self.next_button
            elif step.kind == "passphrase":
                self.passphrase_page.show_turn(name, solo)
                self.stack.setCurrentWidget(self.passphrase_page)
                focus = self.passphrase_page.passphrase
            else:
                self.stack.setCurrentWidget(self.code_page)
                focus = self.code_page.kept
        self.turn_label.setVisible(bool(self.turn_label.text()))
        self._refresh_buttons()
        focus.setFocus()

    def _at_or_before_turn(self, person: int) -> bool:
        """Whether the current step comes before that person's turn is done."""
        flow = self.steps()
        code_step = next(i for i, s in enumerate(flow) if s == _Step("code", person))
        return self.index < code_step

    def _refresh_buttons(self) -> None:
        flow = self.steps()
        last = self.index == len(flow) - 1
        step = flow[self.index]
        self.next_button.setText(_words("start" if last else "next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        ready = step.kind != "code" or self.code_page.kept.isChecked()
        self.next_button.setEnabled(ready and not self.busy)
        self.back_button.setEnabled(self.index > 0 and not self.busy)
        self.back_button.setVisible(self.index > 0)
        self.cancel_button.setEnabled(not self.busy)

    def back(self) -> None:
        if self.busy or self.index == 0:
            return
        step = self.steps()[self.index]
        if step.kind == "handover":
            # Never back into the previous person's recovery code: back to their hand-over.
            earlier = [i for i, s in enumerate(self.steps()[: self.index]) if s.kind == "handover"]
            self._show(earlier[-1] if earlier else 0)
        else:
            self._show(self.index - 1)

    def next(self) -> None:
        if self.busy or not self.next_button.isEnabled():
            return
        flow = self.steps()
        step = flow[self.index]
        if step.kind == "shared":
            problem = self._shared_problem()
            if problem:
                self._problem(problem, self.name_edits[0])
                return
        if step.kind == "passphrase":
            problem = self.passphrase_page.problem()
            if not problem and self.new is not None:
                try:  # easy to guess? (zxcvbn, with the household's names as easy guesses)
                    validate_passphrase(self.passphrase_page.passphrase.text(), self.new.names)
                except InvalidInput as error:
                    problem = error.message
            if problem:
                self._problem(problem, self.passphrase_page.passphrase)
                return
            self._seal(step.person, self.passphrase_page.passphrase.text())
            return
        if self.index == len(flow) - 1:
            self._finish()
            return
        self._show(self.index + 1)

    def _shared_problem(self) -> str:
        names = self.names()
        if any(not name for name in names):
            return _words("name_missing_solo" if len(names) == 1 else "names_missing")
        if len(names) == 2 and names[0].casefold() == names[1].casefold():
            return _words("names_same")
        try:
            self.new = begin_set_up(self.paths, names, self.protect.isChecked())
        except InvalidInput as error:
            return error.message
        return ""

    def _problem(self, message: str, field: QLineEdit) -> None:
        self.error.setStyleSheet(f"color: {tone('error')};")
        self.error.setText(message)
        field.selectAll()
        field.setFocus()

    # Work on the runner ---------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.stack.setEnabled(not busy)
        self.error.setStyleSheet(f"color: {tone('muted')};")  # waiting is not a problem
        self.error.setText(_words("working") if busy else "")
        self._refresh_buttons()

    def _seal(self, person: int, passphrase: str) -> None:
        new = self.new
        assert new is not None
        self.passphrase_page.clear()  # the passphrase leaves the screen at once
        self._busy(True)

        def done(code: Any) -> None:
            self._busy(False)
            self._show(self.index + 1)
            self.code_page.show_code(new.names[person], str(code), len(new.names) == 1)
            self._refresh_buttons()
            self.code_page.kept.setFocus()

        self.runner.run(lambda: seal_turn(new, person, passphrase), done, self._failed)

    def _finish(self) -> None:
        new = self.new
        assert new is not None
        self._clear_turn_pages()
        last = new.people[-1].id if new.protected else new.people[0].id
        self._busy(True)

        def done(household: Any) -> None:
            self._busy(False)
            self.household, self.person_id = household, last
            self.accept()

        self.runner.run(
            lambda: finish_set_up(self.paths, new, self.clock, open_for=last), done, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, RelateError):
            raise error
        self.error.setStyleSheet(f"color: {tone('error')};")
        self.error.setText(error.message)

    # Leaving --------------------------------------------------------------------------------

    def _typed_anything(self) -> bool:
        return self.index > 0 or any(edit.text().strip() for edit in self.name_edits)

    def reject(self) -> None:
        """Cancel and Escape ask first when something was typed; nothing has been written."""
        if self.busy:
            return
        if self.isVisible() and self._typed_anything():
            from PySide6.QtWidgets import QMessageBox  # not before the welcome (ui/errors.py)

            focused = QApplication.focusWidget()
            box = QMessageBox(
                QMessageBox.Icon.Question,
                _words("cancel_title"),
                _words("cancel_question"),
                parent=self,
            )
            stop = box.addButton(_words("stop"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(_words("keep_going"), QMessageBox.ButtonRole.RejectRole)
            stop.setObjectName("setupStop")
            keep.setObjectName("setupKeepGoing")
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not stop:
                self.activateWindow()
                if focused is not None:
                    focused.setFocus()  # back where they were typing
                return
        self._clear_turn_pages()
        self.new = None
        super().reject()
