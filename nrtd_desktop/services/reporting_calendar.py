"""The reporting calendar: every date the State reports to the UN mechanisms by (issue 22).

API (``services.calendar``)::

    entries(include_hidden=False) -> list[CalendarEntry]     # computed and entered, by date
    entry(key) -> CalendarEntry                               # a default key or a record id
    due(horizon_days=180) -> CalendarDue                      # overdue, then due within the horizon
    update(key, CalendarChanges, expected_version=None) -> CalendarEntry
    add(CalendarChanges with kind/body) -> CalendarEntry       # a date the register cannot give
    reset(key) -> Deletion                                    # back to the computed default

The defaults come from the documents already in the register (``domain/reporting.py`` has the
rules and their sources): the latest UPR Working Group report gives the review (its session's
month), the adoption of the outcome (the Council session of its symbol, A/HRC/56/16 -> June
2024), the mid-term report 30 months later, the next review one cycle later and the national
report twelve weeks before it; the latest concluding observations of each treaty body give the
periodic report (the treaty's usual interval), the list of issues prior to reporting a year
before it, and the follow-up report when the register flags paragraphs for follow-up (their
date, else one or two years); a special-procedure visit report gives a follow-up two years on.

A computed entry is not stored: reading the calendar writes nothing (``nrtd calendar`` reads
beside the window). The committee's changes store it, under an id derived from its key, so that
two laptops that both change the same computed entry change one record (the exchange then shows
a conflict, not two copies).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from datetime import date as _date  # _Doc has a field named date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import Document, Recommendation, ReportDraft, ReportingEvent, Tombstone
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.calendar import GREGORIAN_MONTHS_AR, GREGORIAN_MONTHS_EN
from nrtd_desktop.domain.errors import (
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import pick
from nrtd_desktop.services import validation
from nrtd_desktop.services.base import Service

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "calendar.not_computed": (
        "'{label}' was entered by the committee: there is no computed date to go back to.",
        "«{label}» أدخلته اللجنة: لا يوجد تاريخ محسوب للعودة إليه.",
    ),
    "calendar.unknown_body": (
        "No UN body has the code '{value}'.",
        "لا توجد هيئة أممية رمزها «{value}».",
    ),
}
FIELD_TEXTS: dict[str, tuple[str, str]] = {
    "calendar_entry": ("Calendar entry", "الموعد"),
    "due_date": ("Due date", "تاريخ الاستحقاق"),
    "submitted_on": ("Submitted on", "تاريخ التقديم"),
    "kind": ("Kind", "النوع"),
}

_KEY_NAMESPACE = uuid.UUID("6b0f4d6e-3b1e-4c55-9c49-6f2d1a7e5a22")
HORIZON_DAYS = 180


def record_id_for(default_key: str) -> str:
    """The id a computed entry is stored under: the same on every laptop."""
    return str(uuid.uuid5(_KEY_NAMESPACE, default_key))


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


def _month_text(day: date) -> tuple[str, str]:
    return format_due(day, "month", "ar"), format_due(day, "month", "en")


# ---- the computed entries ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Doc:
    id: str
    symbol: str
    body: str
    date: _date | None
    cycle: int | None
    session: str | None
    follow_ups: int
    follow_up_due: _date | None


def _documents(session: Session) -> list[_Doc]:
    R = Recommendation
    flagged = {
        doc_id: (count, due)
        for doc_id, count, due in session.execute(
            select(R.document_id, func.count(), func.max(R.follow_up_due))
            .where(R.follow_up.is_(True), R.document_id.is_not(None))
            .group_by(R.document_id)
        )
    }
    return [
        _Doc(d.id, d.symbol, d.body_code, d.date, d.cycle, d.session, *flagged.get(d.id, (0, None)))
        for d in session.scalars(select(Document))
    ]


def _body_names(session: Session) -> dict[str, tuple[str, str]]:
    from nrtd_desktop.db.models import Body

    return {b.code: (b.name_ar or b.code, b.name_en or b.code) for b in session.scalars(select(Body))}


def _entry(
    key: str,
    kind: str,
    mechanism: str,
    doc: _Doc | None,
    body: str,
    due: date,
    precision: str,
    basis: tuple[str, str],
    names: dict[str, tuple[str, str]],
    cycle: int | None = None,
    session: str | None = None,
) -> CalendarEntry:
    event_ar, event_en = r.EVENT_NAMES[kind]
    body_ar, body_en = names.get(body, (body, body))
    if mechanism == "UPR":
        from nrtd_desktop.domain.labels import cycle_names

        cycle_ar, cycle_en = cycle_names(cycle)
        title_ar = f"{event_ar} – الاستعراض الدوري الشامل، {cycle_ar}"
        title_en = f"{event_en} – UPR, {cycle_en}"
    else:
        title_ar = f"{event_ar} – {body_ar}"
        title_en = f"{event_en} – {body_en}"
    return CalendarEntry(
        key=key,
        id=None,
        version=None,
        kind=kind,
        mechanism=mechanism,
        body=body,
        document_id=doc.id if doc else None,
        document_symbol=doc.symbol if doc else None,
        cycle=cycle if cycle is not None else (doc.cycle if doc else None),
        session=session if session is not None else (doc.session if doc else None),
        title_ar=title_ar,
        title_en=title_en,
        due_date=due,
        precision=precision,
        computed_date=due,
        basis_ar=basis[0],
        basis_en=basis[1],
        entered=False,
        status=r.EventStatus.PLANNED,
        submitted_on=None,
        symbol="",
        notes="",
    )


def _session_number(value: str | None) -> int | None:
    try:
        return int(str(value).strip()) if value else None
    except ValueError:
        return None


def computed_entries(session: Session) -> list[CalendarEntry]:
    """The defaults the documents of the register give (see the module docstring)."""
    documents = _documents(session)
    names = _body_names(session)
    found: list[CalendarEntry] = []
    upr = [d for d in documents if d.body == "UPR" and d.cycle is not None]
    if upr:
        doc = max(upr, key=lambda d: (d.cycle or 0, d.date or date.min))
        found += _upr_entries(doc, names)
    latest: dict[str, _Doc] = {}
    for doc in documents:
        if doc.body in ("UPR", "SP") or doc.date is None:
            continue
        if doc.body not in latest or (doc.date, doc.symbol) > (
            latest[doc.body].date,
            latest[doc.body].symbol,
        ):
            latest[doc.body] = doc
    for body in sorted(latest):
        found += _treaty_entries(latest[body], names)
    for doc in sorted((d for d in documents if d.body == "SP" and d.date), key=lambda d: d.symbol):
        assert doc.date is not None
        key = f"sp:{doc.symbol}"
        found.append(
            _entry(
                f"{key}:visit",
                r.EventKind.SP_VISIT,
                "SP",
                doc,
                "SP",
                doc.date,
                "day",
                (f"تاريخ الوثيقة {doc.symbol}", f"date of {doc.symbol}"),
                names,
            )
        )
        follow = r.add_months(doc.date, r.SP_FOLLOW_UP_MONTHS)
        found.append(
            _entry(
                f"{key}:follow_up",
                r.EventKind.SP_FOLLOW_UP,
                "SP",
                doc,
                "SP",
                follow,
                "day",
                (f"{doc.symbol} + سنتان", f"{doc.symbol} + 2 years"),
                names,
            )
        )
    return found


def _upr_entries(doc: _Doc, names: dict[str, tuple[str, str]]) -> list[CalendarEntry]:
    cycle = doc.cycle
    assert cycle is not None
    found = []
    number = _session_number(doc.session)
    key = f"upr:{cycle}"
    if number is not None:
        review = r.upr_review_date(number)
        month_ar, month_en = _month_text(review)
        found.append(
            _entry(
                f"{key}:review",
                r.EventKind.UPR_REVIEW,
                "UPR",
                doc,
                "UPR",
                review,
                "month",
                (
                    f"الدورة {number} للفريق العامل ({month_ar})",
                    f"Working Group session {number} ({month_en})",
                ),
                names,
                cycle,
            )
        )
    elif doc.date is not None:
        review = doc.date
        found.append(
            _entry(
                f"{key}:review",
                r.EventKind.UPR_REVIEW,
                "UPR",
                doc,
                "UPR",
                review,
                "day",
                (f"تاريخ الوثيقة {doc.symbol}", f"date of {doc.symbol}"),
                names,
                cycle,
            )
        )
    else:
        return found
    council = r.hrc_session(doc.symbol)
    if council is not None:
        adoption = r.hrc_session_date(council)
        adoption_basis = (f"الدورة {council} لمجلس حقوق الإنسان", f"Human Rights Council session {council}")
    else:
        adoption = r.add_months(review, 5)
        adoption_basis = ("الاستعراض + 5 أشهر", "review + 5 months")
    found.append(
        _entry(
            f"{key}:adoption",
            r.EventKind.UPR_ADOPTION,
            "UPR",
            doc,
            "UPR",
            adoption,
            "month",
            adoption_basis,
            names,
            cycle,
        )
    )
    midterm = r.add_months(adoption, r.MIDTERM_MONTHS)
    adoption_ar, adoption_en = _month_text(adoption)
    found.append(
        _entry(
            f"{key}:midterm",
            r.EventKind.UPR_MIDTERM,
            "UPR",
            doc,
            "UPR",
            midterm,
            "month",
            (f"اعتماد النتائج ({adoption_ar}) + سنتان ونصف", f"outcome adopted ({adoption_en}) + 2.5 years"),
            names,
            cycle,
        )
    )
    if number is not None:
        following = r.next_upr_session(number, cycle)
        next_review = r.upr_review_date(following)
        session_text = str(following)
        found.append(
            _entry(
                f"upr:{cycle + 1}:review",
                r.EventKind.UPR_REVIEW,
                "UPR",
                None,
                "UPR",
                next_review,
                "month",
                (
                    f"الدورة {following} المتوقعة للفريق العامل (تقدير)",
                    f"expected Working Group session {following} (estimate)",
                ),
                names,
                cycle + 1,
                session_text,
            )
        )
        national = next_review - r.NATIONAL_REPORT_LEAD
        found.append(
            _entry(
                f"upr:{cycle + 1}:national_report",
                r.EventKind.UPR_NATIONAL_REPORT,
                "UPR",
                None,
                "UPR",
                national,
                "month",
                ("نحو 12 أسبوعاً قبل الاستعراض التالي", "about 12 weeks before the next review"),
                names,
                cycle + 1,
                session_text,
            )
        )
    return found


def _treaty_entries(doc: _Doc, names: dict[str, tuple[str, str]]) -> list[CalendarEntry]:
    assert doc.date is not None
    found = []
    key = f"tb:{doc.symbol}"
    months = r.PERIODIC_MONTHS.get(doc.body)
    if months:
        periodic = r.add_months(doc.date, months)
        years = months // 12
        found.append(
            _entry(
                f"{key}:periodic",
                r.EventKind.TB_PERIODIC,
                "TB",
                doc,
                doc.body,
                periodic,
                "day",
                (
                    f"{doc.symbol} + {years} سنوات" if years > 2 else f"{doc.symbol} + سنتان",
                    f"{doc.symbol} + {years} years",
                ),
                names,
            )
        )
        loipr = r.add_months(periodic, -r.LOIPR_MONTHS_BEFORE)
        found.append(
            _entry(
                f"{key}:loipr",
                r.EventKind.TB_LOIPR,
                "TB",
                doc,
                doc.body,
                loipr,
                "day",
                ("سنة قبل التقرير الدوري", "a year before the periodic report"),
                names,
            )
        )
    if doc.follow_ups:
        if doc.follow_up_due is not None:
            due = doc.follow_up_due
            basis = (
                f"تاريخ المتابعة المسجل لـ {doc.follow_ups} فقرات",
                f"follow-up date recorded on {doc.follow_ups} paragraphs",
            )
        else:
            months = r.FOLLOW_UP_MONTHS.get(doc.body, 12)
            due = r.add_months(doc.date, months)
            basis = (f"{doc.symbol} + {months // 12} سنة", f"{doc.symbol} + {months // 12} year(s)")
        found.append(
            _entry(
                f"{key}:follow_up", r.EventKind.TB_FOLLOW_UP, "TB", doc, doc.body, due, "day", basis, names
            )
        )
    return found


def _stored_entry(
    event: ReportingEvent, computed: CalendarEntry | None, symbol: str | None, drafts: tuple[str, ...]
) -> CalendarEntry:
    return CalendarEntry(
        key=event.default_key or event.id,
        id=event.id,
        version=event.version,
        kind=event.kind,
        mechanism=event.mechanism,
        body=event.body_code,
        document_id=event.document_id,
        document_symbol=symbol,
        cycle=event.cycle,
        session=event.session,
        title_ar=event.title_ar,
        title_en=event.title_en,
        due_date=event.due_date,
        precision=event.precision,
        computed_date=computed.computed_date if computed else None,
        basis_ar=computed.basis_ar if computed else "",
        basis_en=computed.basis_en if computed else "",
        entered=event.entered,
        status=event.status,
        submitted_on=event.submitted_on,
        symbol=event.symbol,
        notes=event.notes,
        drafts=drafts,
    )


def calendar_entries(session: Session, include_hidden: bool = False) -> list[CalendarEntry]:
    """The computed entries with the committee's stored ones over them, by date (undated last)."""
    computed = {e.key: e for e in computed_entries(session)}
    symbols: dict[str | None, str] = dict(session.execute(select(Document.id, Document.symbol)).all())
    drafts: dict[str | None, list[str]] = {}
    for draft_id, event_id in session.execute(
        select(ReportDraft.id, ReportDraft.event_id)
        .where(ReportDraft.event_id.is_not(None))
        .order_by(ReportDraft.created_at)
    ):
        drafts.setdefault(event_id, []).append(draft_id)
    entries: dict[str, CalendarEntry] = dict(computed)
    for event in session.scalars(select(ReportingEvent)):
        entry = _stored_entry(
            event,
            computed.get(event.default_key),
            symbols.get(event.document_id),
            tuple(drafts.get(event.id, ())),
        )
        entries[entry.key] = entry
    shown = [e for e in entries.values() if include_hidden or e.status != r.EventStatus.NOT_APPLICABLE]
    return sorted(shown, key=lambda e: (e.due_date is None, e.due_date or date.max, e.key))


# ---- the service --------------------------------------------------------------------------------


class CalendarService(Service):
    def entries(self, include_hidden: bool = False) -> list[CalendarEntry]:
        with self.context.read() as session:
            return calendar_entries(session, include_hidden)

    def entry(self, key: str) -> CalendarEntry:
        with self.context.read() as session:
            return find_entry(session, key)

    def due(self, horizon_days: int = HORIZON_DAYS) -> CalendarDue:
        today = self.context.today()
        with self.context.read() as session:
            return due_entries(session, today, horizon_days)

    def update(
        self, key: str, changes: CalendarChanges, expected_version: int | None = None
    ) -> CalendarEntry:
        with self.context.write() as session:
            event = materialize(session, key)
            if expected_version is not None and event.version != expected_version:
                raise StaleRecordError("calendar_entry", event.title_ar or event.title_en)
            _apply(event, changes)
            session.flush()
            return find_entry(session, event.default_key or event.id)

    def add(self, changes: CalendarChanges) -> CalendarEntry:
        """A date the register cannot give: a planned visit, a report the committee decided on."""
        kind = validation.choice("kind", changes.kind or r.EventKind.OTHER, [str(k) for k in r.EventKind])
        body = (changes.body or "").strip().upper()
        with self.context.write() as session:
            from nrtd_desktop.db.models import Body

            found = session.get(Body, body) if body else None
            if found is None:
                raise ValidationError("calendar.unknown_body", field="body", value=body)
            if not (changes.title_ar or changes.title_en or "").strip():
                raise ValidationError("validation.required", field="title")
            mechanism = "UPR" if body == "UPR" else "SP" if body == "SP" else "TB"
            event = ReportingEvent(
                kind=kind,
                mechanism=mechanism,
                body_code=body,
                cycle=changes.cycle,
                title_ar="",
                title_en="",
                status=r.EventStatus.PLANNED,
                precision="day",
                entered=True,
                symbol="",
                notes="",
                default_key="",
            )
            _apply(event, changes)
            session.add(event)
            session.flush()
            return find_entry(session, event.id)

    def reset(self, key: str) -> Deletion:
        """Forget the committee's changes to a computed entry: the computed date shows again."""
        with self.context.write() as session:
            event = _stored(session, key)
            if event is None or not event.default_key:
                label = event.title_ar if event else key
                raise ValidationError("calendar.not_computed", field="calendar_entry", label=label)
            return deletions.delete(session, [event])

    def delete(self, key: str) -> Deletion:
        with self.context.write() as session:
            event = _stored(session, key)
            if event is None:
                raise NotFoundError("calendar_entry", key)
            return deletions.delete(session, [event])


def due_entries(session: Session, today: date, horizon_days: int = HORIZON_DAYS) -> CalendarDue:
    entries = [e for e in calendar_entries(session) if e.deliverable and e.is_open and e.deadline]
    overdue = tuple(e for e in entries if e.deadline and e.deadline < today)
    limit = today + timedelta(days=horizon_days)
    upcoming = tuple(e for e in entries if e.deadline and e.deadline >= today and e.due_date
                     and e.due_date <= limit)
    return CalendarDue(today, overdue, upcoming, horizon_days)


def find_entry(session: Session, key: str) -> CalendarEntry:
    wanted = (key or "").strip()
    for entry in calendar_entries(session, include_hidden=True):
        if wanted in (entry.key, entry.id):
            return entry
    raise NotFoundError("calendar_entry", wanted)


def _stored(session: Session, key: str) -> ReportingEvent | None:
    event = session.get(ReportingEvent, key)
    if event is None:
        event = session.scalar(select(ReportingEvent).where(ReportingEvent.default_key == key))
    return event


def materialize(session: Session, key: str) -> ReportingEvent:
    """The stored record of an entry, storing a computed one first (under its derived id)."""
    event = _stored(session, key)
    if event is not None:
        return event
    computed = {e.key: e for e in computed_entries(session)}.get(key)
    if computed is None:
        raise NotFoundError("calendar_entry", key)
    assert computed.due_date is not None
    record_id = record_id_for(key)
    event = ReportingEvent(
        id=record_id,
        default_key=key,
        kind=computed.kind,
        mechanism=computed.mechanism,
        body_code=computed.body,
        document_id=computed.document_id,
        cycle=computed.cycle,
        session=computed.session,
        title_ar=computed.title_ar,
        title_en=computed.title_en,
        due_date=computed.due_date,
        precision=computed.precision,
        entered=False,
        status=r.EventStatus.PLANNED,
        symbol="",
        notes="",
    )
    # Stored before and reset since: it comes back one version past its tombstone, so that other
    # laptops see a change newer than the deletion they received (as db/deletions.restore does).
    tombstone = session.get(Tombstone, record_id)
    if tombstone is not None:
        event.version = tombstone.version + 1
        session.delete(tombstone)
    session.add(event)
    session.flush()
    return event


def _apply(event: ReportingEvent, changes: CalendarChanges) -> None:
    if changes.due_date is not None or changes.clear_due_date:
        event.due_date = None if changes.clear_due_date else validation.as_date("due_date", changes.due_date)
        event.entered = True
        event.precision = "day"
    if changes.status is not None:
        event.status = validation.choice("status", changes.status, [str(s) for s in r.EventStatus])
    if changes.submitted_on is not None or changes.clear_submitted_on:
        event.submitted_on = (
            None if changes.clear_submitted_on else validation.as_date("submitted_on", changes.submitted_on)
        )
        if event.submitted_on is not None and changes.status is None:
            event.status = r.EventStatus.SUBMITTED
    for name in ("symbol", "notes", "title_ar", "title_en"):
        value = getattr(changes, name)
        if value is not None:
            setattr(event, name, value.strip())


def entry_with(entry: CalendarEntry, **changes: Any) -> CalendarEntry:
    return replace(entry, **changes)
