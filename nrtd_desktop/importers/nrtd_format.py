"""Reading the program's own workbook (format "nrtd", written by exporters/xlsx.py).

Every sheet of workbook/sheets.py is read into rows of typed values by column key: texts with
the formula-injection apostrophe removed (workbook/cells.unquote), dates, numbers, booleans,
vocabulary names turned back into their codes (in either language), multi-value cells split at
their line breaks. Links stay as written (a reference, a code, a name, an id); writer_nrtd.py
resolves them against the workbook and the database. A bad cell is a RowProblem naming the
sheet, row and column; a row with one is left out (and the import refused, as for any format).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.domain.bidi import strip_isolates
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.importers.records import ImportFileError, ProblemList, RowProblem
from nrtd_desktop.importers.safety import DEFAULT_LIMITS, Limits
from nrtd_desktop.importers.table import header_key
from nrtd_desktop.importers.xlsx_reader import Workbook, open_xlsx
from nrtd_desktop.workbook.cells import unquote
from nrtd_desktop.workbook.sheets import (
    BOOL,
    CHOICE,
    DATE,
    FLOAT,
    HIDDEN,
    INT,
    LINK,
    MARKER,
    MARKER_SHEET,
    MULTI,
    SHEETS,
    TEXT,
    Column,
    Sheet,
)

FORMAT = "nrtd"
_TRUE = {"true", "yes", "1", "نعم", "صح", "x"}
_FALSE = {"false", "no", "0", "لا", "خطا"}


@dataclass(slots=True)
class NrtdRow:
    sheet: str  # the sheet's name in the file
    row: int
    # column key -> typed value, blank cells left out (a workbook of the 41,066 UPR Info rows
    # has some 650,000 blank cells: 50 MB of dictionary entries saying None)
    values: dict[str, Any]
    present: frozenset[str]  # the columns the sheet has (shared by its rows): a key here and
    # not in ``values`` is a blank cell, which clears the field; a key not here keeps it

    def value(self, key: str) -> Any:
        """The cell of column ``key``: None (or () for a list) when blank or absent."""
        return self.values.get(key, _BLANKS.get(key))


@dataclass
class NrtdBook:
    """What a workbook of the program holds, by sheet key."""

    path: Path
    rows: dict[str, list[NrtdRow]] = field(default_factory=dict)
    problems: ProblemList = field(default_factory=ProblemList)
    rows_read: int = 0
    lang: Lang = "ar"


def is_nrtd(book: Workbook) -> bool:
    """The workbook carries the hidden marker sheet the exporter writes."""
    for sheet in book.sheets:
        if sheet.name == MARKER_SHEET:
            rows = book.raw_rows(sheet)
            try:
                for _number, cells, _flagged in rows:
                    return bool(cells) and cells[0] == MARKER
            finally:
                rows.close()
    return False


def _choice_index() -> dict[str, dict[str, str]]:
    index: dict[str, dict[str, str]] = {}
    for name, vocabulary in labels.VOCABULARIES.items():
        entries: dict[str, str] = {}
        for code, (arabic, english) in vocabulary.items():
            if code in ("none", "overdue"):
                continue
            for spelling in (str(code), arabic, english):
                entries.setdefault(normalize(spelling), str(code))
        index[name] = entries
    return index


_CHOICES = _choice_index()


@functools.lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return normalize(text)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is str:
        if value[:1] == "'":
            value = unquote(value)
        # The export isolates Latin runs in Arabic text; the marks are formatting, not content.
        value = strip_isolates(value)
        return value if value and not value.isspace() else None  # isspace: no copy of the text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return str(value)


class _Bad(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def convert(column: Column, raw: Any) -> Any:
    """The typed value of one cell of ``column``; raises _Bad for a value that cannot be read."""
    kind = column.kind
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return () if kind == MULTI else None
    if kind == DATE:
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        try:
            return dt.date.fromisoformat(str(raw).strip()[:10])
        except ValueError:
            raise _Bad("import.cell.bad_date", value=raw) from None
    if kind in (INT, FLOAT):
        try:
            number = float(raw) if not isinstance(raw, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None or (kind == INT and not number.is_integer()):
            raise _Bad("import.cell.bad_number", value=raw)
        return int(number) if kind == INT else number
    if kind == BOOL:
        if isinstance(raw, bool):
            return raw
        word = normalize(str(raw))
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise _Bad("nrtd.unknown_value", value=raw)
    if kind == CHOICE and column.vocabulary in _CHOICES:
        code = _CHOICES[column.vocabulary].get(_fold(str(raw)))
        if code is None:
            raise _Bad("nrtd.unknown_value", value=raw)
        return code
    if kind == MULTI:
        text = _text(raw) or ""
        parts = [part.strip() for line in text.splitlines() for part in line.split(";")]
        return tuple(part for part in parts if part)
    if kind in (LINK, HIDDEN):
        return _text(raw)
    return _text(raw)


def _reader(column: Column) -> Any:
    """``convert`` for one column, with the common cases decided once (the workbook of the UPR
    Info export has 1.5 million cells). A list or a closed-vocabulary value repeats from row to
    row ("Supported", "- Women & girls"...): each distinct cell is converted once."""
    if column.kind in (TEXT, LINK, HIDDEN):
        return _text
    convert_cell = functools.partial(convert, column)
    if column.kind not in (CHOICE, MULTI, BOOL):
        return convert_cell
    seen: dict[Any, Any] = {}

    def read(raw: Any) -> Any:
        key = (type(raw), raw)  # True, 1 and 1.0 are equal keys, and not the same cell
        try:
            return seen[key]
        except KeyError:
            value = convert_cell(raw)  # _Bad propagates, and is not remembered
            if len(seen) < _SEEN_LIMIT:
                seen[key] = value
            return value

    return read


_SEEN_LIMIT = 50_000


# What a blank cell of a list column reads as (every other column: None).
_BLANKS: dict[str, Any] = {c.key: () for sheet in SHEETS for c in sheet.columns if c.kind == MULTI}


def _find_sheet(book: Workbook, spec: Sheet) -> str | None:
    names = {header_key(spec.en), header_key(spec.ar), header_key(spec.key)}
    for sheet in book.sheets:
        if header_key(sheet.name) in names:
            return sheet.name
    return None


def _columns_of(spec: Sheet, headers: tuple[str, ...]) -> dict[str, Column]:
    by_spelling: dict[str, Column] = {}
    for column in spec.columns:
        for spelling in (column.key, column.en, column.ar):
            by_spelling.setdefault(header_key(spelling), column)
    return {
        header: by_spelling[header_key(header)] for header in headers if header_key(header) in by_spelling
    }


def read_nrtd(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> NrtdBook:
    """Every sheet of the program's workbook at ``path``."""
    path = Path(path)
    result = NrtdBook(path)
    with open_xlsx(path, limits) as book:
        if not is_nrtd(book):
            raise ImportFileError("nrtd.not_nrtd", path=str(path))
        for spec in SHEETS:
            name = _find_sheet(book, spec)
            if name is None:
                continue
            table = book.table(name)
            columns = _columns_of(spec, table.headers)
            present = frozenset(column.key for column in columns.values())
            readers = [(header, column, _reader(column)) for header, column in columns.items()]
            rows: list[NrtdRow] = []
            for raw in table:
                result.rows_read += 1
                values: dict[str, Any] = {}
                failed = raw.flawed
                cells = raw.values
                for header, column, read in readers:
                    cell = cells.get(header)
                    if cell is None:
                        continue
                    try:
                        value = read(cell)
                    except _Bad as bad:
                        failed = True
                        params = {"field": column.header("en"), **bad.params}
                        result.problems.add(
                            RowProblem(name, raw.row_number, header, bad.key, params, path.name)
                        )
                        continue
                    if value is not None and value != ():
                        values[column.key] = value
                if not failed:
                    rows.append(NrtdRow(name, raw.row_number, values, present))
            for problem in table.problems.items:
                result.problems.add(problem if problem.file else _with_file(problem, path.name))
            result.problems.count += table.problems.count - len(table.problems.items)
            result.rows[spec.key] = rows
    return result


def _with_file(problem: RowProblem, file: str) -> RowProblem:
    from dataclasses import replace

    return replace(problem, file=file)
