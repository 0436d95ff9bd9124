"""The high-level blocks a report is written in; the engine turns them into pages.

A report module builds a list of these from service data (plain dataclasses, no ReportLab), so
the content of a report can be tested without rendering it, and rendering stays in one place.
All text is plain user text: it is never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
class Table:
    """Columns in reading order (the engine mirrors them for Arabic).

    ``widths`` are relative (e.g. ``(1, 4, 2)``); a cell may be any value, printed with ``str``;
    ``None`` prints empty. Line breaks inside a cell are kept.
    """

    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[float] | None = None
    bold_first_column: bool = False


@dataclass(frozen=True)
class ChartBlock:
    chart: Chart
    width_fraction: float = 1.0  # of the frame width


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


Block = Heading | Paragraph | KeyFigures | Table | ChartBlock | PageBreak | Orientation | Space
