"""Exports a member chooses to protect: the PDF and the workbook open only with the password."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import msoffcrypto
import openpyxl
import pytest
from pypdf import PdfReader

from nrtd_desktop.app import open_services
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.register import RecommendationInput
from nrtd_desktop.exporters import protect
from nrtd_desktop.exporters.xlsx import ExportOptions
from nrtd_desktop.reports.common_report import ReportOptions

SENTENCE = "حماية الشهود والمبلّغين في القضايا الحساسة"
PASSWORD = "كلمة-سر-الملف"


@pytest.fixture
def services(tmp_path: Path) -> Any:
    opened = open_services(tmp_path / "nrtd.sqlite")
    opened.recommendations.create(RecommendationInput(reference="UPR-4-7", body="UPR", cycle=4,
                                                      text_en="Protect witnesses", text_ar=SENTENCE))
    yield opened
    opened.close()


def _decrypted_xlsx(path: Path, password: str) -> io.BytesIO:
    office = msoffcrypto.OfficeFile(path.open("rb"))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out)
    out.seek(0)
    return out


def test_a_protected_workbook_opens_only_with_its_password(services: Any, tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    services.imports.export_xlsx(path, ExportOptions(lang="ar", password=PASSWORD))
    assert protect.is_protected_xlsx(path)
    assert SENTENCE.encode("utf-8") not in path.read_bytes()
    with pytest.raises(Exception):  # noqa: B017 - openpyxl cannot read an encrypted file at all
        openpyxl.load_workbook(path)
    with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
        _decrypted_xlsx(path, "not the password")
    book = openpyxl.load_workbook(_decrypted_xlsx(path, PASSWORD))
    texts = {str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row}
    assert SENTENCE in texts
    # Without a password the workbook is as before: a plain zip.
    plain = tmp_path / "plain.xlsx"
    services.imports.export_xlsx(plain, ExportOptions(lang="ar"))
    assert not protect.is_protected_xlsx(plain) and plain.read_bytes()[:2] == b"PK"


def test_a_protected_pdf_opens_only_with_its_password(services: Any, tmp_path: Path) -> None:
    doc = services.reports.document(ReportOptions(kind="plan", lang="ar"))
    doc.password = PASSWORD
    path = doc.write(tmp_path / "plan.pdf")
    reader = PdfReader(path)
    assert reader.is_encrypted
    assert not reader.decrypt("not the password")
    reader = PdfReader(path)
    assert reader.decrypt(PASSWORD)
    assert len(reader.pages) == doc.pages > 0
    assert "/AESV3" in str(PdfReader(path).trailer["/Encrypt"].get_object())  # AES-256


def test_a_password_too_short_or_mistyped_is_refused() -> None:
    with pytest.raises(NrtdError) as short:
        protect.check_password("abc")
    assert "6" in short.value.text("en") and "أحرف" in short.value.text("ar")
    with pytest.raises(NrtdError):
        protect.check_password("long enough", "long enougj")


def test_the_export_dialog_offers_protection(qtbot: Any, services: Any, tmp_path: Path) -> None:
    from nrtd_desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog(services, "en")
    qtbot.addWidget(dialog)
    assert dialog.options().password == ""
    dialog.protect.enabled.setChecked(True)
    dialog.protect.password.setText(PASSWORD)
    dialog.protect.repeat.setText(PASSWORD + "x")
    with pytest.raises(NrtdError):
        dialog.options()
    dialog.protect.repeat.setText(PASSWORD)
    assert dialog.options().password == PASSWORD
