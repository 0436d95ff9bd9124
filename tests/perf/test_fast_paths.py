"""The fast paths of the register give what a plain reading of every row gives.

Each test reads the whole small database in Python (normalised text, facet values, vocabulary
order) and compares with what the services answer through FTS5, the expression indexes and the
search strategies of ``register_query``. No timings here: ``python -m tests.bench`` measures.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from nrtd_desktop.db import fts
from nrtd_desktop.db.models import (
    Entity,
    Recommendation,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.search_query import parse
from nrtd_desktop.domain.stemming import words_of
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services import register_query
from tests.conftest import TODAY

QUERIES = ["torture", "Women rights", "disab", "التعذيب", "حقوق المرأة", "الإعاقة", "الاتجار بالأشخاص",
           "حقوق", "the", "upr-2", "zzzz-nothing", "freedom of expression", "rights of", "of", "في التعليم",
           "تعذيب", "أطفال", "للمرأة", '"human rights" -torture', '"حقوق الإنسان"', "-rights",
           'torture "freedom of', "disabilit", "الأطف", "to", "c", "حق", "un", "co"]


def _rows(services: Any) -> list[dict[str, Any]]:
    with services.context.read() as session:
        rows = [dict(r._mapping) for r in session.execute(select(
            Recommendation.id, Recommendation.reference, Recommendation.document_symbol,
            Recommendation.text_ar, Recommendation.text_en, Recommendation.status,
            Recommendation.priority, Recommendation.position, Recommendation.mechanism,
            Recommendation.body_code))]
        themes: dict[str, set[str]] = {}
        for rec_id, key in session.execute(select(recommendation_themes.c.recommendation_id,
                                                  recommendation_themes.c.theme_key)):
            themes.setdefault(rec_id, set()).add(key)
    for row in rows:
        row["themes"] = themes.get(row["id"], set())
        row["words"] = [w for part in ("reference", "document_symbol", "text_ar", "text_en")
                        for w in words_of(row[part])]
    return rows


def _plain_match(row: dict[str, Any], query: str) -> bool:
    """The query read word by word against the record's own texts, without the index: every
    included word or phrase (its words next to each other, in order) is found, no excluded one."""
    words = row["words"]

    def found(term: Any) -> bool:
        size = len(term.words)
        return any(all(term.words[j].matches(words[k + j]) for j in range(size))
                   for k in range(len(words) - size + 1))

    parsed = parse(query)
    return all(found(t) != t.excluded for t in parsed.terms)


@pytest.fixture(params=["sort within hits", "scan the order index", "probe each row of the walk"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The ways of reading a searched page: sorting the hits, walking the sort's index against
    the hits read first, or (a word without a beginning, issue 25) seeking each row of the walk
    in the index."""
    monkeypatch.setattr(register_query, "SORT_WITHIN_HITS", 10**9 if request.param.startswith("sort") else 0)
    monkeypatch.setattr(register_query, "PROBE_SHARE", 10**9 if request.param.startswith("probe") else 0)
    return str(request.param)


def test_search_results_and_counts_equal_a_plain_scan(services: Any, strategy: str) -> None:
    rows = _rows(services)
    for query in QUERIES:
        expected = sorted((r["reference"] for r in rows if _plain_match(r, query)), key=reference_order)
        f = RecommendationFilter(search=query)
        listed = [r.reference for r in services.recommendations.list(f, limit=None)]
        assert listed == expected, query
        assert services.recommendations.count(f) == len(expected), query
        ranked = services.recommendations.list(f, order_by="relevance", limit=None)
        assert sorted((r.reference for r in ranked), key=reference_order) == expected, query
    assert any(_plain_match(r, "التعذيب") for r in rows) and any(_plain_match(r, "torture") for r in rows)
    assert all(_plain_match(r, "-rights") != _plain_match(r, "rights") for r in rows)


def test_pages_of_a_search_cover_every_hit_once_in_order(services: Any, strategy: str) -> None:
    f = RecommendationFilter(search="rights")
    whole = [r.reference for r in services.recommendations.list(f, order_by="priority", limit=None)]
    paged: list[str] = []
    for offset in range(0, len(whole) + 50, 50):
        paged += [r.reference for r in services.recommendations.list(f, order_by="priority", offset=offset,
                                                                         limit=50)]
    assert len(whole) > 100 and paged == whole


def test_search_with_facets_equals_a_plain_scan(services: Any, strategy: str) -> None:
    rows = _rows(services)
    f = RecommendationFilter(search="rights", status=("in_progress", "implemented"), mechanism=("UPR",))
    expected = sorted((r["reference"] for r in rows if _plain_match(r, "rights")
                       and r["status"] in f.status and r["mechanism"] == "UPR"), key=reference_order)
    assert [r.reference for r in services.recommendations.list(f, limit=None)] == expected
    assert services.recommendations.count(f) == len(expected) > 0


@pytest.mark.parametrize("search", ["rights", ""], ids=["searched", "whole register"])
@pytest.mark.parametrize("facet", ["status", "priority", "body", "theme", "mechanism"])
def test_facet_counts_equal_a_python_count(services: Any, facet: str, search: str) -> None:
    rows = [r for r in _rows(services) if _plain_match(r, search)]
    expected: dict[str, int] = {}
    for row in rows:
        values = row["themes"] if facet == "theme" else {row["body_code" if facet == "body" else facet]}
        for value in values:
            expected[value or "none"] = expected.get(value or "none", 0) + 1
    found = services.recommendations.facet_values(facet, RecommendationFilter(search=search))
    assert {v.key: v.count for v in found} == expected


@pytest.mark.parametrize("order_by", ["priority", "status", "position", "mechanism", "body", "cycle"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_register_equals_a_python_sort(services: Any, order_by: str, descending: bool) -> None:
    with services.context.read() as session:
        rows = [dict(r._mapping) for r in session.execute(select(
            Recommendation.reference, Recommendation.priority, Recommendation.status, Recommendation.position,
            Recommendation.mechanism, Recommendation.body_code, Recommendation.cycle))]
    column = {"body": "body_code"}.get(order_by, order_by)

    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        value = row[column]
        if order_by in labels.VOCABULARIES:
            return (labels.order(order_by, value), reference_order(row["reference"]))
        # SQLite puts NULL first
        return (value is not None, value or 0, reference_order(row["reference"]))

    expected = [r["reference"] for r in sorted(rows, key=key, reverse=descending)]
    listed = services.recommendations.list(order_by=order_by, descending=descending, limit=None)
    assert [r.reference for r in listed] == expected


@pytest.mark.parametrize("order_by", ["priority", "status", "position", "mechanism", "reference", "body"])
def test_the_first_page_of_a_sort_is_read_from_an_index(services: Any, order_by: str) -> None:
    """The register's sorts read an index in order: no temporary sort of the whole table."""
    with services.context.read() as session:
        statement = services.recommendations._row_query(
            session, RecommendationFilter(), order_by, False, "ar"
        ).limit(100)
        sql = str(statement.compile(services.context.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("order_by", ["priority", "status", "position", "mechanism", "body", "cycle"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_sort_by_the_one_value_a_facet_keeps_is_the_references_order(
    services: Any, order_by: str, descending: bool
) -> None:
    """Filtered to one status, sorted by status: read in the reference's index, same rows."""
    value = max(services.recommendations.facet_values(order_by), key=lambda v: v.count).key
    f = RecommendationFilter(**{order_by: (value,)})
    expected = sorted((r.reference for r in services.recommendations.list(f, limit=None)),
                      key=reference_order, reverse=descending)
    listed = services.recommendations.list(f, order_by=order_by, descending=descending, limit=None)
    assert [r.reference for r in listed] == expected and len(expected) > 1
    with services.context.read() as session:
        statement = services.recommendations._row_query(session, f, order_by, descending, "ar").limit(100)
        sql = str(statement.compile(services.context.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("order_by", ["reference", "priority", "text"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_near_the_end_read_backwards_equal_the_whole_order(
    services: Any, order_by: str, descending: bool
) -> None:
    """With ``total`` a page in the second half is read from the other end and reversed."""
    f = RecommendationFilter(search="rights")
    whole = [r.reference for r in services.recommendations.list(f, order_by, descending, limit=None)]
    total = len(whole)
    assert total > 10
    for offset in (0, total // 2, total // 2 + 1, total - 7, total - 1):
        page = services.recommendations.list(f, order_by, descending, offset=offset, limit=5, total=total)
        assert [r.reference for r in page] == whole[offset:offset + 5], offset
    rest = services.recommendations.list(f, order_by, descending, offset=total - 9, limit=None, total=total)
    assert [r.reference for r in rest] == whole[-9:]


@pytest.mark.parametrize("facet", ["status", "priority", "position", "mechanism"])
def test_a_vocabulary_facet_seeks_its_order_index_and_equals_a_plain_scan(services: Any, facet: str) -> None:
    """status/priority/position/mechanism are filtered through the vocabulary-order expression
    that revision 0004 indexes (SQLite seeks a value instead of scanning); "none" still means
    empty, and mixes with values."""
    rows = _rows(services)
    common = max((v for v in services.recommendations.facet_values(facet) if v.key != "none"),
                 key=lambda v: v.count).key
    for values in [(common,), ("none",), (common, "none")]:
        wanted = {None if v == "none" else v for v in values}
        expected = sorted((r["reference"] for r in rows if r[facet] in wanted), key=reference_order)
        f = RecommendationFilter(**{facet: values})
        assert [r.reference for r in services.recommendations.list(f, limit=None)] == expected, values
        assert services.recommendations.count(f) == len(expected), values
    with services.context.read() as session:
        where = register_query.conditions(session, RecommendationFilter(**{facet: (common,)}), TODAY)
        sql = str(select(Recommendation.id).where(*where).compile(
            services.context.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "SEARCH recommendations USING" in plan and "SCAN recommendations" not in plan, plan


@pytest.mark.parametrize("way", ["walk, links by id", "walk, links by rowid", "sort the linked rows"])
@pytest.mark.parametrize("order_by", ["reference", "priority", "status"])
def test_pages_of_a_theme_equal_a_plain_scan(
    services: Any, monkeypatch: pytest.MonkeyPatch, way: str, order_by: str
) -> None:
    """Every way of reading a page filtered by links (register_query.WALK_LINKS_FROM): walking
    the order's index and testing the links by the id the reference's index holds (revision
    0017_order_ids) or by rowid (other orders, deeper pages), or sorting the linked rows."""
    walk = way.startswith("walk")
    monkeypatch.setattr(register_query, "WALK_LINKS_FROM", -1 if walk else 10**9)
    monkeypatch.setattr(register_query, "WALK_LINKS_BY_ID_FROM", -1 if walk else 10**9)
    if way == "walk, links by rowid":
        monkeypatch.setattr(register_query, "LINKS_BY_ID_UNTIL", 0)
    rows = {r["reference"]: r for r in _rows(services)}
    theme = max(services.recommendations.facet_values("theme"), key=lambda v: v.count).key
    everything = [r.reference for r in services.recommendations.list(order_by=order_by, limit=None)]
    for search in ("", "rights"):
        f = RecommendationFilter(theme=(theme,), search=search)
        expected = [ref for ref in everything
                    if theme in rows[ref]["themes"] and _plain_match(rows[ref], search)]
        paged = [r.reference for start in range(0, len(expected) + 3, 3)
                 for r in services.recommendations.list(f, order_by=order_by, offset=start, limit=3)]
        assert paged == expected and expected, search
    with services.context.read() as session:
        statement = services.recommendations._row_query(
            session, RecommendationFilter(theme=(theme,)), order_by, False, "ar").limit(3)
        sql = str(statement.compile(services.context.engine, compile_kwargs={"literal_binds": True}))
    by_id = way == "walk, links by id" and order_by == "reference"
    assert ("(recommendations.id || '') IN" in sql) == by_id, sql
    assert ("linked_record.rowid" in sql) == (walk and not by_id), sql


@pytest.mark.parametrize("walk", [True, False], ids=["walk the order's index", "sort the linked rows"])
def test_pages_of_an_sdg_target_equal_a_plain_scan(
    services: Any, monkeypatch: pytest.MonkeyPatch, walk: bool
) -> None:
    """The commonest SDG target, and its goal, read walking the reference's order (links tested
    by id) or sorted: the records linked to it, in the reference's order, either way."""
    monkeypatch.setattr(register_query, "WALK_LINKS_BY_ID_FROM", -1 if walk else 10**9)
    monkeypatch.setattr(register_query, "WALK_LINKS_FROM", -1 if walk else 10**9)
    with services.context.read() as session:
        links = session.execute(text(
            "SELECT r.reference, l.target_code FROM recommendation_sdg_targets l "
            "JOIN recommendations r ON r.id = l.recommendation_id")).all()
    target = max({code for _, code in links}, key=lambda c: sum(1 for _, t in links if t == c))
    goal = target.split(".")[0]
    for chosen, keep in ((target, lambda t: t == target), (goal, lambda t: t.split(".")[0] == goal)):
        expected = sorted({ref for ref, t in links if keep(t)}, key=reference_order)
        f = RecommendationFilter(sdg=(chosen,))
        paged = [r.reference for start in range(0, len(expected) + 4, 4)
                 for r in services.recommendations.list(f, offset=start, limit=4)]
        assert expected and paged == expected, chosen
        with services.context.read() as session:
            statement = services.recommendations._row_query(session, f, "reference", False, "ar")
            sql = str(statement.compile(services.context.engine, compile_kwargs={"literal_binds": True}))
        assert ("(recommendations.id || '') IN" in sql) == walk, sql


@pytest.mark.parametrize("walk", [True, False], ids=["walk the order's index", "look the entity up"])
def test_pages_of_an_entity_equal_a_plain_scan(
    services: Any, monkeypatch: pytest.MonkeyPatch, walk: bool
) -> None:
    """An entity chosen (lead or supporting) is read by walking the reference's order when it
    leaves many records (``leaves_many``: the lead tested on each row, the supporting links by
    the id the order's index holds), else looked up and sorted: the same pages either way."""
    monkeypatch.setattr(register_query, "leaves_many", lambda *_args: walk)
    with services.context.read() as session:
        lead = dict(session.execute(select(Recommendation.reference, Entity.code).join(
            Entity, Entity.id == Recommendation.lead_entity_id)).all())
        supporting: dict[str, set[str]] = {}
        for reference, code in session.execute(
                select(Recommendation.reference, Entity.code)
                .join(recommendation_supporting_entities,
                      recommendation_supporting_entities.c.recommendation_id == Recommendation.id)
                .join(Entity, Entity.id == recommendation_supporting_entities.c.entity_id)):
            supporting.setdefault(reference, set()).add(code)
    code = max(services.recommendations.facet_values("entity"), key=lambda v: v.count).key
    everything = [r.reference for r in services.recommendations.list(limit=None)]
    expected = [ref for ref in everything if lead.get(ref) == code or code in supporting.get(ref, set())]
    assert expected and any(code in codes for codes in supporting.values())
    f = RecommendationFilter(entity=(code,))
    total = services.recommendations.count(f)
    paged = [r.reference for start in range(0, total + 7, 7)
             for r in services.recommendations.list(f, offset=start, limit=7)]
    assert total == len(expected) and paged == expected
    with services.context.read() as session:
        statement = services.recommendations._row_query(session, f, "reference", False, "ar", total)
        sql = str(statement.compile(services.context.engine, compile_kwargs={"literal_binds": True}))
    assert ("(recommendations.id || '') IN" in sql) == walk, sql


@pytest.mark.parametrize("facet", ["theme", "affected_group", "sdg", "entity"])
def test_a_facet_reads_the_ids_of_its_records_from_an_index_alone(services: Any, facet: str) -> None:
    """The link tables' indexes hold the recommendation id (revision 0005_covering_links)."""
    value = services.recommendations.facet_values(facet)[0].key
    with services.context.read() as session:
        where = register_query.conditions(session, RecommendationFilter(**{facet: (value,)}), TODAY)
        statement = select(Recommendation.id).where(*where)
        sql = str(statement.compile(services.context.engine, compile_kwargs={"literal_binds": True}))
        plan = [str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))]
    links = [step for step in plan if "recommendation_" in step and "recommendations " not in step]
    assert links and all("COVERING INDEX" in step for step in links), plan


def test_a_remembered_search_count_follows_every_change(services: Any) -> None:
    """Hit counts are kept between the count and the page of one search: any write, through
    whichever pooled connection, must be seen by the next search."""
    f = RecommendationFilter(search="zanzibarique")
    assert services.recommendations.count(f) == 0
    first = services.recommendations.list(limit=1)[0]
    services.recommendations.update(first.id, {"text_en": "A zanzibarique sentence"})
    assert services.recommendations.count(f) == 1
    assert [r.reference for r in services.recommendations.list(f)] == [first.reference]
    services.recommendations.delete(first.id)
    assert services.recommendations.count(f) == 0
    with services.context.read() as session:
        assert register_query.fts_hits(session, "zanzibarique") == 0
        with services.context.engine.begin() as other:  # a write by another connection, mid-read
            other.exec_driver_sql(
                f"INSERT INTO {fts.FTS_TABLE}(rowid, stems, words) VALUES (987654321, 'zanzibarique', '')")
    with services.context.read() as one, services.context.read() as two:  # both pooled connections
        hits = register_query.fts_hits(one, "zanzibarique"), register_query.fts_hits(two, "zanzibarique")
        assert hits == (1, 1)


def _scores(services: Any, query: str) -> dict[str, float]:
    """bm25 of every hit, by reference, straight from the index."""
    match = fts.match_expression(parse(query))
    with services.context.read() as session:
        rows = session.execute(text(
            f"SELECT r.reference, {fts.RANK} FROM {fts.FTS_TABLE} JOIN recommendations r "
            f"ON r.search_rowid = {fts.FTS_TABLE}.rowid WHERE {fts.FTS_TABLE} MATCH :m"), {"m": match}).all()
    return {reference: score for reference, score in rows}


@pytest.mark.parametrize("query", ["rights", "torture", "حقوق", "الإعاقة", "rights of the", "حقوق في"])
def test_relevance_pages_are_the_bm25_order_with_the_reference_breaking_ties(services: Any, query: str,
                                                                             monkeypatch: pytest.MonkeyPatch
                                                                             ) -> None:
    """Every page of a ranked search, read the quick way (a window of the index's ranking) or
    the whole way (every hit joined and sorted), is a slice of (bm25, reference)."""
    from nrtd_desktop.services import recommendations as module

    scores = _scores(services, query)
    expected = sorted(scores, key=lambda ref: (scores[ref], reference_order(ref)))
    assert len(expected) > 12 and len(set(scores.values())) < len(expected)  # ties to break
    f = RecommendationFilter(search=query)
    for margin in (module.RANK_MARGIN, 0, 2):  # 0 and 2: the window rarely holds a whole tie
        monkeypatch.setattr(module, "RANK_MARGIN", margin)
        paged = [r.reference for offset in range(0, len(expected) + 5, 5)
                 for r in services.recommendations.list(f, order_by="relevance", offset=offset, limit=5)]
        assert paged == expected, margin
    with_facet = RecommendationFilter(search=query, mechanism=("UPR", "TB"))
    mechanisms = {r.reference: r.mechanism for r in services.recommendations.list(limit=None)}
    listed = services.recommendations.list(with_facet, order_by="relevance", limit=None)
    assert [r.reference for r in listed] == [ref for ref in expected if mechanisms[ref] in ("UPR", "TB")]


def test_a_search_with_more_hits_than_can_be_ranked_is_listed_by_reference(
        services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    f = RecommendationFilter(search="rights")
    assert services.recommendations.ranked_by_relevance(f)
    monkeypatch.setattr(register_query, "RANK_LIMIT", 10)
    assert not services.recommendations.ranked_by_relevance(f)
    listed = [r.reference for r in services.recommendations.list(f, order_by="relevance", limit=None)]
    assert listed == sorted(listed, key=reference_order) and len(listed) > 10
