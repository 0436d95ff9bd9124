"""Accepted and rejected suggestions (issue 23) are decisions about a record: packages carry them."""

from __future__ import annotations

from nrtd_desktop.dto.register import RecommendationFilter
from tests.exchange.conftest import MEMBER_ENTITY, Laptop


def test_a_members_accepted_and_rejected_suggestions_reach_the_coordinator(coordinator: Laptop,
                                                                           member: Laptop) -> None:
    mine = member.services.recommendations.ids(RecommendationFilter(entity=(MEMBER_ENTITY,)))
    by_record: dict[str, list] = {}
    for suggestion in member.services.suggestions.suggest(mine, min_confidence=0.3):
        by_record.setdefault(suggestion.record_id, []).append(suggestion)
    rec_id, found = next((r, f) for r, f in sorted(by_record.items()) if len(f) >= 2)
    accepted, rejected = found[0], found[1]
    member.services.suggestions.accept([accepted])
    member.services.suggestions.reject([rejected])
    package = member.export("from-moj-suggestions.nrtdpkg", since_last=True)
    review = coordinator.review(package)
    changed = next(i for i in review.plan.items if i.kind == "changed")
    assert "rejected_suggestions" in changed.take
    coordinator.services.exchange.apply(review)
    assert coordinator.get("recommendations", rec_id) == member.get("recommendations", rec_id)
    # the coordinator's laptop no longer offers either of them
    again = coordinator.services.suggestions.suggest([rec_id], min_confidence=0.3)
    offered = {(s.vocabulary, s.key) for s in again}
    assert (accepted.vocabulary, accepted.key) not in offered
    assert (rejected.vocabulary, rejected.key) not in offered
    entries = coordinator.history(rec_id, "rejected_suggestions")
    assert entries and entries[-1].origin == "package"
