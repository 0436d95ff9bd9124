"""The history of one record: who changed what, when, from where; exportable.

``HistoryPanel(services, table_name, record_id)`` can sit in the register's detail area (call
``set_record`` when the selection changes). Values are shown as they are stored; each row reads
"field: old → new", with the origin (typed here, imported file, exchange package).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.bidi import isolate, ltr
from nrtd_desktop.domain.calendar import format_moment
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.history import HistoryRow
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi

_Index = QModelIndex | QPersistentModelIndex


def origin_labels() -> dict[str, str]:
    return {
        "local": QCoreApplication.translate("History", "Typed on this computer"),
        "import": QCoreApplication.translate("History", "Imported file"),
        "package": QCoreApplication.translate("History", "Exchange package"),
        # issue 23: the person in "Who" accepted (or rejected) what the program suggested
        "suggestion": QCoreApplication.translate("History", "Suggested by the program"),
    }


def operation_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("History", "Created"),
        "update": QCoreApplication.translate("History", "Changed"),
        "delete": QCoreApplication.translate("History", "Deleted"),
    }


# What SuggestionService writes as the detail of a suggestion's history row (services/suggestions.py
# ``_detail``): "suggested (themes, model of 2026-12-07): upr_info.x 0.97; upr_info.y 0.61".
_SUGGESTED = re.compile(
    r"suggested \((?P<vocabulary>\w+), (?:model of (?P<date>[\d-]+)|similar records)\): (?P<parts>.*)"
)


def suggestion_origin(row: HistoryRow) -> str:
    """A suggestion's history row in the window's language: "suggested by the program (model of
    <date>, confidence 97%), accepted by <who>" -- or rejected by them."""
    translate = QCoreApplication.translate
    who = row.actor or "—"
    if row.origin_detail == "rejected":
        return translate("History", "Suggested by the program, rejected by {who}").format(who=who)
    match = _SUGGESTED.fullmatch(row.origin_detail or "")
    if match is None:
        origin = translate("History", "Suggested by the program")
        return origin + (f": {row.origin_detail}" if row.origin_detail else "")
    confidences = [round(float(part.rsplit(" ", 1)[-1]) * 100) for part in match["parts"].split("; ")]
    low, high = min(99, min(confidences)), min(99, max(confidences))  # never "100%" (a model guesses)
    sure = ltr(f"{high}%" if low == high else f"{low}–{high}%")
    if match["date"]:
        how = translate("History", "model of {date}, confidence {confidence}").format(
            date=ltr(match["date"]), confidence=sure)
    else:
        how = translate("History", "from similar labelled records, confidence {confidence}").format(
            confidence=sure)
    return translate("History", "Suggested by the program ({how}), accepted by {who}").format(
        how=how, who=who)


def _short(value: str | None, limit: int = 120) -> str:
    if value is None or value == "":
        return "—"
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


class HistoryModel(QAbstractTableModel):
    """The rows of the history, newest first; columns: when, who, field, old value, new value,
    origin. Old and new values get a column each, so that an Arabic value and an English one never
    share a line whose direction would jumble them."""

    def __init__(self, rows: list[HistoryRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = list(rows or [])

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    @staticmethod
    def headers() -> tuple[str, ...]:
        translate = QCoreApplication.translate
        return (translate("History", "When"), translate("History", "Who"), translate("History", "Field"),
                translate("History", "Old value"), translate("History", "New value"),
                translate("History", "Origin"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]

    def change_text(self, row: HistoryRow) -> str:
        """One line for exports and tests: "field: old → new", or the operation."""
        if not row.field:
            return operation_labels().get(row.operation, row.operation)
        return f"{row.field}: {_short(row.old_value)} → {_short(row.new_value)}"

    def cell_text(self, row: HistoryRow, column: int) -> str:
        if column == 0:
            return ltr(format_moment(row.at))
        if column == 1:
            return row.actor + (f" ({row.actor_entity})" if row.actor_entity else "")
        if column == 2:
            return row.field or operation_labels().get(row.operation, row.operation)
        if column in (3, 4):  # each value in its own direction ("=cmd…" stays left to right)
            value = row.old_value if column == 3 else row.new_value
            return isolate(_short(value)) if row.field else ""
        if row.origin == "suggestion":
            return suggestion_origin(row)
        origin = origin_labels().get(row.origin, row.origin)
        return origin + (f": {row.origin_detail}" if row.origin_detail else "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4) and row.field:
            return (row.old_value if column == 3 else row.new_value) or "—"
        return None


class HistoryPanel(QWidget):
    def __init__(self, services: Services, table_name: str = "", record_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.services = services
        self.table_name = table_name
        self.record_id = record_id
        self.model = HistoryModel(parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("history_view")
        self.view.setModel(self.model)
        bidi.install(self.view)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.summary = QLabel(self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("history_export")
        self.export_button.clicked.connect(self.choose_export_file)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.refresh()

    def set_record(self, table_name: str, record_id: str) -> None:
        self.table_name, self.record_id = table_name, record_id
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.history.for_record(self.table_name, self.record_id) if self.record_id else []
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%n recorded change(s)", "", len(rows)))
        self.export_button.setEnabled(bool(rows))

    def export_to(self, path: str) -> None:
        self.services.history.export(self.model.rows, path)

    def choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the history"), "history.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not path:
            return
        try:
            self.export_to(path)
        except NrtdError as error:
            lang: Lang = "ar" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"
            QMessageBox.warning(self, self.tr("Export the history"), error.text(lang))
