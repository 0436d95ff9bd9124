"""The look of every report: sizes, colours and text styles in one place.

Colours are chosen for print on a grey laser printer: the table header is dark enough for white
text, zebra rows are a light grey that still shows after photocopying, and nothing relies on hue.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm

from nrtd_desktop.reports.flowables import TextStyle
from nrtd_desktop.reports.fonts import BOLD, REGULAR

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f3a5f")  # dark navy: headings, table header, rules
MUTED = colors.HexColor("#555555")
ZEBRA = colors.HexColor("#e9ecef")  # about 92 % grey: visible in grey print, text stays crisp
GRID = colors.HexColor("#9aa3ad")
FIGURE_FILL = colors.HexColor("#f3f5f7")
MARKING = colors.HexColor("#a23b2a")  # the draft or classification marking

# The colour of each status, as a small square at the start of its line in the tables and in the
# legend. Chosen to stay apart once printed in grey (about 80, 60, 45, 30 and 15 % lightness) as
# well as by hue; "overdue" is the brick red of the marking.
STATUS_COLOURS = {
    "not_started": colors.HexColor("#c9ced4"),
    "in_progress": colors.HexColor("#e8a93b"),
    "partially_implemented": colors.HexColor("#4f9fc0"),
    "implemented": colors.HexColor("#2e6b3a"),
    "completed": colors.HexColor("#2e6b3a"),
    "cancelled": colors.HexColor("#1a1a1a"),
    "overdue": colors.HexColor("#a23b2a"),
    "open": colors.HexColor("#a23b2a"),
    "being_addressed": colors.HexColor("#e8a93b"),
    "resolved": colors.HexColor("#2e6b3a"),
}


# Text styles are frozen values, so one instance can serve as the default of every theme.
_BODY = TextStyle(REGULAR, 11, 17, INK, space_after=6)
_HEADING1 = TextStyle(BOLD, 17, 25, ACCENT, space_before=10, space_after=6)
_HEADING2 = TextStyle(BOLD, 14, 21, ACCENT, space_before=8, space_after=4)
_HEADING3 = TextStyle(BOLD, 12, 18, INK, space_before=6, space_after=3)
_CELL = TextStyle(REGULAR, 9.5, 14, INK)
_CELL_HEADER = TextStyle(BOLD, 9.5, 14, colors.white)
_CAPTION = TextStyle(REGULAR, 9, 13, MUTED, space_after=4)
_RUNNING = TextStyle(REGULAR, 8.5, 12, MUTED)
_FIGURE_VALUE = TextStyle(BOLD, 20, 28, ACCENT, align="center")
_FIGURE_LABEL = TextStyle(REGULAR, 9.5, 14, INK, align="center")
_COVER_COMMITTEE = TextStyle(BOLD, 16, 26, ACCENT, align="center", space_after=8)
_COVER_TITLE = TextStyle(BOLD, 26, 40, INK, align="center", space_after=10)
_COVER_SUBTITLE = TextStyle(REGULAR, 15, 24, MUTED, align="center", space_after=8)
_COVER_DATE = TextStyle(REGULAR, 12, 20, INK, align="center")
_TOC_TITLE = TextStyle(BOLD, 17, 25, ACCENT, space_after=10)
_TOC_ENTRIES = (
    TextStyle(BOLD, 11.5, 19, INK),
    TextStyle(REGULAR, 10.5, 16, INK),
    TextStyle(REGULAR, 10, 15, MUTED),
)


@dataclass(frozen=True)
class Theme:
    margin: float = 18 * mm
    header_height: float = 12 * mm  # running header band inside the top margin
    body: TextStyle = _BODY
    heading1: TextStyle = _HEADING1
    heading2: TextStyle = _HEADING2
    heading3: TextStyle = _HEADING3
    cell: TextStyle = _CELL
    cell_header: TextStyle = _CELL_HEADER
    caption: TextStyle = _CAPTION
    running: TextStyle = _RUNNING
    figure_value: TextStyle = _FIGURE_VALUE
    figure_label: TextStyle = _FIGURE_LABEL
    cover_committee: TextStyle = _COVER_COMMITTEE
    cover_title: TextStyle = _COVER_TITLE
    cover_subtitle: TextStyle = _COVER_SUBTITLE
    cover_date: TextStyle = _COVER_DATE
    toc_title: TextStyle = _TOC_TITLE
    toc_entry: tuple[TextStyle, ...] = _TOC_ENTRIES
    cell_padding: float = 4.0

    def heading(self, level: int) -> TextStyle:
        return (self.heading1, self.heading2, self.heading3)[min(max(level, 1), 3) - 1]
