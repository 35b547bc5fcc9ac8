"""The agreement PDF: its words, its pages, its metadata, its fonts and its file name."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from relate_desktop.domain.models import (
    Agreement,
    AgreementDocument,
    AgreementStatus,
    Commitment,
    Draft,
    DraftKind,
    FollowUp,
    Person,
)
from relate_desktop.export.agreement_pdf import (
    agreement_pdf_bytes,
    render_agreement_pdf,
    suggested_file_name,
)

ZOE = Person("p-zoe", "Zoë")
LUKASZ = Person("p-lukasz", "Łukasz")

OPENING = (
    "I love you and I want us to work. When you picked up your phone during dinner, "
    "I made up that you'd rather be somewhere else. I felt lonely. "
    "Je voudrais qu'on dîne ensemble, sans téléphones."
)
RESPONSE = "Well, of course I can. I'll leave my phone in the hall from now on, Zoë."


def local(*args: int) -> datetime:
    """An aware datetime on this computer's wall clock."""
    return datetime(*args).astimezone()  # type: ignore[arg-type]


def make_document(
    *,
    people: tuple[Person, ...] = (ZOE, LUKASZ),
    title: str = "Phone-free dinners",
    commitments: int = 0,
    follow_ups: int = 0,
) -> AgreementDocument:
    chosen = (
        tuple(
            Commitment(
                people[i % len(people)].id, f"Commitment number {i} " + "lorem " * 12, "daily"
            )
            for i in range(commitments)
        )
        if commitments
        else (
            Commitment(
                people[-1].id,
                "Leave my phone in the hall during dinner",
                "From tonight, for a month",
            ),
            Commitment(
                people[0].id, "Say it kindly when a phone shows up at the table", "Every dinner"
            ),
        )
    )
    first_check_in = local(2026, 11, 29, 19, 0)
    agreement = Agreement(
        id="a-1",
        conflict_id="c-1",
        title=title,
        created_at=local(2026, 11, 22, 20, 15),
        status=AgreementStatus.ACTIVE,
        commitments=chosen,
        confirmed_by=tuple(person.id for person in people),
        follow_ups=tuple(
            FollowUp(f"f-{i}", first_check_in + timedelta(days=7 * i))
            for i in range(max(follow_ups, 1))
        ),
    )
    return AgreementDocument(
        agreement=agreement,
        conflict_title="The argument about phones at dinner",
        occurred_at=local(2026, 11, 21, 19, 30),
        people=people,
        opening=Draft(
            "d-1", DraftKind.REQUEST, ZOE.id, LUKASZ.id if len(people) > 1 else None, {}, OPENING
        ),
        response=Draft("d-2", DraftKind.RESPONSE, people[-1].id, ZOE.id, {}, RESPONSE)
        if len(people) > 1
        else None,
    )


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_holds_the_names_the_title_and_the_words(tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(make_document(), out)
    text = flat(" ".join(page_texts(out)))

    for expected in (
        "Our agreement",
        "Phone-free dinners",
        "Zoë",
        "Łukasz",
        "Between Zoë and Łukasz".lower(),
        "The argument about phones at dinner",
        "Saturday 21 November 2026",
        "What was asked",
        "Je voudrais qu'on dîne ensemble",
        "I made up that you'd rather be somewhere else",
        "The response",
        "Well, of course I can.",
        "Leave my phone in the hall during dinner",
        "Say it kindly when a phone shows up at the table",
        "From tonight, for a month",
        "Sunday 29 November 2026, 19:00",
        "Date:",
        "Made with Relate",
        "Page 1 of",
    ):
        assert expected in text or expected in text.lower(), expected


def test_metadata_names_the_agreement_and_the_people(tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(make_document(), out)
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta.title == "Phone-free dinners"
    assert meta.subject == "Relate agreement"
    assert meta.author == "Zoë and Łukasz"
    assert meta.creator == "Relate"


def test_an_apology_gets_its_own_heading() -> None:
    document = make_document()
    assert document.opening is not None
    apology = Draft(
        "d-3", DraftKind.APOLOGY, LUKASZ.id, ZOE.id, {}, "I'm sorry I picked up my phone."
    )
    reader = PdfReader(io.BytesIO(agreement_pdf_bytes(_replace_opening(document, apology))))
    text = flat(reader.pages[0].extract_text())
    assert "The apology" in text
    assert "What was asked" not in text
    assert "I'm sorry I picked up my phone." in text


def _replace_opening(document: AgreementDocument, opening: Draft) -> AgreementDocument:
    from dataclasses import replace

    return replace(document, opening=opening)


def test_markup_characters_in_user_text_are_shown_not_parsed() -> None:
    document = make_document(title="Fish & chips <b>night</b>")
    text = flat(PdfReader(io.BytesIO(agreement_pdf_bytes(document))).pages[0].extract_text())
    assert "Fish & chips <b>night</b>" in text


def test_a_long_agreement_spans_pages_and_every_page_is_numbered(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    render_agreement_pdf(make_document(commitments=40, follow_ups=30), out)
    texts = [flat(text) for text in page_texts(out)]
    total = len(texts)
    assert total > 1
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    everything = " ".join(texts)
    assert "Commitment number 0" in everything
    assert "Commitment number 39" in everything
    # The table header repeats on every page the table reaches.
    table_pages = [t for t in texts if re.search(r"Commitment number \d+", t)]
    assert len(table_pages) > 1
    assert all("Who What When" in t for t in table_pages)


def test_one_person_renders(tmp_path: Path) -> None:
    out = tmp_path / "solo.pdf"
    with out.open("wb") as handle:
        render_agreement_pdf(make_document(people=(ZOE,)), handle)
    text = flat(" ".join(page_texts(out)))
    assert "Zoë" in text
    assert "Łukasz" not in text
    assert "What I commit to" in text
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta.author == "Zoë"


def test_suggested_file_name_is_safe_and_short() -> None:
    assert suggested_file_name(make_document()) == (
        "Relate agreement - Phone-free dinners - 2026-11-22.pdf"
    )
    name = suggested_file_name(make_document(title='a/b:c*d?"e<f>g|h\\i\x07'))
    assert not set('/\\:*?"<>|\x07') & set(name)
    assert name.startswith("Relate agreement - a b c")
    assert name.endswith(" - 2026-11-22.pdf")
    long_name = suggested_file_name(make_document(title="Very long title " * 20))
    assert len(long_name) <= 80
    assert long_name.endswith(" - 2026-11-22.pdf")
    assert suggested_file_name(make_document(title=" / ")) == "Relate agreement - 2026-11-22.pdf"


@pytest.mark.skipif(
    shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) not installed"
)
def test_every_font_is_embedded(tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(make_document(commitments=40, follow_ups=30), out)
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = listing[2:]  # two header lines
    assert rows, listing
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row), row


def test_check_ins_show_the_time_they_were_scheduled_for_not_the_exporting_computers() -> None:
    # Scheduled at 19:00 in Chicago; whatever zone this computer is in, the paper says 19:00.
    chicago = timezone(timedelta(hours=-6))
    document = make_document()
    check_in = FollowUp("f-chicago", datetime(2026, 11, 25, 19, 0, tzinfo=chicago))
    document = replace(document, agreement=replace(document.agreement, follow_ups=(check_in,)))
    text = flat(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(agreement_pdf_bytes(document))).pages
        )
    )
    assert "Wednesday 25 November 2026, 19:00" in text
