"""Apply the status roll-up (domain/rollup.py) to recommendations inside a service's transaction.

Called by every write that changes actions or their progress, for the recommendations those
actions serve (a cluster action serves every recommendation of the cluster), and in bulk by
``nrtd plan rollup``. A status overridden by hand is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import Action, Recommendation
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.rollup import ActionFacts, any_overdue, rollup_status
from nrtd_desktop.dto.plan import RollupChange
from nrtd_desktop.services.plan_convert import latest_progress

CHUNK = 900  # stay well under SQLite's limit of bound parameters


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def served_recommendations(
    session: Session, recommendation_id: str | None, cluster_id: str | None
) -> list[str]:
    """The recommendations whose status an action of this owner feeds."""
    if recommendation_id:
        return [recommendation_id]
    if cluster_id:
        return list(session.scalars(select(Recommendation.id).where(Recommendation.cluster_id == cluster_id)))
    return []


def facts_for(session: Session, rec_ids: Iterable[str]) -> dict[str, list[ActionFacts]]:
    """Each recommendation's own and cluster actions, as the roll-up reads them."""
    facts: dict[str, list[ActionFacts]] = {}
    ids = list(dict.fromkeys(rec_ids))
    for chunk in _chunks(ids):
        clusters = dict(
            session.execute(
                select(Recommendation.id, Recommendation.cluster_id).where(Recommendation.id.in_(chunk))
            ).all()
        )
        cluster_ids = {c for c in clusters.values() if c}
        actions = session.execute(
            select(
                Action.id, Action.recommendation_id, Action.cluster_id, Action.status, Action.end_date
            ).where(or_(Action.recommendation_id.in_(chunk), Action.cluster_id.in_(cluster_ids)))
        ).all()
        latest = latest_progress(session, [a.id for a in actions])
        by_rec: dict[str, list[ActionFacts]] = {}
        by_cluster: dict[str, list[ActionFacts]] = {}
        for a in actions:
            fact = ActionFacts(a.status, a.end_date, latest.get(a.id, (None, None))[1])
            if a.recommendation_id:
                by_rec.setdefault(a.recommendation_id, []).append(fact)
            if a.cluster_id:
                by_cluster.setdefault(a.cluster_id, []).append(fact)
        for rec_id in chunk:
            facts[rec_id] = by_rec.get(rec_id, []) + by_cluster.get(clusters.get(rec_id) or "", [])
    return facts


def is_recommendation_overdue(session: Session, rec_id: str, today: date) -> bool:
    return any_overdue(facts_for(session, [rec_id]).get(rec_id, []), today)


def apply_rollup(session: Session, rec_ids: Iterable[str], *, dry_run: bool = False) -> list[RollupChange]:
    """Set the rolled-up status on each recommendation not overridden by hand; return the changes."""
    changes = []
    facts = facts_for(session, rec_ids)
    for chunk in _chunks(list(facts)):
        for record in session.scalars(select(Recommendation).where(Recommendation.id.in_(chunk))):
            if record.status_overridden:
                continue
            status = rollup_status(facts[record.id])
            if status is None or status == record.status:
                continue
            changes.append(RollupChange(record.id, record.reference, record.status, str(status)))
            if not dry_run:
                record.status = status
    return sorted(changes, key=lambda c: reference_order(c.reference))


def planned_recommendations(session: Session) -> list[str]:
    """Every recommendation with an action of its own or of its cluster."""
    own = select(Action.recommendation_id).where(Action.recommendation_id.is_not(None))
    clusters = select(Action.cluster_id).where(Action.cluster_id.is_not(None))
    return list(
        session.scalars(
            select(Recommendation.id).where(
                or_(Recommendation.id.in_(own), Recommendation.cluster_id.in_(clusters))
            )
        )
    )
