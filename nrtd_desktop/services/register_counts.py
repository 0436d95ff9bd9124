"""Answers from the counts the database keeps (``db/counts.py``) instead of counting records.

Each function returns None when the filter asks for something the kept counts cannot answer
exactly (a search, several themes at once, a theme under a priority...): the caller then counts
the records as before. What the counts answer:

- ``count``: a filter on the record's own columns (mechanism, body, cycle, position, status,
  priority, lead entity), or one value of one linked facet (a theme, an affected group, an SDG
  target, a State under review, a mandate, a cluster, an entity as lead or supporter) with at
  most mechanism and status beside it;
- ``cube``: the records of such a filter by (mechanism, position, status, lead entity): the
  dashboard's headline, its mechanism and lead-entity charts;
- ``linked_by_status``: a linked facet's values split by status, under mechanism and status
  filters: the dashboard's themes chart;
- ``facet_counts``: a facet's values with their counts, for its list.

The counts are kept by the database's own triggers on both engines (``db/counts.py`` on SQLite,
``db/counts_pg.py`` on a PostgreSQL server).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.counts import NO_CYCLE, link_counts, register_counts
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.services import register_query

C = register_counts
L = link_counts
OWN = ("mechanism", "body", "cycle", "position", "status", "priority", "lead_entity")
KINDS = ("mechanism", "status")  # what link_counts keeps beside a linked value
# A facet of the filter -> the link_counts facet that counts it.
LINKED = {"theme": "theme", "affected_group": "affected_group", "sdg": "sdg", "country": "country",
          "mandate": "mandate", "cluster": "cluster"}
# The cube's columns by facet name.
CUBE = {"mechanism": C.c.mechanism, "body": C.c.body_code, "cycle": C.c.cycle, "position": C.c.position,
        "status": C.c.status, "priority": C.c.priority, "lead_entity": C.c.lead_entity_id}


def _used(f: RecommendationFilter) -> set[str]:
    """The facets ``f`` chooses something in (a blank search is no search)."""
    used = {field.name for field in dataclasses.fields(f) if getattr(f, field.name) not in ((), None, "")}
    if "search" in used and not f.search.strip():
        used.discard("search")
    return used


def _stored(values: tuple[Any, ...]) -> list[Any]:
    """Filter values as the counts keep them: "none" is the empty string."""
    return ["" if v == "none" else v for v in values]


def _own_conditions(
    session: Session, f: RecommendationFilter, columns: dict[str, Any]
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    for facet in OWN:
        values = getattr(f, facet)
        if not values or facet not in columns:
            continue
        column = columns[facet]
        if facet == "cycle":
            where.append(column.in_([int(v) for v in values]))
        elif facet == "lead_entity":
            ids = register_query.entity_ids(session, tuple(v for v in values if v != "none"))
            where.append(column.in_(ids + ([""] if "none" in values else [])))
        else:
            where.append(column.in_(_stored(values)))
    return where


def _only(f: RecommendationFilter, allowed: set[str] | tuple[str, ...]) -> bool:
    return _used(f) <= set(allowed)


def cube(session: Session, f: RecommendationFilter) -> dict[tuple[str, str, str, str], int] | None:
    """(mechanism, position, status, lead entity id) -> records, "none" for empty; None when
    ``f`` is not a filter on the record's own columns."""
    if not _only(f, OWN):
        return None
    columns = (C.c.mechanism, C.c.position, C.c.status, C.c.lead_entity_id)
    statement = (
        select(*columns, func.sum(C.c.n))
        .where(*_own_conditions(session, f, CUBE), C.c.n > 0)
        .group_by(*columns)
    )
    return {
        tuple(str(v) if v != "" else "none" for v in row[:4]): int(row[4])  # type: ignore[misc]
        for row in session.execute(statement)
    }


def linked_by_status(
    session: Session, facet: str, f: RecommendationFilter
) -> dict[str, dict[str, int]] | None:
    """value -> status -> records linked to it, for the records of ``f``; None unless ``f``
    filters on mechanism and status only."""
    if not _only(f, KINDS):
        return None
    statement = (
        select(L.c.item, L.c.status, func.sum(L.c.n))
        .where(L.c.facet == facet, L.c.n > 0, *_own_conditions(session, f, {k: L.c[k] for k in KINDS}))
        .group_by(L.c.item, L.c.status)
    )
    found: dict[str, dict[str, int]] = {}
    for item, status, number in session.execute(statement):
        if number:
            found.setdefault(str(item), {})[str(status)] = int(number)
    return found


def _linked_keys(session: Session, facet: str, values: tuple[str, ...]) -> list[str] | None:
    """The stored keys a linked facet's filter values name (None when they are not plain keys)."""
    from nrtd_desktop.db.models import AffectedGroup, Theme

    if facet == "theme":
        return register_query._resolve_named(session, Theme, Theme.key, values)
    if facet == "affected_group":
        return register_query._resolve_named(session, AffectedGroup, AffectedGroup.key, values)
    if facet == "sdg":
        return list(values) if all("." in v for v in values) else None  # a goal means its targets
    if facet == "country":
        return register_query.country_codes(values)
    if facet == "mandate":
        return register_query.mandate_codes(values)
    if facet == "cluster":
        ids = register_query.cluster_ids(session, tuple(v for v in values if v != "none"))
        return ids + ([""] if "none" in values else [])
    return None


def count(session: Session, f: RecommendationFilter) -> int | None:
    """How many records ``f`` selects, from the kept counts; None when they cannot say."""
    used = _used(f)
    if used <= set(OWN):
        where = _own_conditions(session, f, CUBE)
        return int(session.scalar(select(func.coalesce(func.sum(C.c.n), 0)).where(*where)) or 0)
    linked = used - set(KINDS)
    if len(linked) != 1:
        return None
    (facet,) = linked
    kinds = _own_conditions(session, f, {k: L.c[k] for k in KINDS})
    if facet == "entity":
        if len(f.entity) != 1:
            return None
        ids = register_query.entity_ids(session, f.entity)
        if len(ids) != 1:
            return None if ids else 0
        lead = count(session, dataclasses.replace(f, entity=(), lead_entity=(ids[0],))) or 0
        both = _linked_sum(session, "support_lead", ids, kinds)  # led and supported: counted once
        return lead + _linked_sum(session, "support", ids, kinds) - both
    if facet not in LINKED:
        return None
    keys = _linked_keys(session, facet, getattr(f, facet))
    # One value: each record is linked to it once. Several: a record linked to two is one record.
    if keys is None or len(set(keys)) > 1:
        return None
    return _linked_sum(session, LINKED[facet], keys, kinds) if keys else 0


def _linked_sum(session: Session, facet: str, keys: list[str], kinds: list[ColumnElement[bool]]) -> int:
    statement = select(func.coalesce(func.sum(L.c.n), 0)).where(L.c.facet == facet, L.c.item.in_(keys))
    statement = statement.where(*kinds)
    return int(session.scalar(statement) or 0)


def facet_counts(session: Session, facet: str, others: RecommendationFilter) -> list[tuple[Any, int]] | None:
    """(value, records) of ``facet`` under ``others`` (the filter without the facet's own choice):
    values as the records hold them (None for empty), zero counts left out; None when the kept
    counts cannot answer."""
    if facet in CUBE:
        if not _only(others, OWN):
            return None
        column = CUBE[facet]
        statement = (
            select(column, func.sum(C.c.n)).where(*_own_conditions(session, others, CUBE)).group_by(column)
        )
        empty = NO_CYCLE if facet == "cycle" else ""
        return [(None if v == empty else v, int(n)) for v, n in session.execute(statement) if n]
    linked = LINKED.get(facet) or ("support" if facet == "entity" else None)
    if linked is None or not _only(others, KINDS):
        return None
    kinds = _own_conditions(session, others, {k: L.c[k] for k in KINDS})
    totals: dict[str, int] = {}
    for name, sign in ((linked, 1), *((("support_lead", -1),) if facet == "entity" else ())):
        statement = select(L.c.item, func.sum(L.c.n)).where(L.c.facet == name, *kinds).group_by(L.c.item)
        for item, n in session.execute(statement):
            totals[str(item)] = totals.get(str(item), 0) + sign * int(n)
    if facet == "entity":  # lead or supporting: add the records each entity leads
        for item, n in facet_counts(session, "lead_entity", others) or []:
            if item is not None:
                totals[str(item)] = totals.get(str(item), 0) + n
    empty_means_none = facet == "cluster"
    return [((None if (empty_means_none and k == "") else k), n) for k, n in totals.items() if n]
