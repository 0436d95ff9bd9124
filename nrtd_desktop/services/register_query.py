"""Turn a RecommendationFilter into SQL: one place for the register, the CLI, reports and export.

Facet values are resolved to keys first (a theme may be given by key or by either name), then
each facet becomes an indexed condition. The full-text match runs as an ``IN (subquery)`` so
that SQLite evaluates it once instead of once per row (PERFORMANCE.md: 45 times faster).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Integer, Select, and_, column, exists, false, func, or_, select, text
from sqlalchemy.orm import Session

from nrtd_desktop.db import fts
from nrtd_desktop.db.models import (
    Action,
    AffectedGroup,
    Cluster,
    Entity,
    Recommendation,
    SdgTarget,
    Theme,
    recommendation_groups,
    recommendation_sdg_targets,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.domain.arabic import normalize, search_terms
from nrtd_desktop.domain.enums import ActionStatus
from nrtd_desktop.services.dto import RecommendationFilter

R = Recommendation


def _resolve_named(session: Session, model: type, key_column, values: tuple[str, ...]) -> list[str]:  # type: ignore[no-untyped-def]
    """Keys of reference rows given by key or by English or Arabic name (normalised)."""
    wanted = {normalize(v) for v in values}
    keys = []
    for key, name_en, name_ar in session.execute(select(key_column, model.name_en, model.name_ar)):
        if wanted & {normalize(key), normalize(name_en), normalize(name_ar)}:
            keys.append(key)
    return keys


def entity_ids(session: Session, codes: tuple[str, ...]) -> list[str]:
    wanted = {normalize(c) for c in codes}
    return [
        entity_id
        for entity_id, code, name_ar, name_en in session.execute(
            select(Entity.id, Entity.code, Entity.name_ar, Entity.name_en)
        )
        if wanted & {normalize(code), normalize(name_ar), normalize(name_en), entity_id}
    ]


def cluster_ids(session: Session, values: tuple[str, ...]) -> list[str]:
    wanted = {normalize(v) for v in values}
    return [
        cluster_id
        for cluster_id, name_ar, name_en in session.execute(
            select(Cluster.id, Cluster.name_ar, Cluster.name_en)
        )
        if wanted & {cluster_id, normalize(name_ar), normalize(name_en)}
    ]


def _in_or_none(column, values: tuple[str, ...]) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """``column IN values``, where the value "none" means the column is empty."""
    real = [v for v in values if v != "none"]
    conditions = []
    if real:
        conditions.append(column.in_(real))
    if "none" in values:
        conditions.append(column.is_(None))
    return or_(*conditions)


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    terms = search_terms(query)
    if not terms:
        return None
    if session.get_bind().dialect.name == "sqlite":
        match = text(f"SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :match").bindparams(
            match=fts.match_expression(terms)
        )
        return R.search_rowid.in_(match.columns(column("rowid", Integer)))
    return and_(*(R.search_text.contains(term, autoescape=True) for term in terms))


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


def conditions(session: Session, f: RecommendationFilter, today: date) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.search.strip():
        condition = search_condition(session, f.search)
        if condition is not None:
            where.append(condition)
    if f.ids:
        where.append(R.id.in_(f.ids))
    if f.mechanism:
        where.append(R.mechanism.in_(f.mechanism))
    if f.body:
        where.append(R.body_code.in_(f.body))
    if f.cycle:
        where.append(R.cycle.in_(f.cycle))
    if f.position:
        where.append(_in_or_none(R.position, f.position))
    if f.status:
        where.append(R.status.in_(f.status))
    if f.priority:
        where.append(_in_or_none(R.priority, f.priority))
    if f.theme:
        keys = _resolve_named(session, Theme, Theme.key, f.theme)
        where.append(
            exists().where(
                recommendation_themes.c.recommendation_id == R.id, recommendation_themes.c.theme_key.in_(keys)
            )
            if keys
            else false()
        )
    if f.affected_group:
        keys = _resolve_named(session, AffectedGroup, AffectedGroup.key, f.affected_group)
        where.append(
            exists().where(
                recommendation_groups.c.recommendation_id == R.id, recommendation_groups.c.group_key.in_(keys)
            )
            if keys
            else false()
        )
    if f.sdg:
        codes = [v.strip() for v in f.sdg if "." in v]
        goals = [int(v) for v in (s.strip() for s in f.sdg) if v.isdigit()]
        targets = select(SdgTarget.code).where(or_(SdgTarget.code.in_(codes), SdgTarget.goal.in_(goals)))
        where.append(
            exists().where(
                recommendation_sdg_targets.c.recommendation_id == R.id,
                recommendation_sdg_targets.c.target_code.in_(targets),
            )
        )
    if f.entity:
        ids = entity_ids(session, f.entity)
        where.append(
            or_(
                R.lead_entity_id.in_(ids),
                exists().where(
                    recommendation_supporting_entities.c.recommendation_id == R.id,
                    recommendation_supporting_entities.c.entity_id.in_(ids),
                ),
            )
            if ids
            else false()
        )
    if f.lead_entity:
        ids = entity_ids(session, tuple(v for v in f.lead_entity if v != "none"))
        lead = [R.lead_entity_id.in_(ids)] if ids else []
        if "none" in f.lead_entity:
            lead.append(R.lead_entity_id.is_(None))
        where.append(or_(*lead) if lead else false())
    if f.cluster:
        ids = cluster_ids(session, tuple(v for v in f.cluster if v != "none"))
        in_cluster = [R.cluster_id.in_(ids)] if ids else []
        if "none" in f.cluster:
            in_cluster.append(R.cluster_id.is_(None))
        where.append(or_(*in_cluster) if in_cluster else false())
    if f.overdue is not None:
        condition = overdue_condition(today)
        where.append(condition if f.overdue else ~condition)
    return where


def filtered_ids(session: Session, f: RecommendationFilter, today: date) -> Select[tuple[str]]:
    return select(R.id).where(*conditions(session, f, today))


def count(session: Session, f: RecommendationFilter, today: date) -> int:
    statement = select(func.count()).select_from(R).where(*conditions(session, f, today))
    return int(session.scalar(statement) or 0)
