"""Round trips between laptops: a new laptop starts from a package, members send their work back."""

from __future__ import annotations

from datetime import date
from typing import Any

from nrtd_desktop.db.models import Challenge, ProgressUpdate
from nrtd_desktop.dto.register import RecommendationFilter
from tests.exchange.conftest import MEMBER_ENTITY, Laptop


def _slice_ids(laptop: Laptop) -> dict[str, set[str]]:
    return {table: set(rows) for table, rows in laptop.records().items()}


def test_a_new_laptop_starts_from_the_coordinators_package(coordinator: Laptop, member: Laptop) -> None:
    mine = member.records()
    theirs = coordinator.records()
    moj = coordinator.entity_id(MEMBER_ENTITY)
    led = {i for i, c in theirs["recommendations"].items() if c["lead_entity_id"] == moj}
    supported = {i for i, c in theirs["recommendations"].items() if moj in c["supporting_entities"]}
    # Every recommendation the ministry leads or supports, and nothing of the slice altered.
    assert led | supported <= set(mine["recommendations"])
    assert len(mine["recommendations"]) < len(theirs["recommendations"])
    for table, rows in mine.items():
        for record_id, content in rows.items():
            assert theirs[table][record_id] == content, (table, record_id)
    assert len(mine["entities"]) == len(theirs["entities"])
    # It is a working database: the register lists and searches, the plan is there.
    reference = theirs["recommendations"][sorted(led)[0]]["reference"]
    assert member.services.recommendations.find(reference).id == sorted(led)[0]
    assert member.services.recommendations.count(RecommendationFilter(entity=(MEMBER_ENTITY,))) == len(
        led | supported
    )
    word = theirs["recommendations"][sorted(led)[0]]["text_ar"].split()[0]
    assert member.services.recommendations.count(RecommendationFilter(search=word)) >= 1
    assert mine["actions"] and mine["progress_updates"]


def test_member_work_comes_back_to_the_coordinator(coordinator: Laptop, member: Laptop) -> None:
    update_id = sorted(member.records()["progress_updates"])[0]
    update = member.get("progress_updates", update_id)
    action_id = update["action_id"]  # type: ignore[index]
    # The demo's ids are made anew each run, so the update chosen may already say 80%.
    percent = 81 if update["percent"] == 80 else 80  # type: ignore[index]
    member.edit("progress_updates", update_id, narrative_ar="اكتمل التدريب الثاني للقضاة", percent=percent)
    challenge_id = member.add(
        Challenge(
            action_id=action_id,
            entity_id=member.entity_id(MEMBER_ENTITY),
            category="financial",
            description_ar="نقص التمويل المخصص للتدريب",
        )
    )
    new_update = member.add(
        ProgressUpdate(
            action_id=action_id, reported_on=date(2026, 11, 20), narrative_ar="عُقدت ورشة عمل", percent=85
        )
    )
    package = member.export("from-moj-1.nrtdpkg", since_last=True)

    review = coordinator.review(package)
    counts = review.plan.counts()
    assert (counts["new"], counts["changed"], counts["conflicts"], counts["deleted"]) == (2, 1, 0, 0)
    changed = next(i for i in review.plan.items if i.kind == "changed")
    assert sorted(changed.take) == ["narrative_ar", "percent"]
    coordinator.services.exchange.apply(review)

    for table, record_id in (
        ("progress_updates", update_id),
        ("challenges", challenge_id),
        ("progress_updates", new_update),
    ):
        assert coordinator.get(table, record_id) == member.get(table, record_id)
    entries = coordinator.history(update_id, "percent")
    assert entries[-1].origin == "package" and entries[-1].new_value == str(percent)
    # Nothing changed since: the next package from the member carries no record.
    again = member.export("from-moj-2.nrtdpkg", since_last=True)
    assert coordinator.review(again).plan.is_empty()


def test_the_coordinators_later_package_updates_the_member(coordinator: Laptop, member: Laptop) -> None:
    rec_id = coordinator.recommendation_led_by(MEMBER_ENTITY)
    coordinator.edit("recommendations", rec_id, priority="low", notes="أعيد تقييم الأولوية")
    coordinator.delete("progress_updates", _member_progress_without_children(member))
    package = coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    review = member.review(package)
    assert review.plan.counts()["changed"] == 1 and review.plan.counts()["deleted"] == 1
    assert not review.plan.warnings
    member.services.exchange.apply(review)
    coordinator_slice = coordinator.records()
    for table, rows in member.records().items():
        for record_id, content in rows.items():
            assert coordinator_slice[table][record_id] == content


def _member_progress_without_children(member: Laptop) -> str:
    return sorted(member.records()["progress_updates"])[-1]


def test_three_laptops_coordinator_merges_two_ministries(
    coordinator: Laptop, member: Laptop, new_laptop: Any
) -> None:
    other = new_laptop("hrsd", "HRSD")
    other.import_(coordinator.export("to-hrsd-1.nrtdpkg", entity_codes=("HRSD",)))
    moj_only = sorted(set(member.records()["progress_updates"]) - set(other.records()["progress_updates"]))[0]
    hrsd_only = sorted(set(other.records()["progress_updates"]) - set(member.records()["progress_updates"]))[
        0
    ]
    member.edit("progress_updates", moj_only, evidence="محضر الاجتماع رقم ٤")
    other.edit("progress_updates", hrsd_only, evidence="تقرير الوزارة السنوي")
    before = coordinator.records()
    coordinator.import_(member.export("moj.nrtdpkg", since_last=True))
    coordinator.import_(other.export("hrsd.nrtdpkg", since_last=True))
    after = coordinator.records()
    assert after["progress_updates"][moj_only]["evidence"] == "محضر الاجتماع رقم ٤"
    assert after["progress_updates"][hrsd_only]["evidence"] == "تقرير الوزارة السنوي"
    # Nothing lost: the same records, and only those two fields differ.
    assert {t: set(r) for t, r in after.items()} == {t: set(r) for t, r in before.items()}
    diffs = [(t, i) for t in after for i in after[t] if after[t][i] != before[t][i]]
    assert sorted(diffs) == sorted([("progress_updates", moj_only), ("progress_updates", hrsd_only)])


def test_what_the_sources_said_travels_with_the_recommendation(coordinator: Laptop, member: Laptop) -> None:
    """The State under review, the source keys and the labels still to map (issue 18) are part
    of the record: a package carries them like its themes."""
    from sqlalchemy import insert

    from nrtd_desktop.db.models import Recommendation, State, recommendation_labels, recommendation_sources

    rec = coordinator.recommendation_led_by(MEMBER_ENTITY)
    with coordinator.services.context.write() as session:
        session.get(Recommendation, rec).countries = [session.get(State, "SAU")]
        session.execute(insert(recommendation_sources), [
            {"source_format": "upr_info", "source_key": "s17-SAU-122.3", "recommendation_id": rec}])
        session.execute(insert(recommendation_labels), [
            {"recommendation_id": rec, "vocabulary": "group", "label": "Social workers"}])
    member.import_(coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,), since_last=True))
    got = member.get("recommendations", rec)
    assert got is not None
    assert got["countries"] == ["SAU"]
    assert ["upr_info", "s17-SAU-122.3"] in got["sources"]
    assert got["labels"] == [["group", "Social workers"]]
    assert got == coordinator.get("recommendations", rec)
