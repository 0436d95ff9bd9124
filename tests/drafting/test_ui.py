"""The drafting screen: the calendar beside the draft, a section edited with its word counts shown
while typing, saved, kept when the draft is updated from the data, exported (issue 22)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from nrtd_desktop.domain import reporting as r
from tests.conftest import TODAY


@pytest.fixture
def services(demo_db: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor

    opened = open_services(demo_db, Actor(name="عضو", entity="HRC"), today=TODAY)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: Any, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from nrtd_desktop.settings import Settings, save_settings
    from nrtd_desktop.ui.application import create_application, install_translations
    from nrtd_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config"))
    app = create_application(lang="ar")
    settings = Settings(language="ar")
    save_settings(settings)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_area("drafting")
    found = window.areas["drafting"]
    wait(qtbot, found)
    yield found
    install_translations(app, "ar")


def wait(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: all(task.done for task in page._tasks), timeout=20_000)


def choose(page: Any, key: str) -> Any:
    for item in page._items():
        section = page._section_by_id(item.data(0, Qt.ItemDataRole.UserRole))
        if section.key == key:
            page.sections.setCurrentItem(item)
            return section
    raise KeyError(key)


def test_the_calendar_and_the_demo_draft_are_on_screen(page: Any) -> None:
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    keys = [e.key for e in page.calendar_model.rows]
    assert "upr:4:midterm" in keys and "tb:CEDAW/C/SAU/CO/3-4:periodic" in keys
    assert page.current_entry().key == "upr:4:midterm"  # the entry of the draft shown
    assert page.new_button.isEnabled()
    assert page.view.report_type == r.ReportType.UPR_MIDTERM
    assert page.sections.topLevelItemCount() == 5  # the chapters; the clusters under "implementation"
    assert "10,700" in page.words.text() and "كلمة" in page.words.text()
    overdue = next(row for row, e in enumerate(page.calendar_model.rows) if e.state(TODAY) == "overdue")
    colour = page.calendar_model.data(page.calendar_model.index(overdue, 1), Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#b23a1e"


def test_a_section_is_edited_counted_while_typing_and_saved(page: Any, services: Any, qtbot: Any) -> None:
    section = choose(page, "methodology")
    before = page.view.words("ar")
    assert page.text_ar.toPlainText() == section.text_ar
    page.text_ar.setPlainText(section.text_ar + "\nفقرة تضيفها اللجنة من خمس كلمات")
    assert f"{section.words('ar') + 6:,}" in page.section_words.text()  # counted as it is typed
    assert f"{before + 6:,}" in page.words.text()
    page.state.setCurrentIndex(page.state.findData("in_review"))
    page.entity.setCurrentIndex(page.entity.findData("HRC"))
    assert page.save_button.isEnabled()
    page.save_button.click()
    wait(qtbot, page)
    saved = services.drafts.get(page.view.id).section(section.id)
    assert saved.text_ar.endswith("فقرة تضيفها اللجنة من خمس كلمات")
    assert (saved.state, saved.entity.code) == ("in_review", "HRC")
    assert "✎" in page.sections.currentItem().text(0)  # marked as edited
    assert not page.save_button.isEnabled()


def test_updating_from_the_data_keeps_an_edited_section_and_shows_what_changed(
    page: Any, services: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.ui.drafting_dialogs import RegenerateDialog

    view = page.view
    section = next(s for s in view.sections if "UPR-4-38.85" in s.recommendations)
    choose(page, section.key)
    page.text_ar.setPlainText(section.text_ar + "\nرأي الوزارة.")
    page.save_section()
    wait(qtbot, page)
    rec = services.recommendations.find("UPR-4-38.85")
    services.plan.override_status(rec.id, "implemented", "صدر النظام")
    shown: list[Any] = []

    def answer(dialog: Any) -> int:  # the person leaves every box unticked: nothing of theirs replaced
        shown.append(dialog.list.item(0).text())
        return RegenerateDialog.DialogCode.Accepted

    monkeypatch.setattr(RegenerateDialog, "exec", answer)
    page.regenerate()
    wait(qtbot, page)
    wait(qtbot, page)
    assert shown and "38.85" in shown[0] and "منفذة" in shown[0]
    kept = services.drafts.get(view.id).section(section.id)
    assert kept.text_ar.endswith("رأي الوزارة.")
    choose(page, section.key)
    assert page.changes_warning.isVisible()
    assert page.changes_list.count() >= 1 and "38.85" in page.changes_list.item(0).text()
    page.accept_button.click()  # keep the text, take the figures as seen
    wait(qtbot, page)
    choose(page, section.key)
    assert not page.changes_warning.isVisible()
    assert services.drafts.get(view.id).section(section.id).text_ar.endswith("رأي الوزارة.")


def test_a_calendar_date_is_entered_and_a_new_draft_written(
    page: Any, services: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from nrtd_desktop.ui.drafting_dialogs import CalendarEntryDialog

    page.select_entry("tb:CRPD/C/SAU/CO/1:periodic")

    def answer(dialog: Any) -> int:
        dialog.due.setDate(QDate(2027, 11, 30))
        dialog.status.setCurrentIndex(dialog.status.findData("in_preparation"))
        return CalendarEntryDialog.DialogCode.Accepted

    monkeypatch.setattr(CalendarEntryDialog, "exec", answer)
    page.edit_entry()
    entry = services.calendar.entry("tb:CRPD/C/SAU/CO/1:periodic")
    assert (entry.due_date, entry.entered, entry.status) == (date(2027, 11, 30), True, "in_preparation")
    assert page.current_entry().key == entry.key and page.reset_button.isEnabled()
    page.new_draft()
    wait(qtbot, page)
    assert page.view.report_type == "tb_periodic" and page.view.event_key == entry.key
    assert any(s.key.startswith("paragraph:CRPD-") for s in page.view.sections)


def test_the_draft_is_exported_to_word_from_the_screen(page: Any, qtbot: Any, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "midterm.docx"
    page.export_to(out, "ar", "اللجنة الدائمة")
    wait(qtbot, page)
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs[:2]] == ["اللجنة الدائمة", page.view.title_ar]


def test_the_dashboard_names_the_reports_due_and_opens_one(page: Any, qtbot: Any) -> None:
    window = page.window()
    window.show_area("dashboard")
    dashboard = window.areas["dashboard"]
    dashboard.refresh_now()
    keys = [b.property("calendar_key") for b in dashboard.reports.buttons]
    # Due next first (the mid-term report in December 2026, CEDAW in March 2027), then overdue.
    assert keys[:2] == ["upr:4:midterm", "tb:CEDAW/C/SAU/CO/3-4:periodic"]
    assert keys[2] == "tb:CRPD/C/SAU/CO/1:periodic"  # the most recently missed
    assert "ديسمبر 2026" in dashboard.reports.buttons[0].toolTip()
    dashboard.reports.buttons[1].click()
    assert window.current_area() is page
    assert page.current_entry().key == "tb:CEDAW/C/SAU/CO/3-4:periodic"


def test_a_planned_visit_is_added_and_a_draft_deleted(
    page: Any, services: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from nrtd_desktop.ui.drafting_dialogs import AddEntryDialog

    def answer(dialog: Any) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("sp_visit"))
        dialog.title.setText("زيارة المقرر الخاص المعني بالحق في التعليم")
        dialog.due.setDate(QDate(2027, 4, 12))
        return AddEntryDialog.DialogCode.Accepted

    monkeypatch.setattr(AddEntryDialog, "exec", answer)
    page.add_entry()
    entry = page.current_entry()
    assert (entry.kind, entry.body, entry.due_date) == ("sp_visit", "SP", date(2027, 4, 12))
    assert entry.title_ar == "زيارة المقرر الخاص المعني بالحق في التعليم" and entry.entered
    assert entry.key in {e.key for e in services.calendar.entries()}

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    title = page.view.title_ar
    page.delete_draft()
    assert page.view is None and services.drafts.list() == []
    deleted = next(r for r in services.deletions.recent() if r.table == "report_drafts")
    assert deleted.label == title  # can be put back from the deleted records
