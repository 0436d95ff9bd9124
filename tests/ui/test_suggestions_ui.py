"""Suggested labels (issue 23) as a member uses them: the editor's classification tab (accept one,
accept the sure ones, reject, Save) and the register's bulk review (accept all listed above a
confidence, reject chosen)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from nrtd_desktop.db.models import HistoryEntry
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.ui.history_panel import HistoryPanel
from nrtd_desktop.ui.suggestion_panel import FIELDS

NEW = [
    ("UPR-4-40.1", "Criminalize domestic violence and marital rape and protect women victims"),
    ("UPR-4-40.2", "Abolish the death penalty and establish a moratorium on executions"),
    ("UPR-4-40.3", "Ensure free and compulsory primary education for all children, including girls"),
]


def _add_unlabelled(services: Any) -> dict[str, str]:
    return {
        reference: services.recommendations.create(
            RecommendationInput(reference=reference, body="UPR", text_en=text, cycle=4)
        ).id
        for reference, text in NEW
    }


def _labels(services: Any, rec_id: str) -> dict[str, set[str]]:
    detail = services.recommendations.get(rec_id)
    return {
        "themes": {x.key for x in detail.themes},
        "groups": {x.key for x in detail.affected_groups},
        "sdg": {x.key for x in detail.sdg_targets},
    }


def _history(services: Any, rec_id: str) -> list[HistoryEntry]:
    with services.context.read() as session:
        return list(session.scalars(select(HistoryEntry).where(HistoryEntry.record_id == rec_id)
                                    .order_by(HistoryEntry.id)))


def _show_only(page: Any, ids: Any) -> None:
    """The register filtered to these records (as the dashboard's drill-down does)."""
    page.apply_filter(RecommendationFilter(ids=tuple(ids)))
    page.model.row_at(0)


def _choose(table: Any, row: int) -> None:
    """Select one row as a click does (``selectRow`` picks no cell in a right-to-left table whose
    columns fill its width: Qt looks for the column at the viewport's far edge)."""
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(table.model().index(row, 0), flags.ClearAndSelect | flags.Rows)


def test_the_editor_accepts_one_rejects_one_and_save_records_who(window: Any, services: Any) -> None:
    ids = _add_unlabelled(services)
    rec_id = ids["UPR-4-40.1"]
    page = window.areas["recommendations"]
    _show_only(page, [rec_id])
    page.select_id(rec_id)
    page.edit_selected()
    editor = page.editor
    panel = editor.suggestions
    assert panel.table.rowCount() == 0  # read only when the tab is first shown
    assert not services.suggestions._models  # the window and the editor opened: no model loaded yet
    editor.tabs.setCurrentIndex(editor.suggestions_tab)
    offered = list(panel.rows)
    assert panel.table.rowCount() == len(offered) >= 3
    assert panel.table.item(0, 1).text() == offered[0].label("ar")  # the Arabic name, in Arabic
    women = next(i for i, s in enumerate(offered) if s.key == "upr_info.womens_rights")
    wrong = next(i for i, s in enumerate(offered) if s.vocabulary == "sdg")

    _choose(panel.table, women)
    panel.accept_chosen()
    assert "upr_info.womens_rights" in editor.inputs["themes"].selected()  # ticked in its picker
    assert "upr_info.womens_rights" not in {s.key for s in panel.rows}
    rejected = offered[wrong]
    _choose(panel.table, next(i for i, s in enumerate(panel.rows) if s.key == rejected.key))
    panel.reject_chosen()
    assert rejected.key not in {s.key for s in panel.rows}
    assert rejected.key not in editor.inputs[FIELDS[rejected.vocabulary]].selected()
    editor.try_save()
    assert not editor.isVisible()

    labels = _labels(services, rec_id)
    assert "upr_info.womens_rights" in labels["themes"] and rejected.key not in labels["sdg"]
    themes = next(e for e in _history(services, rec_id) if e.field == "themes")
    assert (themes.origin, themes.actor) == ("suggestion", services.context.actor.name)
    again = {(s.vocabulary, s.key) for s in services.suggestions.suggest([rec_id], min_confidence=0.3)}
    assert ("sdg", rejected.key) not in again  # rejected: not offered again
    assert ("themes", "upr_info.womens_rights") not in again  # accepted: the record has it

    # the record's history, as the window shows it in Arabic: suggested, accepted (or rejected) by whom
    history = HistoryPanel(services, "recommendations", rec_id)
    origins = {row.field: history.model.cell_text(row, 5) for row in history.model.rows}
    who = services.context.actor.name
    assert origins["themes"].startswith("اقتراح من البرنامج (نموذج")
    assert origins["themes"].endswith(f"قبِله {who}")
    assert f"{min(99, round(offered[women].confidence * 100))}%" in origins["themes"]
    assert origins["rejected_suggestions"] == f"اقتراح من البرنامج رفضه {who}"


def test_accept_the_sure_ones_ticks_only_those_above_the_threshold(window: Any, services: Any) -> None:
    rec_id = _add_unlabelled(services)["UPR-4-40.3"]
    page = window.areas["recommendations"]
    _show_only(page, [rec_id])
    page.select_id(rec_id)
    page.edit_selected()
    editor = page.editor
    panel = editor.suggestions
    editor.tabs.setCurrentIndex(editor.suggestions_tab)
    sure = [s for s in panel.rows if s.sure]
    unsure = [s for s in panel.rows if not s.sure]
    assert sure
    panel.accept_all_sure()
    for s in sure:
        assert s.key in editor.inputs[FIELDS[s.vocabulary]].selected()
    for s in unsure:
        assert s.key not in editor.inputs[FIELDS[s.vocabulary]].selected()
    assert not panel.accept_sure.isEnabled()
    editor.reject()  # cancelled: nothing written
    assert _labels(services, rec_id) == {"themes": set(), "groups": set(), "sdg": set()}


def test_the_register_accepts_all_listed_above_a_confidence_for_its_search(
    window: Any, qtbot: Any, services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _add_unlabelled(services)
    page = window.areas["recommendations"]
    _show_only(page, ids.values())
    assert page.model.rowCount() == len(NEW)
    dialog = page.open_suggestions()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=60000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    assert {s.record_id for s in dialog._all} <= set(ids.values())  # only what the register shows
    dialog.confidence.setValue(0.3)
    everything = list(dialog._all)
    confidences = sorted(s.confidence for s in everything)
    cut = round((confidences[0] + confidences[-1]) / 2, 2)  # some above, some below
    dialog.confidence.setValue(cut)
    listed = dialog.listed()
    assert listed and all(s.confidence >= cut - 1e-9 for s in listed)
    below = [s for s in everything if s.confidence < cut - 1e-9]
    assert below and len(listed) + len(below) == len(everything)

    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> Any:
        def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return choice
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.accept_all.click()
    assert len(asked) == 1 and f"{len(listed)}" in asked[0]
    assert all(_labels(services, i) == {"themes": set(), "groups": set(), "sdg": set()} for i in ids.values())

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.accept_all.click()
    assert not dialog.accept_chosen.isEnabled()  # on a worker: no second click meanwhile
    qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=60000)
    for s in listed:
        assert s.key in _labels(services, s.record_id)[s.vocabulary]
    for s in below:
        assert s.key not in _labels(services, s.record_id)[s.vocabulary]
    assert dialog.model.rowCount() == 0
    assert "قُبل" in dialog.outcome.text()
    entry = next(e for e in _history(services, listed[0].record_id) if e.origin == "suggestion")
    assert entry.actor == services.context.actor.name

    # the rest: reject one; it is gone here and from the next reading
    dialog.confidence.setValue(0.3)
    target = dialog.model.rows[0]
    _choose(dialog.table, 0)
    dialog.reject_chosen.click()
    assert (target.record_id, target.key) not in {(s.record_id, s.key) for s in dialog.model.rows}
    again = services.suggestions.suggest([target.record_id], min_confidence=0.3)
    assert target.key not in {s.key for s in again}
    assert target.key not in _labels(services, target.record_id)[target.vocabulary]
