"""Copy ORM records into the plain dataclasses the services return."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from nrtd_desktop.db.models import Entity, Recommendation
from nrtd_desktop.dto.register import EntityRef, Label, RecommendationDetail


def entity_ref(entity: Entity | None) -> EntityRef | None:
    if entity is None:
        return None
    return EntityRef(id=entity.id, code=entity.code, name_ar=entity.name_ar, name_en=entity.name_en)


@dataclass(frozen=True)
class DetailList:
    """One list of a recommendation's detail: the relationship it comes from, the attributes of its
    items the detail shows, and how those values become an item and in which order it is shown."""

    relationship: str
    columns: tuple[str, ...]
    make: Callable[[tuple[Any, ...]], Label | EntityRef]
    order: Callable[[tuple[Any, ...]], Any]

    def items(self, values: Iterable[tuple[Any, ...]]) -> tuple[Any, ...]:
        # The first value (the item's key) breaks ties, so that both reads give one order.
        return tuple(self.make(v) for v in sorted(values, key=lambda v: (self.order(v), v[0])))

    def of(self, record: Recommendation) -> tuple[Any, ...]:
        return self.items(
            tuple(getattr(item, c) for c in self.columns) for item in getattr(record, self.relationship)
        )


def _label(values: tuple[Any, ...]) -> Label:
    return Label(*values[:3])


def _by_english_name(values: tuple[Any, ...]) -> Any:
    return values[2]


# Every list of the detail, read from the record's relationships (``detail_of``) or from one
# statement that aggregates each list (``detail_read``), so both reads show the same lists.
DETAIL_LISTS: tuple[DetailList, ...] = (
    DetailList("recommending_states", ("alpha3", "name_ar", "name_en"), _label, _by_english_name),
    DetailList("themes", ("key", "name_ar", "name_en"), _label, _by_english_name),
    DetailList("affected_groups", ("key", "name_ar", "name_en"), _label, _by_english_name),
    DetailList(
        "sdg_targets", ("code", "title_ar", "title_en", "goal"), _label,
        lambda v: (v[3], _target_order(v[0])),
    ),
    DetailList(
        "supporting_entities", ("id", "code", "name_ar", "name_en"), lambda v: EntityRef(*v),
        lambda v: v[1],
    ),
    DetailList("mandates", ("code", "name_ar", "name_en"), _label, _by_english_name),
)


def detail_of(
    record: Recommendation, lists: Mapping[str, tuple[Any, ...]] | None = None
) -> RecommendationDetail:
    """The detail of ``record``; its lists from ``lists`` (by relationship name) when given,
    otherwise from the record's loaded relationships."""
    if lists is None:
        lists = {spec.relationship: spec.of(record) for spec in DETAIL_LISTS}
    return RecommendationDetail(
        id=record.id,
        version=record.version,
        reference=record.reference,
        text_ar=record.text_ar,
        text_en=record.text_en,
        mechanism=record.mechanism,
        body=record.body_code,
        document_symbol=record.document_symbol,
        document_date=record.publication_date,
        cycle=record.cycle,
        session=record.session,
        paragraph=record.paragraph,
        annotation_type=record.annotation_type,
        recommending_states=lists["recommending_states"],
        position=record.position,
        position_source=record.position_source,
        action_category=record.action_category,
        priority=record.priority,
        priority_reason=record.priority_reason,
        status=record.status,
        status_override_reason=record.status_override_reason,
        follow_up=record.follow_up,
        follow_up_due=record.follow_up_due,
        notes=record.notes,
        themes=lists["themes"],
        affected_groups=lists["affected_groups"],
        sdg_targets=lists["sdg_targets"],
        lead_entity=entity_ref(record.lead_entity),
        supporting_entities=lists["supporting_entities"],
        cluster_id=record.cluster_id,
        cluster_name=(record.cluster.name_ar or record.cluster.name_en) if record.cluster else None,
        source_key=record.source_key,
        created_at=record.created_at,
        updated_at=record.updated_at,
        created_by=record.created_by,
        updated_by=record.updated_by,
        mandates=lists["mandates"],
    )


def _target_order(code: str) -> tuple[int, str]:
    """Targets sort 5.1, 5.2, ..., 5.6, then 5.a, 5.b (numbers before letters)."""
    tail = code.split(".", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (1000, tail)
