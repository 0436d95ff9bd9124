"""The national action plan read back from the PDF, on the demo database."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.services.report_data import plan_data
from tests.reports.report_checks import (
    check_fonts_embedded,
    check_pages,
    has_images,
    in_logical_order,
    make,
    missing_phrases,
    raw_text,
)
from tests.reports.test_report_pdf import page_words


def test_arabic_plan_prints_every_recommendation_action_and_entity(
    demo_services: Any, tmp_path: Path
) -> None:
    pdf = make(demo_services, tmp_path, "plan", "ar")
    rows = demo_services.recommendations.list(limit=None)
    assert len(rows) == 61
    text = pdf.all()
    assert [r.reference for r in rows if r.reference not in text] == []
    assert missing_phrases(pdf, [r.text_ar for r in rows]) == []
    titles = [a.title_ar for r in rows for a in demo_services.plan.actions("recommendation", r.id)]
    clusters = demo_services.clusters.list()
    cluster_titles = [a.title_ar for c in clusters for a in demo_services.plan.actions("cluster", c.id)]
    assert len(titles) + len(cluster_titles) == 59
    assert missing_phrases(pdf, titles + cluster_titles) == []
    leads = {r.lead_entity for r in rows if r.lead_entity}
    names = [e.name_ar for e in demo_services.entities.list() if e.code in leads]
    assert names and missing_phrases(pdf, names) == []
    assert missing_phrases(pdf, [c.name_ar for c in clusters]) == []
    assert "الخطة الوطنية لتنفيذ التوصيات" in pdf.pages[0] and "جمادى الآخرة" in pdf.pages[0]
    check_pages(pdf, "ar")
    check_fonts_embedded(pdf.path)


def test_a_cluster_action_is_printed_once_per_cluster(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "plan", "ar")
    cluster = next(c for c in demo_services.clusters.list() if demo_services.plan.actions("cluster", c.id))
    action = demo_services.plan.actions("cluster", cluster.id)[0]
    assert cluster.recommendation_count > 1
    # Its first words come back once, not once per recommendation of the cluster.
    head = " ".join(action.title_ar.split()[:3])
    assert pdf.all().count(head) == 1
    data = plan_data(demo_services)
    group = next(g for g in data.groups if g.key == cluster.id)
    assert [a.id for a in group.cluster_actions] == [
        a.id for a in demo_services.plan.actions("cluster", cluster.id)
    ]
    assert all(action.id not in {a.id for a in item.actions} for item in group.items)


def test_plan_tables_are_landscape_and_run_right_to_left(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "plan", "ar")
    reader = pypdf.PdfReader(pdf.path)
    table_page = next(i for i, t in enumerate(pdf.pages) if "UPR-3-122.3 " in t)
    box = reader.pages[table_page].mediabox
    assert float(box.width) > float(box.height)
    words = page_words(pdf.path, table_page + 1)
    x = {}
    for header in ("التوصية", "الإجراءات", "المؤشرات", "الحالة"):
        x[header] = max(wx for word, wx, _ in words if word == header)
    assert x["التوصية"] > x["الإجراءات"] > x["المؤشرات"] > x["الحالة"]


def test_plan_by_theme_groups_under_theme_names(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "plan", "ar", group_by="theme")
    data = plan_data(demo_services, group_by="theme")
    assert len(data.groups) > 5
    assert missing_phrases(pdf, [g.name_ar for g in data.groups]) == []
    # A recommendation with two themes is listed under both.
    rows = demo_services.recommendations.list(limit=None)
    double = next(r for r in rows if len(r.themes) >= 2)
    assert pdf.all().count(double.reference + " ") >= 2
    outline = [item.title for item in pypdf.PdfReader(pdf.path).outline if not isinstance(item, list)]
    assert [g.name_ar for g in data.groups] == [t for t in outline if t in {g.name_ar for g in data.groups}]


def test_the_filter_really_filters(demo_services: Any, tmp_path: Path) -> None:
    f = RecommendationFilter(mechanism=("TB",))
    pdf = make(demo_services, tmp_path, "plan", "en", filter=f)
    inside = demo_services.recommendations.list(f, limit=None)
    outside = [r for r in demo_services.recommendations.list(limit=None) if r.mechanism != "TB"]
    text = pdf.all()
    assert inside and all(r.reference in text for r in inside)
    assert [r.reference for r in outside if re.search(rf"{re.escape(r.reference)}\b", text)] == []
    assert "Mechanism: Treaty bodies" in text  # the scope is printed
    check_pages(pdf, "en")


def test_markup_in_a_recommendation_prints_literally(demo_services: Any, tmp_path: Path) -> None:
    text_en = "Strengthen <b>protection</b> & ensure <font size='40'>rights</font> < 5"
    text_ar = "تعزيز <b>الحماية</b> & ضمان <font color='red'>الحقوق</font> للجميع"
    created = demo_services.recommendations.create(
        RecommendationInput(
            reference="UPR-4-99.1", body="UPR", cycle=4, text_ar=text_ar, text_en=text_en, lead_entity="MOJ"
        )
    )
    only = RecommendationFilter(ids=(created.id,))
    english = make(demo_services, tmp_path, "plan", "en", filter=only)
    assert text_en in english.all()
    assert text_en in " ".join(raw_text(english.path).split())  # drawn exactly so, left to right
    arabic = make(demo_services, tmp_path, "plan", "ar", filter=only)
    raw = raw_text(arabic.path)
    assert "font color='red" in raw and "&" in raw  # the tags were printed, not obeyed
    assert in_logical_order(arabic.all(), "تعزيز الحماية ضمان الحقوق للجميع")
    assert not has_images(arabic.path) and not has_images(english.path)


def test_unknown_cluster_in_the_filter_is_an_error(demo_services: Any, tmp_path: Path) -> None:
    with pytest.raises(NrtdError) as error:
        make(demo_services, tmp_path, "plan", "ar", filter=RecommendationFilter(cluster=("no such cluster",)))
    assert "no such cluster" in error.value.text("en")
    assert not (tmp_path / "plan-ar.pdf").exists()


def test_arabic_words_of_a_cell_run_right_to_left(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "plan", "ar")
    row = next(r for r in demo_services.recommendations.list(limit=None) if r.reference == "UPR-3-122.3")
    page = next(i for i, t in enumerate(pdf.pages) if "UPR-3-122.3 " in t) + 1
    first, second, third = row.text_ar.split()[:3]
    words = page_words(pdf.path, page)
    x_first, y_first = next((x, y) for w, x, y in words if w == first)
    line = {w: x for w, x, y in words if abs(y - y_first) < 1}  # the words of that printed line
    assert x_first > line[second] > line[third]
