"""Read recommendations as ``MemberRow``s in one query (cluster view, entity view, similar lists)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from nrtd_desktop.db.models import Cluster, Entity, Recommendation
from nrtd_desktop.dto.classify import MemberRow

R = Recommendation
SQLITE_VARIABLES = 900  # stay under SQLite's limit of bound parameters per statement


def _statement() -> Any:
    lead = aliased(Entity)
    return (
        select(R.id, R.reference, R.text_ar, R.text_en, R.mechanism, R.body_code, R.cycle, R.session,
               R.document_symbol, R.position, R.priority, R.priority_score, R.status, lead.code,
               R.cluster_id, Cluster.name_ar, Cluster.name_en)
        .outerjoin(lead, lead.id == R.lead_entity_id)
        .outerjoin(Cluster, Cluster.id == R.cluster_id)
    )


def _row(values: Any) -> MemberRow:
    return MemberRow(*values)


def member_rows(session: Session, ids: Iterable[str]) -> dict[str, MemberRow]:
    wanted = list(dict.fromkeys(ids))
    rows: dict[str, MemberRow] = {}
    for start in range(0, len(wanted), SQLITE_VARIABLES):
        chunk = wanted[start:start + SQLITE_VARIABLES]
        for values in session.execute(_statement().where(R.id.in_(chunk))):
            rows[values[0]] = _row(values)
    return rows


def rows_where(session: Session, *conditions: Any) -> list[MemberRow]:
    return [_row(v) for v in session.execute(_statement().where(*conditions).order_by(R.reference_order))]


def resolve_record(session: Session, value: str) -> str:
    """A recommendation's id from its id or its reference."""
    from nrtd_desktop.domain.errors import NotFoundError

    value = (value or "").strip()
    found = session.scalar(select(R.id).where((R.id == value) | (R.reference == value)))
    if found is None:
        raise NotFoundError("recommendation", value)
    return found
