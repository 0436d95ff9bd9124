"""The merge review: what a package would change here, conflicts side by side, then apply.

Nothing is written until "Apply": the plan was computed by the Qt-free core (exchange/plan.py).
Each conflict shows the field, this laptop's value and the package's value, with a choice; the
coordinator must choose for every one (a member's laptop keeps its own values, marked as going
back to the coordinator). Apply runs on the worker thread (ui/worker.py) after the snapshot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.bidi import isolate
from nrtd_desktop.domain.errors import field_label
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.exchange.plan import DELETED, RECORD_FIELD, Choice, ItemKind, MergePlan, PlanItem
from nrtd_desktop.exchange.records import label_of
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.guide_links import help_link, install_dialog_help
from nrtd_desktop.ui.screen_fit import fit_to_screen
from nrtd_desktop.ui.worker import run_task

# Which closed vocabulary (domain/labels.py) names the values of a field.
VOCABULARY_OF = {
    ("recommendations", "status"): "status",
    ("recommendations", "position"): "position",
    ("recommendations", "priority"): "priority",
    ("recommendations", "mechanism"): "mechanism",
    ("recommendations", "annotation_type"): "annotation_type",
    ("actions", "status"): "action_status",
    ("indicators", "indicator_type"): "indicator_type",
    ("challenges", "category"): "challenge_category",
    ("challenges", "status"): "challenge_status",
}
ENTITY_FIELDS = {"lead_entity_id", "entity_id", "responsible_entity_id", "supporting_entities", "partners"}


def value_text(
    value: Any, lang: Lang, table: str = "", field: str = "", entity_codes: dict[str, str] | None = None
) -> str:
    """A field value as a person reads it: vocabulary labels, entity codes, lists joined, a dash for empty."""
    if value is None or value == "" or value == []:
        return "—"
    if value == DELETED:
        return QCoreApplication.translate("MergeReviewDialog", "(deleted)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeReviewDialog", "Yes")
            if value
            else QCoreApplication.translate("MergeReviewDialog", "No")
        )
    if field in ENTITY_FIELDS and entity_codes:
        value = (
            [entity_codes.get(v, v) for v in value]
            if isinstance(value, list)
            else entity_codes.get(value, value)
        )
    vocabulary = VOCABULARY_OF.get((table, field))
    if vocabulary and isinstance(value, str):
        return labels.label(vocabulary, value, lang)
    if isinstance(value, list):
        return ("، " if lang == "ar" else ", ").join(map(str, value))
    return str(value)


class MergeReviewDialog(QDialog):
    """``MergeReviewDialog(services, review, lang)``; ``exec()``; ``result_value`` after Apply."""

    def __init__(
        self, services: Services, review: Any, lang: Lang = "ar", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_review")
        self.services = services
        self.review = review
        self.plan: MergePlan = review.plan
        self.lang = lang
        self.result_value: Any = None
        self.task: Any = None
        self.choosers: list[tuple[str, str, QComboBox]] = []
        self.entity_codes = {row.id: row.code for row in services.entities.list()}
        self.setWindowTitle(self.tr("Review the package before merging"))
        fit_to_screen(self, 1100, 680)
        layout = QVBoxLayout(self)
        self.header = QLabel(self._header_text(), self)
        self.header.setObjectName("review_header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.summary = QLabel(self._summary_text(), self)
        self.summary.setObjectName("review_summary")
        layout.addWidget(self.summary)
        for notice in [*self.plan.warnings, *self.plan.problems]:
            note = QLabel(notice.text(lang), self)
            note.setWordWrap(True)
            note.setObjectName("review_problem" if notice in self.plan.problems else "review_warning")
            layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.records = self._records_table()
        self.conflicts = self._conflicts_table()
        splitter.addWidget(self.records)
        conflict_box = QWidget(self)
        conflict_layout = QVBoxLayout(conflict_box)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Conflicts: the same field changed on both laptops"), conflict_box)
        title.setStyleSheet("font-weight: bold")
        conflict_layout.addWidget(title)
        conflict_layout.addWidget(help_link(conflict_box, "conflict"))
        conflict_layout.addWidget(self.conflicts)
        bulk = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Keep this laptop's value everywhere"), conflict_box)
        self.all_theirs = QPushButton(self.tr("Take the package's value everywhere"), conflict_box)
        self.all_mine.clicked.connect(lambda: self._choose_all(1))
        self.all_theirs.clicked.connect(lambda: self._choose_all(2))
        bulk.addWidget(self.all_mine)
        bulk.addWidget(self.all_theirs)
        bulk.addStretch(1)
        conflict_layout.addLayout(bulk)
        splitter.addWidget(conflict_box)
        conflict_box.setVisible(bool(self.plan.conflicts))
        splitter.setSizes([200, 420])
        layout.addWidget(splitter, 1)
        self.confirm_entity: QCheckBox | None = None
        if getattr(review, "needs_confirmation", False):  # made for another entity: warned above
            self.confirm_entity = QCheckBox(self.tr("Apply this package on this laptop anyway"), self)
            self.confirm_entity.setObjectName("confirm_other_entity")
            self.confirm_entity.toggled.connect(lambda _checked: self._update_apply())
            layout.addWidget(self.confirm_entity)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply the merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("apply_merge")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        install_dialog_help(self, self.buttons)
        layout.addWidget(self.buttons)
        self._update_apply()

    # -- texts ------------------------------------------------------------------------------
    def _header_text(self) -> str:
        manifest = self.plan.manifest
        sender = manifest.sender
        who = " — ".join(part for part in (sender.name, sender.entity, sender.computer) if part)
        return self.tr("Package number {sequence} from {sender}, made on {date}").format(
            sequence=manifest.sequence, sender=isolate(who), date=isolate(manifest.created_at[:10])
        )

    def _summary_text(self) -> str:
        counts = self.plan.counts()
        return self.tr(
            "New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   "
            "Unchanged: {unchanged}   Older, skipped: {stale}"
        ).format(**counts)

    def kind_text(self, kind: ItemKind) -> str:
        return {
            ItemKind.NEW: self.tr("New"),
            ItemKind.CHANGED: self.tr("Changed"),
            ItemKind.DELETED: self.tr("Deleted"),
            ItemKind.RESTORED: self.tr("Restored"),
            ItemKind.CONFLICT: self.tr("Conflict"),
        }[kind]

    def record_text(self, item: PlanItem) -> str:
        return isolate(label_of(item.table, item.content or item.mine, self.lang) or item.label)

    def group_text(self, item: PlanItem) -> str:
        """The record, and how many records go or stay with it (a recommendation's plan): one
        choice decides for all of them (exchange/plan.py, deletion groups)."""
        others = sum(1 for other in self.plan.items if other.follows == item.key)
        if not others:
            return self.record_text(item)
        return self.tr("{record}, with {count} record(s) of its plan").format(
            record=self.record_text(item), count=others)

    def field_text(self, name: str) -> str:
        if name == RECORD_FIELD:
            return self.tr("The whole record (edited on one laptop, deleted on the other)")
        return field_label(name, self.lang)

    # -- tables -----------------------------------------------------------------------------
    def _records_table(self) -> QTableWidget:
        table = QTableWidget(len(self.plan.items), 4, self)
        bidi.install(table)
        table.setObjectName("review_records")
        table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Record"), self.tr("Name"), self.tr("Fields")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for row, item in enumerate(self.plan.items):
            fields = [*item.take, *(c.field for c in item.conflicts if c.field != RECORD_FIELD)]
            cells = [
                self.kind_text(item.kind),
                field_label(item.table, self.lang),
                self.record_text(item),
                "، ".join(self.field_text(f) for f in fields)
                if self.lang == "ar"
                else ", ".join(self.field_text(f) for f in fields),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table

    def _conflicts_table(self) -> QTableWidget:
        rows = [(item, conflict) for item in self.plan.conflicts for conflict in item.conflicts]
        table = QTableWidget(len(rows), 5, self)
        bidi.install(table)
        table.setObjectName("review_conflicts")
        table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("This laptop"), self.tr("Package"), self.tr("Keep")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        for row, (item, conflict) in enumerate(rows):
            shown = [
                value_text(value, self.lang, item.table, conflict.field, self.entity_codes)
                for value in (conflict.mine, conflict.theirs)
            ]
            if conflict.field == RECORD_FIELD:  # "the record as it stands" against "(deleted)"
                shown = [
                    self.group_text(item) if value != DELETED else value_text(DELETED, self.lang)
                    for value in (conflict.mine, conflict.theirs)
                ]
            cells = [
                f"{field_label(item.table, self.lang)}: {self.record_text(item)}",
                self.field_text(conflict.field),
                *(isolate(text) for text in shown),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
            chooser = QComboBox(table)
            if conflict.deferred:
                chooser.addItem(self.tr("This laptop's value, sent back to the coordinator"))
                chooser.setEnabled(False)
            else:
                chooser.addItems([self.tr("Choose…"), self.tr("This laptop"), self.tr("Package")])
                if conflict.choice is not None:
                    chooser.setCurrentIndex(1 if conflict.choice is Choice.MINE else 2)
                chooser.currentIndexChanged.connect(
                    lambda index, key=item.key, name=conflict.field: self._choose(key, name, index)
                )
                self.choosers.append((item.key, conflict.field, chooser))
            table.setCellWidget(row, 4, chooser)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(0, 300)
        table.resizeRowsToContents()
        self.all_choosable = bool(self.choosers)
        return table

    # -- choices and apply --------------------------------------------------------------------
    def _choose(self, key: str, field_name: str, index: int) -> None:
        item = self.plan.item(key)
        for conflict in item.conflicts:
            if conflict.field == field_name:
                conflict.choice = None if index == 0 else (Choice.MINE if index == 1 else Choice.THEIRS)
        self._update_apply()

    def _choose_all(self, index: int) -> None:
        for _key, _field, chooser in self.choosers:
            chooser.setCurrentIndex(index)

    def _update_apply(self) -> None:
        self.all_mine.setEnabled(bool(self.choosers))
        self.all_theirs.setEnabled(bool(self.choosers))
        blocked = bool(self.plan.problems) or self.plan.unresolved_count() > 0
        if self.confirm_entity is not None:
            self.review.confirmed = self.confirm_entity.isChecked()
            blocked = blocked or not self.review.confirmed
        self.apply_button.setEnabled(
            not blocked and not self.plan.already_applied and not self.plan.is_empty()
        )
        remaining = self.plan.unresolved_count()
        self.apply_button.setToolTip(
            self.tr("{count} conflict(s) still to decide").format(count=remaining) if remaining else ""
        )

    def apply(self) -> None:
        self.apply_button.setEnabled(False)
        self.task = run_task(
            self,
            lambda progress: self.services.exchange.apply(self.review),
            title=self.tr("Merging the package"),
            label=self.tr("Taking a snapshot, then merging…"),
            on_success=self._applied,
            on_failure=self._failed,
            lang=self.lang,
            cancellable=False,
        )

    def _applied(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, _error: BaseException, sentence: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, self.tr("The package was not merged"), sentence)
        self._update_apply()
