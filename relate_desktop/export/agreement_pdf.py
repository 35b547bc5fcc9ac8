"""The shared agreement as a calm A4 PDF a couple can keep or print, built with reportlab."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.models import AgreementDocument, Draft, DraftKind

__all__ = ["agreement_pdf_bytes", "render_agreement_pdf", "suggested_file_name"]

# --- Fonts -------------------------------------------------------------------------------------

FONT = "RelateSans"
FONT_BOLD = "RelateSans-Bold"
FONT_ITALIC = "RelateSans-Oblique"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}


@cache
def _register_fonts() -> None:
    """Register the bundled DejaVu faces once, so every glyph is embedded and accents work."""
    fonts_dir = resources_dir() / "fonts"
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir / file_name)))
    # There is no bold-oblique face in resources; bold stands in for it.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


# --- Look --------------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_SIDE = 2.4 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 2.2 * cm
FOOTER_Y = 1.2 * cm
FRAME_PADDING = 6  # platypus frames inset their content by this much
FOOTER_LEFT = MARGIN_SIDE + FRAME_PADDING
FOOTER_RIGHT = PAGE_WIDTH - MARGIN_SIDE - FRAME_PADDING

INK = colors.HexColor("#2e2b28")
SOFT_INK = colors.HexColor("#6f6a63")
ACCENT = colors.HexColor("#3f6f66")
RULE = colors.HexColor("#d8d2c8")
HEADER_FILL = colors.HexColor("#f1ede6")

# A section whose heading would land this close to the page bottom starts on the next page.
SECTION_MIN_ROOM = 4.5 * cm


@cache
def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10.5,
        leading=15,
        textColor=INK,
        alignment=TA_LEFT,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=26, leading=31, spaceAfter=4
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=16, leading=21, textColor=ACCENT, spaceAfter=10
        ),
        "meta": ParagraphStyle("meta", parent=body, fontSize=10, leading=14, textColor=SOFT_INK),
        "intro": ParagraphStyle(
            "intro", parent=body, fontName=FONT_ITALIC, textColor=SOFT_INK, spaceBefore=8
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=13,
            spaceAfter=5,
        ),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=12, borderPadding=0, spaceAfter=3),
        "signed": ParagraphStyle(
            "signed", parent=body, leftIndent=12, fontName=FONT_ITALIC, textColor=SOFT_INK
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=13.5),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=FONT_BOLD, fontSize=10, leading=13.5
        ),
        "check_in": ParagraphStyle("check_in", parent=body, leftIndent=4, spaceAfter=2),
        "caption": ParagraphStyle(
            "caption", parent=body, fontSize=9, leading=12, textColor=SOFT_INK
        ),
    }


# --- Text helpers ------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNSAFE_IN_FILE_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _markup(text: str) -> str:
    """User text made safe for Paragraph markup, with its line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL_CHARS.sub("", text).strip()
    return escape(text).replace("\n", "<br/>")


def format_day(moment: datetime) -> str:
    """'Sunday 29 November 2026', in English whatever the system locale. Times are shown as
    they were scheduled (with their own offset), not converted to the exporting computer's zone:
    the document travels."""
    return f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def format_moment(moment: datetime) -> str:
    """'Sunday 29 November 2026, 19:00'."""
    return f"{format_day(moment)}, {moment:%H:%M}"


def _join_names(names: Sequence[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _names(document: AgreementDocument) -> list[str]:
    return [person.name for person in document.people]


# --- Pages: footer with "Page x of y" ----------------------------------------------------------


class _NumberedCanvas(pdf_canvas.Canvas):  # type: ignore[misc]
    """Holds every page back until the end, so each footer can say how many pages there are."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(FOOTER_LEFT, FOOTER_Y + 11, FOOTER_RIGHT, FOOTER_Y + 11)
        self.setFillColor(SOFT_INK)
        self.setFont(FONT, 8)
        self.drawString(FOOTER_LEFT, FOOTER_Y, "Made with Relate")
        self.drawRightString(FOOTER_RIGHT, FOOTER_Y, f"Page {self._pageNumber} of {total}")
        self.restoreState()


# --- The story ---------------------------------------------------------------------------------


class _Section(KeepTogether):  # type: ignore[misc]
    """Kept whole when it fits. When it does not, it starts here only if there is room for the
    heading and a fair start of what follows; otherwise it moves to the next page."""

    def __init__(self, flowables: Sequence[Flowable], min_room: float) -> None:
        super().__init__(list(flowables))
        self._min_room = min_room

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        content: list[Flowable] = list(self._content)
        fits = available_height >= self._H
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if fits or at_top or available_height >= self._min_room:
            return content
        return [FrameBreak(), *content]


def _section(heading: str, content: Sequence[Flowable]) -> Flowable:
    """A heading that never sits alone at a page bottom; long content may still flow on."""
    styles = _styles()
    return _Section([Paragraph(escape(heading), styles["heading"]), *content], SECTION_MIN_ROOM)


def _header(document: AgreementDocument) -> list[Flowable]:
    styles = _styles()
    names = _names(document)
    made = f"Made on {format_day(document.agreement.created_at)}"
    if len(names) > 1:
        made += f", between {_join_names(names)}."
    elif names:
        made += f" by {names[0]}."
    else:
        made += "."
    if len(names) > 1:
        intro = (
            "After a hard moment we found our way back to each other. This is what we "
            "worked out, written down so we can come back to it."
        )
    else:
        intro = (
            "After a hard moment I found my way back to steadier ground. This is what I "
            "worked out, written down so I can come back to it."
        )
    flowables: list[Flowable] = [Paragraph("Our agreement", styles["title"])]
    title = _markup(document.agreement.title)
    if title:
        flowables.append(Paragraph(title, styles["subtitle"]))
    flowables += [
        Paragraph(_markup(made), styles["meta"]),
        Paragraph(intro, styles["intro"]),
    ]
    return flowables


def _what_happened(document: AgreementDocument) -> Flowable:
    styles = _styles()
    title = _markup(document.conflict_title) or "A hard moment between us"
    return _section(
        "What happened",
        [Paragraph(f"{title}, on {format_day(document.occurred_at)}.", styles["body"])],
    )


def _spoken(document: AgreementDocument, heading: str, draft: Draft) -> Flowable:
    styles = _styles()
    content: list[Flowable] = [
        Paragraph(_markup(draft.text) or "(Nothing was written down.)", styles["quote"]),
        Paragraph(f"— {_markup(document.name_of(draft.author_id))}", styles["signed"]),
    ]
    return _section(heading, content)


def _commitments(document: AgreementDocument) -> Flowable:
    styles = _styles()
    couple = len(document.people) > 1
    heading = "What we each commit to" if couple else "What I commit to"
    commitments = document.agreement.commitments
    if not commitments:
        return _section(heading, [Paragraph("Nothing written down yet.", styles["body"])])
    rows: list[list[Flowable]] = [
        [Paragraph(label, styles["cell_head"]) for label in ("Who", "What", "When")]
    ]
    for item in commitments:
        rows.append(
            [
                Paragraph(_markup(document.name_of(item.person_id)), styles["cell"]),
                Paragraph(_markup(item.action), styles["cell"]),
                Paragraph(_markup(item.when) or "—", styles["cell"]),
            ]
        )
    width = FOOTER_RIGHT - FOOTER_LEFT
    table = Table(
        rows,
        colWidths=[width * 0.2, width * 0.52, width * 0.28],
        repeatRows=1,
        splitInRow=1,  # a very long commitment may run over a page rather than fail
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return _section(heading, [table])


def _check_ins(document: AgreementDocument) -> list[Flowable]:
    styles = _styles()
    dates = sorted(follow_up.due_at for follow_up in document.agreement.follow_ups)
    if not dates:
        return []
    if len(document.people) > 1:
        lead = "We'll sit down together on these days and see how it is going:"
    else:
        lead = "I'll look back on these days and see how it is going:"
    items = [Paragraph(f"☐&nbsp;&nbsp;{format_moment(due)}", styles["check_in"]) for due in dates]
    # The heading, the lead and the first dates stay together; a long list flows on.
    return [_section("Check-ins", [Paragraph(lead, styles["body"]), Spacer(1, 4), *items])]


def _extra_sections(document: AgreementDocument) -> list[Flowable]:
    """Sections an owner chose to share; the document model only carries shareable ones."""
    styles = _styles()
    flowables: list[Flowable] = []
    for heading, text in document.extra_sections:
        body = _markup(text)
        if body:
            flowables.append(
                _section(_markup(heading) or "More", [Paragraph(body, styles["body"])])
            )
    return flowables


def _signatures(document: AgreementDocument) -> Flowable:
    styles = _styles()
    names = _names(document)
    couple = len(names) > 1
    content: list[Flowable] = [
        Paragraph("Our word" if couple else "My word", styles["heading"]),
        Paragraph(
            "We agree to this and will each do our part, with goodwill. If it stops "
            "working, we'll talk and change it together."
            if couple
            else "I agree to this and will do my part, with goodwill. If it stops "
            "working, I'll come back to it and change it.",
            styles["body"],
        ),
    ]
    confirmed = [document.name_of(pid) for pid in document.agreement.confirmed_by]
    if confirmed:
        content.append(
            Paragraph(_markup(f"Confirmed in Relate by {_join_names(confirmed)}."), styles["meta"])
        )
    content += [Spacer(1, 2), _signature_grid(names or [""])]
    return KeepTogether(content)


def _signature_grid(names: Sequence[str]) -> Flowable:
    """A line to sign on, the name under it and a date to fill in; two people side by side."""
    styles = _styles()
    width = FOOTER_RIGHT - FOOTER_LEFT
    gap = 1.2 * cm
    column = (width - gap) / 2
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for start in range(0, len(names), 2):
        pair = list(names[start : start + 2])
        top = len(rows)
        captions = [Paragraph(_markup(name), styles["caption"]) for name in pair]
        dates = [Paragraph("Date: ______________", styles["body"]) for _ in pair]
        for cells in ([""] * len(pair), captions, dates):
            # Columns: sign | gap | sign.
            rows.append([cells[0], "", cells[1] if len(cells) > 1 else ""])
        commands += [
            ("TOPPADDING", (0, top), (-1, top), 30),
            ("LINEBELOW", (0, top), (0, top), 0.7, INK),
            ("TOPPADDING", (0, top + 2), (-1, top + 2), 8),
        ]
        if len(pair) == 2:
            commands.append(("LINEBELOW", (2, top), (2, top), 0.7, INK))
    table = Table(rows, colWidths=[column, gap, column], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _story(document: AgreementDocument) -> list[Flowable]:
    story = _header(document)
    story.append(_what_happened(document))
    opening = document.opening
    if opening is not None:
        heading = "The apology" if opening.kind is DraftKind.APOLOGY else "What was asked"
        story.append(_spoken(document, heading, opening))
    if document.response is not None:
        story.append(_spoken(document, "The response", document.response))
    story += _extra_sections(document)
    story.append(_commitments(document))
    story += _check_ins(document)
    story.append(_signatures(document))
    return story


# --- Public API --------------------------------------------------------------------------------


def agreement_pdf_bytes(document: AgreementDocument) -> bytes:
    """The agreement as PDF bytes."""
    _register_fonts()
    buffer = io.BytesIO()
    names = _join_names(_names(document))
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=document.agreement.title or "Our agreement",
        subject="Relate agreement",
        creator="Relate",
        author=names,
        initialFontName=FONT,
    )
    template.build(_story(document), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def render_agreement_pdf(document: AgreementDocument, out: Path | BinaryIO) -> None:
    """Write the agreement PDF to a path or an open binary file."""
    data = agreement_pdf_bytes(document)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)


def suggested_file_name(document: AgreementDocument) -> str:
    """'Relate agreement - Phone-free dinners - 2026-11-22.pdf', safe on every file system."""
    day = document.agreement.created_at.date().isoformat()
    title = _UNSAFE_IN_FILE_NAME.sub(" ", document.agreement.title)
    title = " ".join(title.split()).strip(" .")
    prefix, suffix = "Relate agreement - ", f" - {day}.pdf"
    room = 80 - len(prefix) - len(suffix)
    if len(title) > room:
        title = title[: room - 1].rstrip(" .-") + "…"
    return f"{prefix}{title}{suffix}" if title else f"Relate agreement - {day}.pdf"
