"""Dialogs of the clusters area: create or edit a cluster, merge clusters, name a split, add
recommendations by reference. Each only gathers values; the page calls the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import ClusterRow, EntityRow
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.pickers import ChoiceCombo, MultiPicker


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(standard.Ok | standard.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ClusterDialog(QDialog):
    """Names in both languages, descriptions, lead and supporting entities."""

    def __init__(self, lang: Lang, entities: list[EntityRow], cluster: ClusterRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit cluster") if cluster else self.tr("New cluster"))
        self.name_ar = QLineEdit(self)
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit(self)
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.description_ar = QPlainTextEdit(self)
        self.description_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.description_en = QPlainTextEdit(self)
        self.description_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for editor in (self.description_ar, self.description_en):
            editor.setMaximumHeight(80)
        self.lead = ChoiceCombo(self, none_text=self.tr("No lead entity"))
        self.lead.set_choices((e.code, e.label(lang)) for e in entities)
        self.supporting = MultiPicker(self.tr("Supporting entities"), self)
        self.supporting.set_options((e.code, e.label(lang)) for e in entities)
        form = QFormLayout()
        form.addRow(self.tr("Arabic name"), self.name_ar)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Arabic description"), self.description_ar)
        form.addRow(self.tr("English description"), self.description_en)
        form.addRow(self.tr("Lead entity"), self.lead)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.supporting)
        layout.addWidget(_buttons(self))
        if cluster is not None:
            self.name_ar.setText(cluster.name_ar)
            self.name_en.setText(cluster.name_en)
            self.description_ar.setPlainText(cluster.description_ar)
            self.description_en.setPlainText(cluster.description_en)
            self.lead.set_value(cluster.lead_entity)
            self.supporting.set_selected(cluster.supporting_entities)

    def values(self) -> dict[str, Any]:
        return {
            "name_ar": self.name_ar.text(), "name_en": self.name_en.text(),
            "description_ar": self.description_ar.toPlainText(),
            "description_en": self.description_en.toPlainText(),
            "lead_entity": self.lead.value(), "supporting_entities": self.supporting.selected(),
        }


class MergeDialog(QDialog):
    """Tick the clusters whose recommendations go into the current one."""

    def __init__(self, lang: Lang, target: ClusterRow, others: list[ClusterRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge clusters"))
        self.list = QListWidget(self)
        bidi.install(self.list)
        for cluster in others:
            item = QListWidgetItem(self.tr("{name} ({count} recommendations)").format(
                name=cluster.label(lang), count=cluster.recommendation_count))
            item.setData(Qt.ItemDataRole.UserRole, cluster.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The recommendations, actions and supporting entities of the chosen clusters "
                              "move into «{name}»; the chosen clusters are then deleted.").format(
            name=target.label(lang)))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self))

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class SplitDialog(QDialog):
    """The names of the new cluster that the chosen recommendations move to."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split cluster"))
        self.name_ar = QLineEdit(self)
        self.name_en = QLineEdit(self)
        note = QLabel(self.tr("{count} chosen recommendations move to a new cluster.").format(count=count))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Arabic name"), self.name_ar)
        form.addRow(self.tr("English name"), self.name_en)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))


class AddMembersDialog(QDialog):
    """References typed or pasted, one per line or separated by commas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add recommendations to the cluster"))
        self.references = QPlainTextEdit(self)
        self.references.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.references.setPlaceholderText("UPR-3-122.45\nCRC-2016-18")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("References of the recommendations (one per line):"), self))
        layout.addWidget(self.references)
        layout.addWidget(_buttons(self))

    def chosen(self) -> list[str]:
        text = self.references.toPlainText().replace(",", "\n").replace("،", "\n")
        return [line.strip() for line in text.splitlines() if line.strip()]
