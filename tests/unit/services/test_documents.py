"""Making the agreement PDF through the services: the choices, what exists, and where it goes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.models import AgreementPdfIncludes
from relate_desktop.services import browse, documents
from relate_desktop.services.household import Household
from tests.agreements import TITLE, make_agreement


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_everything_shared_is_in_by_default(couple: Household) -> None:
    agreement_id = make_agreement(couple, check_in_done=True)
    pdf = documents.make_agreement_pdf(couple, agreement_id)
    assert pdf.available == AgreementPdfIncludes()
    text = text_of(pdf.data)
    for expected in ("The response", "Check-ins", "How the check-ins went", "Kept as it is."):
        assert expected in text
    assert "Dinners were calmer." in text
    assert pdf.suggested_name.startswith(f"Relate agreement - {TITLE} - ")


def test_left_out_parts_stay_out(couple: Household) -> None:
    agreement_id = make_agreement(couple, check_in_done=True)
    includes = AgreementPdfIncludes(response=False, follow_up_dates=False, check_in_history=False)
    text = text_of(documents.make_agreement_pdf(couple, agreement_id, includes).data)
    assert "The response" not in text
    assert "Check-ins" not in text
    assert "Dinners were calmer." not in text
    assert "Leave my phone in the hall" in text
    assert "Maria" in text and "Lloyd" in text


def test_what_this_agreement_has_nothing_for_is_unavailable(solo: Household) -> None:
    agreement_id = make_agreement(solo)
    pdf = documents.make_agreement_pdf(solo, agreement_id)
    assert pdf.available == AgreementPdfIncludes(
        response=False, follow_up_dates=True, check_in_history=False
    )


def test_nothing_private_reaches_the_document(couple: Household) -> None:
    agreement_id = make_agreement(couple, check_in_done=True)
    document = browse.agreement_document(couple, agreement_id)
    assert document.extra_sections == ()
    text = text_of(documents.make_agreement_pdf(couple, agreement_id).data)
    assert "withdrawal" not in text.lower()
    assert "one-down" not in text.lower()


def test_export_writes_the_file_with_the_choices(couple: Household, tmp_path: Path) -> None:
    agreement_id = make_agreement(couple)
    out = tmp_path / "agreement.pdf"
    written = documents.export_agreement_pdf(
        couple, agreement_id, out, AgreementPdfIncludes(response=False)
    )
    assert written == out
    text = text_of(out.read_bytes())
    assert "The response" not in text
    assert TITLE.replace("🍽️", "🍽") in text


def test_export_to_a_missing_folder_is_refused(couple: Household, tmp_path: Path) -> None:
    agreement_id = make_agreement(couple)
    with pytest.raises(InvalidInput):
        documents.export_agreement_pdf(couple, agreement_id, tmp_path / "nope" / "a.pdf")
