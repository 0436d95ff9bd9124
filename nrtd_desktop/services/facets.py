"""Counts per value of a register facet, for the filter lists and the dashboard.

The counts of a facet are taken under every other active filter but not its own, so that a
person can widen a choice (tick a second status) and see what it would add.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, func, select
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
from nrtd_desktop.services import register_counts, register_query

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



# The facets read through a link table: (its key column, its recommendation column, the
# reference table's key, Arabic and English names).
_LINKED = {
    "theme": (recommendation_themes.c.theme_key, recommendation_themes.c.recommendation_id,
              (Theme.key, Theme.name_ar, Theme.name_en)),
    "affected_group": (recommendation_groups.c.group_key, recommendation_groups.c.recommendation_id,
                       (AffectedGroup.key, AffectedGroup.name_ar, AffectedGroup.name_en)),
    "sdg": (recommendation_sdg_targets.c.target_code, recommendation_sdg_targets.c.recommendation_id,
            (SdgTarget.code, SdgTarget.title_ar, SdgTarget.title_en)),
    "country": (recommendation_countries.c.state_alpha3, recommendation_countries.c.recommendation_id,
                (State.alpha3, State.name_ar, State.name_en)),
    "mandate": (recommendation_mandates.c.mandate_code, recommendation_mandates.c.recommendation_id,
                (Mandate.code, Mandate.name_ar, Mandate.short_en)),
}


def facet_values(session: Session, facet: str, f: RecommendationFilter, today: Any) -> list[FacetValue]:
    if facet not in FACETS:
        raise ValidationError("validation.invalid_choice", field="facet", value=facet)
    cleared: dict[str, Any] = {facet: ()}  # a field named at run time: checked against FACETS above
    others = dataclasses.replace(f, **cleared)
    # The counts the database keeps answer a list under no filter, or under filters on the
    # record's own columns (a few thousand rows summed, where counting read whole indexes: the
    # entity list took 360 ms at 267,000 records).
    kept = register_counts.facet_counts(session, facet, others)
    # Under no other filter every record counts: no "id IN (every id)" to test for each of the
    # 533,000 theme links of the whole index (0.5 s; the link index alone answers in ~0.1 s).
    in_filter = None
    if kept is None and not others.is_empty():
        in_filter = R.id.in_(select(register_query.filtered_ids(session, others, today).subquery().c.id))

    def grouped(column: SQLColumnExpression[Any]) -> list[tuple[Any, int]]:
        if kept is not None:
            return kept
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
        names = _names(session, Body.code, Body.name_ar, Body.name_en)
        return [
            _value(code, names.get(code, (code, code)), n) for code, n in sorted(grouped(R.body_code))
        ]
    if facet in _LINKED:
        key_column, rec_column, reference = _LINKED[facet]
        names = _names(session, *reference)
        if facet == "sdg":  # a target reads with its code: "5.2 Eliminate all forms of violence…"
            names = {code: (f"{code} {ar}", f"{code} {en}") for code, (ar, en) in names.items()}
        return _linked_values(session, kept, key_column, rec_column, in_filter, names)
    if facet == "cluster":
        clusters = _names(session, Cluster.id, Cluster.name_ar, Cluster.name_en)
        names = {k: (ar, en or ar) for k, (ar, en) in clusters.items()}
        return [
            _value(key or "none", names.get(key, labels.NONE_LABEL), n)
            for key, n in grouped(R.cluster_id)
            if key is None or key in names
        ]
    entities: dict[str, tuple[str, str, str]] = {
        entity_id: (code, name_ar, name_en)
        for entity_id, code, name_ar, name_en in session.execute(
            select(Entity.id, Entity.code, Entity.name_ar, Entity.name_en))
    }
    if facet == "lead_entity":
        return [
            _value(
                entities[key][0] if key else "none", entities[key][1:] if key else labels.NONE_LABEL, n
            )
            for key, n in grouped(R.lead_entity_id)
            if key is None or key in entities
        ]
    # entity: lead or supporting, each recommendation counted once per entity
    if kept is not None:
        return sorted(
            (FacetValue(entities[k][0], entities[k][1], entities[k][2], n) for k, n in kept if k in entities),
            key=lambda fv: fv.key,
        )
    link = recommendation_supporting_entities
    counts: dict[str, set[str]] = {}
    for rec_id, entity_id in session.execute(
        _where(select(R.id, R.lead_entity_id).where(R.lead_entity_id.is_not(None)), in_filter)
    ):
        if entity_id is not None:  # the query keeps only led records; the column may be empty
            counts.setdefault(entity_id, set()).add(rec_id)
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


def _names(session: Session, key: SQLColumnExpression[Any], name_ar: SQLColumnExpression[str],
           name_en: SQLColumnExpression[str]) -> dict[Any, tuple[str, str]]:
    """key -> (Arabic, English) names of a reference table, read as plain rows."""
    return {key_: (ar, en) for key_, ar, en in session.execute(select(key, name_ar, name_en))}


def _value(key: str, names: tuple[str, str], count: int) -> FacetValue:
    return FacetValue(key, names[0], names[1], count)


def _where(statement: Select[*Ts], condition: ColumnElement[bool] | None) -> Select[*Ts]:
    return statement if condition is None else statement.where(condition)


def _linked_under(statement: Select[*Ts], rec_column: ColumnElement[str],
                  in_filter: ColumnElement[bool] | None) -> Select[*Ts]:
    """Link rows of the recommendations under the filter (all of them: no condition at all)."""
    return statement if in_filter is None else statement.where(rec_column.in_(select(R.id).where(in_filter)))


def _linked_values(session: Session, kept, key_column, rec_column, in_filter, names) -> list[FacetValue]:  # type: ignore[no-untyped-def]
    if kept is not None:
        rows = kept
    else:
        statement = _linked_under(select(key_column, func.count()), rec_column, in_filter)
        rows = session.execute(statement.group_by(key_column)).all()
    values = [_value(key, names.get(key, (key, key)), n) for key, n in rows]
    return sorted(values, key=lambda fv: (-fv.count, fv.name_en))
