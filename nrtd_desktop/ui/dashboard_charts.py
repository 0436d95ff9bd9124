"""The dashboard's charts, drawn with Qt's own chart module (PySide6.QtCharts).

Each chart keeps the figures it draws, and a click on a bar segment calls ``on_open`` with that
segment's selection (a RecommendationFilter, an ActionFilter or a ChallengeScope). Until its
figures come (they are computed on a worker, set by set) a chart shows its title and "Counting…"
(``show_waiting``; ``waiting`` says so).

Right to left: the chart widget is mirrored with the interface (legend order, axis sides) and
the value axes are reversed, so that horizontal bars grow from the right and months run from
right to left, as an Arabic reader expects.

Printed in grey: the four statuses differ in lightness (about 88%, 72%, 47%, 27% luminance), and
every bar has a dark outline so that even the lightest segment stays visible on white paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QHBoxLayout, QLabel, QToolTip, QWidget

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.figures import BreakdownRow, Figure, MonthPoint

OpenSelection = Callable[[Any], None]

# status -> (fill, brush style); distinct lightness so that grey print keeps them apart.
STATUS_STYLE = {
    "not_started": (QColor("#e2e2e2"), Qt.BrushStyle.SolidPattern),
    "in_progress": (QColor("#f2b134"), Qt.BrushStyle.SolidPattern),
    "partially_implemented": (QColor("#3f7fbf"), Qt.BrushStyle.SolidPattern),
    "implemented": (QColor("#1e5631"), Qt.BrushStyle.SolidPattern),
}
OUTLINE = QColor("#303030")
SINGLE = QColor("#5b6f8a")  # one-series charts (challenges, progress updates)
LINE = QColor("#b23a1e")
MAX_LABEL = 24  # characters of a category label before it is shortened with an ellipsis


def short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def category_labels(names: Sequence[str]) -> list[str]:
    """Shortened labels, kept distinct: QBarCategoryAxis merges equal categories into one, so two
    long names that shorten alike get invisible zero-width spaces to stay apart."""
    labels: list[str] = []
    for name in names:
        label = short(name) or "-"
        while label in labels:
            label += "\u200b"
        labels.append(label)
    return labels


def _month_names() -> list[str]:
    return [
        QCoreApplication.translate("Dashboard", "Jan"),
        QCoreApplication.translate("Dashboard", "Feb"),
        QCoreApplication.translate("Dashboard", "Mar"),
        QCoreApplication.translate("Dashboard", "Apr"),
        QCoreApplication.translate("Dashboard", "May"),
        QCoreApplication.translate("Dashboard", "Jun"),
        QCoreApplication.translate("Dashboard", "Jul"),
        QCoreApplication.translate("Dashboard", "Aug"),
        QCoreApplication.translate("Dashboard", "Sep"),
        QCoreApplication.translate("Dashboard", "Oct"),
        QCoreApplication.translate("Dashboard", "Nov"),
        QCoreApplication.translate("Dashboard", "Dec"),
    ]


def month_labels(points: Sequence[MonthPoint]) -> list[str]:
    """Month names, with the year on every January only (short enough that twelve months fit
    under the chart in either language; the page states the period above)."""
    names = _month_names()
    labels = []
    for point in points:
        name = names[point.month.month - 1]
        labels.append(f"{name} {point.month.year}" if point.month.month == 1 else name)
    return labels


class Legend(QWidget):
    """A legend as plain widgets: it follows the interface's direction, which QLegend does not,
    and one legend serves every status chart (saving each chart the height of its own)."""

    def __init__(self, entries: Sequence[tuple[QColor, str, bool]], parent: QWidget | None = None) -> None:
        """``entries``: (colour, name, drawn as a dashed line rather than a filled box)."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for colour, name, dashed in entries:
            swatch = QPixmap(16, 14)
            swatch.fill(QColor("transparent") if dashed else colour)
            painter = QPainter(swatch)
            if dashed:
                painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
                painter.drawLine(0, 7, 16, 7)
            else:
                painter.setPen(QPen(OUTLINE, 1))
                painter.drawRect(0, 0, 15, 13)
            painter.end()
            box = QLabel(self)
            box.setPixmap(swatch)
            layout.addWidget(box)
            layout.addWidget(QLabel(name, self))
            layout.addSpacing(10)


def status_legend(names: dict[str, str], parent: QWidget | None = None) -> Legend:
    legend = Legend([(STATUS_STYLE[k][0], name, False) for k, name in names.items()], parent)
    legend.setObjectName("status_legend")
    return legend


class ChartPanel(QChartView):
    """A chart view with the interface's direction, font and an empty-state message."""

    def __init__(self, title: str, lang: Lang, on_open: OpenSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.on_open = on_open
        self.rtl = lang == "ar"
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(260, 200)
        self.title = title
        self.bar_sets: list[QBarSet] = []  # in series order, for tests and keyboard users
        self.waiting = False  # "Counting…" is shown until the figures come
        self._waiting_text: QGraphicsSimpleTextItem | None = None
        self.setChart(self._new_chart())

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setTitle(self.title)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(False)
        return chart

    def reset(self) -> QChart:
        """A new chart for new figures: refilling a shown chart whose value axis is reversed
        makes QtCharts anchor the bars on the wrong side (seen with PySide6 6.x)."""
        old = self.chart()
        chart = self._new_chart()
        self.setChart(chart)
        old.deleteLater()
        self.bar_sets = []
        self.waiting = False
        self._waiting_text = None  # it belonged to the old chart
        return chart

    def show_waiting(self) -> None:
        """An empty chart with its title and "Counting…" in the middle, until the figures come."""
        chart = self.reset()
        text = QGraphicsSimpleTextItem(QCoreApplication.translate("Dashboard", "Counting…"), chart)
        text.setBrush(QBrush(QColor("#707070")))
        text.setFont(self._axis_font())
        self._waiting_text = text
        self.waiting = True
        self._place_waiting_text()

    def _place_waiting_text(self) -> None:
        if self._waiting_text is not None:
            box = self._waiting_text.boundingRect()
            middle = self.chart().rect().center()  # in the chart's own coordinates, the text's parent
            self._waiting_text.setPos(middle.x() - box.width() / 2, middle.y() - box.height() / 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._place_waiting_text()

    def _axis_font(self) -> QFont:
        font = QFont(self.font())
        # Amiri's lines are tall and QtCharts elides a category label taller than its band:
        # a smaller size keeps five to eight categories legible in a 260-pixel chart.
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.75))
        return font

    def _tooltip(self, text: str) -> Callable[[bool, int], None]:
        def show(hovering: bool, _index: int) -> None:
            if hovering:
                QToolTip.showText(self.cursor().pos(), text)

        return show


class StatusBreakdownChart(ChartPanel):
    """Horizontal stacked bars: one bar per category (mechanism, theme, entity), one segment per status."""

    def __init__(
        self, title: str, lang: Lang, on_open: OpenSelection, limit: int = 5, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, lang, on_open, parent)
        self.limit = limit
        self.rows: list[BreakdownRow] = []

    def set_rows(self, rows: Sequence[BreakdownRow]) -> None:
        chart = self.reset()
        # The largest first, read from the top: QtCharts draws the first category at the bottom.
        self.rows = [r for r in rows if r.total][: self.limit]
        shown = list(reversed(self.rows))
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        statuses = [s.key for s in self.rows[0].segments] if self.rows else list(STATUS_STYLE)
        for status_index, status in enumerate(statuses):
            name = self.rows[0].segments[status_index].label(self.lang) if self.rows else status
            bar_set = QBarSet(name)
            colour, style = STATUS_STYLE.get(status, (QColor("#999999"), Qt.BrushStyle.SolidPattern))
            bar_set.setBrush(QBrush(colour, style))
            bar_set.setPen(QPen(OUTLINE, 0.8))
            for row in shown:
                bar_set.append(row.segments[status_index].count)
            bar_set.clicked.connect(lambda index, s=status_index: self.open_segment(index, s))
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(category_labels([r.label(self.lang) for r in shown]) or [""])
        categories.setLabelsFont(self._axis_font())
        categories.setTruncateLabels(False)  # see category_labels: we shorten them ourselves
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(self._axis_font())
        values.setRange(0, max([r.total for r in self.rows] or [1]))
        values.applyNiceNumbers()
        values.setReverse(self.rtl)  # bars grow from the right in Arabic
        chart.addAxis(categories, Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(False)  # the page shows one StatusLegend for all

    def segment(self, category_index: int, status_index: int) -> Figure:
        """The figure behind a bar segment; ``category_index`` counts as QtCharts does (from the bottom)."""
        row = list(reversed(self.rows))[category_index]
        return row.segments[status_index]

    def open_segment(self, category_index: int, status_index: int) -> None:
        self.on_open(self.segment(category_index, status_index).selection)


class ChallengesChart(ChartPanel):
    """Open challenges per category: horizontal bars."""

    def set_figures(self, figures: Sequence[Figure]) -> None:
        chart = self.reset()
        self.figures = list(reversed(list(figures)))  # the first category at the top
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        bar_set = QBarSet(QCoreApplication.translate("Dashboard", "Open challenges"))
        bar_set.setBrush(QBrush(SINGLE))
        bar_set.setPen(QPen(OUTLINE, 0.8))
        bar_set.append([f.count for f in self.figures])
        bar_set.setLabelColor(QColor("white"))
        bar_set.setLabelFont(self._axis_font())
        bar_set.clicked.connect(self.open_segment)
        series.append(bar_set)
        self.bar_sets.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(category_labels([f.label(self.lang) for f in self.figures]) or [""])
        categories.setLabelsFont(self._axis_font())
        categories.setTruncateLabels(False)  # see category_labels: we shorten them ourselves
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(self._axis_font())
        values.setRange(0, max([f.count for f in self.figures] + [1]))
        values.applyNiceNumbers()
        values.setReverse(self.rtl)
        # The counts are written on the bars; the axis stays (hiding it makes QtCharts ignore the
        # reversal) but without labels or line, which leaves room for eight categories.
        values.setLabelsVisible(False)
        values.setLineVisible(False)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(False)

    def open_segment(self, index: int) -> None:
        self.on_open(self.figures[index].selection)


class ProgressChart(ChartPanel):
    """Per month: bars of progress updates reported, and a line of their average percentage."""

    def set_points(self, points: Sequence[MonthPoint]) -> None:
        chart = self.reset()
        # QBarCategoryAxis ignores setReverse: in Arabic the months are given newest first, so
        # that time runs from right to left.
        self.points = list(reversed(points)) if self.rtl else list(points)
        bars = QBarSeries()
        bar_set = QBarSet(QCoreApplication.translate("Dashboard", "Progress updates"))
        bar_set.setBrush(QBrush(SINGLE))
        bar_set.setPen(QPen(OUTLINE, 0.8))
        bar_set.append([p.updates for p in self.points])
        bar_set.clicked.connect(self.open_month)
        bars.append(bar_set)
        self.bar_sets.append(bar_set)
        chart.addSeries(bars)
        line = QLineSeries()
        line.setName(QCoreApplication.translate("Dashboard", "Average progress (%)"))
        line.setPen(QPen(LINE, 2.0, Qt.PenStyle.DashLine))  # dashed: tells it from the bars in grey
        line.setPointsVisible(True)
        for n, point in enumerate(self.points):
            if point.average_percent is not None:
                line.append(QPointF(n, point.average_percent))
        chart.addSeries(line)
        months = QBarCategoryAxis()
        labels = month_labels(list(reversed(self.points)) if self.rtl else self.points)
        months.append((list(reversed(labels)) if self.rtl else labels) or [""])
        months.setLabelsFont(self._axis_font())
        months.setLabelsAngle(0)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setLabelsFont(self._axis_font())
        counts.setRange(0, max([p.updates for p in self.points] + [1]))
        counts.applyNiceNumbers()
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        percent.setLabelsFont(self._axis_font())
        percent.setLinePenColor(LINE)
        start, end = (
            (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
            if self.rtl
            else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
        )
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, start)
        chart.addAxis(percent, end)
        bars.attachAxis(months)
        bars.attachAxis(counts)
        line.attachAxis(months)
        line.attachAxis(percent)
        chart.legend().setVisible(False)  # see legend()

    @staticmethod
    def legend_entries() -> list[tuple[QColor, str, bool]]:
        return [
            (SINGLE, QCoreApplication.translate("Dashboard", "Progress updates"), False),
            (LINE, QCoreApplication.translate("Dashboard", "Average progress (%)"), True),
        ]

    def open_month(self, index: int) -> None:
        self.on_open(self.points[index].selection)
