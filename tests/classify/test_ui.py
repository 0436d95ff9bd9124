"""The clusters and entities areas, the similarity panels and the bulk edit dialog (pytest-qt),
and the Arabic screenshots of the cluster view and of the duplicates list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nrtd_desktop.app import open_services
from nrtd_desktop.dto.register import RecommendationInput
from nrtd_desktop.settings import Settings
from nrtd_desktop.ui.areas import AreaContext
from tests.classify.conftest import RECOMMENDATIONS, TODAY
from tests.tools import screenshot_dir

SCREENSHOTS = screenshot_dir()  # never docs/ from a test
I18N = Path(__file__).resolve().parents[2] / "i18n"


@pytest.fixture
def arabic(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The application in Arabic, with the program's translations installed."""
    from nrtd_desktop.ui.application import create_application, install_translations

    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config"))
    app = create_application(lang="ar")
    yield app
    install_translations(app, "ar")


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would wait for a click that never comes: record its text and go on."""
    shown: list[str] = []

    def record(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.No

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def context(services: Any, lang: str = "ar") -> AreaContext:
    return AreaContext(services, Settings(language=lang), lang, QUndoStack(), None)  # type: ignore[arg-type]


def shown(qtbot: Any, widget: QWidget) -> Any:
    """Shown and laid out: a right-to-left table picks the row's cells from its laid-out header."""
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select_row(table: Any, row: int) -> None:
    """Select a whole row as a click does (QTableView.selectRow picks its column from the header
    geometry, which in a right-to-left offscreen view can miss)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag
    index = table.model().index(row, 0)
    table.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
    # Not table.setCurrentIndex: it selects according to the keyboard modifiers Qt believes are
    # held, and a Ctrl left "pressed" by an earlier test's shortcut would toggle the row off.
    table.selectionModel().setCurrentIndex(index, flags.NoUpdate)


def wait_for(qtbot: Any, handle: Any) -> None:
    qtbot.waitUntil(lambda: handle is not None and handle.done, timeout=60_000)


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character, as a keyboard with an Arabic layout sends them."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_cluster_view_shows_the_mechanisms_side_by_side(qtbot, arabic, committee) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui.cluster_page import ClustersPage

    page = shown(qtbot, ClustersPage(context(committee)))
    names = [c.name_ar for c in page.list_model.rows()]
    page.select_cluster(page.list_model.rows()[names.index("مناهضة التعذيب")].id)
    upr, tb, sp = (page.columns[m] for m in ("UPR", "TB", "SP"))
    assert [r.reference for r in upr.model.rows()] == ["UPR-3-122.10", "UPR-3-122.11"]
    assert [r.reference for r in tb.model.rows()] == ["CAT-2016-12"]
    assert sp.model.rowCount() == 0
    assert upr.title.text() == "الاستعراض الدوري الشامل (2)"
    assert "وزارة الداخلية" in page.header.text()  # the lead entity, by name
    assert page.tabs.tabText(2) == "توصيات مكررة محتملة"


def test_split_and_take_out_from_the_page(qtbot, arabic, committee, monkeypatch, no_message_boxes) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui import cluster_page
    from nrtd_desktop.ui.cluster_page import ClustersPage

    page = shown(qtbot, ClustersPage(context(committee)))
    torture = next(c for c in page.list_model.rows() if c.name_en == "Prevention of torture")
    page.select_cluster(torture.id)
    select_row(page.columns["TB"].table, 0)

    def accept_split(dialog: Any) -> int:
        if dialog.name_ar.text():
            return 0
        type_text(dialog.name_ar, "البروتوكول الاختياري")
        return 1

    monkeypatch.setattr(cluster_page.SplitDialog, "exec", accept_split)
    page.split_cluster()
    assert no_message_boxes == []
    assert page.current_cluster().name_ar == "البروتوكول الاختياري"
    assert [r.reference for r in page.columns["TB"].model.rows()] == ["CAT-2016-12"]
    assert committee.clusters.get(torture.id).recommendation_count == 2
    select_row(page.columns["TB"].table, 0)
    page.remove_members()
    assert committee.recommendations.find("CAT-2016-12").cluster_id is None


def test_similar_panel_and_add_to_cluster(qtbot, arabic, committee) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui.cluster_page import ClustersPage

    committee.cluster_ops.move(["CAT-2016-12"], None)
    page = shown(qtbot, ClustersPage(context(committee)))
    page.select_cluster(next(c.id for c in page.list_model.rows() if c.name_en == "Prevention of torture"))
    page.tabs.setCurrentWidget(page.similar)
    wait_for(qtbot, page.similar.task)
    first = page.similar.model.row_at(0)
    assert first.row.reference == "CAT-2016-12"
    reason = page.similar.model.index(0, page.similar.model.COL_REASON).data()
    assert "كلمات مشتركة" in reason and "التعذيب" in reason
    select_row(page.similar.table, 0)
    page.similar.add_selected()
    assert committee.recommendations.find("CAT-2016-12").cluster_name == "مناهضة التعذيب"


def test_duplicates_list_links_pairs(qtbot, arabic, committee) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui.similarity_panel import DuplicatesPanel

    panel = shown(qtbot, DuplicatesPanel(committee, "ar"))
    panel.threshold.setValue(0.5)
    panel.scan()
    wait_for(qtbot, panel.task)
    expected = committee.similarity.duplicates(0.5)
    assert panel.model.rowCount() == expected.total > 0
    pair = panel.model.row_at(0)
    select_row(panel.table, 0)
    panel.same_button.click()
    links = committee.links.list(pair.first.id)
    assert [(lk.kind, lk.other.id) for lk in links] == [("same", pair.second.id)]
    assert panel.model.index(0, panel.model.COL_LINK).data() == "مطابقة لها"
    panel.unlink_button.click()
    assert committee.links.list(pair.first.id) == []


def test_bulk_edit_is_one_undoable_step(qtbot, arabic, committee) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui.bulk_edit import open_bulk_edit

    refs = ["UPR-3-122.20", "CEDAW-2018-21", "CRC-2016-18"]
    ids = [committee.recommendations.find(r).id for r in refs]
    before = {r: committee.recommendations.find(r) for r in refs}
    stack = QUndoStack()
    changes: list[int] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_bulk_edit(parent, committee, ids, stack, "ar", on_changed=lambda: changes.append(1))
    assert dialog is not None and dialog.windowTitle() == "تعديل 3 من التوصيات"
    dialog.themes.add.set_selected(["upr_info.detention"])
    dialog.status.set_value("in_progress")
    dialog.lead.set_value("HRC")
    dialog.apply()
    assert stack.count() == 1
    for ref in refs:
        after = committee.recommendations.find(ref)
        assert "upr_info.detention" in {t.key for t in after.themes}
        assert after.status == "in_progress" and after.lead_entity.code == "HRC"
    stack.undo()
    for ref in refs:
        after = committee.recommendations.find(ref)
        assert [t.key for t in after.themes] == [t.key for t in before[ref].themes]
        assert (after.status, after.lead_entity) == (before[ref].status, before[ref].lead_entity)
    stack.redo()
    assert all(committee.recommendations.find(r).status == "in_progress" for r in refs)
    assert len(changes) == 3  # applied, undone, redone: the register refreshes each time
    assert open_bulk_edit(parent, committee, [], stack) is None


def test_bulk_edit_refuses_a_priority_without_reason(qtbot, arabic, committee, no_message_boxes) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui.bulk_edit import BulkEditDialog

    warnings = no_message_boxes
    stack = QUndoStack()
    dialog = BulkEditDialog(committee, [committee.recommendations.find("CRC-2016-18").id], stack, "ar")
    qtbot.addWidget(dialog)
    dialog.priority.set_value("high")
    dialog.apply()
    assert stack.count() == 0 and warnings == ["اذكر سبب تحديد الأولوية يدوياً."]
    type_text(dialog.reason, "أولوية وطنية")
    dialog.apply()
    assert stack.count() == 1
    assert committee.recommendations.find("CRC-2016-18").priority_reason == "أولوية وطنية"


def test_entities_page_creates_shows_and_deletes(qtbot, arabic, committee, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui import entities_page
    from nrtd_desktop.ui.entities_page import EntitiesPage

    page = shown(qtbot, EntitiesPage(context(committee)))
    calls: list[int] = []

    def fill(dialog: Any) -> int:
        calls.append(1)
        if len(calls) > 1:
            return 0
        type_text(dialog.code, "nshr")
        type_text(dialog.name_ar, "الجمعية الوطنية لحقوق الإنسان")
        return 1

    monkeypatch.setattr(entities_page.EntityDialog, "exec", fill)
    page.new_entity()
    assert page.current_entity().code == "NSHR"
    assert page.current_entity().name_ar == "الجمعية الوطنية لحقوق الإنسان"
    moi = next(i for i, e in enumerate(page.model.rows()) if e.code == "MOI")
    select_row(page.table, moi)
    leads = {r.reference for r in committee.recommendations.list(limit=None) if r.lead_entity == "MOI"}
    assert {r.reference for r in page.leads.rows()} == leads
    assert page.tabs.tabText(0) == f"تقودها ({len(leads)})"
    assert "تقود: مناهضة التعذيب" in [page.clusters.item(i).text() for i in range(page.clusters.count())]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_entity()
    assert "MOI" not in {e.code for e in committee.entities.list()}
    assert committee.recommendations.find(next(iter(leads))).lead_entity is None


def screenshot_database(path: Path) -> Any:
    """The demo committee, plus a few recommendations that repeat one another across mechanisms."""
    from nrtd_desktop.demo.loader import load_demo

    services = open_services(path, today=TODAY)
    load_demo(services)
    justice = next(c for c in services.clusters.list() if c.name_en == "Justice and due process")
    for reference, body, text_ar, text_en, theme, position, category, _cluster in RECOMMENDATIONS:
        if reference.startswith("CRC"):
            continue
        services.recommendations.create(RecommendationInput(
            reference=reference, body=body, text_ar=text_ar, text_en=text_en, position=position,
            action_category=category, themes=(theme,),
            cycle=int(reference.split("-")[1]) if body == "UPR" else None,
            cluster=justice.id if "torture" in theme else None,
        ))
    services.priority.recompute()
    return services


def test_screenshots_in_arabic(qtbot, arabic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop.ui.main_window import MainWindow

    services = screenshot_database(tmp_path / "demo.sqlite")
    try:
        window = MainWindow(services, Settings(language="ar"))
        qtbot.addWidget(window)
        window.resize(1500, 860)
        window.show()
        qtbot.waitExposed(window)
        window.show_area("clusters")
        page = window.areas["clusters"]
        justice = next(c for c in page.list_model.rows() if c.name_en == "Justice and due process")
        page.select_cluster(justice.id)
        shown_refs = {m: {r.reference for r in page.columns[m].model.rows()} for m in ("UPR", "TB", "SP")}
        assert {"UPR-3-122.10", "UPR-3-122.11"} <= shown_refs["UPR"] and "CAT-2016-12" in shown_refs["TB"]
        assert sum(map(len, shown_refs.values())) == services.clusters.get(justice.id).recommendation_count
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.wait(100)
        assert window.grab().save(str(SCREENSHOTS / "clusters-ar.png"))

        page.tabs.setCurrentWidget(page.duplicates)
        page.duplicates.threshold.setValue(0.4)
        page.duplicates.scan()
        wait_for(qtbot, page.duplicates.task)
        assert page.duplicates.model.rowCount() >= 3
        select_row(page.duplicates.table, 0)
        page.duplicates.same_button.click()
        qtbot.wait(100)
        assert window.grab().save(str(SCREENSHOTS / "duplicates-ar.png"))
    finally:
        services.close()
