"""The status roll-up and "overdue", with today fixed at 2026-11-29 (tests/conftest.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.rollup import ActionFacts, is_overdue, rollup_status
from nrtd_desktop.dto.plan import ProgressInput
from nrtd_desktop.dto.register import RecommendationFilter
from tests.conftest import TODAY
from tests.plan.conftest import action


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((), None),
        (("cancelled",), "not_started"),
        (("not_started", "not_started"), "not_started"),
        (("not_started", "in_progress"), "in_progress"),
        (("completed", "not_started"), "partially_implemented"),
        (("completed", "in_progress", "cancelled"), "partially_implemented"),
        (("completed", "cancelled"), "implemented"),
        (("completed", "completed"), "implemented"),
    ],
)
def test_rollup_rule(statuses: tuple[str, ...], expected: str | None) -> None:
    result = rollup_status(ActionFacts(s) for s in statuses)
    assert (None if result is None else str(result)) == expected


def test_reported_progress_counts_as_started() -> None:
    assert rollup_status([ActionFacts("not_started", latest_percent=0)]) == "not_started"
    assert rollup_status([ActionFacts("not_started", latest_percent=20)]) == "in_progress"


def test_overdue_is_strictly_after_the_end_day_and_only_for_unfinished_actions() -> None:
    assert not is_overdue("in_progress", TODAY, TODAY)
    assert is_overdue("in_progress", TODAY - timedelta(days=1), TODAY)
    assert is_overdue("not_started", date(2025, 1, 1), TODAY)
    assert not is_overdue("completed", date(2025, 1, 1), TODAY)
    assert not is_overdue("cancelled", date(2025, 1, 1), TODAY)
    assert not is_overdue("in_progress", None, TODAY)


def test_status_follows_the_actions_as_they_change(small_plan) -> None:
    s, rec = small_plan.services, small_plan.rec_a
    status = lambda: s.recommendations.get(rec).status  # noqa: E731
    assert status() == "not_started"
    first = s.plan.create_action("recommendation", rec, action("صياغة مشروع النظام"))
    second = s.plan.create_action("recommendation", rec, action("اعتماد النظام"))
    assert status() == "not_started"
    s.plan.update_action(first.id, {"status": "in_progress"})
    assert status() == "in_progress"
    s.plan.update_action(first.id, {"status": "completed"})
    assert status() == "partially_implemented"
    s.plan.update_action(second.id, {"status": "cancelled"})
    assert status() == "implemented"
    s.plan.update_action(second.id, {"status": "not_started"})
    assert status() == "partially_implemented"
    s.plan.delete_action(second.id)
    assert status() == "implemented"


def test_progress_with_a_percentage_starts_the_recommendation(small_plan) -> None:
    s, rec = small_plan.services, small_plan.rec_a
    first = s.plan.create_action("recommendation", rec, action("حملة توعية"))
    update = s.plan.add_progress(first.id, ProgressInput(narrative_ar="بدأ التنفيذ", percent=30))
    assert s.recommendations.get(rec).status == "in_progress"
    s.plan.delete_progress(update.id)
    assert s.recommendations.get(rec).status == "not_started"


def test_cluster_actions_feed_every_recommendation_of_the_cluster(small_plan) -> None:
    s = small_plan.services
    shared = s.plan.create_action("cluster", small_plan.cluster, action("برنامج وطني", status="completed"))
    assert s.recommendations.get(small_plan.rec_b).status == "implemented"
    assert s.recommendations.get(small_plan.rec_c).status == "implemented"
    assert s.recommendations.get(small_plan.rec_a).status == "not_started"  # not in the cluster
    s.plan.create_action("recommendation", small_plan.rec_c, action("إجراء خاص", status="in_progress"))
    assert s.recommendations.get(small_plan.rec_c).status == "partially_implemented"
    assert s.recommendations.get(small_plan.rec_b).status == "implemented"
    view = s.plan.plan("recommendation", small_plan.rec_c)
    assert [a.id for a in view.cluster_actions] == [shared.id]
    assert view.rolled_up == "partially_implemented"


def test_override_with_a_reason_holds_until_cleared(small_plan) -> None:
    s, rec = small_plan.services, small_plan.rec_a
    first = s.plan.create_action("recommendation", rec, action("إجراء", status="in_progress"))
    with pytest.raises(ValidationError) as error:
        s.plan.override_status(rec, "implemented", "  ")
    assert error.value.field == "reason"
    view = s.plan.override_status(rec, "implemented", "Confirmed by the Council of Ministers decision")
    assert (view.status, view.status_overridden, view.rolled_up) == ("implemented", True, "in_progress")
    s.plan.update_action(first.id, {"status": "not_started"})
    assert s.recommendations.get(rec).status == "implemented"  # the roll-up leaves it alone
    assert s.plan.rollup() == []
    view = s.plan.clear_override(rec)
    assert (view.status, view.status_overridden, view.override_reason) == ("not_started", False, None)


def test_bulk_rollup_reports_then_applies(small_plan) -> None:
    s = small_plan.services
    s.plan.create_action("recommendation", small_plan.rec_a, action("إجراء", status="completed"))
    # A status out of step with the actions, as a database from before the roll-up holds it
    # (a status typed in the register is an override, which the roll-up leaves alone).
    with s.context.engine.begin() as connection:
        connection.execute(text("UPDATE recommendations SET status = 'not_started' WHERE id = :id"),
                           {"id": small_plan.rec_a})
    s.recommendations.update(small_plan.rec_b, {"status": "implemented"})  # no action: nothing to derive
    preview = s.plan.rollup(dry_run=True)
    assert [(c.reference, c.old_status, c.new_status) for c in preview] == [
        ("UPR-3-122.1", "not_started", "implemented")
    ]
    assert s.recommendations.get(small_plan.rec_a).status == "not_started"
    assert s.plan.rollup() == preview
    assert s.recommendations.get(small_plan.rec_a).status == "implemented"
    assert s.recommendations.get(small_plan.rec_b).status == "implemented"


def test_overdue_uses_the_injected_today(small_plan) -> None:
    s, rec = small_plan.services, small_plan.rec_a
    late = s.plan.create_action("recommendation", rec, action("متأخر", date(2026, 1, 1), date(2026, 11, 28)))
    on_time = s.plan.create_action("recommendation", rec, action("في الموعد", date(2026, 1, 1), TODAY))
    assert (late.overdue, on_time.overdue) == (True, False)
    assert s.plan.plan("recommendation", rec).overdue
    s.plan.update_action(late.id, {"status": "completed"})
    assert not s.plan.plan("recommendation", rec).overdue


def test_plan_overdue_agrees_with_the_register_filter(demo_services) -> None:
    s = demo_services
    flagged = set(s.recommendations.ids(RecommendationFilter(overdue=True)))
    assert flagged, "the demo plan has overdue actions on 2026-11-29"
    for row in s.recommendations.list(limit=None):
        assert s.plan.plan("recommendation", row.id).overdue == (row.id in flagged), row.reference
