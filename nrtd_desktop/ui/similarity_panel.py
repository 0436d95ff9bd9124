"""Finding what belongs together: similar recommendations (for a cluster or one recommendation)
and the list of possible duplicates, each with its reason and the link actions.

The first search builds the similarity index (a few seconds on tens of thousands of records), so
both panels run their queries through the worker helper: the window never freezes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.classify import DuplicatePair, SimilarRecommendation
from nrtd_desktop.services import Services
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.cluster_models import DuplicateModel, SimilarModel
from nrtd_desktop.ui.worker import TaskHandle, run_task

MAX_LABEL_COLUMN = 160


def make_table(parent: QWidget, model: Any, stretch: int, name: str) -> QTableView:
    table = QTableView(parent)
    bidi.install(table, nowrap=tuple(getattr(model, "NOWRAP", ())))
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # The default minimum follows the font's line height, which for Amiri is wide (176 px):
    # narrow columns side by side need less.
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # A label column (status, position, reason) elides past this, so that the text keeps room.
    header.setMaximumSectionSize(MAX_LABEL_COLUMN)
    fit_on_change(table)
    return table


def fit_on_change(table: QTableView) -> None:
    """Size the columns to their contents again whenever the rows change: Qt does it for a
    ResizeToContents column only when the header itself changes, so a column sized for the first
    entity's references cut the next one's ("CEDAW-201…")."""
    model = table.model()
    header = table.horizontalHeader()
    for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
        signal.connect(lambda *_args: header.resizeSections())


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` current and selected. (QTableView.selectRow takes its column from the
    header's geometry at the leading edge, which in a right-to-left view not yet laid out
    finds no column and selects nothing.)"""
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags.ClearAndSelect | flags.Rows)


@runtime_checkable
class _RowsOf(Protocol):
    """A table model that gives the row behind a line of the table."""

    def row_at(self, row: int) -> Any: ...


def selected_rows(table: QTableView) -> list[Any]:
    model = table.model()
    rows = sorted({index.row() for index in table.selectionModel().selectedIndexes()})
    assert isinstance(model, _RowsOf), model
    return [model.row_at(r) for r in rows]


class SimilarPanel(QWidget):
    """The recommendations most like the current cluster (or recommendation), with reasons."""

    changed = Signal()  # a recommendation was added to the cluster or linked

    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self._cluster_id: str | None = None
        self.task: TaskHandle | None = None
        self.model = SimilarModel(lang, self)
        self.table = make_table(self, self.model, SimilarModel.COL_TEXT, "similar_table")
        self.table.setColumnWidth(SimilarModel.COL_REASON, 260)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to this cluster"), self)
        self.add_button.clicked.connect(self.add_selected)
        self.refresh_button = QPushButton(self.tr("Search again"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_cluster(self, cluster_id: str | None) -> None:
        self._cluster_id = cluster_id
        self.model.set_rows([])
        self.summary.setText("")

    def refresh(self) -> None:
        """Search (on the worker) for recommendations like the current cluster."""
        cluster_id = self._cluster_id
        if cluster_id is None:
            return
        self.summary.setText(self.tr("Searching…"))

        def work(_progress: Any) -> list[SimilarRecommendation]:
            return self._services.similarity.similar_to_cluster(cluster_id, limit=30)

        self.task = run_task(self, work, title=self.tr("Similar recommendations"),
                             label=self.tr("Comparing the texts of the recommendations…"),
                             on_success=self._show, on_failure=self._failed, lang=self._lang)

    def _show(self, items: list[SimilarRecommendation]) -> None:
        self.model.set_rows(items)
        self.table.resizeRowsToContents()
        if items:
            text = self.tr("{count} recommendations outside the cluster look like it, most alike first.")
            self.summary.setText(text.format(count=len(items)))
        else:
            self.summary.setText(self.tr("No similar recommendation found."))

    def _failed(self, _error: BaseException, sentence: str) -> None:
        self.summary.setText(sentence)

    def add_selected(self) -> None:
        chosen = selected_rows(self.table)
        if not chosen or self._cluster_id is None:
            return
        try:
            self._services.cluster_ops.move([c.row.id for c in chosen], self._cluster_id)
        except NrtdError as error:
            QMessageBox.warning(self, self.tr("Clusters"), error.text(self._lang))
            return
        self.changed.emit()
        self.refresh()


class DuplicatesPanel(QWidget):
    """Pairs of recommendations that say the same thing, across mechanisms and cycles."""

    changed = Signal()

    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.task: TaskHandle | None = None
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setObjectName("duplicate_threshold")
        self.threshold.setRange(0.3, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(0.8)
        self.scope = QComboBox(self)
        for key, text in (("all", self.tr("All pairs")),
                          ("across_documents", self.tr("Not from the same document")),
                          ("across_mechanisms", self.tr("Across mechanisms and cycles"))):
            self.scope.addItem(text, key)
        self.include_linked = QCheckBox(self.tr("Show pairs already linked"), self)
        self.scan_button = QPushButton(self.tr("Find possible duplicates"), self)
        self.scan_button.setObjectName("scan_duplicates")
        self.scan_button.clicked.connect(self.scan)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Similarity at least"), self))
        controls.addWidget(self.threshold)
        controls.addWidget(self.scope)
        controls.addWidget(self.include_linked)
        controls.addStretch(1)
        controls.addWidget(self.scan_button)
        self.model = DuplicateModel(lang, self)
        self.table = make_table(self, self.model, DuplicateModel.COL_FIRST_TEXT, "duplicates_table")
        # Both texts share the room: side by side is how a member compares them.
        self.table.horizontalHeader().setSectionResizeMode(DuplicateModel.COL_SECOND_TEXT,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMaximumSectionSize(130)  # the reasons wrap, the texts keep room
        self.table.horizontalHeader().setSectionResizeMode(DuplicateModel.COL_SECOND_TEXT,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMaximumSectionSize(130)  # the reasons wrap, the texts keep room
        self.table.horizontalHeader().setSectionResizeMode(DuplicateModel.COL_REASON,
                                                           QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(DuplicateModel.COL_REASON, 240)
        self.summary = QLabel(self)
        self.related_button = QPushButton(self.tr("Link as related"), self)
        self.related_button.clicked.connect(lambda: self.link_selected("related"))
        self.same_button = QPushButton(self.tr("Same as"), self)
        self.same_button.clicked.connect(lambda: self.link_selected("same"))
        self.unlink_button = QPushButton(self.tr("Remove the link"), self)
        self.unlink_button.clicked.connect(self.unlink_selected)
        actions = QHBoxLayout()
        for button in (self.related_button, self.same_button, self.unlink_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def scan(self) -> None:
        threshold = self.threshold.value()
        scope = self.scope.currentData()
        include = self.include_linked.isChecked()
        self.summary.setText(self.tr("Searching…"))

        def work(_progress: Any) -> Any:
            return self._services.similarity.duplicates(threshold, limit=300, scope=scope,
                                                        include_linked=include)

        self.task = run_task(self, work, title=self.tr("Possible duplicates"),
                             label=self.tr("Comparing every pair of recommendations…"),
                             on_success=self._show, on_failure=lambda _e, s: self.summary.setText(s),
                             lang=self._lang)

    def _show(self, scan: Any) -> None:
        self.model.set_rows(scan.pairs)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("{shown} of {total} pairs at a similarity of {threshold}% or more "
                                     "(scan: {seconds} s).").format(
            shown=f"{len(scan.pairs):,}", total=f"{scan.total:,}", threshold=f"{scan.threshold * 100:.0f}",
            seconds=f"{scan.seconds:.2f}"))

    def _chosen(self) -> list[tuple[int, DuplicatePair]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        return [(r, self.model.row_at(r)) for r in rows]

    def link_selected(self, kind: str) -> None:
        for row, pair in self._chosen():
            try:
                self._services.links.add(pair.first.id, pair.second.id, kind)
            except NrtdError as error:
                QMessageBox.warning(self, self.tr("Possible duplicates"), error.text(self._lang))
                return
            self.model.replace_row(row, replace(pair, link_kind=kind))
        self.changed.emit()

    def unlink_selected(self) -> None:
        for row, pair in self._chosen():
            self._services.links.remove(pair.first.id, pair.second.id)
            self.model.replace_row(row, replace(pair, link_kind=None))
        self.changed.emit()
