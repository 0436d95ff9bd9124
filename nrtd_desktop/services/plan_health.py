"""Plan health: the lists a coordinator works from, each counted in full and listed up to a limit.

- recommendations with no lead entity (neither their own nor their cluster's);
- recommendations with no action (neither their own nor their cluster's), leaving out the UPR
  recommendations the State only *noted*, which it has not committed to carry out;
- actions with no indicator; actions with no start or no end date;
- overdue actions (past their end date, neither completed nor cancelled), the latest first due;
- indicators with no progress reported in the last N days (an update linked to the indicator,
  to its action, or for a recommendation's indicator to one of its actions), leaving out the
  indicators of finished actions.

All in SQL, so that the lists stay quick on the full index (267,000 recommendations).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from nrtd_desktop.db.models import Action, Cluster, Entity, Indicator, ProgressUpdate, Recommendation
from nrtd_desktop.domain.enums import Position
from nrtd_desktop.domain.rollup import FINISHED
from nrtd_desktop.services.plan_dto import (
    CLUSTER,
    RECOMMENDATION,
    HealthItem,
    HealthList,
    PlanHealth,
    PlanOwner,
)

DEFAULT_STALE_DAYS = 90
R, A, P = Recommendation, Action, ProgressUpdate
I = Indicator  # noqa: E741 - the table's initial, like R, A and P
LABEL_CHARS = 200


def _short(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _count(session: Session, statement: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0)


def _limited(statement: Select[Any], limit: int | None) -> Select[Any]:
    return statement if limit is None else statement.limit(limit)


def no_lead_entity_condition() -> ColumnElement[bool]:
    K = aliased(Cluster)
    cluster_lead = exists().where(K.id == R.cluster_id, K.lead_entity_id.is_not(None))
    return and_(R.lead_entity_id.is_(None), ~cluster_lead)


def no_action_condition() -> ColumnElement[bool]:
    own = exists().where(A.recommendation_id == R.id)
    of_cluster = and_(R.cluster_id.is_not(None), exists().where(A.cluster_id == R.cluster_id))
    return and_(~own, ~of_cluster, or_(R.position.is_(None), R.position != Position.NOTED))


def overdue_action_condition(today: date) -> ColumnElement[bool]:
    return and_(A.end_date < today, A.status.not_in(list(FINISHED)))


def stale_indicator_condition(cutoff: date) -> ColumnElement[bool]:
    A2 = aliased(Action)
    recent = exists().where(
        P.reported_on >= cutoff,
        or_(
            P.indicator_id == I.id,
            and_(I.action_id.is_not(None), P.action_id == I.action_id),
            and_(
                I.recommendation_id.is_not(None),
                P.action_id.in_(select(A2.id).where(A2.recommendation_id == I.recommendation_id)),
            ),
        ),
    )
    finished_action = exists().where(A.id == I.action_id, A.status.in_(list(FINISHED)))
    return and_(~recent, ~finished_action)


def _recommendation_items(session: Session, condition: ColumnElement[bool], limit: int | None) -> HealthList:
    statement = select(R.id, R.reference, R.text_ar, R.text_en).where(condition).order_by(R.reference)
    items = tuple(
        HealthItem(
            "recommendation",
            row.id,
            PlanOwner(RECOMMENDATION, row.id, row.reference, row.reference),
            _short(row.text_ar),
            _short(row.text_en),
        )
        for row in session.execute(_limited(statement, limit))
    )
    return HealthList("", _count(session, statement), items)


def _owners(session: Session, rec_ids: set[str], cluster_ids: set[str]) -> dict[str, PlanOwner]:
    owners: dict[str, PlanOwner] = {}
    if rec_ids:
        for rec_id, reference in session.execute(select(R.id, R.reference).where(R.id.in_(rec_ids))):
            owners[rec_id] = PlanOwner(RECOMMENDATION, rec_id, reference, reference)
    if cluster_ids:
        for cluster in session.scalars(select(Cluster).where(Cluster.id.in_(cluster_ids))):
            owners[cluster.id] = PlanOwner(CLUSTER, cluster.id, cluster.name_ar, cluster.name_en)
    return owners


def _action_items(
    session: Session, condition: ColumnElement[bool], limit: int | None, *, by_end: bool = False
) -> HealthList:
    statement = (
        select(A.id, A.title_ar, A.title_en, A.end_date, A.recommendation_id, A.cluster_id, Entity.code)
        .outerjoin(Entity, Entity.id == A.lead_entity_id)
        .where(condition)
    )
    statement = (
        statement.order_by(A.end_date, A.sort_order)
        if by_end
        else statement.order_by(A.recommendation_id, A.cluster_id, A.sort_order)
    )
    rows = session.execute(_limited(statement, limit)).all()
    owners = _owners(
        session,
        {r.recommendation_id for r in rows if r.recommendation_id},
        {r.cluster_id for r in rows if r.cluster_id},
    )
    items = tuple(
        HealthItem(
            "action",
            r.id,
            owners.get(r.recommendation_id or r.cluster_id or "", PlanOwner(RECOMMENDATION, "")),
            r.title_ar,
            r.title_en,
            r.code,
            r.end_date if by_end else None,
        )
        for r in rows
    )
    return HealthList("", _count(session, statement), items)


def _indicator_items(session: Session, cutoff: date, limit: int | None) -> HealthList:
    statement = (
        select(I.id, I.name_ar, I.name_en, I.action_id, I.recommendation_id, Entity.code)
        .outerjoin(Entity, Entity.id == I.responsible_entity_id)
        .where(stale_indicator_condition(cutoff))
        .order_by(I.created_at)
    )
    rows = session.execute(_limited(statement, limit)).all()
    action_owner = {
        a.id: (a.recommendation_id, a.cluster_id)
        for a in session.execute(
            select(A.id, A.recommendation_id, A.cluster_id).where(
                A.id.in_({r.action_id for r in rows if r.action_id})
            )
        )
    }
    rec_ids = {r.recommendation_id for r in rows if r.recommendation_id}
    rec_ids |= {rec for rec, _cluster in action_owner.values() if rec}
    owners = _owners(session, rec_ids, {c for _rec, c in action_owner.values() if c})
    last = _last_progress(session, [r.id for r in rows])
    items = []
    for r in rows:
        owner_id = r.recommendation_id or next((x for x in action_owner.get(r.action_id, ()) if x), "")
        items.append(
            HealthItem(
                "indicator",
                r.id,
                owners.get(owner_id or "", PlanOwner(RECOMMENDATION, "")),
                r.name_ar,
                r.name_en,
                r.code,
                last.get(r.id),
            )
        )
    return HealthList("", _count(session, statement), tuple(items))


def _last_progress(session: Session, indicator_ids: list[str]) -> dict[str, date]:
    from nrtd_desktop.services.plan_convert import last_progress_of_indicators

    if not indicator_ids:
        return {}
    return last_progress_of_indicators(
        session, list(session.scalars(select(I).where(I.id.in_(indicator_ids))))
    )


def health(
    session: Session, today: date, stale_days: int = DEFAULT_STALE_DAYS, limit: int | None = 500
) -> PlanHealth:
    from nrtd_desktop.services.validation import int_range

    stale_days = int_range("stale_days", stale_days, 1, 3650, optional=False) or DEFAULT_STALE_DAYS
    cutoff = today - timedelta(days=stale_days)
    lists = {
        "no_lead_entity": _recommendation_items(session, no_lead_entity_condition(), limit),
        "no_action": _recommendation_items(session, no_action_condition(), limit),
        "action_no_indicator": _action_items(session, ~exists().where(I.action_id == A.id), limit),
        "action_no_dates": _action_items(session, or_(A.start_date.is_(None), A.end_date.is_(None)), limit),
        "overdue_actions": _action_items(session, overdue_action_condition(today), limit, by_end=True),
        "stale_indicators": _indicator_items(session, cutoff, limit),
    }
    return PlanHealth(
        today=today,
        stale_days=stale_days,
        lists={key: HealthList(key, found.count, found.items) for key, found in lists.items()},
    )
