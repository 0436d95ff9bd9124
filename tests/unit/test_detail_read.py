"""A recommendation's detail is read in one statement on both engines (each list aggregated by a
subquery, issue 24: on a server every statement is a round trip), and shows exactly what the
record's relationships hold, in the detail's order, however long its lists are."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from nrtd_desktop.db.models import AffectedGroup, Entity, SdgTarget, State, Theme
from nrtd_desktop.domain.calendar import local_time
from nrtd_desktop.dto.register import RecommendationInput
from nrtd_desktop.services.convert import detail_of


@contextmanager
def statements_sent(services: Any) -> Iterator[list[str]]:
    sent: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
            sent.append(statement)

    event.listen(services.context.engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(services.context.engine, "before_cursor_execute", seen)


def list_by_list(services: Any, record_id: str) -> Any:
    """The detail from the record's relationships, each list loaded on its own."""
    with services.context.read() as session:
        return detail_of(services.recommendations._load(session, record_id))


def test_every_demo_detail_is_one_statement_and_the_same_as_list_by_list(demo_services: Any) -> None:
    service = demo_services.recommendations
    ids = service.ids()
    items = 0
    for record_id in ids:
        with statements_sent(demo_services) as sent:
            detail = service.get(record_id)
        assert len(sent) == 1, (detail.reference, sent)
        assert detail == list_by_list(demo_services, record_id), detail.reference
        items += sum(len(getattr(detail, name)) for name in (
            "recommending_states", "themes", "affected_groups", "sdg_targets", "supporting_entities"))
    # Records with lists were compared (an empty list equals an empty list whatever the read).
    assert len(ids) > 50 and items > 2 * len(ids)


def test_a_joint_recommendation_with_long_lists_comes_whole_and_in_order(demo_services: Any) -> None:
    with demo_services.context.read() as session:
        states = list(session.scalars(select(State.alpha3).order_by(State.alpha3).limit(30)))
        themes = list(session.scalars(select(Theme.key).order_by(Theme.key).limit(6)))
        groups = list(session.scalars(select(AffectedGroup.key).order_by(AffectedGroup.key).limit(5)))
        targets = list(session.scalars(select(SdgTarget.code).order_by(SdgTarget.code.desc()).limit(12)))
        entities = list(session.scalars(select(Entity.code).order_by(Entity.code).limit(4)))
    created = demo_services.recommendations.create(RecommendationInput(
        reference="JOINT-30", body="CRC", text_ar="توصية مشتركة من ثلاثين دولة", text_en="A joint one",
        recommending_states=tuple(states), themes=tuple(themes), affected_groups=tuple(groups),
        sdg_targets=tuple(targets), lead_entity=entities[0], supporting_entities=tuple(entities[1:]),
    ))
    with statements_sent(demo_services) as sent:
        detail = demo_services.recommendations.get(created.id)
    assert len(sent) == 1
    assert detail == list_by_list(demo_services, created.id)
    assert sorted(s.key for s in detail.recommending_states) == states
    names = [s.name_en for s in detail.recommending_states]
    assert names == sorted(names)
    assert sorted(t.key for t in detail.themes) == sorted(themes)
    assert sorted(g.key for g in detail.affected_groups) == sorted(groups)
    assert {t.key for t in detail.sdg_targets} == set(targets) and len(detail.sdg_targets) == 12
    # Targets by goal, numbers before letters: 17.1, 17.2, ..., 17.19 never sorts 17.10 before 17.2.
    order = [(int(t.key.split(".")[0]), t.key.split(".")[1]) for t in detail.sdg_targets]
    numbers_first = sorted(order, key=lambda o: (o[0], (0, int(o[1])) if o[1].isdigit() else (1, o[1])))
    assert order == numbers_first
    assert [e.code for e in detail.supporting_entities] == entities[1:]
    assert detail.lead_entity is not None and detail.lead_entity.code == entities[0]
    assert detail.text_ar == "توصية مشتركة من ثلاثين دولة"


def test_find_by_reference_reads_the_same_detail(demo_services: Any) -> None:
    record_id = demo_services.recommendations.ids()[3]
    detail = demo_services.recommendations.get(record_id)
    assert demo_services.recommendations.find(f"  {detail.reference} ") == detail


def test_a_status_save_reads_the_record_and_its_saved_detail_and_no_list_on_its_own(
    demo_services: Any,
) -> None:
    service = demo_services.recommendations
    before = service.get(service.ids()[5])
    chosen = "implemented" if before.status != "implemented" else "in_progress"
    with statements_sent(demo_services) as sent:
        saved = service.update(before.id, {"status": chosen}, expected_version=before.version)
    reads = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    # The record (its lead entity and cluster joined), then the detail as saved: each list is a
    # round trip on a server, and a status edit changes none of them.
    assert len(reads) == 2, reads
    assert saved.status == chosen and saved.version == before.version + 1
    assert (saved.themes, saved.recommending_states) == (before.themes, before.recommending_states)
    fresh = service.get(before.id)
    # SQLite gives a moment back without its zone (UTC); the window shows both the same.
    assert local_time(saved.updated_at) == local_time(fresh.updated_at)
    assert dataclasses.replace(saved, updated_at=fresh.updated_at) == fresh


def test_a_save_that_replaces_a_list_keeps_the_old_items_in_the_history(demo_services: Any) -> None:
    service = demo_services.recommendations
    before = next(d for d in map(service.get, service.ids()) if len(d.themes) >= 2)
    kept = before.themes[0].key
    saved = service.update(before.id, {"themes": (kept,)})
    assert [t.key for t in saved.themes] == [kept]
    entries = [e for e in demo_services.history.for_record("recommendations", before.id)
               if e.field == "themes"]
    assert entries, "the theme change is in the history"
    assert all(t.key in (entries[0].old_value or "") for t in before.themes)
    assert entries[0].new_value == kept
