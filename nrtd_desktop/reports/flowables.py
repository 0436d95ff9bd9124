"""ReportLab flowables that lay out Arabic and English text without ReportLab's markup parser.

``BidiText`` wraps its text in logical order inside its own ``wrap``/``split``, so it knows the
real width it was given (a frame, or a table cell narrower than the page by its paddings) and
can be cut across pages. Text is drawn with ``drawString`` from plain strings: nothing the user
typed is ever read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

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


Line = tuple[str, str]  # (logical text, direction "R" or "L")


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
        lang: str,
        *,
        lines: list[Line] | None = None,
        link_key: str | None = None,
    ) -> None:
        super().__init__()
        self.text = at.clean_text(text)
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
    def lines_for(self, width: float) -> list[Line]:
        """The logical lines at ``width``; cached for the last width (tables ask repeatedly)."""
        if self._wrapped_at == -1.0 and self._lines is not None:
            return self._lines
        if self._lines is None or self._wrapped_at != width:
            s = self.style
            self._lines = (
                at.wrap_paragraphs(self.text, self.lang, s.font_name, s.font_size, width) if self.text else []
            )
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
        part.text = "\n".join(line for line, _ in lines)
        return part

    # --- drawing ------------------------------------------------------------------------
    def _x_for(self, line: str, direction: str, width: float) -> float:
        s = self.style
        align = s.align
        if align == "center":
            return (width - at.line_width(line, s.font_name, s.font_size)) / 2
        at_right = (align == "start") == (direction == "R")
        if at_right:
            return width - at.line_width(line, s.font_name, s.font_size)
        return 0.0

    def draw(self) -> None:
        if getattr(self.canv, "nrtd_dry", False):
            return  # a layout-only pass
        s = self.style
        canv = self.canv
        canv.setFillColor(s.color)
        canv.setFont(s.font_name, s.font_size)
        # The baseline sits a little above the bottom of the line box (Amiri's descent ~ 0.35 em).
        y = self.height - s.leading + (s.leading - s.font_size) / 2 + s.font_size * 0.3
        for line, direction in self.lines_for(self.width):
            if line:
                # Visual text is drawn with the reshaped glyphs: its width is the logical line's.
                canv.drawString(self._x_for(line, direction, self.width), y, at.visual_line(line, direction))
            y -= s.leading
        if self.link_key:
            canv.linkRect("", self.link_key, (0, 0, self.width, self.height), relative=1, thickness=0)
