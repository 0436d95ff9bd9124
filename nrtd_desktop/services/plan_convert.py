"""Copy plan records into the plain rows of ``plan_dto`` (reading, never writing)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnExpressionArgument, func, select
from sqlalchemy.orm import Session, selectinload

from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
)
from nrtd_desktop.domain.rollup import is_overdue
from nrtd_desktop.domain.smart import IndicatorFacts, check_smart
from nrtd_desktop.dto.plan import (
    CLUSTER,
    RECOMMENDATION,
    ActionRow,
    ChallengeRow,
    IndicatorRow,
    PlanOwner,
    ProgressRow,
)
from nrtd_desktop.services.convert import entity_ref


def owner_of(session: Session, recommendation_id: str | None, cluster_id: str | None) -> PlanOwner:
    if recommendation_id:
        reference = session.scalar(
            select(Recommendation.reference).where(Recommendation.id == recommendation_id)
        )
        return PlanOwner(RECOMMENDATION, recommendation_id, reference or "", reference or "")
    cluster = session.get(Cluster, cluster_id) if cluster_id else None
    return PlanOwner(
        CLUSTER, cluster_id or "", cluster.name_ar if cluster else "", cluster.name_en if cluster else ""
    )


def latest_progress(session: Session, action_ids: Iterable[str]) -> dict[str, tuple[date, int | None]]:
    """(date, percent) of each action's newest progress update."""
    ids = list(action_ids)
    if not ids:
        return {}
    P = ProgressUpdate
    newest: dict[str, tuple[date, int | None]] = {}
    rows = session.execute(
        select(P.action_id, P.reported_on, P.percent)
        .where(P.action_id.in_(ids))
        .order_by(P.action_id, P.reported_on, P.created_at)
    )
    for action_id, reported_on, percent in rows:
        newest[action_id] = (reported_on, percent)  # ordered oldest first: the last one wins
    return newest


def indicator_counts(session: Session, action_ids: Iterable[str]) -> dict[str, int]:
    ids = list(action_ids)
    if not ids:
        return {}
    return dict(
        session.execute(  # type: ignore[arg-type]
            select(Indicator.action_id, func.count())
            .where(Indicator.action_id.in_(ids))
            .group_by(Indicator.action_id)
        ).all()
    )


def action_rows(session: Session, actions: list[Action], today: date) -> list[ActionRow]:
    ids = [a.id for a in actions]
    latest = latest_progress(session, ids)
    counts = indicator_counts(session, ids)
    owners: dict[tuple[str | None, str | None], PlanOwner] = {}
    rows = []
    for a in actions:
        key = (a.recommendation_id, a.cluster_id)
        if key not in owners:
            owners[key] = owner_of(session, *key)
        reported, percent = latest.get(a.id, (None, None))
        rows.append(
            ActionRow(
                id=a.id,
                version=a.version,
                owner=owners[key],
                sort_order=a.sort_order,
                title_ar=a.title_ar,
                title_en=a.title_en,
                description_ar=a.description_ar,
                description_en=a.description_en,
                lead_entity=entity_ref(a.lead_entity),
                partner_entities=tuple(
                    r for r in (entity_ref(e) for e in sorted(a.partners, key=lambda e: e.code)) if r
                ),
                start_date=a.start_date,
                end_date=a.end_date,
                status=a.status,
                budget=a.budget,
                expected_output_ar=a.expected_output_ar,
                expected_output_en=a.expected_output_en,
                overdue=is_overdue(a.status, a.end_date, today),
                indicator_count=counts.get(a.id, 0),
                latest_percent=percent,
                latest_report=reported,
            )
        )
    return rows


def load_actions(session: Session, *conditions: ColumnExpressionArgument[bool]) -> list[Action]:
    return list(
        session.scalars(
            select(Action)
            .where(*conditions)
            .options(selectinload(Action.lead_entity), selectinload(Action.partners))
            .order_by(Action.sort_order, Action.created_at)
        )
    )


def indicator_rows(session: Session, indicators: list[Indicator]) -> list[IndicatorRow]:
    """Rows with the SMART check, which needs the parent's lead entity and end date."""
    action_ids = {i.action_id for i in indicators if i.action_id}
    parents = (
        {a.id: a for a in session.scalars(select(Action).where(Action.id.in_(action_ids)))}
        if action_ids
        else {}
    )
    rec_ids = {i.recommendation_id for i in indicators if i.recommendation_id}
    rec_ids |= {a.recommendation_id for a in parents.values() if a.recommendation_id}
    # Keyed by optional ids: an indicator or action without the parent finds nothing.
    rec_leads: dict[str | None, str | None] = (
        dict(
            session.execute(
                select(Recommendation.id, Recommendation.lead_entity_id).where(Recommendation.id.in_(rec_ids))
            ).all()
        )
        if rec_ids
        else {}
    )
    cluster_ids = {a.cluster_id for a in parents.values() if a.cluster_id}
    cluster_leads: dict[str | None, str | None] = (
        dict(
            session.execute(
                select(Cluster.id, Cluster.lead_entity_id).where(Cluster.id.in_(cluster_ids))
            ).all()
        )
        if cluster_ids
        else {}
    )
    entity_ids = {i.responsible_entity_id for i in indicators if i.responsible_entity_id}
    entities = (
        {e.id: e for e in session.scalars(select(Entity).where(Entity.id.in_(entity_ids)))}
        if entity_ids
        else {}
    )
    last = last_progress_of_indicators(session, indicators)
    rows = []
    for i in indicators:
        action = parents.get(i.action_id) if i.action_id else None
        inherited_lead = None
        if action is not None:
            inherited_lead = (
                action.lead_entity_id
                or rec_leads.get(action.recommendation_id)
                or cluster_leads.get(action.cluster_id)
            )
        elif i.recommendation_id:
            inherited_lead = rec_leads.get(i.recommendation_id)
        facts = IndicatorFacts(
            name_ar=i.name_ar,
            name_en=i.name_en,
            indicator_type=i.indicator_type,
            baseline=i.baseline,
            target=i.target,
            unit=i.unit,
            data_source=i.data_source,
            due_date=i.due_date,
            responsible_entity=bool(i.responsible_entity_id or inherited_lead),
            attached=bool(action is not None or i.recommendation_id),
            parent_end_date=action.end_date if action is not None else None,
        )
        rows.append(
            IndicatorRow(
                id=i.id,
                version=i.version,
                action_id=i.action_id,
                recommendation_id=i.recommendation_id,
                indicator_type=i.indicator_type,
                name_ar=i.name_ar,
                name_en=i.name_en,
                baseline=i.baseline,
                target=i.target,
                current_value=i.current_value,
                unit=i.unit,
                data_source=i.data_source,
                frequency=i.frequency,
                due_date=i.due_date,
                responsible_entity=entity_ref(entities.get(i.responsible_entity_id or "")),
                smart=check_smart(facts),
                last_progress=last.get(i.id),
            )
        )
    return rows


def last_progress_of_indicators(session: Session, indicators: list[Indicator]) -> dict[str, date]:
    """The newest progress date that speaks for each indicator: an update linked to it, or any
    update of its action (people often report on the action without naming the indicator)."""
    if not indicators:
        return {}
    P = ProgressUpdate
    ids = [i.id for i in indicators]
    by_indicator = dict(
        session.execute(
            select(P.indicator_id, func.max(P.reported_on))
            .where(P.indicator_id.in_(ids))
            .group_by(P.indicator_id)
        ).all()
    )
    action_ids = {i.action_id for i in indicators if i.action_id}
    by_action: dict[str | None, date] = (
        dict(
            session.execute(
                select(P.action_id, func.max(P.reported_on))
                .where(P.action_id.in_(action_ids))
                .group_by(P.action_id)
            ).all()
        )
        if action_ids
        else {}
    )
    result = {}
    for i in indicators:
        dates = [d for d in (by_indicator.get(i.id), by_action.get(i.action_id)) if d]
        if dates:
            result[i.id] = max(dates)
    return result


def progress_row(update: ProgressUpdate, entity: Entity | None) -> ProgressRow:
    return ProgressRow(
        id=update.id,
        version=update.version,
        action_id=update.action_id,
        indicator_id=update.indicator_id,
        reported_on=update.reported_on,
        narrative_ar=update.narrative_ar,
        narrative_en=update.narrative_en,
        percent=update.percent,
        evidence=update.evidence,
        entity=entity_ref(entity),
        reporter=update.reporter,
    )


def challenge_rows(session: Session, challenges: list[Challenge]) -> list[ChallengeRow]:
    rec_ids = {c.recommendation_id for c in challenges if c.recommendation_id}
    references = (
        dict(
            session.execute(
                select(Recommendation.id, Recommendation.reference).where(Recommendation.id.in_(rec_ids))
            ).all()
        )
        if rec_ids
        else {}
    )
    action_ids = {c.action_id for c in challenges if c.action_id}
    titles = (
        {
            row.id: (row.title_ar, row.title_en)
            for row in session.execute(
                select(Action.id, Action.title_ar, Action.title_en).where(Action.id.in_(action_ids))
            )
        }
        if action_ids
        else {}
    )
    entity_ids = {c.entity_id for c in challenges if c.entity_id}
    entities = (
        {e.id: e for e in session.scalars(select(Entity).where(Entity.id.in_(entity_ids)))}
        if entity_ids
        else {}
    )
    rows = []
    for c in challenges:
        title = titles.get(c.action_id or "", (None, None))
        rows.append(
            ChallengeRow(
                id=c.id,
                version=c.version,
                category=c.category,
                description_ar=c.description_ar,
                description_en=c.description_en,
                effect_ar=c.effect_ar,
                effect_en=c.effect_en,
                mitigation_ar=c.mitigation_ar,
                mitigation_en=c.mitigation_en,
                support_needed_ar=c.support_needed_ar,
                support_needed_en=c.support_needed_en,
                status=c.status,
                recommendation_id=c.recommendation_id,
                recommendation_reference=references.get(c.recommendation_id or ""),
                action_id=c.action_id,
                action_title_ar=title[0],
                action_title_en=title[1],
                entity=entity_ref(entities.get(c.entity_id or "")),
                reported_on=c.reported_on,
            )
        )
    return rows
