"""Each record of the plan editor, through its buttons' handlers: create, edit, delete, then undo
each step back to where it began (``plan_records.py`` over ``plan_edits.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from tests.plan import test_ui
from tests.plan.conftest import action
from tests.plan.test_ui import make_editor, type_text

app_ar = test_ui.app_ar  # the Arabic application, a fixture


@dataclass(frozen=True)
class Kind:
    name: str
    section: str  # the editor's RecordSection
    new: str  # the editor's handler
    field: str  # the text input the test types in
    stored: str  # the record's attribute holding that text

    def records(self, services: Any, plan: Any, act_id: str) -> list[str]:
        """What the database holds, as the typed texts (the screen is checked beside it)."""
        if self.name == "action indicator":
            rows = services.plan.indicators(action_id=act_id)
        elif self.name == "recommendation indicator":
            rows = services.plan.indicators(recommendation_id=plan.rec_a)
        elif self.name == "progress update":
            rows = services.plan.progress(act_id)
        else:
            rows = services.plan.challenges.list()
        return sorted(getattr(r, self.stored) for r in rows)


KINDS = [
    Kind("action indicator", "indicators", "new_indicator:action", "name_ar", "name_ar"),
    Kind("recommendation indicator", "rec_indicators", "new_indicator:recommendation", "name_ar", "name_ar"),
    Kind("progress update", "progress", "new_progress", "narrative_ar", "narrative_ar"),
    Kind("challenge", "challenges", "new_challenge", "description_ar", "description_ar"),
]


def run_handler(editor: Any, kind: Kind, verb: str) -> None:
    section = getattr(editor, kind.section)
    if kind.name.endswith("indicator"):
        if verb == "new":
            editor.new_indicator(kind.new.split(":")[1])
        else:
            getattr(editor, f"{verb}_indicator")(section)
    else:
        noun = kind.new.removeprefix("new_")
        getattr(editor, f"{verb}_{noun}")()


def fill(dialog: Any, field: str, text: str) -> None:
    widget = dialog.inputs[field]
    if hasattr(widget, "clear"):
        widget.clear()
    type_text(widget, text)
    if hasattr(dialog, "reported"):
        dialog.reported.set_value(date(2026, 5, 1))
    dialog.try_save()
    assert not dialog.isVisible(), [e.text() for e in dialog.errors.values() if not e.isHidden()]


@pytest.mark.usefixtures("app_ar")
@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_create_edit_delete_and_undo_each_step(qtbot, small_plan, monkeypatch, kind: Kind) -> None:
    s = small_plan.services
    act = s.plan.create_action("recommendation", small_plan.rec_a, action("إجراء الخطة"))
    editor = make_editor(qtbot, s)
    editor.chooser.select("recommendation", small_plan.rec_a)
    editor.actions.select_id(act.id)
    section = getattr(editor, kind.section)
    shown = lambda: sorted(getattr(r, kind.stored) for r in section.model.rows)  # noqa: E731
    stored = lambda: kind.records(s, small_plan, act.id)  # noqa: E731

    run_handler(editor, kind, "new")
    fill(editor.dialog, kind.field, "النص الأول")
    assert stored() == shown() == ["النص الأول"]

    section.select_id(section.model.rows[0].id)
    run_handler(editor, kind, "edit")
    fill(editor.dialog, kind.field, "النص المعدل")
    assert stored() == shown() == ["النص المعدل"]

    asked: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda title, text: asked.append(title) or True)
    section.select_id(section.model.rows[0].id)
    run_handler(editor, kind, "delete")
    assert len(asked) == 1 and stored() == shown() == []

    editor._undo.undo()  # the deletion
    assert stored() == shown() == ["النص المعدل"]
    editor._undo.undo()  # the edit
    assert stored() == shown() == ["النص الأول"]
    editor._undo.undo()  # the creation
    assert stored() == shown() == []
    for expected in (["النص الأول"], ["النص المعدل"], []):
        editor._undo.redo()
        assert stored() == shown() == expected
