"""Copy ORM records into the plain dataclasses the services return."""

from __future__ import annotations

from nrtd_desktop.db.models import Entity, Recommendation
from nrtd_desktop.dto.register import EntityRef, Label, RecommendationDetail


def entity_ref(entity: Entity | None) -> EntityRef | None:
    if entity is None:
        return None
    return EntityRef(id=entity.id, code=entity.code, name_ar=entity.name_ar, name_en=entity.name_en)


def detail_of(record: Recommendation) -> RecommendationDetail:
    lead = entity_ref(record.lead_entity)
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
        recommending_states=tuple(
            Label(s.alpha3, s.name_ar, s.name_en)
            for s in sorted(record.recommending_states, key=lambda s: s.name_en)
        ),
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
        themes=tuple(
            Label(t.key, t.name_ar, t.name_en) for t in sorted(record.themes, key=lambda t: t.name_en)
        ),
        affected_groups=tuple(
            Label(g.key, g.name_ar, g.name_en)
            for g in sorted(record.affected_groups, key=lambda g: g.name_en)
        ),
        sdg_targets=tuple(
            Label(t.code, t.title_ar, t.title_en)
            for t in sorted(record.sdg_targets, key=lambda t: (t.goal, _target_order(t.code)))
        ),
        lead_entity=lead,
        supporting_entities=tuple(
            ref
            for ref in (entity_ref(e) for e in sorted(record.supporting_entities, key=lambda e: e.code))
            if ref
        ),
        cluster_id=record.cluster_id,
        cluster_name=(record.cluster.name_ar or record.cluster.name_en) if record.cluster else None,
        source_key=record.source_key,
        created_at=record.created_at,
        updated_at=record.updated_at,
        created_by=record.created_by,
        updated_by=record.updated_by,
        mandates=tuple(
            Label(m.code, m.name_ar, m.name_en) for m in sorted(record.mandates, key=lambda m: m.name_en)
        ),
    )


def _target_order(code: str) -> tuple[int, str]:
    """Targets sort 5.1, 5.2, ..., 5.6, then 5.a, 5.b (numbers before letters)."""
    tail = code.split(".", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (1000, tail)
