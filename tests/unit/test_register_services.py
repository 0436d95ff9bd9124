"""The register services: create, filter, search in Arabic, validate, update, delete."""

from __future__ import annotations

from typing import Any

import pytest

from nrtd_desktop.domain.errors import StaleRecordError, ValidationError
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput


@pytest.fixture
def register(empty_services):  # type: ignore[no-untyped-def]
    s = empty_services
    s.entities.create("MOJ", "وزارة العدل", "Ministry of Justice", "ministry")
    s.entities.create("HRC", "هيئة حقوق الإنسان", "Human Rights Commission", "commission")
    s.clusters.create("تمكين المرأة", "Women's empowerment")
    s.recommendations.create(
        RecommendationInput(
            reference="UPR-3-122.45",
            body="UPR",
            cycle=3,
            position="supported",
            document_symbol="A/HRC/40/4",
            text_ar="مواصلة الجهود الرامية إلى تعزيز حقوق المرأة في إطار الأمم المتحدة",
            text_en="Continue efforts to promote women's rights",
            themes=("Women's rights",),
            affected_groups=("Women & girls",),
            sdg_targets=("5.2",),
            lead_entity="MOJ",
            supporting_entities=("HRC",),
            cluster="Women's empowerment",
            priority="high",
            recommending_states=("FRA",),
        )
    )
    s.recommendations.create(
        RecommendationInput(
            reference="UPR-3-122.46",
            body="UPR",
            cycle=3,
            position="noted",
            text_en="Abolish the death penalty",
            themes=("Death penalty",),
            lead_entity="HRC",
            priority="low",
        )
    )
    s.recommendations.create(
        RecommendationInput(
            reference="CRC-2016-18",
            body="CRC",
            text_ar="تعديل التشريعات لحماية الأطفال من العنف",
            text_en="Amend legislation to protect children from violence",
            affected_groups=("Children",),
            sdg_targets=("16.2",),
            status="in_progress",
        )
    )
    return s


def refs(services, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.reference for r in services.recommendations.list(RecommendationFilter(**filters))]


def test_arabic_search_ignores_hamza_and_taa_marbuta(register) -> None:  # type: ignore[no-untyped-def]
    assert refs(register, search="الامم المتحده") == ["UPR-3-122.45"]
    assert refs(register, search="الأمم المتحدة") == ["UPR-3-122.45"]
    assert refs(register, search="الأطفال") == ["CRC-2016-18"]


def test_search_is_by_word_prefix_in_both_languages(register) -> None:  # type: ignore[no-untyped-def]
    assert refs(register, search="abol") == ["UPR-3-122.46"]
    assert refs(register, search="women right") == ["UPR-3-122.45"]
    assert refs(register, search="122.46") == ["UPR-3-122.46"]
    assert refs(register, search='"; DROP TABLE x; NEAR(') == []


def test_phrases_exclusions_and_more_words(register) -> None:  # type: ignore[no-untyped-def]
    register.recommendations.create(RecommendationInput(
        reference="CEDAW-2018-30", body="CEDAW", text_ar="حماية المرأة والأطفال من العنف الأسري",
        text_en="Protect women and children from domestic violence"))
    assert refs(register, search="العنف") == ["CEDAW-2018-30", "CRC-2016-18"]
    assert refs(register, search="العنف الأسري") == ["CEDAW-2018-30"]  # more words narrow
    assert refs(register, search="العنف -الأسري") == ["CRC-2016-18"]  # -word leaves out
    assert refs(register, search="-العنف") == ["UPR-3-122.45", "UPR-3-122.46"]
    assert refs(register, search='"حماية الأطفال"') == ["CRC-2016-18"]  # «لحماية الأطفال», in order
    assert refs(register, search='"الأطفال حماية"') == []
    assert refs(register, search='"children violence"') == []  # not next to each other
    assert refs(register, search='"children from violence"') == ["CRC-2016-18"]  # not «from domestic …»
    assert refs(register, search='violence -"domestic violence"') == ["CRC-2016-18"]
    assert register.recommendations.count(RecommendationFilter(search="العنف -الأسري")) == 1


def test_a_search_ranks_by_relevance_with_the_reference_breaking_ties(register) -> None:  # type: ignore[no-untyped-def]
    for reference in ("UPR-4-9", "UPR-4-10", "UPR-4-11"):  # the same text three times: a tie
        register.recommendations.create(RecommendationInput(
            reference=reference, body="UPR", cycle=4, text_en="Protect children and children's rights"))
    def ranked(search: str) -> list[str]:
        f = RecommendationFilter(search=search)
        return [r.reference for r in register.recommendations.list(f, order_by="relevance")]
    # Tied: the references in their natural order (9 before 10), as the register lists them.
    assert ranked("children") == ["UPR-4-9", "UPR-4-10", "UPR-4-11", "CRC-2016-18"]
    assert ranked("") == refs(register)  # no search: the reference's order


def test_facets_combine(register) -> None:  # type: ignore[no-untyped-def]
    assert refs(register, mechanism=("UPR",)) == ["UPR-3-122.45", "UPR-3-122.46"]
    assert refs(register, mechanism=("TB",)) == ["CRC-2016-18"]
    assert refs(register, mechanism=("UPR",), position=("noted",)) == ["UPR-3-122.46"]
    assert refs(register, position=("none",)) == ["CRC-2016-18"]
    assert refs(register, theme=("Women's rights",)) == ["UPR-3-122.45"]
    assert refs(register, affected_group=("Children",)) == ["CRC-2016-18"]
    assert refs(register, sdg=("5",)) == ["UPR-3-122.45"]
    assert refs(register, sdg=("16.2",)) == ["CRC-2016-18"]
    assert refs(register, entity=("HRC",)) == ["UPR-3-122.45", "UPR-3-122.46"]
    assert refs(register, lead_entity=("none",)) == ["CRC-2016-18"]
    assert refs(register, cluster=("Women's empowerment",)) == ["UPR-3-122.45"]
    assert refs(register, cluster=("تمكين المرأة",)) == ["UPR-3-122.45"]
    assert refs(register, status=("in_progress",)) == ["CRC-2016-18"]
    assert refs(register, priority=("high", "low")) == ["UPR-3-122.45", "UPR-3-122.46"]
    assert refs(register, body=("CRC",), search="children") == ["CRC-2016-18"]
    assert refs(register, theme=("no such theme",)) == []


def test_facet_values_are_found_by_key_and_by_name_however_written(register) -> None:  # type: ignore[no-untyped-def]
    """Keys (what the window sends) are looked up exactly; names and codes also match in any
    case, with or without Arabic marks, alone or mixed with keys."""
    women = next(t for t in register.reference.themes() if t.name_en == "Women's rights")
    assert refs(register, theme=(women.key,)) == ["UPR-3-122.45"]
    assert refs(register, theme=("WOMEN'S RIGHTS", women.name_ar)) == ["UPR-3-122.45"]
    hrc = next(e for e in register.entities.list() if e.code == "HRC")
    by_hrc = ["UPR-3-122.45", "UPR-3-122.46"]
    assert refs(register, entity=(hrc.id,)) == refs(register, entity=("hrc",)) == by_hrc
    led = refs(register, lead_entity=("HRC",))
    assert refs(register, lead_entity=("hrc", "none")) == sorted(["CRC-2016-18", *led])
    assert refs(register, cluster=("WOMEN'S EMPOWERMENT",)) == ["UPR-3-122.45"]


def test_entity_names_are_the_listed_entities_names(register) -> None:  # type: ignore[no-untyped-def]
    """``entities.names()`` (the register's cells, read at start) names every entity ``list()``
    does, by its code, in both languages."""
    listed = {e.code: (e.name_ar, e.name_en) for e in register.entities.list()}
    assert listed and register.entities.names() == listed
    assert register.entities.names()["HRC"][0]  # the Arabic name is there


def test_count_agrees_with_list_and_facet_counts(register) -> None:  # type: ignore[no-untyped-def]
    f = RecommendationFilter(mechanism=("UPR",))
    assert register.recommendations.count(f) == len(register.recommendations.list(f)) == 2
    positions = {v.key: v.count for v in register.recommendations.facet_values("position", f)}
    assert positions == {"supported": 1, "noted": 1}
    # A facet's own choice does not narrow its counts, so a second choice can be ticked.
    statuses = {
        v.key: v.count
        for v in register.recommendations.facet_values("mechanism", RecommendationFilter(mechanism=("UPR",)))
    }
    assert statuses == {"UPR": 2, "TB": 1}


def test_sorting_and_paging(register) -> None:  # type: ignore[no-untyped-def]
    rows = register.recommendations.list(order_by="priority", descending=False)
    assert [r.priority for r in rows][:2] == ["high", "low"]
    page = register.recommendations.list(order_by="reference", offset=1, limit=1)
    assert [r.reference for r in page] == ["UPR-3-122.45"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (dict(reference="", body="UPR", text_en="x"), "reference"),
        (dict(reference="X-1", body="UPR"), "text"),
        (dict(reference="X-1", body="NOPE", text_en="x"), "body"),
        (dict(reference="X-1", body="CRC", text_en="x", position="supported"), "position"),
        (dict(reference="X-1", body="UPR", text_en="x", position="maybe"), "position"),
        (dict(reference="X-1", body="UPR", text_en="x", action_category=7), "action_category"),
        (dict(reference="X-1", body="UPR", text_en="x", themes=("Unknown theme",)), "theme"),
        (dict(reference="X-1", body="UPR", text_en="x", lead_entity="NOPE"), "lead_entity"),
        (dict(reference="UPR-3-122.45", body="UPR", text_en="x"), "reference"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(register, data, field) -> None:  # type: ignore[no-untyped-def]
    before = register.stats()
    with pytest.raises(ValidationError) as error:
        register.recommendations.create(RecommendationInput(**data))
    assert error.value.field == field
    assert error.value.text("ar") != error.value.text("en")
    assert register.stats() == before


def test_update_bumps_version_records_history_and_reindexes(register) -> None:  # type: ignore[no-untyped-def]
    record = register.recommendations.find("CRC-2016-18")
    updated = register.recommendations.update(
        record.id, {"text_ar": "نص معدّل عن التعليم"}, expected_version=record.version
    )
    assert updated.version == record.version + 1
    assert refs(register, search="التعليم") == ["CRC-2016-18"]
    assert refs(register, search="الأطفال") == []
    with pytest.raises(StaleRecordError):
        register.recommendations.update(record.id, {"notes": "late"}, expected_version=record.version)


def test_update_with_bad_value_changes_nothing(register) -> None:  # type: ignore[no-untyped-def]
    record = register.recommendations.find("UPR-3-122.45")
    with pytest.raises(ValidationError):
        register.recommendations.update(record.id, {"notes": "new note", "priority": "urgent"})
    assert register.recommendations.get(record.id) == record


def test_delete_removes_from_search_and_counts(register) -> None:  # type: ignore[no-untyped-def]
    record = register.recommendations.find("UPR-3-122.46")
    deleted = register.recommendations.delete(record.id)
    assert deleted.label == "UPR-3-122.46"
    assert refs(register, search="abolish") == []
    assert register.stats().recommendations == 2


def test_a_status_set_by_hand_is_kept_by_the_roll_up(demo_services) -> None:  # type: ignore[no-untyped-def]
    planned = next(r for r in demo_services.recommendations.list(limit=None)
                   if demo_services.plan.plan("recommendation", r.id).actions)
    chosen = "implemented" if planned.status != "implemented" else "not_started"
    demo_services.recommendations.update(planned.id, {"status": chosen})
    demo_services.plan.rollup()
    assert demo_services.recommendations.get(planned.id).status == chosen


def test_services_close_the_database_at_the_end_of_a_with_block(demo_db) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.app import open_services
    from nrtd_desktop.safety.lock import held_here

    with open_services(demo_db) as services:
        assert services.recommendations.count() > 0
        assert held_here(demo_db)
    assert not held_here(demo_db)  # the lock is let go: another program may open it
    with pytest.raises(RuntimeError), open_services(demo_db):
        raise RuntimeError("a failure inside the block")
    assert not held_here(demo_db)


def test_a_records_themes_come_in_one_order_on_a_page_and_in_the_whole_register(
    demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.services import recommendations

    service = demo_services.recommendations
    page = {row.id: row.themes for row in service.list(limit=40)}
    # More ids than fit in one IN (...) list: every link of the register read once.
    monkeypatch.setattr(recommendations, "THEMES_IN_LIMIT", 5)
    whole = {row.id: row.themes for row in service.list()}
    assert any(len(themes) > 1 for themes in page.values())
    for record_id, themes in page.items():
        assert themes == whole[record_id] == tuple(sorted(themes))
