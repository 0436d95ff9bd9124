"""The reports the committee drafts: the reporting calendar, the drafts, their sections, versions.

All four are committee records (``SharedRecord``): they are edited on several laptops and travel
in the exchange packages like the plan. A section assigned to an entity travels in that entity's
package (``exchange/slices.py``), with its draft and calendar entry as context.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nrtd_desktop.db.base import Base, SharedRecord, refers_to


class ReportingEvent(SharedRecord, Base):
    """A date of the reporting calendar: a review, a report due, a follow-up, a visit.

    Computed entries are not stored until the committee changes one (or drafts a report for it):
    ``default_key`` then names the computed entry it replaces, and its id is derived from that key
    (``services/reporting_calendar.py``) so that two laptops storing the same entry store one record.
    """

    __tablename__ = "reporting_events"

    default_key: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)  # domain.reporting.EventKind
    mechanism: Mapped[str] = mapped_column(String(3), nullable=False)
    body_code: Mapped[str] = mapped_column(ForeignKey("bodies.code"), nullable=False)
    document_id: Mapped[str | None] = mapped_column(refers_to("documents.id"), index=True)
    cycle: Mapped[int | None] = mapped_column(Integer)
    session: Mapped[str | None] = mapped_column(String(20))
    title_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    # "day", or "month" when only the month is known (a UPR session)
    precision: Mapped[str] = mapped_column(String(10), nullable=False, default="day")
    entered: Mapped[bool] = mapped_column(nullable=False, default=False)  # the committee set the date
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    submitted_on: Mapped[date | None] = mapped_column(Date)
    symbol: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # of the report sent
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ReportDraft(SharedRecord, Base):
    """A report being drafted for one calendar entry, in the structure of the UN's guidelines."""

    __tablename__ = "report_drafts"

    event_id: Mapped[str | None] = mapped_column(refers_to("reporting_events.id"), index=True)
    report_type: Mapped[str] = mapped_column(String(20), nullable=False)  # domain.reporting.ReportType
    title_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Which recommendations it answers: a mechanism's body, a UPR cycle, a document.
    body_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    cycle: Mapped[int | None] = mapped_column(Integer)
    document_symbol: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    group_by: Mapped[str] = mapped_column(String(20), nullable=False, default="cluster")
    word_limit: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ReportSection(SharedRecord, Base):
    """One section of a draft: the text people edit, and what it was generated from.

    ``generated_*`` is the text the data gave at the last generation and ``facts`` (JSON) the
    figures it was written from: the text differs from ``generated_*`` once someone edited it,
    and the facts, compared with today's, say what changed in the data since.
    """

    __tablename__ = "report_sections"

    draft_id: Mapped[str] = mapped_column(refers_to("report_drafts.id"), nullable=False, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    key: Mapped[str] = mapped_column(String(200), nullable=False)
    level: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    heading_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    heading_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    generated_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    generated_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    facts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    generated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The references of the recommendations it answers, one a line (UPR-4-45.12).
    recommendations: Mapped[str] = mapped_column(Text, nullable=False, default="")
    entity_id: Mapped[str | None] = mapped_column(refers_to("entities.id"), index=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="drafting")


class ReportVersion(SharedRecord, Base):
    """A draft frozen as it stood: its sections as JSON, never changed afterwards."""

    __tablename__ = "report_versions"

    draft_id: Mapped[str] = mapped_column(refers_to("report_drafts.id"), nullable=False, index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
