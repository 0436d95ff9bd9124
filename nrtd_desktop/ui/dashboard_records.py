"""The records behind an action or challenge figure, in a plain list (the plan area has no
filtered list to open yet: when it gets an ``apply_action_filter`` hook, the dashboard uses it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.figures import ActionFilter, ChallengeScope
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.screen_fit import fit_to_screen


class RecordsDialog(QDialog):
    def __init__(
        self, title: str, headers: list[str], rows: list[list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_records")
        self.setWindowTitle(title)
        self.table = QTableWidget(len(rows), len(headers), self)
        bidi.install(self.table)
        self.table.setObjectName("records_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 480)


def actions_dialog(services: Services, f: ActionFilter, lang: Lang, parent: QWidget | None) -> RecordsDialog:
    rows = [
        [
            a.title(lang),
            a.owner.label(lang),
            a.lead_entity.label(lang) if a.lead_entity else "",
            a.end_date.isoformat() if a.end_date else "",
            labels.label("action_status", a.status, lang),
        ]
        for a in services.figures.actions(f)
    ]
    headers = [
        QCoreApplication.translate("Dashboard", "Action"),
        QCoreApplication.translate("Dashboard", "Recommendation or cluster"),
        QCoreApplication.translate("Dashboard", "Lead entity"),
        QCoreApplication.translate("Dashboard", "End date"),
        QCoreApplication.translate("Dashboard", "Status"),
    ]
    return RecordsDialog(
        QCoreApplication.translate("Dashboard", "Actions ({count})").format(count=len(rows)),
        headers,
        rows,
        parent,
    )


def challenges_dialog(
    services: Services, f: ChallengeScope, lang: Lang, parent: QWidget | None
) -> RecordsDialog:
    rows = [
        [
            c.description(lang),
            labels.label("challenge_category", c.category, lang),
            labels.label("challenge_status", c.status, lang),
            c.entity.label(lang) if c.entity else "",
        ]
        for c in services.figures.challenges(f)
    ]
    headers = [
        QCoreApplication.translate("Dashboard", "Challenge"),
        QCoreApplication.translate("Dashboard", "Category"),
        QCoreApplication.translate("Dashboard", "Status"),
        QCoreApplication.translate("Dashboard", "Entity"),
    ]
    return RecordsDialog(
        QCoreApplication.translate("Dashboard", "Challenges ({count})").format(count=len(rows)),
        headers,
        rows,
        parent,
    )
