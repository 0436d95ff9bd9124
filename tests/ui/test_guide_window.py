"""Help → User guide, F1 and the first-start tour, as a member uses them (issue 27)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from nrtd_desktop.settings import load_settings
from nrtd_desktop.ui.tour import maybe_start_tour


def press_f1(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_window
    assert guide is not None and guide.isVisible()
    return guide


def test_f1_opens_the_chapter_of_the_area_in_front_of_the_member(qtbot: Any, window: Any) -> None:
    window.show_area("plan")
    guide = press_f1(qtbot, window)
    assert (guide.chapter_key, guide.anchor) == ("plan", "")
    assert guide.browser.toPlainText().startswith("خطة التنفيذ")
    assert guide.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert guide.contents.currentItem().text(0) == "خطة التنفيذ"

    window.areas["plan"].tabs.setCurrentIndex(3)  # the plan health tab
    guide = press_f1(qtbot, window)
    assert (guide.chapter_key, guide.anchor) == ("plan", "health")
    assert guide.contents.currentItem().text(0) == "سلامة الخطة"

    window.show_area("backups")
    guide = press_f1(qtbot, window)
    assert guide.chapter_key == "backups"
    assert "استعد النسخة المختارة" in guide.browser.toPlainText()


def test_help_menu_opens_the_guide_and_its_search_finds_a_word_in_its_forms(qtbot: Any, window: Any) -> None:
    texts = [a.text() for a in window.help_menu.actions() if a.text()]
    assert texts[:2] == ["دليل المستخدم", "جولة تعريفية بالنافذة"]
    window.guide_action.trigger()
    guide = window.guide_window
    guide.search.setText("بالمؤشرات")  # as typed (QTest cannot type Arabic letters)
    found = [guide.results.item(n).text() for n in range(guide.results.count())]
    assert any("المؤشرات وفحص SMART" in line for line in found), found
    row = next(n for n, line in enumerate(found) if "المؤشرات وفحص SMART" in line)
    guide._open_result(guide.results.item(row))
    assert (guide.chapter_key, guide.anchor) == ("plan", "indicators")
    guide.search.clear()
    assert guide.side.currentIndex() == 0  # the contents again


def test_the_tour_can_be_skipped_is_remembered_and_comes_back_from_the_help_menu(
        qtbot: Any, window: Any) -> None:
    assert load_settings().tour_seen is False
    assert maybe_start_tour(window, demo=True)  # the demo's first start
    tour = window.tour
    assert tour.is_running() and tour.step.key == "navigation"
    assert tour.counter.text() == "الخطوة 1 من 5"
    assert tour.frame.geometry().intersects(window.navigation.geometry())
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.step.key == "search"
    page = window.areas["recommendations"]
    assert window.current_area() is page
    qtbot.mouseClick(tour.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.is_running() and not tour.frame.isVisible()
    assert load_settings().tour_seen is True and window.settings.tour_seen is True
    assert not maybe_start_tour(window, demo=True)  # not again at the next start

    window.tour_action.trigger()  # Help → Tour of the window
    assert tour.is_running() and tour.step.key == "navigation"
    for _ in range(len(tour.steps)):
        tour.next()
    assert not tour.is_running()


def test_no_tour_on_the_committee_s_own_database(window: Any) -> None:
    assert not maybe_start_tour(window, demo=False)
    assert window.tour is None
