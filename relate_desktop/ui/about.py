"""Help → About Relate: the version, what Relate promises about data, and the licences of the
fonts and libraries it ships."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME, __version__
from relate_desktop.ui.appearance import app_icon, scaled_font

# (distribution name on PyPI, what it does for Relate, licence)
LIBRARIES = (
    (
        "PySide6-Essentials",
        QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: windows and widgets"),
        "LGPL-3.0",
    ),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "database access"), "MIT"),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "database upgrades"), "MIT"),
    (
        "sqlcipher3",
        QT_TRANSLATE_NOOP("AboutDialog", "SQLCipher: encrypted database files"),
        "zlib / BSD-style",
    ),
    (
        "cryptography",
        QT_TRANSLATE_NOOP("AboutDialog", "key wrapping (AES-GCM)"),
        "Apache-2.0 or BSD-3-Clause",
    ),
    ("argon2-cffi", QT_TRANSLATE_NOOP("AboutDialog", "passphrase hashing (Argon2id)"), "MIT"),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "agreement PDFs"), "BSD-3-Clause"),
    ("python-bidi", QT_TRANSLATE_NOOP("AboutDialog", "right-to-left text in PDFs"), "LGPL-3.0"),
    ("arabic-reshaper", QT_TRANSLATE_NOOP("AboutDialog", "Arabic letter shapes in PDFs"), "MIT"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "where data is kept"), "MIT"),
)

# (families, what they draw, licence)
FONTS = (
    (
        "DejaVu Sans",
        QT_TRANSLATE_NOOP("AboutDialog", "Latin, Greek, Cyrillic, symbols"),
        "Bitstream Vera / DejaVu licence",
    ),
    (
        "Noto Sans Hebrew, Noto Sans Arabic",
        QT_TRANSLATE_NOOP("AboutDialog", "Hebrew and Arabic"),
        "SIL Open Font License 1.1",
    ),
    (
        "Droid Sans Fallback",
        QT_TRANSLATE_NOOP("AboutDialog", "Chinese, Japanese, Korean"),
        "Apache License 2.0",
    ),
    ("Noto Emoji", QT_TRANSLATE_NOOP("AboutDialog", "emoji"), "SIL Open Font License 1.1"),
)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Relate"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Relate's icon"))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title_box = QVBoxLayout()
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setObjectName("aboutTitle")
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        title_box.addWidget(title)
        blurb = QLabel(
            self.tr(
                "A companion for repair after a fight, for keeping promises, and for "
                "journaling. Your data stays on this computer, encrypted with SQLCipher. "
                "Relate makes no network connections."
            )
        )
        blurb.setWordWrap(True)
        title_box.addWidget(blurb)
        top.addLayout(title_box, 1)
        layout.addLayout(top)

        self.credits = QTextBrowser()
        self.credits.setObjectName("aboutCredits")
        self.credits.setAccessibleName(self.tr("Licences of the fonts and libraries"))
        self.credits.setOpenLinks(False)
        self.credits.setHtml(self._credits_html())
        layout.addWidget(self.credits, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _credits_html(self) -> str:
        licence = self.tr(
            "Relate is free software under the GNU General Public License, version 3 or later."
        )
        fonts, libraries = self.tr("Fonts"), self.tr("Libraries")
        qt_note = self.tr(
            "Qt is © The Qt Company, used under the LGPL version 3. The full licence texts are "
            "in the resources/fonts folder and in each library."
        )
        rows = [f"<p>{escape(licence)}</p>", f"<h4>{escape(fonts)}</h4><ul>"]
        rows += [
            f"<li><b>{escape(family)}</b>: {escape(self.tr(str(what)))} ({escape(licence_name)})</li>"
            for family, what, licence_name in FONTS
        ]
        rows.append(f"</ul><h4>{escape(libraries)}</h4><ul>")
        for name, what, licence_name in LIBRARIES:
            version = _version(name)
            rows.append(
                f"<li><b>{escape(name)}</b> {escape(version)}: {escape(self.tr(str(what)))} "
                f"({escape(licence_name)})</li>"
            )
        rows.append(f"</ul><p>{escape(qt_note)}</p>")
        return "".join(rows)
