"""Charts drawn with ReportLab's own graphics, with Arabic labels shaped and ordered.

Every label goes through the same shaping as body text (ReportLab's ``String`` would print
unjoined letters left to right). In Arabic the category axis runs right to left and horizontal
bars grow leftwards from the right, so the first category sits where an Arabic reader starts.

The palette is ordered by lightness (about 15 %, 64 %, 31 %, 87 %, 50 % grey once printed) so
that neighbouring series stay apart on a grey printer; bars carry value labels, pie slices their
name and share, and lines differ by marker and dash as well as colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.fonts import BOLD, REGULAR
from nrtd_desktop.reports.numbers import Numerals

PALETTE = [
    colors.HexColor("#14284b"),  # dark navy      ~15 % luminance
    colors.HexColor("#e39b2d"),  # orange         ~64 %
    colors.HexColor("#a23b2a"),  # brick          ~31 %
    colors.HexColor("#d5e4c3"),  # pale green     ~87 %
    colors.HexColor("#3d8fb0"),  # teal blue      ~50 %
]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Cross"]
DASHES: list[list[float] | None] = [None, [4, 2], [1, 2], [6, 2, 1, 2], [2, 2]]


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


@dataclass(frozen=True)
class BarChart:
    """Bars of counts (whole numbers: the value axis steps by whole numbers) unless ``counts``
    is False. An empty segment or bar carries no label."""

    categories: Sequence[str]
    series: Sequence[Series]
    horizontal: bool = False
    stacked: bool = False
    title: str = ""
    height: float = 220.0
    counts: bool = True
    colours: Sequence[str] = ()  # a status key per series: the colours of the tables' squares


@dataclass(frozen=True)
class PieChart:
    labels: Sequence[str]
    values: Sequence[float]
    title: str = ""
    height: float = 220.0
    colours: Sequence[str] = ()  # a status key per slice


@dataclass(frozen=True)
class LineChart:
    """Values over time: ``periods`` are the x labels (e.g. "2025 Q1"), oldest first."""

    periods: Sequence[str]
    series: Sequence[Series]
    title: str = ""
    height: float = 220.0
    value_min: float | None = None
    value_max: float | None = None


Chart = BarChart | PieChart | LineChart


def series_colour(spec: BarChart | PieChart, index: int) -> colors.Color:
    """The status colour given for series (or slice) ``index``, else the palette's."""
    from nrtd_desktop.reports.styles import STATUS_COLOURS

    if index < len(spec.colours) and spec.colours[index] in STATUS_COLOURS:
        return STATUS_COLOURS[spec.colours[index]]
    return PALETTE[index % len(PALETTE)]


def shape(text: str, lang: Lang, max_width: float | None = None, size: float = 8.0) -> str:
    """A label in visual order, shortened with an ellipsis when it would be wider than allowed."""
    logical = at.clean_text(text).replace("\n", " ")
    if max_width is not None:
        logical = at.fit_line(logical, REGULAR, size, max_width)
    return at.visual_line(at.bind_latin_runs(logical), at.base_direction(logical, lang))


def count_step(largest: float, ticks: int = 6) -> int:
    """A whole step (1, 2, 5, 10, 20, 25, 50, 100, ...) giving at most about ``ticks`` steps."""
    scale = 1
    while True:
        for base in (1, 2, 5, 10, 20, 25, 50):
            step = base * scale
            if largest / step <= ticks:
                return step
        scale *= 100


def _label_format(numerals: Numerals):  # type: ignore[no-untyped-def]
    """The value of a bar or segment, or nothing for an empty one (no "0" over the axis)."""

    def label(value: float | None) -> str:
        if value is None or value == 0:
            return ""
        return numerals.count(value)

    return label


def _legend(
    names: Sequence[str],
    lang: Lang,
    width: float,
    legend_w: float,
    top: float,
    size: float,
    colours: Sequence[colors.Color] = (),
) -> Legend:
    """The legend in its own band at the end of the reading line: left in Arabic, right in English."""
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = size
    legend.y = top
    if lang == "ar":  # swatches against the plot, names to their left
        legend.x, legend.boxAnchor, legend.alignment = legend_w - 8, "ne", "left"
    else:
        legend.x, legend.boxAnchor, legend.alignment = width - legend_w + 8, "nw", "right"
    legend.columnMaximum = 8
    legend.dx = legend.dy = 8
    legend.strokeColor = None
    legend.colorNamePairs = [
        (colours[i] if i < len(colours) else PALETTE[i % len(PALETTE)], shape(name, lang, 110, size))
        for i, name in enumerate(names)
    ]
    return legend


def _title(drawing: Drawing, text: str, lang: Lang, width: float, size: float) -> None:
    if text:
        drawing.add(String(width / 2, drawing.height - size - 2, shape(text, lang, width, size + 2),
                           fontName=BOLD, fontSize=size + 2, textAnchor="middle"))


def bar_drawing(
    spec: BarChart, lang: Lang, width: float, size: float = 8.0, numerals: Numerals | None = None
) -> Drawing:
    numerals = numerals or Numerals(lang=lang)
    rtl = lang == "ar"
    drawing = Drawing(width, spec.height)
    legend_w = 130.0 if len(spec.series) > 1 else 0.0
    title_h = 20.0 if spec.title else 0.0
    chart = HorizontalBarChart() if spec.horizontal else VerticalBarChart()
    label_room = 120.0 if spec.horizontal else 35.0  # category names, or the value axis labels
    plot_w = width - legend_w - label_room - 20
    chart.x = (legend_w if rtl else label_room) + 10
    chart.y = 40 if not spec.horizontal else 15
    chart.width = plot_w
    chart.height = spec.height - chart.y - title_h - 10
    chart.data = [list(s.values) for s in spec.series]
    chart.categoryAxis.categoryNames = [
        shape(c, lang, label_room - 8 if spec.horizontal else plot_w / max(len(spec.categories), 1) - 4, size)
        for c in spec.categories
    ]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName = REGULAR
        axis.fontSize = size
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = numerals.count
    if spec.counts:  # whole numbers: a count axis never steps by 0.5
        values = [[v or 0 for v in s.values] for s in spec.series]
        if spec.stacked:
            largest = max((sum(column) for column in zip(*values, strict=True)), default=0)
        else:
            largest = max((v for row in values for v in row), default=0)
        step = count_step(max(largest, 1))
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = max(step, -(-largest // step) * step)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d4d8")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barSpacing = 1
    chart.groupSpacing = 6
    if spec.stacked:
        chart.categoryAxis.style = "stacked"
    for i in range(len(spec.series)):
        chart.bars[i].fillColor = series_colour(spec, i)
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.5
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = size - 1
    chart.barLabelFormat = _label_format(numerals)
    if spec.stacked:
        chart.barLabels.boxTarget = "mid"
        chart.barLabels.fillColor = colors.black
        chart.barLabels.boxFillColor = colors.white
    if spec.horizontal:
        if rtl:
            # Bars grow leftwards from an axis on the right, category names to its right.
            chart.valueAxis.reverseDirection = 1
            chart.categoryAxis.joinAxisMode = "right"
            chart.categoryAxis.labels.boxAnchor = "w"
            chart.categoryAxis.labels.dx = 6
        chart.categoryAxis.reverseDirection = 1  # first category at the top
        if spec.stacked:
            chart.barLabels.textAnchor = "middle"
        else:
            chart.barLabels.boxAnchor = "e" if rtl else "w"
            chart.barLabels.dx = -3 if rtl else 3
    else:
        if rtl:
            chart.categoryAxis.reverseDirection = 1
            chart.valueAxis.joinAxisMode = "right"
            chart.valueAxis.labels.boxAnchor = "w"
            chart.valueAxis.labels.dx = 4
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -4
        if not spec.stacked:
            chart.barLabels.boxAnchor = "s"
            chart.barLabels.dy = 2
    drawing.add(chart)
    if legend_w:
        names = [s.name for s in spec.series]
        colours = [series_colour(spec, i) for i in range(len(names))]
        drawing.add(_legend(names, lang, width, legend_w, chart.y + chart.height, size, colours))
    _title(drawing, spec.title, lang, width, size)
    return drawing


def pie_drawing(
    spec: PieChart, lang: Lang, width: float, size: float = 8.0, numerals: Numerals | None = None
) -> Drawing:
    numerals = numerals or Numerals(lang=lang)
    drawing = Drawing(width, spec.height)
    title_h = 20.0 if spec.title else 0.0
    diameter = min(spec.height - title_h - 50, width / 2 - 40)
    pie = Pie()
    pie.x = (width - diameter) / 2
    pie.y = (spec.height - title_h - diameter) / 2
    pie.width = pie.height = diameter
    # An empty category has no slice and no label (a "0%" label would point at nothing).
    pairs = [(label, max(float(v), 0.0)) for label, v in zip(spec.labels, spec.values, strict=True)]
    colour_of = {label: series_colour(spec, i) for i, (label, _) in enumerate(pairs)}
    shown = [(label, v) for label, v in pairs if v > 0] or pairs[:1]
    total = sum(v for _, v in shown) or 1.0
    label_room = width / 2 - diameter / 2 - 30
    pie.data = [v for _, v in shown] if any(v for _, v in shown) else [1.0]
    pie.labels = [
        shape(f"{label} ({numerals.percent(round(100 * v / total))})", lang, label_room, size)
        for label, v in shown
    ]
    pie.sideLabels = True
    pie.simpleLabels = False
    pie.slices.fontName = REGULAR
    pie.slices.fontSize = size
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    pie.slices.label_pointer_strokeColor = colors.HexColor("#777777")
    pie.direction = "anticlockwise" if lang == "ar" else "clockwise"
    for i, (label, _) in enumerate(shown):
        pie.slices[i].fillColor = colour_of[label]
    drawing.add(pie)
    _title(drawing, spec.title, lang, width, size)
    return drawing


def line_drawing(
    spec: LineChart, lang: Lang, width: float, size: float = 8.0, numerals: Numerals | None = None
) -> Drawing:
    numerals = numerals or Numerals(lang=lang)
    rtl = lang == "ar"
    drawing = Drawing(width, spec.height)
    legend_w = 130.0 if len(spec.series) > 1 else 0.0
    title_h = 20.0 if spec.title else 0.0
    chart = HorizontalLineChart()
    chart.x = (legend_w if rtl else 40.0) + 10
    chart.y = 40
    chart.width = width - legend_w - 60
    chart.height = spec.height - chart.y - title_h - 10
    chart.data = [list(s.values) for s in spec.series]
    chart.categoryAxis.categoryNames = [
        shape(p, lang, chart.width / max(len(spec.periods), 1) - 2, size) for p in spec.periods
    ]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName = REGULAR
        axis.fontSize = size
    if spec.value_min is not None:
        chart.valueAxis.valueMin = spec.value_min
    if spec.value_max is not None:
        chart.valueAxis.valueMax = spec.value_max
    chart.valueAxis.labelTextFormat = numerals.count
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d4d8")
    chart.valueAxis.gridStrokeWidth = 0.3
    if rtl:
        # Time runs right to left for an Arabic reader; the value axis sits on the right.
        chart.categoryAxis.reverseDirection = 1
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 4
    chart.joinedLines = 1
    for i in range(len(spec.series)):
        line = chart.lines[i]
        line.strokeColor = PALETTE[i % len(PALETTE)]
        line.strokeWidth = 1.6
        line.strokeDashArray = DASHES[i % len(DASHES)]
        marker = makeMarker(MARKERS[i % len(MARKERS)])
        marker.fillColor = PALETTE[i % len(PALETTE)]
        marker.strokeColor = colors.black
        marker.strokeWidth = 0.3
        marker.size = 5
        line.symbol = marker
    drawing.add(chart)
    if legend_w:
        names = [s.name for s in spec.series]
        drawing.add(_legend(names, lang, width, legend_w, chart.y + chart.height, size))
    _title(drawing, spec.title, lang, width, size)
    return drawing


def chart_drawing(spec: Chart, lang: Lang, width: float, numerals: Numerals | None = None) -> Drawing:
    if isinstance(spec, BarChart):
        drawing = bar_drawing(spec, lang, width, numerals=numerals)
    elif isinstance(spec, PieChart):
        drawing = pie_drawing(spec, lang, width, numerals=numerals)
    else:
        drawing = line_drawing(spec, lang, width, numerals=numerals)
    # Otherwise the drawing starts in Helvetica, a font the PDF would name without embedding.
    drawing.initialFontName = REGULAR
    return drawing
