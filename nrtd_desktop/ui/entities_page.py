"""The entities area (الجهات): ministries and agencies with their Arabic and English names and
short code, and for the chosen one everything it leads or supports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.changes import CLUSTERS, ENTITIES, RECOMMENDATIONS, Changes
from nrtd_desktop.dto.register import EntityRow
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.cluster_models import EntityModel, MemberModel
from nrtd_desktop.ui.columns import fill_column
from nrtd_desktop.ui.empty_state import EmptyHint
from nrtd_desktop.ui.entities_dialog import EntityDialog
from nrtd_desktop.ui.page_changes import ReloadWhenShown
from nrtd_desktop.ui.plan_commands import DeleteCommand
from nrtd_desktop.ui.similarity_panel import fit_on_change, make_table, select_row


class EntitiesPage(QWidget):
    message = Signal(str)

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entities_page")
        self._services = context.services
        self._lang = context.lang
        self._undo = context.undo_stack
        self.model = EntityModel(self._lang, self)
        self.table = QTableView(self)
        bidi.install(self.table)
        self.table.setObjectName("entity_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The name in the window's language whole; the other language's name gives way (elided,
        # whole in its tooltip); the counts as wide as their headers.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        self.table.setWordWrap(False)
        fit_on_change(self.table)
        self._other_name = fill_column(self.table, EntityModel.COL_OTHER_NAME, 110)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_entity())

        self.new_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                      self.tr("New entity"), self)
        self.new_button.clicked.connect(self.new_entity)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.clicked.connect(self.edit_entity)
        self.delete_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
                                         self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_entity)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.title = QLabel(self)
        self.title.setObjectName("entity_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.leads = MemberModel(self._lang, self)
        self.supports = MemberModel(self._lang, self)
        self.lead_table = make_table(self, self.leads, MemberModel.COL_TEXT, "entity_leads")
        self.support_table = make_table(self, self.supports, MemberModel.COL_TEXT, "entity_supports")
        self._texts = []
        for table in (self.lead_table, self.support_table):  # the State's position is in the register
            table.setColumnHidden(MemberModel.COL_POSITION, True)
            self._texts.append(fill_column(table, MemberModel.COL_TEXT, 180))
        self.clusters = QListWidget(self)
        bidi.install(self.clusters)
        self.clusters.setObjectName("entity_clusters")
        self.lead_hint = EmptyHint(self.lead_table)
        self.support_hint = EmptyHint(self.support_table)
        self.cluster_hint = EmptyHint(self.clusters)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.lead_table, "")
        self.tabs.addTab(self.support_table, "")
        self.tabs.addTab(self.clusters, "")
        work = QWidget(self)
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.title)
        work_layout.addWidget(self.tabs, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(work)
        self.splitter.setSizes([660, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._reloader = ReloadWhenShown(self, self.reload)
        self.reload()

    def cares_about(self, changes: Changes) -> bool:
        """The entities, their counts of recommendations and the chosen one's members."""
        return changes.touches(ENTITIES, RECOMMENDATIONS, CLUSTERS)

    def apply_changes(self, _changes: Changes) -> None:
        self._reloader.request()

    def reload(self, select_id: str | None = None) -> None:
        self.read_generation = self._services.context.generation
        shown = self.current_entity()
        current = select_id or (shown.id if shown else None)
        rows = self._services.entities.list()
        self.model.set_rows(rows)
        row = next((i for i, e in enumerate(rows) if e.id == current), 0 if rows else -1)
        if row >= 0:
            select_row(self.table, row)
        self._show(self.current_entity())

    def current_entity(self) -> EntityRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_entity())

    def _show(self, entity: EntityRow | None) -> None:
        self.edit_button.setEnabled(entity is not None)
        self.delete_button.setEnabled(entity is not None)
        if entity is None:
            # Nothing chosen (or no entity left): the tabs say so, never the last entity's counts.
            self.title.setText(self.tr("Choose an entity to see what it leads and supports."))
            self.leads.set_rows([])
            self.supports.set_rows([])
            self.clusters.clear()
            self._tab_titles(0, 0, 0)
            for hint in (self.lead_hint, self.support_hint, self.cluster_hint):
                hint.set_text("")
            return
        name = entity.label(self._lang)
        self.lead_hint.set_text(self.tr("{name} leads no recommendation.").format(name=name))
        self.support_hint.set_text(self.tr("{name} supports no recommendation.").format(name=name))
        self.cluster_hint.set_text(self.tr("{name} leads or supports no cluster.").format(name=name))
        work = self._services.responsibility.of_entity(entity.id)
        self.title.setText(bidi.shown(f"{entity.label(self._lang)} ({entity.code})", self._lang))
        self.leads.set_rows(work.leads)
        self.supports.set_rows(work.supports)
        self.clusters.clear()
        for cluster in work.lead_clusters:
            self.clusters.addItem(self.tr("Leads: {name}").format(name=cluster.label(self._lang)))
        for cluster in work.supporting_clusters:
            self.clusters.addItem(self.tr("Supports: {name}").format(name=cluster.label(self._lang)))
        self._tab_titles(len(work.leads), len(work.supports),
                         len(work.lead_clusters) + len(work.supporting_clusters))

    def _tab_titles(self, leads: int, supports: int, clusters: int) -> None:
        self.tabs.setTabText(0, self.tr("Leads ({count})").format(count=leads))
        self.tabs.setTabText(1, self.tr("Supports ({count})").format(count=supports))
        self.tabs.setTabText(2, self.tr("Clusters ({count})").format(count=clusters))

    def _report(self, error: NrtdError) -> None:
        QMessageBox.warning(self, self.tr("Entities"), error.text(self._lang))

    def _edit(self, entity: EntityRow | None, save: Any) -> None:
        dialog = EntityDialog(entity, self)
        while dialog.exec():
            try:
                row = save(dialog.values())
            except NrtdError as error:
                self._report(error)
                continue
            self.reload(row.id)
            self.message.emit(self.tr("Entity {code} saved.").format(code=row.code))
            return

    def new_entity(self) -> None:
        self._edit(None, lambda values: self._services.entities.create(**values))

    def edit_entity(self) -> None:
        entity = self.current_entity()
        if entity is not None:
            self._edit(entity, lambda values: self._services.entities.update(
                entity.id, values, expected_version=entity.version))

    def delete_entity(self) -> None:
        entity = self.current_entity()
        if entity is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete entity"),
            self.tr("Delete {name}? It leads {leads} and supports {supports} recommendations; they will have "
                    "no entity in its place. You can undo this with Ctrl+Z.").format(
                name=entity.label(self._lang), leads=entity.lead_count, supports=entity.supporting_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deletion = self._services.entities.delete(entity.id)
        except NrtdError as error:
            self._report(error)
            return
        self._undo.push(DeleteCommand(
            self.tr("delete entity {name}").format(name=entity.label(self._lang)), deletion,
            lambda: self._services.entities.delete(entity.id), self._services.deletions.restore,
            self.reload, self._report))


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return EntitiesPage(context)
