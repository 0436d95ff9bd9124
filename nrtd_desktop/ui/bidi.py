"""The window's use of ``domain/bidi``: every list and table cell, and composed sentences.

A view gets :class:`BidiDelegate` through :func:`install` (each list, table and tree of the
window, where it is made): the text of every cell is shown through ``domain.bidi.for_display``
in the view's own direction, so "1.a", "UPR-3-122.45", "A/HRC/52/10", a path or an e-mail
keeps its order inside Arabic, and an English sentence keeps its full stop at its end. The models
stay plain (copying a cell or a test reading it sees what was stored).

Sentences composed with ``.format`` wrap their Latin parts with :func:`ltr` (a path, a code, a
date) or show the whole through :func:`shown`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from nrtd_desktop.domain import bidi
from nrtd_desktop.domain.bidi import isolate as isolate
from nrtd_desktop.domain.bidi import ltr as ltr  # the window's names for them, re-exported
from nrtd_desktop.domain.bidi import rtl as rtl
from nrtd_desktop.domain.lang import Lang


def lang_of(widget: QWidget) -> Lang:
    return "ar" if widget.isRightToLeft() else "en"


def shown(text: str, lang: Lang) -> str:
    """``text`` as a ``lang`` window shows it (see ``domain.bidi.for_display``)."""
    return bidi.for_display(text, lang)


class BidiDelegate(QStyledItemDelegate):
    """The standard delegate, with each cell's text isolated for the view's direction.

    ``nowrap``: columns never wrapped even when the view wraps its text (a reference such as
    "CEDAW-2018-30" would break at its hyphen, and its column be sized for the broken text)."""

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None,
                 nowrap: tuple[int, ...] = ()) -> None:
        super().__init__(parent or view)
        self._view = view
        self.nowrap = frozenset(nowrap)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # Qt's name
        super().initStyleOption(option, index)
        if index.column() in self.nowrap:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:  # Qt's name
        text = value if isinstance(value, str) else super().displayText(value, locale)
        return bidi.for_display(text, lang_of(self._view))


def install(view: QAbstractItemView, nowrap: tuple[int, ...] = ()) -> QAbstractItemView:
    """Give ``view`` the isolating delegate; returns the view (for chaining where it is made)."""
    view.setItemDelegate(BidiDelegate(view, nowrap=nowrap))
    return view


def add_item(combo: QComboBox, text: str, data: Any = None) -> None:
    """A combo entry whose shown text is isolated for the combo's direction."""
    combo.addItem(bidi.for_display(text, lang_of(combo)), data)
