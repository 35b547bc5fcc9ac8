"""Packs the rendered PNGs (resources/icons) into relate.ico for the Windows installer."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    # Qt writes .ico with the sizes of the image it is given; 256 px is what Windows scales from.
    image = QImage(str(ROOT / "resources" / "icons" / "relate-256.png"))
    out = Path(__file__).resolve().parent / "relate.ico"
    if not image.save(str(out), "ICO"):
        sys.exit("could not write relate.ico (Qt's ico image plugin is missing)")
    print(f"wrote {out}")
