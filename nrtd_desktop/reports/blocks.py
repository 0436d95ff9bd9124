"""The high-level blocks a report is written in; the engine turns them into pages.

A report module builds a list of these from service data (plain dataclasses, no ReportLab), so
the content of a report can be tested without rendering it, and rendering stays in one place.
All text is plain user text: it is never read as markup.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from nrtd_desktop.reports.charts import Chart


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1-3; levels 1 and 2 go into the table of contents
    in_contents: bool = True


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    caption: bool = False  # smaller grey text (sources, notes under a table)


@dataclass(frozen=True)
class KeyFigure:
    value: str
    label: str


@dataclass(frozen=True)
class KeyFigures:
    figures: Sequence[KeyFigure]


@dataclass(frozen=True)
class Cell:
    """A table cell whose lines may start with a status colour: ``marks`` gives, for each line of
    ``text`` (split at line breaks), a status key of ``styles.STATUS_COLOURS`` or None."""

    text: str
    marks: Sequence[str | None] = ()

    def __str__(self) -> str:
        return self.text


class LazyRows:
    """The rows of a long table, made one at a time while the PDF is written.

    Each item is turned into its row by ``make`` when the engine reaches it and is then let go, so
    a 41,066-row plan never holds all its rows (or its data) at once. It can be read once.
    """

    def __init__(self, items: Sequence[Any], make: Callable[[Any], Sequence[object]]) -> None:
        self._items = deque(items)
        self._make = make
        self._length = len(self._items)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Sequence[object]]:
        items, make = self._items, self._make
        while items:
            yield make(items.popleft())


@dataclass(frozen=True)
class Table:
    """Columns in reading order (the engine mirrors them for Arabic).

    ``widths`` are relative (e.g. ``(1, 4, 2)``): a column is widened when one of its words would
    not fit it, so no word is ever cut (only a "word" wider than half the table, a URL or a paste,
    is). A cell may be any value, printed with ``str``, or a ``Cell``; ``None`` prints empty. Line
    breaks inside a cell are kept. ``rows`` may be a ``LazyRows``. When a row is cut across two
    pages, the first line of its ``key_column`` cell (its reference) is repeated on the second.
    """

    headers: Sequence[str]
    rows: Sequence[Sequence[object]] | LazyRows
    widths: Sequence[float] | None = None
    bold_first_column: bool = False
    key_column: int | None = 0


@dataclass(frozen=True)
class ChartBlock:
    chart: Chart
    width_fraction: float = 1.0  # of the frame width


@dataclass(frozen=True)
class Figure:
    """A picture (a PNG or JPEG file) centred, ``width_fraction`` of the frame wide (less when it
    would be taller than half the page), with its caption under it. A missing file prints the
    caption alone."""

    path: str
    caption: str = ""
    width_fraction: float = 0.92


@dataclass(frozen=True)
class Legend:
    """The status colours used in the tables, each with its name: ``(status key, label)``."""

    items: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Orientation:
    """Continue on a new page in ``"portrait"`` or ``"landscape"`` (wide tables)."""

    orientation: str


@dataclass(frozen=True)
class Space:
    points: float = 12.0


Block = (Heading | Paragraph | KeyFigures | Table | ChartBlock | Figure | Legend | PageBreak | Orientation
         | Space)
