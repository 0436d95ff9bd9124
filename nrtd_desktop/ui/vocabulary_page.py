"""The vocabulary screen: values imports kept because no vocabulary knew them, and mapping them.

Left, every kept label with its vocabulary and how many records carry it (most common first).
Right, the known values of the chosen label's vocabulary, with a search line; "Map" ties the
label to the chosen value on every record carrying it and for every later import; "No value"
lets the label go. The work is VocabularyService's (the same as ``nrtd vocabulary map``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.changes import RECOMMENDATIONS, VOCABULARY, Changes
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.page_changes import ReloadWhenShown


def vocabulary_names() -> dict[str, str]:
    return {
        "theme": QCoreApplication.translate("Vocabulary", "Theme"),
        "group": QCoreApplication.translate("Vocabulary", "Affected persons"),
        "sdg": QCoreApplication.translate("Vocabulary", "SDG goal or target"),
        "state": QCoreApplication.translate("Vocabulary", "Recommending State"),
        "country": QCoreApplication.translate("Vocabulary", "State under review"),
        "region": QCoreApplication.translate("Vocabulary", "Region"),
        "mandate": QCoreApplication.translate("Vocabulary", "Special procedure"),
        "body": QCoreApplication.translate("Vocabulary", "Body"),
    }


class VocabularyPage(QWidget):
    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabulary_page")
        self.services = services
        self.lang = lang
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Values of imported files that are not in the program's vocabularies. They are kept on "
                "their recommendations as imported labels. Map each one to a known value: every "
                "recommendation carrying it changes, and later imports do the same."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 3, splitter)
        bidi.install(self.table)
        self.table.setObjectName("unmatched_values")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Vocabulary"), self.tr("Imported value"), self.tr("Records")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda *_cells: self._selected())
        side = QWidget(splitter)
        right = QVBoxLayout(side)
        self.chosen_label = QLabel(side)
        self.chosen_label.setObjectName("chosen_label")
        self.chosen_label.setWordWrap(True)
        right.addWidget(self.chosen_label)
        self.search = QLineEdit(side)
        self.search.setPlaceholderText(self.tr("Find a known value"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        right.addWidget(self.search)
        self.choices = QListWidget(side)
        bidi.install(self.choices)
        self.choices.setObjectName("vocabulary_choices")
        right.addWidget(self.choices, 1)
        buttons = QHBoxLayout()
        self.map_button = QPushButton(self.tr("Map to the chosen value"), side)
        self.map_button.setObjectName("map_value")
        self.map_button.clicked.connect(self._map)
        self.ignore_button = QPushButton(self.tr("No value (let the label go)"), side)
        self.ignore_button.clicked.connect(self._ignore)
        buttons.addWidget(self.map_button)
        buttons.addWidget(self.ignore_button)
        right.addLayout(buttons)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([700, 500])
        layout.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.status.setObjectName("vocabulary_status")
        layout.addWidget(self.status)
        self.values: list[Any] = []
        self._reloader = ReloadWhenShown(self, self.refresh)
        self.refresh()

    def cares_about(self, changes: Changes) -> bool:
        """The labels still unmatched, and how many recommendations carry each."""
        return changes.touches(VOCABULARY, RECOMMENDATIONS)

    def apply_changes(self, _changes: Changes) -> None:
        self._reloader.request()

    def refresh(self) -> None:
        self.read_generation = self.services.context.generation
        names = vocabulary_names()
        self.values = self.services.vocabulary.unmatched()
        self.table.setRowCount(len(self.values))
        for row, value in enumerate(self.values):
            self.table.setItem(row, 0, QTableWidgetItem(names.get(value.vocabulary, value.vocabulary)))
            self.table.setItem(row, 1, QTableWidgetItem(value.label))
            count = QTableWidgetItem(f"{value.records:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 2, count)
        self.status.setText(
            self.tr("{count} value(s) to map").format(count=len(self.values))
            if self.values
            else self.tr("Every imported value is in the program's vocabularies.")
        )
        if self.values:
            self.table.setCurrentCell(0, 1)
            self._selected()
        else:
            self.choices.clear()
            self.chosen_label.clear()
        self._update_buttons()

    def current(self) -> Any:
        row = self.table.currentRow()
        return self.values[row] if 0 <= row < len(self.values) else None

    def _selected(self) -> None:
        value = self.current()
        self.choices.clear()
        if value is None:
            self._update_buttons()
            return
        self.chosen_label.setText(
            self.tr("“{label}” ({vocabulary}), on {count} recommendation(s)").format(
                label=value.label, vocabulary=vocabulary_names().get(value.vocabulary, value.vocabulary),
                count=value.records,
            )
        )
        for choice in self.services.vocabulary.choices(value.vocabulary):
            item = QListWidgetItem(choice.label(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setToolTip(choice.key)
            self.choices.addItem(item)
        self._filter(self.search.text())
        self._update_buttons()

    def _filter(self, text: str) -> None:
        from nrtd_desktop.domain.arabic import normalize

        needle = normalize(text)
        for index in range(self.choices.count()):
            item = self.choices.item(index)
            item.setHidden(bool(needle) and needle not in normalize(item.text()))

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.map_button.setEnabled(has)
        self.ignore_button.setEnabled(has)

    def map_current(self, target: str) -> int:
        value = self.current()
        if value is None:
            return 0
        try:
            changed = self.services.vocabulary.map(value.vocabulary, value.label, target)
        except NrtdError as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(self.lang))
            return 0
        self.refresh()
        self.status.setText(self.tr("{count} recommendation(s) changed.").format(count=changed))
        return changed

    def _map(self) -> None:
        item = self.choices.currentItem()
        if item is not None:
            self.map_current(item.data(Qt.ItemDataRole.UserRole))

    def _ignore(self) -> None:
        self.map_current("-")


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return VocabularyPage(context.services, context.lang)
