"""Report tables that repeat their header on every page and never choke on a long cell.

Why not ReportLab's ``Table``/``LongTable``: a table cannot split inside a row, so one cell taller
than a page stops the build, and one big table is re-measured at every page break, which makes
a 41,066-row table take minutes (docs/design/PERFORMANCE.md). ``RowTable`` measures each row once with the
cells' own wrapping, hands the frame exactly the rows that fit (with the header row on top) and
draws rows itself, so a long table costs time in proportion to its rows.

A row that does not fit the rest of the page is cut between two lines, as a word processor
does: every cell continues on the next page under the repeated header, the shading stays that
of the row and no rule is drawn between the pieces. Short rows (under six lines) move whole. So
even a cell taller than a page prints in full; callers cap absurd cells beforehand
(:func:`cap_cell_text`) to keep a meeting document readable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.flowables import BidiText, Line
from nrtd_desktop.reports.styles import FIGURE_FILL, GRID, ZEBRA, Theme

CHUNK_ROWS = 100  # rows per table flowable: ReportLab slows down badly on one huge table
MAX_WORD_SHARE = 0.45  # a column may grow to this share of the table to hold its longest word


@dataclass
class _Row:
    """One printed row: a logical row or a continuation piece of one."""

    cells: list[BidiText]
    logical: int  # index of the logical row in its table, for shading and rules
    first_piece: bool
    height: float = 0.0
    key: str = ""  # the reference repeated on a continuation piece


def column_widths(avail: float, fractions: Sequence[float], minimums: Sequence[float]) -> list[float]:
    """Widths of columns given as shares of ``avail``, each widened to its minimum (its longest
    word) by taking from the columns that have room to spare, in proportion to that room."""
    widths = [avail * f for f in fractions]
    minimums = [min(m, avail * MAX_WORD_SHARE) for m in minimums]
    deficit = sum(max(0.0, m - w) for w, m in zip(widths, minimums, strict=True))
    if deficit <= 0:
        return widths
    spare = [max(0.0, w - m) for w, m in zip(widths, minimums, strict=True)]
    room = sum(spare)
    if room <= deficit:  # cannot satisfy every minimum: share the width by the minimums
        total = sum(minimums) or 1.0
        return [avail * m / total for m in minimums]
    return [max(w, m) - deficit * r / room for w, m, r in zip(widths, minimums, spare, strict=True)]


class TableLayout:
    """What every piece of one table shares: its column widths (set once, by the header and the
    first rows, so the columns do not move from page to page), theme and continuation word."""

    def __init__(
        self, fractions: Sequence[float], theme: Theme, key_column: int | None = None, continued: str = ""
    ) -> None:
        total = float(sum(fractions)) or 1.0
        self.fractions = [f / total for f in fractions]
        self.theme = theme
        self.key_column = key_column
        self.continued = continued
        self._widths: tuple[float, list[float]] | None = None
        self.last_page = -1  # the page the last piece was drawn on (the header is not repeated there)

    def widths(
        self, avail: float, header: Sequence[BidiText], rows: Sequence[Sequence[BidiText]]
    ) -> list[float]:
        if self._widths is None or self._widths[0] != avail:
            pad = 2 * self.theme.cell_padding
            minimums = []
            for column in range(len(self.fractions)):
                cells = [header[column], *(row[column] for row in rows)]
                widest = max(c.min_width() + c.indent for c in cells)
                if column == self.key_column and self.continued:  # room for "(continued)"
                    style = header[column].style
                    label = f"({self.continued})"
                    widest = max(widest, at.word_width(label, style.font_name, style.font_size))
                minimums.append(widest + pad + 0.5)
            self._widths = (avail, column_widths(avail, self.fractions, minimums))
        return self._widths[1]


class RowTable(Flowable):
    """A table of ``BidiText`` cells; columns are given left to right as they appear on paper.

    ``rows`` may be a function that makes the rows when the table is first measured (a chunk of a
    long table, see ``chunked_tables``). ``first_index`` is the index of its first row in the
    whole table (zebra shading continues across chunks).
    """

    def __init__(
        self,
        header: Sequence[BidiText],
        rows: Sequence[Sequence[BidiText]] | Callable[[], list[list[BidiText]]],
        layout: TableLayout | Sequence[float],
        theme: Theme | None = None,
        *,
        first_index: int = 0,
        _prepared: tuple[float, list[_Row]] | None = None,
    ) -> None:
        super().__init__()
        if not isinstance(layout, TableLayout):
            assert theme is not None
            layout = TableLayout(layout, theme)
        self.layout = layout
        self.theme = layout.theme
        self.header = list(header)
        self._rows = rows if callable(rows) else [list(r) for r in rows]
        if not callable(self._rows) and any(len(row) != len(header) for row in self._rows):
            raise ValueError("every table row needs one cell per column")
        self.first_index = first_index
        self._prepared = _prepared
        self._with_header = True

    @property
    def rows(self) -> list[list[BidiText]]:
        if callable(self._rows):
            self._rows = self._rows()
        return self._rows

    # --- measuring ----------------------------------------------------------------------
    def _widths(self, width: float) -> list[float]:
        return self.layout.widths(width, self.header, self.rows)

    def _inner_widths(self, width: float) -> list[float]:
        pad = self.theme.cell_padding
        return [max(w - 2 * pad, 1.0) for w in self._widths(width)]

    def _row_height(self, cells: Sequence[BidiText], inner: list[float]) -> float:
        tallest = max((c.height_for(w) for c, w in zip(cells, inner, strict=True)), default=0.0)
        return max(tallest, self.theme.cell.leading) + 2 * self.theme.cell_padding

    def _key(self, cells: Sequence[BidiText]) -> str:
        column = self.layout.key_column
        if column is None or not self.layout.continued:
            return ""
        return cells[column].text.split("\n", 1)[0].strip()[:80]

    def _prepare(self, width: float) -> list[_Row]:
        if self._prepared and self._prepared[0] == width:
            return self._prepared[1]
        inner = self._inner_widths(width)
        printed = [
            _Row(cells, self.first_index + i, True, self._row_height(cells, inner), self._key(cells))
            for i, cells in enumerate(self.rows)
        ]
        self._prepared = (width, printed)
        return printed

    def _cut_row(self, row: _Row, room: float, width: float) -> tuple[_Row, _Row] | None:
        """The row cut so that its first piece fills ``room``; None when it should move whole."""
        inner = self._inner_widths(width)
        lines = [c.lines_for(w) for c, w in zip(row.cells, inner, strict=True)]
        leading = max(c.style.leading for c in row.cells)
        total = max(len(cell_lines) for cell_lines in lines)
        # At least three lines stay on this page and two go to the next (no lone line); a row
        # under six lines always fits a fresh page, so moving it whole cannot loop.
        fit = min(int((room - 2 * self.theme.cell_padding) // leading), total - 2)
        if total < 6 or fit < 3:
            return None
        head = [c.with_lines(ls[:fit]) for c, ls in zip(row.cells, lines, strict=True)]
        tail = [c.with_lines(ls[fit:]) for c, ls in zip(row.cells, lines, strict=True)]
        column = self.layout.key_column
        if row.key and column is not None:
            # The second piece starts with the row's reference, so the reader knows whose it is.
            cell = row.cells[column]
            style = cell.style
            label = f"{row.key} ({self.layout.continued})"
            wrapped = at.wrap_paragraphs(label, cell.lang, style.font_name, style.font_size,
                                         inner[column] - cell.indent)
            continued: list[Line] = [(line, direction, None) for line, direction in wrapped]
            tail[column] = cell.with_lines(continued + lines[column][fit:])
        return (
            _Row(head, row.logical, row.first_piece, self._row_height(head, inner), row.key),
            _Row(tail, row.logical, False, self._row_height(tail, inner), row.key),
        )

    def _header_height(self, width: float) -> float:
        return self._row_height(self.header, self._inner_widths(width)) if self._with_header else 0.0

    def _decide_header(self) -> None:
        """A piece that goes on the page where the table's previous piece ended (the next chunk of
        a long table) continues it without a header; at the top of a page, the header repeats."""
        canv = getattr(self, "canv", None)
        page = canv.getPageNumber() if canv is not None else -2
        self._with_header = page != self.layout.last_page

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._decide_header()
        printed = self._prepare(availWidth)
        self.width = availWidth
        self.height = self._header_height(availWidth) + sum(r.height for r in printed)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._decide_header()
        printed = self._prepare(availWidth)
        room = availHeight - self._header_height(availWidth)
        fit = 0
        for row in printed:
            if row.height > room:
                break
            room -= row.height
            fit += 1
        if fit == len(printed):
            return []
        head, tail = printed[:fit], printed[fit:]
        cut = self._cut_row(tail[0], room, availWidth)
        if cut:
            head, tail = [*head, cut[0]], [cut[1], *tail[1:]]
        if not head:
            return []  # not even one row here: the frame moves the table to the next page
        return [self._part(availWidth, head), self._part(availWidth, tail)]

    def _part(self, width: float, printed: list[_Row]) -> RowTable:
        return RowTable(self.header, [r.cells for r in printed], self.layout, _prepared=(width, printed))

    # --- drawing ------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        self.layout.last_page = canv.getPageNumber()
        width = self.width
        printed = self._prepare(width)
        pad = self.theme.cell_padding
        inner = self._inner_widths(width)
        col_x = [0.0]
        for w in self._widths(width):
            col_x.append(col_x[-1] + w)
        top = self.height

        def draw_cells(cells: Sequence[BidiText], row_top: float) -> None:
            for cell, x, w in zip(cells, col_x, inner, strict=False):
                _, h = cell.wrap(w, row_top)
                cell.drawOn(canv, x + pad, row_top - pad - h)

        header_h = self._header_height(width)
        if header_h:
            canv.saveState()
            canv.setFillColor(self.theme.heading1.color)
            canv.rect(0, top - header_h, width, header_h, stroke=0, fill=1)
            canv.restoreState()
            draw_cells(self.header, top)
        y = top - header_h
        for row in printed:
            if row.logical % 2 == 1:
                canv.saveState()
                canv.setFillColor(ZEBRA)
                canv.rect(0, y - row.height, width, row.height, stroke=0, fill=1)
                canv.restoreState()
            draw_cells(row.cells, y)
            y -= row.height
        self._draw_rules(printed, col_x, top, header_h)
        report = getattr(canv, "nrtd_progress", None)
        if report is not None:
            report(sum(1 for row in printed if row.first_piece))

    def _draw_rules(self, printed: list[_Row], col_x: list[float], top: float, header_h: float) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        y = top - header_h
        for row in printed:
            if row.first_piece and y != top - header_h:
                canv.line(0, y, self.width, y)
            y -= row.height
        for x in col_x[1:-1]:
            canv.line(x, 0, x, top)
        canv.setStrokeColor(colors.HexColor("#4a5561"))
        canv.setLineWidth(0.6)
        canv.line(0, 0, 0, top)
        canv.line(self.width, 0, self.width, top)
        canv.line(0, 0, self.width, 0)
        if header_h or (printed and printed[0].first_piece):
            canv.line(0, top, self.width, top)
        canv.restoreState()


def chunked_tables(
    header: Sequence[BidiText],
    rows: Iterator[list[BidiText]],
    count: int,
    layout: TableLayout,
    chunk: int = CHUNK_ROWS,
) -> list[RowTable]:
    """A long table as consecutive tables of ``chunk`` rows whose cells are made only when each is
    laid out (the page before it is done): the rows of a 41,066-row plan never all exist at once."""
    taken = 0

    def take(start: int, size: int) -> Callable[[], list[list[BidiText]]]:
        def make() -> list[list[BidiText]]:
            nonlocal taken
            if start != taken:
                raise RuntimeError("table chunks must be laid out in order")
            taken += size
            return [next(rows) for _ in range(size)]

        return make

    return [
        RowTable(header, take(start, min(chunk, count - start)), layout, first_index=start)
        for start in range(0, count, chunk)
    ]


def cap_cell_text(text: str, limit: int, note: str) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, followed by a visible ``note``.

    ``note`` may contain ``{omitted}`` (the number of characters left out).
    """
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", int(limit * 0.9), limit)
    cut = cut if cut > 0 else limit
    return text[:cut].rstrip() + "\n" + note.format(omitted=len(text) - cut)


class KeyFigures(Flowable):
    """A band of boxes, each a large number over a short label (the figures a chair quotes)."""

    def __init__(self, figures: Sequence[tuple[str, str]], theme: Theme, lang: Lang) -> None:
        super().__init__()
        self.theme = theme
        ordered = list(figures) if lang != "ar" else list(reversed(figures))
        self.values = [BidiText(v, theme.figure_value, lang) for v, _ in ordered]
        self.labels = [BidiText(label, theme.figure_label, lang) for _, label in ordered]
        self.gap = 6.0
        self.spaceBefore = 4
        self.spaceAfter = 10

    def _box_width(self, width: float) -> float:
        n = max(len(self.values), 1)
        return (width - self.gap * (n - 1)) / n

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self._box_width(availWidth) - 2 * self.theme.cell_padding
        pairs = zip(self.values, self.labels, strict=True)
        tallest = max((v.height_for(inner) + label.height_for(inner) for v, label in pairs), default=0.0)
        self.width, self.height = availWidth, tallest + 4 * self.theme.cell_padding
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        box = self._box_width(self.width)
        pad = self.theme.cell_padding
        for i, (value, label) in enumerate(zip(self.values, self.labels, strict=True)):
            x = i * (box + self.gap)
            canv.saveState()
            canv.setFillColor(FIGURE_FILL)
            canv.setStrokeColor(GRID)
            canv.roundRect(x, 0, box, self.height, 4, stroke=1, fill=1)
            canv.restoreState()
            _, hv = value.wrap(box - 2 * pad, self.height)
            value.drawOn(canv, x + pad, self.height - 2 * pad - hv)
            _, hl = label.wrap(box - 2 * pad, self.height)
            label.drawOn(canv, x + pad, self.height - 2 * pad - hv - hl)
