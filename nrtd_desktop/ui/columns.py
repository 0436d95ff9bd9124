"""A column that takes the room the others leave, but never less than a minimum.

Qt's Stretch mode shrinks a column to nothing when the others take the width (a title of a
hundred pixels, a header cut to "mmenda"); :class:`FillColumn` sizes the column to what is left
and, below its minimum, keeps the minimum and lets the view scroll sideways to the last columns.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class FillColumn(QObject):
    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table, self.column, self.minimum = table, column, minimum
        header = table.horizontalHeader()
        header.setMaximumSectionSize(100_000)  # a cap on label columns would cap this one too
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._section_resized)
        model = table.model()
        for signal in (model.rowsInserted, model.modelReset, model.layoutChanged):
            signal.connect(lambda *_args: self.fit())
        self.fit()

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        room = self.table.viewport().width() - others
        wanted = max(room, self.minimum)
        if header.sectionSize(self.column) != wanted:
            header.resizeSection(self.column, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fill_column(table: QTableView, column: int, minimum: int) -> FillColumn:
    return FillColumn(table, column, minimum)
