"""Hostile and broken workbooks are refused before they are parsed, with a message in words."""

from __future__ import annotations

import os
import resource
import struct
import zipfile
from pathlib import Path

import pytest

from nrtd_desktop.importers.detect import read_file
from nrtd_desktop.importers.records import ImportFileError
from nrtd_desktop.importers.safety import OLE2_SIGNATURE, Limits, check_csv, check_xlsx
from nrtd_desktop.importers.xlsx_reader import Workbook, read_xlsx
from tests.importers.builders import rewrite_part, set_dimension, write_xlsx

HEADERS = ("To", "Text", "From", "Session")


def _small_workbook(path: Path, rows: int = 3) -> Path:
    return write_xlsx(path, HEADERS, [("Chad", f"Text {n}", "France", 5) for n in range(rows)])


def _ole2_file(path: Path, stream_names: list[str]) -> Path:
    """An OLE2 compound file header followed by directory entries with these stream names.

    Enough of the format for what the check reads: the signature, then 128-byte directory
    entries that begin with the UTF-16LE name and its length.
    """
    header = OLE2_SIGNATURE + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + bytes(512 - 30)
    entries = b""
    for name in ["Root Entry", *stream_names]:
        encoded = (name + "\0").encode("utf-16-le")
        entries += encoded.ljust(64, b"\0") + struct.pack("<H", len(encoded)) + bytes(62)
    path.write_bytes(header + entries.ljust(4096, b"\0"))
    return path


def _refusal(path: Path, **limits: int) -> ImportFileError:
    with pytest.raises(ImportFileError) as refused:
        read_file(path, limits=Limits(**limits)) if limits else read_file(path)
    return refused.value


def test_old_xls_renamed_xlsx_is_named_as_such(tmp_path: Path) -> None:
    path = _ole2_file(tmp_path / "recommendations.xlsx", ["Workbook", "\x05SummaryInformation"])
    error = _refusal(path)
    assert error.key == "import.not_xlsx_old_xls"
    assert "not a valid .xlsx file" in error.text("en") and ".xls" in error.text("en")
    assert "ليس ملف" in error.text("ar") and "97-2003" in error.text("ar")


def test_password_protected_workbook_is_named_as_such(tmp_path: Path) -> None:
    path = _ole2_file(tmp_path / "protected.xlsx", ["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    error = _refusal(path)
    assert error.key == "import.not_xlsx_encrypted"
    assert "not a valid .xlsx file" in error.text("en") and "password" in error.text("en")
    assert "كلمة مرور" in error.text("ar")


@pytest.mark.parametrize(
    "content",
    [
        b"To,Text\nChad,Something\n",
        b"PK\x03\x04 truncated zip",
        b"\x00" * 100,
        b"<html>not a workbook</html>",
    ],
)
def test_anything_else_named_xlsx_is_not_a_valid_xlsx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(content)
    error = _refusal(path)
    assert error.key == "import.not_xlsx"
    assert error.text("en") == f"'{path}' is not a valid .xlsx file."


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "hello")
    assert _refusal(path).key == "import.not_xlsx"


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.touch()
    assert _refusal(empty).key == "import.file_empty"
    assert _refusal(tmp_path / "nowhere.xlsx").key == "import.file_missing"


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "bomb.xlsx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/image1.bin", "w") as entry,
    ):
        block = bytes(1 << 20)
        for _ in range(200):  # 200 MiB of zeros, about 200 KB compressed
            entry.write(block)
    assert path.stat().st_size < 2_000_000
    error = _refusal(path)
    assert error.key == "import.zip_bomb"
    assert "xl/media/image1.bin" in error.text("en") and "zip bomb" in error.text("en")
    assert "قنبلة ضغط" in error.text("ar")


def test_total_size_and_entry_count_limits(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "big.xlsx")
    assert _refusal(path, max_uncompressed_bytes=1000).key == "import.zip_too_large"
    assert _refusal(path, max_entries=5).key == "import.zip_too_many_entries"


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>\n"
)


def _laughing_sheet(xml: bytes) -> bytes:
    # The payload goes before the root element and the entity into the first header cell.
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    return BILLION_LAUGHS + body.replace(b"<t>To</t>", b"<t>&lol9;</t>", 1)


def test_billion_laughs_in_a_sheet_is_refused_with_a_message(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "laughs.xlsx", HEADERS, [("Chad", "Text", "France", 5)], write_only=True)
    rewrite_part(path, "xl/worksheets/sheet1.xml", _laughing_sheet)
    error = _refusal(path)
    assert error.key == "import.xml_entities"
    assert "xl/worksheets/sheet1.xml" in error.text("en") and "billion laughs" in error.text("en")


def test_billion_laughs_is_not_expanded_even_past_the_check(tmp_path: Path) -> None:
    """Were the DTD check bypassed, the parsers still must not expand the entities."""
    path = write_xlsx(tmp_path / "laughs.xlsx", HEADERS, [("Chad", "Text", "France", 5)], write_only=True)
    rewrite_part(path, "xl/worksheets/sheet1.xml", _laughing_sheet)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    book = Workbook(path, Limits())  # straight to the parser, without safety.check_xlsx
    try:
        try:
            rows = list(book.table())
        except ImportFileError as error:  # refused by the parser: fine too, as long as it is words
            assert error.key in ("import.xlsx_damaged", "import.xml_entities")
        else:
            header = book.table().headers
            assert len(header[0]) < 100  # the entity stayed unexpanded (3 GB of "lol" otherwise)
            assert len(rows) == 1
    finally:
        book.close()
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 200_000


def test_billion_laughs_in_the_workbook_part_is_refused(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "laughs.xlsx")

    def change(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return BILLION_LAUGHS + body

    rewrite_part(path, "xl/workbook.xml", change)
    assert _refusal(path).key == "import.xml_entities"
    book_error = None
    try:
        Workbook(path, Limits()).close()
    except ImportFileError as error:
        book_error = error
    # openpyxl parses this part with entities unresolved: it either refuses it or reads it plainly.
    assert book_error is None or book_error.key in ("import.xlsx_damaged", "import.xml_entities")


def test_sheet_declaring_two_million_rows_is_refused(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "huge.xlsx")
    set_dimension(path, "A1:D2000000")
    error = _refusal(path)
    assert error.key == "import.sheet_too_large"
    assert error.params["rows"] == 2_000_000 and error.params["sheet"] == "Sheet1"
    assert "2000000 rows" in error.text("en") and "1100000" in error.text("en")


def test_sheet_declaring_300000_rows_passes(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "index.xlsx")
    set_dimension(path, "A1:P300000")
    check_xlsx(path)  # the whole index is about 267,000 rows: it must be accepted
    _, rows = read_xlsx(path)
    assert len(rows) == 3


def test_too_many_declared_columns_is_refused(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "wide.xlsx")
    set_dimension(path, "A1:XFD4")
    error = _refusal(path)
    assert error.key == "import.sheet_too_large" and error.params["columns"] == 16384


def test_rows_beyond_the_cap_are_refused_while_reading(tmp_path: Path) -> None:
    """The dimension element is optional (openpyxl's write-only mode leaves it out)."""
    path = write_xlsx(
        tmp_path / "long.xlsx", HEADERS, [("Chad", f"T{n}", "France", 5) for n in range(150)], write_only=True
    )
    error = _refusal(path, max_rows=100)
    assert error.key == "import.sheet_too_large" and error.params["rows"] == 101


def test_a_row_numbered_far_down_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sparse.xlsx", HEADERS, [("Chad", "T", "France", 5)], write_only=True)
    rewrite_part(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b'<row r="2"', b'<row r="2000000"')
    )
    error = _refusal(path)
    assert error.key == "import.sheet_too_large" and error.params["rows"] == 2_000_000


def test_path_traversal_names_in_the_zip_do_no_harm(tmp_path: Path) -> None:
    path = _small_workbook(tmp_path / "sly.xlsx")
    rewrite_part(
        path, "", lambda data: data, {"../../evil.txt": b"x", "/etc/passwd": b"y", "xl/../../up.xml": b"<a/>"}
    )
    result = read_file(path, format="upr_info")
    assert len(result.records) == 3
    assert not (tmp_path.parent / "evil.txt").exists()


def test_csv_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"To,Text,From,Session\n" + b"Chad,Text,France,5\n" * 100)
    with pytest.raises(ImportFileError) as refused:
        check_csv(path, Limits(max_csv_bytes=1000))
    assert refused.value.key == "import.csv_too_large"


def test_workbook_is_closed_after_reading_and_after_a_refusal(tmp_path: Path) -> None:
    def open_files() -> set[str]:
        folder = Path("/proc/self/fd")
        names = set()
        for fd in os.listdir(folder):
            try:
                names.add(os.readlink(folder / fd))
            except OSError:
                continue
        return names

    good = _small_workbook(tmp_path / "good.xlsx")
    read_file(good)
    bad = write_xlsx(
        tmp_path / "bad.xlsx", HEADERS, [("Chad", f"T{n}", "France", 5) for n in range(20)], write_only=True
    )
    with pytest.raises(ImportFileError):
        read_file(bad, limits=Limits(max_rows=5))
    assert str(good) not in open_files() and str(bad) not in open_files()


def _entity_behind_a_long_comment(xml: bytes, comment_bytes: int = 70 * 1024) -> bytes:
    """A DOCTYPE declaring a harmless entity after more comment than a head-only check reads,
    and the entity inside the first header cell."""
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    comment = b"<!--" + b"x" * comment_bytes + b"-->\n"
    doctype = b'<!DOCTYPE worksheet [<!ENTITY e "Chad">]>\n'
    return b'<?xml version="1.0"?>\n' + comment + doctype + body.replace(b"<t>To</t>", b"<t>T&e;o</t>", 1)


def test_a_doctype_behind_a_long_comment_is_refused(tmp_path: Path) -> None:
    """Issue 18: the check covers the whole prolog, not its first 64 KiB."""
    for size in (10, 70 * 1024, 300 * 1024):
        rows = [("Chad", "Text", "France", 5)]
        path = write_xlsx(tmp_path / f"late-{size}.xlsx", HEADERS, rows, write_only=True)
        late = lambda xml, n=size: _entity_behind_a_long_comment(xml, n)  # noqa: E731
        rewrite_part(path, "xl/worksheets/sheet1.xml", late)
        error = _refusal(path)
        assert error.key == "import.xml_entities", size
        assert "xl/worksheets/sheet1.xml" in error.text("en")


def test_an_entity_the_parser_leaves_unexpanded_refuses_the_file_instead_of_cutting_the_cell(
    tmp_path: Path,
) -> None:
    """Past the check (straight to the reader), a cell holding an unexpanded entity is never
    read as the text before it ("T" for "T&e;o")."""
    path = write_xlsx(tmp_path / "cut.xlsx", HEADERS, [("Chad", "Text", "France", 5)], write_only=True)
    rewrite_part(path, "xl/worksheets/sheet1.xml", _entity_behind_a_long_comment)
    book = Workbook(path, Limits())
    try:
        with pytest.raises(ImportFileError) as refused:
            table = book.table()
            list(table)
        assert refused.value.key in ("import.xml_entities", "import.xlsx_damaged")
    finally:
        book.close()


def test_a_folder_given_as_the_file_is_named_as_a_folder(tmp_path: Path) -> None:
    from nrtd_desktop.importers.detect import read_file

    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ImportFileError) as refused:
        read_file(folder)
    assert refused.value.key == "import.is_directory"
    assert "is a folder, not a file" in refused.value.text("en")
    assert "مجلد وليس ملفاً" in refused.value.text("ar")
