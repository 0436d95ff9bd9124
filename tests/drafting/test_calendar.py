"""The reporting calendar: dates computed from the register's documents, the committee's own
dates over them, what is overdue and due next, and reading that writes nothing (issue 22)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from nrtd_desktop.db.models import ReportingEvent, Tombstone
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.errors import NotFoundError, ValidationError
from nrtd_desktop.dto.calendar import CalendarChanges
from nrtd_desktop.services.reporting_calendar import record_id_for
from tests.conftest import TODAY


def entries(services: Any) -> dict[str, Any]:
    return {e.key: e for e in services.calendar.entries()}


def stored(services: Any) -> int:
    with services.context.read() as session:
        return int(session.scalar(select(func.count()).select_from(ReportingEvent)) or 0)


def test_the_upr_dates_come_from_the_working_group_report(demo_services: Any) -> None:
    found = entries(demo_services)
    review = found["upr:4:review"]
    # A/HRC/56/16, Working Group session 45: January 2024; adopted at the Council's 56th (June 2024).
    assert (review.due_date, review.precision) == (date(2024, 1, 1), "month")
    assert review.date_text("en") == "January 2024" and review.date_text("ar") == "يناير 2024"
    assert found["upr:4:adoption"].due_date == date(2024, 6, 1)
    midterm = found["upr:4:midterm"]
    assert midterm.due_date == date(2026, 12, 1)  # two and a half years after the adoption
    assert "2.5 years" in midterm.basis("en")
    assert midterm.state(TODAY) == "due"
    assert midterm.report_type == r.ReportType.UPR_MIDTERM
    # The next review: the same place in the fifth cycle (session 45 + 14), the report 12 weeks before.
    assert found["upr:5:review"].session == "59"
    assert found["upr:5:national_report"].due_date < found["upr:5:review"].due_date


def test_the_treaty_body_dates_come_from_the_concluding_observations(demo_services: Any) -> None:
    found = entries(demo_services)
    cerd = found["tb:CERD/C/SAU/CO/4-9:periodic"]
    assert cerd.due_date == date(2020, 6, 8)  # 8 June 2018 + two years
    assert cerd.state(TODAY) == "overdue" and not cerd.entered
    crpd_loipr = found["tb:CRPD/C/SAU/CO/1:loipr"]
    assert crpd_loipr.due_date == date(2022, 5, 13) and not crpd_loipr.deliverable
    # Follow-up only where the register flags paragraphs for it, on the date recorded with them.
    assert found["tb:CEDAW/C/SAU/CO/3-4:follow_up"].computed_date == date(2020, 3, 9)
    assert "tb:CRC/C/SAU/CO/3-4:follow_up" not in found
    assert found["sp:A/HRC/35/26/Add.3:follow_up"].due_date == date(2019, 4, 28)


def test_the_demo_committee_entered_its_cedaw_and_crc_dates(demo_services: Any) -> None:
    found = entries(demo_services)
    cedaw = found["tb:CEDAW/C/SAU/CO/3-4:periodic"]
    assert (cedaw.due_date, cedaw.entered, cedaw.status) == (date(2027, 3, 31), True, "in_preparation")
    assert cedaw.computed_date == date(2022, 3, 9)  # the default stays visible beside it
    assert found["tb:CRC/C/SAU/CO/3-4:periodic"].due_date == date(2027, 6, 30)
    sent = found["tb:CAT/C/SAU/CO/2:follow_up"]
    assert (
        sent.status == "submitted" and sent.state(TODAY) == "done" and sent.symbol == "CAT/C/SAU/CO/2/Add.1"
    )
    assert found["upr:4:midterm"].drafts  # the demo's mid-term draft


def test_due_lists_the_overdue_then_what_comes_within_six_months(demo_services: Any) -> None:
    due = demo_services.calendar.due()
    overdue = [e.key for e in due.overdue]
    assert "tb:CERD/C/SAU/CO/4-9:periodic" in overdue
    assert "tb:CAT/C/SAU/CO/2:follow_up" not in overdue  # submitted
    assert "tb:CEDAW/C/SAU/CO/3-4:periodic" not in overdue  # the committee's date is in 2027
    # December 2026, then 31 March 2027; the CRC report (30 June 2027) is more than 180 days away.
    assert [e.key for e in due.upcoming] == ["upr:4:midterm", "tb:CEDAW/C/SAU/CO/3-4:periodic"]
    assert all(e.deliverable for e in (*due.overdue, *due.upcoming))


def test_a_date_known_to_the_month_is_due_until_the_month_ends(demo_services: Any) -> None:
    midterm = entries(demo_services)["upr:4:midterm"]
    assert midterm.deadline == date(2026, 12, 31)
    assert midterm.state(date(2026, 12, 20)) == "due"
    assert midterm.state(date(2027, 1, 1)) == "overdue"


def test_reading_the_calendar_writes_nothing(demo_services: Any) -> None:
    before = stored(demo_services)
    demo_services.calendar.entries()
    demo_services.calendar.due()
    assert stored(demo_services) == before


def test_changing_a_computed_entry_stores_it_under_an_id_every_laptop_derives(demo_services: Any) -> None:
    key = "tb:CRPD/C/SAU/CO/1:periodic"
    assert entries(demo_services)[key].id is None
    changed = demo_services.calendar.update(
        key, CalendarChanges(due_date=date(2027, 9, 1), notes="متفق عليه")
    )
    assert changed.id == record_id_for(key)
    assert (changed.due_date, changed.entered, changed.notes) == (date(2027, 9, 1), True, "متفق عليه")
    assert changed.computed_date == date(2023, 5, 13)
    demo_services.calendar.reset(key)
    back = entries(demo_services)[key]
    assert (back.id, back.due_date, back.entered) == (None, date(2023, 5, 13), False)
    # Changed again after the reset: the same record comes back past its tombstone.
    again = demo_services.calendar.update(key, CalendarChanges(status="not_applicable"))
    with demo_services.context.read() as session:
        assert session.get(Tombstone, again.id) is None
    assert key not in entries(demo_services)  # not applicable: hidden from the calendar
    assert key in {e.key for e in demo_services.calendar.entries(include_hidden=True)}


def test_bad_input_is_refused_in_both_languages_and_changes_nothing(demo_services: Any) -> None:
    before = stored(demo_services)
    with pytest.raises(ValidationError) as bad:
        demo_services.calendar.update("upr:4:midterm", CalendarChanges(status="late"))
    assert "late" in bad.value.text("en") and "late" in bad.value.text("ar")
    with pytest.raises(NotFoundError):
        demo_services.calendar.update("upr:9:midterm", CalendarChanges(notes="x"))
    with pytest.raises(ValidationError) as entered:
        demo_services.calendar.reset(
            demo_services.calendar.add(
                CalendarChanges(
                    kind="sp_visit", body="SP", title_ar="زيارة المقرر الخاص", due_date=date(2027, 2, 1)
                )
            ).key
        )
    assert "أدخلته اللجنة" in entered.value.text("ar")
    assert stored(demo_services) == before + 1  # only the visit that was added


def test_nrtd_calendar_prints_json_and_sets_a_date(demo_db: Any, capsys: Any) -> None:
    from nrtd_desktop.cli.main import main

    db = str(demo_db)
    assert main(["--db", db, "calendar", "--json", "--today", "2026-11-29"]) == 0
    data = json.loads(capsys.readouterr().out)
    midterm = next(e for e in data["entries"] if e["key"] == "upr:4:midterm")
    assert (midterm["due_date"], midterm["state"], midterm["precision"]) == ("2026-12-01", "due", "month")
    assert main(["--db", db, "--lang", "ar", "calendar", "--today", "2026-11-29"]) == 0
    out = capsys.readouterr().out
    assert "تقرير منتصف المدة" in out and "متأخر" in out
    assert main(["--db", db, "calendar", "set", "upr:4:midterm", "--date", "2026-13-01"]) == 1
    assert "2026-13-01" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                db,
                "--lang",
                "ar",
                "calendar",
                "set",
                "upr:4:midterm",
                "--date",
                "2027-01-15",
                "--status",
                "in_preparation",
            ]
        )
        == 0
    )
    assert "حُفظ" in capsys.readouterr().err
    assert main(["--db", db, "calendar", "--json"]) == 0
    midterm = next(e for e in json.loads(capsys.readouterr().out)["entries"] if e["key"] == "upr:4:midterm")
    assert (midterm["due_date"], midterm["entered"]) == ("2027-01-15", True)


def test_nrtd_dashboard_names_the_reports_due(demo_db: Any, capsys: Any) -> None:
    from nrtd_desktop.cli.main import main

    assert main(["--db", str(demo_db), "dashboard", "--json"]) == 0
    reporting = json.loads(capsys.readouterr().out)["reporting"]
    # ``nrtd dashboard`` judges against the computer's clock: the mid-term report (December 2026) is
    # due or, later, overdue; the CERD report (2020) is overdue either way.
    named = [e["key"] for e in (*reporting["upcoming"], *reporting["overdue"])]
    assert "upr:4:midterm" in named
    assert "tb:CERD/C/SAU/CO/4-9:periodic" in [e["key"] for e in reporting["overdue"]]


def test_nrtd_calendar_adds_a_planned_visit(demo_db: Any, capsys: Any) -> None:
    from nrtd_desktop.cli.main import main

    db = str(demo_db)
    assert (
        main(
            [
                "--db",
                db,
                "--lang",
                "ar",
                "calendar",
                "add",
                "--kind",
                "sp_visit",
                "--body",
                "SP",
                "--title",
                "زيارة الفريق العامل",
                "--date",
                "2027-02-01",
            ]
        )
        == 0
    )
    key = capsys.readouterr().out.strip()
    assert main(["--db", db, "calendar", "--json"]) == 0
    added = next(e for e in json.loads(capsys.readouterr().out)["entries"] if e["key"] == key)
    assert (added["title_ar"], added["due_date"], added["entered"]) == (
        "زيارة الفريق العامل",
        "2027-02-01",
        True,
    )
    assert main(["--db", db, "calendar", "add", "--body", "XYZ", "--title", "x"]) == 1
    assert "XYZ" in capsys.readouterr().err
