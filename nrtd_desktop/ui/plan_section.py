"""A titled list of plan records with its buttons: the building block of the plan editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.ui import bidi
from nrtd_desktop.ui.columns import FillColumn, fill_column
from nrtd_desktop.ui.plan_models import RowsModel


class RecordSection(QWidget):
    """A table over a ``RowsModel`` and a row of buttons; buttons needing a row follow the selection."""

    selection_changed = Signal()

    def __init__(self, name: str, model: RowsModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.table = QTableView(self)
        bidi.install(self.table)
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)  # the default grows with the font and overrides narrow widths
        # A model reset puts every column back to the default width: keep the widths across resets.
        self._widths: dict[int, int] = dict(getattr(model, "widths", {}))
        self._title: FillColumn | None = None
        self._apply_widths()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self._needs_row: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)

    def add_button(
        self, name: str, text: str, slot: Callable[[], Any], needs_row: bool = True
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        if needs_row:
            self._needs_row.append(button)
            button.setEnabled(False)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def stretch_column(self, column: int) -> None:
        self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def wrap_column(self, column: int, nowrap: tuple[int, ...] = (), minimum: int = 240) -> None:
        """``column`` (a title) takes the room the other columns leave, and never less than
        ``minimum`` (the table then scrolls sideways to its last columns: at 1280x720 and 125 %
        the title was left a hundred pixels); every cell wraps over the lines it needs (a date
        and its Hijri date on two), except the ``nowrap`` columns; each row is as tall as its
        cells."""
        self.table.setWordWrap(True)
        bidi.install(self.table, nowrap=nowrap)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._title = fill_column(self.table, column, minimum)

    def _fit_title(self) -> None:
        if self._title is not None:
            self._title.fit()

    def set_width(self, column: int, width: int) -> None:
        self._widths[column] = width
        self._apply_widths()
        self._fit_title()

    def _apply_widths(self) -> None:
        header = self.table.horizontalHeader()
        for column, width in self._widths.items():
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, width)

    def set_rows(self, rows: list[Any], keep_id: str | None = None) -> None:
        current = keep_id or self.current_id()
        header = self.table.horizontalHeader()
        if self.model.rows:  # widths the person may have dragged
            self._widths = {c: header.sectionSize(c) for c in range(header.count())}
        self.model.set_rows(rows)
        self._apply_widths()
        self._fit_title()
        if current is not None:
            self.select_id(current)
        self._selection_changed()

    def current(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row())

    def current_id(self) -> str | None:
        row = self.current()
        return getattr(row, "id", None) if row is not None else None

    def select_id(self, record_id: str | None) -> None:
        for number, row in enumerate(self.model.rows):
            if getattr(row, "id", None) == record_id:
                self.select_row(number)
                return
        self.table.clearSelection()
        self._selection_changed()

    def select_row(self, number: int) -> None:
        """Make a row current and selected (QTableView.selectRow does not move the current index
        when the view has never had focus)."""
        flags = QItemSelectionModel.SelectionFlag
        index = self.model.index(number, 0)
        # A shown view may already hold that row as current without selecting it (after a model
        # reset): selecting it then moves nothing, and currentRowChanged would not tell anyone.
        unmoved = self.table.currentIndex().row() == number
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        if unmoved:
            self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        for button in self._needs_row:
            button.setEnabled(chosen)
        self.selection_changed.emit()
