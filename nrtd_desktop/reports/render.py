"""Turns a ``ReportDocument``'s blocks into ReportLab flowables and builds the PDF in one pass.

Size and memory grow with the report in a straight line:

* long tables become tables of ``tables.CHUNK_ROWS`` rows whose cells are made only when the page
  before them is done (``tables.chunked_tables``), from rows that may themselves be made on demand
  (``blocks.LazyRows``);
* the contents and the "of Y" of the footers are PDF forms filled in at the end (``toc``,
  ``page_decor``), so there is no second layout pass;
* every finished page is compressed and let go (``page_decor.ReportCanvas``).

``progress(done, total)`` is called as blocks and table rows are laid out (a few times a second);
it may raise to stop the build, and the caller's atomic write then leaves no file behind.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import chart_drawing
from nrtd_desktop.reports.doc_template import HeadingText, KeepWithNext, ReportDocTemplate, frame_size
from nrtd_desktop.reports.flowables import BidiText, Legend
from nrtd_desktop.reports.fonts import register_fonts
from nrtd_desktop.reports.page_decor import PageDecor, report_canvas
from nrtd_desktop.reports.tables import KeyFigures, RowTable, TableLayout, cap_cell_text, chunked_tables
from nrtd_desktop.reports.toc import ContentsList, Entry

if TYPE_CHECKING:
    from nrtd_desktop.reports.engine import ReportDocument

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
KEEP_TEXT = 320  # a paragraph this short under a heading stays with it (the facts of a group)


class _StoryBuilder:
    def __init__(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.theme = doc.theme
        self.lang = doc.lang
        self.orientation = doc.orientation
        self.story: list[Flowable] = []
        self.headings = 0
        self.units = 0  # what the progress counts: one per block, one per table row

    def text(self, value: object, style: object) -> BidiText:
        return BidiText(value, style, self.lang)  # type: ignore[arg-type]

    # --- fixed parts --------------------------------------------------------------------
    def cover(self) -> None:
        t, d = self.theme, self.doc
        self.story.append(Spacer(1, 22 * mm))
        logo = self._logo()
        if logo is not None:
            self.story += [logo, Spacer(1, 8 * mm)]
        self.story.append(self.text(d.committee, t.cover_committee))
        self.story.append(Spacer(1, 18 * mm))
        self.story.append(self.text(d.title, t.cover_title))
        if d.subtitle:
            self.story.append(self.text(d.subtitle, t.cover_subtitle))
        for line in d.cover_lines:
            self.story.append(self.text(line, t.cover_subtitle))
        self.story.append(Spacer(1, 14 * mm))
        self.story += [self.text(d.numerals.digits(line), t.cover_date) for line in d.cover_dates()]
        if d.approvals:
            self.story.append(Spacer(1, 14 * mm))
            self.story += self.approvals()
        self.story += [NextPageTemplate(self.orientation), PageBreak()]

    def approvals(self) -> list[Flowable]:
        d = self.doc
        header = [d.word(k) for k in ("approval_role", "approval_name", "approval_date", "signature")]
        rows = [[role, name, day, "\n\n"] for role, name, day in d.approvals]
        table = b.Table(header, rows, widths=(1.4, 2.6, 1.4, 1.8), bold_first_column=True, key_column=None)
        return [self.text(d.word("approvals"), self.theme.heading3), *self.table(table)]

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
        entries = []
        number = 0
        for block in self.doc.blocks:
            if isinstance(block, b.Heading):
                number += 1
                if block.in_contents and block.level <= 2:
                    entries.append(Entry(block.level - 1, block.text, f"h{number}"))
        self.story.append(self.text(self.doc.word("contents"), self.theme.toc_title))
        self.story.append(ContentsList(entries, self.theme, self.lang, self.doc.word("no_contents")))
        self.story.append(PageBreak())

    # --- blocks -------------------------------------------------------------------------
    def block(self, block: b.Block) -> None:
        t = self.theme
        if isinstance(block, b.Table):
            self.story += self.table(block)
            self.story.append(Spacer(1, 8))
            return
        self.units += 1
        start = len(self.story)
        if isinstance(block, b.Heading):
            self.headings += 1
            style = t.heading(block.level)
            if block.in_contents and block.level <= 2:
                self.story.append(CondPageBreak(style.leading * 4))
                key = f"h{self.headings}"
                heading = HeadingText(block.text, block.level, key, style=style, lang=self.lang)
            else:
                heading = self.text(block.text, style)
            heading.nrtd_keep = True
            self.story.append(heading)
        elif isinstance(block, b.Paragraph):
            style = t.caption if block.caption else t.body
            if block.bold:
                style = style.but(font_name=t.heading3.font_name)
            paragraph = self.text(block.text, style)
            paragraph.nrtd_short = len(block.text) <= KEEP_TEXT
            self.story.append(paragraph)
        elif isinstance(block, b.KeyFigures):
            self.story.append(KeyFigures([(f.value, f.label) for f in block.figures], t, self.lang))
        elif isinstance(block, b.ChartBlock):
            width = frame_size(self.orientation, t)[0] * block.width_fraction
            self.story.append(chart_drawing(block.chart, self.lang, width, self.doc.numerals))
            self.story.append(Spacer(1, 8))
        elif isinstance(block, b.Figure):
            self.story += self.figure(block)
        elif isinstance(block, b.Legend):
            legend = Legend(block.items, t.caption, self.lang)
            legend.nrtd_short = True  # stays with the heading above
            self.story.append(legend)
        elif isinstance(block, b.PageBreak):
            self.story.append(PageBreak())
        elif isinstance(block, b.Orientation):
            self.orientation = block.orientation
            self.story += [NextPageTemplate(block.orientation), PageBreak()]
        elif isinstance(block, b.Space):
            self.story.append(Spacer(1, block.points))
        else:
            raise TypeError(f"not a report block: {block!r}")
        if len(self.story) > start:
            self.story[-1].nrtd_units = 1

    def figure(self, block: b.Figure) -> list[Flowable]:
        """The picture scaled into the frame (at most half its height), and its caption."""
        from reportlab.lib.utils import ImageReader

        out: list[Flowable] = []
        frame_w, frame_h = frame_size(self.orientation, self.theme)
        try:
            width, height = ImageReader(block.path).getSize()
        except Exception:
            log.warning("picture %s unreadable; its caption is printed alone", block.path)
        else:
            # A screenshot's pixel at most 0.6 pt: a small dialog stays the size it is on a screen.
            scale = min(frame_w * block.width_fraction / width, frame_h * 0.5 / height, 0.6)
            out.append(Image(block.path, width * scale, height * scale, hAlign="CENTER"))
        if block.caption:
            caption = self.text(block.caption, self.theme.caption.but(align="center", space_before=3))
            caption.nrtd_units = 0
            out.append(caption)
        out.append(Spacer(1, 6))
        return out

    def table(self, block: b.Table) -> list[Flowable]:
        t, lang = self.theme, self.lang
        columns = len(block.headers)
        widths = list(block.widths or [1.0] * columns)
        if len(widths) != columns:
            raise ValueError("a table needs one width per column")
        cut_note = self.doc.word("cell_cut")
        limit = self.doc.max_cell_chars
        rtl = lang == "ar"
        bold_style = t.cell.but(font_name=t.heading3.font_name)

        def cell(value: object, column: int) -> BidiText:
            marks: Sequence[str | None] = ()
            if isinstance(value, b.Cell):
                marks, value = value.marks, value.text
            text = "" if value is None else str(value)
            if limit is not None:
                text = cap_cell_text(text, limit, cut_note)
            style = bold_style if block.bold_first_column and column == 0 else t.cell
            return BidiText(text, style, lang, marks=marks)

        def make(values: Sequence[object]) -> list[BidiText]:
            values = list(values)
            if len(values) != columns:
                raise ValueError(f"a table row has {len(values)} cells for {columns} columns")
            row = [cell(v, i) for i, v in enumerate(values)]
            if rtl:  # right to left: the first column is printed on the right
                row.reverse()
            return row

        header = [BidiText(h, t.cell_header, lang) for h in block.headers]
        key = block.key_column
        if rtl:
            header.reverse()
            widths.reverse()
            key = None if key is None else columns - 1 - key
        layout = TableLayout(widths, t, key, self.doc.word("continued"))
        count = len(block.rows)
        self.units += count
        if not count:
            return [RowTable(header, [], layout)]
        rows: Iterator[list[BidiText]] = (make(values) for values in block.rows)
        return list(chunked_tables(header, rows, count, layout))

    # --- headings stay with what follows ------------------------------------------------
    def keep_headings(self) -> list[Flowable]:
        """Each heading, with the spacers and short paragraphs right under it, becomes one
        ``KeepWithNext`` with the flowable that follows them."""
        story, out = self.story, []
        i = 0
        while i < len(story):
            flowable = story[i]
            if not getattr(flowable, "nrtd_keep", False):
                out.append(flowable)
                i += 1
                continue
            heads = [flowable]
            j = i + 1
            while j < len(story) and (
                getattr(story[j], "nrtd_keep", False)
                or getattr(story[j], "nrtd_short", False)
                or isinstance(story[j], Spacer)
            ):
                heads.append(story[j])
                j += 1
            follower = story[j] if j < len(story) else None
            if follower is None or isinstance(follower, (PageBreak, NextPageTemplate, CondPageBreak)):
                out += heads
                i = j
                continue
            out.append(KeepWithNext(heads, follower))
            i = j + 1
        return out


class _Reporter:
    """Calls ``progress(done, total)`` at every 2 % of the work or every 0.2 s, whichever comes
    first, and once at the end."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        self.reported = 0
        self.last = time.monotonic()

    def __call__(self, units: int) -> None:
        self.done = min(self.done + units, self.total)
        now = time.monotonic()
        step = (self.done - self.reported) * 50 >= self.total
        if self.progress is not None and (step or now - self.last >= 0.2):
            self.last, self.reported = now, self.done
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def build_story(doc: ReportDocument) -> tuple[list[Flowable], int]:
    """The flowables of ``doc`` and the number of progress units they hold."""
    builder = _StoryBuilder(doc)
    if doc.cover:
        builder.cover()
    if doc.contents:
        builder.contents()
    for block in doc.blocks:
        builder.block(block)
    if doc.approvals and not doc.cover:
        builder.story += builder.approvals()
    return builder.keep_headings(), builder.units


def render_document(doc: ReportDocument, target: str, progress: Progress | None = None) -> int:
    """Build ``doc`` into the file ``target``; returns the number of pages."""
    register_fonts()
    story, units = build_story(doc)
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
    decor = PageDecor(
        doc.lang, doc.committee, doc.title, doc.theme, doc.footer_note, doc.marking, doc.numerals
    )
    reporter = _Reporter(progress, units)
    canvas_class = report_canvas(decor)

    class _Canvas(canvas_class):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.nrtd_progress = reporter

    template.build(story, canvasmaker=_Canvas)
    reporter.finish()
    pages: int = template.page
    return pages
