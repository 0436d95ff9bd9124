"""Page templates (cover, portrait, landscape) and the hooks that feed the table of contents.

Every page template sets ``nrtd_decorate`` on the canvas; the numbered canvas draws the running
header and footer on those pages once the total is known (see ``page_decor``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from nrtd_desktop.reports.flowables import BidiText
from nrtd_desktop.reports.styles import Theme

PAGE_SIZES = {"portrait": portrait(A4), "landscape": landscape(A4)}


def frame_size(orientation: str, theme: Theme) -> tuple[float, float]:
    """Width and height of the body frame of a page in ``orientation``."""
    width, height = PAGE_SIZES[orientation]
    return width - 2 * theme.margin, height - 2 * theme.margin - theme.header_height / 2


class HeadingText(BidiText):
    """A heading: a ``BidiText`` that the document registers in the contents and PDF outline."""

    def __init__(self, text: object, level: int, key: str, **kwargs: Any) -> None:
        super().__init__(text, **kwargs)
        self.level = level
        self.key = key
        self.keepWithNext = True

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole


class ReportDocTemplate(BaseDocTemplate):
    def __init__(
        self, filename: str, theme: Theme, *, first_orientation: str, cover: bool, **kwargs: Any
    ) -> None:
        first = "cover" if cover else first_orientation
        super().__init__(filename, pagesize=PAGE_SIZES[first_orientation], **kwargs)
        self.theme = theme
        templates = []
        for orientation, size in PAGE_SIZES.items():
            templates.append(self._template(orientation, size, decorate=True))
        templates.append(self._template("cover", PAGE_SIZES["portrait"], decorate=False))
        templates.sort(key=lambda t: t.id != first)  # the first template is used for page 1
        self.addPageTemplates(templates)
        # With a table of contents, multiBuild lays the story out at least twice and keeps only the
        # last pass. When the first pass cannot be the last (it collects at least one heading, so
        # the contents change), it is laid out "dry": flowables skip their drawing (half the time).
        self.dry_first_pass = False
        self.nrtd_dry = False
        self._passes = 0

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        self._passes += 1
        self.nrtd_dry = self.dry_first_pass and self._passes == 1
        super().build(flowables, *args, **kwargs)

    def _template(self, name: str, size: tuple[float, float], *, decorate: bool) -> PageTemplate:
        margin = self.theme.margin
        offset = self.theme.header_height / 2 if decorate else 0.0
        frame = Frame(
            margin, margin, size[0] - 2 * margin, size[1] - 2 * margin - offset,
            id=f"{name}-body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )

        def on_page(canv: Any, doc: Any) -> None:
            canv.nrtd_decorate = decorate
            canv.nrtd_dry = getattr(doc, "nrtd_dry", False)

        return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, HeadingText):
            title = flowable.text.replace("\n", " ")
            self.canv.bookmarkPage(flowable.key)
            # PDF outlines may not skip a level (a level-3 heading right after a level-1 one).
            level = min(flowable.level - 1, getattr(self.canv, "nrtd_outline_level", -1) + 1)
            self.canv.nrtd_outline_level = level
            # The outline is Unicode text shown by the viewer, which orders Arabic itself.
            self.canv.addOutlineEntry(title, flowable.key, level=level, closed=level > 0)
            self.notify("TOCEntry", (flowable.level - 1, title, self.page, flowable.key))
