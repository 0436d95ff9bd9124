"""A table of contents that lays out Arabic entries right to left.

ReportLab's ``TableOfContents`` collects the entries across ``multiBuild`` passes (that part is
kept) but draws them with ``Paragraph`` markup, which cannot order Arabic. ``wrap`` is replaced to
build the same internal table from ``BidiText`` cells: title on the reading side, page number on
the other, each entry a link to its heading.
"""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from nrtd_desktop.reports.flowables import BidiText
from nrtd_desktop.reports.styles import Theme


class BidiTableOfContents(TableOfContents):
    def __init__(self, theme: Theme, lang: str, placeholder: str) -> None:
        super().__init__()
        self.theme = theme
        self.lang = lang
        self.placeholder = placeholder

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        entries = self._lastEntries or [(0, self.placeholder, 0, None)]
        rtl = self.lang == "ar"
        number_width = 36.0
        data: list[list[BidiText]] = []
        for level, text, page, key in entries:
            style = self.theme.toc_entry[min(level, len(self.theme.toc_entry) - 1)]
            title = BidiText(text, style, self.lang, link_key=key)
            number = BidiText(str(page) if page else "", style.but(align="end"), self.lang, link_key=key)
            data.append([number, title] if rtl else [title, number])
        indent = [12.0 * min(e[0], 3) for e in entries]
        title_width = availWidth - number_width
        widths = [number_width, title_width] if rtl else [title_width, number_width]
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.theme.body.font_name),  # else Helvetica, unembedded
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        title_col = 1 if rtl else 0
        side = "RIGHTPADDING" if rtl else "LEFTPADDING"
        for row, amount in enumerate(indent):
            commands.append((side, (title_col, row), (title_col, row), amount))
        self._table = Table(data, colWidths=widths, style=TableStyle(commands))
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height
