"""The challenges analysis read back from the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.support import asks_for_support
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services.report_data import challenges_data
from tests.reports.report_checks import check_fonts_embedded, check_pages, make, missing_phrases, tokens


def test_arabic_challenges_analysis(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "challenges", "ar")
    every = demo_services.plan.challenges.list()
    assert len(every) == 20
    assert missing_phrases(pdf, [c.description_ar for c in every]) == []
    used = {c.category for c in every}
    assert missing_phrases(pdf, [labels.label("challenge_category", k, "ar") for k in used]) == []
    support = [c.support_needed_ar for c in every if asks_for_support(c.support_needed_ar, "")]
    assert any("OHCHR" in s for s in support)
    assert missing_phrases(pdf, support) == []
    check_pages(pdf, "ar")
    check_fonts_embedded(pdf.path)


def test_counts_add_up_and_match_the_service(demo_services: Any) -> None:
    data = challenges_data(demo_services)
    stats = demo_services.plan.challenges.stats()
    assert sum(r.total for r in data.by_category) == sum(r.total for r in data.by_entity) == stats.total
    assert {r.key: r.total for r in data.by_category} == {
        r.key: r.total for r in stats.by_category if r.total
    }
    by_entity = {r.key: (r.open, r.total) for r in data.by_entity}
    codes = {e.id: e.code for e in demo_services.entities.list()}
    expected = {codes.get(r.key, r.key): (r.open, r.total) for r in stats.by_entity if r.total}
    assert by_entity == expected
    assert len(data.support_requested) == stats.support_requested


def test_the_filter_keeps_only_the_challenges_of_the_selection(demo_services: Any, tmp_path: Path) -> None:
    f = RecommendationFilter(mechanism=("SP",))
    data = challenges_data(demo_services, f)
    every = demo_services.plan.challenges.list()
    assert 0 < len(data.challenges) < len(every)
    pdf = make(demo_services, tmp_path, "challenges", "en", filter=f)
    kept = {c.id for c in data.challenges}
    text = " ".join(tokens(pdf.all()))
    assert all(" ".join(tokens(c.description_en)) in text for c in every if c.id in kept)
    assert [
        c.description_en for c in every if c.id not in kept and " ".join(tokens(c.description_en)) in text
    ] == []


def test_a_challenge_that_needs_no_support_is_not_a_request(demo_services: Any, tmp_path: Path) -> None:
    """Issue 20 (4): "20 طلب دعم" counted six challenges that say no support is needed."""
    every = demo_services.plan.challenges.list()
    declined = [c for c in every if c.support_needed_ar.startswith("لا يلزم")]
    assert len(declined) == 6 and all(c.support_needed_en.startswith("No ") for c in declined)
    data = challenges_data(demo_services)
    assert len(data.support_requested) == 20 - 6
    assert not {c.id for c in declined} & {c.id for c in data.support_requested}
    assert demo_services.plan.challenges.stats().support_requested == 14  # the dashboard agrees
    pdf = make(demo_services, tmp_path, "challenges", "ar")
    assert "14 طلب دعم" in pdf.pages[2] or "طلب دعم 14" in pdf.pages[2]
    assert "لا يلزم دعم" not in pdf.all()
