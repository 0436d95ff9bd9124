"""Which records a package carries: an entity's slice of the plan, the whole plan, or what changed.

An entity's slice is its recommendations (as lead or supporting), the clusters they are in or that
the entity leads or supports, the actions, indicators, progress updates and challenges of those,
the links between those recommendations, the report sections assigned to the entity (with their
draft and calendar entry); and, as context so the receiving laptop works on its own, every entity
(small, and named by supporting and partner lists) and the documents cited.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import (
    SHARED_MODELS,
    Action,
    Challenge,
    Cluster,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
    RecommendationLink,
    ReportSection,
    action_partners,
    cluster_supporting_entities,
    recommendation_supporting_entities,
)
from nrtd_desktop.exchange.records import REFERENCES, TABLE_ORDER

Selection = dict[str, set[str]]  # table -> record ids


def empty() -> Selection:
    return {table: set() for table in TABLE_ORDER}


def whole_plan(session: Session) -> Selection:
    return {table: set(session.scalars(select(SHARED_MODELS[table].id))) for table in TABLE_ORDER}


def _ids(session: Session, statement: Select[Any]) -> set[str]:
    return {str(value) for value in session.scalars(statement) if value}


def entity_slice(session: Session, entity_ids: Iterable[str]) -> Selection:
    entity_ids = set(entity_ids)
    chosen = empty()
    supporting = recommendation_supporting_entities
    recs = _ids(session, select(Recommendation.id).where(Recommendation.lead_entity_id.in_(entity_ids)))
    recs |= _ids(
        session, select(supporting.c.recommendation_id).where(supporting.c.entity_id.in_(entity_ids))
    )
    clusters = _ids(session, select(Recommendation.cluster_id).where(Recommendation.id.in_(recs)))
    clusters |= _ids(session, select(Cluster.id).where(Cluster.lead_entity_id.in_(entity_ids)))
    clusters |= _ids(
        session,
        select(cluster_supporting_entities.c.cluster_id).where(
            cluster_supporting_entities.c.entity_id.in_(entity_ids)
        ),
    )
    # Actions the entity leads or partners elsewhere come with their recommendation or cluster.
    own_actions = _ids(session, select(Action.id).where(Action.lead_entity_id.in_(entity_ids)))
    own_actions |= _ids(
        session, select(action_partners.c.action_id).where(action_partners.c.entity_id.in_(entity_ids))
    )
    for rec_id, cluster_id in session.execute(
        select(Action.recommendation_id, Action.cluster_id).where(Action.id.in_(own_actions))
    ):
        if rec_id:
            recs.add(rec_id)
        if cluster_id:
            clusters.add(cluster_id)
    own_challenges = _ids(session, select(Challenge.id).where(Challenge.entity_id.in_(entity_ids)))
    for rec_id, action_id in session.execute(
        select(Challenge.recommendation_id, Challenge.action_id).where(Challenge.id.in_(own_challenges))
    ):
        if rec_id:
            recs.add(rec_id)
        if action_id:
            own_actions.add(action_id)
    actions = own_actions | _ids(
        session,
        select(Action.id).where(or_(Action.recommendation_id.in_(recs), Action.cluster_id.in_(clusters))),
    )
    indicators = _ids(
        session,
        select(Indicator.id).where(
            or_(Indicator.action_id.in_(actions), Indicator.recommendation_id.in_(recs))
        ),
    )
    chosen["recommendations"] = recs
    chosen["clusters"] = clusters
    chosen["actions"] = actions
    chosen["indicators"] = indicators
    chosen["progress_updates"] = _ids(
        session, select(ProgressUpdate.id).where(ProgressUpdate.action_id.in_(actions))
    )
    chosen["challenges"] = own_challenges | _ids(
        session,
        select(Challenge.id).where(
            or_(Challenge.recommendation_id.in_(recs), Challenge.action_id.in_(actions))
        ),
    )
    chosen["recommendation_links"] = _ids(
        session,
        select(RecommendationLink.id).where(
            RecommendationLink.from_id.in_(recs), RecommendationLink.to_id.in_(recs)
        ),
    )
    # The entity's contribution to the reports: the sections it drafts (their draft and calendar
    # entry follow as parents).
    chosen["report_sections"] = _ids(
        session, select(ReportSection.id).where(ReportSection.entity_id.in_(entity_ids))
    )
    chosen["entities"] = _ids(session, select(Entity.id))
    return with_parents(session, chosen)


def with_parents(session: Session, chosen: Selection) -> Selection:
    """Add every record a chosen one points at (its recommendation, action, cluster, document,
    entity), so the receiver never gets a child without its parent."""
    pending = {table: set(ids) for table, ids in chosen.items()}
    while any(pending.values()):
        found = empty()
        for table, ids in pending.items():
            if not ids or not REFERENCES[table]:
                continue
            model = SHARED_MODELS[table]
            columns = [getattr(model, name) for name in REFERENCES[table]]
            for row in session.execute(select(*columns).where(model.id.in_(ids))):
                for value, target in zip(row, REFERENCES[table].values(), strict=True):
                    if value and value not in chosen[target]:
                        found[target].add(value)
        for table, ids in found.items():
            chosen[table] |= ids
        pending = found
    return chosen


def added_parents(session: Session, changed: Selection) -> Selection:
    """The parents ``with_parents`` adds to ``changed``: sent as context only."""
    full = with_parents(session, {table: set(ids) for table, ids in changed.items()})
    return {table: full[table] - changed[table] for table in TABLE_ORDER}
