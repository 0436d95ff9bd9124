"""The demo data set is internally consistent, so that the loader and every screen can trust it.

The checks are the ones a committee member would make on the printed plan: every entity, cluster,
document, recommendation, action and indicator that is named exists; dates are real, ordered and not
in the future of the demo's "today"; statuses agree with each other; both languages are present.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

import pytest

from nrtd_desktop.domain.enums import (
    ActionStatus,
    AnnotationType,
    ChallengeCategory,
    ChallengeStatus,
    ImplementationStatus,
    IndicatorType,
    MechanismKind,
    Position,
    Priority,
)
from nrtd_desktop.reference.catalog import cycle_for_upr_session

TODAY = dt.date(2026, 11, 29)  # the demo's "today": progress cannot be reported after it

TOP_LEVEL_KEYS = {
    "entities",
    "documents",
    "clusters",
    "recommendations",
    "actions",
    "indicators",
    "progress_updates",
    "challenges",
}
ENTITY_KINDS = {"ministry", "authority", "council", "commission", "other"}
BODIES = {"UPR", "CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED", "SP"}
FREQUENCIES = {"monthly", "quarterly", "semi_annual", "annual"}
THEMES = {
    "Asylum-seekers - refugees", "CP rights - general", "Civil society", "Corruption", "Counter-terrorism",
    "Death penalty", "Detention", "Development", "Disabilities", "ESC rights - general", "Elections",
    "Enforced disappearances", "Environment", "Freedom of association and peaceful assembly",
    "Freedom of movement", "Freedom of opinion and expression", "Freedom of religion and belief",
    "Freedom of the press", "General", "Human rights defenders", "Human rights education and training",
    "Impunity", "International instruments", "Justice", "Labour", "Migrants", "Minorities", "NHRI",
    "National plan of action", "Poverty", "Public security", "Racial discrimination", "Right to education",
    "Right to health", "Right to housing", "Rights of the Child", "Special procedures",
    "Technical assistance and cooperation", "Torture and other CID treatment", "Trafficking",
    "Treaty bodies", "UPR process", "Women's rights",
}  # fmt: skip
AFFECTED_GROUPS = {
    "Women & girls", "Children", "Persons with disabilities", "Migrants", "Refugees & asylum-seekers",
    "Persons deprived of their liberty", "Minorities", "Human rights defenders", "Journalists",
    "Judges, lawyers and prosecutors", "Older persons", "Persons living in poverty", "Domestic workers",
    "Youth", "General",
}  # fmt: skip
# SDG targets: 1.1 ... 17.19 with a number, or a letter for the means-of-implementation targets.
SDG_TARGET = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-d])$")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture(scope="module")
def raw_text() -> str:
    return resources.files("nrtd_desktop.demo").joinpath("demo_data.json").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data(raw_text: str) -> dict[str, list[dict[str, Any]]]:
    return json.loads(raw_text)


@pytest.fixture(scope="module")
def by_key(data: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, dict[str, Any]]]:
    return {
        "entities": {e["code"]: e for e in data["entities"]},
        "documents": {d["symbol"]: d for d in data["documents"]},
        "clusters": {c["key"]: c for c in data["clusters"]},
        "recommendations": {r["reference"]: r for r in data["recommendations"]},
        "actions": {a["key"]: a for a in data["actions"]},
        "indicators": {i["key"]: i for i in data["indicators"]},
        "challenges": {c["key"]: c for c in data["challenges"]},
    }


@pytest.fixture(scope="module")
def known_alpha3() -> set[str]:
    states = json.loads(
        resources.files("nrtd_desktop.reference").joinpath("data/states.json").read_text(encoding="utf-8")
    )
    return {s["alpha3"] for s in states}


# ---- the file itself ----------------------------------------------------------------------------


def test_file_is_readable_arabic_utf8_with_the_agreed_sections(raw_text: str, data: dict) -> None:
    assert set(data) == TOP_LEVEL_KEYS
    assert "هيئة حقوق الإنسان" in raw_text  # written with ensure_ascii=False, not \u escapes
    assert "\\u06" not in raw_text
    assert raw_text.startswith('{\n "entities"')  # indent 1


def test_counts_match_the_brief(data: dict) -> None:
    assert len(data["entities"]) == 15
    assert 6 <= len(data["clusters"]) <= 8
    assert 55 <= len(data["recommendations"]) <= 65
    assert 45 <= len(data["actions"]) <= 60
    assert 35 <= len(data["indicators"]) <= 45
    assert 55 <= len(data["progress_updates"]) <= 70
    assert 18 <= len(data["challenges"]) <= 22


def test_keys_are_unique(data: dict) -> None:
    for section, key in [
        ("entities", "code"),
        ("documents", "symbol"),
        ("clusters", "key"),
        ("recommendations", "reference"),
        ("actions", "key"),
        ("indicators", "key"),
        ("challenges", "key"),
    ]:
        values = Counter(item[key] for item in data[section])
        duplicates = [v for v, n in values.items() if n > 1]
        assert not duplicates, f"{section}: duplicated {key} {duplicates}"


# ---- both languages ------------------------------------------------------------------------------


def _bilingual_pairs(item: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(k[:-3], item[k], item[k[:-3] + "_en"]) for k in item if k.endswith("_ar")]


@pytest.mark.parametrize(
    "section",
    ["entities", "documents", "clusters", "recommendations", "actions", "indicators", "progress_updates",
     "challenges"],
)  # fmt: skip
def test_every_record_has_arabic_and_english_text(data: dict, section: str) -> None:
    for item in data[section]:
        pairs = _bilingual_pairs(item)
        assert pairs, f"{section}: a record without any bilingual text: {item}"
        for field, arabic, english in pairs:
            assert ARABIC_LETTER.search(arabic or ""), f"{section}.{field}_ar is not Arabic: {item}"
            assert LATIN_LETTER.search(english or ""), f"{section}.{field}_en is not English: {item}"
            assert not ARABIC_LETTER.search(english), f"{section}.{field}_en holds Arabic: {item}"


def test_progress_reporters_are_named_in_arabic(data: dict) -> None:
    for update in data["progress_updates"]:
        assert ARABIC_LETTER.search(update["reporter"]), update
        assert update["evidence"].strip(), update


def test_arabic_texts_exercise_right_to_left_rendering(data: dict) -> None:
    """Digits, Latin abbreviations and brackets inside Arabic are what bidi gets wrong."""
    arabic_texts = [
        text
        for section in ("clusters", "recommendations", "actions", "indicators", "progress_updates")
        for item in data[section]
        for _, text, _ in _bilingual_pairs(item)
    ]
    mixed = [t for t in arabic_texts if re.search(r"\([A-Z][A-Za-z0-9 .\-]*\)", t)]
    with_digits = [t for t in arabic_texts if re.search(r"\d", t)]
    assert len(mixed) >= 5, "too few Arabic texts with a bracketed Latin abbreviation such as (SDG 5)"
    assert any("(SDG 5)" in t for t in arabic_texts)
    assert any("(ILO)" in t for t in arabic_texts)
    assert len(with_digits) >= 10


# ---- vocabularies ------------------------------------------------------------------------------


def test_entities_and_documents_use_the_closed_vocabularies(data: dict) -> None:
    for entity in data["entities"]:
        assert entity["kind"] in ENTITY_KINDS, entity
    assert {"HRC", "MOJ", "MOI", "MOFA", "HRSD"} <= {e["code"] for e in data["entities"]}
    for document in data["documents"]:
        assert document["mechanism"] in {m.value for m in MechanismKind}, document
        assert document["body"] in BODIES, document
        assert _date(document["date"]) <= TODAY
        if document["mechanism"] == "UPR":
            assert document["body"] == "UPR"
            assert document["cycle"] == cycle_for_upr_session(int(document["session"])), document
        else:
            assert document["cycle"] is None and document["session"] is None, document
            assert (document["body"] == "SP") == (document["mechanism"] == "SP"), document


def test_recommendations_use_the_closed_vocabularies(data: dict, known_alpha3: set[str]) -> None:
    for rec in data["recommendations"]:
        ref = rec["reference"]
        assert rec["annotation_type"] in {a.value for a in AnnotationType}, ref
        assert rec["status"] in {s.value for s in ImplementationStatus}, ref
        assert rec["priority"] in {p.value for p in Priority} | {None}, ref
        assert rec["action_category"] in {1, 2, 3, 4, 5, None}, ref
        assert rec["themes"] and set(rec["themes"]) <= THEMES, ref
        assert rec["affected_groups"] and set(rec["affected_groups"]) <= AFFECTED_GROUPS, ref
        for target in rec["sdg_targets"]:
            match = SDG_TARGET.match(target)
            assert match and 1 <= int(match.group(1)) <= 17, (ref, target)
        assert set(rec["recommending_states"]) <= known_alpha3, ref


def test_plan_records_use_the_closed_vocabularies(data: dict) -> None:
    for action in data["actions"]:
        assert action["status"] in {s.value for s in ActionStatus}, action["key"]
        assert action["budget"].strip(), action["key"]
    for indicator in data["indicators"]:
        assert indicator["type"] in {t.value for t in IndicatorType}, indicator["key"]
        assert indicator["frequency"] in FREQUENCIES, indicator["key"]
        assert indicator["baseline"].strip() and indicator["unit"].strip(), indicator["key"]
    for update in data["progress_updates"]:
        assert isinstance(update["percent"], int) and 0 <= update["percent"] <= 100, update
    for challenge in data["challenges"]:
        assert challenge["category"] in {c.value for c in ChallengeCategory}, challenge["key"]
        assert challenge["status"] in {s.value for s in ChallengeStatus}, challenge["key"]


# ---- references resolve ------------------------------------------------------------------------


def test_every_reference_resolves(data: dict, by_key: dict) -> None:
    entities, clusters = by_key["entities"], by_key["clusters"]
    recs, actions, indicators = by_key["recommendations"], by_key["actions"], by_key["indicators"]
    for cluster in data["clusters"]:
        assert cluster["lead_entity"] in entities
        assert set(cluster["supporting_entities"]) <= set(entities)
    for rec in data["recommendations"]:
        assert rec["document"] in by_key["documents"], rec["reference"]
        assert rec["lead_entity"] in set(entities) | {None}, rec["reference"]
        assert set(rec["supporting_entities"]) <= set(entities), rec["reference"]
        assert rec["lead_entity"] not in rec["supporting_entities"], rec["reference"]
        assert rec["cluster"] in set(clusters) | {None}, rec["reference"]
    for action in data["actions"]:
        assert (action["recommendation"] is None) != (action["cluster"] is None), action["key"]
        assert action["recommendation"] in set(recs) | {None}, action["key"]
        assert action["cluster"] in set(clusters) | {None}, action["key"]
        assert action["lead_entity"] in entities, action["key"]
        assert set(action["partner_entities"]) <= set(entities), action["key"]
        assert action["lead_entity"] not in action["partner_entities"], action["key"]
    for indicator in data["indicators"]:
        assert (indicator["action"] is None) != (indicator["recommendation"] is None), indicator["key"]
        assert indicator["action"] in set(actions) | {None}, indicator["key"]
        assert indicator["recommendation"] in set(recs) | {None}, indicator["key"]
    for update in data["progress_updates"]:
        assert update["action"] in actions, update
        assert update["indicator"] in set(indicators) | {None}, update
        assert update["entity"] in entities, update
    for challenge in data["challenges"]:
        named = [challenge["recommendation"], challenge["action"], challenge["entity"]]
        assert any(named), challenge["key"]
        assert challenge["recommendation"] in set(recs) | {None}, challenge["key"]
        assert challenge["action"] in set(actions) | {None}, challenge["key"]
        assert challenge["entity"] in set(entities) | {None}, challenge["key"]


def test_recommendation_references_encode_their_document(data: dict, by_key: dict) -> None:
    """`UPR-3-122.45`, `CEDAW-2018-14`, `SP-2017-75`: the reference says where the text comes from."""
    for rec in data["recommendations"]:
        doc = by_key["documents"][rec["document"]]
        if doc["mechanism"] == "UPR":
            expected = f"UPR-{doc['cycle']}-{rec['paragraph']}"
        else:
            expected = f"{doc['body']}-{doc['date'][:4]}-{rec['paragraph']}"
        assert rec["reference"] == expected, rec["reference"]


def test_progress_updates_report_on_their_own_action(data: dict, by_key: dict) -> None:
    for update in data["progress_updates"]:
        action = by_key["actions"][update["action"]]
        assert update["entity"] in [action["lead_entity"], *action["partner_entities"]], update
        if update["indicator"]:
            indicator = by_key["indicators"][update["indicator"]]
            owns = indicator["action"] == action["key"] or (
                indicator["recommendation"] is not None
                and indicator["recommendation"] == action["recommendation"]
            )
            assert owns, f"{update['indicator']} does not measure {action['key']}"


def test_challenges_name_a_consistent_action_and_recommendation(data: dict, by_key: dict) -> None:
    for challenge in data["challenges"]:
        if challenge["action"] and challenge["recommendation"]:
            action = by_key["actions"][challenge["action"]]
            assert action["recommendation"] == challenge["recommendation"], challenge["key"]


def test_every_cluster_groups_recommendations(data: dict) -> None:
    used = Counter(rec["cluster"] for rec in data["recommendations"] if rec["cluster"])
    for cluster in data["clusters"]:
        assert used[cluster["key"]] >= 2, cluster["key"]


# ---- mechanisms and positions ------------------------------------------------------------------


def test_mechanisms_cover_the_brief(data: dict, by_key: dict) -> None:
    per_body = Counter(by_key["documents"][r["document"]]["body"] for r in data["recommendations"])
    per_cycle = Counter(
        by_key["documents"][r["document"]]["cycle"]
        for r in data["recommendations"]
        if by_key["documents"][r["document"]]["mechanism"] == "UPR"
    )
    for body in ("CRC", "CEDAW", "CAT", "CERD", "CRPD", "SP"):
        assert per_body[body] >= 3, body
    assert per_cycle[3] >= 10 and per_cycle[4] >= 10
    assert any(r["annotation_type"] == "observation" for r in data["recommendations"])


def test_only_upr_recommendations_have_states_and_positions(data: dict, by_key: dict) -> None:
    for rec in data["recommendations"]:
        doc = by_key["documents"][rec["document"]]
        ref = rec["reference"]
        if doc["mechanism"] == "UPR":
            assert rec["recommending_states"], ref
            assert rec["position"] in {p.value for p in Position}, ref
            if rec["position"] == Position.PENDING:
                assert rec["position_source"] is None, ref
                assert doc["cycle"] == 4, "only the current cycle can still be pending"
            else:
                assert rec["position_source"] == f"{doc['symbol']}/Add.1", ref
        else:
            assert rec["recommending_states"] == [], ref
            assert rec["position"] is None and rec["position_source"] is None, ref
    positions = Counter(r["position"] for r in data["recommendations"] if r["position"])
    assert all(positions[p.value] >= 1 for p in Position), positions


def test_follow_up_flags_have_a_due_date_after_the_document(data: dict, by_key: dict) -> None:
    flagged = [r for r in data["recommendations"] if r["follow_up"]]
    assert sum(1 for r in flagged if r["document"].startswith("CEDAW/")) >= 2
    for rec in data["recommendations"]:
        doc = by_key["documents"][rec["document"]]
        if rec["follow_up"]:
            assert doc["mechanism"] == "TB", rec["reference"]
            assert _date(rec["follow_up_due"]) > _date(doc["date"]), rec["reference"]
        else:
            assert rec["follow_up_due"] is None, rec["reference"]


# ---- dates -------------------------------------------------------------------------------------


def test_dates_are_valid_and_ordered(data: dict, by_key: dict) -> None:
    for action in data["actions"]:
        start, end = _date(action["start_date"]), _date(action["end_date"])
        assert start <= end, action["key"]
        assert dt.date(2024, 1, 1) <= start and end <= dt.date(2027, 12, 31), action["key"]
    for indicator in data["indicators"]:
        if indicator["due_date"]:
            _date(indicator["due_date"])
    for update in data["progress_updates"]:
        when = _date(update["date"])
        action = by_key["actions"][update["action"]]
        assert _date(action["start_date"]) <= when <= TODAY, update
    for challenge in data["challenges"]:
        assert _date(challenge["reported_on"]) <= TODAY, challenge["key"]


def test_progress_of_an_action_never_goes_backwards(data: dict) -> None:
    history: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    for update in data["progress_updates"]:
        history[update["action"]].append((_date(update["date"]), update["percent"]))
    for key, points in history.items():
        points.sort()
        percents = [p for _, p in points]
        assert percents == sorted(percents), key


# ---- statuses agree ----------------------------------------------------------------------------


def test_action_status_agrees_with_dates_and_progress(data: dict) -> None:
    latest: dict[str, tuple[dt.date, int]] = {}
    for update in data["progress_updates"]:
        when = _date(update["date"])
        if update["action"] not in latest or when > latest[update["action"]][0]:
            latest[update["action"]] = (when, update["percent"])
    for action in data["actions"]:
        key, status = action["key"], action["status"]
        last = latest.get(key)
        if status == ActionStatus.COMPLETED:
            assert _date(action["end_date"]) <= TODAY, key
            assert last is not None and last[1] == 100, f"{key} is completed without a 100% update"
        elif status == ActionStatus.NOT_STARTED:
            assert last is None or last[1] == 0, key
        elif status == ActionStatus.IN_PROGRESS:
            assert _date(action["start_date"]) <= TODAY, key
            assert last is not None and 0 < last[1] < 100, f"{key} is in progress without a partial update"


def test_recommendation_status_agrees_with_its_actions(data: dict) -> None:
    actions_of: dict[str, list[dict]] = defaultdict(list)
    for action in data["actions"]:
        if action["recommendation"]:
            actions_of[action["recommendation"]].append(action)
    for rec in data["recommendations"]:
        live = [a for a in actions_of[rec["reference"]] if a["status"] != ActionStatus.CANCELLED]
        if rec["status"] == ImplementationStatus.IMPLEMENTED:
            assert live, f"{rec['reference']} is implemented with no action"
            assert all(a["status"] == ActionStatus.COMPLETED for a in live), rec["reference"]
        if rec["status"] == ImplementationStatus.NOT_STARTED:
            assert all(a["status"] == ActionStatus.NOT_STARTED for a in live), rec["reference"]
        if any(a["status"] != ActionStatus.NOT_STARTED for a in live):
            assert rec["status"] != ImplementationStatus.NOT_STARTED, rec["reference"]
        if rec["position"] in (Position.NOTED, Position.PENDING):
            assert not live, f"{rec['reference']} has no supported part to plan for"


def test_the_plan_shows_overdue_completed_and_open_work(data: dict) -> None:
    statuses = Counter(a["status"] for a in data["actions"])
    open_statuses = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
    overdue = [
        a["key"] for a in data["actions"] if _date(a["end_date"]) < TODAY and a["status"] in open_statuses
    ]
    assert all(statuses[s.value] >= 1 for s in ActionStatus), statuses
    assert 3 <= len(overdue) <= 20, overdue
    rec_statuses = Counter(r["status"] for r in data["recommendations"])
    assert all(rec_statuses[s.value] >= 3 for s in ImplementationStatus), rec_statuses


def test_some_indicators_fail_the_smart_check_and_most_pass(data: dict) -> None:
    no_target = [i["key"] for i in data["indicators"] if not i["target"].strip()]
    no_source = [i["key"] for i in data["indicators"] if not i["data_source"].strip()]
    assert 1 <= len(no_target) <= 5 and 1 <= len(no_source) <= 5
    assert len(set(no_target) | set(no_source)) <= len(data["indicators"]) // 4
    types = Counter(i["type"] for i in data["indicators"])
    assert all(types[t.value] >= 5 for t in IndicatorType), types


def test_challenges_cover_every_category(data: dict) -> None:
    categories = Counter(c["category"] for c in data["challenges"])
    assert set(categories) == {c.value for c in ChallengeCategory}, categories
    statuses = Counter(c["status"] for c in data["challenges"])
    assert set(statuses) == {s.value for s in ChallengeStatus}, statuses
