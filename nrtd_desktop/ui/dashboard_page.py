"""The dashboard: where implementation stands, on one screen (issue 7).

Every number comes from ``services.figures`` (the same figures the PDF progress report prints).
Every tile and chart segment opens exactly its records: recommendations in the register
(``RegisterPage.apply_filter``), actions in the plan area when it offers ``apply_action_filter``
(else in a list), challenges in a list.

The figures are computed on a worker thread and again, a moment after, whenever a write changes
what they count (the window's ``apply_changes``); while the page is hidden it only remembers that
it must refresh when shown. They arrive set by set (``figures.figure_parts``): each chart draws
when its own figures come, showing "Counting…" until then when it has nothing of this filter to
show (the first time, and after the mechanism changed). A set computed for an earlier filter
that arrives late is dropped: the earlier task is cancelled (its queued sets never reach the
page) and every set says the filter it counts.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.dto.changes import DRAFTS, ENTITIES, PLAN, RECOMMENDATIONS, Changes
from nrtd_desktop.dto.figures import (
    FIGURE_PARTS,
    ActionFilter,
    ChallengeScope,
    Figure,
    Figures,
    FiguresPart,
    Headline,
    figures_of,
)
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.calendar_strip import ReportsDueStrip
from nrtd_desktop.ui.dashboard_charts import (
    STATUS_STYLE,
    ChallengesChart,
    Legend,
    ProgressChart,
    StatusBreakdownChart,
    status_legend,
)
from nrtd_desktop.ui.dashboard_records import actions_dialog, challenges_dialog
from nrtd_desktop.ui.labels import mechanism_labels, status_labels
from nrtd_desktop.ui.worker import Progress, run_task

REFRESH_DELAY_MS = 400  # several writes in a row (a bulk edit, an undo) refresh once


class FigureTile(QToolButton):
    """A headline number with its caption; clicking opens its records."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.figure: Figure | None = None
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Ignored: the captions never make the window wider than a 1366-pixel screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(80, 54)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoRaise(False)

    def show_waiting(self, caption: str) -> None:
        """Its figure is being counted: an ellipsis over its caption, no records to open."""
        self.figure = None
        self.setText(f"…\n{caption}")
        self.setToolTip("")
        self.setAccessibleName(caption)

    def show_figure(self, figure: Figure, caption: str, accent: str = "") -> None:
        self.figure = figure
        self.setText(f"{figure.count:,}\n{caption}")
        self.setToolTip(self.tr("Open these {count} records").format(count=f"{figure.count:,}"))
        self.setAccessibleName(f"{caption}: {figure.count}")
        border = accent or "#8a8a8a"
        self.setStyleSheet(
            f"QToolButton {{ border: 1px solid #8a8a8a; border-top: 4px solid {border};"
            " border-radius: 3px; padding: 2px 4px; font-weight: bold; }"
        )


class DashboardPage(QWidget):
    message = Signal(str)
    figures_shown = Signal()  # after the figures on screen were replaced (tests wait for it)
    part_shown = Signal(object)  # a FiguresPart drawn as it arrived

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self._context = context
        self._services = context.services
        self._lang = context.lang
        self.figures: Figures | None = None
        self._stale = True
        self._task: Any = None

        self.mechanism = QComboBox(self)
        self.mechanism.setObjectName("dashboard_mechanism")
        self.mechanism.addItem(self.tr("All mechanisms"), "")
        for key, name in mechanism_labels().items():
            self.mechanism.addItem(name, key)
        self.mechanism.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period = QLabel(self)
        self.period.setObjectName("dashboard_period")
        self.period.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.refresh_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"), self
        )
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Mechanism:"), self))
        bar.addWidget(self.mechanism)
        bar.addSpacing(12)
        bar.addWidget(self.period, 1)
        statuses = status_labels()
        bar.addWidget(status_legend({k: statuses.get(k, k) for k in STATUS_STYLE}, self))
        bar.addSpacing(12)
        bar.addWidget(self.refresh_button)

        self.tiles: dict[str, FigureTile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for n, key in enumerate(
            [
                "total",
                "implemented",
                "partially_implemented",
                "in_progress",
                "not_started",
                "overdue",
                "due_30",
                "due_90",
                "open_challenges",
            ]
        ):
            tile = FigureTile(f"tile_{key}", self)
            tile.clicked.connect(lambda _checked=False, k=key: self.open_tile(k))
            self.tiles[key] = tile
            tiles.addWidget(tile, 0, n)

        self.by_mechanism = StatusBreakdownChart(
            self.tr("Status by mechanism"), self._lang, self.open_selection
        )
        self.by_theme = StatusBreakdownChart(
            self.tr("Status by theme (largest five)"), self._lang, self.open_selection
        )
        self.by_entity = StatusBreakdownChart(
            self.tr("Status by lead entity (largest five)"), self._lang, self.open_selection
        )
        self.progress = ProgressChart(self.tr("Progress reported per month"), self._lang, self.open_selection)
        self.challenges = ChallengesChart(
            self.tr("Open challenges by category"), self._lang, self.open_selection
        )
        for name, chart in (
            ("chart_mechanism", self.by_mechanism),
            ("chart_theme", self.by_theme),
            ("chart_entity", self.by_entity),
            ("chart_progress", self.progress),
            ("chart_challenges", self.challenges),
        ):
            chart.setObjectName(name)
        charts = QGridLayout()
        charts.setSpacing(6)
        charts.addWidget(self.by_mechanism, 0, 0)
        charts.addWidget(self.by_theme, 0, 1)
        charts.addWidget(self.by_entity, 0, 2)
        progress = QWidget(self)
        progress_layout = QVBoxLayout(progress)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.setSpacing(0)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(
            Legend(ProgressChart.legend_entries(), progress), 0, Qt.AlignmentFlag.AlignHCenter
        )
        charts.addWidget(progress, 1, 0, 1, 2)
        charts.addWidget(self.challenges, 1, 2)
        for column in range(3):
            charts.setColumnStretch(column, 1)
        # Eight challenge categories need taller bands than five themes (QtCharts hides a label
        # taller than its band), so the second row gets a little more of the height.
        charts.setRowStretch(0, 22)
        charts.setRowStretch(1, 27)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(tiles)
        # The reports overdue and due next (issue 22), each opening the drafting screen.
        self.reports = ReportsDueStrip(self._services, self._lang, context.window, self)
        layout.addWidget(self.reports)
        layout.addLayout(charts, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_visible)

    # -- refreshing ----------------------------------------------------------------------
    def cares_about(self, changes: Changes) -> bool:
        return changes.touches(RECOMMENDATIONS, PLAN, ENTITIES, DRAFTS)

    def apply_changes(self, _changes: Changes) -> None:
        self._stale = True
        self._timer.start()

    def base_filter(self) -> RecommendationFilter:
        mechanism = self.mechanism.currentData()
        return RecommendationFilter(mechanism=(mechanism,) if mechanism else ())

    def refresh(self) -> None:
        """Compute the figures on a worker thread; draw each set when it arrives."""
        self._stale = False
        f = self.base_filter()
        if self._task is not None and not self._task.done:
            self._task.cancel()
        if self.figures is None or self.figures.filter != f:
            self.show_waiting()  # nothing on screen counts this filter

        def work(progress: Progress) -> Figures:
            parts = []
            with closing(self._services.figures.figure_parts(f)) as computed:
                for part in computed:
                    progress.deliver(part)
                    parts.append(part)
            return figures_of(parts)

        self._task = run_task(
            self,
            work,
            title=self.tr("Dashboard"),
            label=self.tr("Counting…"),
            on_partial=self.show_part,
            on_success=self._all_shown,
            lang=self._lang,
            show_dialog=False,
        )

    def refresh_now(self) -> None:
        """The same, on this thread (tests, and a first paint that should not flicker)."""
        self._stale = False
        self.show_figures(self._services.figures.figures(self.base_filter()))

    def show_waiting(self) -> None:
        """Every chart and tile says it is counting, until its figures come."""
        for chart in self.charts():
            chart.show_waiting()
        captions = self._tile_captions()
        for key, tile in self.tiles.items():
            tile.show_waiting(captions[key])

    def charts(self) -> list[Any]:
        return [self.by_mechanism, self.by_theme, self.by_entity, self.progress, self.challenges]

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_figures(self, figures: Figures) -> None:
        """Every set of ``figures`` drawn at once."""
        if figures.filter != self.base_filter():
            return  # an older answer arriving after the filter changed
        for name in FIGURE_PARTS:
            self.show_part(FiguresPart(filter=figures.filter, today=figures.today,
                                       period_from=figures.period_from, period_to=figures.period_to,
                                       name=name, value=getattr(figures, name)))
        self._all_shown(figures)

    def show_part(self, part: FiguresPart) -> None:
        """One set of figures, drawn in its chart (or the tiles) as soon as it comes."""
        if part.filter != self.base_filter():
            return  # computed for a filter the member has left
        if part.name == "headline":
            self._show_headline(part.value)
        elif part.name == "status_by_mechanism":
            self.by_mechanism.set_rows(part.value)
        elif part.name == "status_by_theme":
            self.by_theme.set_rows(part.value)
        elif part.name == "status_by_lead_entity":
            self.by_entity.set_rows(part.value)
        elif part.name == "challenges_by_category":
            self.challenges.set_figures(part.value)
        elif part.name == "progress_by_month":
            self.progress.set_points(part.value)
            self.progress.chart().setTitle(
                self.tr("Progress reported per month, {start} to {end}").format(
                    start=_iso(part.period_from), end=_iso(part.period_to)
                )
            )
        self.period.setText(self.tr("Figures on {today}").format(today=_iso(part.today)))
        self.part_shown.emit(part)

    def _all_shown(self, figures: Figures) -> None:
        if figures.filter != self.base_filter():
            return
        self.figures = figures
        self.reports.refresh()
        self.figures_shown.emit()

    def _show_headline(self, head: Headline) -> None:
        statuses = {f.key: f for f in head.by_status}
        accents = {
            "implemented": "#1e5631",
            "partially_implemented": "#3f7fbf",
            "in_progress": "#f2b134",
            "not_started": "#e2e2e2",
            "overdue": "#b23a1e",
        }
        # The tiles are narrow: "Partly implemented" is the status's short form here (its Arabic
        # is the catalogue's); the legend beside them names the statuses in full.
        shown = {
            "total": head.recommendations,
            "implemented": statuses["implemented"],
            "partially_implemented": statuses["partially_implemented"],
            "in_progress": statuses["in_progress"],
            "not_started": statuses["not_started"],
            "overdue": head.overdue,
            "due_30": head.actions_due_30,
            "due_90": head.actions_due_90,
            "open_challenges": head.open_challenges,
        }
        captions = self._tile_captions()
        for key, figure in shown.items():
            self.tiles[key].show_figure(figure, captions[key], accents.get(key, ""))

    def _tile_captions(self) -> dict[str, str]:
        return {
            "total": self.tr("Recommendations"),
            "implemented": self.tr("Implemented"),
            "partially_implemented": self.tr("Partly implemented"),
            "in_progress": self.tr("In progress"),
            "not_started": self.tr("Not started"),
            "overdue": self.tr("Overdue"),
            "due_30": self.tr("Due in 30 days"),
            "due_90": self.tr("Due in 90 days"),
            "open_challenges": self.tr("Open challenges"),
        }

    # -- opening the records behind a figure ------------------------------------------------
    def open_tile(self, key: str) -> None:
        figure = self.tiles[key].figure
        if figure is not None:
            self.open_selection(figure.selection)

    def open_selection(self, selection: Any) -> None:
        window = self._context.window
        areas = getattr(window, "areas", {})
        if isinstance(selection, RecommendationFilter):
            register = areas.get("recommendations")
            if register is not None and hasattr(register, "apply_filter"):
                register.apply_filter(selection)
                window.show_area("recommendations")
            return
        if isinstance(selection, ActionFilter):
            plan = areas.get("plan")
            if plan is not None and hasattr(plan, "apply_action_filter"):
                plan.apply_action_filter(selection)
                window.show_area("plan")
                return
            self.records_dialog = actions_dialog(self._services, selection, self._lang, self)
        elif isinstance(selection, ChallengeScope):
            self.records_dialog = challenges_dialog(self._services, selection, self._lang, self)
        else:
            return
        self.records_dialog.setLayoutDirection(self.layoutDirection())
        self.records_dialog.open()


def _iso(day: date) -> str:
    """A date with a left-to-right mark before and after: after an Arabic word the bidi algorithm
    would otherwise read 2026-11-29 as three Arabic numbers and show 29-11-2026."""
    return f"\u200e{day.isoformat()}\u200e"


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return DashboardPage(context)
