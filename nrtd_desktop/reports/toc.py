"""The table of contents, laid out before the pages it lists exist: titles, dot leaders, numbers.

The headings of a report are known before it is laid out (they are its blocks), so the contents
take their final size at once; only the page numbers are not known yet. Each number is a PDF form
(a small drawing the pages refer to by name) that the canvas draws at the very end, when every
heading's page is known (``page_decor.ReportCanvas.save``). So the document is laid out in one
pass: no second pass over a 6,000-page plan to learn where its headings fell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus.flowables import Flowable

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.flowables import BidiText
from nrtd_desktop.reports.styles import Theme

NUMBER_DIGITS = "0000"  # the room kept for a page number: up to 9,999 pages
LEADER = " . "


@dataclass(frozen=True)
class Entry:
    level: int  # 0 for a level-1 heading, 1 for level 2
    text: str
    key: str  # the heading's bookmark


def page_form(key: str) -> str:
    return f"nrtd_page_{key}"


class ContentsList(Flowable):
    """Contents entries; splits between entries across pages."""

    def __init__(self, entries: Sequence[Entry], theme: Theme, lang: Lang, placeholder: str) -> None:
        super().__init__()
        self.entries = list(entries)
        self.theme = theme
        self.lang = lang
        self.placeholder = placeholder
        self._rows: list[tuple[Entry, BidiText, float]] = []

    def _style(self, entry: Entry):  # type: ignore[no-untyped-def]
        styles = self.theme.toc_entry
        return styles[min(entry.level, len(styles) - 1)]

    def _number_width(self, entry: Entry) -> float:
        style = self._style(entry)
        return at.line_width(NUMBER_DIGITS, style.font_name, style.font_size)

    def _indent(self, entry: Entry) -> float:
        return 14.0 * min(entry.level, 3)

    def _layout(self, width: float) -> list[tuple[Entry, BidiText, float]]:
        rows = []
        for entry in self.entries:
            style = self._style(entry)
            title = BidiText(entry.text, style, self.lang, link_key=entry.key)
            room = width - self._number_width(entry) - self._indent(entry) - style.font_size * 3
            height = title.height_for(room) + 2.0
            rows.append((entry, title, height))
        return rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._rows = self._layout(availWidth)
        if not self._rows:
            self.height = self.theme.body.leading
        else:
            self.height = sum(height for _, _, height in self._rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        rows = self._layout(availWidth)
        used, fit = 0.0, 0
        for _, _, height in rows:
            if used + height > availHeight:
                break
            used += height
            fit += 1
        if fit == 0 or fit == len(rows):
            return []
        head = ContentsList(self.entries[:fit], self.theme, self.lang, self.placeholder)
        tail = ContentsList(self.entries[fit:], self.theme, self.lang, self.placeholder)
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        if not self.entries:
            placeholder = BidiText(self.placeholder, self.theme.body, self.lang)
            placeholder.wrap(self.width, self.height)
            placeholder.drawOn(canv, 0, 0)
            return
        rtl = self.lang == "ar"
        forms = canv.nrtd_number_forms
        y = self.height
        for entry, title, height in self._rows:
            style = self._style(entry)
            number_w = self._number_width(entry)
            indent = self._indent(entry)
            room = self.width - number_w - indent - style.font_size * 3
            _, h = title.wrap(room, height)
            title_x = self.width - indent - room if rtl else indent
            title.drawOn(canv, title_x, y - h)
            last_line, direction, _ = title.lines_for(room)[-1]
            last_w = at.line_width(last_line, style.font_name, style.font_size)
            baseline = y - h + (style.leading - style.font_size) / 2 + style.font_size * 0.3
            # Dot leaders from the end of the title's last line to the page number.
            if rtl:
                text_end = title_x + room - last_w if direction == "R" else title_x + last_w
                lead_from, lead_to = number_w + style.font_size * 0.6, text_end - style.font_size * 0.6
            else:
                text_end = title_x + last_w if direction == "L" else title_x + room
                lead_from = text_end + style.font_size * 0.6
                lead_to = self.width - number_w - style.font_size * 0.6
            dot_w = at.line_width(LEADER, style.font_name, style.font_size)
            dots = int((lead_to - lead_from) // dot_w) if dot_w else 0
            canv.setFont(style.font_name, style.font_size)
            canv.setFillColor(style.color)
            if dots > 0:
                canv.drawString(lead_to - dots * dot_w, baseline, LEADER * dots)
            number_x = 0.0 if rtl else self.width - number_w
            name = page_form(entry.key)
            forms[name] = (entry.key, number_w, "left" if rtl else "right", style)
            canv.saveState()
            canv.translate(number_x, baseline)
            canv.doForm(name)
            canv.restoreState()
            canv.linkRect("", entry.key, (0, y - height, self.width, y), relative=1, thickness=0)
            y -= height
