"""The plan area's widgets with pytest-qt: editors, undo, the timeline's picture, the analysis."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QPushButton

from nrtd_desktop.dto.plan import ProgressInput
from tests.plan.conftest import action


@pytest.fixture
def app_ar(qapp: Any) -> Any:
    from nrtd_desktop.ui.application import create_application, install_translations

    app = create_application(lang="ar")
    yield app
    install_translations(app, "ar")


def type_text(widget: Any, text: str) -> None:
    """One key event per character: how Arabic reaches a widget from a keyboard layout."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def make_editor(qtbot: Any, services: Any) -> Any:
    from nrtd_desktop.ui.plan_editor import PlanEditor

    editor = PlanEditor(services, "ar", True, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1300, 800)
    editor.show()
    return editor


def test_action_editor_creates_refuses_bad_dates_and_undoes(qtbot, app_ar, small_plan) -> None:
    s = small_plan.services
    editor = make_editor(qtbot, s)
    assert editor.chooser.select("recommendation", small_plan.rec_a)
    assert editor.view.owner.id == small_plan.rec_a
    editor.findChild(QPushButton, "add_action").click()
    dialog = editor.dialog
    type_text(dialog.inputs["title_ar"], "إعداد مشروع نظام الحماية")
    dialog.start.set_value(date(2026, 6, 1))
    dialog.end.set_value(date(2026, 5, 1))
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and not dialog.errors["end_date"].isHidden()
    assert "تاريخ" in dialog.errors["end_date"].text()
    dialog.end.set_value(date(2026, 12, 31))
    dialog.inputs["lead_entity"].set_value("MOJ")
    assert save.isEnabled()
    save.click()
    rows = editor.actions.model.rows
    assert [(a.title_ar, a.lead_entity.code, a.end_date) for a in rows] == [
        ("إعداد مشروع نظام الحماية", "MOJ", date(2026, 12, 31))
    ]
    created = rows[0].id
    editor._undo.undo()
    assert editor.actions.model.rows == [] and s.plan.actions("recommendation", small_plan.rec_a) == []
    editor._undo.redo()
    assert [a.id for a in editor.actions.model.rows] == [created]


def test_edit_then_delete_with_confirmation(qtbot, app_ar, small_plan, monkeypatch) -> None:
    s = small_plan.services
    first = s.plan.create_action("recommendation", small_plan.rec_a, action("الأول"))
    s.plan.create_action("recommendation", small_plan.rec_a, action("الثاني"))
    editor = make_editor(qtbot, s)
    editor.chooser.select("recommendation", small_plan.rec_a)
    editor.actions.select_id(first.id)
    editor.edit_action()
    dialog = editor.dialog
    dialog.inputs["status"].set_value("in_progress")
    dialog.try_save()
    assert s.plan.get_action(first.id).status == "in_progress"
    assert "قيد التنفيذ" in editor.status_line.text()  # the recommendation rolled up
    editor.actions.select_id(first.id)
    editor.move_action(+1)
    assert [a.title_ar for a in editor.actions.model.rows] == ["الثاني", "الأول"]
    asked: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda title, text: asked.append(text) or False)
    editor.actions.select_id(first.id)
    editor.delete_action()
    assert len(asked) == 1 and "الأول" in asked[0]
    assert len(s.plan.actions("recommendation", small_plan.rec_a)) == 2  # answered no
    monkeypatch.setattr(editor, "confirm", lambda title, text: True)
    editor.delete_action()
    assert [a.title_ar for a in editor.actions.model.rows] == ["الثاني"]
    for _ in range(3):  # delete, move, edit
        editor._undo.undo()
    assert [(a.title_ar, a.status) for a in s.plan.actions("recommendation", small_plan.rec_a)] == [
        ("الأول", "not_started"),
        ("الثاني", "not_started"),
    ]


def test_progress_editor_newest_first_and_percent_bounds(qtbot, app_ar, small_plan) -> None:
    s = small_plan.services
    act = s.plan.create_action("recommendation", small_plan.rec_a, action("حملة توعية"))
    s.plan.add_progress(act.id, ProgressInput(reported_on=date(2026, 3, 1), narrative_ar="بداية", percent=10))
    editor = make_editor(qtbot, s)
    editor.chooser.select("recommendation", small_plan.rec_a)
    editor.actions.select_id(act.id)
    editor.findChild(QPushButton, "add_progress").click()
    dialog = editor.dialog
    percent = dialog.inputs["percent"]
    assert percent.maximum() == 100
    percent.setValue(250)
    assert percent.value() == 100
    percent.setValue(55)
    dialog.reported.set_value(date(2026, 10, 1))
    type_text(dialog.inputs["narrative_ar"], "اكتملت المرحلة الأولى")
    dialog.inputs["entity"].set_value("HRC")
    type_text(dialog.inputs["reporter"], "منسق الخطة")
    dialog.try_save()
    assert not dialog.isVisible()
    rows = editor.progress.model.rows
    assert [(p.reported_on, p.percent) for p in rows] == [(date(2026, 10, 1), 55), (date(2026, 3, 1), 10)]
    assert (rows[0].entity.code, rows[0].reporter) == ("HRC", "منسق الخطة")
    model = editor.progress.model
    assert model.data(model.index(0, 1)) == "55%"
    assert "1448" in model.data(model.index(0, 0))  # the Hijri year beside 2026-10-01


def test_progress_without_narrative_stays_open_with_the_error(qtbot, app_ar, small_plan) -> None:
    s = small_plan.services
    act = s.plan.create_action("recommendation", small_plan.rec_a, action("إجراء"))
    editor = make_editor(qtbot, s)
    editor.chooser.select("recommendation", small_plan.rec_a)
    editor.actions.select_id(act.id)
    editor.new_progress()
    editor.dialog.try_save()
    assert editor.dialog.isVisible() and not editor.dialog.errors["narrative_ar"].isHidden()
    assert s.plan.progress(act.id) == []


def test_indicator_editor_shows_the_smart_check_live(qtbot, app_ar, small_plan) -> None:
    s = small_plan.services
    act = s.plan.create_action(
        "recommendation", small_plan.rec_a, action("تدريب", date(2026, 1, 1), date(2026, 12, 31))
    )
    editor = make_editor(qtbot, s)
    editor.chooser.select("recommendation", small_plan.rec_a)
    editor.actions.select_id(act.id)
    editor.new_indicator("action")
    dialog = editor.dialog
    assert "محدد" in dialog.smart.text() and "قابل للقياس" in dialog.smart.text()
    type_text(dialog.inputs["name_ar"], "عدد القضاة المدربين")
    for name, value in (
        ("baseline", "0"),
        ("target", "300"),
        ("unit", "قاض"),
        ("data_source", "وزارة العدل"),
    ):
        type_text(dialog.inputs[name], value)
    assert "SMART" in dialog.smart.text() and "لم يستوف" not in dialog.smart.text()
    dialog.try_save()
    model = editor.indicators.model
    assert model.data(model.index(0, model.COL_SMART)) == "مستوفٍ لمعايير SMART"
    assert model.data(model.index(0, model.COL_SMART), Qt.ItemDataRole.ForegroundRole).color() == QColor(
        "#2e7d32"
    )


def _timeline_chart(qtbot: Any, services: Any, direction: Qt.LayoutDirection) -> Any:
    from nrtd_desktop.ui.timeline_view import TimelineChart

    chart = TimelineChart("ar", True)
    chart.setLayoutDirection(direction)
    qtbot.addWidget(chart)
    chart.set_timeline(services.plan.timeline())
    chart.show()
    return chart


def test_timeline_marks_overdue_red_and_runs_right_to_left_in_arabic(qtbot, app_ar, small_plan) -> None:
    from nrtd_desktop.ui.timeline_view import OVERDUE, TODAY_LINE

    s = small_plan.services
    s.plan.create_action(
        "recommendation", small_plan.rec_a, action("متأخر", date(2026, 2, 1), date(2026, 9, 30))
    )
    s.plan.create_action(
        "recommendation",
        small_plan.rec_a,
        action("جارٍ", date(2026, 10, 1), date(2027, 6, 30), status="in_progress"),
    )
    chart = _timeline_chart(qtbot, s, Qt.LayoutDirection.RightToLeft)
    bars = chart.timeline.bars
    assert [b.overdue for b in bars] == [True, False]
    image = chart.grab().toImage()
    late, current = chart.bar_rect(0), chart.bar_rect(1)
    assert image.pixelColor(late.center().toPoint()) == OVERDUE
    assert image.pixelColor(current.center().toPoint()) != OVERDUE
    # Right to left: the later bar stands to the left of the earlier one, and today (2026-11-29)
    # is left of the overdue bar's end and right of the current bar's end.
    assert current.right() < late.left() + 1
    assert current.left() < chart.today_x() < late.left()
    assert chart.x_for(date(2026, 1, 1)) > chart.x_for(date(2026, 12, 1))
    x = round(chart.today_x())
    y = round(late.bottom()) + 3  # between the rows, where only the line is drawn
    assert any(image.pixelColor(QPoint(x + dx, y)) == TODAY_LINE for dx in (-1, 0, 1))

    english = _timeline_chart(qtbot, s, Qt.LayoutDirection.LeftToRight)
    assert english.x_for(date(2026, 1, 1)) < english.x_for(date(2026, 12, 1))
    assert english.bar_rect(0).right() <= english.today_x() <= english.bar_rect(1).right()


def test_challenges_analysis_drills_down(qtbot, app_ar, demo_services) -> None:
    from nrtd_desktop.ui.challenges_page import ChallengesAnalysis

    view = ChallengesAnalysis(demo_services, "ar")
    qtbot.addWidget(view)
    view.show()  # counted on a worker thread when first shown
    qtbot.waitUntil(lambda: view.stats is not None and not view.loading)
    stats = demo_services.plan.challenges.stats()
    assert str(stats.total) in view.summary.text()
    opens = [r.open for r in view.sections["category"].model.rows]
    assert opens == sorted(opens, reverse=True)
    top = stats.by_entity[0]
    view.select_count("entity", top.key)
    assert len(view.records.model.rows) == top.total
    view.status.setCurrentIndex(view.status.findData("open"))
    assert len(view.records.model.rows) == top.open
    assert all(c.status == "open" for c in view.records.model.rows)


def test_plan_area_is_registered_and_opens_from_health(qtbot, app_ar, demo_services) -> None:
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, Settings(language="ar"))
    qtbot.addWidget(window)
    window.show()
    window.show_area("plan")
    page = window.areas["plan"]
    assert page.health.health is None  # not read before its tab is shown
    page.tabs.setCurrentWidget(page.health)
    qtbot.waitUntil(lambda: page.health.health is not None and not page.health.loading)
    page.health.select_list("overdue_actions")
    item = page.health.items.model.rows[0]
    page.health.items.select_row(0)
    page.health._open_current()
    assert page.tabs.currentWidget() is page.editor
    assert page.editor.view.owner.id == item.owner.id and page.editor.view.overdue
