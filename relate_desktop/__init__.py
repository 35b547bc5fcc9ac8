"""Relate: repair after a fight, keep your promises, journal in private."""

__version__ = "0.1.0"
APP_NAME = "Relate"
