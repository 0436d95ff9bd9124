"""The default dates of the reporting calendar, computed from the documents already in the
register (the rules and their sources are in ``domain/reporting.py``; the module docstring of
``services/reporting_calendar.py`` says which document gives which date).

Reading computes; nothing here writes. ``reporting_calendar.py`` lays the committee's stored
entries over these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import date as _date  # _Doc has a field named date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import Document, Recommendation
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.dto.calendar import CalendarEntry, format_due


def _month_text(day: date) -> tuple[str, str]:
    return format_due(day, "month", "ar"), format_due(day, "month", "en")


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
    found: list[CalendarEntry] = []
    number = _session_number(doc.session)
    key = f"upr:{cycle}"
    # The review: from the Working Group's session when the document names it, else the document's date.
    if number is not None:
        review = r.upr_review_date(number)
        month_ar, month_en = _month_text(review)
        precision = "month"
        basis = (f"الدورة {number} للفريق العامل ({month_ar})",
                 f"Working Group session {number} ({month_en})")
    elif doc.date is not None:
        review, precision = doc.date, "day"
        basis = (f"تاريخ الوثيقة {doc.symbol}", f"date of {doc.symbol}")
    else:
        return found
    found.append(_entry(f"{key}:review", r.EventKind.UPR_REVIEW, "UPR", doc, "UPR", review, precision,
                        basis, names, cycle))
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
