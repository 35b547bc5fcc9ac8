"""A journal as an A4 PDF, in the agreement's look and with its fonts (any script): the title,
the days, then each entry with its details and its text (headings, lists and paragraphs from
its Markdown; bold and italic marks are left out, the words stay)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from relate_desktop.domain import guide, journal_export
from relate_desktop.domain.journal_export import JournalDocument
from relate_desktop.domain.markdown_text import plain_line
from relate_desktop.export.agreement_pdf import (
    BODY,
    FOOTER,
    FOOTER_LEFT,
    FOOTER_RIGHT,
    FOOTER_Y,
    HEADING,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    META,
    RULE,
    TEXT_WIDTH,
    TITLE,
    _NumberedCanvas,
    _section,
)
from relate_desktop.export.fonts import Face, base_font
from relate_desktop.export.text import TextBlock, clean, draw_line, lay_out

__all__ = ["journal_pdf_bytes"]

_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
INNER_HEADING = replace(HEADING, space_before=4)
ITEM = replace(BODY, indent=14)


class _JournalCanvas(_NumberedCanvas):
    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(FOOTER_LEFT, FOOTER_Y + 11, FOOTER_RIGHT, FOOTER_Y + 11)
        self.setFillColor(FOOTER.color)
        (left,) = lay_out(journal_export.word("footer"), FOOTER, TEXT_WIDTH)
        (right,) = lay_out(
            guide.text("pdf.page", page=str(self._pageNumber), pages=str(total)),
            FOOTER,
            TEXT_WIDTH,
        )
        draw_line(self, left, FOOTER_LEFT, FOOTER_Y, FOOTER.size)
        draw_line(self, right, FOOTER_RIGHT - right.width, FOOTER_Y, FOOTER.size)
        self.restoreState()


def _body(markdown: str) -> list[Flowable]:
    """Paragraphs (lines joined until a blank line), list items with a bullet, headings."""
    out: list[Flowable] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(TextBlock(" ".join(paragraph), BODY))
            paragraph.clear()

    for line in markdown.splitlines():
        if not line.strip():
            flush()
        elif _HEADING.match(line):
            flush()
            out.append(TextBlock(plain_line(line), INNER_HEADING))
        elif match := _LIST_ITEM.match(line):
            flush()
            mark = match.group(2)
            bullet = "•" if mark in "-*+" else mark
            out.append(TextBlock(f"{bullet} {plain_line(line).strip()}", ITEM))
        else:
            paragraph.append(plain_line(line).strip())
    flush()
    return out


def _story(document: JournalDocument) -> list[Flowable]:
    story: list[Flowable] = [TextBlock(journal_export.word("title"), TITLE)]
    story += [TextBlock(line, META) for line in journal_export.heading_lines(document)]
    if not document.entries:
        story.append(TextBlock(journal_export.word("empty"), BODY))
    several = len(journal_export.writers(document)) > 1
    for entry in document.entries:
        title = " ".join(entry.title.split()) or journal_export.moment_text(entry.created_at)
        meta = " · ".join(journal_export.details(entry, document.names, several))
        story.append(
            _section(title, [TextBlock(meta, META), *_body(entry.body)], keep=2)
            if entry.body.strip()
            else _section(title, [TextBlock(meta, META)])
        )
    return story


def journal_pdf_bytes(document: JournalDocument) -> bytes:
    buffer = io.BytesIO()
    names = ", ".join(journal_export.writers(document))
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=journal_export.word("title"),
        subject=journal_export.word("subject"),
        creator="Relate",
        author=clean(names),
        initialFontName=base_font(Face.REGULAR),
    )
    canvas: Any = _JournalCanvas
    template.build(_story(document), canvasmaker=canvas)
    return buffer.getvalue()
