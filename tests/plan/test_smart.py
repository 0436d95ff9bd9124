"""The SMART check: which property is missing, and why, in both languages."""

from __future__ import annotations

from datetime import date

from nrtd_desktop.domain.smart import IndicatorFacts, check_smart
from nrtd_desktop.dto.plan import IndicatorInput
from tests.plan.conftest import action

COMPLETE = IndicatorFacts(
    name_ar="عدد القضاة المدربين على معايير المحاكمة العادلة",
    indicator_type="outcome",
    baseline="120",
    target="400",
    unit="قاضٍ",
    data_source="وزارة العدل",
    due_date=date(2027, 12, 31),
    responsible_entity=True,
)


def test_a_complete_indicator_is_smart() -> None:
    check = check_smart(COMPLETE)
    assert check.is_smart and check.missing == ()
    assert check.summary("en") == "SMART"


def test_each_gap_names_its_property_and_reason() -> None:
    from dataclasses import replace

    cases = {
        "specific": replace(COMPLETE, name_ar="نسبة", name_en=""),
        "measurable": replace(COMPLETE, baseline=""),
        "assignable": replace(COMPLETE, responsible_entity=False),
        "relevant": replace(COMPLETE, attached=False),
        "time_bound": replace(COMPLETE, due_date=None),
    }
    for prop, facts in cases.items():
        check = check_smart(facts)
        assert check.missing == (prop,), prop
        assert check.problems[0].text("ar") and check.problems[0].text("en")


def test_structural_indicators_need_no_unit_or_baseline() -> None:
    from dataclasses import replace

    law = replace(
        COMPLETE,
        name_ar="اعتماد نظام الحماية من الإيذاء",
        indicator_type="structural",
        baseline="",
        unit="",
        target="معتمد",
    )
    assert check_smart(law).is_smart
    assert check_smart(replace(law, indicator_type="process")).missing == ("measurable",)


def test_summary_lists_the_missing_in_order() -> None:
    check = check_smart(IndicatorFacts(name_en="Rate", indicator_type="process"))
    assert check.missing == ("specific", "measurable", "assignable", "time_bound")
    assert check.summary("en") == "Missing: Specific, Measurable, Assignable, Time-bound"
    assert check.summary("ar") == "ينقصه: محدد، قابل للقياس، محدد المسؤولية، محدد زمنياً"


def test_service_inherits_the_lead_entity_and_the_end_date_of_the_action(small_plan) -> None:
    s = small_plan.services
    act = s.plan.create_action(
        "recommendation",
        small_plan.rec_b,
        action("برنامج تدريبي للقضاة", date(2026, 1, 1), date(2027, 6, 30)),
    )
    data = IndicatorInput(
        indicator_type="process",
        name_ar="عدد القضاة المدربين سنوياً",
        baseline="0",
        target="300",
        unit="قاضٍ",
        data_source="مركز التدريب العدلي",
    )
    created = s.plan.create_indicator(data, action_id=act.id)
    # rec_b and its cluster have no lead entity: nobody answers for the indicator yet.
    assert created.smart.missing == ("assignable",)
    s.plan.update_action(act.id, {"lead_entity": "MOJ"})
    assert s.plan.get_indicator(created.id).smart.is_smart
    s.plan.update_action(act.id, {"end_date": None})
    assert s.plan.get_indicator(created.id).smart.missing == ("time_bound",)
    s.plan.update_indicator(created.id, {"due_date": date(2027, 12, 31)})
    assert s.plan.get_indicator(created.id).smart.is_smart


def test_live_check_writes_nothing(small_plan) -> None:
    s = small_plan.services
    check = s.plan.smart_check(IndicatorInput(name_ar="مؤشر"), recommendation_id=small_plan.rec_a)
    assert "specific" in check.missing and "assignable" not in check.missing  # rec_a's lead is MOJ
    assert s.plan.indicators(recommendation_id=small_plan.rec_a) == []
    assert s.stats().indicators == 0
