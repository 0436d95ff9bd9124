"""Edit → Deleted records…: every deletion not yet undone, newest first, and putting one back.

Undo (Ctrl+Z) covers this session's deletions; this list covers all of them, including those a
package brought. Putting one back is ``services.deletions.restore``: the same records, same ids.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.bidi import isolate
from nrtd_desktop.domain.calendar import local_time
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.services import Services
from nrtd_desktop.services.deletions import DeletionRow
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.screen_fit import fit_to_screen


def kind_text(table: str) -> str:
    return {
        "recommendations": QCoreApplication.translate("Deletions", "Recommendation"),
        "clusters": QCoreApplication.translate("Deletions", "Cluster"),
        "entities": QCoreApplication.translate("Deletions", "Entity"),
        "actions": QCoreApplication.translate("Deletions", "Action"),
        "indicators": QCoreApplication.translate("Deletions", "Indicator"),
        "progress_updates": QCoreApplication.translate("Deletions", "Progress update"),
        "challenges": QCoreApplication.translate("Deletions", "Challenge"),
        "recommendation_links": QCoreApplication.translate("Deletions", "Link"),
        "documents": QCoreApplication.translate("Deletions", "Document"),
        "reporting_events": QCoreApplication.translate("Deletions", "Calendar entry"),
        "report_drafts": QCoreApplication.translate("Deletions", "Report draft"),
        "report_sections": QCoreApplication.translate("Deletions", "Report section"),
        "report_versions": QCoreApplication.translate("Deletions", "Report version"),
    }.get(table, table)


def origin_text(origin: str) -> str:
    if origin == "package":
        return QCoreApplication.translate("Deletions", "An exchange package")
    if origin == "import":
        return QCoreApplication.translate("Deletions", "An import")
    return QCoreApplication.translate("Deletions", "This laptop")


class DeletionsDialog(QDialog):
    def __init__(
        self, services: Services, lang: Lang, on_restored: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setObjectName("deletions_dialog")
        self.setWindowTitle(self.tr("Deleted records"))
        self._services = services
        self._on_restored = on_restored
        self.rows: list[DeletionRow] = []
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Everything deleted and not yet put back, newest first. Putting a deletion back brings the "
            "same records with everything that went with them (a recommendation's plan, a cluster's "
            "actions)."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 5, self)
        bidi.install(self.table)
        self.table.setObjectName("deletions_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("By"), self.tr("What"), self.tr("Records"), self.tr("From")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Nothing has been deleted."), self)
        self.empty.setObjectName("deletions_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Put back"), self)
        self.restore_button.setObjectName("deletions_restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 420)
        self.reload()

    def reload(self) -> None:
        self.rows = self._services.deletions.recent()
        self.table.setRowCount(len(self.rows))
        for row, deletion in enumerate(self.rows):
            values = [
                local_time(deletion.at).strftime("%Y-%m-%d %H:%M"),
                deletion.actor,
                f"{kind_text(deletion.table)}: {isolate(deletion.label)}",
                str(deletion.record_count),
                origin_text(deletion.origin),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> DeletionRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def restore_selected(self) -> bool:
        deletion = self.selected()
        if deletion is None:
            return False
        try:
            self._services.deletions.restore(deletion.id)
        except NrtdError as error:
            QMessageBox.warning(self, self.tr("Deleted records"), error.text(self._lang))
            return False
        self.reload()
        if self._on_restored is not None:
            self._on_restored()
        return True
