"""Page templates (cover, portrait, landscape), headings that stay with what follows them, and the
hook that records each heading's page for the contents and the PDF outline.

Every page template tells the canvas what kind of page it is (``nrtd_page_kind``); the report
canvas draws the running header and footer of body pages as each one is finished (``page_decor``).
"""

from __future__ import annotations

from collections.abc import Sequence
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

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole


class KeepWithNext(Flowable):
    """A heading (and the short lines under it) kept on the page with the start of what follows:
    the first rows of a table, the first lines of a paragraph, a whole chart. When that start does
    not fit under the heading, the whole group moves to the next page; a heading is never left
    alone at the foot of a page."""

    def __init__(self, heads: Sequence[Flowable], follower: Flowable) -> None:
        super().__init__()
        self.heads = list(heads)
        self.follower = follower

    def _heads_height(self, width: float, height: float) -> float:
        total = 0.0
        for i, flowable in enumerate(self.heads):
            _, h = flowable.wrap(width, height)
            total += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if i else 0.0)
        return total

    def getSpaceBefore(self) -> float:
        return self.heads[0].getSpaceBefore() if self.heads else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Always "too tall": the frame then asks ``split``, which hands the heading and the start
        # of the follower to the frame one by one (so each is drawn and recorded as usual).
        self.width, self.height = availWidth, availHeight + 1.0
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        heads = self._heads_height(availWidth, availHeight)
        room = availHeight - heads - self.follower.getSpaceBefore()
        if room > 0:
            self.follower.canv = getattr(self, "canv", None)
            _, needed = self.follower.wrap(availWidth, room)
            if needed <= room:
                return [*self.heads, self.follower]
            parts = self.follower.split(availWidth, room)
            if parts:
                return [*self.heads, *parts]
        if at_top:  # nothing better on any page: let the follower flow on its own
            return [*self.heads, self.follower]
        return []  # the group goes to the next page

    def draw(self) -> None:  # never drawn: split always hands its parts to the frame
        raise AssertionError("KeepWithNext is laid out through split")


class ReportDocTemplate(BaseDocTemplate):
    def __init__(
        self, filename: str, theme: Theme, *, first_orientation: str, cover: bool, **kwargs: Any
    ) -> None:
        first = "cover" if cover else first_orientation
        super().__init__(filename, pagesize=PAGE_SIZES[first_orientation], **kwargs)
        self.theme = theme
        templates = []
        for orientation, size in PAGE_SIZES.items():
            templates.append(self._template(orientation, size, kind="body"))
        templates.append(self._template("cover", PAGE_SIZES["portrait"], kind="cover"))
        templates.sort(key=lambda t: t.id != first)  # the first template is used for page 1
        self.addPageTemplates(templates)
        self.units_done = 0  # blocks and table rows laid out (the progress of the build)

    def _template(self, name: str, size: tuple[float, float], *, kind: str) -> PageTemplate:
        margin = self.theme.margin
        offset = self.theme.header_height / 2 if kind == "body" else 0.0
        frame = Frame(
            margin, margin, size[0] - 2 * margin, size[1] - 2 * margin - offset,
            id=f"{name}-body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )

        def on_page(canv: Any, doc: Any) -> None:
            canv.nrtd_page_kind = kind

        return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size)

    def afterFlowable(self, flowable: Flowable) -> None:
        units = getattr(flowable, "nrtd_units", 0)
        if units:
            report = getattr(self.canv, "nrtd_progress", None)
            if report is not None:
                report(units)
        if isinstance(flowable, HeadingText):
            title = flowable.text.replace("\n", " ")
            self.canv.bookmarkPage(flowable.key)
            self.canv.nrtd_heading_pages[flowable.key] = self.page
            # PDF outlines may not skip a level (a level-3 heading right after a level-1 one).
            level = min(flowable.level - 1, getattr(self.canv, "nrtd_outline_level", -1) + 1)
            self.canv.nrtd_outline_level = level
            # The outline is Unicode text shown by the viewer, which orders Arabic itself.
            self.canv.addOutlineEntry(title, flowable.key, level=level, closed=level > 0)
