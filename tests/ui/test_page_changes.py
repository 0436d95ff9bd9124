"""One change notification for the window (``ui/page_changes.py``): what a write changed reaches
the pages that show it, and only those, without anyone pressing a refresh button."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from nrtd_desktop.dto.plan import ActionInput
from nrtd_desktop.dto.register import RecommendationInput

WATCHED = ("recommendations", "clusters", "plan", "entities", "dashboard", "vocabulary", "drafting")


def count_reloads(window: Any, monkeypatch: Any) -> Counter[str]:
    """Build every page that listens, then count the changes each one is asked to apply."""
    counts: Counter[str] = Counter()
    for key in WATCHED:
        page = window.areas[key]
        original = page.apply_changes

        def counted(changes: Any, key: str = key, original: Any = original) -> None:
            counts[key] += 1
            original(changes)

        monkeypatch.setattr(page, "apply_changes", counted)
    return counts


def settle(qtbot: Any) -> None:
    qtbot.wait(20)  # the relay gathers the writes of one turn of the event loop


def register_status(window: Any, rec_id: str) -> str:
    model = window.areas["recommendations"].model
    row = model.row_of_id(rec_id)
    assert row >= 0
    return model.row_at(row).status


def test_an_action_edited_in_the_plan_shows_in_the_register_and_undo_brings_it_back(
    window: Any, services: Any, qtbot: Any, monkeypatch: Any
) -> None:
    counts = count_reloads(window, monkeypatch)
    register = window.areas["recommendations"]
    rec_id = register.model.row_at(0).id
    assert register_status(window, rec_id) == "not_started"
    action = services.plan.create_action(
        "recommendation", rec_id, ActionInput(title_ar="إجراء", title_en="Action",
                                              start_date=date(2026, 1, 1), end_date=date(2026, 12, 31)))
    settle(qtbot)
    counts.clear()

    window.show_area("plan")
    editor = window.areas["plan"].editor
    editor.show_owner("recommendation", rec_id)
    editor.actions.select_id(action.id)
    editor.edit_action()
    editor.dialog.inputs["status"].set_value("in_progress")
    editor.dialog.try_save()
    settle(qtbot)
    assert counts["plan"] == 0  # the editor read the plan again itself after its own edit
    assert counts["recommendations"] == 1  # its status rolled up from the action
    assert counts["clusters"] == counts["entities"] == 1  # both show recommendations
    window.show_area("recommendations")  # no refresh pressed: the register was waiting for this
    assert register_status(window, rec_id) == "in_progress"

    counts.clear()
    window.undo_action.trigger()
    settle(qtbot)
    assert register_status(window, rec_id) == "not_started"
    assert counts["recommendations"] == 1
    assert counts["plan"] == 0  # the undo command had the editor read again already
    window.show_area("plan")
    assert [a.status for a in editor.actions.model.rows] == ["not_started"]


def test_a_cluster_renamed_reaches_the_plan_chooser_and_not_the_pages_without_clusters(
    window: Any, services: Any, qtbot: Any, monkeypatch: Any
) -> None:
    counts = count_reloads(window, monkeypatch)
    vocabulary, dashboard = window.areas["vocabulary"], window.areas["dashboard"]
    reads = Counter[str]()
    unmatched = vocabulary.services.vocabulary.unmatched
    service = vocabulary.services.vocabulary
    monkeypatch.setattr(service, "unmatched", lambda: reads.update(["v"]) or unmatched())
    window.show_area("plan")
    chooser = window.areas["plan"].editor.chooser
    cluster = services.clusters.list()[0]
    services.clusters.update(cluster.id, {"name_ar": "اسم جديد للمجموعة"})
    settle(qtbot)
    texts = [chooser.list.item(row).text() for row in range(chooser.list.count())]
    assert any("اسم جديد للمجموعة" in text for text in texts)
    assert counts["plan"] == 1 and counts["clusters"] == 1
    # Pages that do not show clusters were not asked, and read nothing.
    assert counts["vocabulary"] == counts["dashboard"] == counts["drafting"] == 0
    assert reads["v"] == 0 and not dashboard._timer.isActive()  # no figures to count again


def test_an_import_on_a_worker_thread_refreshes_the_register(
    window: Any, services: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.exporters.xlsx import ExportOptions
    from nrtd_desktop.services.imports import ImportRequest

    other = open_services(tmp_path / "other.sqlite")
    try:
        other.recommendations.create(RecommendationInput(
            reference="UPR-4-999.1", body="UPR", text_ar="توصية جاءت من ملف", text_en="From a file", cycle=4))
        path = tmp_path / "incoming.xlsx"
        other.imports.export_xlsx(path, ExportOptions(lang="ar"))
    finally:
        other.close()
    counts = count_reloads(window, monkeypatch)
    window.show_area("recommendations")
    register = window.areas["recommendations"]
    before = register.model.rowCount()
    done: list[Any] = []
    worker = threading.Thread(target=lambda: done.append(services.imports.run(ImportRequest((path,)))))
    worker.start()
    worker.join(60)
    assert done and done[0].preview.new >= 1
    qtbot.waitUntil(lambda: register.model.rowCount() == before + 1, timeout=5000)
    assert counts["recommendations"] == 1
    assert counts["entities"] <= 1 and counts["drafting"] == 1


def test_a_deletion_put_back_reaches_the_clusters_page(
    window: Any, services: Any, qtbot: Any, monkeypatch: Any
) -> None:
    window.show_area("clusters")
    page = window.areas["clusters"]
    cluster = services.clusters.list()[0]
    deletion = services.clusters.delete(cluster.id)
    settle(qtbot)
    assert cluster.id not in {c.id for c in page.list_model.rows()}
    services.deletions.restore(deletion)
    settle(qtbot)
    assert cluster.id in {c.id for c in page.list_model.rows()}
