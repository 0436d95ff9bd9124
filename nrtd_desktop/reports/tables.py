"""Report tables that repeat their header on every page and never choke on a long cell.

Why not ReportLab's ``Table``/``LongTable``: a table cannot split inside a row, so one cell taller
than a page stops the build, and one big table is re-measured at every page break, which makes
a 41,066-row table take minutes (PERFORMANCE.md). ``RowTable`` measures each row once with the
cells' own wrapping, hands the frame exactly the rows that fit (with the header row on top) and
draws rows itself, so a long table costs time in proportion to its rows.

A row that does not fit the rest of the page is cut between two lines, as a word processor
does: every cell continues on the next page under the repeated header, the shading stays that
of the row and no rule is drawn between the pieces. Short rows (under six lines) move whole. So
even a cell taller than a page prints in full; callers cap absurd cells beforehand
(:func:`cap_cell_text`) to keep a meeting document readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from nrtd_desktop.reports.flowables import BidiText
from nrtd_desktop.reports.styles import FIGURE_FILL, GRID, ZEBRA, Theme


@dataclass
class _Row:
    """One printed row: a logical row or a continuation piece of one."""

    cells: list[BidiText]
    logical: int  # index of the logical row, for shading and rules
    first_piece: bool
    height: float = 0.0


class RowTable(Flowable):
    """A table of ``BidiText`` cells; columns are given left to right as they appear on paper."""

    def __init__(
        self,
        header: Sequence[BidiText],
        rows: Sequence[Sequence[BidiText]],
        rel_widths: Sequence[float],
        theme: Theme,
        *,
        _prepared: tuple[float, list[_Row]] | None = None,
    ) -> None:
        super().__init__()
        if any(len(row) != len(header) for row in rows):
            raise ValueError("every table row needs one cell per column")
        total = float(sum(rel_widths)) or 1.0
        self.fractions = [w / total for w in rel_widths]
        self.header = list(header)
        self.rows = [list(r) for r in rows]
        self.theme = theme
        self._prepared = _prepared

    # --- measuring ----------------------------------------------------------------------
    def _inner_widths(self, width: float) -> list[float]:
        pad = self.theme.cell_padding
        return [max(width * f - 2 * pad, 1.0) for f in self.fractions]

    def _row_height(self, cells: Sequence[BidiText], inner: list[float]) -> float:
        tallest = max((c.height_for(w) for c, w in zip(cells, inner, strict=True)), default=0.0)
        return max(tallest, self.theme.cell.leading) + 2 * self.theme.cell_padding

    def _prepare(self, width: float) -> list[_Row]:
        if self._prepared and self._prepared[0] == width:
            return self._prepared[1]
        inner = self._inner_widths(width)
        printed = [_Row(cells, i, True, self._row_height(cells, inner)) for i, cells in enumerate(self.rows)]
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
        return (
            _Row(head, row.logical, row.first_piece, self._row_height(head, inner)),
            _Row(tail, row.logical, False, self._row_height(tail, inner)),
        )

    def _header_height(self, width: float) -> float:
        return self._row_height(self.header, self._inner_widths(width))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        printed = self._prepare(availWidth)
        self.width = availWidth
        self.height = self._header_height(availWidth) + sum(r.height for r in printed)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
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
        part = RowTable(self.header, [], self.fractions, self.theme, _prepared=(width, printed))
        part.rows = [r.cells for r in printed]
        return part

    # --- drawing ------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        if getattr(canv, "nrtd_dry", False):
            return  # a layout-only pass of multiBuild
        width = self.width
        printed = self._prepare(width)
        pad = self.theme.cell_padding
        inner = self._inner_widths(width)
        col_x = [0.0]
        for f in self.fractions:
            col_x.append(col_x[-1] + width * f)
        top = self.height

        def draw_cells(cells: Sequence[BidiText], row_top: float) -> None:
            for cell, x, w in zip(cells, col_x, inner, strict=False):
                _, h = cell.wrap(w, row_top)
                cell.drawOn(canv, x + pad, row_top - pad - h)

        header_h = self._header_height(width)
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
        canv.setLineWidth(0.8)
        canv.rect(0, 0, self.width, top, stroke=1, fill=0)
        canv.restoreState()


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

    def __init__(self, figures: Sequence[tuple[str, str]], theme: Theme, lang: str) -> None:
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
        if getattr(canv, "nrtd_dry", False):
            return  # a layout-only pass of multiBuild
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
