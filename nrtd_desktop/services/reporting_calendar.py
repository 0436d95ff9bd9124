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
date, else one or two years); a special-procedure visit report gives a follow-up two years on. Those
defaults are computed in ``calendar_defaults.py``; the entries are ``dto/calendar.py``'s.

A computed entry is not stored: reading the calendar writes nothing (``nrtd calendar`` reads
beside the window). The committee's changes store it, under an id derived from its key, so that
two laptops that both change the same computed entry change one record (the exchange then shows
a conflict, not two copies).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import Document, ReportDraft, ReportingEvent, Tombstone
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.errors import (
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from nrtd_desktop.dto.calendar import HORIZON_DAYS, CalendarChanges, CalendarDue, CalendarEntry
from nrtd_desktop.services import validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.calendar_defaults import computed_entries

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


def record_id_for(default_key: str) -> str:
    """The id a computed entry is stored under: the same on every laptop."""
    return str(uuid.uuid5(_KEY_NAMESPACE, default_key))


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
