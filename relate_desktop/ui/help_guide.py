"""Help → Guide (F1): the repair, step by step, and the words the method uses, in two tabs.
Text only, read from domain.help in the language in use; nothing here is private."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain import help as help_text
from relate_desktop.ui.components import muted, padded, section_header
from relate_desktop.ui.design import MEASURE, SPACE
from relate_desktop.ui.widgets import fit_to_screen, paragraph


def _page(intro: str, sections: list[help_text.Section], name: str) -> QScrollArea:
    body = QWidget()
    body.setObjectName(name)
    layout = padded(QVBoxLayout(body), "l", "s")
    layout.addWidget(muted(paragraph(intro)))
    for section in sections:
        title = section_header(section.title)
        layout.addSpacing(SPACE["s"])
        layout.addWidget(title)
        words = paragraph(section.body)
        words.setAccessibleName(f"{section.title}: {section.body}")
        layout.addWidget(words)
    layout.addStretch(1)
    # A comfortable measure: lines of about MEASURE characters, however wide the window.
    body.setMaximumWidth(body.fontMetrics().averageCharWidth() * (MEASURE + 8))
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setWidget(body)
    scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return scroller


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(f"{help_text.text('title')} · {APP_NAME}")
        fit_to_screen(self, 720, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("helpTabs")
        self.tabs.addTab(
            _page(help_text.text("intro"), help_text.guide(), "helpGuide"),
            help_text.text("guide_tab"),
        )
        self.tabs.addTab(
            _page(help_text.text("glossary_intro"), help_text.glossary(), "helpGlossary"),
            help_text.text("glossary_tab"),
        )
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_glossary(self) -> None:
        self.tabs.setCurrentIndex(1)
