"""Column mapping for "any other spreadsheet" (format 4): which column holds which field.

The dialog shows the file's first rows (importers.detect.preview) and one drop-down per field
listing the file's headers; the mapping can be saved by name (ImportService.save_mapping) and
chosen again for the next file of the same shape.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.importers.formats.mapped import TARGETS, ColumnMapping
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.screen_fit import fit_to_screen


def target_label(target: str) -> str:
    """The field's name as a person reads it (translated)."""
    names = {
        "text": QCoreApplication.translate("Mapping", "Text (either language)"),
        "text_en": QCoreApplication.translate("Mapping", "English text"),
        "text_ar": QCoreApplication.translate("Mapping", "Arabic text"),
        "source_key": QCoreApplication.translate("Mapping", "Identifier of the row"),
        "mechanism_kind": QCoreApplication.translate("Mapping", "Mechanism (UPR, TB, SP)"),
        "body": QCoreApplication.translate("Mapping", "Recommending body"),
        "document_symbol": QCoreApplication.translate("Mapping", "Document symbol"),
        "paragraph": QCoreApplication.translate("Mapping", "Paragraph"),
        "publication_date": QCoreApplication.translate("Mapping", "Publication date"),
        "upr_session": QCoreApplication.translate("Mapping", "UPR session"),
        "countries_concerned": QCoreApplication.translate("Mapping", "State under review"),
        "recommending_states": QCoreApplication.translate("Mapping", "Recommending States"),
        "position": QCoreApplication.translate("Mapping", "Position of the State"),
        "action_category": QCoreApplication.translate("Mapping", "Action category (1-5)"),
        "annotation_type": QCoreApplication.translate("Mapping", "Recommendation or observation"),
        "themes": QCoreApplication.translate("Mapping", "Themes"),
        "affected_groups": QCoreApplication.translate("Mapping", "Affected persons"),
        "sdg": QCoreApplication.translate("Mapping", "SDG targets"),
        "regions_concerned": QCoreApplication.translate("Mapping", "Regions concerned"),
        "recommending_regions": QCoreApplication.translate("Mapping", "Recommending regions"),
    }
    return names.get(target, target)


class MappingDialog(QDialog):
    """Choose (and optionally save) the column mapping of ``path``; ``mapping`` holds the result."""

    def __init__(
        self,
        services: Services,
        path: Path,
        lang: Lang = "ar",
        initial: ColumnMapping | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_dialog")
        self.services = services
        self.path = Path(path)
        self.lang = lang
        self.mapping: ColumnMapping | None = None
        self.setWindowTitle(self.tr("Which column holds what"))
        from nrtd_desktop.importers.detect import preview

        self.preview = preview(self.path, n=10)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The first rows of {file}. Choose, for each field, the column that holds it; "
                "at least the text is needed."
            ).format(file=self.path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.preview.rows), len(self.preview.headers), self)
        bidi.install(self.table)
        self.table.setObjectName("mapping_preview")
        self.table.setHorizontalHeaderLabels(list(self.preview.headers))
        for r, row in enumerate(self.preview.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value[:200]))
        self.table.setMinimumHeight(180)
        layout.addWidget(self.table)

        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mapping:"), self))
        self.saved = QComboBox(self)
        self.saved.setObjectName("saved_mappings")
        self.saved.addItem(self.tr("(none)"), None)
        for name in services.imports.mapping_names():
            self.saved.addItem(name, name)
        self.saved.currentIndexChanged.connect(self._load_saved)
        saved_row.addWidget(self.saved, 1)
        layout.addLayout(saved_row)

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.choices: dict[str, QComboBox] = {}
        for target in TARGETS:
            combo = QComboBox(form_widget)
            combo.setObjectName(f"map_{target}")
            combo.addItem(self.tr("(not in the file)"), None)
            for header in self.preview.headers:
                combo.addItem(header, header)
            self.choices[target] = combo
            form.addRow(target_label(target), combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        layout.addWidget(scroll, 1)

        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Save this mapping as:"), self))
        self.name = QLineEdit(self)
        self.name.setObjectName("mapping_name")
        self.name.setPlaceholderText(self.tr("a name, to use it again (optional)"))
        name_row.addWidget(self.name, 1)
        layout.addLayout(name_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if initial is not None:
            self.set_mapping(initial)
        fit_to_screen(self, 900, 700)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for target, combo in self.choices.items():
            header = mapping.columns.get(target)
            index = combo.findData(header) if header else 0
            combo.setCurrentIndex(max(index, 0))

    def _load_saved(self) -> None:
        name = self.saved.currentData()
        if not name:
            return
        try:
            mapping = self.services.imports.mapping(name)
        except NrtdError as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(self.lang))
            return
        self.set_mapping(mapping)
        self.name.setText(name)

    def chosen(self) -> ColumnMapping:
        columns = {
            target: combo.currentData() for target, combo in self.choices.items() if combo.currentData()
        }
        name = self.name.text().strip() or self.path.stem
        options = {"sheet": self.preview.sheet} if self.preview.sheet else {}
        return ColumnMapping(name, columns, options)

    def accept(self) -> None:
        try:
            mapping = self.chosen()
            if self.name.text().strip():
                self.services.imports.save_mapping(mapping)
        except NrtdError as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(self.lang))
            return
        self.mapping = mapping
        super().accept()
