"""The reporting calendar's records as the window, the command line and the drafts read them
(``services/reporting_calendar.py`` makes them; ``services/calendar_defaults.py`` computes the
default dates from the register's documents)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.calendar import GREGORIAN_MONTHS_AR, GREGORIAN_MONTHS_EN
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import pick

HORIZON_DAYS = 180


@dataclass(frozen=True)
class CalendarEntry:
    """One date of the calendar. ``key`` is the computed entry's key, or the stored record's id
    for an entry the committee added; ``id`` is None while a computed entry is not stored."""

    key: str
    id: str | None
    version: int | None
    kind: str
    mechanism: str
    body: str
    document_id: str | None
    document_symbol: str | None
    cycle: int | None
    session: str | None
    title_ar: str
    title_en: str
    due_date: date | None
    precision: str  # "day", or "month" when only the month is known
    computed_date: date | None  # the default (None for an entry the committee added)
    basis_ar: str  # how the default was computed
    basis_en: str
    entered: bool  # the committee set the date
    status: str
    submitted_on: date | None
    symbol: str
    notes: str
    drafts: tuple[str, ...] = ()  # ids of the drafts written for it

    @property
    def deliverable(self) -> bool:
        return self.kind in r.DELIVERABLES

    @property
    def report_type(self) -> str | None:
        return r.DELIVERABLES.get(self.kind)

    @property
    def is_open(self) -> bool:
        return self.status in r.OPEN_EVENT_STATUSES

    def label(self, lang: Lang) -> str:
        return pick(lang, self.title_ar, self.title_en)

    def basis(self, lang: Lang) -> str:
        return pick(lang, self.basis_ar, self.basis_en)

    @property
    def deadline(self) -> date | None:
        """The last day it can be on time: the due date, or the month's last day when only the
        month is known."""
        if self.due_date is None or self.precision != "month":
            return self.due_date
        return r.add_months(self.due_date.replace(day=1), 1) - timedelta(days=1)

    def state(self, today: date) -> str:
        """ "overdue", "due" (within the horizon), "upcoming", "done" (submitted), "past" (a date
        that is no deliverable and has gone by) or "none" (no date)."""
        if self.status == r.EventStatus.SUBMITTED:
            return "done"
        if self.due_date is None:
            return "none"
        deadline = self.deadline or self.due_date
        if not self.deliverable:
            return "past" if deadline < today else "upcoming"
        if deadline < today and self.is_open:
            return "overdue"
        if self.due_date <= today + timedelta(days=HORIZON_DAYS):
            return "due"
        return "upcoming"

    def days_left(self, today: date) -> int | None:
        deadline = self.deadline
        return None if deadline is None else (deadline - today).days

    def date_text(self, lang: Lang) -> str:
        return format_due(self.due_date, self.precision, lang)


@dataclass(frozen=True)
class CalendarDue:
    """What the dashboard shows: deliverables past their date and not submitted (oldest first),
    then those due within ``horizon_days`` (soonest first)."""

    today: date
    overdue: tuple[CalendarEntry, ...]
    upcoming: tuple[CalendarEntry, ...]
    horizon_days: int = HORIZON_DAYS


@dataclass(frozen=True)
class CalendarChanges:
    """What the committee changes on an entry; None leaves a field as it is."""

    due_date: date | None = None
    status: str | None = None
    submitted_on: date | None = None
    symbol: str | None = None
    notes: str | None = None
    title_ar: str | None = None
    title_en: str | None = None
    # For a new entry only:
    kind: str | None = None
    body: str | None = None
    cycle: int | None = None
    clear_due_date: bool = False
    clear_submitted_on: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def format_due(day: date | None, precision: str, lang: Lang) -> str:
    """ "2026-12-01", or "December 2026" / "ديسمبر 2026" when only the month is known."""
    if day is None:
        return "—"
    if precision == "month":
        months = GREGORIAN_MONTHS_AR if lang == "ar" else GREGORIAN_MONTHS_EN
        return f"{months[day.month - 1]} {day.year}"
    return day.isoformat()
