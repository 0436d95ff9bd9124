"""Running header and "Page X of Y" footer, drawn once the total number of pages is known.

The canvas keeps every finished page instead of writing it (the ReportLab "numbered canvas"
recipe) and decorates them all in ``save()``, when the total is known. This works the same with
``multiBuild``, which saves only its last pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.styles import ACCENT, Theme

PAGE_OF = {"ar": "صفحة {page} من {total}", "en": "Page {page} of {total}"}


@dataclass(frozen=True)
class PageDecor:
    lang: str
    committee: str
    title: str
    theme: Theme
    footer_note: str = ""  # e.g. the date the report was generated, at the opposite side


def _draw_text(
    canv: Canvas, text: str, x: float, y: float, anchor: str, lang: str, size: float, font: str
) -> None:
    """Draw one line of logical ``text`` with its left, right or centre at ``x``."""
    logical = text
    visual = at.visual_line(at.bind_latin_runs(logical), at.base_direction(logical, lang))
    width = at.line_width(logical, font, size)
    canv.setFont(font, size)
    left = {"left": x, "right": x - width, "center": x - width / 2}[anchor]
    canv.drawString(left, y, visual)


def decorate_page(canv: Canvas, decor: PageDecor, page: int, total: int) -> None:
    width, height = canv._pagesize
    theme = decor.theme
    style = theme.running
    margin = theme.margin
    start, end = ("right", "left") if decor.lang == "ar" else ("left", "right")
    start_x, end_x = (width - margin, margin) if decor.lang == "ar" else (margin, width - margin)
    half = (width - 2 * margin) / 2 - 10
    canv.saveState()
    canv.setFillColor(style.color)
    top_y = height - margin + 4
    committee = at.fit_line(decor.committee, style.font_name, style.font_size, half)
    title = at.fit_line(decor.title, style.font_name, style.font_size, half)
    _draw_text(canv, committee, start_x, top_y, start, decor.lang, style.font_size, style.font_name)
    _draw_text(canv, title, end_x, top_y, end, decor.lang, style.font_size, style.font_name)
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(0.6)
    canv.line(margin, top_y - 5, width - margin, top_y - 5)
    bottom_y = margin - 14
    canv.line(margin, bottom_y + 12, width - margin, bottom_y + 12)
    page_text = PAGE_OF[decor.lang].format(page=page, total=total)
    _draw_text(canv, page_text, width / 2, bottom_y, "center", decor.lang, style.font_size, style.font_name)
    if decor.footer_note:
        note = at.fit_line(decor.footer_note, style.font_name, style.font_size, half - 60)
        _draw_text(canv, note, start_x, bottom_y, start, decor.lang, style.font_size, style.font_name)
    canv.restoreState()


def numbered_canvas(decor: PageDecor) -> type[Canvas]:
    """A canvas class that decorates pages flagged by the page templates, knowing the total."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page names Helvetica, a font that is not embedded (the doc
            # template passes initialFontName=None explicitly, so setdefault would not do).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or decor.theme.body.font_name
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict[str, Any]] = []
            self.nrtd_decorate = False

        def showPage(self) -> None:
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()
            self.nrtd_decorate = False

        def save(self) -> None:
            total = len(self._kept_pages)
            for number, state in enumerate(self._kept_pages, start=1):
                self.__dict__.update(state)
                if state.get("nrtd_decorate"):
                    decorate_page(self, decor, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
