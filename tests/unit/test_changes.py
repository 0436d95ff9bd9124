"""What a write reports it changed (``dto.changes``): the window's pages decide from it alone
whether to read again, so each kind of write must name its area and no other."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text

from nrtd_desktop.db.written import written_table
from nrtd_desktop.dto.changes import CLUSTERS, DRAFTS, ENTITIES, PLAN, RECOMMENDATIONS, Changes
from nrtd_desktop.dto.plan import ActionInput, ProgressInput
from nrtd_desktop.dto.register import RecommendationInput


def heard(services: Any) -> list[Changes]:
    seen: list[Changes] = []
    services.context.listeners.append(seen.append)
    return seen


def test_the_written_table_of_each_kind_of_statement() -> None:
    assert written_table('INSERT INTO "actions" (id) VALUES (?)') == "actions"
    assert written_table("insert or replace into meta values (?, ?)") == "meta"
    assert written_table("UPDATE recommendations SET status=? WHERE id=?") == "recommendations"
    assert written_table("  DELETE FROM recommendation_fts WHERE rowid = ?") == "recommendation_fts"
    assert written_table("SELECT * FROM actions") is None
    assert written_table("BEGIN") is None


def test_each_write_names_its_areas(empty_services: Any) -> None:
    s = empty_services
    seen = heard(s)
    s.entities.create("MOJ", "وزارة العدل", "Ministry of Justice")
    assert seen[-1].areas == {ENTITIES}
    rec = s.recommendations.create(RecommendationInput(reference="UPR-3-1.1", body="UPR", text_ar="نص"))
    assert seen[-1].touches(RECOMMENDATIONS) and not seen[-1].touches(PLAN, ENTITIES, DRAFTS)
    action = s.plan.create_action("recommendation", rec.id, ActionInput(title_ar="إجراء", title_en="Action"))
    # The recommendation's status rolls up from its actions: both areas changed.
    assert seen[-1].touches(PLAN)
    s.plan.add_progress(action.id, ProgressInput(reported_on=date(2026, 3, 1), narrative_ar="بداية"))
    assert seen[-1].touches(PLAN) and not seen[-1].touches(CLUSTERS, ENTITIES)
    s.clusters.create("مجموعة", "A cluster")
    assert CLUSTERS in seen[-1].areas and not seen[-1].touches(PLAN, RECOMMENDATIONS)
    generations = [c.generation for c in seen]
    assert generations == sorted(generations) and len(set(generations)) == len(seen)
    assert s.context.generation == generations[-1]


def test_a_failed_write_reports_nothing_and_leaks_nothing_into_the_next(empty_services: Any) -> None:
    s = empty_services
    seen = heard(s)
    try:
        with s.context.write() as session:
            session.execute(text("UPDATE entities SET name_ar = 'x'"))
            raise RuntimeError("abandoned")
    except RuntimeError:
        pass
    assert seen == []
    s.clusters.create("مجموعة", "A cluster")
    assert not seen[-1].touches(ENTITIES)


def test_an_unknown_table_touches_every_area() -> None:
    changes = Changes.of_tables(["a_table_of_tomorrow"])
    assert changes.touches(PLAN) and changes.touches(DRAFTS)
    assert not Changes.of_tables(["history", "meta"])  # bookkeeping only: nothing shown changed
