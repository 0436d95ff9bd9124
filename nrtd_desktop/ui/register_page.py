"""The recommendations register: search, facet filters, the table, the detail panel, the editor.

The page holds the layout and the wiring; every read and write goes through the services, and
every write enters the window's QUndoStack as a command so it can be undone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.calendar import format_short
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.changes import CLUSTERS, ENTITIES, RECOMMENDATIONS, REFERENCE, VOCABULARY, Changes
from nrtd_desktop.dto.register import RecommendationDetail, RecommendationFilter, RecommendationInput
from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.areas import AreaContext
from nrtd_desktop.ui.commands import (
    CreateRecommendationCommand,
    DeleteRecommendationCommand,
    EditRecommendationCommand,
    changed_fields,
    input_from_detail,
)
from nrtd_desktop.ui.detail_panel import DetailPanel
from nrtd_desktop.ui.editor import RecommendationEditor
from nrtd_desktop.ui.facets import FacetBar
from nrtd_desktop.ui.page_changes import ReloadWhenShown
from nrtd_desktop.ui.recommendation_model import (
    COL_BODY,
    COL_CYCLE,
    COL_LEAD,
    COL_POSITION,
    COL_PRIORITY,
    COL_REFERENCE,
    COL_STATUS,
    COL_TEXT,
    COL_THEMES,
    PAGE_SIZE,
    RecommendationTableModel,
)

if TYPE_CHECKING:
    from nrtd_desktop.services import Services

SEARCH_DELAY_MS = 150
# Sized so that every column fits beside a readable text column in a 1366-pixel window.
COLUMN_WIDTHS = {COL_REFERENCE: 120, COL_BODY: 70, COL_CYCLE: 100, COL_POSITION: 105, COL_THEMES: 140,
                 COL_LEAD: 140, COL_PRIORITY: 70, COL_STATUS: 105, COL_TEXT: 380}


class RegisterPage(QWidget):
    counts_changed = Signal(int, int)  # shown, total
    message = Signal(str)  # a short sentence for the status bar

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_page")
        self._context = context
        self._services = context.services
        self._lang = context.lang
        self._undo = context.undo_stack
        self.editor: RecommendationEditor | None = None
        self.total = 0
        self._total_unknown = True

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the recommendations in Arabic or English"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.facets = FacetBar(self._services, self._lang, self)
        self.facets.filter_changed.connect(self._apply_filter)

        self.model = RecommendationTableModel(self._services, self._lang, self)
        self.model.show_hijri = context.settings.show_hijri
        self.table = QTableView(self)
        bidi.install(self.table)
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Qt derives the minimum from the font's line height, which is very tall for Amiri (176 px).
        header.setMinimumSectionSize(48)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        if self.model.show_hijri:  # "2016-06-08 (1437/09/03 هـ)": the one date presentation
            widest = format_short(date(2026, 12, 28), self._lang, True)
            header.resizeSection(COL_CYCLE, self.table.fontMetrics().horizontalAdvance(widest) + 18)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.detail = DetailPanel(self._lang, self)
        self.detail.show_hijri = context.settings.show_hijri
        self.detail.search_chosen.connect(self.search.setText)
        self.detail.clear_filters_requested.connect(self.facets.clear)
        # The detail panel goes under the table: beside it, the nine columns would not fit on a
        # laptop screen without a horizontal scroll bar.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("register_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 220])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.facets)
        layout.addWidget(self.splitter, 1)
        self._build_actions()
        self._update_counts()
        self._reloader = ReloadWhenShown(self, lambda: self._changed(self.selected_id()))

    def take_services(self, services: Services) -> None:
        """The window opened over the first rows (``ui/first_rows.py``): the database's services
        take over, and the register reads its first page and counts again through them (the same
        rows, the same size; the window took no input meanwhile)."""
        self._services = services
        self._context = replace(self._context, services=services)
        self.facets.take_services(services)
        self.model.take_services(services)
        self._update_counts(recount_total=True)

    def cares_about(self, changes: Changes) -> bool:
        return changes.touches(RECOMMENDATIONS, CLUSTERS, ENTITIES, REFERENCE, VOCABULARY)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(ENTITIES, REFERENCE):
            self.model.reload_names()
        self._reloader.request()

    # -- actions -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        self.new_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                  self.tr("New recommendation"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_recommendation)
        self.edit_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                   self.tr("Edit recommendation"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_Return | Qt.KeyboardModifier.ControlModifier))
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
                                        self.tr("Duplicate recommendation"), self)
        self.duplicate_action.setShortcut(QKeySequence(Qt.Key.Key_D | Qt.KeyboardModifier.ControlModifier))
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
                                     self.tr("Delete recommendation"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete only where a row is chosen: the search box keeps its own Delete key.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        # Issue 23: the suggested labels of the records the register shows (ui/suggestions_dialog.py).
        self.suggest_action = QAction(self.tr("Suggested labels…"), self)
        self.suggest_action.setObjectName("suggest_labels")
        self.suggest_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.suggest_action.triggered.connect(self.open_suggestions)
        self._update_actions()

    def area_actions(self) -> list[QAction]:
        """The actions the main window puts in its menu and toolbar."""
        return [
            self.new_action, self.edit_action, self.duplicate_action, self.delete_action, self.suggest_action
        ]

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(chosen)

    # -- search and filters --------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self.facets.set_search(self.search.text().strip())
        self._apply_filter(self.facets.filter)

    def _apply_filter(self, f: RecommendationFilter) -> None:
        f = replace(f, search=self.search.text().strip())
        self.model.set_filter(f)
        ranked = self.model.order[0] == "relevance" and self._services.recommendations.ranked_by_relevance(f)
        self._show_order(ranked)
        self.detail.set_search(f.search)
        if self.model.rowCount() == 0 and not f.is_empty():
            self.detail.show_no_result(self._services.recommendations.search_help(f))
        else:
            self.detail.show_detail(None)
        self._update_actions()
        self._update_counts()
        if self.model.order[0] == "relevance" and not ranked and self.model.rowCount():
            self.message.emit(self.tr("Too many matches to rank by relevance: they are shown in the order of "
                                      "their references. More words narrow the search."))

    def _show_order(self, ranked: bool) -> None:
        """The header shows no sorted column while the most relevant records come first."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # the model already has its order: no second sort
        if ranked:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        elif self.model.order[0] in ("relevance", "reference"):
            descending = self.model.order[1] and self.model.order[0] == "reference"
            header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()

    def apply_filter(self, f: RecommendationFilter) -> None:
        """Show exactly the records of ``f`` (the dashboard's drill-down): the search box and the
        facet buttons show what they can; facets without a button (lead entity, overdue, ids)
        still apply until the filters are cleared."""
        self.search.blockSignals(True)
        self.search.setText(f.search)
        self.search.blockSignals(False)
        self.facets.set_filter(f)
        self._apply_filter(f)

    def counts(self) -> tuple[int, int]:
        """(shown, total) for the status bar."""
        return self.model.rowCount(), self.total

    def _update_counts(self, recount_total: bool = False) -> None:
        # The whole register's size changes only with a write: counted at start and after one.
        if recount_total or self._total_unknown:
            self.total = self._services.recommendations.count(RecommendationFilter())
            self._total_unknown = False
        self.counts_changed.emit(self.model.rowCount(), self.total)

    # -- selection -----------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def select_id(self, rec_id: str | None) -> None:
        row = self.model.row_of_id(rec_id) if rec_id else -1
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.detail.show_detail(None)
        else:
            index = self.model.index(row, COL_REFERENCE)
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(index)
        self._update_actions()

    def _selection_changed(self, *_args: object) -> None:
        rec_id = self.selected_id()
        detail = None
        if rec_id is not None:
            try:
                detail = self._services.recommendations.get(rec_id)
            except NrtdError as error:
                self._report(error)
        self.detail.show_detail(detail)
        self._update_actions()

    def _changed(self, rec_id: str | None) -> None:
        """After any write, undo or redo: count again, keep the record in view when it is there."""
        self.read_generation = self._services.context.generation
        self.model.refresh()
        self.model.row_at(0)  # fetch the first page so the record can be found
        if rec_id and self.model.row_of_id(rec_id) < 0:
            self._find_in_pages(rec_id)
        self.select_id(rec_id)
        self._update_counts(recount_total=True)

    def _find_in_pages(self, rec_id: str, max_pages: int = 10) -> None:
        for page in range(1, max_pages):
            if self.model.row_at(page * PAGE_SIZE) is None or self.model.row_of_id(rec_id) >= 0:
                return

    def _report(self, error: NrtdError) -> None:
        QMessageBox.warning(self, self.tr("Recommendations"), error.text(self._lang))

    # -- create, edit, duplicate, delete -------------------------------------------------
    def _open_editor(self, title: str, initial: RecommendationInput | None, save: Any, on_saved: Any) -> None:
        editor = RecommendationEditor(self._services, self._lang, save, initial, title, self,
                                      show_hijri=self.model.show_hijri)
        editor.accepted.connect(lambda: on_saved(editor.result_detail))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def new_recommendation(self) -> None:
        self._open_editor(self.tr("New recommendation"), None, self._services.recommendations.create,
                          self._created)

    def duplicate_selected(self) -> None:
        detail = self._selected_detail()
        if detail is None:
            return
        # The copy keeps every value but the reference, which must be unique: the person types it.
        initial = replace(input_from_detail(detail), reference="")
        self._open_editor(self.tr("Duplicate recommendation"), initial, self._services.recommendations.create,
                          self._created)

    def _created(self, detail: RecommendationDetail) -> None:
        command = CreateRecommendationCommand(
            self._services, detail.id,
            self.tr("create recommendation {reference}").format(reference=detail.reference),
            self._changed, self._report,
        )
        self._undo.push(command)
        self.message.emit(self.tr("Recommendation {reference} created.").format(reference=detail.reference))

    def edit_selected(self) -> None:
        detail = self._selected_detail()
        if detail is None:
            return
        before = input_from_detail(detail)
        holder: dict[str, Any] = {}

        def save(after: RecommendationInput) -> RecommendationDetail:
            old, new = changed_fields(before, after)
            holder["old"], holder["new"] = old, new
            panel = self.editor.suggestions if self.editor is not None else None
            if panel is not None and (panel.accepted or panel.rejected):  # issue 23: history says "suggested"
                return self._services.suggestions.save_edit(detail.id, new, detail.version, panel.accepted,
                                                            panel.rejected)
            if not new:
                return detail
            return self._services.recommendations.update(detail.id, new, expected_version=detail.version)

        def saved(result: RecommendationDetail) -> None:
            if not holder.get("new"):
                return
            command = EditRecommendationCommand(
                self._services, detail.id, holder["old"], holder["new"],
                self.tr("edit recommendation {reference}").format(reference=result.reference),
                self._changed, self._report,
            )
            self._undo.push(command)
            self.message.emit(self.tr("Recommendation {reference} saved.").format(reference=result.reference))

        self._open_editor(self.tr("Edit recommendation {reference}").format(reference=detail.reference),
                          before, save, saved)
        if self.editor is not None:
            self.editor.suggest_for(detail.id)

    def open_suggestions(self) -> Any:
        """Suggested labels for the recommendations the register shows (its search and filters)."""
        from nrtd_desktop.ui.suggestions_dialog import open_suggestions

        ids = self._services.recommendations.ids(self.model.filter)
        return open_suggestions(self, self._services, ids, self._lang,
                                on_changed=lambda: self._changed(self.selected_id()))

    def delete_selected(self) -> None:
        detail = self._selected_detail()
        if detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete recommendation"),
            self.tr("Delete the recommendation {reference}? You can undo this with Ctrl+Z.").format(
                reference=detail.reference),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deletion = self._services.recommendations.delete(detail.id)
        except NrtdError as error:
            self._report(error)
            return
        command = DeleteRecommendationCommand(
            self._services, detail.id, deletion,
            self.tr("delete recommendation {reference}").format(reference=detail.reference),
            self._changed, self._report,
        )
        self._undo.push(command)
        self.message.emit(self.tr("Recommendation {reference} deleted.").format(reference=detail.reference))

    def _selected_detail(self) -> RecommendationDetail | None:
        rec_id = self.selected_id()
        if rec_id is None:
            return None
        try:
            return self._services.recommendations.get(rec_id)
        except NrtdError as error:
            self._report(error)
            return None

    # -- layout memory -------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("register/splitter", self.splitter.saveState())
        settings.setValue("register/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        splitter = settings.value("register/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("register/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)


def build(context: AreaContext) -> QWidget:
    """The area's page (declared in ``areas.AREAS``, imported when first opened)."""
    return RegisterPage(context)
