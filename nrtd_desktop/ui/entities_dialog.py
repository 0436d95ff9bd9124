"""Create or edit an entity: short code, Arabic and English names, kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from nrtd_desktop.dto.register import EntityRow
from nrtd_desktop.ui.pickers import ChoiceCombo


class EntityDialog(QDialog):
    def __init__(self, entity: EntityRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entity_dialog")
        self.setWindowTitle(self.tr("Edit entity") if entity else self.tr("New entity"))
        self.code = QLineEdit(self)
        self.code.setObjectName("entity_code")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setMaxLength(30)
        self.name_ar = QLineEdit(self)
        self.name_ar.setObjectName("entity_name_ar")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("entity_name_en")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.kind = ChoiceCombo(self)
        self.kind.set_choices([
            ("ministry", self.tr("Ministry")), ("authority", self.tr("Authority")),
            ("council", self.tr("Council")), ("commission", self.tr("Commission")),
            ("other", self.tr("Other")),
        ])
        form = QFormLayout()
        form.addRow(self.tr("Short code"), self.code)
        form.addRow(self.tr("Arabic name"), self.name_ar)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Kind"), self.kind)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if entity is not None:
            self.code.setText(entity.code)
            self.name_ar.setText(entity.name_ar)
            self.name_en.setText(entity.name_en)
            self.kind.set_value(entity.kind)

    def values(self) -> dict[str, Any]:
        return {"code": self.code.text(), "name_ar": self.name_ar.text(), "name_en": self.name_en.text(),
                "kind": self.kind.value() or "other"}
