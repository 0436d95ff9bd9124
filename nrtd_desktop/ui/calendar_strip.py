"""The dashboard's line of reports: what is overdue and what is due next (issue 22).

Reads ``services.calendar.due()``: the reports due within six months, then those past their date
and not submitted. Each is a button that opens the drafting screen on that calendar entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from nrtd_desktop.domain.bidi import ltr
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.services import Services
from nrtd_desktop.ui.drafting_labels import STATE_COLOURS

SHOWN = 3  # entries named on the line; the rest are counted
WIDEST = 330  # pixels of one entry on the line (its whole text is its tooltip)


class ReportsDueStrip(QWidget):
    def __init__(self, services: Services, lang: Lang, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_due")
        self._services, self._lang, self._window = services, lang, window
        self.title = QLabel(self.tr("Reports:"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def refresh(self) -> None:
        due = self._services.calendar.due()
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        # What is due next first (what the committee works on now), then what is overdue, the most
        # recently missed first.
        entries = [("due", e) for e in due.upcoming] + [("overdue", e) for e in reversed(due.overdue)]
        for state, entry in entries[:SHOWN]:
            word = self.tr("Overdue") if state == "overdue" else self.tr("Due")
            text = self.tr("{state}: {report} ({date})").format(
                state=word, report=entry.label(self._lang), date=self._date(entry))
            button = self._button(text, STATE_COLOURS[state], entry.key)
            self.buttons.append(button)
        rest = len(entries) - SHOWN
        if rest > 0:
            self.buttons.append(self._button(self.tr("and {count} more").format(count=rest), "#1f3864", None))
        if not entries:
            self.buttons.append(self._button(self.tr("Nothing due in the next six months"), "#1e5631", None))
        for n, button in enumerate(self.buttons):
            self._layout.insertWidget(1 + n, button)

    def _date(self, entry: Any) -> str:
        """"December 2026" when only the month is known; else the day, kept left to right."""
        if entry.precision == "month":
            return str(entry.date_text(self._lang))
        return ltr(entry.due_date.isoformat()) if entry.due_date else "—"

    def _button(self, text: str, colour: str, key: str | None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"report_due_{len(self.buttons)}")
        button.setAutoRaise(True)
        button.setText(button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, WIDEST))
        button.setToolTip(text)
        button.setStyleSheet(f"QToolButton {{ color: {colour}; font-weight: bold; }}")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setProperty("calendar_key", key or "")
        button.clicked.connect(lambda _checked=False, k=key: self.open(k))
        return button

    def open(self, key: str | None) -> None:
        """The drafting screen, on the calendar entry ``key`` when there is one."""
        areas = getattr(self._window, "areas", {})
        page = areas.get("drafting") if hasattr(areas, "get") else None
        if page is None:
            return
        self._window.show_area("drafting")
        if key:
            page.refresh()
            page.select_entry(key)
