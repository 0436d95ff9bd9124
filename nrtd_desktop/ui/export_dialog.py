"""Export to Excel: which sheets, which language, everything or the register's current filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services import Services
from nrtd_desktop.ui.guide_links import install_dialog_help
from nrtd_desktop.ui.protect_fields import ProtectBox
from nrtd_desktop.ui.worker import run_task
from nrtd_desktop.workbook.sheets import SHEETS


def sheet_label(key: str) -> str:
    return {
        "recommendations": QCoreApplication.translate("Export", "Recommendations"),
        "clusters": QCoreApplication.translate("Export", "Clusters"),
        "actions": QCoreApplication.translate("Export", "Actions"),
        "indicators": QCoreApplication.translate("Export", "Indicators"),
        "progress": QCoreApplication.translate("Export", "Progress updates"),
        "challenges": QCoreApplication.translate("Export", "Challenges"),
        "entities": QCoreApplication.translate("Export", "Entities"),
        "documents": QCoreApplication.translate("Export", "Documents"),
    }.get(key, key)


class ExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        lang: Lang = "ar",
        current_filter: RecommendationFilter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.services = services
        self.lang = lang
        self.current_filter = current_filter
        self.result_value: Any = None
        self.task: Any = None
        self.setWindowTitle(self.tr("Export to Excel"))
        if lang == "ar":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout = QVBoxLayout(self)
        group = QGroupBox(self.tr("Sheets"), self)
        group_layout = QVBoxLayout(group)
        self.sheets: dict[str, QCheckBox] = {}
        for sheet in SHEETS:
            box = QCheckBox(sheet_label(sheet.key), group)
            box.setObjectName(f"sheet_{sheet.key}")
            box.setChecked(True)
            box.toggled.connect(self._update)
            group_layout.addWidget(box)
            self.sheets[sheet.key] = box
        layout.addWidget(group)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("export_language")
        self.language.addItem("العربية", "ar")  # each language named in itself
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "ar" else 1)
        form.addRow(self.tr("Language of the workbook:"), self.language)
        self.filtered = QCheckBox(self.tr("Only the recommendations of the register's current filter"), self)
        self.filtered.setObjectName("export_filtered")
        has_filter = current_filter is not None and not current_filter.is_empty()
        self.filtered.setEnabled(has_filter)
        self.filtered.setChecked(has_filter)
        form.addRow("", self.filtered)
        path_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        self.path.textChanged.connect(self._update)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("File:"), path_row)
        layout.addLayout(form)
        self.protect = ProtectBox(self)  # issue 26: a workbook the member chooses to protect
        layout.addWidget(self.protect)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        install_dialog_help(self, self.buttons)
        layout.addWidget(self.buttons)
        self._update()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), "recommendations.xlsx", self.tr("Workbooks (*.xlsx)")
        )
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def chosen_sheets(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.sheets.items() if box.isChecked())

    def _update(self) -> None:
        ok = bool(self.chosen_sheets()) and bool(self.path.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def options(self) -> Any:
        from nrtd_desktop.exporters.xlsx import ExportOptions

        chosen = self.current_filter if self.filtered.isChecked() else None
        return ExportOptions(sheets=self.chosen_sheets(), lang=self.language.currentData(), filter=chosen,
                             password=self.protect.chosen_password())

    def start(self) -> None:
        try:
            options = self.options()
        except NrtdError as error:  # a short or mistyped password: said, nothing written
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.windowTitle(), error.text(self.lang))
            return
        path, services = Path(self.path.text().strip()), self.services
        self.buttons.setEnabled(False)

        def done(result: Any) -> None:
            self.result_value = result
            self.accept()

        def failed(_error: BaseException, sentence: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            self.buttons.setEnabled(True)
            QMessageBox.critical(self, self.windowTitle(), sentence)

        self.task = run_task(
            self,
            lambda progress: services.imports.export_xlsx(
                path, options, lambda d, t, m: progress.report(d, t)
            ),
            title=self.windowTitle(),
            label=self.tr("Writing the workbook…"),
            on_success=done,
            on_failure=failed,
            lang=self.lang,
        )
