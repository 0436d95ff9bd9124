"""Choosers for the editor: a searchable multi-select list and a combo with an empty choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.ui import bidi


class MultiPicker(QWidget):
    """Check any number of values; a search line narrows the list with the Arabic-aware fold."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(QCoreApplication.translate("Pickers", "Search the list"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        bidi.install(self.list)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        for widget in (self.title, self.search, self.list, self.summary):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._narrow)
        self.list.itemChanged.connect(self._item_changed)
        self._order: list[str] = []

    def set_options(self, options: Iterable[tuple[str, str]]) -> None:
        """(key, label) pairs, shown in the given order."""
        chosen = set(self.selected())
        self.list.blockSignals(True)
        self.list.clear()
        self._order = []
        for key, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._order.append(key)
        self.list.blockSignals(False)
        self._update_summary()

    def set_selected(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_summary()

    def selected(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _narrow(self, text: str) -> None:
        needle = normalize(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            haystack = normalize(item.text() + " " + str(item.data(Qt.ItemDataRole.UserRole)))
            item.setHidden(bool(needle) and needle not in haystack)

    def _update_summary(self) -> None:
        count = len(self.selected())
        self.summary.setText(
            QCoreApplication.translate("Pickers", "Chosen: {count}").format(count=count) if count else ""
        )


class ChoiceCombo(QComboBox):
    """A combo of (key, label) choices, optionally with an empty "none" entry first."""

    def __init__(self, parent: QWidget | None = None, none_text: str | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text

    def set_choices(self, choices: Iterable[tuple[object, str]]) -> None:
        current = self.value()
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for key, label in choices:
            self.addItem(label, key)
        self.set_value(current)

    def value(self) -> object:
        return self.currentData()

    def key(self) -> str | None:
        """The chosen key as text (the plan's choices are codes and ids), or None."""
        value = self.currentData()
        return None if value is None else str(value)

    def number(self) -> int | None:
        """The chosen key of a combo of numbered choices (the action categories), or None."""
        value = self.currentData()
        return None if value is None else int(value)

    def set_value(self, key: object) -> None:
        if key is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(key)
        if index < 0:
            self.addItem(str(key), key)  # a stored value not among the choices stays visible
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
