"""A recommendation's detail in one statement: the record, its lead entity and cluster, and each
of its lists aggregated into one JSON array by a subquery.

On a server each statement is a round trip: read list by list, a detail took seven statements
plus the transaction's own (12 round trips, about 8 ms of waiting at 267,000, issue 24). Joining
every list instead multiplies the rows: a joint recommendation of thirty States with five themes
and four groups would come as 600 rows repeating the record's texts. Aggregated, it is one row
whatever the lists' lengths. SQLite reads it the same way (its JSON functions), so the detail has
one definition on both engines; saves still load the relationships, which they change.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ColumnElement, ScalarSelect, func, inspect, select
from sqlalchemy.orm import Session, joinedload

from nrtd_desktop.db.models import Recommendation
from nrtd_desktop.domain.errors import NotFoundError
from nrtd_desktop.dto.register import RecommendationDetail
from nrtd_desktop.services.convert import DETAIL_LISTS, DetailList, detail_of
from nrtd_desktop.services.register_query import is_postgresql

R = Recommendation


def read_detail(session: Session, record_id: str) -> RecommendationDetail:
    server = is_postgresql(session)
    statement = (
        select(R, *(_aggregated(spec, server) for spec in DETAIL_LISTS))
        .where(R.id == record_id)
        # Many-to-one: joined, they add columns, never rows.
        .options(joinedload(R.lead_entity), joinedload(R.cluster))
    )
    row = session.execute(statement).one_or_none()
    if row is None:
        raise NotFoundError("recommendation", record_id)
    record, *arrays = row
    lists = {
        spec.relationship: spec.items(tuple(v) for v in (values or ()))
        for spec, values in zip(DETAIL_LISTS, arrays, strict=True)
    }
    return detail_of(record, lists)


def _aggregated(spec: DetailList, server: bool) -> ScalarSelect[Any]:
    """The items of one list of the record as a JSON array of arrays (NULL for none)."""
    relationship = inspect(R).relationships[spec.relationship]
    target = relationship.mapper.class_
    values: list[ColumnElement[Any]] = [getattr(target, c) for c in spec.columns]
    if server:
        array = func.json_agg(func.json_build_array(*values), type_=JSON)
    else:
        array = func.json_group_array(func.json_array(*values), type_=JSON)
    assert relationship.secondary is not None and relationship.secondaryjoin is not None
    return (
        select(array)
        .select_from(relationship.secondary)
        .join(target, relationship.secondaryjoin)
        .where(relationship.primaryjoin)
        .scalar_subquery()
    )
