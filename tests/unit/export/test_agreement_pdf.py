"""The agreement PDF: its words in every script, its pages, its metadata, fonts and file name."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from relate_desktop.domain.models import AgreementDocument, Draft, DraftKind, FollowUp
from relate_desktop.export.agreement_pdf import (
    agreement_pdf_bytes,
    render_agreement_pdf,
    suggested_file_name,
)
from tests.unit.export.samples import (
    CYRILLIC,
    GREEK,
    JAPANESE,
    KOREAN,
    LONG_OPENING,
    LUKASZ,
    ZOE,
    common_document,
    long_document,
    make_document,
    many_scripts_document,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdffonts, pdftoppm) not installed",
)


def page_texts(source: Path | AgreementDocument) -> list[str]:
    """Each page's extracted text, whitespace collapsed."""
    if isinstance(source, Path):
        reader = PdfReader(source)
    else:
        reader = PdfReader(io.BytesIO(agreement_pdf_bytes(source)))
    return [flat(page.extract_text()) for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_holds_the_names_the_title_and_the_words(tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(make_document(), out)
    text = " ".join(page_texts(out))

    for expected in (
        "Our agreement",
        "Phone-free dinners",
        "Zoë",
        "Łukasz",
        "between Zoë and Łukasz",
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
        "Our word",
        "Confirmed in Relate by Zoë and Łukasz.",
        "Date:",
        "Made with Relate",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_metadata_names_the_agreement_and_the_people(tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(make_document(), out)
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta.title == "Phone-free dinners"
    assert meta.subject == "Relate agreement"
    assert meta.author == "Zoë and Łukasz"
    assert meta.creator == "Relate"


def test_metadata_keeps_a_title_in_any_script() -> None:
    document = many_scripts_document()
    meta = PdfReader(io.BytesIO(agreement_pdf_bytes(document))).metadata
    assert meta is not None
    assert meta.title == "Dîners sans téléphone 🍽️"
    assert meta.author == "María José and יעל"


def test_names_and_sentences_in_every_script_come_out_intact() -> None:
    text = " ".join(page_texts(many_scripts_document()))
    for expected in (
        "María José",
        "Dîners sans téléphone",
        "🍽",
        "🙂",
        "你好",
        "每天晚上一起吃饭，不看手机。",
        JAPANESE,
        KOREAN,
        GREEK,
        CYRILLIC,
        "יעל",
        "שלום",
        "אני אוהבת אותך",
        "להשאיר את הטלפון במסדרון בזמן ארוחת הערב",
        "Dire gentiment « pas de téléphone » à table",
    ):
        assert expected in text, expected
    # Arabic is drawn in its joined (presentation) forms; read back, it is the same text.
    assert "بالعالم" in unicodedata.normalize("NFKC", text)


def test_an_apology_gets_its_own_heading() -> None:
    apology = Draft(
        "d-3", DraftKind.APOLOGY, LUKASZ.id, ZOE.id, {}, "I'm sorry I picked up my phone."
    )
    (text,) = page_texts(replace(make_document(), opening=apology))
    assert "The apology" in text
    assert "What was asked" not in text
    assert "I'm sorry I picked up my phone." in text


def test_lone_surrogates_from_an_imported_file_do_not_stop_the_export() -> None:
    document = replace(make_document(title="Dishes \ud83d again"), conflict_title="a\udfffb")
    (text,) = page_texts(document)
    assert "Dishes \ufffd again" in text
    assert suggested_file_name(document).startswith("Relate agreement - Dishes \ufffd again")


def test_markup_characters_in_user_text_are_shown_not_parsed() -> None:
    (text,) = page_texts(make_document(title="Fish & chips <b>night</b>"))
    assert "Fish & chips <b>night</b>" in text


def test_left_out_parts_are_not_in_the_pdf() -> None:
    document = replace(make_document(follow_ups=3, done=1), response=None, follow_ups=())
    document = replace(document, check_ins=())
    text = " ".join(page_texts(document))
    assert "The response" not in text
    assert "Well, of course I can." not in text
    assert "Check-ins" not in text
    assert "How the check-ins went" not in text
    assert "What we each commit to" in text


def test_check_in_history_shows_outcome_note_and_appreciations() -> None:
    text = " ".join(page_texts(make_document(follow_ups=3, done=2)))
    assert "How the check-ins went" in text
    assert "Kept as it is." in text
    assert "Check-in note 1: dinners were calmer this week." in text
    assert "Zoë appreciated: Thank you for check-in 0, it meant a lot." in text
    assert "Łukasz appreciated: Thank you for check-in 1, it meant a lot." in text
    assert "☑ Sunday 29 November 2026, 19:00" in text
    assert "☐ Sunday 13 December 2026, 19:00" in text


def test_sections_an_owner_chose_to_share_are_shown() -> None:
    document = replace(make_document(), extra_sections=(("My reflection", "I learned this."),))
    (text,) = page_texts(document)
    assert "My reflection I learned this." in text


def test_a_common_agreement_fits_on_one_page() -> None:
    # A request, a response, three commitments and three check-ins: this used to push the
    # signatures onto a page of their own.
    texts = page_texts(common_document())
    assert len(texts) == 1
    assert "Our word" in texts[0]
    assert texts[0].count("Date:") == 2


def test_a_long_agreement_spans_pages_and_every_page_is_numbered(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    render_agreement_pdf(make_document(commitments=40, follow_ups=30), out)
    texts = page_texts(out)
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


def _page_of(texts: list[str], needle: str) -> int:
    pages = [number for number, text in enumerate(texts) if needle in text]
    assert pages, needle
    return pages[0]


def test_a_long_agreement_breaks_cleanly() -> None:
    texts = page_texts(long_document())
    assert len(texts) == 3
    # Each heading lands on the page of its first content: no heading alone at a page bottom.
    for heading, first_content in (
        ("What was asked", "I love you and I want us to work"),
        ("The response", "What I heard is that you felt alone"),
        ("What we each commit to", "Commitment number 0"),
        ("Check-ins", "We'll sit down together"),
        ("Check-ins", "Sunday 29 November 2026, 19:00"),
        ("How the check-ins went", "Check-in note 0"),
        ("Our word", "We agree to this"),
    ):
        assert _page_of(texts, heading) == _page_of(texts, first_content), heading
    # The signature block is whole: the promise, both names and both date lines on one page.
    last = texts[_page_of(texts, "Our word")]
    assert "Confirmed in Relate by Zoë and Łukasz." in last
    assert last.count("Date:") == 2
    assert all("Date:" not in text for text in texts[:-1])


def test_a_check_in_or_a_commitment_is_never_cut_in_two() -> None:
    texts = page_texts(long_document())
    for i in range(8):
        page = _page_of(texts, f"Check-in note {i}:")
        assert f"Łukasz appreciated: Thank you for check-in {i}, it meant a lot." in texts[page]
    for i in range(14):
        page = _page_of(texts, f"Commitment number {i} ")
        assert re.search(rf"Commitment number {i} (lorem ){{12}}", texts[page]), i
    # A table's header shows once per page: at its top, never again halfway down.
    for text in texts:
        assert text.count("Check-in What we said") <= 1
        assert text.count("Who What When") <= 1


def test_a_commitment_longer_than_a_page_runs_over_rather_than_fails() -> None:
    document = make_document()
    huge = replace(document.agreement.commitments[0], action="A very long promise. " * 700)
    agreement = replace(document.agreement, commitments=(huge,))
    texts = page_texts(replace(document, agreement=agreement))
    assert len(texts) >= 3
    assert texts[-1].count("Date:") == 2


def test_a_long_paragraph_flows_on_without_a_lonely_line() -> None:
    long_request = " ".join(f"Sentence {i} of a long request, said with care." for i in range(220))
    texts = page_texts(make_document(opening=long_request))
    assert len(texts) >= 2
    # The paragraph goes on over the page: its first sentence on page 1, its last one after.
    assert _page_of(texts, "Sentence 0 of") == 0
    assert _page_of(texts, "Sentence 219 of") >= 1


def test_one_person_renders(tmp_path: Path) -> None:
    out = tmp_path / "solo.pdf"
    with out.open("wb") as handle:
        render_agreement_pdf(make_document(people=(ZOE,)), handle)
    text = " ".join(page_texts(out))
    assert "Zoë" in text
    assert "Łukasz" not in text
    assert "My agreement" in text
    assert "What I commit to" in text
    assert "My word" in text
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


@needs_poppler
@pytest.mark.parametrize("name", ["many_scripts", "long"])
def test_every_font_is_embedded(tmp_path: Path, name: str) -> None:
    document = many_scripts_document() if name == "many_scripts" else long_document()
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(document, out)
    result = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    assert result.stderr == ""  # e.g. no "invalid hex string" from a broken ToUnicode map
    rows = result.stdout.splitlines()[2:]  # two header lines
    assert rows, result.stdout
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes)\s+\d+\s+\d+\s*$", row), row
    if name == "many_scripts":
        listed = result.stdout
        for family in (
            "DejaVuSans",
            "NotoSansHebrew",
            "NotoSansArabic",
            "DroidSansFallback",
            "NotoEmoji",
        ):
            assert family in listed, family


@needs_poppler
def test_the_pdf_renders_to_pictures(tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    render_agreement_pdf(many_scripts_document(), out)
    result = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == ""
    pictures = sorted(tmp_path.glob("page-*.png"))
    assert len(pictures) == 1
    assert pictures[0].read_bytes().startswith(b"\x89PNG")


def test_check_ins_show_the_time_they_were_scheduled_for_not_the_exporting_computers() -> None:
    # Scheduled at 19:00 in Chicago; whatever zone this computer is in, the paper says 19:00.
    chicago = timezone(timedelta(hours=-6))
    check_in = FollowUp("f-chicago", datetime(2026, 11, 25, 19, 0, tzinfo=chicago))
    document = replace(make_document(), follow_ups=(check_in,))
    assert "Wednesday 25 November 2026, 19:00" in " ".join(page_texts(document))


def test_the_signatures_never_sit_alone_on_a_page() -> None:
    # Openings of every length from a few lines to a page and more: wherever the page breaks,
    # the signature block shares its page with what it signs (the check-in plan at least).
    for sentences in range(0, 40, 3):
        opening = LONG_OPENING + " And one more thing I want to say about it." * sentences
        texts = page_texts(make_document(opening=opening, follow_ups=3))
        signed = texts[_page_of(texts, "Our word")]
        assert "Check-ins" in signed or "What we each commit to" in signed, sentences
        assert signed.count("Date:") == 2


def test_what_happened_turns_both_of_us_and_a_monthly_repeat_are_in_the_pdf() -> None:
    from relate_desktop.domain.follow_ups import Repeat
    from relate_desktop.domain.models import Commitment

    document = make_document(follow_ups=1)
    zoe, lukasz = document.people
    turns = (
        (
            Draft("d-1", DraftKind.REQUEST, zoe.id, lukasz.id, {}, "Please, no phones.", turn=1),
            Draft("d-2", DraftKind.RESPONSE, lukasz.id, zoe.id, {}, "Of course.", turn=1),
        ),
        (
            Draft("d-3", DraftKind.APOLOGY, lukasz.id, zoe.id, {}, "I'm sorry I snapped.", turn=2),
            Draft("d-4", DraftKind.RESPONSE, zoe.id, lukasz.id, {}, "I take it in.", turn=2),
        ),
    )
    (check_in,) = document.agreement.follow_ups
    monthly = replace(check_in, repeat=Repeat.MONTHLY, anchor=check_in.due_at)
    agreement = replace(
        document.agreement,
        commitments=(
            *document.agreement.commitments,
            Commitment(zoe.id, "Take a time-out when it gets heated", "Every time", both=True),
        ),
        follow_ups=(monthly,),
    )
    text = " ".join(
        page_texts(
            replace(
                document,
                agreement=agreement,
                follow_ups=(monthly,),
                what_happened="At dinner the phone came out three times.",
                turns=turns,
            )
        )
    )
    assert "What happened" in text and "At dinner the phone came out three times." in text
    order = [
        "Turn 1 · What was asked",
        "Please, no phones.",
        "Turn 1 · The response",
        "Turn 2 · The apology",
        "I'm sorry I snapped.",
        "Turn 2 · Receiving the apology",
        "I take it in.",
    ]
    places = [text.index(piece) for piece in order]
    assert places == sorted(places)
    assert "Both of us Take a time-out when it gets heated" in text
    assert "Sunday 29 November 2026, 19:00, then every month" in text


def test_what_each_saw_at_a_check_in_seen_differently_is_in_the_history() -> None:
    from relate_desktop.domain.models import CheckInAnswer, Held

    document = make_document(follow_ups=2, done=1)
    zoe, lukasz = document.people
    answers = (
        CheckInAnswer(zoe.id, Held.HELD, saw="Every dinner but one."),
        CheckInAnswer(lukasz.id, Held.PARTLY, saw="Saturday it slipped."),
    )
    history = tuple(replace(c, answers=answers) for c in document.check_ins)
    text = " ".join(page_texts(replace(document, check_ins=history)))
    assert "Zoë saw: Every dinner but one." in text
    assert "Łukasz saw: Saturday it slipped." in text
