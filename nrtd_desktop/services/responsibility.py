"""Who is responsible: per entity, everything it leads or supports (recommendations, clusters)."""

from __future__ import annotations

from sqlalchemy import select

from nrtd_desktop.db.models import (
    Recommendation,
    cluster_supporting_entities,
    recommendation_supporting_entities,
)
from nrtd_desktop.domain.errors import NotFoundError
from nrtd_desktop.dto.classify import EntityWork
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.clusters import ClusterService
from nrtd_desktop.services.entities import EntityService
from nrtd_desktop.services.member_rows import rows_where

R = Recommendation


class ResponsibilityService(Service):
    def of_entity(self, entity: str) -> EntityWork:
        """What ``entity`` (id or code) leads and supports."""
        try:
            row = EntityService(self.context).get(entity)
        except NotFoundError:
            code = (entity or "").strip().upper()
            found = next((e for e in EntityService(self.context).list() if e.code == code), None)
            if found is None:
                raise
            row = found
        link = recommendation_supporting_entities
        with self.context.read() as session:
            leads = rows_where(session, R.lead_entity_id == row.id)
            supports = rows_where(session, R.id.in_(select(link.c.recommendation_id)
                                                    .where(link.c.entity_id == row.id)))
            supported_clusters = set(session.scalars(
                select(cluster_supporting_entities.c.cluster_id)
                .where(cluster_supporting_entities.c.entity_id == row.id)))
        clusters = ClusterService(self.context).list()
        return EntityWork(
            entity=row, leads=tuple(leads), supports=tuple(supports),
            lead_clusters=tuple(c for c in clusters if c.lead_entity == row.code),
            supporting_clusters=tuple(c for c in clusters if c.id in supported_clusters),
        )
