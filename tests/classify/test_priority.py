"""The priority score: weights move it as the rule says, overrides survive recompute."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.priority import CRITERIA, PriorityFacts, PriorityWeights, score

TODAY = date(2026, 6, 1)
FACTS = PriorityFacts(position="supported", action_category=3, follow_up=True, follow_up_due=date(2026, 8, 1),
                      mechanisms_repeating=1, judgement=None)


def only(criterion: str) -> PriorityWeights:
    return PriorityWeights({c: (1.0 if c == criterion else 0.0) for c in CRITERIA})


def test_a_single_weighted_criterion_gives_its_own_value() -> None:
    assert score(FACTS, only("position"), TODAY).score == 100.0  # supported
    assert score(FACTS, only("action_category"), TODAY).score == 50.0  # category 3 of 1-5
    assert score(FACTS, only("urgency"), TODAY).score == 100.0  # due in 61 days
    assert score(FACTS, only("repetition"), TODAY).score == pytest.approx(100 / 3, abs=0.01)


def test_raising_a_weight_pulls_the_score_towards_that_criterion() -> None:
    base = PriorityWeights()
    before = score(FACTS, base, TODAY).score
    category = score(FACTS, only("action_category"), TODAY).score
    heavier = score(FACTS, base.with_weight("action_category", 10), TODAY).score
    # The category's value (50) is below the overall score: weighing it more lowers the score.
    assert category < before
    assert category < heavier < before
    # Urgency is at its maximum: weighing it more raises the score.
    assert score(FACTS, base.with_weight("urgency", 10), TODAY).score > before


def test_criteria_that_do_not_apply_are_left_out_and_contributions_add_up() -> None:
    treaty_body = PriorityFacts(position=None, action_category=5, follow_up=False, follow_up_due=None,
                                mechanisms_repeating=0, judgement=4)
    result = score(treaty_body, PriorityWeights(), TODAY)
    parts = {p.criterion: p for p in result.parts}
    assert parts["position"].value is None and parts["position"].contribution == 0
    assert sum(p.contribution for p in result.parts) == pytest.approx(result.score, abs=0.05)
    weights = PriorityWeights()
    applying = weights.weight("action_category") + weights.weight("urgency") + weights.weight("repetition") \
        + weights.weight("judgement")
    expected = 100 * weights.weight("action_category") / applying
    assert parts["action_category"].contribution == pytest.approx(expected, abs=0.01)
    assert "does not apply" in result.explain("en")
    assert "لا ينطبق" in result.explain("ar")


def test_thresholds_map_the_score_to_a_level() -> None:
    weights = PriorityWeights(thresholds={"high": 70, "medium": 40})
    assert weights.level(70) == "high"
    assert weights.level(69.9) == "medium"
    assert weights.level(39.9) == "low"
    with pytest.raises(ValidationError):
        PriorityWeights(thresholds={"high": 30, "medium": 40})
    with pytest.raises(ValidationError):
        PriorityWeights({"position": 11})
    with pytest.raises(ValidationError):
        PriorityWeights({c: 0.0 for c in CRITERIA})


def test_weights_are_saved_in_the_database(committee) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.app import open_services

    committee.priority.set_weights({"urgency": 7.5}, {"high": 55})
    path = committee.context.engine.url.database
    reopened = open_services(Path(path))
    try:
        saved = reopened.priority.weights()
    finally:
        reopened.close()
    assert saved.weight("urgency") == 7.5
    assert saved.thresholds["high"] == 55
    assert saved.weight("position") == PriorityWeights().weight("position")
    with pytest.raises(ValidationError):
        committee.priority.set_weights({"beauty": 1})


def test_recompute_sets_scores_and_keeps_overrides(committee) -> None:  # type: ignore[no-untyped-def]
    first = committee.priority.recompute()
    assert first.records == committee.recommendations.count()
    explained = committee.priority.explain("UPR-2-138.5")
    assert committee.recommendations.find("UPR-2-138.5").priority == explained.computed.level

    with pytest.raises(ValidationError):
        committee.priority.override("UPR-2-138.5", "high", "  ")
    forced = "low" if explained.computed.level != "low" else "high"
    committee.priority.override("UPR-2-138.5", forced, "Already covered by the 2024 law")
    # Weigh everything differently and recompute: the override stays, its score still follows.
    committee.priority.set_weights({"position": 10, "action_category": 0})
    result = committee.priority.recompute()
    assert result.overrides_kept == 1
    after = committee.priority.explain("UPR-2-138.5")
    assert after.priority == forced and after.overridden
    assert after.reason == "Already covered by the 2024 law"
    assert after.computed.score != explained.computed.score
    # Clearing the override gives the priority back to the rule.
    cleared = committee.priority.clear_override("UPR-2-138.5")
    assert cleared.priority == cleared.computed.level and not cleared.overridden


def test_repetition_counts_other_bodies_in_the_cluster_and_same_links(committee) -> None:  # type: ignore[no-untyped-def]
    def repetition(ref: str) -> float | None:
        return {p.criterion: p.value for p in committee.priority.explain(ref).computed.parts}["repetition"]

    # UPR-3-122.30 is alone of its body in the migrants cluster... with nobody else: 0.
    assert repetition("UPR-3-122.30") == 0.0
    committee.links.add("UPR-3-122.30", "CMW-2019-8", "same")
    assert repetition("UPR-3-122.30") == pytest.approx(1 / 3)
    # The torture cluster holds UPR and CAT recommendations: one other body each.
    assert repetition("CAT-2016-12") == pytest.approx(1 / 3)


def test_the_committee_judgement_counts(committee) -> None:  # type: ignore[no-untyped-def]
    before = committee.priority.explain("CRC-2016-18").computed.score
    high = committee.priority.set_judgement("CRC-2016-18", 5)
    assert high.judgement == 5 and high.computed.score > before
    low = committee.priority.set_judgement("CRC-2016-18", 1)
    assert low.computed.score < before
    with pytest.raises(ValidationError):
        committee.priority.set_judgement("CRC-2016-18", 6)
