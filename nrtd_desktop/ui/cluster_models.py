"""Table models of the clusters and entities areas: thin models over lists of plain rows.

Each has column constants, translatable headers and ``set_rows``; the whole row is available
through ``ROW_ROLE`` (and ``row_at``) so views and tests never parse the displayed text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.text import shorten
from nrtd_desktop.dto.classify import DuplicatePair, MemberRow, SimilarRecommendation
from nrtd_desktop.dto.register import ClusterRow, EntityRow
from nrtd_desktop.ui import labels
from nrtd_desktop.ui.recommendation_model import wrap_tooltip

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW = 220


def _score(value: float) -> str:
    return f"{value * 100:.0f}%"


class _RowsModel(QAbstractTableModel):
    """A table of plain rows; subclasses give the headers and the text of each cell."""

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str:
        return ""

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace the rows by removing and inserting them, not by a model reset: a reset makes the
        header forget its section sizes and stretch (the cluster view sets both)."""
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = list(rows)
            self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.headers()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return wrap_tooltip(self.tooltip(row, index.column()))
        if role == ROW_ROLE:
            return row
        return None


class ClusterListModel(_RowsModel):
    COL_NAME, COL_LEAD, COL_COUNT = range(3)

    def __init__(self, lang: Lang, entity_names: Callable[[], dict[str, str]], parent: Any = None) -> None:
        super().__init__(lang, parent)
        self._entity_names = entity_names

    def headers(self) -> list[str]:
        return [self.tr("Cluster"), self.tr("Lead entity"), self.tr("Recommendations")]

    def cell(self, row: ClusterRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.label(self._lang)
        if column == self.COL_LEAD:
            return self._entity_names().get(row.lead_entity or "", row.lead_entity or "")
        return f"{row.recommendation_count:,}"

    def tooltip(self, row: ClusterRow, column: int) -> str:
        return row.description_ar if self._lang == "ar" else (row.description_en or row.description_ar)


class MemberModel(_RowsModel):
    """Recommendations of a cluster (one mechanism's column) or of an entity."""

    COL_REFERENCE, COL_TEXT, COL_POSITION, COL_PRIORITY, COL_STATUS = range(5)
    NOWRAP = (COL_REFERENCE,)

    def headers(self) -> list[str]:
        return [self.tr("Reference"), self.tr("Recommendation"), self.tr("Position"), self.tr("Priority"),
                self.tr("Status")]

    def cell(self, row: MemberRow, column: int) -> str:
        if column == self.COL_REFERENCE:
            return row.reference
        if column == self.COL_TEXT:
            return shorten(row.text(self._lang), PREVIEW)
        if column == self.COL_POSITION:
            return labels.label_of(labels.position_labels(), row.position)
        if column == self.COL_PRIORITY:
            return labels.label_of(labels.priority_labels(), row.priority)
        return labels.label_of(labels.status_labels(), row.status)

    def tooltip(self, row: MemberRow, column: int) -> str:
        return row.text(self._lang) if column == self.COL_TEXT else ""


class SimilarModel(_RowsModel):
    COL_SCORE, COL_REFERENCE, COL_TEXT, COL_REASON, COL_CLUSTER = range(5)
    NOWRAP = (COL_SCORE, COL_REFERENCE)

    def headers(self) -> list[str]:
        return [self.tr("Similarity"), self.tr("Reference"), self.tr("Recommendation"), self.tr("Why"),
                self.tr("Cluster")]

    def cell(self, row: SimilarRecommendation, column: int) -> str:
        if column == self.COL_SCORE:
            return _score(row.score)
        if column == self.COL_REFERENCE:
            return row.row.reference
        if column == self.COL_TEXT:
            return shorten(row.row.text(self._lang), PREVIEW)
        if column == self.COL_REASON:
            return row.reason(self._lang)
        return row.row.cluster_name(self._lang)

    def tooltip(self, row: SimilarRecommendation, column: int) -> str:
        if column == self.COL_TEXT:
            return row.row.text(self._lang)
        return row.reason(self._lang) if column == self.COL_REASON else ""


class DuplicateModel(_RowsModel):
    COL_SCORE, COL_FIRST, COL_FIRST_TEXT, COL_SECOND, COL_SECOND_TEXT, COL_REASON, COL_LINK = range(7)
    NOWRAP = (COL_SCORE, COL_FIRST, COL_SECOND)

    def headers(self) -> list[str]:
        return [self.tr("Similarity"), self.tr("Reference"), self.tr("Recommendation"),
                self.tr("Possible duplicate"), self.tr("Its text"), self.tr("Why"), self.tr("Link")]

    def cell(self, row: DuplicatePair, column: int) -> str:
        values = {
            self.COL_SCORE: lambda: _score(row.score),
            self.COL_FIRST: lambda: row.first.reference,
            self.COL_FIRST_TEXT: lambda: shorten(row.first.text(self._lang), PREVIEW),
            self.COL_SECOND: lambda: row.second.reference,
            self.COL_SECOND_TEXT: lambda: shorten(row.second.text(self._lang), PREVIEW),
            self.COL_REASON: lambda: row.reason(self._lang),
            self.COL_LINK: lambda: self.link_label(row.link_kind),
        }
        return values[column]()

    def link_label(self, kind: str | None) -> str:
        return {"same": self.tr("Same as"), "related": self.tr("Related")}.get(kind or "", "")

    def tooltip(self, row: DuplicatePair, column: int) -> str:
        if column == self.COL_FIRST_TEXT:
            return row.first.text(self._lang)
        if column == self.COL_SECOND_TEXT:
            return row.second.text(self._lang)
        return row.reason(self._lang) if column == self.COL_REASON else ""

    def replace_row(self, row: int, value: DuplicatePair) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class EntityModel(_RowsModel):
    """Entities: the code, the name in the window's language (shown whole), the name in the other
    language (the column that gives way), and how many recommendations each leads and supports."""

    COL_CODE, COL_NAME, COL_OTHER_NAME, COL_LEADS, COL_SUPPORTS = range(5)
    NOWRAP = (COL_CODE,)

    def headers(self) -> list[str]:
        arabic, english = self.tr("Arabic name"), self.tr("English name")
        names = [arabic, english] if self._lang == "ar" else [english, arabic]
        return [self.tr("Code"), *names, self.tr("Leads"), self.tr("Supports")]

    def cell(self, row: EntityRow, column: int) -> str:
        names = [row.name_ar, row.name_en] if self._lang == "ar" else [row.name_en, row.name_ar]
        values = [row.code, *names, f"{row.lead_count:,}", f"{row.supporting_count:,}"]
        return values[column]

    def tooltip(self, row: EntityRow, column: int) -> str:
        return self.cell(row, column) if column in (self.COL_NAME, self.COL_OTHER_NAME) else ""
