"""Bulk edit of the register's selection: add or remove tags, set the lead or supporting
entities, the cluster, the priority (with its reason) or the status of every selected
recommendation, as ONE undoable step.

The register page wires it to its selection::

    from nrtd_desktop.ui.bulk_edit import open_bulk_edit
    action.triggered.connect(lambda: open_bulk_edit(self, self._services, self.selected_ids(),
                                                    self._undo, lang=self._lang, on_changed=self._changed))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.classify import KEEP, BulkEdit, BulkUndo
from nrtd_desktop.services import Services
from nrtd_desktop.ui import labels
from nrtd_desktop.ui.pickers import ChoiceCombo, MultiPicker
from nrtd_desktop.ui.screen_fit import fit_to_screen

KEEP_KEY = "__keep__"  # the combos' "leave as it is" entry
NONE_KEY = "__none__"  # the combos' "clear it" entry


class BulkEditCommand(QUndoCommand):
    """Pushed after the dialog applied the edit (so its errors showed in the dialog); undo puts
    every record back from the saved values, redo applies the same edit again."""

    def __init__(self, services: Services, ids: Sequence[str], edit: BulkEdit, undo: BulkUndo, text: str,
                 notify: Callable[[], None] | None = None,
                 report_error: Callable[[NrtdError], None] | None = None) -> None:
        super().__init__(text)
        self._services = services
        self.ids = list(ids)
        self.edit = edit
        self.undo_data = undo
        self._notify = notify or (lambda: None)
        self._report_error = report_error or (lambda _error: None)
        self._applied_already = True

    def redo(self) -> None:
        if self._applied_already:
            self._applied_already = False
            return
        try:
            self.undo_data = self._services.bulk.apply(self.ids, self.edit).undo
        except NrtdError as error:
            self._report_error(error)
        self._notify()

    def undo(self) -> None:
        try:
            self._services.bulk.restore(self.undo_data)
        except NrtdError as error:
            self._report_error(error)
        self._notify()


class _TagTab(QWidget):
    """Two lists side by side: the values to add and the values to remove."""

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add = MultiPicker(self.tr("Add to every selected recommendation"), self)
        self.remove = MultiPicker(self.tr("Remove from every selected recommendation"), self)
        self.add.set_options(options)
        self.remove.set_options(options)
        layout = QHBoxLayout(self)
        layout.addWidget(self.add)
        layout.addWidget(self.remove)


class BulkEditDialog(QDialog):
    def __init__(self, services: Services, ids: Sequence[str], undo_stack: QUndoStack, lang: Lang = "ar",
                 on_changed: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_edit_dialog")
        self._services = services
        self._ids = list(ids)
        self._undo_stack = undo_stack
        self._lang = lang
        self._on_changed = on_changed or (lambda: None)
        self.command: BulkEditCommand | None = None
        self.setWindowTitle(self.tr("Edit {count} recommendations").format(count=len(self._ids)))

        def labelled(rows: list[Any]) -> list[tuple[str, str]]:
            return [(r.key, r.label(lang)) for r in rows]

        reference = services.reference
        entities = [(e.code, e.label(lang)) for e in services.entities.list()]
        self.themes = _TagTab(labelled(reference.themes()), self)
        self.groups = _TagTab(labelled(reference.affected_groups()), self)
        self.sdg = _TagTab([(t.key, f"{t.key} {t.label(lang)}") for t in reference.sdg_targets()], self)
        self.supporting = _TagTab(entities, self)
        self.lead = self._combo([(NONE_KEY, self.tr("No lead entity")), *entities])
        self.cluster = self._combo([(NONE_KEY, self.tr("Outside any cluster")),
                                    *((c.id, c.label(lang)) for c in services.clusters.list())])
        self.priority = self._combo([(NONE_KEY, self.tr("Computed by the rule (clear the override)")),
                                     *((k, v) for k, v in labels.priority_labels().items() if k != "none")])
        self.reason = QLineEdit(self)
        self.reason.setObjectName("bulk_priority_reason")
        self.reason.setPlaceholderText(self.tr("Why this priority (required when set by hand)"))
        self.status = self._combo([(k, v) for k, v in labels.status_labels().items() if k != "overdue"])
        values = QWidget(self)
        form = QFormLayout(values)
        form.addRow(self.tr("Lead entity"), self.lead)
        form.addRow(self.tr("Cluster"), self.cluster)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Reason for the priority"), self.reason)
        form.addRow(self.tr("Status"), self.status)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(values, self.tr("Entities, cluster, priority, status"))
        self.tabs.addTab(self.supporting, self.tr("Supporting entities"))
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.tabs.addTab(self.groups, self.tr("Affected groups"))
        self.tabs.addTab(self.sdg, self.tr("SDG targets"))
        note = QLabel(self.tr("Only what you change here is applied; everything else stays as it is. "
                              "The whole edit is one step of Undo."), self)
        note.setWordWrap(True)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 560)

    def _combo(self, choices: list[tuple[str, str]]) -> ChoiceCombo:
        combo = ChoiceCombo(self)
        combo.set_choices([(KEEP_KEY, self.tr("Leave as it is")), *choices])
        combo.set_value(KEEP_KEY)
        return combo

    @staticmethod
    def _chosen(combo: ChoiceCombo) -> Any:
        value = combo.value()
        return KEEP if value == KEEP_KEY else None if value == NONE_KEY else value

    def _warn(self, error: NrtdError) -> None:
        QMessageBox.warning(self.parentWidget(), self.windowTitle(), error.text(self._lang))

    def edit(self) -> BulkEdit:
        return BulkEdit(
            add_themes=self.themes.add.selected(), remove_themes=self.themes.remove.selected(),
            add_groups=self.groups.add.selected(), remove_groups=self.groups.remove.selected(),
            add_sdg_targets=self.sdg.add.selected(), remove_sdg_targets=self.sdg.remove.selected(),
            add_supporting=self.supporting.add.selected(),
            remove_supporting=self.supporting.remove.selected(),
            lead_entity=self._chosen(self.lead), cluster=self._chosen(self.cluster),
            priority=self._chosen(self.priority), priority_reason=self.reason.text(),
            status=self._chosen(self.status),
        )

    def apply(self) -> None:
        edit = self.edit()
        try:
            result = self._services.bulk.apply(self._ids, edit)
        except NrtdError as error:
            QMessageBox.warning(self, self.windowTitle(), error.text(self._lang))
            return
        self.command = BulkEditCommand(
            self._services, self._ids, edit, result.undo,
            self.tr("edit {count} recommendations").format(count=len(result.changed)),
            self._on_changed, self._warn)
        self._undo_stack.push(self.command)
        self._on_changed()
        self.accept()


def open_bulk_edit(parent: QWidget | None, services: Services, ids: Sequence[str], undo_stack: QUndoStack,
                   lang: Lang = "ar", on_changed: Callable[[], None] | None = None) -> BulkEditDialog | None:
    """Open the bulk edit dialog for ``ids`` (window-modal; returns it, or None when nothing is
    selected). Applying it pushes one command on ``undo_stack``; ``on_changed`` runs after the
    edit and after each undo or redo (the register refreshes its rows there)."""
    if not ids:
        return None
    dialog = BulkEditDialog(services, ids, undo_stack, lang, on_changed, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
