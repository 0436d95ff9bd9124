"""The register's table model: a window over the services, never all rows in memory.

``rowCount`` is the service's count for the current filter; rows are fetched in pages of
``PAGE_SIZE`` when the view first paints them and kept in a small cache of recent pages. The
scroll bar therefore shows the whole register (41,066 or 267,000 rows) and jumping to its end
costs one page. Sorting asks the service for another order; nothing is sorted in Python.

A search puts the most relevant records first (the service's "relevance" order) until the
person sorts by a column; clearing the search goes back to the reference's order.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from nrtd_desktop.domain.calendar import format_short
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.text import shorten
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationRow, pick
from nrtd_desktop.ui import labels

if TYPE_CHECKING:
    from nrtd_desktop.services import Services

# Rows read per query: a screen shows about 25, and each row read costs ~40 µs (issue 11).
log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_CACHED_PAGES = 60
PREVIEW_CHARS = 160

# Column constants; SORT_KEYS gives the service's order_by for each (None: not sortable).
COL_REFERENCE, COL_TEXT, COL_BODY, COL_CYCLE, COL_POSITION, COL_THEMES, COL_LEAD, COL_PRIORITY, COL_STATUS = (
    range(9)
)
COLUMN_COUNT = 9
SORT_KEYS: dict[int, str | None] = {
    COL_REFERENCE: "reference",
    COL_TEXT: "text",
    COL_BODY: "body",
    COL_CYCLE: "cycle",
    COL_POSITION: "position",
    COL_THEMES: None,
    COL_LEAD: "lead_entity",
    COL_PRIORITY: "priority",
    COL_STATUS: "status",
}

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
# Computed once: combining Qt flags in Python costs more than the rest of a data() call.
_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ANSWERED_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.UserRole + 1,  # RecommendationTableModel.ROW_ROLE
})


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("Register", "Reference"),
        QCoreApplication.translate("Register", "Recommendation"),
        QCoreApplication.translate("Register", "Body"),
        QCoreApplication.translate("Register", "Cycle or date"),
        QCoreApplication.translate("Register", "Position"),
        QCoreApplication.translate("Register", "Themes"),
        QCoreApplication.translate("Register", "Lead entity"),
        QCoreApplication.translate("Register", "Priority"),
        QCoreApplication.translate("Register", "Status"),
    ]


def wrap_tooltip(text: str) -> str:
    """Qt word-wraps a tooltip only when it is rich text; escape and wrap it in a div."""
    from html import escape

    return f"<div style='white-space: pre-wrap'>{escape(text)}</div>" if text else ""


class RecommendationTableModel(QAbstractTableModel):
    """Lazy rows of the register for one filter and one order."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RecommendationRow itself

    def __init__(self, services: Services, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.show_hijri = False  # the settings' choice (the register page sets it)
        self._filter = RecommendationFilter()
        self._order_by = "reference"
        self._descending = False
        self._sorted_while_searching = False  # the person chose a column: no relevance order
        self._count = 0
        self._pages: OrderedDict[int, list[RecommendationRow]] = OrderedDict()
        # The cells' texts by record id, made once per row: a paint asks for each cell again.
        self._shown: dict[str, tuple[str, ...]] = {}
        self._titles = column_titles()
        self._theme_names: dict[str, str] = {}
        self._entity_names: dict[str, str] = {}
        self._body_names: dict[str, str] = {}
        self._positions = labels.position_labels()
        self._statuses = labels.status_labels()
        self._priorities = labels.priority_labels()
        self.reload_names()
        self._count = self._services.recommendations.count(self._filter)

    # -- what the register asks for -------------------------------------------------------
    @property
    def filter(self) -> RecommendationFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    def set_filter(self, f: RecommendationFilter) -> None:
        searching = bool(f.search.strip())
        if not searching:
            self._sorted_while_searching = False
            if self._order_by == "relevance":
                self._order_by, self._descending = "reference", False
        elif not self._sorted_while_searching and (self._order_by, self._descending) == ("reference", False):
            self._order_by = "relevance"
        self._filter = f
        self.refresh()

    def refresh(self) -> None:
        """Count again and drop the cached pages (after a filter, an edit, an undo)."""
        self.beginResetModel()
        self._pages.clear()
        self._shown.clear()
        self._count = self._services.recommendations.count(self._filter)
        self.endResetModel()

    def take_services(self, services: Services) -> None:
        """The database's services after the first rows' stand-in (``ui/first_rows.py``): the
        names and the rows are read again through them."""
        self._services = services
        self.reload_names()
        self.refresh()

    def reload_names(self) -> None:
        """Theme and entity names shown in the cells; read once, again after edits to them."""
        self._theme_names = {t.key: t.label(self._lang) for t in self._services.reference.themes()}
        self._entity_names = {code: pick(self._lang, name_ar, name_en)
                              for code, (name_ar, name_en) in self._services.entities.names().items()}
        self._body_names = {b.key: b.label(self._lang) for b in self._services.reference.bodies()}
        self._shown = {}

    def row_at(self, row: int) -> RecommendationRow | None:
        if not 0 <= row < self._count:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            try:
                page = self._read_page(page_no)
            except DatabaseError as error:
                # A damaged page of the file, met while painting (the start-up check running
                # beside the window reports it and offers the backup): show these rows empty
                # rather than raise inside Qt's paint, and do not read them again on every paint.
                log.error("rows from %d could not be read: %s", page_no * PAGE_SIZE, error)
                page = []
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _read_page(self, page_no: int) -> list[RecommendationRow]:
        return self._services.recommendations.list(
            self._filter,
            order_by=self._order_by,
            descending=self._descending,
            offset=page_no * PAGE_SIZE,
            limit=PAGE_SIZE,
            lang=self._lang,
            total=self._count,  # lets the service read a page near the end from the end
        )

    def row_of_id(self, rec_id: str) -> int:
        """The row of a recommendation among the cached pages, or -1."""
        for page_no, page in self._pages.items():
            for offset, rec in enumerate(page):
                if rec.id == rec_id:
                    return page_no * PAGE_SIZE + offset
        return -1

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.ToolTipRole and SORT_KEYS[section] is None:
                return QCoreApplication.translate("Register", "This column cannot be sorted.")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about ten roles per cell on every paint; most have no answer here.
        if role not in _ANSWERED_ROLES or not index.isValid() or index.column() >= COLUMN_COUNT:
            return None
        rec = self.row_at(index.row())
        if rec is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            shown = self._shown.get(rec.id)
            if shown is None:
                if len(self._shown) > PAGE_SIZE * MAX_CACHED_PAGES:
                    self._shown.clear()
                shown = self._shown[rec.id] = tuple(self._display(rec, c) for c in range(COLUMN_COUNT))
            return shown[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return wrap_tooltip(rec.text(self._lang))
            if column == COL_BODY:
                return self._body_names.get(rec.body, rec.body)
            return self._display(rec, column) or None
        if role == self.ROW_ROLE:
            return rec
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Leading alignment follows the layout direction: right in Arabic, left in English.
            return _ALIGNMENT
        return None

    def _display(self, rec: RecommendationRow, column: int) -> str:
        if column == COL_REFERENCE:
            return rec.reference
        if column == COL_TEXT:
            return shorten(rec.text(self._lang), PREVIEW_CHARS)
        if column == COL_BODY:
            return rec.body
        if column == COL_CYCLE:
            if rec.cycle is not None:
                return QCoreApplication.translate("Register", "Cycle {cycle}").format(cycle=rec.cycle)
            return format_short(rec.publication_date, self._lang, self.show_hijri)
        if column == COL_POSITION:
            return labels.label_of(self._positions, rec.position)
        if column == COL_THEMES:
            separator = "، " if self._lang == "ar" else ", "
            return separator.join(self._theme_names.get(k, k) for k in rec.themes)
        if column == COL_LEAD:
            return self._entity_names.get(rec.lead_entity, rec.lead_entity) if rec.lead_entity else ""
        if column == COL_PRIORITY:
            return labels.label_of(self._priorities, rec.priority)
        if column == COL_STATUS:
            return labels.label_of(self._statuses, rec.status)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        # A reset, not a layout change: the rows behind the cached pages are not known any more.
        self.beginResetModel()
        self._sorted_while_searching = bool(self._filter.search.strip())
        self._order_by = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self._shown.clear()
        self.endResetModel()
