"""Read the sheets of an .xlsx workbook as rows keyed by their header.

openpyxl (in read-only mode) reads the package: the content types, the workbook and its
sheets, the styles that make a number a date, and the date system (1900 or 1904). The cells of
a sheet are then read here with lxml's streaming parser, for two measured reasons:

* openpyxl's read-only worksheets parse XML through defusedxml's pure-Python parser and build
  an object per cell: 7.4 s for the 41,066 UPR Info rows written by openpyxl (inline strings)
  and 2.8 s for the same rows with shared strings as Excel writes them, where this module takes
  1.9 s and 1.6 s; and a sheet without a ``<dimension>`` element (openpyxl's own write-only
  output) is parsed once more in full just to open the workbook.
* A formula must be reported, not imported: the ``<f>`` element is seen here directly.

lxml is told not to resolve entities, load a DTD or use the network, and safety.check_xlsx has
already refused any part that declares a DTD, so the billion-laughs attack has nothing to expand.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nrtd_desktop.importers.records import ImportFileError, ProblemList, RowProblem
from nrtd_desktop.importers.safety import DEFAULT_LIMITS, Limits, check_xlsx
from nrtd_desktop.importers.table import RawRow, Table, is_blank, unique_headers

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _FORMULA = f"{_NS}row", f"{_NS}c", f"{_NS}v", f"{_NS}f"
_INLINE, _TEXT, _RUN, _SI = f"{_NS}is", f"{_NS}t", f"{_NS}r", f"{_NS}si"
# OOXML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    part: str  # the worksheet's path inside the zip
    hidden: bool


class Workbook:
    """An open workbook; use through ``open_xlsx`` so that the file is always closed."""

    def __init__(self, path: Path, limits: Limits) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        self.path = path
        self.limits = limits
        # A file object, not the name: openpyxl refuses names that do not end in .xlsx.
        self._file = path.open("rb")
        try:
            reader = ExcelReader(self._file, read_only=True, data_only=False)
        except (zipfile.BadZipFile, OSError) as error:
            self._file.close()
            raise ImportFileError("import.not_xlsx", path=str(path)) from error
        self._archive = reader.archive
        try:
            with warnings.catch_warnings():
                # openpyxl warns about features it drops (data validation, extensions): not ours.
                warnings.simplefilter("ignore")
                reader.read_manifest()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
            self.epoch: dt.datetime = reader.wb.epoch
            self.date_styles = frozenset(reader.wb._date_formats)
            self.duration_styles = frozenset(reader.wb._timedelta_formats)
            self.sheets = tuple(
                SheetInfo(sheet.name, rel.target, sheet.state != "visible")
                for sheet, rel in reader.parser.find_sheets()
            )
            self._strings_part = _shared_strings_part(reader.package)
        except ImportFileError:
            self.close()
            raise
        except Exception as error:  # a damaged package can fail anywhere inside openpyxl
            self.close()
            raise _damaged(path, error) from error
        self._shared_strings: list[str] | None = None

    def close(self) -> None:
        self._archive.close()
        self._file.close()

    @property
    def sheet_names(self) -> tuple[str, ...]:
        return tuple(sheet.name for sheet in self.sheets)

    def sheet(self, name: str | None = None) -> SheetInfo:
        """The named sheet, or the first visible one."""
        if name is None:
            visible = [sheet for sheet in self.sheets if not sheet.hidden]
            if not (visible or self.sheets):
                raise ImportFileError("import.no_header", path=str(self.path))
            return (visible or list(self.sheets))[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise ImportFileError("import.sheet_not_found", path=str(self.path), sheet=name)

    def raw_rows(self, sheet: SheetInfo) -> Generator[tuple[int, list[Any], bool], None, None]:
        """(row number, values by column, whether a cell is flagged) for every non-blank row.

        A formula cell or an error cell (#N/A) is given as a ``Flagged`` value: the caller
        reports it under the column's header.
        """
        from lxml import etree

        strings = self.shared_strings()
        max_rows, max_columns = self.limits.max_rows, self.limits.max_columns
        columns: dict[str, int] = {}
        row_number = 0
        try:
            with self._archive.open(sheet.part) as source:
                parser = etree.iterparse(
                    source,
                    events=("end",),
                    tag=_ROW,
                    resolve_entities=False,
                    load_dtd=False,
                    no_network=True,
                    huge_tree=False,
                )
                for _event, row in parser:
                    declared = row.get("r")
                    row_number = int(declared) if declared else row_number + 1
                    if row_number > max_rows:
                        raise self._too_large(sheet, row_number, 0)
                    values: list[Any] = []
                    flagged = False
                    column = 0
                    digits = -len(declared) if declared else 0
                    for cell in row.iterchildren(_CELL):  # the tag test is done in C
                        reference = cell.get("r")
                        if reference is None:
                            column += 1
                        elif digits and reference.endswith(declared):  # "AB17" in row 17
                            letters = reference[:digits]
                            column = columns.get(letters) or _column(letters, columns)
                        else:
                            column = _column(reference, columns)
                        if column > max_columns:
                            raise self._too_large(sheet, row_number, column)
                        value = _inline_text(cell) if cell.get("t") == "inlineStr" else None
                        if value is None:
                            value = _cell_value(cell, strings, self)
                        if value is not None:
                            flagged = flagged or type(value) is Flagged
                            if column > len(values):
                                values.extend([None] * (column - len(values)))
                            values[column - 1] = value
                    row.clear()
                    # Free the rows already read: iterparse keeps them under the root.
                    while row.getprevious() is not None:
                        del row.getparent()[0]
                    if values:
                        yield row_number, values, flagged
        except ImportFileError:
            raise
        except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, IndexError, OSError) as error:
            raise _damaged(self.path, error) from error

    def _too_large(self, sheet: SheetInfo, rows: int, columns: int) -> ImportFileError:
        return ImportFileError(
            "import.sheet_too_large",
            path=str(self.path),
            sheet=sheet.name,
            rows=rows,
            columns=columns,
            row_limit=self.limits.max_rows,
            column_limit=self.limits.max_columns,
        )

    def shared_strings(self) -> list[str]:
        """The workbook's shared strings (read once, on first use)."""
        if self._shared_strings is None:
            part = self._strings_part
            self._shared_strings = _read_shared_strings(self._archive, part) if part else []
        return self._shared_strings

    def table(self, sheet_name: str | None = None, header_row: int | None = None) -> Table:
        """The rows of a sheet keyed by its header.

        The header is row ``header_row``, or else the first non-blank row. Blank rows are
        skipped; cells right of the header that hold something are reported.
        """
        sheet = self.sheet(sheet_name)
        problems = ProblemList()
        rows = self.raw_rows(sheet)
        header_number, header_cells = 0, []
        for number, cells, flagged in rows:
            if header_row is None or number == header_row:
                header_number, header_cells = number, cells
                if flagged:
                    header_cells = _report_flagged(sheet.name, number, cells, (), problems)
                break
            if number > header_row:
                break
        headers = unique_headers(header_cells, sheet.name, header_number, problems)
        if not headers:
            raise ImportFileError("import.no_header", path=str(self.path))
        info = {
            "sheet": sheet.name,
            "header_row": header_number,
            "epoch": self.epoch,
            "sheets": self.sheet_names,
        }
        return Table(headers, sheet.name, _keyed(sheet.name, headers, rows, problems), problems, info)


def _keyed(
    sheet: str, headers: tuple[str, ...], rows: Iterator[tuple[int, list[Any], bool]], problems: ProblemList
) -> Iterator[RawRow]:
    width = len(headers)
    for number, cells, flagged in rows:
        if flagged:
            cells = _report_flagged(sheet, number, cells, headers, problems)
        elif all(is_blank(cell) for cell in cells):
            continue
        if len(cells) > width:
            extra = [cell for cell in cells[width:] if not is_blank(cell)]
            if extra:
                flagged = True
                problems.add(
                    RowProblem(sheet, number, None, "import.cell.extra_cells", {"count": len(extra)})
                )
        values = dict(zip(headers, cells, strict=False))
        if len(cells) < width:
            for header in headers[len(cells) :]:
                values[header] = None
        yield RawRow(sheet, number, values, flagged)


@contextmanager
def open_xlsx(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Iterator[Workbook]:
    """Check the file (safety.check_xlsx), open it, and close it whatever happens."""
    path = Path(path)
    check_xlsx(path, limits)
    book = Workbook(path, limits)
    try:
        yield book
    finally:
        book.close()


def read_xlsx(
    path: Path | str, sheet: str | None = None, header_row: int | None = None, limits: Limits = DEFAULT_LIMITS
) -> tuple[Table, list[RawRow]]:
    """Every row of one sheet, read at once (the workbook is closed on return)."""
    with open_xlsx(path, limits) as book:
        table = book.table(sheet, header_row)
        rows = list(table)
    return table, rows


class Flagged:
    """A cell that must not be imported (a formula or an error value), with why."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params


def _report_flagged(
    sheet: str, row: int, cells: list[Any], headers: tuple[str, ...], problems: ProblemList
) -> list[Any]:
    """Report the flagged cells of a row under their column's header; give the row without them."""
    from openpyxl.utils import get_column_letter

    cleaned = list(cells)
    for index, value in enumerate(cells):
        if type(value) is Flagged:
            cell = f"{get_column_letter(index + 1)}{row}"
            column = headers[index] if index < len(headers) else cell
            problems.add(RowProblem(sheet, row, column, value.key, {**value.params, "cell": cell}))
            cleaned[index] = None
    return cleaned


def _cell_value(cell: Any, strings: list[str], book: Workbook) -> Any:
    """A cell's value as openpyxl would give it in read-only mode, or a Flagged.

    The children are walked once rather than searched with find(): lxml's path search costs
    more than the rest of the cell's reading.
    """
    raw: str | None = None
    inline = None
    for child in cell:
        tag = child.tag
        if tag == _VALUE:
            raw = child.text
        elif tag == _FORMULA:
            return Flagged("import.cell.formula", formula="=" + (child.text or ""))
        elif tag == _INLINE:
            inline = child
    kind = cell.get("t")
    if kind == "s":
        return strings[int(raw)] if raw is not None else None
    if kind == "inlineStr":
        return _rich_text(inline) if inline is not None else None
    if raw is None or raw == "":
        return None
    if kind is None or kind == "n":
        number: int | float = int(raw) if raw.lstrip("-").isdigit() else float(raw)
        style = cell.get("s")
        if style and int(style) in book.date_styles:
            from openpyxl.utils.datetime import from_excel

            try:
                return from_excel(number, book.epoch, timedelta=int(style) in book.duration_styles)
            except (OverflowError, ValueError):
                return Flagged("import.cell.error_value", value=raw)
        return number
    if kind == "str":
        return _unescape(raw)
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "d":
        from openpyxl.utils.datetime import from_ISO8601

        return from_ISO8601(raw)
    if kind == "e":
        return Flagged("import.cell.error_value", value=raw)
    return raw


def _inline_text(cell: Any) -> str | None:
    """The text of an inline-string cell written the plain way, ``<is><t>text</t></is>`` (as
    openpyxl writes every text): one look at each element instead of walking them. None for
    anything else (runs, no text, an entity kept unexpanded): _cell_value reads it then."""
    if len(cell) != 1:
        return None
    inline = cell[0]
    if len(inline) != 1 or inline.tag != _INLINE:
        return None
    text = inline[0]
    if text.tag != _TEXT or len(text):
        return None
    value = text.text
    if value is None:
        return None
    return _unescape(value) if "_x" in value else value


def _rich_text(element: Any) -> str:
    """The text of a string item: its <t>, or its runs' <t> joined (phonetic runs left out)."""
    parts = []
    for child in element:
        if child.tag == _TEXT:
            if len(child):  # an entity the parser kept unexpanded: never cut the text short
                raise ImportFileError("import.xml_entities", path="", entry="<t>")
            parts.append(child.text or "")
        elif child.tag == _RUN:
            for text in child:
                if text.tag == _TEXT:
                    if len(text):
                        raise ImportFileError("import.xml_entities", path="", entry="<t>")
                    parts.append(text.text or "")
    return _unescape("".join(parts))


def _unescape(value: str) -> str:
    if "_x" not in value:
        return value
    return _ESCAPE.sub(lambda match: chr(int(match[1], 16)), value)


def _read_shared_strings(archive: zipfile.ZipFile, part: str) -> list[str]:
    from lxml import etree

    strings: list[str] = []
    with archive.open(part) as source:
        parser = etree.iterparse(
            source, events=("end",), tag=_SI, resolve_entities=False, load_dtd=False, no_network=True
        )
        for _event, item in parser:
            strings.append(_rich_text(item))
            item.clear()
            while item.getprevious() is not None:
                del item.getparent()[0]
    return strings


def _shared_strings_part(package: Any) -> str | None:
    from openpyxl.xml.constants import SHARED_STRINGS

    override = package.find(SHARED_STRINGS)
    return override.PartName.lstrip("/") if override is not None else None


def _column(reference: str, cache: dict[str, int]) -> int:
    letters = reference.rstrip("0123456789")
    number = cache.get(letters)
    if number is None:
        number = 0
        for letter in letters.upper():
            number = number * 26 + (ord(letter) - 64)
        cache[letters] = number
    return number


def _damaged(path: Path, error: BaseException) -> ImportFileError:
    reason = str(error) or type(error).__name__
    from defusedxml import DefusedXmlException

    if isinstance(error, DefusedXmlException):
        return ImportFileError("import.xml_entities", path=str(path), entry=reason)
    return ImportFileError("import.xlsx_damaged", path=str(path), reason=reason[:200])
