"""Exports a member chooses to protect with a password: PDF and xlsx.

- PDF: AES-256 (PDF 2.0's standard security handler, revision 6) through ``pypdf``, whose AES
  is the ``cryptography`` package's. ReportLab's own ``encrypt=`` offers RC4 (weak) or AES-256
  in pure Python (``pyaes``: ~10 s a megabyte here), so the report is laid out by ReportLab into
  memory and encrypted by pypdf on its way to the file. Every reader (Acrobat, Edge, Chrome,
  Preview, Evince) asks for the password.
- xlsx: Office's "Encrypt with password" (ECMA-376 agile encryption, AES-256, SHA-512 with
  100,000 rounds) through ``msoffcrypto-tool``; Excel and LibreOffice ask for the password.

Neither is written to the disk unprotected: the plain document exists only in memory.
"""

from __future__ import annotations

import io
from pathlib import Path

from nrtd_desktop.domain.errors import NrtdError

MIN_PASSWORD = 6

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "export.password_too_short": (
        "A password for the file needs at least {minimum} characters.",
        "تحتاج كلمة مرور الملف إلى {minimum} أحرف على الأقل.",
    ),
    "export.passwords_differ": (
        "The two passwords are not the same.",
        "كلمتا المرور غير متطابقتين.",
    ),
}


def check_password(password: str, repeated: str | None = None) -> None:
    if len(password) < MIN_PASSWORD:
        raise NrtdError("export.password_too_short", minimum=MIN_PASSWORD)
    if repeated is not None and repeated != password:
        raise NrtdError("export.passwords_differ")


def pdf_bytes_protected(plain: bytes, password: str) -> bytes:
    """The PDF ``plain`` encrypted with AES-256 under ``password`` (printing and copying allowed
    once opened: the password keeps out whoever finds the file, not the reader)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def xlsx_bytes_protected(plain: bytes, password: str) -> bytes:
    """The workbook ``plain`` (an .xlsx zip) encrypted as Office does ("Encrypt with password")."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    return out.getvalue()


def write_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def is_protected_xlsx(path: Path) -> bool:
    """An encrypted Office file is an OLE compound file, not a zip."""
    with open(path, "rb") as handle:
        return handle.read(8) == bytes.fromhex("d0cf11e0a1b11ae1")
