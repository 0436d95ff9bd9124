"""What a committee does with clusters beyond creating and renaming them (``clusters.py``):
merge, split, move recommendations in and out, and the cluster view by mechanism.

Every operation is one transaction, and each recommendation stays in exactly one place: a
recommendation belongs to at most one cluster (``recommendations.cluster_id``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nrtd_desktop.db.models import Action, Cluster, Recommendation
from nrtd_desktop.domain.errors import NotFoundError, ValidationError
from nrtd_desktop.dto.classify import ClusterView
from nrtd_desktop.dto.register import ClusterRow
from nrtd_desktop.services import lookups
from nrtd_desktop.services.base import Service, ServiceContext
from nrtd_desktop.services.clusters import ClusterService
from nrtd_desktop.services.member_rows import SQLITE_VARIABLES, resolve_record, rows_where

R = Recommendation

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cluster.merge_needs_two": (
        "Choose at least one other cluster to merge into '{name}'.",
        "اختر مجموعة أخرى على الأقل لدمجها في «{name}».",
    ),
    "cluster.split_needs_members": (
        "Choose the recommendations of '{name}' that go to the new cluster.",
        "اختر توصيات «{name}» التي تنتقل إلى المجموعة الجديدة.",
    ),
    "cluster.not_member": (
        "The recommendation {reference} is not in the cluster '{name}'.",
        "التوصية {reference} ليست في المجموعة «{name}».",
    ),
    "cluster.split_all": (
        "Splitting would leave '{name}' empty; rename it instead.",
        "التقسيم سيترك «{name}» فارغة؛ أعد تسميتها بدلاً من ذلك.",
    ),
}


def _cluster(session: Session, value: str) -> Cluster:
    try:
        return lookups.cluster(session, value)
    except ValidationError:
        raise NotFoundError("cluster", value) from None


def _records(session: Session, values: Iterable[str]) -> list[Recommendation]:
    ids = list(dict.fromkeys(resolve_record(session, v) for v in values))
    found: list[Recommendation] = []
    for start in range(0, len(ids), SQLITE_VARIABLES):
        found.extend(session.scalars(select(R).where(R.id.in_(ids[start:start + SQLITE_VARIABLES]))))
    return found


class ClusterOpsService(Service):
    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self._clusters = ClusterService(context)

    def view(self, cluster: str) -> ClusterView:
        """The cluster and all its recommendations, whatever mechanism they come from."""
        with self.context.read() as session:
            cluster_id = _cluster(session, cluster).id
            members = rows_where(session, R.cluster_id == cluster_id)
        return ClusterView(self._clusters.get(cluster_id), tuple(members))

    def member_ids(self, cluster: str) -> list[str]:
        with self.context.read() as session:
            cluster_id = _cluster(session, cluster).id
            members = select(R.id).where(R.cluster_id == cluster_id).order_by(R.reference_order)
            return list(session.scalars(members))

    def move(self, records: Sequence[str], cluster: str | None) -> int:
        """Put recommendations (ids or references) into ``cluster``, or out of any cluster
        (None). Returns how many changed."""
        with self.context.write() as session:
            target = _cluster(session, cluster).id if cluster else None
            changed = 0
            for record in _records(session, records):
                if record.cluster_id != target:
                    record.cluster_id = target
                    changed += 1
        return changed

    def merge(self, target: str, sources: Sequence[str]) -> ClusterRow:
        """Move the recommendations, actions and supporting entities of ``sources`` into
        ``target``, then delete the sources (their lead entity gives way to the target's)."""
        with self.context.write() as session:
            into = _cluster(session, target)
            others = [c for c in (_cluster(session, s) for s in sources) if c.id != into.id]
            if not others:
                raise ValidationError("cluster.merge_needs_two", field="cluster", name=into.name_ar)
            loaded = session.scalar(select(Cluster).where(Cluster.id == into.id)
                                    .options(selectinload(Cluster.supporting_entities)))
            assert loaded is not None
            into = loaded
            supporting = list(into.supporting_entities)
            for other in others:
                for record in session.scalars(select(R).where(R.cluster_id == other.id)):
                    record.cluster_id = into.id
                # Actions planned for a merged cluster stay in the plan (the delete would cascade).
                for action in session.scalars(select(Action).where(Action.cluster_id == other.id)):
                    action.cluster_id = into.id
                for entity in other.supporting_entities:
                    if entity not in supporting and entity.id != into.lead_entity_id:
                        supporting.append(entity)
                if into.lead_entity_id is None and other.lead_entity_id:
                    into.lead_entity_id = other.lead_entity_id
            into.supporting_entities = supporting
            session.flush()
            for other in others:
                session.delete(other)
            target_id = into.id
        return self._clusters.get(target_id)

    def split(self, cluster: str, records: Sequence[str], name_ar: str, name_en: str = "",
              description_ar: str = "", description_en: str = "") -> ClusterRow:
        """Make a new cluster of the chosen recommendations of ``cluster`` (they leave it).

        The new cluster starts with the same lead and supporting entities; the committee
        changes them afterwards if the split was about responsibility.
        """
        with self.context.write() as session:
            source = _cluster(session, cluster)
            chosen = _records(session, records)
            if not chosen:
                raise ValidationError("cluster.split_needs_members", field="cluster", name=source.name_ar)
            for record in chosen:
                if record.cluster_id != source.id:
                    raise ValidationError("cluster.not_member", field="cluster", reference=record.reference,
                                          name=source.name_ar)
            remaining = session.scalar(select(R.id).where(R.cluster_id == source.id,
                                                          R.id.not_in([r.id for r in chosen])).limit(1))
            if remaining is None:
                raise ValidationError("cluster.split_all", field="cluster", name=source.name_ar)
            new = Cluster()
            ClusterService._apply(session, new, {
                "name_ar": name_ar, "name_en": name_en, "description_ar": description_ar,
                "description_en": description_en,
                "lead_entity": source.lead_entity_id,
                "supporting_entities": tuple(e.id for e in source.supporting_entities),
            })
            session.add(new)
            session.flush()
            for record in chosen:
                record.cluster_id = new.id
            new_id = new.id
        return self._clusters.get(new_id)
