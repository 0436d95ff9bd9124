"""Running header, marking and "Page X of Y" footer, drawn as each page is finished.

The total Y, like the contents' page numbers, is not known until the last page: it is a PDF form
(``TOTAL_FORM``) every footer refers to and that ``ReportCanvas.save`` draws once at the end. So
the canvas never keeps finished pages to number them afterwards (the old "numbered canvas"
recipe held every page of a 6,000-page plan in memory): each page is written, compressed, and
let go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.numbers import Numerals
from nrtd_desktop.reports.pdf_stream import save_streaming
from nrtd_desktop.reports.styles import ACCENT, MARKING, Theme

PAGE_OF = {"ar": "صفحة {page} من", "en": "Page {page} of"}
TOTAL_FORM = "nrtd_total"
TOTAL_DIGITS = "00000"  # the room kept for the total


@dataclass(frozen=True)
class PageDecor:
    lang: Lang
    committee: str
    title: str
    theme: Theme
    footer_note: str = ""  # e.g. the date the report was generated, at the opposite side
    marking: str = ""  # "مسودة" / "DRAFT", a classification: on every page, the cover too
    numerals: Numerals = field(default_factory=Numerals)


def _draw_text(
    canv: Canvas, text: str, x: float, y: float, anchor: str, lang: Lang, size: float, font: str
) -> float:
    """Draw one line of logical ``text`` with its left, right or centre at ``x``; its width."""
    logical = text
    visual = at.visual_line(at.bind_latin_runs(logical), at.base_direction(logical, lang))
    width = at.line_width(logical, font, size)
    canv.setFont(font, size)
    left = {"left": x, "right": x - width, "center": x - width / 2}[anchor]
    canv.drawString(left, y, visual)
    return width


def draw_marking(canv: Canvas, decor: PageDecor, y: float) -> None:
    """The marking in a red frame at the top centre of the page."""
    if not decor.marking:
        return
    width = canv._pagesize[0]
    style = decor.theme.heading3
    size = style.font_size
    text = at.fit_line(decor.marking, style.font_name, size, width / 3)
    text_w = at.line_width(text, style.font_name, size)
    canv.saveState()
    canv.setStrokeColor(MARKING)
    canv.setFillColor(MARKING)
    canv.setLineWidth(1.2)
    canv.rect(width / 2 - text_w / 2 - 8, y - 4, text_w + 16, size + 6, stroke=1, fill=0)
    _draw_text(canv, text, width / 2, y, "center", decor.lang, size, style.font_name)
    canv.restoreState()


def decorate_page(canv: Canvas, decor: PageDecor, page: int) -> None:
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
    room = half - 50 if decor.marking else half
    committee = at.fit_line(decor.committee, style.font_name, style.font_size, room)
    title = at.fit_line(decor.title, style.font_name, style.font_size, room)
    _draw_text(canv, committee, start_x, top_y, start, decor.lang, style.font_size, style.font_name)
    _draw_text(canv, title, end_x, top_y, end, decor.lang, style.font_size, style.font_name)
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(0.6)
    canv.line(margin, top_y - 5, width - margin, top_y - 5)
    bottom_y = margin - 14
    canv.line(margin, bottom_y + 12, width - margin, bottom_y + 12)
    # "صفحة 3 من" then the total's form, centred together.
    text = decor.numerals.digits(PAGE_OF[decor.lang].format(page=page))
    font, size = style.font_name, style.font_size
    text_w = at.line_width(text, font, size)
    box_w = at.line_width(TOTAL_DIGITS, font, size)
    gap = at.line_width(" ", font, size)
    left = width / 2 - (text_w + gap + box_w) / 2
    if decor.lang == "ar":
        box_x, text_x = left, left + box_w + gap
    else:
        text_x, box_x = left, left + text_w + gap
    _draw_text(canv, text, text_x, bottom_y, "left", decor.lang, size, font)
    align = "right" if decor.lang == "ar" else "left"  # the digits stand next to the words
    canv.nrtd_number_forms.setdefault(TOTAL_FORM, ("", box_w, align, style))
    canv.saveState()
    canv.translate(box_x, bottom_y)
    canv.doForm(TOTAL_FORM)
    canv.restoreState()
    if decor.footer_note:
        note = at.fit_line(decor.footer_note, font, size, half - 60)
        _draw_text(canv, note, start_x, bottom_y, start, decor.lang, size, font)
    canv.restoreState()
    draw_marking(canv, decor, height - margin + 14)


def report_canvas(decor: PageDecor) -> type[Canvas]:
    """A canvas that decorates each page as it is finished and writes the page numbers nobody
    knew in advance (the total, the contents') as forms at the end."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress

    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page names Helvetica, a font that is not embedded (the doc
            # template passes initialFontName=None explicitly, so setdefault would not do).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or decor.theme.body.font_name
            super().__init__(*args, **kwargs)
            self.nrtd_page_kind = "body"  # set by the page template: "cover" or "body"
            self.nrtd_number_forms: dict[str, tuple[str, float, str, Any]] = {}
            self.nrtd_heading_pages: dict[str, int] = {}
            self.nrtd_progress: Any = None  # called with the number of table rows drawn
            self.nrtd_pages = 0

        def showPage(self) -> None:
            self.nrtd_pages += 1
            if self.nrtd_page_kind == "body":
                decorate_page(self, decor, self.nrtd_pages)
            else:
                draw_marking(self, decor, self._pagesize[1] - decor.theme.margin + 14)
            Canvas.showPage(self)
            self._compress_last_page()

        def _compress_last_page(self) -> None:
            """Compress the page's content now rather than when the file is saved, so that a
            finished page costs a few kilobytes of memory instead of its whole text."""
            page = self._doc.Pages.pages[-1]
            if page.stream and page.compression:
                stream = PDFStream(content=PDFZCompress.encode(page.stream))
                stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
                stream.__Comment__ = "page stream"
                page.Contents = stream
                page.stream = None

        def save(self) -> None:
            total = self.nrtd_pages
            for name, (key, box_w, align, style) in self.nrtd_number_forms.items():
                number = total if name == TOTAL_FORM else self.nrtd_heading_pages.get(key)
                text = decor.numerals.digits(str(number)) if number else ""
                self.beginForm(name, -2, -style.font_size, box_w + 2, style.font_size * 1.5)
                self.setFont(style.font_name, style.font_size)
                self.setFillColor(style.color)
                text_w = at.line_width(text, style.font_name, style.font_size)
                self.drawString(box_w - text_w if align == "right" else 0, 0, text)
                self.endForm()
            save_streaming(self)

    return ReportCanvas
