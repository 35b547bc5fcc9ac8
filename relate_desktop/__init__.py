"""Relate: repair after a fight, keep your promises, journal in private."""

__version__ = "0.1.0"
APP_NAME = "Relate"
APP_ID = "org.relatedesktop.Relate"  # desktop entry, icon and AppStream id
