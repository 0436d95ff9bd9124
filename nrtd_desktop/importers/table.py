"""The shape both readers give: a header and rows of values keyed by it.

A format module (UHRI, UPR Info, a mapping) works on a ``Table`` without caring whether the rows
came from a CSV or a sheet. Values are what the file held: ``str`` from a CSV; ``str``, ``int``,
``float``, ``bool``, ``datetime`` or ``None`` from a workbook.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from nrtd_desktop.importers.records import ProblemList, RowProblem


@dataclass(frozen=True, slots=True)
class RawRow:
    sheet: str | None
    row_number: int  # as a spreadsheet shows it, 1-based
    values: dict[str, Any]
    # A problem was already reported for this row while reading it (a formula, an error value,
    # cells right of the header): the format module reads it but makes no record of it.
    flawed: bool = False


@dataclass
class Table:
    """Rows of one CSV file or one sheet, read lazily; ``problems`` fills while iterating."""

    headers: tuple[str, ...]
    sheet: str | None
    rows: Iterator[RawRow]
    problems: ProblemList = field(default_factory=ProblemList)
    info: dict[str, Any] = field(default_factory=dict)

    def __iter__(self) -> Iterator[RawRow]:
        return self.rows


_SPACES = re.compile(r"\s+")


def clean_header(value: Any) -> str:
    """A header as people mean it: no BOM, no non-breaking or doubled spaces, no line breaks."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\ufeff", "").replace("\xa0", " ")
    return _SPACES.sub(" ", text).strip()


def header_key(value: str) -> str:
    """How headers are compared: case and spacing do not count."""
    return clean_header(value).casefold()


def unique_headers(
    raw: Sequence[Any], sheet: str | None, row_number: int, problems: ProblemList
) -> tuple[str, ...]:
    """Clean headers, naming blank ones by position and renaming repeats ("Text [2]").

    A repeated header would otherwise lose a column silently in the row dictionaries.
    """
    headers: list[str] = []
    seen: dict[str, int] = {}
    for position, value in enumerate(raw, start=1):
        name = clean_header(value) or f"[{position}]"
        key = header_key(name)
        if key in seen:
            seen[key] += 1
            renamed = f"{name} [{seen[key]}]"
            problems.add(
                RowProblem(
                    sheet,
                    row_number,
                    name,
                    "import.cell.duplicate_header",
                    {"value": name, "renamed": renamed},
                )
            )
            name = renamed
        else:
            seen[key] = 1
        headers.append(name)
    # Blank headers at the end are only cells formatted beyond the data.
    while headers and headers[-1].startswith("[") and headers[-1][1:-1].isdigit():
        headers.pop()
    return tuple(headers)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
