"""A recommendation deleted with its plan on one laptop while another edits it (issue 16, fault 2).

Before: the deletion reached the other laptop without its actions and progress (they had gone by a
database cascade, unrecorded); whichever side won, the laptops ended with different plans and no
later round brought them together. Now the deletion travels as one group, an edit of the record or
of any child is one conflict, and whichever side wins, both laptops end the same.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from nrtd_desktop.db.models import Action, ProgressUpdate, Recommendation
from nrtd_desktop.exchange.export import ExportRequest
from nrtd_desktop.exchange.plan import RECORD_FIELD
from tests.exchange.conftest import MEMBER_ENTITY, PASSPHRASE, Laptop


def plan_of(laptop: Laptop, reference: str) -> dict[str, Any]:
    """The recommendation's notes and the ids of its actions and progress updates (None if gone)."""
    with laptop.services.context.read() as session:
        record = session.scalar(select(Recommendation).where(Recommendation.reference == reference))
        if record is None:
            return {"present": False}
        actions = sorted(session.scalars(select(Action.id).where(Action.recommendation_id == record.id)))
        updates = sorted(session.scalars(
            select(ProgressUpdate.id).where(ProgressUpdate.action_id.in_(actions))))
        return {"present": True, "notes": record.notes, "actions": actions, "progress": updates}


def richest_of(laptop: Laptop, entity: str) -> tuple[str, str]:
    """(id, reference) of the entity's recommendation with the most progress reported."""
    with laptop.services.context.read() as session:
        best = max(
            session.execute(select(Recommendation.id, Recommendation.reference)
                            .where(Recommendation.lead_entity.has(code=entity))),
            key=lambda row: session.query(ProgressUpdate).join(Action, Action.id == ProgressUpdate.action_id)
            .filter(Action.recommendation_id == row[0]).count(),
        )
        return best[0], best[1]


def member_package(member: Laptop, name: str) -> Any:
    return member.export(name, since_last=True)


def coordinator_package(coordinator: Laptop, member: Laptop, name: str) -> Any:
    out = coordinator.folder / name
    coordinator.services.exchange.export(
        out, PASSPHRASE, ExportRequest(entity_codes=(MEMBER_ENTITY,), since_last=True), role="coordinator")
    return out


def settle(coordinator: Laptop, member: Laptop, choice: str, rounds: int = 3) -> None:
    for n in range(rounds):
        coordinator.import_(member_package(member, f"m{n}.nrtdpkg"), resolve=choice)
        member.import_(coordinator_package(coordinator, member, f"c{n}.nrtdpkg"))


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_coordinator_deletes_a_planned_recommendation_the_member_edits(
    coordinator: Laptop, member: Laptop, choice: str
) -> None:
    rec_id, reference = richest_of(coordinator, MEMBER_ENTITY)
    before = plan_of(coordinator, reference)
    assert before["actions"] and before["progress"]
    coordinator.services.recommendations.delete(rec_id)
    member.edit("recommendations", rec_id, notes="أحيل المشروع إلى مجلس الشورى")

    review = coordinator.review(member_package(member, "edit.nrtdpkg"))
    [conflict] = review.plan.conflicts
    assert conflict.record_id == rec_id and conflict.conflicts[0].field == RECORD_FIELD
    review.plan.resolve(conflict.key, RECORD_FIELD, choice)
    coordinator.services.exchange.apply(review)
    member.import_(coordinator_package(coordinator, member, "decision.nrtdpkg"))
    settle(coordinator, member, choice)

    assert plan_of(coordinator, reference) == plan_of(member, reference)
    if choice == "theirs":  # the member's edit wins: the recommendation is back with its whole plan
        assert plan_of(coordinator, reference) == {**before, "notes": "أحيل المشروع إلى مجلس الشورى"}
    else:
        assert plan_of(coordinator, reference) == {"present": False}


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_member_deletes_a_planned_recommendation_the_coordinator_edits(
    coordinator: Laptop, member: Laptop, choice: str
) -> None:
    rec_id, reference = richest_of(coordinator, MEMBER_ENTITY)
    before = plan_of(coordinator, reference)
    member.services.recommendations.delete(rec_id)
    coordinator.edit("recommendations", rec_id, notes="تُعرض على اللجنة")

    review = coordinator.review(member_package(member, "deleted.nrtdpkg"))
    [conflict] = review.plan.conflicts
    assert conflict.their_deletion and conflict.record_id == rec_id
    followers = {i.record_id for i in review.plan.items if i.follows == conflict.key}
    assert set(before["actions"]) | set(before["progress"]) <= followers  # one decision for all of it
    review.plan.resolve(conflict.key, RECORD_FIELD, choice)
    coordinator.services.exchange.apply(review)
    member.import_(coordinator_package(coordinator, member, "decision.nrtdpkg"))
    settle(coordinator, member, choice)

    assert plan_of(coordinator, reference) == plan_of(member, reference)
    if choice == "mine":  # the coordinator keeps it: the member gets it back whole
        assert plan_of(member, reference) == {**before, "notes": "تُعرض على اللجنة"}
    else:
        assert plan_of(member, reference) == {"present": False}


def test_two_coordinators_crossing_packages_converge(coordinator: Laptop, new_laptop: Any) -> None:
    """The fault as reported: A deletes a recommendation with 2 actions and 3 progress updates
    while B edits its notes; A→B and B→A cross, both taking the package's side (--resolve theirs)."""
    other = new_laptop("second", "HRC", "coordinator")
    whole = coordinator.folder / "whole.nrtdpkg"
    coordinator.services.exchange.export(
        whole, PASSPHRASE, ExportRequest(whole_plan=True), role="coordinator")
    other.import_(whole)
    coordinator.import_(other.export("b0.nrtdpkg", to_peer=coordinator.services.context.actor.site_id,
                                     whole_plan=True, since_last=True))
    rec = coordinator.services.recommendations.find("UPR-3-122.3")
    assert len(plan_of(coordinator, "UPR-3-122.3")["actions"]) == 2
    assert len(plan_of(coordinator, "UPR-3-122.3")["progress"]) == 3

    coordinator.services.recommendations.delete(rec.id)
    other.edit("recommendations", rec.id, notes="ملاحظة من الحاسوب الثاني")
    for n in range(4):
        a_to_b = coordinator.export(f"a{n + 1}.nrtdpkg", to_peer=other.services.context.actor.site_id,
                                    whole_plan=True, since_last=True)
        b_to_a = other.export(f"b{n + 1}.nrtdpkg", to_peer=coordinator.services.context.actor.site_id,
                              whole_plan=True, since_last=True)
        other.import_(a_to_b, resolve="theirs")
        coordinator.import_(b_to_a, resolve="theirs")
    assert coordinator.records() == other.records()
