"""The timeline's data: the dated actions of a cluster, an entity, a recommendation or the whole plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import Action, Recommendation, action_partners
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.services import lookups
from nrtd_desktop.services.plan_convert import action_rows, load_actions
from nrtd_desktop.services.plan_dto import Timeline, TimelineBar


def scope_condition(
    session: Session, cluster: str | None, entity: str | None, recommendation: str | None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if cluster:
        cluster_id = lookups.cluster(session, cluster).id
        members = select(Recommendation.id).where(Recommendation.cluster_id == cluster_id)
        where.append(or_(Action.cluster_id == cluster_id, Action.recommendation_id.in_(members)))
    if entity:
        entity_id = lookups.entity(session, entity, field="entity").id
        partner = exists().where(
            action_partners.c.action_id == Action.id, action_partners.c.entity_id == entity_id
        )
        where.append(or_(Action.lead_entity_id == entity_id, partner))
    if recommendation:
        record = session.get(Recommendation, recommendation) or session.scalar(
            select(Recommendation).where(Recommendation.reference == recommendation)
        )
        if record is None:
            raise ValidationError("validation.unknown", field="recommendation", value=recommendation)
        mine = Action.recommendation_id == record.id
        where.append(or_(mine, Action.cluster_id == record.cluster_id) if record.cluster_id else mine)
    return where


def timeline(
    session: Session,
    today: date,
    *,
    cluster: str | None = None,
    entity: str | None = None,
    recommendation: str | None = None,
) -> Timeline:
    actions = load_actions(session, *scope_condition(session, cluster, entity, recommendation))
    dated = [a for a in actions if a.start_date and a.end_date]
    bars = tuple(
        TimelineBar(
            action_id=row.id,
            owner=row.owner,
            title_ar=row.title_ar,
            title_en=row.title_en,
            lead_entity=row.lead_entity,
            start=row.start_date,
            end=row.end_date,  # type: ignore[arg-type]
            status=row.status,
            overdue=row.overdue,
            latest_percent=row.latest_percent,
        )
        for row in sorted(
            action_rows(session, dated, today),
            key=lambda r: (r.start_date, r.end_date, r.owner.label_en, r.sort_order),
        )
    )
    return Timeline(
        today=today,
        bars=bars,
        undated=len(actions) - len(dated),
        first=min((b.start for b in bars), default=None),
        last=max((b.end for b in bars), default=None),
    )
