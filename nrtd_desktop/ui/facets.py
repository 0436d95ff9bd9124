"""Facet filters of the register: one drop-down button per facet with a searchable checkable list.

A facet's choices come from ``facet_values`` each time its list opens, counted under the other
facets' current choices (the usual faceted search: a facet never narrows its own list). Choices
within a facet combine with OR, facets with AND; the service applies both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import FacetValue, RecommendationFilter
from nrtd_desktop.ui import bidi, labels

if TYPE_CHECKING:
    from nrtd_desktop.services import Services

FACETS = ("mechanism", "body", "cycle", "position", "theme", "affected_group", "sdg", "entity", "cluster",
          "status", "priority", "country", "mandate")


def facet_titles() -> dict[str, str]:
    return {
        "mechanism": QCoreApplication.translate("Facets", "Mechanism"),
        "body": QCoreApplication.translate("Facets", "Body"),
        "cycle": QCoreApplication.translate("Facets", "Cycle"),
        "position": QCoreApplication.translate("Facets", "Position"),
        "theme": QCoreApplication.translate("Facets", "Theme"),
        "affected_group": QCoreApplication.translate("Facets", "Affected group"),
        "sdg": QCoreApplication.translate("Facets", "SDG target"),
        "entity": QCoreApplication.translate("Facets", "Entity"),
        "cluster": QCoreApplication.translate("Facets", "Cluster"),
        "status": QCoreApplication.translate("Facets", "Status"),
        "priority": QCoreApplication.translate("Facets", "Priority"),
        "country": QCoreApplication.translate("Facets", "State under review"),
        "mandate": QCoreApplication.translate("Facets", "Special procedure"),
    }


def _enum_labels(facet: str) -> dict[str, str]:
    """Translated names for the facets whose values are the program's own enums."""
    return {
        "mechanism": labels.mechanism_labels,
        "position": labels.position_labels,
        "status": labels.status_labels,
        "priority": labels.priority_labels,
    }.get(facet, dict)()


def filter_with(f: RecommendationFilter, facet: str, keys: tuple[str, ...]) -> RecommendationFilter:
    """``f`` with one facet's choices replaced (cycles are numbers in the filter)."""
    if facet == "cycle":
        return replace(f, cycle=tuple(int(k) for k in keys if k.lstrip("-").isdigit()))
    changes: dict[str, Any] = {facet: keys}  # the facet names the filter's field
    return replace(f, **changes)


def keys_in(f: RecommendationFilter, facet: str) -> tuple[str, ...]:
    return tuple(str(v) for v in getattr(f, facet))


class FacetButton(QToolButton):
    """A drop-down with a search line and a checkable list of one facet's values."""

    changed = Signal(str, tuple)  # facet, chosen keys

    def __init__(self, facet: str, title: str, load: Callable[[str], list[FacetValue]], lang: Lang,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self._title = title
        self._load = load
        self._lang = lang
        self._chosen: tuple[str, ...] = ()
        self.setObjectName(f"facet_{facet}")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        menu = QMenu(self)
        box = QWidget(menu)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(QCoreApplication.translate("Facets", "Find a value"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(box)
        bidi.install(self.list)
        self.list.setMinimumSize(280, 260)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        action = QWidgetAction(menu)
        action.setDefaultWidget(box)
        menu.addAction(action)
        menu.aboutToShow.connect(self.reload)
        self.setMenu(menu)
        self.search.textChanged.connect(self._hide_unmatched)
        self.list.itemChanged.connect(self._item_changed)
        self._update_text()

    @property
    def chosen(self) -> tuple[str, ...]:
        return self._chosen

    def reload(self) -> None:
        """Fill the list from the service, keeping what is chosen checked."""
        names = _enum_labels(self.facet)
        self.list.blockSignals(True)
        self.list.clear()
        values = self._load(self.facet)
        seen = set()
        for value in values:
            seen.add(value.key)
            text = names.get(value.key) or value.label(self._lang) or value.key
            self._add_item(value.key, text, value.count)
        for key in self._chosen:  # a chosen value with no record left stays visible and checked
            if key not in seen:
                self._add_item(key, names.get(key, key), 0)
        self.list.blockSignals(False)
        self._hide_unmatched(self.search.text())

    def _add_item(self, key: str, text: str, count: int) -> None:
        caption = QCoreApplication.translate("Facets", "{value} ({count})").format(value=text, count=count)
        item = QListWidgetItem(caption)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in self._chosen else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def set_chosen(self, keys: tuple[str, ...], emit: bool = True) -> None:
        self._chosen = tuple(keys)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in self._chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_text()
        if emit:
            self.changed.emit(self.facet, self._chosen)

    def _item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        chosen = [k for k in self._chosen if k != key]
        if item.checkState() == Qt.CheckState.Checked:
            chosen.append(key)
        self._chosen = tuple(chosen)
        self._update_text()
        self.changed.emit(self.facet, self._chosen)

    def _hide_unmatched(self, text: str) -> None:
        from nrtd_desktop.domain.arabic import normalize

        needle = normalize(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in normalize(item.text()))

    def _update_text(self) -> None:
        if self._chosen:
            self.setText(QCoreApplication.translate("Facets", "{facet}: {count} chosen").format(
                facet=self._title, count=len(self._chosen)))
        else:
            self.setText(self._title)
        font = self.font()
        font.setBold(bool(self._chosen))
        self.setFont(font)


class FacetBar(QWidget):
    """All facet buttons in two rows and a clear-all button; emits the combined filter."""

    filter_changed = Signal(object)  # RecommendationFilter

    def __init__(self, services: Services, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filter = RecommendationFilter()
        self.buttons: dict[str, FacetButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        titles = facet_titles()
        per_row = 7
        for n, facet in enumerate(FACETS):
            button = FacetButton(facet, titles[facet], self._values_for, lang, self)
            button.changed.connect(self._facet_changed)
            self.buttons[facet] = button
            grid.addWidget(button, n // per_row, n % per_row)
        self.clear_button = QPushButton(QCoreApplication.translate("Facets", "Clear all filters"), self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)
        grid.addWidget(self.clear_button, (len(FACETS) - 1) // per_row, per_row - 1)

    @property
    def filter(self) -> RecommendationFilter:
        return self._filter

    def take_services(self, services: Services) -> None:
        """The database's services after the first rows' stand-in (``nrtd_desktop/opening.py``)."""
        self._services = services

    def set_search(self, text: str) -> None:
        """The search text is part of the filter the facets count under."""
        self._filter = replace(self._filter, search=text)

    def set_filter(self, f: RecommendationFilter) -> None:
        """Show ``f`` on the buttons without emitting (the caller applies it)."""
        self._filter = f
        for facet, button in self.buttons.items():
            button.set_chosen(keys_in(f, facet), emit=False)
        self.clear_button.setEnabled(f != RecommendationFilter(search=f.search))

    def _values_for(self, facet: str) -> list[FacetValue]:
        without_self = filter_with(self._filter, facet, ())
        return list(self._services.recommendations.facet_values(facet, without_self))

    def _facet_changed(self, facet: str, keys: tuple[str, ...]) -> None:
        self._filter = filter_with(self._filter, facet, keys)
        self.clear_button.setEnabled(any(b.chosen for b in self.buttons.values()))
        self.filter_changed.emit(self._filter)

    def clear(self) -> None:
        for button in self.buttons.values():
            button.set_chosen((), emit=False)
        self._filter = RecommendationFilter(search=self._filter.search)
        self.clear_button.setEnabled(False)
        self.filter_changed.emit(self._filter)
