"""Challenges: validation, drill-down, and the analysis compared with counts made directly in SQL."""

from __future__ import annotations

from collections import Counter

import pytest

from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.dto.plan import ChallengeFilter, ChallengeInput
from tests.raw_db import Raw


def raw(services) -> Raw:
    return Raw(services)


def expected_by_entity(db: Raw) -> Counter:
    """The entity each challenge counts under, written independently of the service."""
    rows = db.execute("""
        select c.status,
               case when c.entity_id is not null then c.entity_id
                    when a.lead_entity_id is not null then a.lead_entity_id
                    when r1.lead_entity_id is not null then r1.lead_entity_id
                    when r2.lead_entity_id is not null then r2.lead_entity_id
                    else k.lead_entity_id end
        from challenges c
        left join actions a on a.id = c.action_id
        left join recommendations r1 on r1.id = c.recommendation_id
        left join recommendations r2 on r2.id = a.recommendation_id
        left join clusters k on k.id = a.cluster_id""").fetchall()
    return Counter((entity or "none", status) for status, entity in rows)


def expected_by_theme(db: Raw) -> Counter:
    pairs = set()
    for challenge_id, status, rec_id, action_id in db.execute(
        "select id, status, recommendation_id, action_id from challenges"
    ):
        recs = {rec_id} if rec_id else set()
        if action_id:
            own, cluster = db.execute(
                "select recommendation_id, cluster_id from actions where id=?", (action_id,)
            ).fetchone()
            recs |= {own} if own else set()
            if cluster:
                recs |= {
                    r for (r,) in db.execute("select id from recommendations where cluster_id=?", (cluster,))
                }
        for rec in recs:
            for (theme,) in db.execute(
                "select theme_key from recommendation_themes where recommendation_id=?", (rec,)
            ):
                pairs.add((challenge_id, status, theme))
    return Counter((theme, status) for _c, status, theme in pairs)


def as_counter(rows) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        for status in ("open", "being_addressed", "resolved"):
            if getattr(row, status):
                counts[(row.key, status)] = getattr(row, status)
        assert row.total == row.open + row.being_addressed + row.resolved
    return counts


def test_stats_match_sql_on_the_demo(demo_services) -> None:
    s = demo_services
    stats = s.plan.challenges.stats()
    db = raw(s)
    assert stats.total == db.execute("select count(*) from challenges").fetchone()[0] > 0
    assert stats.by_status == {
        status: db.execute("select count(*) from challenges where status=?", (status,)).fetchone()[0]
        for status in ("open", "being_addressed", "resolved")
    }
    by_category = Counter(
        {
            (c, st): n
            for c, st, n in db.execute(
                "select category, status, count(*) from challenges group by category, status"
            )
        }
    )
    assert as_counter(stats.by_category) == by_category
    assert len(stats.by_category) == 8  # every category, even with no challenge
    assert as_counter(stats.by_entity) == expected_by_entity(db)
    assert sum(r.total for r in stats.by_entity) == stats.total  # each counted once
    assert as_counter(stats.by_theme) == expected_by_theme(db)
    # A field saying that no support is needed is not a request (issue 20): 14 of the 20.
    from nrtd_desktop.domain.support import asks_for_support

    texts = db.execute("select support_needed_ar, support_needed_en from challenges").fetchall()
    assert stats.support_requested == sum(1 for ar, en in texts if asks_for_support(ar, en)) == 14


def test_tables_put_open_first(demo_services) -> None:
    stats = demo_services.plan.challenges.stats()
    for rows in (stats.by_category, stats.by_entity, stats.by_theme):
        opens = [r.open for r in rows]
        assert opens == sorted(opens, reverse=True)
    listed = [c.status for c in demo_services.plan.challenges.list()]
    rank = {"open": 0, "being_addressed": 1, "resolved": 2}
    assert [rank[x] for x in listed] == sorted(rank[x] for x in listed)


def test_drill_down_lists_exactly_the_counted_records(demo_services) -> None:
    s = demo_services
    stats = s.plan.challenges.stats()
    for row in stats.by_category:
        assert len(s.plan.challenges.list(ChallengeFilter(category=row.key))) == row.total
    for row in stats.by_entity:
        found = s.plan.challenges.list(ChallengeFilter(entity=row.key))
        assert len(found) == row.total, row.name_en
        assert sum(c.status == "open" for c in found) == row.open
    for row in stats.by_theme:
        assert len(s.plan.challenges.list(ChallengeFilter(theme=row.key, status="open"))) == row.open


def test_a_challenge_must_be_attached_and_described(small_plan) -> None:
    s = small_plan.services
    with pytest.raises(ValidationError) as error:
        s.plan.challenges.create(ChallengeInput(description_ar="نقص الكوادر المؤهلة"))
    assert error.value.key == "challenge.attachment_required"
    with pytest.raises(ValidationError) as error:
        s.plan.challenges.create(ChallengeInput(entity="MOJ"))
    assert error.value.field == "description"
    with pytest.raises(ValidationError):
        s.plan.challenges.create(ChallengeInput(description_ar="x", entity="MOJ", category="weather"))
    made = s.plan.challenges.create(
        ChallengeInput(
            category="financial",
            description_ar="نقص التمويل",
            mitigation_ar="طلب اعتماد إضافي",
            support_needed_ar="تعاون فني مع المفوضية",
            recommendation_id=small_plan.rec_a,
        )
    )
    assert (made.category, made.status, made.recommendation_reference) == ("financial", "open", "UPR-3-122.1")
    assert made.reported_on == s.context.today()
    s.plan.challenges.update(made.id, {"status": "resolved"})
    stats = s.plan.challenges.stats()
    assert stats.by_status == {"open": 0, "being_addressed": 0, "resolved": 1}
    assert [(r.key, r.resolved) for r in stats.by_entity] == [(s.entities.get("MOJ").id, 1)]
