"""Plan health: the lists a coordinator works from, with their counts; double-click opens the plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import HEALTH_KEYS, HealthItem, PlanHealth
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi, plan_labels
from nrtd_desktop.ui.guide_links import help_link
from nrtd_desktop.ui.plan_loading import BackgroundLoad
from nrtd_desktop.ui.plan_models import RowsModel
from nrtd_desktop.ui.plan_section import RecordSection

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class HealthModel(RowsModel[HealthItem]):
    """The records of one list; the entity by its name in the window's language (the lists
    carry its code: ``entity_names`` maps codes to names)."""

    def __init__(self, lang: Lang, show_hijri: bool, parent: Any = None) -> None:
        self.entity_names: dict[str, str] = {}
        super().__init__(
            [
                (self.tr("Plan of"), lambda i: i.owner.label(lang)),
                (self.tr("Record"), lambda i: " ".join(i.label(lang).split())),
                (self.tr("Entity"), lambda i: self.entity_names.get(i.entity or "", i.entity or "")),
                (self.tr("Date"), lambda i: plan_labels.format_date(i.when, lang, show_hijri)),
            ],
            parent,
        )
        self.widths = {0: 150, 2: 190, 3: 190 if show_hijri else 100}


class PlanHealthView(QWidget):
    open_plan = Signal(str, str)

    def __init__(
        self, services: Services, lang: Lang, show_hijri: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_health")
        self._services, self._lang = services, lang
        self.titles = {
            "no_lead_entity": self.tr("Recommendations with no lead entity"),
            "no_action": self.tr("Recommendations with no action (noted ones left out)"),
            "action_no_indicator": self.tr("Actions with no indicator"),
            "action_no_dates": self.tr("Actions with no start or end date"),
            "overdue_actions": self.tr("Overdue actions"),
            "stale_indicators": self.tr("Indicators with no recent progress"),
        }
        self.lists = QListWidget(self)
        bidi.install(self.lists)
        self.lists.setObjectName("health_lists")
        self.stale_days = QSpinBox(self)
        self.stale_days.setObjectName("stale_days")
        self.stale_days.setRange(7, 730)
        self.stale_days.setValue(90)
        self.stale_days.setLocale(QLocale.c())  # Western digits, as everywhere in the program
        self.stale_days.setSuffix(" " + self.tr("days"))
        self.items = RecordSection("health_items", HealthModel(lang, show_hijri), self)
        self.items.stretch_column(1)
        self.items.table.doubleClicked.connect(lambda _i: self._open_current())
        self.note = QLabel(self.tr("Double-click a line to open its plan."), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lists, 1)
        stale_row = QHBoxLayout()
        stale_row.addWidget(QLabel(self.tr("No progress for"), self))
        stale_row.addWidget(self.stale_days)
        left_layout.addLayout(stale_row)
        self.stale_help = help_link(left, "stale", self.tr("What is a stale indicator? (user guide)"))
        left_layout.addWidget(self.stale_help)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.items, 1)
        right_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.lists.currentItemChanged.connect(lambda *_: self._show_list())
        self.stale_days.valueChanged.connect(lambda _v: self.reload())
        self.health: PlanHealth | None = None
        self.loader = BackgroundLoad(self, lang, self.tr("Plan health"), self.show_health)
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
        plan, days = self._services.plan, self.stale_days.value()
        return lambda: plan.health(stale_days=days)

    def reload(self) -> None:
        """Read the lists on a worker thread; the old ones stay in view meanwhile."""
        self._stale = False
        self.note.setText(self.tr("Reading the plan…"))
        self.loader.start(self._read())

    def reload_now(self) -> None:
        self._stale = False
        self.loader.now(self._read())

    def show_health(self, health: PlanHealth) -> None:
        current = self.lists.currentItem().data(KEY_ROLE) if self.lists.currentItem() else "overdue_actions"
        self.health = health
        model = self.items.model
        assert isinstance(model, HealthModel)
        model.entity_names = {  # a few dozen entities: read with the lists' answer
            e.code: e.label(self._lang) for e in self._services.entities.list()}
        self.lists.blockSignals(True)
        self.lists.clear()
        for key in HEALTH_KEYS:
            found = self.health.lists[key]
            item = QListWidgetItem(
                self.tr("{title}: {count}").format(title=self.titles[key], count=found.count)
            )
            item.setData(KEY_ROLE, key)
            if found.count:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.lists.addItem(item)
            if key == current:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        self._show_list()

    def _show_list(self) -> None:
        item = self.lists.currentItem()
        if item is None or self.health is None:
            self.items.set_rows([])
            return
        found = self.health.lists[item.data(KEY_ROLE)]
        self.items.set_rows(list(found.items))
        if found.count > len(found.items):
            self.note.setText(
                self.tr(
                    "The first {shown} of {count} are listed. Double-click a line to open its plan."
                ).format(shown=len(found.items), count=found.count)
            )
        else:
            self.note.setText(self.tr("Double-click a line to open its plan."))

    def select_list(self, key: str) -> None:
        for row in range(self.lists.count()):
            if self.lists.item(row).data(KEY_ROLE) == key:
                self.lists.setCurrentRow(row)

    def _open_current(self) -> None:
        item: HealthItem | None = self.items.current()
        if item is not None and item.owner.id:
            self.open_plan.emit(item.owner.kind, item.owner.id)
