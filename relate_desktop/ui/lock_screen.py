"""The neutral screen shown while Relate is locked: no names, no titles, nothing private."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from relate_desktop import APP_NAME
from relate_desktop.domain.guide import text
from relate_desktop.ui.appearance import scaled_font, tone
from relate_desktop.ui.widgets import fit_to_screen


class LockScreen(QWidget):
    """A plain window. Enter (or the button) asks to unlock."""

    unlock_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self.setWindowTitle(APP_NAME)  # task switchers show titles: nothing more than the name
        fit_to_screen(self, 1000, 700)
        self.setStyleSheet(f"QWidget#lockScreen {{ background: {tone('surface')}; }}")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(text("lock.title"))
        title.setObjectName("lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet(f"color: {tone('muted')};")
        title.setFont(scaled_font(title.font(), 2.0))
        layout.addWidget(title)
        body = QLabel(text("lock.body"))
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setStyleSheet(f"color: {tone('muted')};")
        layout.addWidget(body)
        self.button = QPushButton(text("lock.unlock"))
        self.button.setObjectName("lockUnlockButton")
        self.button.setFixedWidth(160)
        self.button.clicked.connect(self.unlock_requested)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.unlock_requested.emit()
            return
        super().keyPressEvent(event)
