"""Deletions a person can see and undo: the recent ones, and putting one back exactly.

The deleting itself is ``db/deletions.py`` (every service's delete goes there); this service adds
what the plan needs after a restore (the actions' order, the status roll-up) and the list the
window and ``nrtd deleted`` show. Undo in the window is a thin wrapper over :meth:`restore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.deletions import Deletion, Restored
from nrtd_desktop.db.models import Action, DeletionSet, ProgressUpdate
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.plan_rollup import apply_rollup, served_recommendations


@dataclass(frozen=True)
class DeletionRow:
    id: str
    at: datetime
    actor: str
    origin: str  # ChangeOrigin: local | package | import
    origin_detail: str
    table: str  # the kind of record the person deleted
    label: str
    record_count: int  # with everything that went with it
    restored_at: datetime | None


class DeletionService(Service):
    def recent(self, limit: int = 200, include_restored: bool = False) -> list[DeletionRow]:
        """The newest deletions first."""
        with self.context.read() as session:
            query = select(DeletionSet).order_by(DeletionSet.at.desc(), DeletionSet.id).limit(limit)
            if not include_restored:
                query = query.where(DeletionSet.restored_at.is_(None))
            return [
                DeletionRow(d.id, d.at, d.actor, d.origin, d.origin_detail, d.root_table, d.label,
                            d.record_count, d.restored_at)
                for d in session.scalars(query)
            ]

    def restore(self, deletion: Deletion | str) -> Restored:
        """Put back everything one deletion removed, with the same ids."""
        deletion_id = deletion if isinstance(deletion, str) else deletion.id
        with self.context.write() as session:
            restored = deletions.restore(session, deletion_id)
            session.flush()
            settle_plan(session, restored.ids)
        return restored


def settle_plan(session: Session, record_ids: frozenset[str]) -> None:
    """After actions or progress came back: each owner's actions numbered 1..n again (the one
    restored keeps its place) and the status roll-up of the recommendations they serve."""
    served: set[str] = set()
    for action in session.scalars(select(Action).where(Action.id.in_(record_ids))):
        column = Action.recommendation_id if action.recommendation_id else Action.cluster_id
        owner = action.recommendation_id or action.cluster_id
        siblings = list(session.scalars(
            select(Action).where(column == owner).order_by(Action.sort_order, Action.created_at)))
        restored = action.id
        siblings.sort(key=lambda a: (a.sort_order, a.id != restored))
        for number, sibling in enumerate(siblings, start=1):
            if sibling.sort_order != number:
                sibling.sort_order = number
        served.update(served_recommendations(session, action.recommendation_id, action.cluster_id))
    for action_id in session.scalars(
        select(ProgressUpdate.action_id).where(ProgressUpdate.id.in_(record_ids))
    ):
        row = session.execute(
            select(Action.recommendation_id, Action.cluster_id).where(Action.id == action_id)).first()
        if row is not None:
            served.update(served_recommendations(session, row[0], row[1]))
    if served:
        apply_rollup(session, sorted(served))


__all__ = ["Deletion", "DeletionRow", "DeletionService", "Restored", "settle_plan"]
