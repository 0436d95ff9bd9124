"""Date fields: one presentation ("2026-11-29") and a calendar pop-up, in both languages.

Every date the window asks for goes through :func:`date_edit` (a ``QDateEdit``) or
:class:`DateField` (the same, optional, with the Umm al-Qura date beside it when the settings ask
for it). Why a factory: in a right-to-left window Qt writes a date's sections in reverse order
("29-11-2026" for the format yyyy-MM-dd) unless the edit is left to right *before* its format is
set (measured with PySide6 6.12); and the default Arabic locale would write Arabic-Indic digits,
where the program writes Western ones. The calendar pop-up itself follows the window's language
and direction (month names in Arabic, right to left).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from nrtd_desktop.domain.calendar import format_hijri, format_short
from nrtd_desktop.domain.lang import Lang

DATE_FORMAT = "yyyy-MM-dd"  # as domain.calendar.format_short writes a date
WESTERN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def window_locale(lang: Lang) -> QLocale:
    """Month and day names in the window's language, with Western digits (Arabic as written in
    the United Arab Emirates: the Gregorian month names Saudi texts use, and 0-9)."""
    if lang == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)
    return WESTERN


def date_edit(parent: QWidget | None, lang: Lang, value: date | None = None) -> QDateEdit:
    """A date written yyyy-MM-dd with Western digits, left to right, with a calendar pop-up."""
    edit = QDateEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format (see the module)
    edit.setLocale(WESTERN)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setLocale(window_locale(lang))
    direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    calendar.setLayoutDirection(direction)
    calendar.setGridVisible(True)
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_width(widget: QWidget, lang: Lang, show_hijri: bool, lines: int = 1) -> int:
    """The width of a column of dates as the window writes them, in ``widget``'s font; with
    ``lines=2`` the Hijri date goes under the Gregorian one (the cell wraps)."""
    widest = format_short(date(2026, 12, 28), lang, show_hijri)
    if lines == 2 and show_hijri:
        gregorian, _space, hijri = widest.partition(" ")
        metrics = widget.fontMetrics()
        return max(metrics.horizontalAdvance(gregorian), metrics.horizontalAdvance(hijri)) + 18
    return widget.fontMetrics().horizontalAdvance(widest) + 18


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QWidget):
    """A date that may be left empty (the check box), with the Umm al-Qura date beside it."""

    changed = Signal()

    def __init__(self, lang: Lang, show_hijri: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.enabled = QCheckBox(self)
        self.enabled.setObjectName("date_set")
        self.edit = date_edit(self, lang)
        self.edit.setDate(QDate.currentDate())
        self.hijri = QLabel(self)
        self.hijri.setVisible(show_hijri)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addWidget(self.hijri, 1)
        self.enabled.toggled.connect(self._changed)
        self.edit.dateChanged.connect(lambda _d: self._changed())
        self._changed()

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        return to_date(self.edit.date())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.enabled.setChecked(value is not None)
        self._changed()

    def text(self) -> str:
        """What the field shows: "2026-11-29", or "" when no date is set."""
        return self.edit.text() if self.enabled.isChecked() else ""

    def _changed(self) -> None:
        self.edit.setEnabled(self.enabled.isChecked())
        value = self.value()
        self.hijri.setText(format_hijri(value, self._lang) if value else "")
        self.changed.emit()
