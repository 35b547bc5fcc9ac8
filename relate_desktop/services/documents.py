"""Making the agreement PDF, for the export dialog and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.models import AgreementDocument, AgreementPdfIncludes
from relate_desktop.services.browse import agreement_document
from relate_desktop.services.household import Household
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import plain_errors


@dataclass(frozen=True)
class AgreementPdf:
    """A made PDF, with what the export dialog shows around it."""

    data: bytes
    suggested_name: str
    # Which include choices have anything to show for this agreement (a solo agreement has
    # no response; check-in history needs a check-in that happened).
    available: AgreementPdfIncludes


def _pdf_bytes(document: AgreementDocument) -> bytes:
    from relate_desktop.export.agreement_pdf import agreement_pdf_bytes  # reportlab: on first use

    data: bytes = agreement_pdf_bytes(document)
    return data


def make_agreement_pdf(
    household: Household, agreement_id: str, includes: AgreementPdfIncludes | None = None
) -> AgreementPdf:
    """The agreement's PDF in memory (for a preview), with a file name to suggest."""
    from relate_desktop.export.agreement_pdf import suggested_file_name

    everything = agreement_document(household, agreement_id)
    available = AgreementPdfIncludes(
        response=everything.response is not None,
        follow_up_dates=bool(everything.follow_ups),
        check_in_history=bool(everything.check_ins),
    )
    document = agreement_document(household, agreement_id, includes)
    return AgreementPdf(_pdf_bytes(document), suggested_file_name(document), available)


def export_agreement_pdf(
    household: Household,
    agreement_id: str,
    out: Path,
    includes: AgreementPdfIncludes | None = None,
) -> Path:
    """Write the agreement's PDF to `out` (written next to it first, then moved into place)."""
    document = agreement_document(household, agreement_id, includes)
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} doesn't exist.")
    with plain_errors():
        write_atomically(out, _pdf_bytes(document))
    return out
