"""The shared agreement as a calm A4 PDF a couple can print, sign and keep, in any script."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import FrameBreak

from relate_desktop.domain import guide
from relate_desktop.domain.follow_ups import Repeat, outcome_words
from relate_desktop.domain.models import (
    AgreementDocument,
    CheckInRecord,
    Draft,
    DraftKind,
    FollowUp,
    FollowUpStatus,
)
from relate_desktop.export.fonts import Face, base_font
from relate_desktop.export.text import TextBlock, TextStyle, clean, draw_line, lay_out

__all__ = [
    "agreement_pdf_bytes",
    "format_day",
    "format_moment",
    "render_agreement_pdf",
    "suggested_file_name",
]

# --- Look --------------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_SIDE = 2.0 * cm
MARGIN_TOP = 1.6 * cm
MARGIN_BOTTOM = 1.9 * cm
FOOTER_Y = 1.0 * cm
FRAME_PADDING = 6  # platypus frames inset their content by this much
FOOTER_LEFT = MARGIN_SIDE + FRAME_PADDING
FOOTER_RIGHT = PAGE_WIDTH - MARGIN_SIDE - FRAME_PADDING
TEXT_WIDTH = FOOTER_RIGHT - FOOTER_LEFT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING

INK = colors.HexColor("#2e2b28")
SOFT_INK = colors.HexColor("#6f6a63")
ACCENT = colors.HexColor("#3f6f66")
RULE = colors.HexColor("#d8d2c8")
HEADER_FILL = colors.HexColor("#f1ede6")

BODY = TextStyle(size=10.5, leading=14, color=INK)
TITLE = TextStyle(size=20, leading=24, face=Face.BOLD, color=INK)
SUBTITLE = TextStyle(size=14, leading=18, color=ACCENT, space_after=2)
META = TextStyle(size=9.5, leading=13, color=SOFT_INK)
INTRO = TextStyle(size=10, leading=13.5, face=Face.ITALIC, color=SOFT_INK, space_before=3)
HEADING = TextStyle(
    size=12, leading=15, face=Face.BOLD, color=ACCENT, space_before=9, space_after=2
)
QUOTE = replace(BODY, indent=12)
SIGNED = TextStyle(size=10, leading=13.5, face=Face.ITALIC, color=SOFT_INK, indent=12)
CELL = TextStyle(size=10, leading=13, color=INK)
CELL_HEAD = replace(CELL, face=Face.BOLD)
CELL_SOFT = replace(CELL, color=SOFT_INK)
CELL_ITALIC = replace(CELL, face=Face.ITALIC)
CAPTION = TextStyle(size=9, leading=12, color=SOFT_INK)
FOOTER = TextStyle(size=8, leading=10, color=SOFT_INK)

CELL_PADDING = 6


def _t(key: str, **values: str) -> str:
    return guide.text(f"pdf.{key}", **values)


def _w(key: str, **values: str) -> str:
    """The PDF's words for turns, "both of us" and repeats (resources/text/turns.*)."""
    return guide.fill("turns", f"pdf.{key}", **values)


# --- Words -------------------------------------------------------------------------------------

_UNSAFE_IN_FILE_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')


def format_day(moment: datetime) -> str:
    """'Sunday 29 November 2026', in the document's language whatever the system locale. Times
    are shown as they were scheduled (with their own offset), not converted to the exporting
    computer's zone: the document travels."""
    weekday = guide.texts("pdf.weekdays")[moment.weekday()]
    month = guide.texts("pdf.months")[moment.month - 1]
    return guide.text(
        "pdf.day_format", weekday=weekday, day=str(moment.day), month=month, year=str(moment.year)
    )


def format_moment(moment: datetime) -> str:
    """'Sunday 29 November 2026, 19:00'."""
    return f"{format_day(moment)}, {moment:%H:%M}"


def _join_names(names: Sequence[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {_t('and')} {names[-1]}"


def _names(document: AgreementDocument) -> list[str]:
    return [person.name for person in document.people]


def _couple(document: AgreementDocument) -> bool:
    return len(document.people) > 1


def _by_couple(document: AgreementDocument, key: str) -> str:
    return _t(f"{key}_couple" if _couple(document) else f"{key}_solo")


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
        self.setFillColor(FOOTER.color)
        (left,) = lay_out(_t("footer"), FOOTER, TEXT_WIDTH)
        (right,) = lay_out(
            _t("page", page=str(self._pageNumber), pages=str(total)), FOOTER, TEXT_WIDTH
        )
        draw_line(self, left, FOOTER_LEFT, FOOTER_Y, FOOTER.size)
        draw_line(self, right, FOOTER_RIGHT - right.width, FOOTER_Y, FOOTER.size)
        self.restoreState()


# --- Keeping things together -------------------------------------------------------------------


class _Section(KeepTogether):  # type: ignore[misc]
    """A heading and its content: whole when it fits. Otherwise the heading goes down the page
    only with the start of its content (the first `keep` items whole, or the last of them split:
    its first lines, a table's first rows) and the rest flows on; when even that does not fit,
    the section starts on the next page. A heading never ends a page."""

    def __init__(self, flowables: Sequence[Flowable], keep: int = 1) -> None:
        super().__init__(list(flowables))
        self._keep = max(1, keep)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        everything: list[Flowable] = list(self._content)
        if available_height >= self._H:
            return everything
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        start = self._start(everything, available_width, available_height)
        if start is not None:
            return start
        return everything if at_top else [FrameBreak(), *everything]

    def _start(self, items: list[Flowable], width: float, height: float) -> list[Flowable] | None:
        """The section with its opening placed in `height`, or None if it does not fit."""
        heading, *content = items
        kept, rest = content[: self._keep], content[self._keep :]
        room = height - heading.wrap(width, height)[1] - heading.getSpaceAfter()
        placed: list[Flowable] = [heading]
        for item in kept[:-1]:
            room -= item.getSpaceBefore()
            needed = item.wrap(width, room)[1]
            if needed > room:
                return None
            placed.append(item)
            room -= needed + item.getSpaceAfter()
        last = kept[-1]
        room -= last.getSpaceBefore()
        if room <= 0:
            return None
        if last.wrap(width, room)[1] <= room:
            return [*placed, last, *rest]
        parts: list[Flowable] = last.split(width, room)
        return [*placed, *parts, *rest] if parts else None


class _KeptWithSignatures(KeepTogether):  # type: ignore[misc]
    """The agreement's last sections and its signatures: on one page when they fit on one
    (moved to the next page whole otherwise); when they are longer than a page, the sections
    flow and the last one still goes with the signatures. (KeepTogether cannot hold _Sections:
    their wrap reports an endless height, so this one measures what they hold.)"""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._H = sum(self._natural(item, available_width) for item in self._content)
        # Like KeepTogether: the space before the first line is the frame's to give or drop.
        self._H -= self._content[0].getSpaceBefore() if self._content else 0
        self._wrapInfo = (available_width, available_height)
        return available_width, 0xFFFFFF

    def _natural(self, item: Flowable, width: float) -> float:
        if isinstance(item, KeepTogether):
            # Its spacing is its first and last item's, counted there.
            return float(sum(self._natural(part, width) for part in item._content))
        height = item.wrapOn(self.canv, width, 0xFFFFFF)[1]
        return float(height + item.getSpaceBefore() + item.getSpaceAfter())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        items: list[Flowable] = list(self._content)
        if available_height >= self._H:
            return [leaf for item in items for leaf in _leaves(item)]
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if self._H <= FRAME_HEIGHT and not at_top:
            return [FrameBreak(), *items]
        # The frame places the first thing returned as it is: open the first section here.
        rest = [*items[1:-2], _KeptWithSignatures(items[-2:])] if len(items) > 2 else items[1:]
        first = items[0]
        if isinstance(first, KeepTogether):
            first.wrapOn(self.canv, available_width, available_height)
            return [*first.split(available_width, available_height), *rest]
        return [first, *rest]


def _leaves(item: Flowable) -> list[Flowable]:
    if isinstance(item, KeepTogether):
        return [leaf for part in item._content for leaf in _leaves(part)]
    return [item]


def _section(heading: str, content: Sequence[Flowable], keep: int = 1) -> Flowable:
    return _Section([TextBlock(heading, HEADING), *content], keep)


def _table_base() -> list[tuple[Any, ...]]:
    # Empty cells still set a font: the base one, so no unembedded Helvetica sneaks in.
    return [
        ("FONTNAME", (0, 0), (-1, -1), base_font(Face.REGULAR)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]


class _RowTable(Table):  # type: ignore[misc]
    """A table that breaks between rows, never inside one (a commitment or a check-in stays
    whole), unless a row is taller than a page: that one may run over rather than fail."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(available_width, available_height)
        if parts or not self._has_a_row_taller_than_a_page():
            return parts
        self.splitInRow = 1
        parts = super().split(available_width, available_height)
        return parts

    def _has_a_row_taller_than_a_page(self) -> bool:
        heights = list(getattr(self, "_rowHeights", None) or [])
        header = sum(heights[: self.repeatRows])
        return any(height > FRAME_HEIGHT - header for height in heights[self.repeatRows :])


def _table(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    """A plain ruled table; its header row repeats on each page it reaches."""
    table = _RowTable(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        *_table_base(),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    table.setStyle(TableStyle(commands))
    return table


# --- The story ---------------------------------------------------------------------------------


def _header(document: AgreementDocument) -> list[Flowable]:
    names = _names(document)
    day = format_day(document.agreement.created_at)
    if len(names) > 1:
        made = _t("made_couple", day=day, names=_join_names(names))
    elif names:
        made = _t("made_solo", day=day, name=names[0])
    else:
        made = _t("made_nobody", day=day)
    flowables: list[Flowable] = [TextBlock(_by_couple(document, "title"), TITLE)]
    if document.agreement.title.strip():
        flowables.append(TextBlock(document.agreement.title, SUBTITLE))
    flowables += [TextBlock(made, META), TextBlock(_by_couple(document, "intro"), INTRO)]
    return flowables


def _what_happened(document: AgreementDocument) -> Flowable:
    title = document.conflict_title.strip() or _t("untitled_conflict")
    line = _t("happened_on", title=title, day=format_day(document.occurred_at))
    content: list[Flowable] = [TextBlock(line, BODY)]
    if document.what_happened.strip():
        content.append(TextBlock(document.what_happened.strip(), QUOTE))
    return _section(_t("what_happened"), content)


def _turns(document: AgreementDocument) -> list[Flowable]:
    """Each turn in order: the request or apology, then the response or its receiving."""
    turns = document.turns or (
        (tuple(d for d in (document.opening, document.response) if d is not None),)
    )
    numbered = len(turns) > 1
    flowables: list[Flowable] = []
    for number, turn in enumerate(turns, 1):
        opening = next((d for d in turn if d.kind is not DraftKind.RESPONSE), None)
        for draft in turn:
            if draft.kind is DraftKind.APOLOGY:
                heading = _t("apology")
            elif draft.kind is DraftKind.REQUEST:
                heading = _t("asked")
            elif opening is not None and opening.kind is DraftKind.APOLOGY:
                heading = _w("receiving")
            else:
                heading = _t("response")
            if numbered:
                heading = f"{_w('turn', n=str(number))} · {heading}"
            flowables.append(_spoken(document, heading, draft))
    return flowables


def _spoken(document: AgreementDocument, heading: str, draft: Draft) -> Flowable:
    return _section(
        heading,
        [
            TextBlock(draft.text.strip() or _t("nothing_written"), QUOTE),
            TextBlock(_t("signed_by", name=document.name_of(draft.author_id)), SIGNED),
        ],
    )


def _commitments(document: AgreementDocument) -> Flowable:
    heading = _by_couple(document, "commitments")
    commitments = document.agreement.commitments
    if not commitments:
        return _section(heading, [TextBlock(_t("no_commitments"), BODY)])
    rows: list[list[Any]] = [[TextBlock(_t(key), CELL_HEAD) for key in ("who", "what", "when")]]
    for item in commitments:
        rows.append(
            [
                TextBlock(_w("both") if item.both else document.name_of(item.person_id), CELL),
                TextBlock(item.action, CELL),
                TextBlock(item.when.strip() or "—", CELL),
            ]
        )
    return _section(heading, [_table(rows, _fractions(0.2, 0.52, 0.28))])


def _fractions(*parts: float) -> list[float]:
    return [TEXT_WIDTH * part for part in parts]


def _follow_up_dates(document: AgreementDocument) -> list[Flowable]:
    """The days to check in, with a box to tick; ones already done are ticked."""
    if not document.follow_ups:
        return []

    def cell(follow_up: FollowUp) -> TextBlock:
        mark = {FollowUpStatus.DONE: "☑", FollowUpStatus.SKIPPED: "☒"}.get(follow_up.status, "☐")
        when = format_moment(follow_up.due_at)
        if follow_up.repeat is not Repeat.NONE and follow_up.status is FollowUpStatus.PENDING:
            when = _w("repeats", when=when, repeat=_w(f"repeat_{follow_up.repeat.value}"))
        return TextBlock(f"{mark}  {when}", BODY)

    cells = [cell(follow_up) for follow_up in document.follow_ups]
    # Two columns, read left to right: a month of weekly check-ins takes two lines, not four.
    # One when a check-in repeats (its line says so) or there is only one.
    repeats = any(f.repeat is not Repeat.NONE for f in document.follow_ups)
    columns = 1 if repeats or len(cells) == 1 else 2
    rows = [
        cells[i : i + columns] + [""] * (columns - len(cells[i : i + columns]))
        for i in range(0, len(cells), columns)
    ]
    widths = _fractions(1.0) if columns == 1 else _fractions(0.5, 0.5)
    grid = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=0)
    grid.setStyle(
        TableStyle(
            [
                *_table_base(),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    lead = TextBlock(_by_couple(document, "follow_ups_lead"), replace(BODY, space_after=2))
    return [_section(_t("follow_ups"), [lead, grid], keep=2)]


def _check_in_history(document: AgreementDocument) -> list[Flowable]:
    """What was said at the check-ins that have happened: outcome, note and appreciations."""
    if not document.check_ins:
        return []
    header = [
        TextBlock(_t("history_when"), CELL_HEAD),
        TextBlock(_by_couple(document, "history_how"), CELL_HEAD),
    ]
    rows: list[list[Any]] = [header]
    for check_in in document.check_ins:
        rows.append([_check_in_when(check_in), _check_in_what(document, check_in)])
    return [_section(_t("history"), [_table(rows, _fractions(0.38, 0.62))])]


def _check_in_when(check_in: CheckInRecord) -> list[Flowable]:
    status = _t("skipped") if check_in.status is FollowUpStatus.SKIPPED else _t("done")
    return [TextBlock(format_day(check_in.due_at), CELL), TextBlock(status, CELL_SOFT)]


def _check_in_what(document: AgreementDocument, check_in: CheckInRecord) -> list[Flowable]:
    content: list[Flowable] = []
    outcome = outcome_words(check_in.outcome)
    if outcome:
        content.append(TextBlock(outcome, CELL))
    decision = outcome_words(check_in.decision.value) if check_in.decision else ""
    if decision:
        content.append(TextBlock(decision, CELL))
    if check_in.note.strip():
        content.append(TextBlock(check_in.note, CELL))
    for answer in check_in.answers:
        if answer.saw.strip():
            seen = f"{_w('saw_by', name=document.name_of(answer.person_id))} {answer.saw.strip()}"
            content.append(TextBlock(seen, CELL))
    for appreciation in check_in.appreciations:
        if appreciation.text.strip():
            said = _t(
                "appreciated",
                name=document.name_of(appreciation.person_id),
                text=appreciation.text.strip(),
            )
            content.append(TextBlock(said, CELL_ITALIC))
    return content or [TextBlock("—", CELL_SOFT)]


def _extra_sections(document: AgreementDocument) -> list[Flowable]:
    """Sections an owner chose to share; the document model only carries shareable ones."""
    return [
        _section(heading.strip() or _t("more"), [TextBlock(text, BODY)])
        for heading, text in document.extra_sections
        if text.strip()
    ]


def _signatures(document: AgreementDocument) -> Flowable:
    """The promise, who confirmed it in the app, and a line for each person to sign. Never split
    across pages."""
    names = _names(document)
    content: list[Flowable] = [
        TextBlock(_by_couple(document, "word"), HEADING),
        TextBlock(_by_couple(document, "promise"), BODY),
    ]
    confirmed = [document.name_of(pid) for pid in document.agreement.confirmed_by]
    if confirmed:
        content.append(TextBlock(_t("confirmed", names=_join_names(confirmed)), META))
    content.append(_signature_grid(names or [""]))
    return KeepTogether(content)


def _signature_grid(names: Sequence[str]) -> Flowable:
    """A line to sign on, the name under it and a date to fill in; two people side by side."""
    gap = 1.2 * cm
    column = (TEXT_WIDTH - gap) / 2
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        *_table_base(),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for start in range(0, len(names), 2):
        pair = list(names[start : start + 2])
        top = len(rows)
        captions: list[Any] = [TextBlock(name, CAPTION) for name in pair]
        dates: list[Any] = [TextBlock(_t("date_line"), BODY) for _ in pair]
        for cells in ([""] * len(pair), captions, dates):
            # Columns: sign | gap | sign.
            rows.append([cells[0], "", cells[1] if len(cells) > 1 else ""])
        commands += [
            ("TOPPADDING", (0, top), (-1, top), 26),
            ("LINEBELOW", (0, top), (0, top), 0.7, INK),
            ("TOPPADDING", (0, top + 2), (-1, top + 2), 4),
        ]
        if len(pair) == 2:
            commands.append(("LINEBELOW", (2, top), (2, top), 0.7, INK))
    table = Table(rows, colWidths=[column, gap, column], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _story(document: AgreementDocument) -> list[Flowable]:
    story = _header(document)
    story.append(_what_happened(document))
    story += _turns(document)
    story += _extra_sections(document)
    # What each commits to, the check-in plan and the signatures stay on one page when they
    # fit on one: a signature block never sits alone on the next page.
    story.append(
        _KeptWithSignatures(
            [
                _commitments(document),
                *_follow_up_dates(document),
                *_check_in_history(document),
                _signatures(document),
            ]
        )
    )
    return story


# --- Public API --------------------------------------------------------------------------------


def agreement_pdf_bytes(document: AgreementDocument) -> bytes:
    """The agreement as PDF bytes."""
    buffer = io.BytesIO()
    names = _join_names(_names(document))
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=" ".join(clean(document.agreement.title).split()) or _by_couple(document, "title"),
        subject=_t("subject"),
        creator="Relate",
        author=clean(names),
        initialFontName=base_font(Face.REGULAR),
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
    title = _UNSAFE_IN_FILE_NAME.sub(" ", clean(document.agreement.title))
    title = " ".join(title.split()).strip(" .")
    prefix, suffix = f"{_t('file_prefix')} - ", f" - {day}.pdf"
    room = 80 - len(prefix) - len(suffix)
    if len(title) > room:
        title = title[: room - 1].rstrip(" .-") + "…"
    return f"{prefix}{title}{suffix}" if title else f"{_t('file_prefix')} - {day}.pdf"
