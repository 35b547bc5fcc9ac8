"""PDF export time: a three-page agreement against a minimal reportlab document, same fonts."""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from relate_desktop.export.agreement_pdf import agreement_pdf_bytes
from relate_desktop.export.fonts import Face, font_for
from tests.unit.export.samples import three_pages_in_every_script

pytestmark = pytest.mark.benchmark

RUNS = 7
# One line per bundled font, so the minimal document embeds (subsets) the same fonts.
LINES = {
    "Latin": "Zoë and Łukasz agree.",
    "Hebrew": "שלום",
    "Arabic": "\ufe8d\ufedf\ufeb4\ufefc\ufee1",  # already joined: reportlab draws it as given
    "CJK": "你好",
    "Emoji": "🙂",
}


def _minimal_pdf() -> bytes:
    buffer = io.BytesIO()
    story = []
    for sample in LINES.values():
        font = font_for(sample[0], Face.REGULAR)
        assert font is not None
        story.append(Paragraph(sample, ParagraphStyle(font, fontName=font, fontSize=10.5)))
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


FIRST_EXPORT = """
import time
start = time.perf_counter()
from relate_desktop.export.agreement_pdf import agreement_pdf_bytes
from tests.unit.export.samples import three_pages_in_every_script
agreement_pdf_bytes(three_pages_in_every_script())
print(time.perf_counter() - start)
"""


def _first_export_seconds() -> float:
    """In a fresh process: importing reportlab, loading the fonts, then the export."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST_EXPORT],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(3)
    ]
    return statistics.median(runs)


def _median_seconds(make: Callable[[], bytes]) -> float:
    make()  # warm: fonts registered and parsed once, as after the first export in the app
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        make()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_export_of_a_three_page_agreement_against_a_minimal_document() -> None:
    document = three_pages_in_every_script()
    assert len(PdfReader(io.BytesIO(agreement_pdf_bytes(document))).pages) == 3

    minimal = _median_seconds(_minimal_pdf)
    agreement = _median_seconds(lambda: agreement_pdf_bytes(document))
    first = _first_export_seconds()

    print(f"\nPDF export, median of {RUNS} runs (fonts already loaded):")
    print(f"  minimal reportlab document, same 5 fonts  {minimal * 1000:7.1f} ms   1.00x")
    print(
        f"  three-page agreement, every script        {agreement * 1000:7.1f} ms   "
        f"{agreement / minimal:.2f}x"
    )
    print(
        f"  the same, first export in a fresh process {first * 1000:7.1f} ms   "
        f"(imports reportlab, loads the fonts; median of 3)"
    )
