"""The progress report read back from the PDF: the dashboard's figures, charts, overdue actions,
and the progress updates of the period only."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.figures import ActionFilter
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services.report_data import progress_data
from tests.reports.report_checks import check_fonts_embedded, check_pages, make, missing_phrases

START, END = date(2026, 1, 1), date(2026, 6, 30)


def _updates(services: Any) -> list[Any]:
    actions = services.figures.actions(ActionFilter())
    return [u for a in actions for u in services.plan.progress(a.id)]


def test_the_report_uses_the_dashboard_figures(demo_services: Any) -> None:
    data = progress_data(demo_services, None, START, END)
    assert data.figures == demo_services.figures.figures(None, START, END)
    today = demo_services.context.today()
    open_late = [a for a in demo_services.figures.actions(ActionFilter()) if a.overdue]
    assert {a.id for a in data.overdue_actions} == {a.id for a in open_late}
    assert data.figures.headline.actions_overdue.count == len(data.overdue_actions) > 0
    assert all(a.end_date < today for a in data.overdue_actions)


def test_arabic_progress_report(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "progress", "ar", date_from=START, date_to=END)
    data = progress_data(demo_services, None, START, END)
    head = data.figures.headline
    text = pdf.all()
    assert "تقرير التقدم في تنفيذ التوصيات" in pdf.pages[0]
    # The period on the cover in both calendars.
    assert "يناير 2026" in pdf.pages[0] and "يونيو 2026" in pdf.pages[0] and "رجب" in pdf.pages[0]
    labels = [f.name_ar for f in head.by_status] + [head.overdue.name_ar, head.open_challenges.name_ar]
    assert missing_phrases(pdf, labels) == []
    assert f"{head.recommendations.count}" in text
    assert missing_phrases(pdf, [r.name_ar for r in data.figures.status_by_lead_entity if r.total]) == []
    assert missing_phrases(pdf, [a.title_ar for a in data.overdue_actions]) == []
    in_period = [u for u in _updates(demo_services) if START <= u.reported_on <= END]
    outside = [u for u in _updates(demo_services) if not START <= u.reported_on <= END]
    assert in_period and outside
    assert missing_phrases(pdf, [u.narrative_ar for u in in_period]) == []
    absent = [u.narrative_ar for u in outside if not missing_phrases(pdf, [u.narrative_ar])]
    assert absent == []  # an update outside the period is not listed
    check_pages(pdf, "ar")
    check_fonts_embedded(pdf.path)


def test_english_progress_report_with_a_filter(demo_services: Any, tmp_path: Path) -> None:
    f = RecommendationFilter(mechanism=("UPR",))
    pdf = make(demo_services, tmp_path, "progress", "en", filter=f)
    data = progress_data(demo_services, f)
    text = pdf.all()
    assert "Progress report on implementing the recommendations" in pdf.pages[0]
    assert "Implementation status by mechanism" in text and "Progress over time" in text
    assert data.figures.headline.recommendations.count == demo_services.recommendations.count(f)
    upr_late = {a.id for a in data.overdue_actions}
    every_late = {a.id for a in progress_data(demo_services).overdue_actions}
    assert upr_late < every_late  # the filter narrowed the list
    missing = [a.title_en for a in data.overdue_actions if a.title_en not in text]
    assert missing == []
    check_pages(pdf, "en")


def test_a_period_that_ends_before_it_starts_is_refused(demo_services: Any, tmp_path: Path) -> None:
    with pytest.raises(NrtdError):
        make(demo_services, tmp_path, "progress", "ar", date_from=END, date_to=START)
    assert list(tmp_path.glob("*.pdf")) == []
