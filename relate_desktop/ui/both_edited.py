"""Records edited on both computers before either saw the other's change: Home's caution banner
("2 things were edited on both computers") and the dialog to choose which version to keep.
Each record shows its kind in plain words and its versions (which computer, when, its title or
"deleted"), the one shown now marked; Keep this one settles it (services.sync.keep_version)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.sync import BothEdited
from relate_desktop.services import sync
from relate_desktop.services.household import Household
from relate_desktop.ui.components import (
    banner,
    card,
    chip,
    muted,
    padded,
    primary,
    section_header,
)
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.widgets import fit_to_screen, heading, paragraph

KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("BothEdited", "A person"),
    "conflict": QT_TRANSLATE_NOOP("BothEdited", "A conflict"),
    "perspective": QT_TRANSLATE_NOOP("BothEdited", "Someone's view of a conflict"),
    "draft": QT_TRANSLATE_NOOP("BothEdited", "A draft"),
    "agreement": QT_TRANSLATE_NOOP("BothEdited", "An agreement"),
    "follow_up": QT_TRANSLATE_NOOP("BothEdited", "A check-in"),
    "journal": QT_TRANSLATE_NOOP("BothEdited", "A journal entry"),
    "repair": QT_TRANSLATE_NOOP("BothEdited", "A repair in progress"),
    "time_out": QT_TRANSLATE_NOOP("BothEdited", "A time-out"),
    "reflection": QT_TRANSLATE_NOOP("BothEdited", "A private reflection"),
    "safety": QT_TRANSLATE_NOOP("BothEdited", "Safety check answers"),
}


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated now."""
    return QCoreApplication.translate("BothEdited", text)


def kind_label(kind: str) -> str:
    return _t(str(KIND_LABELS.get(kind, QT_TRANSLATE_NOOP("BothEdited", "A record"))))


class BothEditedBanner(QFrame):
    """Home's caution band while something waits for a choice."""

    choose = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("bothEditedBanner")
        banner(self, "caution")
        layout = padded(QHBoxLayout(self), "m", "m")
        self.label = QLabel()
        self.label.setObjectName("bothEditedText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Choose…"))
        primary(self.button)
        self.button.setObjectName("bothEditedChoose")
        self.button.clicked.connect(self.choose)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_count(self, count: int) -> None:
        self.label.setText(
            self.tr(
                "%n thing(s) edited on both computers: choose which version to keep.", "", count
            )
        )
        self.button.setAccessibleName(self.label.text())
        self.setVisible(count > 0)


class BothEditedDialog(QDialog):
    """Emits `settled` after each choice; accepted when nothing is left to choose."""

    settled = Signal()

    def __init__(self, household: Household, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("bothEditedDialog")
        self.setWindowTitle(self.tr("Edited on both computers"))
        self.household = household
        layout = padded(QVBoxLayout(self), "l", "m")
        layout.addWidget(heading(self.tr("Edited on both computers"), "bothEditedTitle"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These were changed on two computers before either saw the other's change. "
                    "Relate kept both versions and shows the newest for now. Choose the one to "
                    "keep, and the other is let go."
                ),
                "bothEditedIntro",
            )
        )
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.items = QVBoxLayout(body)
        self.items.setContentsMargins(0, 0, 0, 0)
        self.items.setSpacing(SPACE["m"])
        scroller.setWidget(body)
        layout.addWidget(scroller, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("bothEditedClose")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.found: list[BothEdited] = []
        self.setMinimumWidth(600)
        self.fill()
        fit_to_screen(self, 680, 440)

    def fill(self) -> None:
        while self.items.count():
            item = self.items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        try:
            self.found = sync.both_edited(self.household)
        except (RelateError, OSError) as error:
            show_error(self, error)
            self.found = []
        for index, record in enumerate(self.found):
            self.items.addWidget(self._record(index, record))
        if not self.found:
            self.items.addWidget(
                muted(paragraph(self.tr("Nothing is waiting for a choice."), "bothEditedNone"))
            )
        self.items.addStretch(1)

    def _record(self, index: int, record: BothEdited) -> QFrame:
        frame = card(QFrame())
        frame.setObjectName(f"bothEdited{index}")
        layout = padded(QVBoxLayout(frame), "l", "s")
        title = kind_label(record.kind)
        if record.space == "private":
            title = self.tr("{kind}, in your private space").format(kind=title)
        layout.addWidget(section_header(title, f"bothEditedKind{index}"))
        now = self.household.clock.now()
        for number, choice in enumerate(record.choices):
            row = QHBoxLayout()
            words = QVBoxLayout()
            shown = QLabel(self.tr("Deleted") if choice.deleted else choice.title or "—")
            shown.setObjectName(f"bothEditedTitle{index}_{number}")
            shown.setWordWrap(True)
            words.addWidget(shown)
            where = self.tr("On {computer}, {when}").format(
                computer=choice.device_name, when=self._when(choice.changed_at, now)
            )
            words.addWidget(muted(QLabel(where)))
            row.addLayout(words, 1)
            if number == 0:
                row.addWidget(chip(self.tr("Shown now"), f"bothEditedCurrent{index}"))
            keep = QPushButton(self.tr("Keep this one"))
            keep.setObjectName(f"bothEditedKeep{index}_{number}")
            keep.setAutoDefault(False)
            keep.setAccessibleName(
                self.tr("Keep the version from {computer}").format(computer=choice.device_name)
            )
            keep.clicked.connect(lambda _=False, r=record, v=choice.version: self.keep(r, v))
            row.addWidget(keep)
            layout.addLayout(row)
        return frame

    def _when(self, moment: datetime, now: datetime) -> str:
        local = moment.astimezone(now.tzinfo)
        if local.date() == now.date():
            return self.tr("today at {time}").format(time=local_text(local, "HH:mm"))
        return local_text(local, self.tr("d MMM yyyy, HH:mm"))

    def keep(self, record: BothEdited, version: str) -> None:
        try:
            sync.keep_version(self.household, record.kind, record.item_id, version)
        except (RelateError, OSError) as error:
            show_error(self, error)
        self.settled.emit()
        self.fill()
        if not self.found:
            self.accept()
