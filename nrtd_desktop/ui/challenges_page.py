"""The challenges analysis: counts by category, entity and theme, open first, and the records
behind any count (drill-down)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import ChallengeFilter, ChallengeRow, ChallengeStats, CountRow
from nrtd_desktop.services import Services
from nrtd_desktop.ui import plan_labels
from nrtd_desktop.ui.plan_loading import BackgroundLoad
from nrtd_desktop.ui.plan_models import OVERDUE_COLOR, ChallengeTableModel, RowsModel
from nrtd_desktop.ui.plan_section import RecordSection


class CountModel(RowsModel[CountRow]):
    COL_NAME, COL_OPEN = 0, 1

    def __init__(
        self, title: str, lang: Lang, names: dict[str, str] | None = None, parent: Any = None
    ) -> None:
        names = names or {}
        statuses = plan_labels.challenge_status_labels()  # as the reports name them
        super().__init__(
            [
                (title, lambda r: names.get(r.key) or r.label(lang)),
                (statuses["open"], lambda r: str(r.open)),
                (statuses["being_addressed"], lambda r: str(r.being_addressed)),
                (statuses["resolved"], lambda r: str(r.resolved)),
                (self.tr("Total"), lambda r: str(r.total)),
            ],
            parent,
        )

    def foreground(self, row: CountRow, column: int) -> Any:
        from PySide6.QtGui import QBrush

        return QBrush(OVERDUE_COLOR) if column == self.COL_OPEN and row.open else None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)


class ChallengesAnalysis(QWidget):
    open_plan = Signal(str, str)  # owner kind, owner id

    FACETS = ("category", "entity", "theme")
    _facet: str  # the facet drilled into (set in reload)

    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("challenges_analysis")
        self._services, self._lang = services, lang
        self.summary = QLabel(self)
        self.summary.setObjectName("challenges_summary")
        self.summary.setWordWrap(True)
        categories = plan_labels.challenge_category_labels()
        self._filling = False
        self.sections = {
            "category": RecordSection("by_category", CountModel(self.tr("Category"), lang, categories), self),
            "entity": RecordSection("by_entity", CountModel(self.tr("Entity"), lang), self),
            "theme": RecordSection("by_theme", CountModel(self.tr("Theme"), lang), self),
        }
        self.facet_tabs = QTabWidget(self)
        for key, title in (
            ("category", self.tr("By category")),
            ("entity", self.tr("By entity")),
            ("theme", self.tr("By theme")),
        ):
            section = self.sections[key]
            section.stretch_column(CountModel.COL_NAME)
            section.selection_changed.connect(self._drill_on(key))
            self.facet_tabs.addTab(section, title)
        self.status = QComboBox(self)
        self.status.setObjectName("drill_status")
        self.status.addItem(self.tr("Every status"), None)
        for key, label in plan_labels.challenge_status_labels().items():
            self.status.addItem(label, key)
        self.status.currentIndexChanged.connect(lambda _i: self._drill(self._facet))
        self.drill_title = QLabel(self)
        self.drill_title.setObjectName("drill_title")
        self.records = RecordSection("drill_down", ChallengeTableModel(lang), self)
        self.records.stretch_column(2)
        self.records.table.doubleClicked.connect(lambda _i: self._open_current())
        drill_bar = QHBoxLayout()
        drill_bar.addWidget(self.drill_title, 1)
        drill_bar.addWidget(self.status)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(drill_bar)
        lower_layout.addWidget(self.records, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.facet_tabs)
        splitter.addWidget(lower)
        splitter.setSizes([330, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._facet = "category"
        self.stats: ChallengeStats | None = None
        self.loader = BackgroundLoad(self, lang, self.tr("Challenges analysis"), self.show_stats)
        self._stale = True  # counted when first shown, not when the plan page is built

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def mark_stale(self) -> None:
        """Count again when next shown (the plan changed elsewhere)."""
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Count on a worker thread; the tables keep the old counts meanwhile."""
        self._stale = False
        self.summary.setText(self.tr("Counting the challenges…"))
        self.loader.start(self._services.plan.challenges.stats)

    def reload_now(self) -> None:
        self._stale = False
        self.loader.now(self._services.plan.challenges.stats)

    def show_stats(self, stats: ChallengeStats) -> None:
        self.stats = stats
        self.summary.setText(
            self.tr(
                "{total} challenges: {open} open, {addressed} being addressed, {resolved} resolved. "
                "{support} ask for support (for example technical cooperation)."
            ).format(
                total=stats.total,
                open=stats.by_status.get("open", 0),
                addressed=stats.by_status.get("being_addressed", 0),
                resolved=stats.by_status.get("resolved", 0),
                support=stats.support_requested,
            )
        )
        self._filling = True  # one drill-down below, not one per table filled
        try:
            self.sections["category"].set_rows(list(stats.by_category))
            self.sections["entity"].set_rows(list(stats.by_entity))
            self.sections["theme"].set_rows(list(stats.by_theme))
        finally:
            self._filling = False
        self._drill(self._facet)

    def _drill_on(self, facet: str) -> Callable[[], None]:
        """What a facet's table does when its selection changes (nothing while it is filled)."""

        def drill() -> None:
            if not self._filling:
                self._drill(facet)

        return drill

    def _drill(self, facet: str) -> None:
        """Show the records behind the chosen count (or all of them), open first."""
        self._facet = facet
        row: CountRow | None = self.sections[facet].current()
        status = self.status.currentData()
        f = ChallengeFilter(status=status, **({facet: row.key} if row else {}))
        records: list[ChallengeRow] = self._services.plan.challenges.list(f)
        if row is None:
            self.drill_title.setText(self.tr("All challenges ({count})").format(count=len(records)))
        else:
            name = self.sections[facet].model.data(
                self.sections[facet].model.index(self.sections[facet].model.rows.index(row), 0)
            )
            self.drill_title.setText(
                self.tr("Challenges of “{name}” ({count})").format(name=name, count=len(records))
            )
        self.records.set_rows(records)

    def select_count(self, facet: str, key: str) -> None:
        """Choose a line of a table (the tests and the dashboard use it)."""
        self.facet_tabs.setCurrentWidget(self.sections[facet])
        section = self.sections[facet]
        for number, row in enumerate(section.model.rows):
            if row.key == key:
                section.select_row(number)
                return

    def _open_current(self) -> None:
        challenge: ChallengeRow | None = self.records.current()
        if challenge is None:
            return
        if challenge.recommendation_id:
            self.open_plan.emit("recommendation", challenge.recommendation_id)
        elif challenge.action_id:
            action = self._services.plan.get_action(challenge.action_id)
            self.open_plan.emit(action.owner.kind, action.owner.id)
