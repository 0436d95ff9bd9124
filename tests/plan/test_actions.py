"""Actions, indicators and progress updates through the plan service."""

from __future__ import annotations

from datetime import date

import pytest

from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.dto.plan import ChallengeInput, IndicatorInput, ProgressInput
from tests.plan.conftest import action
from tests.raw_db import Raw


def titles(services, kind: str, owner: str) -> list[str]:
    return [a.title_ar for a in services.plan.actions(kind, owner)]


def test_action_fields_round_trip(small_plan) -> None:
    s = small_plan.services
    created = s.plan.create_action(
        "recommendation",
        small_plan.rec_a,
        action(
            "تعديل نظام الإجراءات الجزائية",
            date(2026, 1, 1),
            date(2027, 6, 30),
            "in_progress",
            description_ar="وصف",
            lead_entity="MOJ",
            partner_entities=("HRC", "MOE"),
            budget="2 مليون ريال",
            expected_output_ar="مشروع نظام معتمد",
            expected_output_en="An adopted draft law",
        ),
    )
    again = s.plan.get_action(created.id)
    assert again.lead_entity.code == "MOJ"
    assert [e.code for e in again.partner_entities] == ["HRC", "MOE"]
    assert (again.start_date, again.end_date, again.status) == (
        date(2026, 1, 1),
        date(2027, 6, 30),
        "in_progress",
    )
    assert (again.budget, again.expected_output_en) == ("2 مليون ريال", "An adopted draft law")
    assert again.owner.kind == "recommendation" and again.owner.label_en == "UPR-3-122.1"


def test_end_before_start_is_refused_and_nothing_changes(small_plan) -> None:
    s = small_plan.services
    with pytest.raises(ValidationError) as error:
        s.plan.create_action(
            "recommendation", small_plan.rec_a, action("x", date(2026, 5, 1), date(2026, 4, 30))
        )
    assert error.value.field == "end_date"
    assert "before" in error.value.text("en") and "تاريخ" in error.value.text("ar")
    created = s.plan.create_action("recommendation", small_plan.rec_a, action("y", date(2026, 5, 1)))
    with pytest.raises(ValidationError):
        s.plan.update_action(created.id, {"end_date": date(2026, 1, 1), "title_ar": "تغيير"})
    assert s.plan.get_action(created.id).title_ar == "y"
    with pytest.raises(ValidationError) as error:
        s.plan.create_action("recommendation", small_plan.rec_a, action(""))
    assert error.value.field == "title"


def test_reorder_and_duplicate_keep_a_clean_order(small_plan) -> None:
    s, rec = small_plan.services, small_plan.rec_a
    ids = [s.plan.create_action("recommendation", rec, action(t)).id for t in ("أ", "ب", "ج")]
    s.plan.move_action(ids[2], -1)
    assert titles(s, "recommendation", rec) == ["أ", "ج", "ب"]
    s.plan.move_action(ids[0], +5)  # past the end: stays last
    assert titles(s, "recommendation", rec) == ["ج", "ب", "أ"]
    s.plan.create_indicator(IndicatorInput(name_ar="عدد الحالات المعالجة", target="100"), action_id=ids[1])
    s.plan.add_progress(ids[1], ProgressInput(narrative_ar="تقدم", percent=40))
    copy = s.plan.duplicate_action(ids[1])
    assert titles(s, "recommendation", rec) == ["ج", "ب", "ب (نسخة)", "أ"]
    assert [a.sort_order for a in s.plan.actions("recommendation", rec)] == [1, 2, 3, 4]
    assert [i.name_ar for i in s.plan.indicators(action_id=copy.id)] == ["عدد الحالات المعالجة"]
    assert s.plan.progress(copy.id) == []  # what happened to the original is not copied
    s.plan.reorder_actions("recommendation", rec, [ids[0], copy.id])
    assert titles(s, "recommendation", rec) == ["أ", "ب (نسخة)", "ج", "ب"]


def test_delete_then_restore_brings_back_the_same_records(small_plan, empty_services) -> None:
    s, rec = small_plan.services, small_plan.rec_a
    keep = s.plan.create_action("recommendation", rec, action("يبقى"))
    gone = s.plan.create_action(
        "recommendation", rec, action("يُحذف", status="completed", partner_entities=("HRC",))
    )
    indicator = s.plan.create_indicator(
        IndicatorInput(name_ar="نسبة الإنجاز في الخطة", target="100%"), action_id=gone.id
    )
    update = s.plan.add_progress(
        gone.id, ProgressInput(narrative_ar="اكتمل", percent=100, indicator_id=indicator.id)
    )
    only_here = s.plan.challenges.create(ChallengeInput(description_ar="نقص التمويل", action_id=gone.id))
    shared = s.plan.challenges.create(
        ChallengeInput(description_ar="ضعف التنسيق", action_id=gone.id, entity="MOE")
    )
    assert s.recommendations.get(rec).status == "partially_implemented"

    deleted = s.plan.delete_action(gone.id)
    assert titles(s, "recommendation", rec) == ["يبقى"]
    assert s.recommendations.get(rec).status == "not_started"
    assert s.plan.challenges.get(shared.id).action_id is None  # it still concerns MOE
    db = Raw(s)
    assert (
        db.execute(
            "select count(*) from tombstones where record_id in (?,?,?,?)",
            (gone.id, indicator.id, update.id, only_here.id),
        ).fetchone()[0]
        == 4
    )

    s.plan.restore(deleted)
    assert titles(s, "recommendation", rec) == ["يبقى", "يُحذف"]
    back = s.plan.get_action(gone.id)
    assert [e.code for e in back.partner_entities] == ["HRC"]
    assert [u.id for u in s.plan.progress(gone.id)] == [update.id]
    assert s.plan.progress(gone.id)[0].indicator_id == indicator.id
    assert s.plan.challenges.get(only_here.id).action_id == gone.id
    assert s.plan.challenges.get(shared.id).action_id == gone.id
    assert s.recommendations.get(rec).status == "partially_implemented"
    assert (
        db.execute(
            "select count(*) from tombstones where record_id in (?,?,?,?)",
            (gone.id, indicator.id, update.id, only_here.id),
        ).fetchone()[0]
        == 0
    )
    assert keep.id != gone.id


def test_progress_updates_newest_first_with_who_reported(small_plan) -> None:
    s = small_plan.services
    act = s.plan.create_action("recommendation", small_plan.rec_a, action("إجراء"))
    for day, percent in ((date(2026, 3, 1), 10), (date(2026, 9, 1), 60), (date(2026, 6, 1), 35)):
        s.plan.add_progress(
            act.id,
            ProgressInput(
                reported_on=day,
                narrative_ar=f"تقرير {percent}",
                percent=percent,
                evidence="خطاب رقم 12",
                entity="MOJ",
                reporter="أ. سارة",
            ),
        )
    updates = s.plan.progress(act.id)
    assert [u.reported_on for u in updates] == [date(2026, 9, 1), date(2026, 6, 1), date(2026, 3, 1)]
    assert (updates[0].entity.code, updates[0].reporter, updates[0].evidence) == (
        "MOJ",
        "أ. سارة",
        "خطاب رقم 12",
    )
    assert s.plan.get_action(act.id).latest_percent == 60
    undated = s.plan.add_progress(act.id, ProgressInput(narrative_ar="اليوم"))
    assert undated.reported_on == s.context.today()


@pytest.mark.parametrize("percent", [-1, 101, "كثير"])
def test_percent_must_be_0_to_100(small_plan, percent) -> None:
    s = small_plan.services
    act = s.plan.create_action("recommendation", small_plan.rec_a, action("إجراء"))
    with pytest.raises(ValidationError) as error:
        s.plan.add_progress(act.id, ProgressInput(narrative_ar="x", percent=percent))
    assert error.value.field == "percent"
    assert s.plan.progress(act.id) == []
