"""Concurrent edits: different fields merge, the same field is a conflict resolved field by field,
an edit against a deletion is a conflict; the losing value stays in the history."""

from __future__ import annotations

import pytest

from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.plan import RECORD_FIELD
from tests.exchange.conftest import MEMBER_ENTITY, Laptop


def _a_recommendation(coordinator: Laptop) -> str:
    return coordinator.recommendation_led_by(MEMBER_ENTITY)


def test_different_fields_changed_on_both_sides_merge(coordinator: Laptop, member: Laptop) -> None:
    rec = _a_recommendation(coordinator)
    coordinator.edit("recommendations", rec, notes="ملاحظة المنسق")
    member.edit("recommendations", rec, status="implemented", themes=[])
    member_themes_before = coordinator.get("recommendations", rec)["themes"]  # type: ignore[index]
    assert member_themes_before  # the demo recommendation has themes: the member removed them

    review = coordinator.review(member.export("moj.nrtdpkg", since_last=True))
    item = next(i for i in review.plan.items if i.record_id == rec)
    assert item.kind == "changed" and not item.conflicts
    assert sorted(item.take) == ["status", "themes"] and item.keep == ["notes"]
    coordinator.services.exchange.apply(review)
    merged = coordinator.get("recommendations", rec)
    assert merged["notes"] == "ملاحظة المنسق" and merged["status"] == "implemented" and merged["themes"] == []

    # The merge goes back: the member now has the coordinator's note too, with no conflict.
    back = member.review(coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    assert not back.plan.conflicts
    member.services.exchange.apply(back)
    assert member.get("recommendations", rec) == merged


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_the_same_field_is_a_conflict_and_the_loser_is_kept(
    coordinator: Laptop, member: Laptop, choice: str
) -> None:
    rec = _a_recommendation(coordinator)
    original = coordinator.get("recommendations", rec)["notes"]  # type: ignore[index]
    coordinator.edit("recommendations", rec, notes="رأي المنسق")
    member.edit("recommendations", rec, notes="رأي الوزارة", priority="high")

    review = coordinator.review(member.export("moj.nrtdpkg", since_last=True))
    [item] = review.plan.conflicts
    [conflict] = item.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.base) == (
        "notes",
        "رأي المنسق",
        "رأي الوزارة",
        original,
    )
    with pytest.raises(ExchangeError) as refused:
        coordinator.services.exchange.apply(review)
    assert refused.value.key == "exchange.unresolved"
    assert coordinator.get("recommendations", rec)["notes"] == "رأي المنسق"  # type: ignore[index]

    review.plan.resolve(item.key, "notes", choice)
    result = coordinator.services.exchange.apply(review)
    assert result.conflicts_resolved == 1
    winner, loser = ("رأي المنسق", "رأي الوزارة") if choice == "mine" else ("رأي الوزارة", "رأي المنسق")
    now = coordinator.get("recommendations", rec)
    assert now["notes"] == winner and now["priority"] == "high"  # type: ignore[index]
    kept = [e for e in coordinator.history(rec, "notes") if e.operation == "conflict"]
    assert [(e.origin, e.old_value, e.new_value) for e in kept] == [("package", loser, winner)]

    # The coordinator's decision reaches the member without a new conflict.
    back = member.review(coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    assert not back.plan.conflicts
    member.services.exchange.apply(back)
    assert member.get("recommendations", rec)["notes"] == winner  # type: ignore[index]


def test_member_cannot_resolve_and_its_value_goes_back_to_the_coordinator(
    coordinator: Laptop, member: Laptop
) -> None:
    rec = _a_recommendation(coordinator)
    coordinator.edit("recommendations", rec, notes="رأي المنسق", status="in_progress")
    member.edit("recommendations", rec, notes="رأي الوزارة")
    review = member.review(coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    [item] = review.plan.conflicts
    with pytest.raises(ExchangeError) as refused:
        review.plan.resolve(item.key, "notes", "theirs")
    assert "المنسّق" in refused.value.text("ar")
    assert any(w.key == "exchange.warn_deferred" for w in review.plan.warnings)
    result = member.services.exchange.apply(review)
    assert result.conflicts_deferred == 1
    kept = member.get("recommendations", rec)
    assert kept["notes"] == "رأي الوزارة" and kept["status"] == "in_progress"  # type: ignore[index]

    # The coordinator, not the member, decides: the conflict shows up on the coordinator's laptop.
    at_coordinator = coordinator.review(member.export("moj.nrtdpkg", since_last=True))
    [item] = at_coordinator.plan.conflicts
    assert [(c.field, c.mine, c.theirs) for c in item.conflicts] == [("notes", "رأي المنسق", "رأي الوزارة")]


def test_member_edit_against_coordinator_deletion(coordinator: Laptop, member: Laptop) -> None:
    challenge = sorted(member.records()["challenges"])[0]
    before = member.get("challenges", challenge)
    coordinator.delete("challenges", challenge)
    member.edit("challenges", challenge, mitigation_ar="طلب دعم من البرنامج الإنمائي")
    review = coordinator.review(member.export("moj.nrtdpkg", since_last=True))
    [item] = review.plan.conflicts
    assert item.my_deletion and item.conflicts[0].field == RECORD_FIELD
    review.plan.resolve(item.key, RECORD_FIELD, "theirs")
    coordinator.services.exchange.apply(review)
    restored = coordinator.get("challenges", challenge)
    assert restored == {**before, "mitigation_ar": "طلب دعم من البرنامج الإنمائي"}  # type: ignore[dict-item]
    assert [e.operation for e in coordinator.history(challenge, RECORD_FIELD)] == ["conflict"]
    # Restored, it is no longer a deletion to send.
    back = member.review(coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    assert back.plan.counts()["deleted"] == 0 and not back.plan.conflicts


def test_coordinator_edit_against_member_deletion_kept_goes_back(coordinator: Laptop, member: Laptop) -> None:
    update = sorted(member.records()["progress_updates"])[0]
    member.delete("progress_updates", update)
    coordinator.edit("progress_updates", update, evidence="صورة من المحضر")
    review = coordinator.review(member.export("moj.nrtdpkg", since_last=True))
    [item] = review.plan.conflicts
    assert item.their_deletion
    review.plan.resolve(item.key, RECORD_FIELD, "mine")
    coordinator.services.exchange.apply(review)
    assert coordinator.get("progress_updates", update)["evidence"] == "صورة من المحضر"  # type: ignore[index]
    # The coordinator kept it: the member gets it back (restored, not a new conflict).
    back = member.review(coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    assert [i.kind for i in back.plan.items if i.record_id == update] == ["restored"]
    member.services.exchange.apply(back)
    assert member.get("progress_updates", update) == coordinator.get("progress_updates", update)


def test_a_deletion_on_one_side_only_applies(coordinator: Laptop, member: Laptop) -> None:
    update = sorted(member.records()["progress_updates"])[1]
    member.delete("progress_updates", update)
    review = coordinator.review(member.export("moj.nrtdpkg", since_last=True))
    assert [(i.kind, i.record_id) for i in review.plan.items] == [("deleted", update)]
    coordinator.services.exchange.apply(review)
    assert coordinator.get("progress_updates", update) is None
    assert coordinator.history(update, "")[-1].operation == "delete"
