"""Table models of the plan editor: thin models over lists of the services' plain rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.plan import ActionRow, ChallengeRow, IndicatorRow, ProgressRow
from nrtd_desktop.ui import plan_labels

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOR = QColor("#c62828")
SMART_OK_COLOR = QColor("#2e7d32")


class RowsModel(QAbstractTableModel, Generic[T]):
    """Columns are (title, cell function); ``set_rows`` replaces everything."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[tuple[str, Callable[[T], str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[T] = []
        self.widths: dict[int, int] = {}  # starting widths of the columns, in pixels

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column()) or self._columns[index.column()][1](row) or None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        return None

    def foreground(self, row: T, column: int) -> QBrush | None:
        return None

    def tooltip(self, row: T, column: int) -> str | None:
        return None


def _entity(ref: Any, lang: Lang) -> str:
    return ref.label(lang) if ref else ""


class ActionTableModel(RowsModel[ActionRow]):
    COL_TITLE, COL_LEAD, COL_START, COL_END, COL_STATUS, COL_PROGRESS, COL_INDICATORS = range(7)

    def __init__(self, lang: Lang, show_hijri: bool, parent: Any = None) -> None:
        statuses = plan_labels.action_status_labels()
        overdue = QCoreApplication.translate("PlanModels", "Overdue")

        def status(a: ActionRow) -> str:
            text = statuses.get(a.status, a.status)
            return f"{text} · {overdue}" if a.overdue else text

        super().__init__(
            [
                (QCoreApplication.translate("PlanModels", "Action"), lambda a: a.title(lang)),
                (
                    QCoreApplication.translate("PlanModels", "Lead entity"),
                    lambda a: _entity(a.lead_entity, lang),
                ),
                (
                    QCoreApplication.translate("PlanModels", "Start"),
                    lambda a: plan_labels.format_date(a.start_date, lang, show_hijri),
                ),
                (
                    QCoreApplication.translate("PlanModels", "End"),
                    lambda a: plan_labels.format_date(a.end_date, lang, show_hijri),
                ),
                (QCoreApplication.translate("PlanModels", "Status"), status),
                (
                    QCoreApplication.translate("PlanModels", "Progress"),
                    lambda a: "" if a.latest_percent is None else f"{a.latest_percent}%",
                ),
                (QCoreApplication.translate("PlanModels", "Indicators"), lambda a: str(a.indicator_count)),
            ],
            parent,
        )

        date_width = 190 if show_hijri else 100  # the plan editor measures them in its font
        self.widths = {
            self.COL_LEAD: 120,
            self.COL_START: date_width,
            self.COL_END: date_width,
            self.COL_STATUS: 100,
            self.COL_PROGRESS: 62,
            self.COL_INDICATORS: 66,
        }
        self._lang, self._hijri = lang, show_hijri

    def foreground(self, row: ActionRow, column: int) -> QBrush | None:
        if row.overdue and column in (self.COL_END, self.COL_STATUS):
            return QBrush(OVERDUE_COLOR)
        return None

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.COL_START:
            return plan_labels.format_long(row.start_date, self._lang, self._hijri) or None
        if column == self.COL_END:
            return plan_labels.format_long(row.end_date, self._lang, self._hijri) or None
        return None


class IndicatorTableModel(RowsModel[IndicatorRow]):
    COL_NAME, COL_TYPE, COL_BASELINE, COL_TARGET, COL_CURRENT, COL_SMART = range(6)

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        kinds = plan_labels.indicator_type_labels()
        smart = plan_labels.smart_labels()

        def check(i: IndicatorRow) -> str:
            if i.smart.is_smart:
                return QCoreApplication.translate("PlanModels", "SMART")
            return QCoreApplication.translate("PlanModels", "Missing: {properties}").format(
                properties=("، " if lang == "ar" else ", ").join(smart[p] for p in i.smart.missing)
            )

        def with_unit(value: str, unit: str) -> str:
            return f"{value} {unit}".strip() if value else ""

        super().__init__(
            [
                (QCoreApplication.translate("PlanModels", "Indicator"), lambda i: i.name(lang)),
                (
                    QCoreApplication.translate("PlanModels", "Type"),
                    lambda i: kinds.get(i.indicator_type, i.indicator_type),
                ),
                (
                    QCoreApplication.translate("PlanModels", "Baseline"),
                    lambda i: with_unit(i.baseline, i.unit),
                ),
                (QCoreApplication.translate("PlanModels", "Target"), lambda i: with_unit(i.target, i.unit)),
                (
                    QCoreApplication.translate("PlanModels", "Current value"),
                    lambda i: with_unit(i.current_value, i.unit),
                ),
                (QCoreApplication.translate("PlanModels", "SMART check"), check),
            ],
            parent,
        )
        self.widths = {
            self.COL_TYPE: 90,
            self.COL_BASELINE: 110,
            self.COL_TARGET: 110,
            self.COL_CURRENT: 110,
            self.COL_SMART: 230,
        }
        self._lang = lang

    def tooltip(self, row: IndicatorRow, column: int) -> str | None:
        if column == self.COL_SMART and not row.smart.is_smart:
            return "\n".join(p.text(self._lang) for p in row.smart.problems)
        return None

    def foreground(self, row: IndicatorRow, column: int) -> QBrush | None:
        if column == self.COL_SMART:
            return QBrush(SMART_OK_COLOR if row.smart.is_smart else OVERDUE_COLOR)
        return None


class ProgressTableModel(RowsModel[ProgressRow]):
    def __init__(self, lang: Lang, show_hijri: bool, parent: Any = None) -> None:
        super().__init__(
            [
                (
                    QCoreApplication.translate("PlanModels", "Date"),
                    lambda p: plan_labels.format_date(p.reported_on, lang, show_hijri),
                ),
                (
                    QCoreApplication.translate("PlanModels", "Progress"),
                    lambda p: "" if p.percent is None else f"{p.percent}%",
                ),
                (
                    QCoreApplication.translate("PlanModels", "What happened"),
                    lambda p: " ".join(p.narrative(lang).split()),
                ),
                (QCoreApplication.translate("PlanModels", "Evidence"), lambda p: p.evidence),
                (
                    QCoreApplication.translate("PlanModels", "Reported by"),
                    lambda p: " · ".join(x for x in (_entity(p.entity, lang), p.reporter) if x),
                ),
            ],
            parent,
        )
        self.widths = {0: 190 if show_hijri else 100, 1: 70, 3: 180, 4: 220}


class ChallengeTableModel(RowsModel[ChallengeRow]):
    COL_STATUS = 0

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        categories = plan_labels.challenge_category_labels()
        statuses = plan_labels.challenge_status_labels()

        def concerns(c: ChallengeRow) -> str:
            parts = [
                c.recommendation_reference or "",
                c.action_title_ar if lang == "ar" else c.action_title_en or "",
                _entity(c.entity, lang),
            ]
            return " · ".join(p for p in parts if p)

        super().__init__(
            [
                (
                    QCoreApplication.translate("PlanModels", "Status"),
                    lambda c: statuses.get(c.status, c.status),
                ),
                (
                    QCoreApplication.translate("PlanModels", "Category"),
                    lambda c: categories.get(c.category, c.category),
                ),
                (
                    QCoreApplication.translate("PlanModels", "Challenge"),
                    lambda c: " ".join(c.description(lang).split()),
                ),
                (QCoreApplication.translate("PlanModels", "Concerns"), concerns),
                (
                    QCoreApplication.translate("PlanModels", "Support needed"),
                    lambda c: c.support_needed_ar if lang == "ar" else c.support_needed_en,
                ),
            ],
            parent,
        )
        self.widths = {0: 100, 1: 140, 3: 200, 4: 260}

    def foreground(self, row: ChallengeRow, column: int) -> QBrush | None:
        if column == self.COL_STATUS and row.status == "open":
            return QBrush(OVERDUE_COLOR)
        return None
