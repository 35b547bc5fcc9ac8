"""Dates in the interface's language (QLocale), not Python's, which is always English here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def local_text(moment: datetime, qt_format: str) -> str:
    """`moment` as its wall-clock time, in a Qt format ('dddd d MMMM, HH:mm'), with the day and
    month names of the current language."""
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(when, qt_format)
