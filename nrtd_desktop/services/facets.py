"""Counts per value of a register facet, for the filter lists and the dashboard.

The counts of a facet are taken under every other active filter but not its own, so that a
person can widen a choice (tick a second status) and see what it would add.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import (
    AffectedGroup,
    Body,
    Cluster,
    Entity,
    Mandate,
    Recommendation,
    SdgTarget,
    State,
    Theme,
    recommendation_countries,
    recommendation_groups,
    recommendation_mandates,
    recommendation_sdg_targets,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.dto.register import FacetValue, RecommendationFilter
from nrtd_desktop.services import register_query

Ts = TypeVarTuple("Ts")

R = Recommendation
FACETS = (
    "mechanism",
    "body",
    "cycle",
    "position",
    "theme",
    "affected_group",
    "sdg",
    "entity",
    "lead_entity",
    "cluster",
    "status",
    "priority",
    "country",
    "mandate",
)


def facet_values(session: Session, facet: str, f: RecommendationFilter, today: Any) -> list[FacetValue]:
    if facet not in FACETS:
        raise ValidationError("validation.invalid_choice", field="facet", value=facet)
    cleared: dict[str, Any] = {facet: ()}  # a field named at run time: checked against FACETS above
    others = dataclasses.replace(f, **cleared)
    ids = register_query.filtered_ids(session, others, today).subquery()
    # Under no other filter every record counts: no "id IN (every id)" to test for each of the
    # 533,000 theme links of the whole index (0.5 s; the link index alone answers in ~0.1 s).
    in_filter = None if others.is_empty() else R.id.in_(select(ids.c.id))

    def grouped(column) -> list[tuple[Any, int]]:  # type: ignore[no-untyped-def]
        return list(session.execute(_where(select(column, func.count()), in_filter).group_by(column)).all())

    if facet in ("mechanism", "position", "status", "priority"):
        vocabulary = labels.VOCABULARIES[facet]
        return [
            _value(
                str(value) if value is not None else "none",
                vocabulary.get(value or "none", (value, value)),
                count,
            )
            for value, count in sorted(grouped(getattr(R, facet)), key=lambda vc: labels.order(facet, vc[0]))
        ]
    if facet == "cycle":
        return [
            FacetValue(str(v), *labels.cycle_names(v), n)
            for v, n in sorted(grouped(R.cycle), key=lambda vc: (vc[0] is None, vc[0] or 0))
            if v is not None
        ]
    if facet == "body":
        names = {b.code: (b.name_ar, b.name_en) for b in session.scalars(select(Body))}
        return [
            _value(code, names.get(code, (code, code)), n) for code, n in sorted(grouped(R.body_code))
        ]
    if facet == "theme":
        return _linked(
            session,
            recommendation_themes.c.theme_key,
            recommendation_themes.c.recommendation_id,
            in_filter,
            {t.key: (t.name_ar, t.name_en) for t in session.scalars(select(Theme))},
        )
    if facet == "affected_group":
        return _linked(
            session,
            recommendation_groups.c.group_key,
            recommendation_groups.c.recommendation_id,
            in_filter,
            {g.key: (g.name_ar, g.name_en) for g in session.scalars(select(AffectedGroup))},
        )
    if facet == "sdg":
        return _linked(
            session,
            recommendation_sdg_targets.c.target_code,
            recommendation_sdg_targets.c.recommendation_id,
            in_filter,
            {
                t.code: (f"{t.code} {t.title_ar}", f"{t.code} {t.title_en}")
                for t in session.scalars(select(SdgTarget))
            },
        )
    if facet == "country":
        return _linked(
            session,
            recommendation_countries.c.state_alpha3,
            recommendation_countries.c.recommendation_id,
            in_filter,
            {s.alpha3: (s.name_ar, s.name_en) for s in session.scalars(select(State))},
        )
    if facet == "mandate":
        return _linked(
            session,
            recommendation_mandates.c.mandate_code,
            recommendation_mandates.c.recommendation_id,
            in_filter,
            {m.code: (m.name_ar, m.short_en) for m in session.scalars(select(Mandate))},
        )
    if facet == "cluster":
        names = {c.id: (c.name_ar, c.name_en or c.name_ar) for c in session.scalars(select(Cluster))}
        return [
            FacetValue(key or "none", *names.get(key, labels.NONE_LABEL), n)
            for key, n in grouped(R.cluster_id)
            if key is None or key in names
        ]
    entities = {e.id: (e.code, e.name_ar, e.name_en) for e in session.scalars(select(Entity))}
    if facet == "lead_entity":
        return [
            FacetValue(
                entities[key][0] if key else "none", *(entities[key][1:] if key else labels.NONE_LABEL), n
            )
            for key, n in grouped(R.lead_entity_id)
            if key is None or key in entities
        ]
    # entity: lead or supporting, each recommendation counted once per entity
    link = recommendation_supporting_entities
    counts: dict[str, set[str]] = {}
    for rec_id, lead_id in session.execute(
        _where(select(R.id, R.lead_entity_id).where(R.lead_entity_id.is_not(None)), in_filter)
    ):
        assert lead_id is not None  # the query keeps led recommendations only
        counts.setdefault(lead_id, set()).add(rec_id)
    for rec_id, entity_id in session.execute(
        _linked_under(select(link.c.recommendation_id, link.c.entity_id), link.c.recommendation_id, in_filter)
    ):
        counts.setdefault(entity_id, set()).add(rec_id)
    return sorted(
        (
            FacetValue(entities[k][0], entities[k][1], entities[k][2], len(v))
            for k, v in counts.items()
            if k in entities
        ),
        key=lambda fv: fv.key,
    )


def _value(key: str, names: tuple[str, str], count: int) -> FacetValue:
    return FacetValue(key, names[0], names[1], count)


def _where(statement: Select[*Ts], condition: ColumnElement[bool] | None) -> Select[*Ts]:
    return statement if condition is None else statement.where(condition)


def _linked_under(statement: Select[*Ts], rec_column: ColumnElement[str],
                  in_filter: ColumnElement[bool] | None) -> Select[*Ts]:
    """Link rows of the recommendations under the filter (all of them: no condition at all)."""
    return statement if in_filter is None else statement.where(rec_column.in_(select(R.id).where(in_filter)))


def _linked(session: Session, key_column, rec_column, in_filter, names) -> list[FacetValue]:  # type: ignore[no-untyped-def]
    statement = _linked_under(select(key_column, func.count()), rec_column, in_filter).group_by(key_column)
    rows = session.execute(statement).all()
    values = [_value(key, names.get(key, (key, key)), n) for key, n in rows]
    return sorted(values, key=lambda fv: (-fv.count, fv.name_en))
