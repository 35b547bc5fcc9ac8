"""The repair wizard window: steps in order, Next only when a step is complete, always saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.guide import fill, missing_text, text
from relate_desktop.domain.repair_flow import (
    RepairState,
    Step,
    StepKind,
    add_turn,
    drop_turn,
    missing,
    steps,
)
from relate_desktop.services import privacy, repair
from relate_desktop.services.household import Household
from relate_desktop.ui.components import muted, primary, quiet
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.export_dialog import open_export_dialog
from relate_desktop.ui.guidance_cards import cherish_card
from relate_desktop.ui.privacy_dialogs import confirm_presence, open_private_space
from relate_desktop.ui.saved_file import offer_saved_file
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.time_out import TimeOutDialog
from relate_desktop.ui.widgets import fit_to_screen, heading, paragraph
from relate_desktop.ui.wizard.pages import (
    AgreementPage,
    PerspectivePage,
    SealedPerspectivePage,
    StepPage,
    TurnsPage,
    _ComposedPage,
    page_for,
)

AUTOSAVE_MS = 1500


class RepairWizard(QDialog):
    """Walks a couple (or one person) through a repair. Closing it keeps the repair as a draft."""

    repair_finished = Signal(str)
    time_out_called = Signal(object)  # a TimeOut: the repair is saved and closed till then
    private_changed = Signal()  # someone's private space opened or closed

    def __init__(
        self,
        household: Household,
        state: RepairState,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repairWizard")
        self.setWindowTitle(APP_NAME)  # task switchers show titles: nothing about a fight
        fit_to_screen(self, 760, 720)
        self.household = household
        self.state = state
        # A repair opened and left without a word typed is not kept (nor shown on Home).
        self._kept = not state.is_untouched()
        self.runner = runner
        self.names = {p.id: p.name for p in household.people}
        self.agreement_id: str | None = None
        self.page: StepPage | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("stepProgress")
        self.turn_label = QLabel()
        self.turn_label.setObjectName("turnLabel")
        self.turn_label.setStyleSheet("font-weight: 600;")
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.turn_label)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setObjectName("stepProgressBar")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Progress through the repair"))
        layout.addWidget(self.progress)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroller, 1)

        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        muted(self.missing_label)
        layout.addWidget(self.missing_label)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save and close"))
        self.save_button.setObjectName("saveCloseButton")
        self.save_button.setAutoDefault(False)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        primary(self.next_button)  # drawn bold from the start, so its size fits its words
        self.pdf_button = QPushButton(self.tr("Make a &PDF…"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.pdf_button.setVisible(False)
        self.time_out_button = QPushButton(fill("turns", "time_out.button"))
        self.time_out_button.setObjectName("timeOutButton")
        self.time_out_button.setAutoDefault(False)
        for button in (
            self.back_button,
            self.save_button,
            self.next_button,
            self.pdf_button,
            self.time_out_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.addWidget(self.back_button)
        buttons.addWidget(quiet(self.time_out_button))
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.save_button.clicked.connect(self.close)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.time_out_button.clicked.connect(self.take_time_out)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # An edit not yet saved is saved as soon as the focus moves (or the app loses it).
            app.focusChanged.connect(self._focus_changed)
        self.show_step(min(state.step_index, len(steps(state)) - 1))

    # Navigation ---------------------------------------------------------------------------

    def show_step(self, index: int) -> None:
        flow = steps(self.state)
        index = max(0, min(index, len(flow) - 1))
        self._leave_step()
        self.state.step_index = index
        step = flow[index]
        self._enter_step(step)
        self.page = page_for(
            self.state,
            step,
            self.names,
            self.household.clock.now(),
            protected=self.household.info.shared_protected,
        )
        self.page.changed.connect(self._changed)
        if isinstance(self.page, PerspectivePage):
            self.page.privacy_requested.connect(self._privacy_requested)
        if isinstance(self.page, SealedPerspectivePage):
            self.page.unlock_requested.connect(self._unlock_sealed)
        if isinstance(self.page, AgreementPage):
            self.page.confirm_requested.connect(self._confirm_agreement)
        if isinstance(self.page, TurnsPage):
            self.page.turn_requested.connect(self.take_turn)
        if isinstance(self.page, _ComposedPage):
            self.page.drop_requested.connect(self.drop_turn)
        self.scroller.setWidget(self.page)
        self.progress_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(flow))
        )
        self.progress.setRange(0, len(flow))
        self.progress.setValue(index + 1)
        whose = self.names.get(step.person_id or "")
        self.turn_label.setText(
            self.tr("{name}'s turn").format(name=whose) if whose else self.tr("Together")
        )
        self.back_button.setEnabled(index > 0)
        last = step.kind is StepKind.REVIEW
        self.next_button.setText(self.tr("&Finish and save") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self._refresh_next()
        focus = self.page.first_focus()
        (focus or self.next_button).setFocus()

    # Privacy --------------------------------------------------------------------------------

    def _leave_step(self) -> None:
        """Leaving someone's answers: private ones go to their vault and out of memory."""
        if self.page is None or self.agreement_id is not None:
            return
        step = steps(self.state)[self.state.step_index]
        if step.kind is StepKind.PERSPECTIVE and step.person_id:
            try:
                repair.seal_private(self.household, self.state, step.person_id)
            except Exception as error:
                show_error(self, error)

    def _enter_step(self, step: Step) -> None:
        """A new turn: close the private space of anyone else; reopen this person's answers
        when their own private space is open."""
        if step.kind is StepKind.HANDOVER and self.household.private_person not in (
            None,
            step.person_id,
        ):
            privacy.lock_private(self.household)
            self.private_changed.emit()
        if (
            step.kind is StepKind.PERSPECTIVE
            and step.person_id
            and self.household.vault(step.person_id) is not None
        ):
            repair.unseal_private(self.household, self.state, step.person_id)

    def _showing_private_of(self, person_id: str) -> bool:
        step = steps(self.state)[self.state.step_index]
        return (
            self.page is not None
            and self.agreement_id is None
            and step.kind is StepKind.PERSPECTIVE
            and step.person_id == person_id
        )

    def private_closing(self, person_id: str) -> None:
        """Their private space is about to close (locked from the menu, someone else unlocked,
        locking everything): their private answers go to their vault and out of memory."""
        if self._showing_private_of(person_id):
            self._leave_step()

    def private_closed(self, person_id: str) -> None:
        """Their private space closed: show their step again, sealed."""
        if self._showing_private_of(person_id) and self.isVisible():
            self.page = None  # sealed already: nothing more to keep
            self.show_step(self.state.step_index)

    def _privacy_requested(self, private: bool) -> None:
        step = steps(self.state)[self.state.step_index]
        page = self.page
        assert isinstance(page, PerspectivePage) and step.person_id
        if private and not open_private_space(self, self.household, step.person_id, self.runner):
            page.set_private(False)
            return
        try:
            repair.set_private(self.household, self.state, step.person_id, private)
        except Exception as error:
            show_error(self, error)
        if private:
            self.private_changed.emit()
        page.set_private(self.state.perspective(step.person_id).private)
        self.save()

    def _unlock_sealed(self) -> None:
        step = steps(self.state)[self.state.step_index]
        if step.person_id and open_private_space(self, self.household, step.person_id, self.runner):
            self.private_changed.emit()
            self.page = None  # nothing to seal: show the unlocked answers
            self.show_step(self.state.step_index)

    def _confirm_agreement(self, person_id: str) -> None:
        """A protected household: "I agree" is ticked only with that person's passphrase."""
        page = self.page
        if confirm_presence(self, self.household, person_id, self.runner) and isinstance(
            page, AgreementPage
        ):
            page.mark_confirmed(person_id)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.autosave.isActive():
            self.save()

    def save_and_close(self) -> None:
        """Before locking: keep everything, private answers in their vault, then close."""
        self._leave_step()
        self.save()
        self._drop_page()
        self.close()

    def _drop_page(self) -> None:
        """Empty the page's fields now (the page itself goes when Qt deletes the wizard):
        what was typed leaves the widgets at once, without touching the saved repair."""
        if self.page is None:
            return
        edits: list[QLineEdit | QPlainTextEdit] = [
            *self.page.findChildren(QLineEdit),
            *self.page.findChildren(QPlainTextEdit),
        ]
        for edit in edits:
            edit.blockSignals(True)
            edit.clear()
        self.page = None

    def current_step_missing(self) -> list[str]:
        return missing(steps(self.state)[self.state.step_index], self.state)

    def _refresh_next(self) -> None:
        needs = self.current_step_missing()
        self.next_button.setEnabled(not needs)
        self.missing_label.setText(" ".join(missing_text(n) for n in needs))

    def _changed(self) -> None:
        self._refresh_next()
        self.autosave.start()

    def go_next(self) -> None:
        if self.current_step_missing():
            return
        if steps(self.state)[self.state.step_index].kind is StepKind.REVIEW:
            self.finish()
            return
        self.show_step(self.state.step_index + 1)
        self.save()

    def take_time_out(self) -> None:
        """A responsible time-out from any step: the repair is kept where it stopped, and
        resumes there when they come back."""
        step = steps(self.state)[self.state.step_index]
        person = step.person_id or self.state.started_by
        self._leave_step()
        self.save()
        dialog = TimeOutDialog(self.household, person, self.state.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._timed_out(dialog.time_out))
        dialog.rejected.connect(lambda: self.show_step(self.state.step_index))
        dialog.open()

    def _timed_out(self, item: object) -> None:
        self.time_out_called.emit(item)
        self.page = None  # saved and sealed already
        self.close()

    def take_turn(self, speaker_id: str, kind: str) -> None:
        """Either of them takes the next turn in the same conflict: on to its hand-over."""
        try:
            add_turn(self.state, speaker_id, kind)
        except ValueError as error:
            show_error(self, error)
            return
        # The new turn's steps come where the choice was; the choice follows them.
        self.show_step(self.state.step_index)
        self.save()

    def drop_turn(self) -> None:
        """Take back the turn on screen (one after the first) and go back to the choice."""
        turn = steps(self.state)[self.state.step_index].turn
        drop_turn(self.state, turn)
        flow = steps(self.state)
        index = next(i for i, step in enumerate(flow) if step.kind is StepKind.TURNS)
        self.page = None
        self.show_step(index)
        self.save()

    def go_back(self) -> None:
        self.show_step(self.state.step_index - 1)

    # Saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Keep the repair as a draft (quick: one small write)."""
        self.autosave.stop()
        if self.agreement_id is not None:
            return
        try:
            if self.state.is_untouched():
                if self._kept:  # everything typed was taken out again
                    repair.discard_repair(self.household, self.state.id)
                    self._kept = False
                return
            repair.save_repair(self.household, self.state)
            self._kept = True
        except Exception as error:
            show_error(self, error)

    def finish(self) -> None:
        try:
            self.agreement_id = repair.finish_repair(self.household, self.state)
        except Exception as error:
            show_error(self, error)
            return
        self.autosave.stop()
        self._show_done()
        self.repair_finished.emit(self.agreement_id)

    def _show_done(self) -> None:
        done = QWidget()
        done.setObjectName("page_done")
        layout = QVBoxLayout(done)
        key = "steps.review.done_title" if self.state.is_couple else "steps.review.done_solo_title"
        layout.addWidget(heading(text(key), "doneTitle"))
        layout.addWidget(
            paragraph(text("steps.review.done_body", title=self.state.agreement_title))
        )
        self.saved_label = paragraph("", "pdfSavedLabel")
        layout.addWidget(self.saved_label)
        layout.addWidget(cherish_card(self.state.id, self.state.is_couple))
        layout.addStretch(1)
        self.scroller.setWidget(done)
        self.page = None
        self.missing_label.clear()
        self.back_button.setEnabled(False)
        self.save_button.setVisible(False)
        self.time_out_button.setVisible(False)  # nothing left to pause
        self.pdf_button.setVisible(True)
        self.next_button.setText(self.tr("&Close"))
        self.next_button.setAccessibleName(self.tr("Close"))
        self.next_button.setEnabled(True)
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(self.accept)
        self.pdf_button.setFocus()

    def export_pdf(self) -> None:
        if self.agreement_id is None:
            return

        def saved(path: Path) -> None:
            self.saved_label.setText(self.tr("Saved the PDF to {path}").format(path=path))
            offer_saved_file(self, path)

        open_export_dialog(self, self.household, self.agreement_id, self.runner, saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save()
        super().closeEvent(event)

    def reject(self) -> None:
        self.save()
        super().reject()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.go_next()
            return
        super().keyPressEvent(event)
