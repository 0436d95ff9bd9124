"""The timeline: actions as bars over months, today's line, overdue bars in red.

Custom-painted (one ``paintEvent``, no scene) because the picture is simple and must follow the
layout direction: in Arabic the titles stand on the right and time runs from right to left, as
an Arabic reader expects; in English the other way round. All geometry comes from ``x_for`` and
``bar_rect``, which the tests read too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.calendar import GREGORIAN_MONTHS_AR, GREGORIAN_MONTHS_EN, format_dual
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import Timeline, TimelineBar
from nrtd_desktop.services import Services
from nrtd_desktop.ui import plan_labels
from nrtd_desktop.ui.plan_loading import BackgroundLoad

BAR_LIMIT = 2000  # bars drawn at most; the summary counts them all
MONTH_WIDTH = 56
ROW_HEIGHT = 26
HEADER_HEIGHT = 44
LABEL_WIDTH = 300
MARGIN = 8
OVERDUE = QColor("#c62828")
TODAY_LINE = QColor("#ef6c00")
STATUS_COLORS = {
    "not_started": QColor("#90a4ae"),
    "in_progress": QColor("#1e88e5"),
    "completed": QColor("#43a047"),
    "cancelled": QColor("#cfd8dc"),
}


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


class TimelineChart(QWidget):
    """The painted chart; its size grows with the months and the actions shown."""

    bar_activated = Signal(object)  # the TimelineBar double-clicked

    def __init__(self, lang: Lang, show_hijri: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_chart")
        self.setMouseTracking(True)
        self._lang, self._hijri = lang, show_hijri
        self.timeline: Timeline | None = None
        self.first_month = self.last_month = 0
        self._statuses = plan_labels.action_status_labels()

    # -- data and geometry ---------------------------------------------------------------
    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        dates = [timeline.today] + [d for b in timeline.bars for d in (b.start, b.end)]
        self.first_month, self.last_month = month_index(min(dates)), month_index(max(dates))
        self.updateGeometry()
        self.resize(self.sizeHint())
        self.update()

    def months(self) -> int:
        return self.last_month - self.first_month + 1

    def sizeHint(self) -> QSize:
        rows = len(self.timeline.bars) if self.timeline else 0
        return QSize(
            LABEL_WIDTH + self.months() * MONTH_WIDTH + 2 * MARGIN,
            HEADER_HEIGHT + max(rows, 1) * ROW_HEIGHT + 2 * MARGIN,
        )

    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def chart_span(self) -> tuple[float, float]:
        """(x where time starts, x where it ends): right to left in Arabic."""
        width = self.months() * MONTH_WIDTH
        if self.right_to_left():
            start = self.width() - MARGIN - LABEL_WIDTH
            return start, start - width
        start = MARGIN + LABEL_WIDTH
        return start, start + width

    def x_for(self, d: date) -> float:
        """Where a day falls: months from the first one, the day as a fraction of its month."""
        offset = (month_index(d) - self.first_month) + (d.day - 1) / _days_in_month(d.year, d.month)
        start, end = self.chart_span()
        direction = -1 if end < start else 1
        return start + direction * offset * MONTH_WIDTH

    def x_after(self, d: date) -> float:
        """The far edge of day ``d`` (a bar ending on ``d`` covers that whole day)."""
        start, end = self.chart_span()
        step = MONTH_WIDTH / _days_in_month(d.year, d.month)
        return self.x_for(d) + (step if end > start else -step)

    def bar(self, index: int) -> TimelineBar:
        """The bar of row ``index`` (rows exist only while a timeline is shown)."""
        assert self.timeline is not None
        return self.timeline.bars[index]

    def bar_rect(self, index: int) -> QRectF:
        bar = self.bar(index)
        x1, x2 = self.x_for(bar.start), self.x_after(bar.end)
        top = MARGIN + HEADER_HEIGHT + index * ROW_HEIGHT + 5
        return QRectF(min(x1, x2), top, max(abs(x2 - x1), 3.0), ROW_HEIGHT - 10)

    def bar_color(self, bar: TimelineBar) -> QColor:
        return OVERDUE if bar.overdue else STATUS_COLORS.get(bar.status, STATUS_COLORS["not_started"])

    def today_x(self) -> float:
        return self.x_for(self.timeline.today) if self.timeline else 0.0

    def bar_at(self, point: QPointF) -> int | None:
        if not self.timeline:
            return None
        row = int((point.y() - MARGIN - HEADER_HEIGHT) // ROW_HEIGHT)
        return row if 0 <= row < len(self.timeline.bars) else None

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.timeline or not self.timeline.bars:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No dated action to show. Give the actions a start and an end date."),
            )
            return
        rows = self.rows_in(event.rect())
        self._paint_months(painter)
        self._paint_bars(painter, rows)
        pen = QPen(TODAY_LINE, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        x = self.today_x()
        painter.drawLine(QPointF(x, MARGIN + 16), QPointF(x, self.height() - MARGIN))
        painter.drawText(QRectF(x - 40, MARGIN, 80, 16), Qt.AlignmentFlag.AlignCenter, self.tr("Today"))
        self._paint_titles(painter, rows)

    def title_column(self) -> QRectF:
        """Where the titles are painted: the leading edge of the visible part, so that they stay
        in view (like a frozen column) however far the chart is scrolled."""
        visible = self.visibleRegion().boundingRect()
        if visible.isEmpty():
            visible = self.rect()
        left = visible.right() + 1 - LABEL_WIDTH if self.right_to_left() else visible.left()
        return QRectF(left, 0, LABEL_WIDTH, self.height())

    def _paint_months(self, painter: QPainter) -> None:
        names = GREGORIAN_MONTHS_AR if self._lang == "ar" else GREGORIAN_MONTHS_EN
        metrics = QFontMetrics(painter.font())
        grid = QPen(self.palette().mid().color(), 1)
        top, bottom = MARGIN + 18, self.height() - MARGIN
        for index in range(self.first_month, self.last_month + 1):
            year, month = divmod(index, 12)
            x1 = self.x_for(date(year, month + 1, 1))
            x2 = x1 + (MONTH_WIDTH if not self.right_to_left() else -MONTH_WIDTH)
            left = min(x1, x2)
            painter.setPen(grid)
            painter.drawLine(QPointF(x1, top), QPointF(x1, bottom))
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(names[month], Qt.TextElideMode.ElideRight, MONTH_WIDTH - 4)
            painter.drawText(QRectF(left, MARGIN + 22, MONTH_WIDTH, 20), Qt.AlignmentFlag.AlignCenter, label)
            if month == 0 or index == self.first_month:
                # The year stands over its first month, on the side where that month begins.
                span = 2 * MONTH_WIDTH
                year_rect = QRectF(x1 - span if self.right_to_left() else x1, MARGIN, span, 18)
                painter.drawText(
                    year_rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, f" {year} "
                )

    def rows_in(self, area: QRect) -> range:
        """The rows a rectangle of the widget crosses: only they are painted (a whole plan has
        thousands of rows, of which a screen shows some thirty)."""
        count = len(self.timeline.bars) if self.timeline else 0
        first = max(0, (area.top() - MARGIN - HEADER_HEIGHT) // ROW_HEIGHT)
        last = min(count, (area.bottom() - MARGIN - HEADER_HEIGHT) // ROW_HEIGHT + 1)
        return range(first, max(first, last))

    def _paint_bars(self, painter: QPainter, rows: range) -> None:
        for index in rows:
            bar = self.bar(index)
            top = MARGIN + HEADER_HEIGHT + index * ROW_HEIGHT
            if index % 2:
                painter.fillRect(QRectF(0, top, self.width(), ROW_HEIGHT), self.palette().alternateBase())
            rect = self.bar_rect(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.bar_color(bar))
            painter.drawRoundedRect(rect, 3, 3)
            if bar.latest_percent and not bar.overdue and bar.status == "in_progress":
                done = QRectF(rect)
                done.setWidth(rect.width() * min(bar.latest_percent, 100) / 100)
                if self.right_to_left():
                    done.moveRight(rect.right())
                painter.setBrush(self.bar_color(bar).darker(140))
                painter.drawRoundedRect(done, 3, 3)

    def _paint_titles(self, painter: QPainter, rows: range) -> None:
        metrics = QFontMetrics(painter.font())
        column = self.title_column()
        painter.fillRect(column, self.palette().base())
        painter.setPen(QPen(self.palette().mid().color(), 1))
        edge = column.left() if self.right_to_left() else column.right()
        painter.drawLine(QPointF(edge, 0), QPointF(edge, self.height()))
        for index in rows:
            bar = self.bar(index)
            top = MARGIN + HEADER_HEIGHT + index * ROW_HEIGHT
            if index % 2:
                painter.fillRect(
                    QRectF(column.left(), top, LABEL_WIDTH, ROW_HEIGHT), self.palette().alternateBase()
                )
            painter.setPen(OVERDUE if bar.overdue else self.palette().text().color())
            text = metrics.elidedText(bar.title(self._lang), Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
            painter.drawText(
                QRectF(column.left() + 6, top, LABEL_WIDTH - 12, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    # -- interaction ---------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index is None:
            QToolTip.hideText()
            return
        bar = self.bar(index)
        lines = [bar.title(self._lang), bar.owner.label(self._lang)]
        if bar.lead_entity:
            lines.append(bar.lead_entity.label(self._lang))
        dates = (
            (format_dual(bar.start, self._lang), format_dual(bar.end, self._lang))
            if self._hijri
            else (bar.start.isoformat(), bar.end.isoformat())
        )
        lines.append(self.tr("From {start} to {end}").format(start=dates[0], end=dates[1]))
        status = self._statuses.get(bar.status, bar.status)
        lines.append(self.tr("{status}, overdue").format(status=status) if bar.overdue else status)
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index is not None:
            self.bar_activated.emit(self.timeline.bars[index])  # type: ignore[union-attr]


class TimelineView(QWidget):
    """The chart with its scope (whole plan, a cluster, an entity) and a summary line."""

    bar_activated = Signal(object)
    # The scroll area hides QWidget.scroll(), which nothing here calls.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(
        self, services: Services, lang: Lang, show_hijri: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self._services, self._lang = services, lang
        self.scope = QComboBox(self)
        self.scope.setObjectName("timeline_scope")
        self.scope.addItem(self.tr("The whole plan"), ("all", None))
        for cluster in services.clusters.list():
            self.scope.addItem(
                self.tr("Cluster: {name}").format(name=cluster.label(lang)), ("cluster", cluster.id)
            )
        for entity in services.entities.list():
            self.scope.addItem(
                self.tr("Entity: {name}").format(name=entity.label(lang)), ("entity", entity.code)
            )
        self.summary = QLabel(self)
        self.summary.setObjectName("timeline_summary")
        self.chart = TimelineChart(lang, show_hijri)
        self.chart.bar_activated.connect(self.bar_activated)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(False)
        # The titles follow the visible edge, so the whole chart repaints on a horizontal scroll.
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self.chart.update())
        legend = QLabel(
            self.tr(
                "Red: overdue. Blue: in progress (darker part: progress reported). Green: completed. "
                "Grey: not started. Dashed line: today. Double-click a bar to open its plan."
            ),
            self,
        )
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.scope, 1)
        top.addWidget(self.summary, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(legend)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.loader = BackgroundLoad(self, lang, self.tr("Timeline"), self.show_timeline)
        self._stale = True  # read when first shown, not when the plan page is built

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def mark_stale(self) -> None:
        """Read again when next shown (the plan changed elsewhere)."""
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _read(self) -> Any:
        kind, value = self.scope.currentData() or ("all", None)
        services = self._services
        return lambda: services.plan.timeline(
            cluster=value if kind == "cluster" else None,
            entity=value if kind == "entity" else None,
            limit=BAR_LIMIT,
        )

    def reload(self) -> None:
        """Read the chosen scope on a worker thread; the chart keeps the old bars meanwhile."""
        self._stale = False
        self.summary.setText(self.tr("Reading the plan…"))
        self.loader.start(self._read())

    def reload_now(self) -> None:
        self._stale = False
        self.loader.now(self._read())

    def show_timeline(self, timeline: Timeline) -> None:
        self.chart.set_timeline(timeline)
        text = self.tr("{count} actions, {late} overdue.").format(count=timeline.total, late=timeline.overdue)
        if timeline.undated:
            text += " " + self.tr("{undated} without dates are not shown.").format(undated=timeline.undated)
        if timeline.total > len(timeline.bars):
            text += " " + self.tr(
                "The first {shown} by start date are drawn: choose a cluster or an entity to see the others."
            ).format(shown=len(timeline.bars))
        self.summary.setText(text)
        self.scroll_to_today()

    def scroll_to_today(self) -> None:
        """Centre today's line once the scroll area knows the chart's new size. The value is set
        directly: in a right-to-left scroll area the bar's value counts from the right edge."""

        def scroll() -> None:
            bar = self.scroll.horizontalScrollBar()
            left = self.chart.today_x() - self.scroll.viewport().width() / 2
            value = bar.maximum() - left if self.chart.right_to_left() else left
            bar.setValue(int(max(bar.minimum(), min(bar.maximum(), value))))

        QTimer.singleShot(0, scroll)
