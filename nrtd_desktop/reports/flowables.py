"""ReportLab flowables that lay out Arabic and English text without ReportLab's markup parser.

``BidiText`` wraps its text in logical order inside its own ``wrap``/``split``, so it knows the
real width it was given (a frame, or a table cell narrower than the page by its paddings) and
can be cut across pages. Text is drawn with ``drawString`` from plain strings: nothing the user
typed is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import arabic_text as at


@dataclass(frozen=True)
class TextStyle:
    """How a block of text looks. ``align`` is "start", "end", "center" (start = right in RTL)."""

    font_name: str = "Amiri"
    font_size: float = 10.0
    leading: float = 15.0
    color: colors.Color = colors.black
    align: str = "start"
    space_before: float = 0.0
    space_after: float = 0.0

    def but(self, **changes: object) -> TextStyle:
        return replace(self, **changes)  # type: ignore[arg-type]


# (logical text, direction "R" or "L", the status key of the colour square that starts the line)
Line = tuple[str, str, str | None]
MARK_SIZE = 0.62  # of the font size: the side of a status square


class BidiText(Flowable):
    """A paragraph of plain text in a report language ("ar" or "en"), wrapped and split by itself.

    Each hard line of the text has its own direction (``arabic_text.base_direction``): an English
    sentence inside an Arabic cell is laid out left to right, aligned on the left, with its full
    stop at its end. ``lines`` may be passed instead of ``text`` to build the remainder of a split
    paragraph (already wrapped at the same width).
    """

    def __init__(
        self,
        text: object,
        style: TextStyle,
        lang: Lang,
        *,
        lines: list[Line] | None = None,
        link_key: str | None = None,
        marks: Sequence[str | None] = (),
    ) -> None:
        super().__init__()
        self.text = at.clean_text(text)
        self.marks = tuple(marks)  # a status key (or None) for each hard line
        self.style = style
        self.lang = lang
        self.link_key = link_key
        self._lines: list[Line] | None = lines
        self._wrapped_at: float | None = None if lines is None else -1.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    @property
    def direction(self) -> str:
        """The direction of the first line (a heading, a figure): "R" or "L"."""
        first = self.text.split("\n", 1)[0]
        return at.base_direction(first, self.lang)

    # --- layout -------------------------------------------------------------------------
    @property
    def indent(self) -> float:
        """Room kept at the start of every line for the status squares, when there are any."""
        return self.style.font_size * (MARK_SIZE + 0.45) if any(self.marks) else 0.0

    def lines_for(self, width: float) -> list[Line]:
        """The logical lines at ``width``; cached for the last width (tables ask repeatedly)."""
        if self._wrapped_at == -1.0 and self._lines is not None:
            return self._lines
        if self._lines is None or self._wrapped_at != width:
            s = self.style
            lines: list[Line] = []
            inner = width - self.indent
            for number, hard_line in enumerate(self.text.split("\n") if self.text else []):
                mark = self.marks[number] if number < len(self.marks) else None
                wrapped = at.wrap_paragraphs(hard_line, self.lang, s.font_name, s.font_size, inner)
                for i, (line, direction) in enumerate(wrapped):
                    lines.append((line, direction, mark if i == 0 else None))
            self._lines = lines
            self._wrapped_at = width
        return self._lines

    def forget(self) -> None:
        """Drop the wrapped lines (a long table frees its rows once they are drawn)."""
        if self._wrapped_at != -1.0:
            self._lines = None
            self._wrapped_at = None

    def height_for(self, width: float) -> float:
        return len(self.lines_for(width)) * self.style.leading

    def min_width(self) -> float:
        """The widest word: a column narrower than this would have to cut a word."""
        s = self.style
        words = self.text.replace(at.NBSP, " ").split()
        if not words:
            return 0.0
        longest = sorted(set(words), key=len, reverse=True)[:8]
        return max(at.word_width(w, s.font_name, s.font_size) for w in longest)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.height_for(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines_for(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        # Avoid a lone first or last line on a page (widow/orphan) when the paragraph allows.
        if len(lines) >= 4:
            fit = max(2, min(fit, len(lines) - 2))
            if fit * self.style.leading > availHeight:
                return []
        head_style = self.style.but(space_after=0.0)
        tail_style = self.style.but(space_before=0.0)
        return [self.with_lines(lines[:fit], head_style), self.with_lines(lines[fit:], tail_style)]

    def with_lines(self, lines: list[Line], style: TextStyle | None = None) -> BidiText:
        part = BidiText("", style or self.style, self.lang, lines=lines, link_key=self.link_key)
        part.text = "\n".join(line for line, _, _ in lines)
        part.marks = self.marks  # keeps the indent of the whole cell
        return part

    # --- drawing ------------------------------------------------------------------------
    def _at_right(self, direction: str) -> bool:
        return (self.style.align == "start") == (direction == "R")

    def _x_for(self, line: str, direction: str, width: float) -> float:
        s = self.style
        if s.align == "center":
            return (width - at.line_width(line, s.font_name, s.font_size)) / 2
        if self._at_right(direction):
            return width - self.indent - at.line_width(line, s.font_name, s.font_size)
        return self.indent

    def draw(self) -> None:
        if getattr(self.canv, "nrtd_dry", False):
            return  # a layout-only pass
        s = self.style
        canv = self.canv
        canv.setFillColor(s.color)
        canv.setFont(s.font_name, s.font_size)
        # The baseline sits a little above the bottom of the line box (Amiri's descent ~ 0.35 em).
        y = self.height - s.leading + (s.leading - s.font_size) / 2 + s.font_size * 0.3
        # All the lines in one text object (one BT ... ET): a third of the drawing time of a table
        # went into making a text object per line.
        text = canv.beginText()
        text.setFont(s.font_name, s.font_size)
        marks = []
        for line, direction, mark in self.lines_for(self.width):
            if mark:
                marks.append((mark, direction, y))
            if line:
                # Visual text is drawn with the reshaped glyphs: its width is the logical line's.
                text.setTextOrigin(self._x_for(line, direction, self.width), y)
                text.textOut(at.visual_line(line, direction))
            y -= s.leading
        canv.drawText(text)
        for mark, direction, baseline in marks:
            self._draw_mark(mark, direction, baseline)
        if self.link_key:
            canv.linkRect("", self.link_key, (0, 0, self.width, self.height), relative=1, thickness=0)

    def _draw_mark(self, key: str, direction: str, baseline: float) -> None:
        from nrtd_desktop.reports.styles import GRID, STATUS_COLOURS

        side = self.style.font_size * MARK_SIZE
        x = self.width - side if self._at_right(direction) else 0.0
        canv = self.canv
        canv.saveState()
        canv.setFillColor(STATUS_COLOURS.get(key, GRID))
        canv.setStrokeColor(colors.white if key in STATUS_COLOURS else GRID)
        canv.setLineWidth(0.3)
        canv.rect(x, baseline + self.style.font_size * 0.05, side, side, stroke=1, fill=1)
        canv.restoreState()
        canv.setFillColor(self.style.color)


class Legend(Flowable):
    """Status colours with their names, one after the other in reading order, wrapped."""

    def __init__(self, items: Sequence[tuple[str, str]], style: TextStyle, lang: Lang) -> None:
        super().__init__()
        self.items = list(items)
        self.style = style
        self.lang = lang
        self.spaceBefore = 2
        self.spaceAfter = 6
        self._lines: list[list[tuple[str, str, float]]] = []

    def _layout(self, width: float) -> list[list[tuple[str, str, float]]]:
        s = self.style
        side = s.font_size * MARK_SIZE
        lines: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for key, label in self.items:
            text = at.clean_text(label)
            item_w = side + s.font_size * 0.4 + at.line_width(text, s.font_name, s.font_size)
            if lines[-1] and used + item_w > width:
                lines.append([])
                used = 0.0
            lines[-1].append((key, text, item_w))
            used += item_w + s.font_size * 1.6
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = self._layout(availWidth)
        self.width, self.height = availWidth, len(self._lines) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        from nrtd_desktop.reports.styles import GRID, STATUS_COLOURS

        s = self.style
        canv = self.canv
        side = s.font_size * MARK_SIZE
        rtl = self.lang == "ar"
        y = self.height - s.leading + (s.leading - s.font_size) / 2 + s.font_size * 0.3
        for line in self._lines:
            x = self.width if rtl else 0.0
            for key, text, item_w in line:
                left = x - item_w if rtl else x
                square_x = left + item_w - side if rtl else left
                text_x = left if rtl else left + side + s.font_size * 0.4
                canv.saveState()
                canv.setFillColor(STATUS_COLOURS.get(key, GRID))
                canv.setStrokeColor(colors.white)
                canv.setLineWidth(0.3)
                canv.rect(square_x, y + s.font_size * 0.05, side, side, stroke=1, fill=1)
                canv.restoreState()
                canv.setFillColor(s.color)
                canv.setFont(s.font_name, s.font_size)
                direction = at.base_direction(text, self.lang)
                canv.drawString(text_x, y, at.visual_line(at.bind_latin_runs(text), direction))
                step = item_w + s.font_size * 1.6
                x = x - step if rtl else x + step
            y -= s.leading
