"""The entity sheet read back from the PDF: what one ministry leads or supports, by deadline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.dto.figures import ActionFilter
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services.report_data import entity_data
from tests.reports.report_checks import check_fonts_embedded, check_pages, make, missing_phrases, tokens


def _involves(action: Any, code: str) -> bool:
    return any(e is not None and e.code == code for e in (action.lead_entity, *action.partner_entities))


def test_arabic_entity_sheet(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "entity", "ar", entity="MOJ")
    every = demo_services.figures.actions(ActionFilter())
    mine = [a for a in every if _involves(a, "MOJ")]
    others = [a for a in every if not _involves(a, "MOJ")]
    assert mine and others
    assert missing_phrases(pdf, ["بطاقة الجهة: وزارة العدل"]) == [] and "بطاقة الجهة" in pdf.pages[0]
    assert missing_phrases(pdf, [a.title_ar for a in mine]) == []
    text_tokens = " ".join(tokens(pdf.all()))
    printed_others = [a.title_ar for a in others if " ".join(tokens(a.title_ar)) in text_tokens]
    assert printed_others == []
    leads = demo_services.recommendations.list(RecommendationFilter(lead_entity=("MOJ",)), limit=None)
    assert leads and all(r.reference in pdf.all() for r in leads)
    assert missing_phrases(pdf, [r.text_ar for r in leads]) == []
    check_pages(pdf, "ar")
    check_fonts_embedded(pdf.path)


def test_overdue_actions_come_first_then_the_others_by_deadline(demo_services: Any, tmp_path: Path) -> None:
    """Issue 20: the focal point's sheet starts with what is overdue."""
    data = entity_data(demo_services, "MOJ")
    overdue = [a.overdue for a in data.actions]
    assert overdue == sorted(overdue, reverse=True) and any(overdue) and not all(overdue)
    for group in (True, False):
        dated = [a.end_date for a in data.actions if a.end_date and a.overdue is group]
        assert dated == sorted(dated)
    pdf = make(demo_services, tmp_path, "entity", "ar", entity="MOJ")
    text = pdf.all()
    late = [a for a in data.actions if a.overdue]
    assert late
    today = demo_services.context.today()
    for action in late:
        assert f"متأخر {(today - action.end_date).days}" in text.replace("\u00a0", " "), action.title_ar
    position = 0  # printed in the same order: each action's title after the previous one
    for action in data.actions:
        head = " ".join(tokens(action.title_ar)[:4])
        found = " ".join(tokens(text)).find(head, position)
        assert found >= 0, action.title_ar
        position = found + 1
    # The Hijri date of a deadline is printed with it.
    assert "هـ" in text


def test_open_challenges_of_the_entity(demo_services: Any, tmp_path: Path) -> None:
    data = entity_data(demo_services, "MOJ")
    assert data.challenges and all(c.status in ("open", "being_addressed") for c in data.challenges)
    pdf = make(demo_services, tmp_path, "entity", "en", entity="MOJ")
    assert [c.description_en for c in data.challenges if c.description_en not in pdf.all()] == []
    assert "Entity sheet: Ministry of Justice" in pdf.pages[0]
    check_pages(pdf, "en")


def test_unknown_entity_is_one_sentence_and_no_file(demo_services: Any, tmp_path: Path) -> None:
    with pytest.raises(NrtdError) as error:
        make(demo_services, tmp_path, "entity", "ar", entity="NOPE")
    assert error.value.text("ar") == "لا توجد جهة رمزها أو اسمها «NOPE»."
    assert list(tmp_path.glob("*.pdf")) == []
