"""Checks on a file before any parser reads it into memory.

An .xlsx is a zip of XML parts. A hostile or broken file can be an old .xls or a
password-protected workbook renamed .xlsx (both are OLE2 containers, not zips), a zip whose
parts inflate to gigabytes (a zip bomb), an XML part that declares entities which expand
exponentially (billion laughs), or a sheet that claims two million rows. Each is refused here
from the zip's directory and the first bytes of its parts, with a message that says what is
wrong, before openpyxl reads anything. Python's zipfile stops at an entry's declared size (and
fails its CRC check beyond it), so the sizes in the zip's directory can be trusted as limits.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from nrtd_desktop.importers.records import ImportFileError

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a zip, or an empty one
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a file may hold. The whole UHRI index is about 267,000 rows of 16 columns."""

    max_entries: int = 10_000
    max_uncompressed_bytes: int = 1536 * MIB
    max_ratio: int = 200  # deflate reaches ~1,000 on repeated bytes; real sheets stay under ~50
    ratio_floor_bytes: int = 16 * MIB  # small parts may compress as well as they like
    max_rows: int = 1_100_000
    max_columns: int = 300
    max_csv_bytes: int = 512 * MIB
    head_bytes: int = 64 * 1024  # how much of each XML part is inspected for a DTD


DEFAULT_LIMITS = Limits()

_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!ENTITY".encode("utf-16-le"))
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref=\"([A-Za-z]*)(\d*)(?::([A-Za-z]*)(\d*))?\"")
_SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData\b")


def check_exists(path: Path) -> None:
    if path.is_dir():
        raise ImportFileError("import.is_directory", path=str(path))
    if not path.is_file():
        raise ImportFileError("import.file_missing", path=str(path))
    if path.stat().st_size == 0:
        raise ImportFileError("import.file_empty", path=str(path))


def check_csv(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a missing, empty or oversized CSV before it is read into memory."""
    check_exists(path)
    size = path.stat().st_size
    if size > limits.max_csv_bytes:
        raise ImportFileError(
            "import.csv_too_large", path=str(path), size_mb=size // MIB, limit_mb=limits.max_csv_bytes // MIB
        )


def check_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse anything that is not a plain, reasonably sized .xlsx workbook."""
    check_exists(path)
    with path.open("rb") as stream:
        head = stream.read(8)
    if head.startswith(OLE2_SIGNATURE):
        raise ImportFileError(_ole2_kind(path), path=str(path))
    if not head.startswith(ZIP_SIGNATURES):
        raise ImportFileError("import.not_xlsx", path=str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(path, archive, limits)
    except zipfile.BadZipFile as error:
        raise ImportFileError("import.not_xlsx", path=str(path)) from error
    # zipfile raises NotImplementedError for compression methods it lacks (Deflate64, LZMA...).
    except (OSError, EOFError, ValueError, NotImplementedError, zipfile.LargeZipFile) as error:
        raise ImportFileError("import.xlsx_damaged", path=str(path), reason=str(error)) from error


def _ole2_kind(path: Path) -> str:
    """Which message fits an OLE2 file: encrypted OOXML, an old .xls, or neither.

    Stream names sit in the OLE2 directory as UTF-16LE; an encrypted .xlsx holds the streams
    "EncryptionInfo" and "EncryptedPackage", an .xls a "Workbook" (or "Book" before Excel 97).
    """
    encrypted = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
    workbook = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
    found_workbook = False
    tail = b""
    with path.open("rb") as stream:
        for _ in range(64):  # the directory of a real file is found long before 64 MiB
            chunk = stream.read(MIB)
            if not chunk:
                break
            window = tail + chunk
            if any(name in window for name in encrypted):
                return "import.not_xlsx_encrypted"
            found_workbook = found_workbook or any(name in window for name in workbook)
            tail = chunk[-64:]
    return "import.not_xlsx_old_xls" if found_workbook else "import.not_xlsx"


def _check_archive(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise ImportFileError(
            "import.zip_too_many_entries", path=str(path), count=len(entries), limit=limits.max_entries
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise ImportFileError("import.not_xlsx", path=str(path))
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:  # an encrypted zip entry: not something Excel writes
            raise ImportFileError("import.not_xlsx_encrypted", path=str(path))
        total += entry.file_size
        if total > limits.max_uncompressed_bytes:
            raise ImportFileError(
                "import.zip_too_large",
                path=str(path),
                size_mb=_total_mib(entries),
                limit_mb=limits.max_uncompressed_bytes // MIB,
            )
        if entry.file_size > limits.ratio_floor_bytes:
            ratio = entry.file_size // max(entry.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ImportFileError("import.zip_bomb", path=str(path), entry=entry.filename, ratio=ratio)
    sheet_names = _sheet_names(archive)
    for entry in entries:
        suffix = PurePosixPath(entry.filename).suffix.lower()
        if suffix not in (".xml", ".rels", ".vml") or entry.file_size == 0:
            continue
        head = _head(archive, entry, limits.head_bytes)
        if any(marker in head for marker in _DTD_MARKERS) or declares_dtd(archive, entry):
            raise ImportFileError("import.xml_entities", path=str(path), entry=entry.filename)
        if entry.filename.startswith("xl/worksheets/"):
            _check_dimension(path, head, sheet_names.get(entry.filename, entry.filename), limits)


def declares_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """Whether the part's prolog declares a document type, however long the comments and
    processing instructions before it: the prolog is read to its end (the root element's first
    "<name"), in pieces, whatever its length (a check of the first 64 KiB only was passed by a
    DOCTYPE behind 70 KiB of comment). A DOCTYPE can stand nowhere else in well-formed XML."""
    with archive.open(entry) as stream:
        return _prolog_declares_dtd(stream)


def _prolog_declares_dtd(stream: Any) -> bool:
    first = stream.read(4)
    encoding = _xml_encoding(first)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(first)
    position = 0
    ended = False
    while True:
        while position < len(text) and text[position] in " \t\r\n\ufeff":
            position += 1
        if len(text) - position < 10 and not ended:
            more = stream.read(_PROLOG_CHUNK)
            ended = not more
            text = text[position:] + decoder.decode(more, final=ended)
            position = 0
            continue
        if position >= len(text):
            return False
        if text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            while end < 0:  # a comment longer than what was read: read on, keeping its tail
                more = stream.read(_PROLOG_CHUNK)
                if not more:
                    return False
                text = text[-2:] + decoder.decode(more)
                position = 0
                end = text.find("-->")
            position = end + 3
        elif text.startswith("<?", position):
            end = text.find("?>", position + 2)
            while end < 0:
                more = stream.read(_PROLOG_CHUNK)
                if not more:
                    return False
                text = text[-1:] + decoder.decode(more)
                position = 0
                end = text.find("?>")
            position = end + 2
        else:
            # "<!DOCTYPE", "<!ENTITY" before the root: nothing a workbook holds. Anything else is
            # the root element (or text, which no parser accepts): the prolog is over.
            return text.startswith("<!", position)


_PROLOG_CHUNK = 64 * 1024


def _xml_encoding(first: bytes) -> str:
    if first.startswith((codecs.BOM_UTF16_LE, b"<\x00?\x00", b"<\x00!\x00")):
        return "utf-16-le"
    if first.startswith((codecs.BOM_UTF16_BE, b"\x00<\x00?", b"\x00<\x00!")):
        return "utf-16-be"
    return "utf-8"


def _total_mib(entries: list[zipfile.ZipInfo]) -> int:
    return sum(entry.file_size for entry in entries) // MIB


def _head(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, size: int) -> bytes:
    with archive.open(entry) as stream:
        return stream.read(size)


def _check_dimension(path: Path, head: bytes, sheet: str, limits: Limits) -> None:
    """Refuse a sheet whose declared used range is larger than the limits.

    The ``<dimension>`` element comes before the cells; openpyxl's read-only mode trusts it to
    size every row, so a lying value would also cost time. Rows actually present are counted
    again while reading (xlsx_reader), since the element is optional.
    """
    sheet_data = _SHEET_DATA.search(head)
    match = _DIMENSION.search(head, 0, sheet_data.start() if sheet_data else len(head))
    if not match:
        return
    first_col, first_row, last_col, last_row = (
        group.decode("ascii") if group else "" for group in match.groups()
    )
    rows = int(last_row or first_row or 0)
    columns = _column_number(last_col or first_col)
    if rows > limits.max_rows or columns > limits.max_columns:
        raise ImportFileError(
            "import.sheet_too_large",
            path=str(path),
            sheet=sheet,
            rows=rows,
            columns=columns,
            row_limit=limits.max_rows,
            column_limit=limits.max_columns,
        )


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + (ord(letter) - 64)
    return number


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name -> the sheet's name, for messages; empty when it cannot be read.

    Parsed with defusedxml: this runs before the DTD check of these two small parts.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        workbook = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, DefusedXmlException, SyntaxError, ValueError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id")] = str(PurePosixPath(target))
    names = {}
    for element in workbook.iter():
        if element.tag.endswith("}sheet"):
            rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if rel_id in targets:
                names[targets[rel_id]] = element.get("name", "")
    return names
