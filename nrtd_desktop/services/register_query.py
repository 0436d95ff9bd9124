"""Turn a RecommendationFilter into SQL: one place for the register, the CLI, reports and export.

Facet values are resolved to keys first (a theme may be given by key or by either name), then
each facet becomes an indexed condition. The search is read by ``domain.search_query`` and
written as an FTS5 expression by ``db/fts.py``; the match runs as an ``IN (subquery)`` so that
SQLite evaluates it once instead of once per row (docs/design/PERFORMANCE.md: 45 times faster).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    TextualSelect,
    and_,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from nrtd_desktop.db import fts, search_pg
from nrtd_desktop.db.models import (
    Action,
    AffectedGroup,
    Cluster,
    Entity,
    Recommendation,
    SdgTarget,
    Theme,
    recommendation_countries,
    recommendation_groups,
    recommendation_mandates,
    recommendation_sdg_targets,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.domain.enums import ActionStatus
from nrtd_desktop.domain.search_query import BEGINNING_MIN, SearchQuery, parse
from nrtd_desktop.dto.register import RecommendationFilter

R = Recommendation

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "register.unknown_country": (
        "'{value}' is not a State this program knows. The closest names: {closest}.",
        "«{value}» ليست دولة يعرفها البرنامج. أقرب الأسماء إليها: {closest}.",
    )
}


def _resolve(session: Session, key_column: SQLColumnExpression[str],
             exact_columns: tuple[SQLColumnExpression[str], ...],
             name_columns: tuple[SQLColumnExpression[str], ...], values: tuple[str, ...]) -> list[str]:
    """Keys of the rows that ``values`` name. A value equal to one of ``exact_columns`` (a key,
    an entity's code: what the window's facets send) is found by the database; any other is
    compared, normalised, with the normalised key and names of every row. Normalising every
    name cost ~5 ms a query for the 144 themes of the whole index."""
    exact = session.execute(
        select(key_column, *exact_columns).where(or_(*(exact.in_(values) for exact in exact_columns)))
    ).all()
    keys = {row[0] for row in exact}
    matched = {value for row in exact for value in row[1:]}
    rest = {normalize(v) for v in values if v not in matched}
    if rest:
        for key, *texts in session.execute(select(key_column, *exact_columns, *name_columns)):
            if rest & {normalize(t) for t in texts}:
                keys.add(key)
    return list(keys)


def _resolve_named(session: Session, model: type[Theme] | type[AffectedGroup],
                   key_column: SQLColumnExpression[str],
                   values: tuple[str, ...]) -> list[str]:
    """Keys of reference rows given by key or by English or Arabic name (normalised)."""
    return _resolve(session, key_column, (key_column,), (model.name_en, model.name_ar), values)


def entity_ids(session: Session, codes: tuple[str, ...]) -> list[str]:
    """Ids of the entities given by id, code or name (normalised)."""
    return _resolve(session, Entity.id, (Entity.id, Entity.code), (Entity.name_ar, Entity.name_en), codes)


def country_codes(values: tuple[str, ...]) -> list[str]:
    """The alpha-3 codes of States given by code or name (either language); a name the program
    does not know is an error naming the closest States, never an empty register."""
    from nrtd_desktop.domain.errors import ValidationError
    from nrtd_desktop.reference.catalog import get_catalog

    catalog = get_catalog()
    codes = []
    for value in values:
        state = catalog.match_state(value)
        if state is None:
            nearest = catalog.closest_states(value)
            closest = "; ".join(f"{s.name_en} / {s.name_ar} ({s.alpha3})" for s in nearest)
            raise ValidationError("register.unknown_country", value=value, closest=closest or "-")
        codes.append(state.alpha3)
    return codes


def mandate_codes(values: tuple[str, ...]) -> list[str]:
    """The codes of special-procedure mandates given by code, title or short name."""
    from nrtd_desktop.reference.catalog import get_catalog

    catalog = get_catalog()
    codes = []
    for value in values:
        mandate = catalog.match_mandate(value)
        codes.append(mandate.code if mandate is not None else value)
    return codes


def cluster_ids(session: Session, values: tuple[str, ...]) -> list[str]:
    """Ids of the clusters given by id or name (normalised)."""
    return _resolve(session, Cluster.id, (Cluster.id,), (Cluster.name_ar, Cluster.name_en), values)


# A searched page is read in one of two ways (issue 11). With few hits, FTS first and the hits
# sorted: cheap. With many, sorting 150,000 hits to show 200 costs far more than walking the sort's
# own index and keeping the rows that are hits, which finds the first 200 after a few hundred rows.
SORT_WITHIN_HITS = 6000
# Past this share of the register, the hits of a search without a beginning (a word of one or two
# letters as typed, «حق», "to": issue 25) are tested one row at a time as the order's index is
# walked, FTS5 seeking the row in the word's list, instead of reading every hit first: "to" at
# 267,000 records (207,000 hits) 1.4 ms instead of 69 for a page. A beginning ("the"*) cannot seek
# (3.3 s), and sparse hits make the walk long (120 µs a row missed): both read the hits first.
PROBE_SHARE = 4  # hits at least a quarter of the records
# PostgreSQL: up to this many hits a page in the reference's order is chosen among the hits in the
# search's own table (recommendations._search_page_pg), past it the server walks the reference's
# index (measured at 267,000 records: 7,456 hits 53 ms sorted, 93 walked; 17,285: 70 / 22).
SORT_WITHIN_HITS_SERVER = 12_000

# The register's natural orders: a CASE over the vocabulary, which the indexes of revision
# 0004_performance hold token for token (a test checks that SQLite uses them).
NATURAL_ORDERS = ("priority", "status", "position", "mechanism")


def _natural_keys(name: str) -> list[str]:
    return [str(k) for k in labels.VOCABULARIES[name] if k != "none"]


def natural_order_sql(name: str, table: str = "recommendations") -> str:
    """``CASE recommendations.priority WHEN 'high' THEN 0 ... ELSE 3 END``: the vocabulary's
    order, empty last (``table=""`` for the bare column, as an index definition writes it)."""
    keys = _natural_keys(name)
    whens = " ".join(f"WHEN '{key}' THEN {n}" for n, key in enumerate(keys))
    qualified = f"{table}.{name}" if table else name
    return f"CASE {qualified} {whens} ELSE {len(keys)} END"


def _unindexed(expression: ColumnElement[Any]) -> ColumnElement[Any]:
    """The same value, written so that SQLite cannot look it up in an index (``x || ''``,
    ``x + 0``): a condition tested on each row of a walk along the order's index."""
    if isinstance(expression.type, Integer):
        return expression.op("+", is_comparison=False)(0)
    return expression.concat("")


def natural_in(name: str, values: tuple[str, ...], plain: bool = False) -> ColumnElement[bool]:
    """``recommendations.<name> IN values``, where "none" means the column is empty.

    Written as the vocabulary-order expression that the indexes of revision 0004_performance
    hold, so SQLite seeks the chosen values in that index, where the rows already follow the
    reference: "noted" among 267,000 records took 160 ms as ``position IN ('noted')`` (the
    reference index walked past every record without a position) and 0.1 ms this way.

    ``plain`` (PostgreSQL): ``<name> IN values`` as it is as well, and-ed with the expression. The
    server pages by the expression's index (in the reference's order) but counts from the
    column's own index alone (``ix_recommendations_position``…), which holds the column, where
    the expression's index holds only the expression: 27 ms to count "in progress" at 267,000
    records through the expression, 3 ms through the column; without the expression a page of
    "noted" walked the reference's index past 200,000 records (940 ms).
    """
    stored = getattr(R, name)
    keys = _natural_keys(name)
    codes = [keys.index(v) for v in values if v in keys]
    unknown = [v for v in values if v != "none" and v not in keys]  # matches what the column holds
    conditions: list[ColumnElement[bool]] = []
    if codes:
        conditions.append(literal_column(natural_order_sql(name)).in_(codes))
    if unknown:
        conditions.append(stored.in_(unknown))
    if "none" in values:
        conditions.append(stored.is_(None))
    if plain:
        chosen = [v for v in values if v != "none"]
        column_in = or_(*([stored.in_(chosen)] if chosen else []),
                        *([stored.is_(None)] if "none" in values else []))
        return and_(or_(*conditions), column_in)
    return or_(*conditions)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def fts_hits(session: Session, query: str) -> int | None:
    """How many records the search matches, from the index alone (None: no search, a search that
    only leaves words out, or neither SQLite nor PostgreSQL)."""
    if is_postgresql(session):
        tsquery = search_pg.match_query(parse(query))
        return None if tsquery is None else search_pg.hit_count(session.connection(), tsquery)
    match = fts.match_expression(parse(query))
    if match is None or not _is_sqlite(session):
        return None
    return fts.hit_count(session.connection(), match)


# Ranking costs about 0.9 µs per hit at 267,000 records (bm25 reads each hit's positions and
# length, and every record holding each word once for its weight): 17,000 hits of "torture" take
# 15 ms on a quiet machine, 19,800 of "women rights" 25 ms, on top of the ~12 ms of a page. Past
# this many hits a page is shown in the reference's order instead, which the order's index serves
# at once (the window says so): the keystroke stays near its 30 ms target at 267,000 records, and
# at the size of a real register (41,066 UPR Info rows) nearly every search is ranked.
RANK_LIMIT = 15_000
# PostgreSQL ranks a hit in 3-5 µs for a word of English and up to 13 µs for an Arabic one (its 40
# attached and suffixed forms are each looked up in the record's vector by ``ts_rank``), on top of
# reading the hit's row: 170 ms for the 12,379 hits of «الإعاقة» at 267,000 records. Past this many
# hits a server lists them in the reference's order; at the size of a real register (41,066 UPR
# Info rows) a search rarely finds as many.
RANK_LIMIT_SERVER = 5_000


def relevance_match(session: Session, f: RecommendationFilter) -> str | None:
    """The FTS5 expression (PostgreSQL: tsquery) that ranks the records of ``f`` by relevance, or
    None when they are listed in the reference's order: no search (or one that only leaves words
    out), neither SQLite nor PostgreSQL, or more than ``RANK_LIMIT`` hits (``RANK_LIMIT_SERVER``)."""
    if not f.search.strip():
        return None
    if is_postgresql(session):
        tsquery = search_pg.match_query(parse(f.search))
        if tsquery is None or search_pg.hit_count(session.connection(), tsquery) > RANK_LIMIT_SERVER:
            return None
        return tsquery
    if not _is_sqlite(session):
        return None
    parsed = parse(f.search)
    if sum(len(word.text) for term in parsed.terms for word in term.words) < BEGINNING_MIN:
        # One or two letters as typed (issue 25): the hits are listed in the reference's order.
        # Ranking them scores every form of the word in every hit («حق» is 18 forms, 3,300
        # hits: 30 ms and more at 267,000), and so short a query has no relevance to speak of.
        return None
    match = fts.match_expression(parsed)
    if match is None or fts.hit_count(session.connection(), match) > RANK_LIMIT:
        return None
    return match


def _fts_rowids(match: str) -> TextualSelect:
    statement = text(f"SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :match")
    return statement.bindparams(match=match).columns(column("rowid", Integer))


def search_condition(
    session: Session, query: str, *, walk_order_index: bool = False
) -> ColumnElement[bool] | None:
    """The records that have every included term of ``query`` and none of the excluded ones.

    ``walk_order_index``: the ``+`` keeps SQLite from looking rows up by ``search_rowid``, so it
    reads them in the order's index and tests each against the hits (computed once).
    """
    parsed = parse(query)
    if parsed.is_empty():
        return None
    if is_postgresql(session):
        return _tsquery_condition(parsed)
    if not _is_sqlite(session):
        return _like_condition(parsed)
    key = R.search_rowid.op("+", is_comparison=False)(0) if walk_order_index else R.search_rowid
    match = fts.match_expression(parsed)
    if match is not None:
        if walk_order_index and _probed(session, match):
            return and_(text(
                f"EXISTS (SELECT 1 FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :probe_match"
                " AND rowid = recommendations.search_rowid)").bindparams(probe_match=match))
        return key.in_(_fts_rowids(match))
    excluded = fts.excluded_expression(parsed)
    assert excluded is not None
    return key.not_in(_fts_rowids(excluded))


def _probed(session: Session, match: str) -> bool:
    """Whether the hits of ``match`` are tested row by row on a walk (``PROBE_SHARE``)."""
    if "*" in match:
        return False
    from nrtd_desktop.services import register_counts

    everything = register_counts.count(session, RecommendationFilter())
    return everything is not None and fts.hit_count(session.connection(), match) * PROBE_SHARE >= everything


def _tsquery_condition(parsed: SearchQuery) -> ColumnElement[bool]:
    """PostgreSQL: the generated tsvector against the query written by ``db/search_pg.py``."""
    tsquery = search_pg.match_query(parsed)
    if tsquery is not None:
        return and_(text(search_pg.matches_sql("search_tsquery")).bindparams(search_tsquery=tsquery))
    excluded = search_pg.excluded_query(parsed)
    assert excluded is not None
    return and_(text(f"NOT ({search_pg.matches_sql('search_tsquery')})").bindparams(search_tsquery=excluded))


def _like_condition(parsed: SearchQuery) -> ColumnElement[bool]:
    """Other databases: each word as one of its stems (or its typed beginning) in search_text."""
    terms = []
    for term in parsed.terms:
        words = [or_(*(R.search_text.contains(s, autoescape=True) for s in (*w.stems, w.typed) if s))
                 for w in term.words]
        terms.append(~and_(*words) if term.excluded else and_(*words))
    return and_(*terms)


def _linked_to(key_column: Column[str], keys: Iterable[str] | Select[str],
               by_rowid: bool = False, by_id: bool = False) -> ColumnElement[bool]:
    """Recommendations linked to one of ``keys`` through a link table, as ``id IN (subquery)``:
    SQLite reads the link table's index once, where a correlated EXISTS probed it for every row
    (a theme and a search at 267,000: 430 ms, now a few).

    For a page read by walking the order's index (see ``WALK_LINKS_FROM``), each row walked is
    tested without reading it:

    - ``by_id``: walking the reference's order, whose index holds the id (revision
      0017_order_ids): ``id || '' IN (the links' ids)``, the ids read in one pass of the link
      index (the commonest affected group at 267,000: 3.6 ms, 12.8 as rowids);
    - ``by_rowid``: other orders, whose indexes hold the rowid but not the id, as
      ``rowid+0 IN (the linked rows' rowids)`` (each link's record looked up once by its id)."""
    table = key_column.table
    if by_id:
        return _unindexed(R.id.expression).in_(select(table.c.recommendation_id).where(key_column.in_(keys)))
    if not by_rowid:
        return R.id.in_(select(table.c.recommendation_id).where(key_column.in_(keys)))
    linked = R.__table__.alias("linked_record")
    rowids = (
        select(literal_column("linked_record.rowid", Integer))
        .select_from(table.join(linked, linked.c.id == table.c.recommendation_id))
        .where(key_column.in_(keys))
    )
    return literal_column("recommendations.rowid", Integer).op("+", is_comparison=False)(0).in_(rowids)


# A page filtered by a theme or an affected group linked to many records is read
# like a search with many hits: by walking the order's index and keeping the linked rows. The
# most common theme of the whole index (3,868 of 267,000 records): 15 ms sorting its rows, 7.5 ms
# walking. With few links sorting wins (the walk would pass most of the index to fill a page);
# the two costs meet near 2,000 links at 267,000 records.
WALK_LINKS_FROM = 2000
# PostgreSQL: a page of a theme or group with at most this many links is read from the links and
# sorted (recommendations.py). Walking the order's index reads about 100 x records / links
# records for a page of 100 when they are spread evenly (more when they are not, as the themes'
# are): the two costs meet near 5,000 links at 267,000 records.
SORT_LINKS_UNDER = 10_000
# PostgreSQL, a page of theme, affected-group or SDG choices alone in the reference's order: the
# ids of the linked records are hashed once and the (reference_order, id) index (revision
# 0017_order_ids) walked without reading a record until the page is found (``linked_walk``). A
# walked entry costs 0.3-0.5 µs, a linked record read and sorted ~15 µs (the commonest theme at
# 267,000: 3,445 links, its first page 5-8 ms walked, 45-90 sorted; at offset 1,000: 42 walked, 53
# sorted): a page is walked while the entries before its end, about (offset + limit) x records /
# links, number fewer than this many times the links' own count squared.
WALK_VS_SORT_SERVER = 40


def links_alone(f: RecommendationFilter) -> bool:
    """Whether ``f`` chooses themes, affected groups or SDG targets and nothing else."""
    if not (f.theme or f.affected_group or f.sdg):
        return False
    return replace(f, theme=(), affected_group=(), sdg=()) == RecommendationFilter()


def entity_alone(f: RecommendationFilter) -> bool:
    """Whether ``f`` chooses entities (lead or supporting) and nothing else."""
    return bool(f.entity) and replace(f, entity=()) == RecommendationFilter()


def _entity_ids_condition(ids: list[str]) -> ColumnElement[bool]:
    """PostgreSQL, the entity facet on a walk of the reference's index: the ids of the records an
    entity leads or supports, read from two indexes alone ((lead_entity_id, id), revision
    0019_pg_kept_counts, and the supporting links) and hashed once, so that the walk tests each id
    it reads without reading the record (``lead OR id IN (links)`` read every record walked: the
    commonest entity at 267,000 records, 10,028 records, offset 1,000: 157 ms; hashed: 19)."""
    led = Recommendation.__table__.alias("led")
    links = recommendation_supporting_entities
    ids_of = union_all(select(led.c.id).where(led.c.lead_entity_id.in_(ids)),
                       select(links.c.recommendation_id).where(links.c.entity_id.in_(ids)))
    return R.id.in_(ids_of)


def walk_links_server(session: Session, linked: int, end: int) -> bool:
    """PostgreSQL: whether a page ending at row ``end`` of ``linked`` records is found sooner by
    walking the reference's index (``WALK_VS_SORT_SERVER``). The records counted by the server's
    own statistics (``pg_class.reltuples``, kept by ANALYZE and autovacuum); a table never
    analysed (-1) is not walked."""
    records = session.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'recommendations'::regclass"))
    if records is None or records < 0 or linked <= 0:
        return False
    return end * float(records) < WALK_VS_SORT_SERVER * linked * linked


# Tested by id (the reference's order, near its start), a row walked costs a third of a rowid test
# and the walk wins from fewer links: the commonest SDG target (1,695 links at 267,000) takes
# 7.7 ms walked, 11.8 sorted; the two meet near 1,400.
WALK_LINKS_BY_ID_FROM = 1400
# Tested by id (``_linked_to``), a walk steps over the rows before its page at twice the cost of
# the rowid test once they pass (a row read each): deeper pages are read with rowids (offset 1,000
# of that group: 25 ms either way; 7,000: 144 ms by id, 78 by rowid).
LINKS_BY_ID_UNTIL = 1000


def _sdg_targets(f: RecommendationFilter) -> Select[str]:
    """The SDG targets ``f`` chose: targets by code ("16.1"), every target of a goal ("16")."""
    codes = [v.strip() for v in f.sdg if "." in v]
    goals = [int(v) for v in (s.strip() for s in f.sdg) if v.isdigit()]
    return select(SdgTarget.code).where(or_(SdgTarget.code.in_(codes), SdgTarget.goal.in_(goals)))


def linked_estimate(session: Session, f: RecommendationFilter) -> int | None:
    """The fewest links of the theme, affected-group and SDG choices of ``f`` (an upper bound of
    the records they leave), from the link indexes alone; None when it chose none of them."""
    counts = []
    if f.sdg:  # the commonest target at 267,000: 19 ms sorting its records, 7 walking
        link = recommendation_sdg_targets.c.target_code
        counts.append(int(session.scalar(select(func.count()).where(link.in_(_sdg_targets(f)))) or 0))
    for values, model, key_column in (
        (f.theme, Theme, recommendation_themes.c.theme_key),
        (f.affected_group, AffectedGroup, recommendation_groups.c.group_key),
    ):
        if values:
            keys = _resolve_named(session, model, model.key, values)
            counts.append(int(session.scalar(select(func.count()).where(key_column.in_(keys))) or 0))
    return min(counts) if counts else None


# The record's own columns whose indexes do not hold the reference after the value, and the
# entity (lead or supporting).
UNORDERED_FACETS = ("lead_entity", "cluster", "entity")


def leaves_many(session: Session, f: RecommendationFilter, total: int | None) -> bool:
    """Whether a page of ``f`` (``total`` records) is found sooner by walking the order's index
    and testing each row than by reading every record the filter's own index gives and sorting
    them: walking reads about 100·N/total rows for a page of 100 among N records, sorting reads
    total rows, so walking wins past total = 10·√N (5,200 of 267,000; 700 of 5,000)."""
    if total is None or not any(getattr(f, facet) for facet in UNORDERED_FACETS):
        return False
    from nrtd_desktop.services import register_counts

    everything = register_counts.count(session, RecommendationFilter())
    return everything is not None and total * total > 100 * everything


def overdue_condition(today: date) -> ColumnElement[bool]:
    """A recommendation is overdue when one of its actions (or its cluster's) is past its end
    date and neither completed nor cancelled."""
    late = and_(
        Action.end_date < today,
        Action.status.not_in([ActionStatus.COMPLETED, ActionStatus.CANCELLED]),
    )
    return or_(
        exists().where(Action.recommendation_id == R.id, late),
        and_(R.cluster_id.is_not(None), exists().where(Action.cluster_id == R.cluster_id, late)),
    )


def conditions(
    session: Session,
    f: RecommendationFilter,
    today: date,
    *,
    walk_order_index: bool = False,
    links_by_rowid: bool = False,
    links_by_id: bool = False,
    own_unindexed: bool = False,
    entity_as_ids: bool = False,
) -> list[ColumnElement[bool]]:
    """``own_unindexed``: the lead entity, entity and cluster conditions are written so that SQLite tests
    them on each row of the order's index instead of looking them up (``leaves_many``). The other
    own columns have indexes in the reference's order within each value (revision 0004), which a
    page of one value reads directly. ``entity_as_ids``: PostgreSQL, the entity facet as the ids
    it leaves (``_entity_ids_condition``)."""
    where: list[ColumnElement[bool]] = []
    def own(column: Any) -> ColumnElement[Any]:
        """A column of the record itself, unindexed when the walk tests it on each row."""
        return _unindexed(column) if own_unindexed else column

    server = is_postgresql(session)
    if f.search.strip():
        condition = search_condition(session, f.search, walk_order_index=walk_order_index)
        if condition is not None:
            where.append(condition)
    if f.ids:
        where.append(R.id.in_(f.ids))
    if f.mechanism:
        where.append(natural_in("mechanism", f.mechanism, plain=server))
    if f.body:
        where.append(R.body_code.in_(f.body))
    if f.cycle:
        where.append(R.cycle.in_(f.cycle))
    if f.position:
        where.append(natural_in("position", f.position, plain=server))
    if f.status:
        where.append(natural_in("status", f.status, plain=server))
    if f.priority:
        where.append(natural_in("priority", f.priority, plain=server))
    walked = {"by_rowid": links_by_rowid, "by_id": links_by_id}
    if f.theme:
        keys = _resolve_named(session, Theme, Theme.key, f.theme)
        where.append(_linked_to(recommendation_themes.c.theme_key, keys, **walked) if keys else false())
    if f.affected_group:
        keys = _resolve_named(session, AffectedGroup, AffectedGroup.key, f.affected_group)
        where.append(_linked_to(recommendation_groups.c.group_key, keys, **walked) if keys else false())
    if f.sdg:
        where.append(_linked_to(recommendation_sdg_targets.c.target_code, _sdg_targets(f), **walked))
    if f.entity:
        ids = entity_ids(session, f.entity)
        # Walked (``own_unindexed``): the lead tested on each row, the supporting links by the id the
        # order's index holds. Looked up, SQLite took both indexes and sorted every record they
        # gave (the commonest entity at 267,000: 30 ms).
        supporting = _linked_to(recommendation_supporting_entities.c.entity_id, ids, by_id=own_unindexed)
        if not ids:
            where.append(false())
        elif entity_as_ids:
            where.append(_entity_ids_condition(ids))
        else:
            where.append(or_(own(R.lead_entity_id).in_(ids), supporting))
    if f.lead_entity:
        ids = entity_ids(session, tuple(v for v in f.lead_entity if v != "none"))
        lead = [own(R.lead_entity_id).in_(ids)] if ids else []
        if "none" in f.lead_entity:
            lead.append(own(R.lead_entity_id).is_(None))
        where.append(or_(*lead) if lead else false())
    if f.cluster:
        ids = cluster_ids(session, tuple(v for v in f.cluster if v != "none"))
        in_cluster = [own(R.cluster_id).in_(ids)] if ids else []
        if "none" in f.cluster:
            in_cluster.append(own(R.cluster_id).is_(None))
        where.append(or_(*in_cluster) if in_cluster else false())
    if f.country:
        codes = country_codes(f.country)
        where.append(_linked_to(recommendation_countries.c.state_alpha3, codes, **walked))
    if f.mandate:
        codes = mandate_codes(f.mandate)
        where.append(_linked_to(recommendation_mandates.c.mandate_code, codes, **walked))
    if f.overdue is not None:
        condition = overdue_condition(today)
        where.append(condition if f.overdue else ~condition)
    return where


def filtered_ids(session: Session, f: RecommendationFilter, today: date) -> Select[str]:
    return select(R.id).where(*conditions(session, f, today))


def count(session: Session, f: RecommendationFilter, today: date) -> int:
    from nrtd_desktop.services import register_counts  # it reads filters with this module's helpers

    # A filter on the record's own columns, or one theme, State, cluster...: the counts the
    # database keeps (db/counts.py) answer without reading records (the 160,000 UPR records
    # of 267,000 took 25 ms to count through their index).
    kept = register_counts.count(session, f)
    if kept is not None:
        return kept
    if f.search.strip() and f == RecommendationFilter(search=f.search):
        # A search alone: the index counts its hits without touching a row (4 ms instead of 60
        # for 166,000 hits); every record is indexed exactly once (db/fts.py).
        hits = fts_hits(session, f.search)
        if hits is not None:
            return hits
    # Many hits and other filters: start from the other filters and test each row against the hits
    # (a theme and "rights" at 267,000: 200 ms the other way round).
    if is_postgresql(session):
        linked = _links_alone(session, f)
        if linked is not None:
            return linked
    walk = (bool(f.search.strip()) and _is_sqlite(session)
            and (fts_hits(session, f.search) or 0) > SORT_WITHIN_HITS)
    where = conditions(session, f, today, walk_order_index=walk)
    statement = select(func.count()).select_from(R).where(*where)
    return int(session.scalar(statement) or 0)


def _links_alone(session: Session, f: RecommendationFilter) -> int | None:
    """PostgreSQL: the count of a register filtered by themes or by affected groups alone, from
    their links (each record linked once to a key): the server otherwise read every record to
    test it against the links (20-30 ms for the commonest theme at 267,000 records)."""
    for name, model, key_column in (("theme", Theme, recommendation_themes.c.theme_key),
                                    ("affected_group", AffectedGroup, recommendation_groups.c.group_key)):
        values = getattr(f, name)
        if values and f == RecommendationFilter(**{name: values}):
            keys = _resolve_named(session, model, model.key, values)
            records = key_column.table.c.recommendation_id
            statement = select(func.count(records.distinct())).where(key_column.in_(keys))
            return int(session.scalar(statement) or 0)
    return None
