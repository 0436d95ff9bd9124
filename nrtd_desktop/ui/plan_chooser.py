"""The plan editor's chooser: clusters first, then the recommendations the search finds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.text import shorten
from nrtd_desktop.dto.plan import CLUSTER, RECOMMENDATION
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi

OWNER_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 200
CHOOSER_CHARS = 90  # of a recommendation's text in the chooser, cut at a word's end with "…"


class OwnerChooser(QWidget):
    """Clusters first, then recommendations matching the search (Arabic-aware, via the services)."""

    chosen = Signal(str, str)  # kind, id

    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._lang = services, lang
        self.search = QLineEdit(self)
        self.search.setObjectName("plan_owner_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a recommendation by reference or words"))
        self.list = QListWidget(self)
        bidi.install(self.list)
        self.list.setObjectName("plan_owner_list")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.currentItemChanged.connect(self._current_changed)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for cluster in self._services.clusters.list():
            text = self.tr("Cluster: {name}").format(name=cluster.label(self._lang))
            self._add(text, (CLUSTER, cluster.id), bold=True)
        found = self._services.recommendations.list(
            RecommendationFilter(search=self.search.text().strip()), limit=SEARCH_LIMIT, lang=self._lang
        )
        for rec in found:
            self._add(f"{rec.reference} — {shorten(rec.text(self._lang), CHOOSER_CHARS)}",
                      (RECOMMENDATION, rec.id))
        self.list.blockSignals(False)
        if current:
            self.select(*current)

    def _add(self, text: str, owner: tuple[str, str], bold: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(OWNER_ROLE, owner)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def current(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return tuple(item.data(OWNER_ROLE)) if item else None

    def select(self, kind: str, owner_id: str) -> bool:
        for row in range(self.list.count()):
            if tuple(self.list.item(row).data(OWNER_ROLE)) == (kind, owner_id):
                self.list.setCurrentRow(row)
                return True
        return False

    def _current_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            kind, owner_id = item.data(OWNER_ROLE)
            self.chosen.emit(kind, owner_id)
