"""Dates in the interface's language (QLocale), not Python's, which is always English here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def local_text(moment: date | datetime, qt_format: str) -> str:
    """`moment` as its wall-clock time (a date: its midnight), in a Qt format ('dddd d MMMM,
    HH:mm'), with the day and month names of the current language."""
    at = QTime(moment.hour, moment.minute) if isinstance(moment, datetime) else QTime(0, 0)
    when = QDateTime(QDate(moment.year, moment.month, moment.day), at)
    return QLocale().toString(when, qt_format)
