"""The main window driven as a committee member drives it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.settings import load_settings
from nrtd_desktop.ui.recommendation_model import COL_PRIORITY, COL_REFERENCE, COL_TEXT
from tests.ui.keyboard import type_text
from tests.ui.sample_data import SAMPLE


def shown_references(page: Any) -> list[str]:
    model = page.model
    return sorted(model.index(row, COL_REFERENCE).data() for row in range(model.rowCount()))


def choose(page: Any, facet: str, key: str) -> None:
    """Open a facet's list (as its menu does) and tick one value."""
    button = page.facets.buttons[facet]
    button.menu().aboutToShow.emit()
    for i in range(button.list.count()):
        item = button.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{key} not offered by the {facet} facet")


def select_reference(page: Any, reference: str) -> None:
    """Click the row's reference cell."""
    from pytestqt.qtbot import QtBot

    model = page.model
    for row in range(model.rowCount()):
        index = model.index(row, COL_REFERENCE)
        if index.data() == reference:
            page.table.scrollTo(index)
            QtBot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                             pos=page.table.visualRect(index).center())
            assert page.selected_id() is not None
            return
    raise AssertionError(f"{reference} not shown")


def activate(qtbot: Any, widget: Any) -> None:
    """Make ``widget``'s window the active one, as a click on it would (shortcuts need that)."""
    qtbot.waitExposed(widget)
    widget.raise_()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)


def test_the_window_opens_in_arabic_right_to_left(window: Any) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.count_label.text() == f"عرض {len(SAMPLE)} من أصل {len(SAMPLE)} توصية"
    # the areas offered are exactly those registered (no placeholder pages), the register first
    from nrtd_desktop.ui.areas import registered_areas

    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [spec.title() for spec in registered_areas()]
    assert titles[0] == "التوصيات"
    page = window.areas["recommendations"]
    assert page.model.headerData(COL_TEXT, Qt.Orientation.Horizontal) == "التوصية"
    # the first column is drawn at the right edge of the table
    header = page.table.horizontalHeader()
    assert header.sectionViewportPosition(COL_REFERENCE) > header.sectionViewportPosition(COL_TEXT)


def test_facets_narrow_the_register_and_combine(window: Any, qtbot: Any) -> None:
    page = window.areas["recommendations"]
    choose(page, "status", "in_progress")
    expected = sorted(s.reference for s in SAMPLE if s.status == "in_progress")
    assert shown_references(page) == expected
    assert window.count_label.text() == f"عرض {len(expected)} من أصل {len(SAMPLE)} توصية"
    assert page.facets.buttons["status"].text() == "حالة التنفيذ (المختار: 1)"

    choose(page, "entity", "MOJ")  # lead or supporting entity
    both = sorted(s.reference for s in SAMPLE if s.status == "in_progress" and (s.lead == "MOJ"))
    assert shown_references(page) == both
    assert len(both) < len(expected)

    choose(page, "status", "implemented")  # two values of one facet: either
    either = sorted(s.reference for s in SAMPLE
                    if s.status in ("in_progress", "implemented") and s.lead == "MOJ")
    assert shown_references(page) == either

    qtbot.mouseClick(page.facets.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == len(SAMPLE)
    assert not page.facets.clear_button.isEnabled()


def test_search_in_arabic_as_you_type(window: Any, qtbot: Any) -> None:
    page = window.areas["recommendations"]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    # typed without the hamza and with ه for ة: the search folds both
    type_text(page.search, "الاطفال")
    assert page.search.text() == "الاطفال"
    expected = sorted(s.reference for s in SAMPLE if "الأطفال" in s.text_ar)
    assert 0 < len(expected) < len(SAMPLE)
    qtbot.waitUntil(lambda: shown_references(page) == expected, timeout=2000)

    type_text(page.search, " والالزامي")  # a second word, typed without its hamza too
    qtbot.waitUntil(lambda: page.facets.filter.search == "الاطفال والالزامي", timeout=2000)
    assert shown_references(page) == expected
    texts = [normalize(page.model.index(r, COL_TEXT).data()) for r in range(page.model.rowCount())]
    assert all("والالزامي" in text for text in texts)

    for _ in range(len(" والالزامي")):
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    type_text(page.search, " الدولية")  # a word no recommendation of the sample has
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert window.count_label.text() == f"عرض 0 من أصل {len(SAMPLE)} توصية"


def test_edit_then_undo_and_redo(window: Any, qtbot: Any, services: Any) -> None:
    page = window.areas["recommendations"]
    target = next(s for s in SAMPLE if s.priority == "low")
    select_reference(page, target.reference)
    assert page.detail.detail is not None and page.detail.detail.reference == target.reference
    page.edit_action.trigger()
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.priority.set_value("high")
    editor.text_ar.setPlainText(target.text_ar + " دون تأخير")
    activate(qtbot, editor)
    qtbot.keyClick(editor.text_ar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert editor.general_error.text() == ""
    assert not editor.isVisible()

    detail = services.recommendations.find(target.reference)
    assert detail.priority == "high" and detail.text_ar.endswith("دون تأخير")
    row = page.table.currentIndex().row()
    assert page.model.index(row, COL_REFERENCE).data() == target.reference
    assert page.model.index(row, COL_PRIORITY).data() == "عالية"
    assert window.undo_action.text() == f"تراجع عن تعديل التوصية {target.reference}"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    detail = services.recommendations.find(target.reference)
    assert (detail.priority, detail.text_ar) == ("low", target.text_ar)
    assert page.model.index(page.table.currentIndex().row(), COL_PRIORITY).data() == "منخفضة"

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl_shift)
    assert services.recommendations.find(target.reference).priority == "high"


def test_a_validation_message_is_shown_next_to_its_field(window: Any, services: Any) -> None:
    page = window.areas["recommendations"]
    select_reference(page, SAMPLE[0].reference)
    page.edit_action.trigger()
    editor = page.editor
    editor.reference.setText(SAMPLE[1].reference)  # already used by another recommendation
    editor.try_save()
    assert editor.isVisible()
    label = editor.errors["reference"]
    assert label.isVisible()
    assert label.text() == f"الرمز المرجعي: القيمة «{SAMPLE[1].reference}» مستخدمة في سجل آخر."
    editor.reference.setText("")  # required: the same field shows the other message
    editor.tabs.setCurrentIndex(2)
    editor.try_save()
    assert editor.errors["reference"].isVisible() and "مطلوب" in editor.errors["reference"].text()
    assert editor.tabs.currentIndex() == 0  # the tab of the field in error comes to the front
    editor.reject()
    assert services.recommendations.find(SAMPLE[0].reference).document_date is None
    assert window.undo_stack.count() == 0


def test_delete_asks_first_and_can_be_undone(window: Any, qtbot: Any, services: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.areas["recommendations"]
    target = SAMPLE[5]
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> Any:
        def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return choice
        return question

    from nrtd_desktop.dto.plan import ActionInput

    rec_id = services.recommendations.find(target.reference).id
    action = services.plan.create_action("recommendation", rec_id, ActionInput(title_ar="مراجعة النظام"))
    original = services.recommendations.find(target.reference)  # its status now rolls up from the action
    select_reference(page, target.reference)
    activate(qtbot, window)
    page.table.setFocus()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [f"هل تريد حذف التوصية {target.reference}؟ يمكنك التراجع عن الحذف بالضغط على Ctrl+Z."]
    assert services.recommendations.count() == len(SAMPLE)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert services.recommendations.count() == len(SAMPLE) - 1
    assert target.reference not in shown_references(page)
    assert window.count_label.text() == f"عرض {len(SAMPLE) - 1} من أصل {len(SAMPLE) - 1} توصية"

    window.undo_action.trigger()
    assert target.reference in shown_references(page)
    restored = services.recommendations.find(target.reference)
    assert (restored.text_ar, restored.status, restored.lead_entity.code) == (target.text_ar, original.status,
                                                                               target.lead)
    # The same record comes back, with its id and its plan (issue 16: it came back empty, new id).
    assert restored.id == original.id
    assert [a.id for a in services.plan.plan("recommendation", original.id).actions] == [action.id]
    window.redo_action.trigger()
    assert target.reference not in shown_references(page)
    window.undo_action.trigger()
    assert services.plan.get_action(action.id).title_ar == "مراجعة النظام"


def test_create_and_duplicate(window: Any, qtbot: Any, services: Any) -> None:
    page = window.areas["recommendations"]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.try_save()  # nothing typed: the reference is required
    assert editor.errors["reference"].text() == "الحقل «الرمز المرجعي» مطلوب."
    editor.reference.setText("CRC-2016-18")
    editor.body.set_value("CRC")
    editor.text_ar.setPlainText("حظر العقوبة البدنية للأطفال في جميع الأماكن")
    editor.themes.set_selected(["uhri.childrens_rights"])
    editor.supporting.set_selected(["MOE", "HRC"])
    editor.try_save()
    assert not editor.isVisible()
    created = services.recommendations.find("CRC-2016-18")
    assert [t.key for t in created.themes] == ["uhri.childrens_rights"]
    assert {e.code for e in created.supporting_entities} == {"MOE", "HRC"}
    assert page.model.rowCount() == len(SAMPLE) + 1
    assert page.selected_id() == created.id

    page.duplicate_action.trigger()
    copy_editor = page.editor
    assert copy_editor.reference.text() == ""
    assert copy_editor.text_ar.toPlainText() == created.text_ar
    copy_editor.reference.setText("CRC-2016-19")
    copy_editor.try_save()
    assert services.recommendations.find("CRC-2016-19").text_ar == created.text_ar

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert services.recommendations.count() == len(SAMPLE)


def test_switching_to_english_rebuilds_the_window_left_to_right(qtbot: Any, app_ar: Any,
                                                                 services: Any) -> None:
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.launch import DesktopController

    controller = DesktopController(app_ar, services, Settings())
    arabic = controller.build_window()
    qtbot.addWidget(arabic)
    arabic.show()
    assert arabic.menuBar().actions()[0].text() == "&ملف"
    arabic.language_actions["en"].trigger()
    english = controller.window
    qtbot.addWidget(english)
    assert english is not arabic and english.isVisible() and not arabic.isVisible()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.count_label.text() == f"Showing {len(SAMPLE)} of {len(SAMPLE)} recommendations"
    page = english.areas["recommendations"]
    first = page.model.row_at(0)
    assert page.model.index(0, COL_TEXT).data() == first.text_en
    assert load_settings().language == "en"  # kept for the next start


def test_size_and_splitters_are_remembered(qtbot: Any, app_ar: Any, services: Any) -> None:
    from tests.ui.conftest import make_window

    first = make_window(qtbot, services, "ar")
    # The areas decide how small the window may get, and the offscreen screen (800x600) how wide:
    # change the height, which both leave free.
    wanted = (first.minimumSizeHint().width(), max(first.minimumSizeHint().height(), 480) + 23)
    first.resize(*wanted)
    first.areas["recommendations"].splitter.setSizes([500, 400])
    sizes = first.areas["recommendations"].splitter.sizes()
    first.close()
    second = make_window(qtbot, services, "ar")
    assert (second.width(), second.height()) == wanted
    assert second.areas["recommendations"].splitter.sizes() == sizes


def test_areas_of_other_issues_plug_in(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    before = window.navigation.count()
    window.add_area("test_area", "صفحة تجريبية", QLabel("a page of another issue"))
    assert window.navigation.count() == before + 1
    window.show_area("test_area")
    assert window.current_area() is window.areas["test_area"]
    assert window.count_label.text() == ""  # the page has no counts
    assert not window.areas["recommendations"].new_action.isVisible()
    window.show_area("recommendations")
    assert window.areas["recommendations"].new_action.isVisible()



def test_the_export_dialog_offers_the_registers_current_filter(window: Any, qtbot: Any) -> None:
    """Export and reports read "the current filter" from the window (the export once looked
    for a page that does not exist and never offered it)."""
    from nrtd_desktop.dto.register import RecommendationFilter
    from nrtd_desktop.ui.export_dialog import ExportDialog

    assert window.register_filter() == RecommendationFilter()
    unfiltered = ExportDialog(window.services, window.lang, window.register_filter(), window)
    qtbot.addWidget(unfiltered)
    assert not unfiltered.filtered.isEnabled()
    wanted = RecommendationFilter(status=("in_progress",))
    window.areas["recommendations"].apply_filter(wanted)
    assert window.register_filter() == wanted
    dialog = ExportDialog(window.services, window.lang, window.register_filter(), window)
    qtbot.addWidget(dialog)
    assert dialog.filtered.isEnabled() and dialog.filtered.isChecked()


def test_the_window_starts_without_importing_the_other_areas_and_opens_each_when_asked(tmp_path: Any) -> None:
    """Every area is listed at start, but only the register's page is imported (issue 25: the
    dashboard's QtCharts, the plan, the reports were all imported to register them); each page
    is imported and built when the member first opens it. A fresh interpreter: this one has
    imported every page already."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = """
import json, sys
from nrtd_desktop.app import open_services
from nrtd_desktop.settings import Settings
from nrtd_desktop.ui.application import create_application
from nrtd_desktop.ui.main_window import MainWindow
app = create_application(["t"], "ar")
services = open_services(sys.argv[1], auto_backup=False)
window = MainWindow(services, Settings(user_name="t", language="ar"))
window.show(); app.processEvents()
pages = ("register_page", "dashboard_page", "plan_page", "reports_page", "drafting_page", "cluster_page")
def imported():
    return sorted([p for p in pages if "nrtd_desktop.ui." + p in sys.modules]
                  + (["QtCharts"] if "PySide6.QtCharts" in sys.modules else []))
at_start = imported()
keys = [window.navigation.item(i).data(256) for i in range(window.navigation.count())]
for key in keys:
    window.show_area(key); app.processEvents()
shown = [window.current_area().property("area_key") for key in keys[-1:]]
print(json.dumps({"at_start": at_start, "after": imported(), "keys": keys,
                  "built": sorted(dict.keys(window.areas)), "last": shown}))
services.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NRTD_CONFIG_DIR": str(tmp_path / "config"),
           "NRTD_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "t.sqlite")], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["at_start"] == ["register_page"]
    assert found["after"] == ["QtCharts", "cluster_page", "dashboard_page", "drafting_page", "plan_page",
                              "register_page", "reports_page"]
    assert found["built"] == sorted(found["keys"]) and len(found["keys"]) == 9
    assert found["last"] == [found["keys"][-1]]
