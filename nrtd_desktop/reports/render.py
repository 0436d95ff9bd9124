"""Turns a ``ReportDocument``'s blocks into ReportLab flowables and builds the PDF."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import chart_drawing
from nrtd_desktop.reports.doc_template import HeadingText, ReportDocTemplate, frame_size
from nrtd_desktop.reports.flowables import BidiText
from nrtd_desktop.reports.fonts import register_fonts
from nrtd_desktop.reports.page_decor import PageDecor, numbered_canvas
from nrtd_desktop.reports.tables import KeyFigures, RowTable, cap_cell_text
from nrtd_desktop.reports.toc import BidiTableOfContents

if TYPE_CHECKING:
    from nrtd_desktop.reports.engine import ReportDocument

log = logging.getLogger(__name__)


class _StoryBuilder:
    def __init__(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.theme = doc.theme
        self.lang = doc.lang
        self.orientation = doc.orientation
        self.story: list[Flowable] = []
        self.headings = 0

    def text(self, value: object, style: object) -> BidiText:
        return BidiText(value, style, self.lang)  # type: ignore[arg-type]

    # --- fixed parts --------------------------------------------------------------------
    def cover(self) -> None:
        t, d = self.theme, self.doc
        self.story.append(Spacer(1, 30 * mm))
        logo = self._logo()
        if logo is not None:
            self.story += [logo, Spacer(1, 10 * mm)]
        self.story.append(self.text(d.committee, t.cover_committee))
        self.story.append(Spacer(1, 25 * mm))
        self.story.append(self.text(d.title, t.cover_title))
        if d.subtitle:
            self.story.append(self.text(d.subtitle, t.cover_subtitle))
        self.story.append(Spacer(1, 20 * mm))
        self.story += [self.text(line, t.cover_date) for line in d.cover_dates()]
        self.story += [NextPageTemplate(self.orientation), PageBreak()]

    def _logo(self) -> Image | None:
        """The logo scaled into a 40 mm box; a missing or unreadable file is skipped, not fatal."""
        if not self.doc.logo_path:
            return None
        try:
            from reportlab.lib.utils import ImageReader

            width, height = ImageReader(str(self.doc.logo_path)).getSize()
            scale = min(40 * mm / width, 40 * mm / height)
            return Image(str(self.doc.logo_path), width * scale, height * scale)
        except Exception:
            log.warning("report logo %s unreadable; the cover is printed without it", self.doc.logo_path)
            return None

    def contents(self) -> None:
        self.story.append(self.text(self.doc.word("contents"), self.theme.toc_title))
        self.story.append(BidiTableOfContents(self.theme, self.lang, self.doc.word("no_contents")))
        self.story.append(PageBreak())

    # --- blocks -------------------------------------------------------------------------
    def block(self, block: b.Block) -> None:
        t = self.theme
        if isinstance(block, b.Heading):
            self.headings += 1
            style = t.heading(block.level)
            if block.in_contents and block.level <= 2:
                self.story.append(CondPageBreak(style.leading * 4))
                self.story.append(
                    HeadingText(block.text, block.level, f"h{self.headings}", style=style, lang=self.lang)
                )
            else:
                self.story.append(self.text(block.text, style))
                self.story[-1].keepWithNext = True
        elif isinstance(block, b.Paragraph):
            style = t.caption if block.caption else t.body
            if block.bold:
                style = style.but(font_name=t.heading3.font_name)
            self.story.append(self.text(block.text, style))
        elif isinstance(block, b.KeyFigures):
            self.story.append(KeyFigures([(f.value, f.label) for f in block.figures], t, self.lang))
        elif isinstance(block, b.Table):
            self.story.append(self.table(block))
            self.story.append(Spacer(1, 8))
        elif isinstance(block, b.ChartBlock):
            width = frame_size(self.orientation, t)[0] * block.width_fraction
            self.story.append(chart_drawing(block.chart, self.lang, width))
            self.story.append(Spacer(1, 8))
        elif isinstance(block, b.PageBreak):
            self.story.append(PageBreak())
        elif isinstance(block, b.Orientation):
            self.orientation = block.orientation
            self.story += [NextPageTemplate(block.orientation), PageBreak()]
        elif isinstance(block, b.Space):
            self.story.append(Spacer(1, block.points))
        else:
            raise TypeError(f"not a report block: {block!r}")

    def table(self, block: b.Table) -> RowTable:
        t, lang = self.theme, self.lang
        columns = len(block.headers)
        widths = list(block.widths or [1.0] * columns)
        if len(widths) != columns:
            raise ValueError("a table needs one width per column")
        cut_note = self.doc.word("cell_cut")
        limit = self.doc.max_cell_chars

        def cell(value: object, column: int) -> BidiText:
            text = "" if value is None else str(value)
            if limit is not None:
                text = cap_cell_text(text, limit, cut_note)
            bold = block.bold_first_column and column == 0
            style = t.cell.but(font_name=t.heading3.font_name) if bold else t.cell
            return BidiText(text, style, lang)

        header = [BidiText(h, t.cell_header, lang) for h in block.headers]
        rows = []
        for values in block.rows:
            values = list(values)
            if len(values) != columns:
                raise ValueError(f"a table row has {len(values)} cells for {columns} columns")
            rows.append([cell(v, i) for i, v in enumerate(values)])
        if lang == "ar":  # right to left: the first column is printed on the right
            header.reverse()
            widths.reverse()
            for row in rows:
                row.reverse()
        return RowTable(header, rows, widths, t)


def render_document(doc: ReportDocument, target: str) -> int:
    """Build ``doc`` into the file ``target``; returns the number of pages."""
    register_fonts()
    builder = _StoryBuilder(doc)
    if doc.cover:
        builder.cover()
    if doc.contents:
        builder.contents()
    for block in doc.blocks:
        builder.block(block)
    template = ReportDocTemplate(
        target,
        doc.theme,
        first_orientation=doc.orientation,
        cover=doc.cover,
        title=doc.title,
        author=doc.committee,
        subject=doc.subtitle,
        creator="NRTD Desktop",
        lang=doc.lang,
    )
    decor = PageDecor(doc.lang, doc.committee, doc.title, doc.theme, doc.footer_note)
    canvasmaker = numbered_canvas(decor)
    if doc.contents:
        template.dry_first_pass = any(isinstance(f, HeadingText) for f in builder.story)
        template.multiBuild(builder.story, canvasmaker=canvasmaker)
    else:
        template.build(builder.story, canvasmaker=canvasmaker)
    return template.page
