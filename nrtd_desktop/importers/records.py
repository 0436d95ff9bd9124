"""The plain output of every reader: one ``SourceRecord`` per row, and the problems found.

Readers only read: they turn a file into records with raw names (States, bodies, themes) and
leave matching those names to the catalogue and writing them to the database to the import
service. Nothing here knows about SQLAlchemy or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from nrtd_desktop.domain.errors import NrtdError, render_message
from nrtd_desktop.domain.lang import Lang

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _no_mapping() -> Mapping[str, Any]:
    return _EMPTY


SOURCE_FORMATS = ("uhri", "upr_info", "mapped", "nrtd")


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One recommendation or observation as the file gives it.

    ``source_key`` is the natural key of the row in its source (the UHRI annotation id, or a
    content hash for UPR Info), so that importing the same file again finds the same records.
    Names of States, bodies, themes and groups are kept raw: the catalogue matches them later.
    """

    source_format: str  # "uhri" | "upr_info" | "mapped" | "nrtd"
    source_key: str
    sheet: str | None
    row_number: int  # 1-based, as a spreadsheet shows it (the header is row 1 in most files)
    text_en: str | None = None
    text_ar: str | None = None
    mechanism_kind: str | None = None  # MechanismKind value: "UPR" | "TB" | "SP"
    body_raw: str | None = None
    document_symbol: str | None = None
    paragraph: str | None = None
    publication_date: dt.date | None = None
    upr_session: int | None = None
    upr_cycle: int | None = None
    countries_concerned: tuple[str, ...] = ()
    recommending_states: tuple[str, ...] = ()
    position_raw: str | None = None
    position: str | None = None  # Position value
    action_category: int | None = None  # UPR Info's 1-5
    annotation_type: str = "recommendation"  # AnnotationType value
    themes_raw: tuple[str, ...] = ()
    affected_groups_raw: tuple[str, ...] = ()
    sdg_raw: tuple[str, ...] = ()
    sdg_targets: tuple[str, ...] = ()  # the codes ("5.2", "16") read from sdg_raw
    regions_concerned: tuple[str, ...] = ()
    recommending_regions: tuple[str, ...] = ()
    uhri_published: dt.date | None = None  # UHRI's "Date of publication on UHRI"
    # Every value of the body cell (UHRI names joint reports' mandates one a line).
    body_values: tuple[str, ...] = ()
    # A hash of the row's cells as the file holds them: an unchanged row is known by it.
    row_digest: str | None = None
    # Columns of the file that no field takes, header -> text, so nothing read is lost.
    extra: Mapping[str, str] = field(default_factory=_no_mapping, hash=False)

    @property
    def text(self) -> str:
        """The text in whichever language the file gave it."""
        return self.text_ar or self.text_en or ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong with one cell, row or sheet, in words a committee member can act on.

    ``row`` is the spreadsheet row number and ``column`` the header of the column (or None
    when the problem is the whole row or file; a cell reference such as "M7" when the cell is
    right of the header). ``key`` names a message registered in
    messages.py; ``params`` fill it.
    """

    sheet: str | None
    row: int | None
    column: str | None
    key: str
    params: Mapping[str, Any] = field(default_factory=_no_mapping, hash=False)
    file: str | None = None  # set when one import reads several files

    def location(self, lang: Lang = "en") -> str:
        where = self._where(lang)
        if self.file:
            return render_message("import.where.in_file", {"file": self.file, "where": where}, lang)
        return where

    def _where(self, lang: Lang) -> str:
        parts = {"sheet": self.sheet, "row": self.row, "column": self.column}
        if self.row is None:
            where = "import.where.sheet" if self.sheet else "import.where.file"
        elif self.sheet and self.column:
            where = "import.where.sheet_row_column"
        elif self.sheet:
            where = "import.where.sheet_row"
        elif self.column:
            where = "import.where.row_column"
        else:
            where = "import.where.row"
        return render_message(where, parts, lang)

    def text(self, lang: Lang = "en") -> str:
        """The whole message: where, then what (Arabic when ``lang`` is "ar")."""
        return self.location(lang) + ": " + render_message(self.key, self.params, lang)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading one file gave: its records and the problems of the rows.

    Rows with a problem are not in ``records`` (the import service imports all rows or none,
    so it shows ``problems`` and stops when there are any). ``rows_read`` counts every data
    row read, before the country filter; ``problem_count`` counts all problems even when
    ``problems`` was cut at ``MAX_PROBLEMS`` to keep a hopeless file from filling the memory.
    """

    records: tuple[SourceRecord, ...]
    problems: tuple[RowProblem, ...]
    format: str
    rows_read: int
    problem_count: int = 0
    info: Mapping[str, Any] = field(default_factory=_no_mapping, hash=False)  # encoding, delimiter, sheet...

    @property
    def ok(self) -> bool:
        return self.problem_count == 0 and not self.problems


MAX_PROBLEMS = 1000


class ImportFileError(NrtdError):
    """The whole file is refused (not an xlsx, too large, unsafe, unreadable): nothing is read."""


class ProblemList:
    """Collects RowProblems up to MAX_PROBLEMS while counting all of them."""

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.items: list[RowProblem] = []
        self.count = 0
        self._limit = limit

    def add(self, problem: RowProblem) -> None:
        self.count += 1
        if len(self.items) < self._limit:
            self.items.append(problem)

    def extend(self, problems: list[RowProblem] | tuple[RowProblem, ...]) -> None:
        for problem in problems:
            self.add(problem)

    def __len__(self) -> int:
        return self.count
