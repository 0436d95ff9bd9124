"""Clusters (المجموعات المواضيعية): recommendations that ask the same thing, planned once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from nrtd_desktop.db import deletions
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import Cluster, Recommendation
from nrtd_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from nrtd_desktop.dto.register import ClusterRow
from nrtd_desktop.services import lookups, validation
from nrtd_desktop.services.base import Service

EDITABLE = ("name_ar", "name_en", "description_ar", "description_en", "lead_entity", "supporting_entities")


def row_of(cluster: Cluster, count: int) -> ClusterRow:
    return ClusterRow(
        id=cluster.id,
        version=cluster.version,
        name_ar=cluster.name_ar,
        name_en=cluster.name_en,
        description_ar=cluster.description_ar,
        description_en=cluster.description_en,
        lead_entity=cluster.lead_entity.code if cluster.lead_entity else None,
        supporting_entities=tuple(sorted(e.code for e in cluster.supporting_entities)),
        recommendation_count=count,
    )


class ClusterService(Service):
    def list(self) -> list[ClusterRow]:
        with self.context.read() as session:
            counts = dict(
                session.execute(
                    select(Recommendation.cluster_id, func.count()).group_by(Recommendation.cluster_id)
                ).all()
            )
            clusters = session.scalars(
                select(Cluster)
                .options(selectinload(Cluster.lead_entity), selectinload(Cluster.supporting_entities))
                .order_by(Cluster.name_ar)
            )
            return [row_of(c, counts.get(c.id, 0)) for c in clusters]

    def get(self, cluster_id: str) -> ClusterRow:
        for row in self.list():
            if row.id == cluster_id:
                return row
        raise NotFoundError("cluster", cluster_id)

    def create(
        self,
        name_ar: str,
        name_en: str = "",
        description_ar: str = "",
        description_en: str = "",
        lead_entity: str | None = None,
        supporting_entities: tuple[str, ...] = (),
    ) -> ClusterRow:
        with self.context.write() as session:
            cluster = Cluster()
            self._apply(
                session,
                cluster,
                {
                    "name_ar": name_ar,
                    "name_en": name_en,
                    "description_ar": description_ar,
                    "description_en": description_en,
                    "lead_entity": lead_entity,
                    "supporting_entities": supporting_entities,
                },
            )
            session.add(cluster)
            session.flush()
            cluster_id = cluster.id
        return self.get(cluster_id)

    def update(
        self, cluster_id: str, changes: dict[str, Any], expected_version: int | None = None
    ) -> ClusterRow:
        with self.context.write() as session:
            cluster = session.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError("cluster", cluster_id)
            if expected_version is not None and cluster.version != expected_version:
                raise StaleRecordError("cluster", cluster.name_ar)
            self._apply(session, cluster, changes)
        return self.get(cluster_id)

    def delete(self, cluster_id: str) -> Deletion:
        """Delete a cluster with the actions planned for it; its recommendations stay in the
        register, outside any cluster (``db/deletions.py``)."""
        with self.context.write() as session:
            cluster = session.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError("cluster", cluster_id)
            return deletions.delete(session, [cluster])

    @staticmethod
    def _apply(session: Session, cluster: Cluster, changes: dict[str, Any]) -> None:
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        name_ar = changes.get("name_ar", cluster.name_ar)
        name_en = (changes.get("name_en", cluster.name_en) or "").strip()
        name_ar = validation.required_text("name_ar", name_ar)
        clash = session.scalar(
            select(Cluster.id).where(
                or_(Cluster.name_ar == name_ar, (Cluster.name_en == name_en) if name_en else false()),
                Cluster.id != (cluster.id or ""),
            )
        )
        if clash:
            raise ValidationError("validation.duplicate", field="name", value=name_ar)
        lead = changes.get("lead_entity", ...)
        lead_id = (
            cluster.lead_entity_id if lead is ... else (lookups.entity(session, lead).id if lead else None)
        )
        supporting = (
            lookups.entities(session, changes["supporting_entities"] or ())
            if "supporting_entities" in changes
            else None
        )
        cluster.name_ar, cluster.name_en = name_ar, name_en
        for name in ("description_ar", "description_en"):
            if name in changes:
                setattr(cluster, name, (changes[name] or "").strip())
        cluster.lead_entity_id = lead_id
        if supporting is not None:
            cluster.supporting_entities = supporting
