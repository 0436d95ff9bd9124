"""The clusters area (المجموعات المواضيعية): the list of clusters; the chosen cluster's
recommendations side by side by mechanism; similar recommendations; possible duplicates; and the
priority weights. Every change goes through the services; the page only draws and wires."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.changes import CLUSTERS, ENTITIES, RECOMMENDATIONS, Changes
from nrtd_desktop.dto.classify import ClusterView, MemberRow
from nrtd_desktop.dto.register import ClusterRow
from nrtd_desktop.ui import bidi, labels
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.cluster_dialogs import AddMembersDialog, ClusterDialog, MergeDialog, SplitDialog
from nrtd_desktop.ui.cluster_models import ClusterListModel, MemberModel
from nrtd_desktop.ui.page_changes import ReloadWhenShown
from nrtd_desktop.ui.plan_commands import DeleteCommand
from nrtd_desktop.ui.priority_dialog import PriorityWeightsDialog
from nrtd_desktop.ui.similarity_panel import (
    DuplicatesPanel,
    SimilarPanel,
    fit_on_change,
    make_table,
    select_row,
    selected_rows,
)

MECHANISMS = ("UPR", "TB", "SP")


class MechanismColumn(QWidget):
    """One mechanism's recommendations in the cluster view."""

    def __init__(self, lang: Lang, mechanism: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mechanism = mechanism
        self.title = QLabel(self)
        self.title.setObjectName(f"column_title_{mechanism}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = MemberModel(lang, self)
        self.table = make_table(self, self.model, MemberModel.COL_TEXT, f"members_{mechanism}")
        # The reference and the text (the rest is in the register): the mechanisms are stacked one
        # under the other, so that the text has the whole width (side by side, at 1366x768, it
        # wrapped to one or two words a line).
        for column in (MemberModel.COL_POSITION, MemberModel.COL_PRIORITY, MemberModel.COL_STATUS):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MemberModel.COL_REFERENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MemberModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def set_members(self, members: list[MemberRow]) -> None:
        name = labels.mechanism_labels().get(self.mechanism, self.mechanism)
        self.title.setText(QCoreApplication.translate("ClustersPage", "{mechanism} ({count})").format(
            mechanism=name, count=len(members)))
        self.model.set_rows(members)
        self.table.resizeRowsToContents()


class ClustersPage(QWidget):
    message = Signal(str)

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clusters_page")
        self._services = context.services
        self._lang = context.lang
        self._undo = context.undo_stack
        self._entity_names: dict[str, str] = {}
        self.view: ClusterView | None = None

        self.list_model = ClusterListModel(self._lang, lambda: self._entity_names, self)
        self.list = QTableView(self)
        bidi.install(self.list)
        self.list.setObjectName("cluster_list")
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setMinimumSectionSize(40)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(ClusterListModel.COL_NAME,
                                                          QHeaderView.ResizeMode.Stretch)
        # The count is as wide as its header ("Recommendations", "التوصيات"): a narrower column
        # clipped the header to "mmenda"; the lead entity gives way to the cluster's name.
        list_header = self.list.horizontalHeader()
        list_header.setSectionResizeMode(ClusterListModel.COL_LEAD, QHeaderView.ResizeMode.Fixed)
        list_header.resizeSection(ClusterListModel.COL_LEAD, 140)
        self.list.setMinimumWidth(380)  # the name keeps room for its header at 1024 pixels
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        fit_on_change(self.list)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)

        self.header = QLabel(self)
        self.header.setObjectName("cluster_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.columns = {m: MechanismColumn(self._lang, m, self) for m in MECHANISMS}
        stacked = QSplitter(Qt.Orientation.Vertical, self)
        stacked.setObjectName("cluster_mechanisms")
        stacked.setChildrenCollapsible(False)
        for mechanism_column in self.columns.values():
            stacked.addWidget(mechanism_column)
        cluster_tab = QWidget(self)
        cluster_layout = QVBoxLayout(cluster_tab)
        cluster_layout.addWidget(self.header)
        cluster_layout.addWidget(stacked, 1)
        self.similar = SimilarPanel(self._services, self._lang, self)
        self.similar.changed.connect(self.reload)
        self.duplicates = DuplicatesPanel(self._services, self._lang, self)
        self.duplicates.changed.connect(lambda: self.message.emit(self.tr("Links saved.")))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cluster_tabs")
        self.tabs.addTab(cluster_tab, self.tr("Recommendations by mechanism"))
        self.tabs.addTab(self.similar, self.tr("Similar recommendations"))
        self.tabs.addTab(self.duplicates, self.tr("Possible duplicates"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("clusters_splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 1000])
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._reloader = ReloadWhenShown(self, self.reload)
        self.reload()

    # -- actions -------------------------------------------------------------------------
    def _action(self, icon: QStyle.StandardPixmap, text: str, slot: Any) -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(pixmap.SP_FileDialogNewFolder, self.tr("New cluster"),
                                       self.new_cluster)
        self.edit_action = self._action(pixmap.SP_FileDialogDetailedView, self.tr("Rename or describe"),
                                        self.edit_cluster)
        self.merge_action = self._action(pixmap.SP_ArrowDown, self.tr("Merge"), self.merge_clusters)
        self.split_action = self._action(pixmap.SP_ArrowUp, self.tr("Split off the selected"),
                                         self.split_cluster)
        self.add_action = self._action(pixmap.SP_DialogYesButton, self.tr("Add recommendations"),
                                       self.add_members)
        self.remove_action = self._action(pixmap.SP_DialogNoButton, self.tr("Take the selected out"),
                                          self.remove_members)
        self.delete_action = self._action(pixmap.SP_TrashIcon, self.tr("Delete cluster"), self.delete_cluster)
        self.toolbar.addSeparator()
        self.weights_action = self._action(pixmap.SP_FileDialogInfoView, self.tr("Priority weights"),
                                           self.priority_weights)

    # -- reading -------------------------------------------------------------------------
    def cares_about(self, changes: Changes) -> bool:
        return changes.touches(CLUSTERS, RECOMMENDATIONS, ENTITIES)

    def apply_changes(self, _changes: Changes) -> None:
        self._reloader.request()

    def reload(self) -> None:
        """Read the clusters again and keep the current one selected."""
        self.read_generation = self._services.context.generation
        current = self.current_cluster()
        self._entity_names = {e.code: e.label(self._lang) for e in self._services.entities.list()}
        self.list_model.set_rows(self._services.clusters.list())
        self.select_cluster(current.id if current else None)

    def current_cluster(self) -> ClusterRow | None:
        index = self.list.currentIndex()
        return self.list_model.row_at(index.row()) if index.isValid() else None

    def select_cluster(self, cluster_id: str | None) -> None:
        rows = self.list_model.rows()
        row = next((i for i, c in enumerate(rows) if c.id == cluster_id), 0 if rows else -1)
        if row >= 0:
            select_row(self.list, row)
        self._show(self.current_cluster())

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_cluster())

    def _show(self, cluster: ClusterRow | None) -> None:
        self.view = self._services.cluster_ops.view(cluster.id) if cluster else None
        self.similar.set_cluster(cluster.id if cluster else None)
        if self.view is None:
            self.header.setText(self.tr("No cluster yet: create one with «New cluster»."))
            for column in self.columns.values():
                column.set_members([])
            return
        row = self.view.cluster
        description = row.description_ar if self._lang == "ar" else (row.description_en or row.description_ar)
        separator = "، " if self._lang == "ar" else ", "
        supporting = separator.join(self._entity_names.get(c, c) for c in row.supporting_entities) or "—"
        lead = self._entity_names.get(row.lead_entity or "", "—")
        text = self.tr("{name}\n{description}\nLead entity: {lead}. Supporting entities: {supporting}.")
        self.header.setText(text.format(name=row.label(self._lang), description=description, lead=lead,
                                        supporting=supporting))
        columns = self.view.by_mechanism()
        for mechanism, column in self.columns.items():
            column.set_members(columns.get(mechanism, []))
        shown = [m for m in MECHANISMS if columns.get(m)] or list(MECHANISMS)
        for mechanism, column in self.columns.items():  # a mechanism with nothing takes no room
            column.setVisible(mechanism in shown)
        if self.tabs.currentWidget() is self.similar:
            self.similar.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.similar and not self.similar.model.rowCount():
            self.similar.refresh()

    def selected_members(self) -> list[MemberRow]:
        chosen: list[MemberRow] = []
        for column in self.columns.values():
            chosen.extend(selected_rows(column.table))
        return chosen

    # -- changes -------------------------------------------------------------------------
    def _report(self, error: NrtdError) -> None:
        QMessageBox.warning(self, self.tr("Clusters"), error.text(self._lang))

    def _entities(self) -> list[Any]:
        return self._services.entities.list()

    def new_cluster(self) -> None:
        dialog = ClusterDialog(self._lang, self._entities(), None, self)
        while dialog.exec():
            values = dialog.values()
            try:
                row = self._services.clusters.create(**values)
            except NrtdError as error:
                self._report(error)
                continue
            self.reload()
            self.select_cluster(row.id)
            self.message.emit(self.tr("Cluster «{name}» created.").format(name=row.label(self._lang)))
            return

    def edit_cluster(self) -> None:
        cluster = self.current_cluster()
        if cluster is None:
            return
        dialog = ClusterDialog(self._lang, self._entities(), cluster, self)
        while dialog.exec():
            try:
                self._services.clusters.update(cluster.id, dialog.values(), expected_version=cluster.version)
            except NrtdError as error:
                self._report(error)
                continue
            self.reload()
            return

    def delete_cluster(self) -> None:
        cluster = self.current_cluster()
        if cluster is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete cluster"),
            self.tr("Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside "
                    "any cluster; the actions planned for the cluster go with it. You can undo this with "
                    "Ctrl+Z.").format(name=cluster.label(self._lang), count=cluster.recommendation_count))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deletion = self._services.clusters.delete(cluster.id)
        except NrtdError as error:
            self._report(error)
            self.reload()
            return
        self._undo.push(DeleteCommand(
            self.tr("delete cluster {name}").format(name=cluster.label(self._lang)), deletion,
            lambda: self._services.clusters.delete(cluster.id), self._services.deletions.restore,
            self.reload, self._report))

    def merge_clusters(self) -> None:
        cluster = self.current_cluster()
        if cluster is None:
            return
        others = [c for c in self.list_model.rows() if c.id != cluster.id]
        dialog = MergeDialog(self._lang, cluster, others, self)
        if not dialog.exec() or not dialog.chosen():
            return
        try:
            row = self._services.cluster_ops.merge(cluster.id, dialog.chosen())
        except NrtdError as error:
            self._report(error)
            return
        self.reload()
        self.message.emit(self.tr("Merged: «{name}» now has {count} recommendations.").format(
            name=row.label(self._lang), count=row.recommendation_count))

    def split_cluster(self) -> None:
        cluster = self.current_cluster()
        chosen = self.selected_members()
        if cluster is None:
            return
        if not chosen:
            QMessageBox.information(self, self.tr("Split cluster"),
                                    self.tr("Select the recommendations that go to the new cluster first."))
            return
        dialog = SplitDialog(len(chosen), self)
        while dialog.exec():
            try:
                row = self._services.cluster_ops.split(cluster.id, [m.id for m in chosen],
                                                       dialog.name_ar.text(), dialog.name_en.text())
            except NrtdError as error:
                self._report(error)
                continue
            self.reload()
            self.select_cluster(row.id)
            return

    def add_members(self) -> None:
        cluster = self.current_cluster()
        if cluster is None:
            return
        dialog = AddMembersDialog(self)
        if not dialog.exec() or not dialog.chosen():
            return
        try:
            self._services.cluster_ops.move(dialog.chosen(), cluster.id)
        except NrtdError as error:
            self._report(error)
            return
        self.reload()

    def remove_members(self) -> None:
        chosen = self.selected_members()
        if not chosen:
            return
        try:
            self._services.cluster_ops.move([m.id for m in chosen], None)
        except NrtdError as error:
            self._report(error)
            return
        self.reload()

    def priority_weights(self) -> None:
        dialog = PriorityWeightsDialog(self._services, self._lang, self)
        if dialog.exec() and dialog.result_text:
            self.message.emit(dialog.result_text)
            self._show(self.current_cluster())

    # -- layout memory -------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("clusters/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("clusters/splitter")
        if state is not None:
            self.splitter.restoreState(state)


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return ClustersPage(context)
