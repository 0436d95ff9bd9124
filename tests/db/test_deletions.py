"""Deleting never loses anything (issue 16, fault 1): every record a deletion removes has a history
row with its content and a tombstone, and the deletion can be put back exactly, same ids and all."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
from sqlalchemy import select

from nrtd_desktop.db.content import content_of
from nrtd_desktop.db.models import (
    SHARED_MODELS,
    Action,
    Challenge,
    Entity,
    HistoryEntry,
    Indicator,
    ProgressUpdate,
    Recommendation,
    Tombstone,
)
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.dto.register import RecommendationFilter
from tests.raw_db import Raw

PLAN_TABLES = ("actions", "indicators", "progress_updates", "challenges")


def committee_state(services: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every committee record's content, by table and id."""
    with services.context.read() as session:
        return {
            table: {r.id: content_of(r) for r in session.scalars(select(model))}
            for table, model in SHARED_MODELS.items()
        }


def planned_recommendation(services: Any) -> str:
    """The demo recommendation with the most to lose: actions with progress, an indicator, a challenge."""
    with services.context.read() as session:
        best, most = None, -1
        for rec_id in session.scalars(select(Recommendation.id)):
            actions = list(session.scalars(select(Action.id).where(Action.recommendation_id == rec_id)))
            updates = session.scalars(
                select(ProgressUpdate.id).where(ProgressUpdate.action_id.in_(actions))).all()
            indicators = session.scalars(select(Indicator.id).where(
                (Indicator.recommendation_id == rec_id) | Indicator.action_id.in_(actions))).all()
            challenges = session.scalars(select(Challenge.id).where(
                (Challenge.recommendation_id == rec_id) | Challenge.action_id.in_(actions))).all()
            score = len(actions) + len(updates) + len(indicators) + len(challenges)
            if actions and updates and score > most:
                best, most = rec_id, score
        assert best is not None
        return best


def test_deleting_a_recommendation_records_every_record_of_its_plan(demo_services: Any) -> None:
    s = demo_services
    rec_id = planned_recommendation(s)
    before = committee_state(s)
    deletion = s.recommendations.delete(rec_id)

    after = committee_state(s)
    gone = {(t, i) for t in before for i in before[t]} - {(t, i) for t in after for i in after[t]}
    assert ("recommendations", rec_id) in gone
    assert any(t == "actions" for t, _ in gone) and any(t == "progress_updates" for t, _ in gone)
    assert deletion.total == len(gone)
    with s.context.read() as session:
        for table, record_id in gone:
            tomb = session.get(Tombstone, record_id)
            assert tomb is not None and tomb.table_name == table and tomb.deletion_id == deletion.id
            row = session.scalar(select(HistoryEntry).where(
                HistoryEntry.record_id == record_id, HistoryEntry.operation == "delete"))
            assert row is not None
            assert json.loads(row.old_value) == before[table][record_id]  # every value is in history


def test_undo_of_a_deletion_brings_back_the_same_records(demo_services: Any) -> None:
    s = demo_services
    rec_id = planned_recommendation(s)
    detail = s.recommendations.get(rec_id)
    reference, version = detail.reference, detail.version
    before = committee_state(s)
    deletion = s.recommendations.delete(rec_id)
    assert s.recommendations.count(RecommendationFilter(search=reference)) == 0

    s.deletions.restore(deletion)

    assert committee_state(s) == before  # same ids, same content, every child
    assert s.recommendations.find(reference).id == rec_id
    assert s.recommendations.count(RecommendationFilter(search=reference)) == 1
    with s.context.read() as session:
        assert session.scalar(select(Tombstone).where(Tombstone.deletion_id == deletion.id)) is None
    # Back one version past its tombstone (version + 1): other laptops see a change newer than the
    # deletion they may have received.
    assert s.recommendations.get(rec_id).version == version + 2
    with pytest.raises(ValidationError):
        s.deletions.restore(deletion)  # once only


def test_deleting_an_entity_detaches_what_it_led_with_history_and_versions(demo_services: Any) -> None:
    s = demo_services
    with s.context.read() as session:
        entity = session.scalar(select(Entity).where(Entity.code == "MOJ"))
        led = {r.id: r.version for r in session.scalars(
            select(Recommendation).where(Recommendation.lead_entity_id == entity.id))}
        supported = {r.id for r in session.scalars(
            select(Recommendation).where(Recommendation.supporting_entities.any(Entity.id == entity.id)))}
        entity_id = entity.id
    assert led
    before = committee_state(s)
    deletion = s.entities.delete(entity_id)
    with s.context.read() as session:
        for rec_id, version in led.items():
            record = session.get(Recommendation, rec_id)
            assert record.lead_entity_id is None
            assert record.version == version + 1  # an edit the exchange carries
            assert session.scalar(select(HistoryEntry).where(
                HistoryEntry.record_id == rec_id, HistoryEntry.field == "lead_entity_id",
                HistoryEntry.old_value == entity_id)) is not None
        for rec_id in supported:
            assert entity_id not in content_of(session.get(Recommendation, rec_id))["supporting_entities"]
    s.deletions.restore(deletion)
    after = committee_state(s)
    assert after == before


def test_deleting_a_cluster_keeps_its_recommendations_and_undo_puts_them_back(demo_services: Any) -> None:
    s = demo_services
    cluster = max(s.clusters.list(), key=lambda c: c.recommendation_count)
    before = committee_state(s)
    members = [r for r, c in before["recommendations"].items() if c["cluster_id"] == cluster.id]
    assert members
    deletion = s.clusters.delete(cluster.id)
    after = committee_state(s)
    assert all(after["recommendations"][r]["cluster_id"] is None for r in members)
    s.deletions.restore(deletion)
    assert committee_state(s) == before


def test_a_child_cannot_come_back_while_its_parent_is_deleted(demo_services: Any) -> None:
    s = demo_services
    with s.context.read() as session:
        update = session.scalars(select(ProgressUpdate)).first()
        update_id, action_id = update.id, update.action_id
    first = s.plan.delete_progress(update_id)
    second = s.plan.delete_action(action_id)
    with pytest.raises(ValidationError) as refused:
        s.deletions.restore(first)
    assert "first" in refused.value.text("en")
    s.deletions.restore(second)
    s.deletions.restore(first)
    assert [u.id for u in s.plan.progress(action_id)].count(update_id) == 1


def _references(db: Raw) -> list[tuple[str, str, str]]:
    """(table, referenced table, ON DELETE rule) of every foreign key, from the engine's catalogue."""
    if db.dialect == "postgresql":
        return db.execute("""
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
                   CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'
                        WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE c.contype = 'f' AND n.nspname = current_schema()""").fetchall()
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [(table, row[2], row[6]) for table in tables
            for row in db.execute(f"PRAGMA foreign_key_list({table})")]


def test_the_database_itself_cascades_nothing(demo_services: Any) -> None:
    """No ON DELETE action is left on a reference between committee records; a raw delete of a
    recommendation with a plan is refused at commit instead of taking its plan with it."""
    db = Raw(demo_services)
    references = _references(db)
    assert any(target == "recommendations" for _table, target, _rule in references)
    for table, target, rule in references:  # committee tables and the association tables on them
        if target in SHARED_MODELS:
            assert rule == "NO ACTION", (table, target, rule)
    rec_id = planned_recommendation(demo_services)
    actions = db.execute("select count(*) from actions").fetchone()[0]
    if db.dialect == "postgresql":
        import psycopg

        with pytest.raises(psycopg.IntegrityError), db.db.transaction():
            db.execute("DELETE FROM recommendation_themes WHERE recommendation_id = ?", (rec_id,))
            db.execute("DELETE FROM recommendations WHERE id = ?", (rec_id,))
    else:
        db.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError), db.db:
            db.execute("DELETE FROM recommendation_themes WHERE recommendation_id = ?", (rec_id,))
            db.execute("DELETE FROM recommendations WHERE id = ?", (rec_id,))
    assert db.execute("select count(*) from actions").fetchone()[0] == actions
    assert db.execute("select count(*) from recommendations where id = ?", (rec_id,)).fetchone()[0] == 1


def test_the_command_line_lists_deletions_and_puts_one_back(demo_db: Any, capsys: Any) -> None:
    from nrtd_desktop.cli.main import main

    db = str(demo_db)
    assert main(["--db", db, "deleted", "list"]) == 0
    assert "Nothing deleted" in capsys.readouterr().out
    from nrtd_desktop.app import open_services

    services = open_services(demo_db)
    rec = services.recommendations.find("UPR-3-122.3")
    before = committee_state(services)
    services.recommendations.delete(rec.id)
    services.close()

    assert main(["--db", db, "--lang", "ar", "deleted", "list"]) == 0
    out = capsys.readouterr().out
    assert "توصية: UPR-3-122.3" in out
    deletion_id = out.splitlines()[1].split()[0]
    assert main(["--db", db, "deleted", "restore", deletion_id]) == 0
    assert "UPR-3-122.3 (6 record(s))" in capsys.readouterr().out
    assert main(["--db", db, "deleted", "restore", deletion_id]) == 1  # once only
    assert "already undone" in capsys.readouterr().err
    services = open_services(demo_db)
    assert committee_state(services) == before
    services.close()


def test_every_reference_between_committee_records_has_a_deletion_rule() -> None:
    """A new reference without a rule would leave its records pointing at a deleted one (the
    deferred check would then refuse the deletion at commit): each must be owned, detached or
    listed in db/deletions.py."""
    from nrtd_desktop.db.base import Base
    from nrtd_desktop.db.deletions import DETACHED, LISTED, OWNED

    covered = {(child, column, parent) for parent, pairs in OWNED.items() for child, column in pairs}
    covered |= {(child, column, parent) for parent, pairs in DETACHED.items() for child, column in pairs}
    lists = {(owner, item) for item, pairs in LISTED.items() for owner, _attribute in pairs}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent not in SHARED_MODELS:
                continue
            if table.name in SHARED_MODELS:
                assert (table.name, fk.parent.name, parent) in covered, (table.name, fk.parent.name)
            else:  # an association table: the list of its owning record, or an item of a list
                owners = {fk2.column.table.name for fk2 in table.foreign_keys} - {parent}
                assert parent in {"recommendations", "clusters", "actions"} or any(
                    (owner, parent) in lists for owner in owners), table.name


def test_what_the_sources_said_comes_back_with_the_record(demo_services: Any) -> None:
    """States under review, regions, goals, mandates, source keys and unmapped labels (issue 18)
    are part of the record: kept by a deletion, put back by its undo."""
    from sqlalchemy import insert

    from nrtd_desktop.db.models import State, recommendation_labels, recommendation_sources

    s = demo_services
    rec_id = planned_recommendation(s)
    with s.context.write() as session:
        record = session.get(Recommendation, rec_id)
        record.countries = [session.get(State, "SAU")]
        session.execute(insert(recommendation_sources), [
            {"source_format": "uhri", "source_key": "2f1b7c55-0000-4000-8000-000000000001",
             "recommendation_id": rec_id, "row_digest": "abc"}])
        session.execute(insert(recommendation_labels), [
            {"recommendation_id": rec_id, "vocabulary": "theme", "label": "Human rights & climate change"}])
    before = committee_state(s)
    content = before["recommendations"][rec_id]
    assert content["countries"] == ["SAU"]
    assert content["sources"] == [["uhri", "2f1b7c55-0000-4000-8000-000000000001"]]
    assert content["labels"] == [["theme", "Human rights & climate change"]]
    deletion = s.recommendations.delete(rec_id)
    with s.context.read() as session:
        assert not session.execute(select(recommendation_sources).where(
            recommendation_sources.c.recommendation_id == rec_id)).all()
    s.deletions.restore(deletion)
    assert committee_state(s) == before
