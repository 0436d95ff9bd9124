"""The entry points: which format a file is in, and reading it into a ReadResult.

``read_file`` checks the file (safety.py), opens it as CSV or workbook, recognises the format
from the headers, and hands the rows to the format's module. The program's own export format
("nrtd", workbook/sheets.py) is recognised by its hidden marker sheet and read by
nrtd_format.py: its ReadResult has no SourceRecords but the whole workbook in ``info["book"]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from nrtd_desktop.importers import nrtd_format
from nrtd_desktop.importers.csv_reader import read_csv
from nrtd_desktop.importers.formats import mapped, uhri, uhri_json, upr_info
from nrtd_desktop.importers.keys import KeyMaker
from nrtd_desktop.importers.records import ImportFileError, ProblemList, ReadResult
from nrtd_desktop.importers.safety import DEFAULT_LIMITS, OLE2_SIGNATURE, ZIP_SIGNATURES, Limits, check_exists
from nrtd_desktop.importers.table import Table, unique_headers
from nrtd_desktop.importers.xlsx_reader import HEADER_SEARCH_ROWS, Workbook, open_xlsx

FORMATS = ("auto", "uhri", "upr_info", "mapped", "nrtd")
UNKNOWN = "unknown"
_XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls")
_CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True, slots=True)
class Detected:
    """Where a file's data is: its format, and for a workbook the sheet and header row."""

    format: str  # "uhri" | "upr_info" | "nrtd" | "unknown"
    sheet: str | None = None
    header_row: int | None = None
    headers: tuple[str, ...] = ()


def is_json(path: Path) -> bool:
    """True for a UHRI JSON export (a .json file, or text that opens a JSON array)."""
    check_exists(path)
    return uhri_json.looks_like_json(path)


def is_workbook(path: Path) -> bool:
    """True for an .xlsx (or a file that looks like one whatever its name, or an .xls)."""
    check_exists(path)
    with path.open("rb") as stream:
        head = stream.read(8)
    if head.startswith(ZIP_SIGNATURES) or head.startswith(OLE2_SIGNATURE):
        return True
    suffix = path.suffix.lower()
    if suffix in _XLSX_SUFFIXES:
        return True
    if suffix in _CSV_SUFFIXES or not suffix:
        return False
    raise ImportFileError("import.unsupported_file_type", path=str(path))


def format_of_headers(headers: tuple[str, ...]) -> str:
    if uhri.is_uhri(headers):
        return uhri.FORMAT
    if upr_info.is_upr_info(headers):
        return upr_info.FORMAT
    return UNKNOWN


def _detect_in_workbook(book: Workbook) -> Detected:
    """The program's own workbook, or the first sheet (visible ones first) with a known header
    in its first rows."""
    if nrtd_format.is_nrtd(book):
        return Detected(nrtd_format.FORMAT, book.sheet().name, 1)
    first_headers: tuple[str, ...] = ()
    sheets = sorted(book.sheets, key=lambda sheet: sheet.hidden)
    for sheet in sheets:
        rows = book.raw_rows(sheet)
        try:
            for index, (number, cells, _flagged) in enumerate(rows):
                if index >= HEADER_SEARCH_ROWS:
                    break
                headers = unique_headers(cells, sheet.name, number, ProblemList())
                first_headers = first_headers or headers
                found = format_of_headers(headers)
                if found != UNKNOWN:
                    return Detected(found, sheet.name, number, headers)
        finally:
            rows.close()
    return Detected(UNKNOWN, headers=first_headers)


def detect(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Detected:
    """The format of a file from its headers (and where they are in a workbook)."""
    path = Path(path)
    if is_json(path):
        return Detected(uhri.FORMAT)
    if is_workbook(path):
        with open_xlsx(path, limits) as book:
            return _detect_in_workbook(book)
    table = read_csv(path, limits)
    return Detected(format_of_headers(table.headers), None, table.info.get("header_row"), table.headers)


def detect_format(path: Path | str) -> str:
    """ "uhri", "upr_info" or "unknown"."""
    return detect(path).format


@contextmanager
def open_table(
    path: Path | str, sheet: str | None = None, header_row: int | None = None, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Table]:
    """The rows of a CSV file or of one sheet of a workbook; the workbook is closed on exit."""
    path = Path(path)
    if not is_workbook(path):
        yield read_csv(path, limits)
        return
    with open_xlsx(path, limits) as book:
        yield book.table(sheet, header_row)


def preview(
    path: Path | str, n: int = 20, sheet: str | None = None, header_row: int | None = None
) -> mapped.Preview:
    """The headers and first ``n`` rows of a file, for the column-mapping dialog.

    In a workbook without a chosen sheet, a known header found below title rows is used.
    """
    path = Path(path)
    if not is_workbook(path):
        return mapped.preview_table(read_csv(path), n)
    with open_xlsx(path) as book:
        if sheet is None and header_row is None:
            found = _detect_in_workbook(book)
            sheet, header_row = found.sheet, found.header_row
        return mapped.preview_table(book.table(sheet, header_row), n)


def read_file(
    path: Path | str,
    format: str = "auto",
    mapping: mapped.ColumnMapping | None = None,
    country: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    keys: KeyMaker | None = None,
    unchanged: Mapping[tuple[str, str], str | None] | None = None,
) -> ReadResult:
    """Read one file into SourceRecords.

    ``format``: "auto" (from the headers; with a ``mapping``, "mapped"), "uhri", "upr_info" or
    "mapped". ``country``: keep only the rows addressed to that State (UPR Info's ``To``,
    UHRI's ``Countries Concerned``), named in any spelling the catalogue knows. ``keys``: share
    the occurrence counting of UPR Info keys across the files of one import (read_files).
    ``unchanged``: the digests of rows as last imported (upr_info.read), for a re-import.
    """
    path = Path(path)
    if format not in FORMATS:
        raise ImportFileError("import.format_not_supported", format=format)
    if format == "mapped" or (format == "auto" and mapping is not None):
        if mapping is None:
            raise ImportFileError("import.mapping_needed", path=str(path))
        with open_table(path, mapping.option("sheet"), mapping.option("header_row"), limits) as table:
            return mapped.read(table, path, mapping, country)
    if format in ("auto", uhri.FORMAT) and is_json(path):
        return uhri_json.read(path, country)
    if not is_workbook(path):
        table = read_csv(path, limits)
        return _read_known(table, path, format_of_headers(table.headers), format, country, keys, unchanged)
    if format == nrtd_format.FORMAT:
        return _read_nrtd(path, limits)
    # One opening for both the detection and the reading: the shared strings of a large
    # workbook take a while to read.
    with open_xlsx(path, limits) as book:
        found = _detect_in_workbook(book)
        if found.format == nrtd_format.FORMAT and format == "auto":
            return _read_nrtd(path, limits)
        if format == "auto" or found.format == format:
            table = book.table(found.sheet, found.header_row)
        else:
            table = book.table()
        return _read_known(table, path, found.format, format, country, keys, unchanged)


def _read_nrtd(path: Path, limits: Limits) -> ReadResult:
    book = nrtd_format.read_nrtd(path, limits)
    return ReadResult(
        records=(),
        problems=tuple(book.problems.items),
        format=nrtd_format.FORMAT,
        rows_read=book.rows_read,
        problem_count=book.problems.count,
        info={"book": book},
    )


def _read_known(
    table: Table,
    path: Path,
    found: str,
    wanted: str,
    country: str | None,
    keys: KeyMaker | None,
    unchanged: Mapping[tuple[str, str], str | None] | None = None,
) -> ReadResult:
    chosen = found if wanted == "auto" else wanted
    if chosen == uhri.FORMAT:
        return uhri.read(table, path, country)
    if chosen == upr_info.FORMAT:
        return upr_info.read(table, path, country, keys, unchanged)
    raise ImportFileError(
        "import.unknown_format", path=str(path), headers=", ".join(table.headers[:20]) or "-"
    )


def read_files(
    paths: Iterable[Path | str],
    format: str = "auto",
    mapping: mapped.ColumnMapping | None = None,
    country: str | None = None,
) -> ReadResult:
    """Several files as one import (the five UPR Info CSVs): records and problems together.

    UPR Info keys count repeats across all the files, so a row listed twice keeps two keys.
    Each problem names its file.
    """
    files = [Path(path) for path in paths]
    keys = KeyMaker(upr_info.FORMAT)
    results = [read_file(path, format, mapping, country, keys=keys) for path in files]
    formats = sorted({result.format for result in results})
    return ReadResult(
        records=tuple(record for result in results for record in result.records),
        problems=tuple(
            replace(problem, file=path.name)
            for path, result in zip(files, results, strict=True)
            for problem in result.problems
        ),
        format=formats[0] if len(formats) == 1 else "+".join(formats),
        rows_read=sum(result.rows_read for result in results),
        problem_count=sum(result.problem_count for result in results),
        info={"files": [str(path) for path in files]},
    )
