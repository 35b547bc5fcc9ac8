"""Making the agreement PDF, for the export dialog and the command line."""

from __future__ import annotations

from pathlib import Path

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.services.browse import agreement_document
from relate_desktop.services.household import Household
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.connection import plain_errors


def export_agreement_pdf(household: Household, agreement_id: str, out: Path) -> Path:
    """Write the agreement's PDF to `out` (written next to it first, then moved into place)."""
    from relate_desktop.export.agreement_pdf import agreement_pdf_bytes  # reportlab: on first use

    document = agreement_document(household, agreement_id)
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} doesn't exist.")
    with plain_errors():
        write_atomically(out, agreement_pdf_bytes(document))
    return out


def suggested_pdf_name(household: Household, agreement_id: str) -> str:
    from relate_desktop.export.agreement_pdf import suggested_file_name

    name: str = suggested_file_name(agreement_document(household, agreement_id))
    return name
