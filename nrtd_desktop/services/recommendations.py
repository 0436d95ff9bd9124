"""The register's use cases: list, count, read, create, edit and delete recommendations."""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import fields
from typing import Any

from sqlalchemy import Float, Integer, Row, Select, column, literal, literal_column, select, text, true
from sqlalchemy.orm import Session, joinedload, selectinload

from nrtd_desktop.db import deletions, first_page, fts, search_pg
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import (
    Body,
    Cluster,
    Document,
    Entity,
    Recommendation,
    recommendation_themes,
)
from nrtd_desktop.db.writes import next_search_rowid, search_text_of
from nrtd_desktop.domain.enums import (
    AnnotationType,
    ImplementationStatus,
    MechanismKind,
    Position,
    Priority,
)
from nrtd_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.search_query import other_script, parse
from nrtd_desktop.dto.register import (
    FacetValue,
    RecommendationDetail,
    RecommendationFilter,
    RecommendationInput,
    RecommendationRow,
    SearchHelp,
    SearchSuggestion,
)
from nrtd_desktop.services import facets, lookups, register_counts, register_query, validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.detail_read import read_detail
from nrtd_desktop.services.mandates import mandates_of

R = Recommendation
INPUT_FIELDS = {f.name for f in fields(RecommendationInput)}
# Orders an index serves (the natural reference order's index, and the order indexes of revisions
# 0004_performance and 0010_ui_settings, which break ties by the natural reference order).
INDEXED_ORDERS = frozenset(
    {"reference", "priority", "status", "position", "mechanism", "body", "cycle", "updated"}
)
THEMES_IN_LIMIT = 900  # ids per IN (...) list; more and the themes are read in one pass
# Hits read on each side of a ranked page, so that records tied in score with its first or last
# row are ordered by their reference whichever of them the index handed over first.
RANK_MARGIN = 40

ORDER_COLUMNS: dict[str, Any] = {
    "reference": R.reference_order,
    "text": R.text_ar,
    "text_en": R.text_en,
    "mechanism": R.mechanism,
    "body": R.body_code,
    "cycle": R.cycle,
    "date": R.publication_date,
    "position": R.position,
    "priority": R.priority,
    "status": R.status,
    "lead_entity": Entity.code,
    "updated": R.updated_at,
}




class RecommendationService(Service):
    # ---- reading -----------------------------------------------------------------------------

    def count(self, f: RecommendationFilter | None = None) -> int:
        with self.context.read() as session:
            return register_query.count(session, f or RecommendationFilter(), self.context.today())

    def list(
        self,
        f: RecommendationFilter | None = None,
        order_by: str = "reference",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 200,
        lang: Lang = "ar",
        total: int | None = None,
    ) -> list[RecommendationRow]:
        """A page of the register. ``total``: how many records ``f`` leaves, when the caller
        knows it (the window counts first). SQLite reaches an OFFSET by stepping over every row
        before it (0.46 s for the last page of 267,000), so with ``total`` a page in the second
        half is read from the other end of the same order, which is total (the reference breaks
        ties), and reversed.

        ``order_by="relevance"``: the most relevant first (bm25), the reference breaking ties,
        when ``f`` searches (see ``ranked_by_relevance``); else the reference's order."""
        f = f or RecommendationFilter()
        with self.context.read() as session:
            match = register_query.relevance_match(session, f) if order_by == "relevance" else None
            if match is not None:
                rows = self._ranked_rows(session, f, match, offset, limit, lang)
                themes = self._themes_of(session, [row.id for row in rows])
                mandates = mandates_of(session, [row.id for row in rows if row.body_code == "SP"])
                return [self._row(row, themes, mandates) for row in rows]
        if order_by == "relevance":
            order_by, descending = "reference", False
        if (f.is_empty() and order_by == "reference" and not descending and offset == 0 and limit is not None
                and self.context.is_sqlite):
            # The register as it opens: the one definition the window also paints before
            # SQLAlchemy is imported (db/first_page.py, nrtd_desktop/opening.py).
            with self.context.read() as session:
                connection = session.connection()
                return first_page.read(lambda sql, params: connection.exec_driver_sql(sql, tuple(params)),
                                       lang, limit)
        from_end = False
        if total is not None and offset > total // 2:
            from_end = True
            stop = total if limit is None else min(offset + limit, total)
            offset, limit, descending = total - stop, stop - offset, not descending
        with self.context.read() as session:
            page = None
            if order_by == "reference" and limit is not None and not self.context.is_sqlite:
                page = self._search_page_pg(session, f, descending, offset, limit, lang)
                if page is None:
                    page = self._linked_page_pg(session, f, descending, offset, limit, lang)
            if page is not None:
                rows = list(session.execute(page).all())
            else:
                statement = self._row_query(session, f, order_by, descending, lang, total, offset)
                if offset:
                    statement = statement.offset(offset)
                if limit is not None:
                    statement = statement.limit(limit)
                rows = list(session.execute(statement).all())
            themes = self._themes_of(session, [row.id for row in rows])
            mandates = mandates_of(session, [row.id for row in rows if row.body_code == "SP"])
        if from_end:
            rows.reverse()
        return [self._row(row, themes, mandates) for row in rows]

    def search_help(self, f: RecommendationFilter) -> SearchHelp:
        """What to offer when ``f`` finds nothing: the search with a word fewer, without its
        exclusions, without the other filters, and whether its words are all in one language
        (the texts may say it in the other)."""
        query = parse(f.search)
        others = dataclasses.replace(f, search="")

        def found(search: str) -> SearchSuggestion:
            return SearchSuggestion(search, self.count(dataclasses.replace(f, search=search)))

        fewer = sorted((s for s in map(found, query.fewer_words()) if s.count),
                       key=lambda s: (-s.count, s.search))
        without = query.without_exclusions()
        excluded = found(without) if without is not None else None
        alone = None
        if not others.is_empty():
            alone = self.count(RecommendationFilter(search=f.search)) if f.search.strip() else self.count()
        return SearchHelp(search=f.search, fewer_words=tuple(fewer[:2]),
                          without_exclusions=excluded if excluded and excluded.count else None,
                          without_filters=alone, other_language=other_script(query))

    def ranked_by_relevance(self, f: RecommendationFilter) -> bool:
        """Whether ``list(f, order_by="relevance")`` ranks: ``f`` searches for some word and has
        no more than ``register_query.RANK_LIMIT`` hits."""
        with self.context.read() as session:
            return register_query.relevance_match(session, f) is not None

    @staticmethod
    def _row(row: Any, themes: dict[str, tuple[str, ...]],
             mandates: dict[str, tuple[Any, ...]]) -> RecommendationRow:
        return RecommendationRow(
            id=row.id,
            reference=row.reference,
            text_ar=row.text_ar,
            text_en=row.text_en,
            mechanism=row.mechanism,
            body=row.body_code,
            cycle=row.cycle,
            session=row.session,
            document_symbol=row.document_symbol,
            publication_date=row.publication_date,
            position=row.position,
            priority=row.priority,
            status=row.status,
            lead_entity=row.lead_code,
            cluster=row.cluster_name,
            themes=tuple(themes.get(row.id, ())),
            mandates=mandates.get(row.id, ()),
        )

    def _ranked_rows(self, session: Session, f: RecommendationFilter, match: str, offset: int,
                     limit: int | None, lang: Lang) -> builtins.list[Any]:
        """The rows of a page in relevance order (bm25, then the reference in its natural order).

        A search alone: the index ranks its hits and hands over the page's rowids with a margin
        on both sides; when the records tied with the page's first and last ones all lie inside
        the margin, sorting that window by (score, reference) gives the page exactly, and only
        those rows are read. Otherwise (long ties, other filters) every hit is joined with its
        score and SQLite sorts them."""
        if register_query.is_postgresql(session):
            return self._ranked_rows_pg(session, f, match, offset, limit, lang)
        if f == RecommendationFilter(search=f.search) and limit is not None:
            start = max(0, offset - RANK_MARGIN)
            wanted = offset - start + limit + RANK_MARGIN
            window = fts.ranked_rowids(session.connection(), match, start, wanted)
            first, last = offset - start, min(offset - start + limit, len(window)) - 1
            whole_start = start == 0 or first >= len(window) or window[0][1] != window[first][1]
            whole_end = len(window) < wanted or last < first or window[-1][1] != window[last][1]
            if whole_start and whole_end:
                scores = dict(window)
                statement = self._row_columns(lang).where(R.search_rowid.in_(list(scores)))
                rows = sorted(session.execute(statement).all(),
                              key=lambda row: (scores[row.search_rowid], reference_order(row.reference)))
                return rows[first:first + limit]
        hits = (
            text(fts.RANKED_SQL + " LIMIT -1")  # LIMIT: kept a subquery of its own, as bm25 needs
            .bindparams(match=match)
            .columns(column("hit_rowid", Integer), column("score", Float))
            .subquery("hits")
        )
        others = register_query.conditions(session, dataclasses.replace(f, search=""), self.context.today())
        statement = (self._row_columns(lang).join(hits, hits.c.hit_rowid == R.search_rowid).where(*others)
                     .order_by(hits.c.score, R.reference_order))
        if offset:
            statement = statement.offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
        return list(session.execute(statement).all())

    def _ranked_rows_pg(self, session: Session, f: RecommendationFilter, tsquery: str, offset: int,
                        limit: int | None, lang: Lang) -> builtins.list[Any]:
        """PostgreSQL: the hits ordered by ``ts_rank`` (``db/search_pg.py``), then the reference.

        A search alone: the server ranks the hits in their narrow table and keeps those at least
        as relevant as the page's last one (ties included), and only those are joined with
        their records: joining all 7,456 hits of "freedom of expression" to sort them by (rank,
        reference) read 30,000 pages of the records for a page of 100 (200 ms at 267,000)."""
        search_alone = f == RecommendationFilter(search=f.search) and limit is not None
        ranked = search_pg.TOP_RANKED_SQL if search_alone else search_pg.RANKED_SQL
        params: dict[str, Any] = {"tsquery": tsquery}
        if search_alone:
            params["last"] = offset + (limit or 0) - 1
        hits = (
            text(ranked)
            .bindparams(**params)
            .columns(column("hit_rowid", Integer), column("score", Float))
            .subquery("hits")
        )
        others = register_query.conditions(session, dataclasses.replace(f, search=""), self.context.today())
        statement = (self._row_columns(lang).join(hits, hits.c.hit_rowid == R.search_rowid).where(*others)
                     .order_by(hits.c.score.desc(), R.reference_order))
        if offset:
            statement = statement.offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
        return list(session.execute(statement).all())

    def _search_page_pg(self, session: Session, f: RecommendationFilter, descending: bool, offset: int,
                        limit: int, lang: Lang) -> Select[*tuple[Any, ...]] | None:
        """PostgreSQL, a search alone in the reference's order: the page's records chosen in the
        search's own table, which keeps each record's reference beside its vector (revision
        0018), then only those read. The server otherwise joined every hit with its record to
        sort them (7,456 hits of "freedom of expression": 30,000 pages read, 110 ms at 267,000
        records), its estimate of the hits too low to walk the reference's index instead. With
        many hits walking that index finds a page soonest, and the server does (17,285 hits of
        "torture": 22 ms, 70 ms sorting them; 7,456: 93 ms walking, 53 sorting). None: not such
        a page."""
        if not f.search.strip() or f != RecommendationFilter(search=f.search):
            return None
        tsquery = search_pg.match_query(parse(f.search))
        if tsquery is None:
            return None
        if search_pg.hit_count(session.connection(), tsquery) > register_query.SORT_WITHIN_HITS_SERVER:
            return None
        chosen = (text(search_pg.PAGE_SQL_DESC if descending else search_pg.PAGE_SQL)
                  .bindparams(tsquery=tsquery, offset=offset, limit=limit)
                  .columns(column("search_rowid", Integer)))
        return (self._row_columns(lang).where(R.search_rowid.in_(chosen))
                .order_by(R.reference_order.desc() if descending else R.reference_order.asc()))

    def _linked_page_pg(self, session: Session, f: RecommendationFilter, descending: bool, offset: int,
                        limit: int, lang: Lang) -> Select[*tuple[Any, ...]] | None:
        """PostgreSQL, themes, affected groups or SDG targets alone, or entities alone (lead or
        supporting), in the reference's order: the page's ids found by walking the
        (reference_order, id) index alone, each id tested against the linked ids hashed once
        (``(id IN (links)) IS TRUE``: kept out of the planner's semi-join, which probed the links
        for every record walked, 133 ms), then only those 100 records read. Sorting the linked
        records instead read each of them (the commonest theme at 267,000, 3,445 links: 45-90 ms;
        walked 5-8 ms); the entity's ``lead OR supported`` tested on each record walked read
        every one of them (its commonest, 10,028 records, offset 1,000: 157 ms; walked 19). None:
        not such a page, or one that sorting finds sooner (``register_query.walk_links_server``);
        an entity's records are counted by the counts the server keeps."""
        entity = register_query.entity_alone(f)
        if entity:
            linked = register_counts.count(session, f)
        elif register_query.links_alone(f):
            linked = register_query.linked_estimate(session, f)
        else:
            return None
        if linked is None or not register_query.walk_links_server(session, linked, offset + limit):
            return None
        tests = [condition.is_(true()) for condition in
                 register_query.conditions(session, f, self.context.today(), entity_as_ids=entity)]
        order = R.reference_order.desc() if descending else R.reference_order.asc()
        chosen = select(R.id, R.reference_order).where(*tests).order_by(order).offset(offset).limit(limit)
        page = chosen.subquery("page")
        return (self._row_columns(lang).join(page, page.c.id == R.id)
                .order_by(page.c.reference_order.desc() if descending else page.c.reference_order.asc()))

    @staticmethod
    def _row_columns(lang: Lang) -> Select[*tuple[Any, ...]]:
        """The columns of a register row, without the filter or the order."""
        cluster_name = Cluster.name_ar if lang == "ar" else Cluster.name_en
        return (
            select(
                R.id,
                R.reference,
                R.text_ar,
                R.text_en,
                R.mechanism,
                R.body_code,
                R.cycle,
                R.session,
                R.document_symbol,
                R.publication_date,
                R.position,
                R.priority,
                R.status,
                R.search_rowid,
                Entity.code.label("lead_code"),
                cluster_name.label("cluster_name"),
            )
            .outerjoin(Entity, Entity.id == R.lead_entity_id)
            .outerjoin(Cluster, Cluster.id == R.cluster_id)
        )

    def _row_query(
        self, session: Session, f: RecommendationFilter, order_by: str, descending: bool, lang: Lang,
        total: int | None = None, offset: int = 0,
    ) -> Select[*tuple[Any, ...]]:
        columns = ORDER_COLUMNS.get(order_by)
        if columns is None:
            raise ValidationError("validation.invalid_choice", field="order_by", value=order_by)
        if order_by == "text":
            columns = R.text_ar if lang == "ar" else R.text_en
        if order_by in register_query.NATURAL_ORDERS and len(getattr(f, order_by)) == 1:
            # Every row shown has the same value of the sort column, so (value, reference) is
            # the reference's order, which its own index serves. The vocabulary-order index
            # cannot seek to one value: filtering "in progress" and sorting by status walked it
            # from its start (117 ms at 267,000). Body and cycle indexes seek by value already.
            order_by, columns = "reference", R.reference_order
        walk = False
        if f.search.strip() and order_by in INDEXED_ORDERS and self.context.is_sqlite:
            # Many hits: walk the order's index rather than sort every hit (register_query).
            hits = register_query.fts_hits(session, f.search)
            walk = hits is not None and hits > register_query.SORT_WITHIN_HITS
        links = by_id = sort_links = False
        if order_by in INDEXED_ORDERS and self.context.is_sqlite:  # rowids: SQLite's own
            linked = register_query.linked_estimate(session, f)
            # The reference's index holds the id: the walk tests the links by id near the start
            # (register_query._linked_to), by rowid deeper and along the other orders' indexes.
            by_id = order_by == "reference" and offset < register_query.LINKS_BY_ID_UNTIL
            walk_from = register_query.WALK_LINKS_BY_ID_FROM if by_id else register_query.WALK_LINKS_FROM
            links = linked is not None and linked > walk_from
            by_id = by_id and links
        elif order_by == "reference":
            # PostgreSQL walks the reference's index and tests each record for the theme, even
            # when the theme's records are few and far between: the commonest theme at 267,000
            # (3,868 links) read 19,000 records for a page of 100, 210 ms. Below this many links
            # its records are read by their links and sorted (45 ms), the index out of reach.
            linked = register_query.linked_estimate(session, f)
            sort_links = linked is not None and linked <= register_query.SORT_LINKS_UNDER
        # A filter on the record's own columns that leaves many records ("no cluster": 259,000 of
        # 267,000) is read like a search with many hits: walking the order's index finds a page
        # after a few hundred rows, where SQLite took the filter's index and sorted every record
        # it left (0.4 s).
        own = order_by in INDEXED_ORDERS and (walk or links or register_query.leaves_many(session, f, total))
        statement = self._row_columns(lang).where(*register_query.conditions(
            session, f, self.context.today(), walk_order_index=walk, links_by_rowid=links and not by_id,
            links_by_id=by_id, own_unindexed=own))
        if order_by in register_query.NATURAL_ORDERS:
            # The vocabulary's own order (high before medium before low), empty values last, written
            # as the expression the indexes of revision 0004_performance hold.
            columns = literal_column(register_query.natural_order_sql(order_by))
        # The reference (in its natural order) breaks ties so that paging through a sorted register
        # is stable; it goes the same way as the order so that SQLite can read the
        # (order, reference_order) index backwards.
        tie = R.reference_order
        if order_by == "reference":  # written twice, SQLite no longer sees the index's own order
            # Sorting a few links' records: the reference's index kept out of PostgreSQL's reach.
            reference = tie.op("||")(literal("")) if sort_links else tie
            return statement.order_by(reference.desc() if descending else reference.asc())
        if descending:
            return statement.order_by(columns.desc(), tie.desc())
        return statement.order_by(columns.asc(), tie.asc())

    @staticmethod
    def _themes_of(session: Session, ids: builtins.list[str]) -> dict[str, tuple[str, ...]]:
        if not ids:
            return {}
        link = recommendation_themes
        statement = select(link.c.recommendation_id, link.c.theme_key)
        if len(ids) > THEMES_IN_LIMIT:
            # A whole register (267,000 ids) is more than SQLite accepts as parameters: read every
            # link once and keep the wanted ones.
            wanted = set(ids)
            links: Iterable[Row[Any, Any]] = (row for row in session.execute(statement) if row[0] in wanted)
        else:
            links = session.execute(statement.where(link.c.recommendation_id.in_(ids)))
        return first_page.themes_by_record(links)

    def references(self) -> builtins.list[str]:
        """Every reference, in order (the report form's completer): no rows, no themes."""
        with self.context.read() as session:
            return list(session.scalars(select(R.reference).order_by(R.reference_order)))

    def facet_values(self, facet: str, f: RecommendationFilter | None = None) -> builtins.list[FacetValue]:
        with self.context.read() as session:
            return facets.facet_values(session, facet, f or RecommendationFilter(), self.context.today())

    def ids(self, f: RecommendationFilter | None = None) -> builtins.list[str]:
        with self.context.read() as session:
            statement = register_query.filtered_ids(
                session, f or RecommendationFilter(), self.context.today()
            )
            return list(session.scalars(statement))

    def get(self, record_id: str) -> RecommendationDetail:
        with self.context.read() as session:
            return read_detail(session, record_id)

    def find(self, reference: str) -> RecommendationDetail:
        with self.context.read() as session:
            record_id = session.scalar(select(R.id).where(R.reference == reference.strip()))
            if record_id is None:
                raise NotFoundError("recommendation", reference)
            return read_detail(session, record_id)

    @staticmethod
    def _load(session: Session, record_id: str) -> Recommendation:
        record = session.scalar(
            select(R)
            .where(R.id == record_id)
            .options(
                # The record with every list loaded, as a deletion keeps it whole.
                joinedload(R.lead_entity),
                joinedload(R.cluster),
                selectinload(R.themes),
                selectinload(R.affected_groups),
                selectinload(R.sdg_targets),
                selectinload(R.recommending_states),
                selectinload(R.supporting_entities),
            )
        )
        if record is None:
            raise NotFoundError("recommendation", record_id)
        return record

    # ---- writing -----------------------------------------------------------------------------

    def create(self, data: RecommendationInput) -> RecommendationDetail:
        with self.context.write() as session:
            record = Recommendation(search_rowid=next_search_rowid(session))
            values = {f.name: getattr(data, f.name) for f in fields(RecommendationInput)}
            apply_changes(session, record, values, creating=True)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(
        self, record_id: str, changes: dict[str, Any], expected_version: int | None = None
    ) -> RecommendationDetail:
        unknown = set(changes) - INPUT_FIELDS
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        with self.context.write() as session:
            # The record alone: a list is loaded only when this save replaces it (its old items
            # are the history's "before"); a status edit on a server does not read six lists.
            record = session.scalar(
                select(R).where(R.id == record_id).options(joinedload(R.lead_entity), joinedload(R.cluster))
            )
            if record is None:
                raise NotFoundError("recommendation", record_id)
            if expected_version is not None and record.version != expected_version:
                raise self._conflict(session, record, changes, expected_version)
            apply_changes(session, record, changes, creating=False)
            # The detail as saved, read in the same transaction (one statement): written, the
            # record's version and stamps are set by the history listener. A second transaction
            # cost a shared server's save 3 round trips more (issue 24's load test).
            session.flush()
            return read_detail(session, record_id)

    def _conflict(self, session: Session, record: Recommendation, changes: dict[str, Any],
                  expected_version: int) -> StaleRecordError:
        """The conflict of a save against a record saved meanwhile, with both values of every
        field this save changes that now differs."""
        stored = input_of(read_detail(session, record.id))
        values = tuple((field, _shown(getattr(stored, field, None)), _shown(value))
                       for field, value in changes.items()
                       if _shown(getattr(stored, field, None)) != _shown(value))
        return StaleRecordError("recommendation", record.reference, values,
                                versions=(record.version, expected_version))

    def delete(self, record_id: str) -> Deletion:
        """Delete with its plan (actions, indicators, progress, challenges, links); the deletion
        is kept, and ``services.deletions.restore`` puts all of it back with the same ids."""
        with self.context.write() as session:
            return deletions.delete(session, [self._load(session, record_id)])


def _shown(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple | list):
        return ", ".join(map(str, value)) or "-"
    return str(getattr(value, "value", value))


def input_of(detail: RecommendationDetail) -> RecommendationInput:
    """The input that re-creates ``detail`` (used to duplicate, and to undo a deletion)."""
    return RecommendationInput(
        reference=detail.reference,
        body=detail.body,
        text_ar=detail.text_ar,
        text_en=detail.text_en,
        document_symbol=detail.document_symbol,
        document_date=detail.document_date,
        cycle=detail.cycle,
        session=detail.session,
        paragraph=detail.paragraph,
        annotation_type=detail.annotation_type,
        recommending_states=tuple(s.key for s in detail.recommending_states),
        position=detail.position,
        position_source=detail.position_source,
        action_category=detail.action_category,
        priority=detail.priority,
        status=detail.status,
        follow_up=detail.follow_up,
        follow_up_due=detail.follow_up_due,
        notes=detail.notes,
        themes=tuple(t.key for t in detail.themes),
        affected_groups=tuple(g.key for g in detail.affected_groups),
        sdg_targets=tuple(t.key for t in detail.sdg_targets),
        lead_entity=detail.lead_entity.code if detail.lead_entity else None,
        supporting_entities=tuple(e.code for e in detail.supporting_entities),
        cluster=detail.cluster_id,
    )


def apply_changes(
    session: Session, record: Recommendation, values: dict[str, Any], *, creating: bool
) -> None:
    """Validate ``values`` (RecommendationInput field names) and write them onto ``record``.

    Every check runs before the first attribute is set, so a bad value changes nothing.
    """
    current = {name: getattr(record, name, None) for name in ("reference", "text_ar", "text_en")}
    merged = {**current, **values}
    staged: dict[str, Any] = {}
    if creating or "reference" in values:
        reference = validation.required_text("reference", merged.get("reference"))
        clash = session.scalar(select(R.id).where(R.reference == reference, R.id != (record.id or "")))
        if clash:
            raise ValidationError("validation.duplicate", field="reference", value=reference)
        staged["reference"] = reference
    if creating or {"text_ar", "text_en"} & set(values):
        text_ar = (merged.get("text_ar") or "").strip()
        text_en = (merged.get("text_en") or "").strip()
        if not text_ar and not text_en:
            raise ValidationError("validation.required", field="text")
        staged["text_ar"], staged["text_en"] = text_ar, text_en
    body: Body | None = None
    if creating or "body" in values:
        body = lookups.body(session, validation.required_text("body", merged.get("body")))
        staged["body_code"], staged["mechanism"] = body.code, body.mechanism
    mechanism = staged.get("mechanism", record.mechanism)
    if "position" in values or creating:
        position = validation.choice("position", values.get("position"), Position, optional=True)
        if position and mechanism != MechanismKind.UPR:
            raise ValidationError("validation.position_upr_only", field="position")
        staged["position"] = position
    simple: dict[str, Callable[[Any], Any]] = {
        "annotation_type": lambda v: validation.choice(
            "annotation_type", v or "recommendation", AnnotationType
        ),
        "priority": lambda v: validation.choice("priority", v, Priority, optional=True),
        "status": lambda v: validation.choice("status", v or "not_started", ImplementationStatus),
        "action_category": lambda v: validation.int_range("action_category", v, 1, 5),
        "cycle": lambda v: validation.int_range("cycle", v, 1, 20),
        "document_date": lambda v: validation.as_date("document_date", v),
        "follow_up_due": lambda v: validation.as_date("follow_up_due", v),
        "follow_up": bool,
        "notes": lambda v: (v or "").strip(),
        "paragraph": lambda v: (str(v).strip() or None) if v is not None else None,
        "session": lambda v: (str(v).strip() or None) if v is not None else None,
        "position_source": lambda v: (v or "").strip() or None,
        "document_symbol": lambda v: (v or "").strip() or None,
    }
    for name, check in simple.items():
        if name in values or creating:
            staged[name] = check(values.get(name))
    relations: dict[str, Any] = {}
    if "themes" in values:
        relations["themes"] = lookups.themes(session, values["themes"] or ())
    if "affected_groups" in values:
        relations["affected_groups"] = lookups.affected_groups(session, values["affected_groups"] or ())
    if "sdg_targets" in values:
        relations["sdg_targets"] = lookups.sdg_targets(session, values["sdg_targets"] or ())
    if "recommending_states" in values:
        relations["recommending_states"] = lookups.states(session, values["recommending_states"] or ())
    if "supporting_entities" in values:
        relations["supporting_entities"] = lookups.entities(session, values["supporting_entities"] or ())
    if "lead_entity" in values:
        lead = values["lead_entity"]
        staged["lead_entity_id"] = lookups.entity(session, lead).id if lead else None
    if "cluster" in values:
        cluster = values["cluster"]
        staged["cluster_id"] = lookups.cluster(session, cluster).id if cluster else None

    # All checks passed: write.
    if not creating and "status" in staged and staged["status"] != record.status:
        # A status a person sets by hand is an override: the roll-up from the plan's actions
        # must not silently replace it (the plan editor can clear the override).
        staged["status_overridden"] = True
    document_date = staged.pop("document_date", None) if "document_date" in staged else None
    for name, value in staged.items():
        setattr(record, name, value)
    if "document_date" in values or creating:
        record.publication_date = document_date
    for name, value in relations.items():
        setattr(record, name, value)
    if record.document_symbol and (creating or "document_symbol" in values or "document_date" in values):
        record.document = _document_for(session, record)
    elif "document_symbol" in values and not record.document_symbol:
        record.document = None
    record.search_text = search_text_of(record)


def _document_for(session: Session, record: Recommendation) -> Document:
    document = session.scalar(select(Document).where(Document.symbol == record.document_symbol))
    if document is None:
        document = Document(
            symbol=record.document_symbol,
            body_code=record.body_code,
            date=record.publication_date,
            cycle=record.cycle,
            session=record.session,
        )
        session.add(document)
    elif record.publication_date and document.date is None:
        document.date = record.publication_date
    return document
