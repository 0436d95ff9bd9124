"""Plan health lists and the timeline's data, checked against the demo database directly."""

from __future__ import annotations

from datetime import date, timedelta

from nrtd_desktop.dto.plan import IndicatorInput, ProgressInput
from tests.conftest import TODAY
from tests.plan.conftest import action
from tests.raw_db import Raw


def raw(services) -> Raw:
    return Raw(services)


def ids(found) -> set[str]:
    return {item.id for item in found.items}


def test_health_lists_match_the_database(demo_services) -> None:
    s = demo_services
    health = s.plan.health(limit=None)
    db = raw(s)
    today = TODAY.isoformat()
    actions = db.execute(
        "select id, recommendation_id, cluster_id, start_date, end_date, status from actions"
    ).fetchall()
    with_indicator = {
        a for (a,) in db.execute("select action_id from indicators where action_id is not null")
    }
    assert ids(health.lists["action_no_indicator"]) == {a[0] for a in actions if a[0] not in with_indicator}
    assert ids(health.lists["action_no_dates"]) == {a[0] for a in actions if not a[3] or not a[4]}
    overdue = {a[0] for a in actions if a[4] and str(a[4]) < today and a[5] not in ("completed", "cancelled")}
    assert ids(health.lists["overdue_actions"]) == overdue and overdue
    ends = [item.when for item in health.lists["overdue_actions"].items]
    assert ends == sorted(ends)
    recs = db.execute(
        "select r.id, r.lead_entity_id, r.cluster_id, r.position, k.lead_entity_id "
        "from recommendations r left join clusters k on k.id = r.cluster_id"
    ).fetchall()
    planned_recs = {a[1] for a in actions if a[1]}
    planned_clusters = {a[2] for a in actions if a[2]}
    assert ids(health.lists["no_lead_entity"]) == {r[0] for r in recs if not r[1] and not r[4]}
    assert ids(health.lists["no_action"]) == {
        r[0] for r in recs if r[0] not in planned_recs and r[2] not in planned_clusters and r[3] != "noted"
    }
    for key, found in health.lists.items():
        assert found.count == len(found.items), key


def test_limit_cuts_the_items_not_the_count(demo_services) -> None:
    full = demo_services.plan.health(limit=None).lists["action_no_indicator"]
    cut = demo_services.plan.health(limit=2).lists["action_no_indicator"]
    assert full.count > 2 and cut.count == full.count and len(cut.items) == 2


def test_stale_indicators_follow_the_number_of_days(small_plan) -> None:
    s = small_plan.services
    act = s.plan.create_action(
        "recommendation", small_plan.rec_a, action("إجراء", date(2026, 1, 1), date(2027, 1, 1))
    )
    indicator = s.plan.create_indicator(
        IndicatorInput(name_ar="عدد المستفيدين من البرنامج"), action_id=act.id
    )
    assert ids(s.plan.health().lists["stale_indicators"]) == {indicator.id}  # never reported
    s.plan.add_progress(act.id, ProgressInput(reported_on=TODAY - timedelta(days=40), narrative_ar="تقدم"))
    assert ids(s.plan.health(stale_days=90).lists["stale_indicators"]) == set()
    stale = s.plan.health(stale_days=30).lists["stale_indicators"]
    assert ids(stale) == {indicator.id}
    assert stale.items[0].when == TODAY - timedelta(days=40)
    s.plan.update_action(act.id, {"status": "completed"})  # a finished action needs no more reports
    assert ids(s.plan.health(stale_days=30).lists["stale_indicators"]) == set()


def test_timeline_scopes(small_plan) -> None:
    s = small_plan.services
    own = s.plan.create_action(
        "recommendation",
        small_plan.rec_b,
        action("خاص", date(2026, 3, 1), date(2026, 6, 30), lead_entity="MOJ"),
    )
    shared = s.plan.create_action(
        "cluster",
        small_plan.cluster,
        action("مشترك", date(2026, 1, 1), date(2026, 10, 31), partner_entities=("MOJ",)),
    )
    other = s.plan.create_action(
        "recommendation",
        small_plan.rec_a,
        action("آخر", date(2027, 1, 1), date(2027, 12, 31), lead_entity="MOE"),
    )
    s.plan.create_action("recommendation", small_plan.rec_a, action("بلا تاريخ"))
    whole = s.plan.timeline()
    assert [b.action_id for b in whole.bars] == [shared.id, own.id, other.id]  # by start date
    assert whole.undated == 1 and (whole.first, whole.last) == (date(2026, 1, 1), date(2027, 12, 31))
    assert [b.overdue for b in whole.bars] == [True, True, False]  # 2026-11-29 is past two end dates
    assert {b.action_id for b in s.plan.timeline(cluster="Violence against women").bars} == {
        own.id,
        shared.id,
    }
    assert {b.action_id for b in s.plan.timeline(entity="MOJ").bars} == {own.id, shared.id}
    assert {b.action_id for b in s.plan.timeline(recommendation="UPR-3-122.3").bars} == {shared.id}
