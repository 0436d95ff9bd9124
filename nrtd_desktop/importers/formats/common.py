"""What every format module needs: finding its columns, reading cells, collecting the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from nrtd_desktop.importers.countries import CountryFilter
from nrtd_desktop.importers.records import (
    ImportFileError,
    ProblemList,
    ReadResult,
    RowProblem,
    SourceRecord,
)
from nrtd_desktop.importers.table import RawRow, Table, header_key, is_blank
from nrtd_desktop.importers.values import (
    WINDOWS_EPOCH,
    CellError,
    bullet_list,
    date_value,
    one_line,
    text,
    whole_number,
)

_T = TypeVar("_T")
# Texts longer than this are not recommendations but a pasted document (Excel's own cell limit).
MAX_TEXT_LENGTH = 32_767


def resolve_columns(
    table: Table,
    wanted: Mapping[str, tuple[str, ...]],
    required: Iterable[str],
    path: Path,
    format_name: str,
) -> dict[str, str]:
    """field -> the table's header for it, from each field's accepted spellings.

    Raises ImportFileError naming every required column that is missing.
    """
    by_key = {header_key(header): header for header in table.headers}
    found: dict[str, str] = {}
    for target, spellings in wanted.items():
        for spelling in spellings:
            header = by_key.get(header_key(spelling))
            if header is not None:
                found[target] = header
                break
    missing = [wanted[target][0] for target in required if target not in found]
    if missing:
        raise ImportFileError(
            "import.missing_columns",
            path=str(path),
            columns=", ".join(f"'{name}'" for name in missing),
            format=format_name,
        )
    return found


def matches_headers(headers: Iterable[str], signature: Iterable[str]) -> bool:
    keys = {header_key(header) for header in headers}
    return all(header_key(name) in keys for name in signature)


class Cells:
    """One row's cells by field, turning bad values into RowProblems instead of exceptions."""

    __slots__ = ("_columns", "_epoch", "_problems", "_row", "failed")

    def __init__(
        self, row: RawRow, columns: Mapping[str, str], problems: ProblemList, epoch: dt.datetime
    ) -> None:
        self._row = row
        self._columns = columns
        self._problems = problems
        self._epoch = epoch
        self.failed = row.flawed

    def raw(self, field: str) -> Any:
        header = self._columns.get(field)
        return self._row.values.get(header) if header is not None else None

    def report(self, field: str, key: str, /, **params: Any) -> None:
        self.failed = True
        params.setdefault("field", field)
        header = self._columns.get(field)
        self._problems.add(RowProblem(self._row.sheet, self._row.row_number, header, key, params))

    def _read(self, field: str, reader: Callable[[Any], _T], default: _T) -> _T:
        try:
            return reader(self.raw(field))
        except CellError as error:
            self.report(field, error.key, **error.params)
            return default

    def text(self, field: str, required: bool = False) -> str | None:
        value = text(self.raw(field))
        if value is None and required:
            self.report(field, "import.cell.required")
        elif value is not None and len(value) > MAX_TEXT_LENGTH:
            self.report(field, "import.cell.too_long", length=len(value), limit=MAX_TEXT_LENGTH)
        return value

    def one_line(self, field: str, required: bool = False) -> str | None:
        value = one_line(self.raw(field))
        if value is None and required:
            self.report(field, "import.cell.required")
        return value

    def number(
        self, field: str, low: int | None = None, high: int | None = None, required: bool = False
    ) -> int | None:
        if is_blank(self.raw(field)):
            if required:
                self.report(field, "import.cell.required")
            return None
        return self._read(field, lambda raw: whole_number(raw, field, low, high), None)

    def date(self, field: str) -> dt.date | None:
        return self._read(field, lambda raw: date_value(raw, field, self._epoch), None)

    def bullets(self, field: str) -> tuple[str, ...]:
        return bullet_list(self.raw(field))

    def convert(self, field: str, reader: Callable[[str | None], _T], default: _T) -> _T:
        """Apply a vocabulary function (vocab.position...) to the cell's one-line text."""
        return self.apply(field, reader, one_line(self.raw(field)), default)

    def apply(self, field: str, reader: Callable[[str | None], _T], value: str | None, default: _T) -> _T:
        """Apply a vocabulary function to ``value`` read from the field's cell, reporting failure."""
        try:
            return reader(value)
        except CellError as error:
            self.report(field, error.key, **error.params)
            return default


class Collector:
    """Gathers a format's records and problems, applying the country filter and key checks."""

    def __init__(self, table: Table, format_name: str, country: str | None) -> None:
        self.table = table
        self.format = format_name
        self.problems = table.problems
        self.filter = CountryFilter(country) if country else None
        self.records: list[SourceRecord] = []
        self.rows_read = 0
        self.epoch: dt.datetime = table.info.get("epoch", WINDOWS_EPOCH)
        self._first_row_of_key: dict[str, int] = {}

    def wanted(self, countries: Iterable[str]) -> bool:
        return self.filter is None or self.filter.matches(countries)

    def cells(self, row: RawRow, columns: Mapping[str, str]) -> Cells:
        return Cells(row, columns, self.problems, self.epoch)

    def unique_key(self, cells: Cells, field: str, key: str, row: RawRow) -> bool:
        """Report a natural key already used by an earlier row of this import."""
        first = self._first_row_of_key.setdefault(key, row.row_number)
        if first != row.row_number:
            cells.report(field, "import.cell.duplicate_key", value=key, first_row=first)
            return False
        return True

    def result(self) -> ReadResult:
        info = dict(self.table.info)
        info.pop("epoch", None)
        return ReadResult(
            records=tuple(self.records),
            problems=tuple(self.problems.items),
            format=self.format,
            rows_read=self.rows_read,
            problem_count=self.problems.count,
            info=info,
        )


def other_headers(table: Table, used: Iterable[str]) -> tuple[str, ...]:
    """The headers of the table that no field takes."""
    taken = set(used)
    return tuple(header for header in table.headers if header not in taken)


def extra_columns(row: RawRow, headers: Iterable[str]) -> dict[str, str]:
    """The row's non-blank cells under ``headers`` (see other_headers) as text, so nothing the
    file held is lost."""
    extra = {}
    values = row.values
    for header in headers:
        cleaned = text(values.get(header))
        if cleaned is not None:
            extra[header] = cleaned
    return extra
