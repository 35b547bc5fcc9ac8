"""Sections made when first shown (ui/lazy_pages.py): an unlock builds Home only; the others
are made in their place, once, when shown or asked for; nothing keeps a closed window alive."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.ui.lazy_pages import LazyPages


class Owner(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.made = 0
        self.stack = QStackedWidget(self)
        self.pages = LazyPages(self.stack)
        self.pages.add(QLabel("first"))
        self.pages.add(self.make)

    def make(self) -> QWidget:
        self.made += 1
        return QLabel("second")


def test_a_section_is_made_once_in_its_place(qtbot: QtBot) -> None:
    owner = Owner()
    qtbot.addWidget(owner)
    assert owner.stack.count() == 2
    assert owner.pages.made(1, QWidget) is None and owner.made == 0
    page = owner.pages.page(1)
    assert owner.made == 1 and owner.stack.count() == 2
    assert owner.stack.widget(1) is page and owner.pages.made(1, QLabel) is page
    assert owner.pages.page(1) is page and owner.made == 1


def test_sections_not_made_keep_no_cycle_through_their_owner() -> None:
    owner = Owner()
    gone = weakref.ref(owner)
    gc.disable()  # only reference counting may free it
    try:
        del owner
        assert gone() is None
    finally:
        gc.enable()
