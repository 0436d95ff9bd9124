"""The window's safety pieces: the history panel, the identity dialog, the backups area, and
the start-up offer to restore a damaged database. Pictures go to a temporary folder."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from nrtd_desktop.app import open_services
from nrtd_desktop.domain.bidi import strip_marks
from nrtd_desktop.settings import Settings, load_settings
from tests.safety.conftest import add_recommendations

# Pictures of the widgets as drawn, for a person to look at: a temporary folder, never the
# committed docs/screenshots (those come from tests/ui/screenshots.py).
SCREENSHOTS = Path(tempfile.mkdtemp(prefix="nrtd-test-shots-"))


@pytest.fixture
def arabic(qapp: Any) -> Iterator[QApplication]:
    from nrtd_desktop.ui.application import create_application, install_translations

    app = create_application(lang="ar")  # the program's own Arabic catalogue and Qt's
    yield app
    install_translations(app, "ar")


def _type(widget: Any, text: str) -> None:
    for char in text:  # one key event per character (Arabic input)
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def _shot(widget: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / name))


def test_history_panel_shows_who_changed_what_and_exports_it(
    qtbot: Any, arabic: Any, services: Any, tmp_path: Path
) -> None:
    from nrtd_desktop.ui.history_panel import HistoryPanel

    record = services.recommendations.find("UPR-3-10-3")
    services.recommendations.update(record.id, {"notes": "=cmd|' /C calc'!A0", "status": "in_progress"})
    services.recommendations.update(record.id, {"priority": "high", "text_ar": "نص عربي معدّل للتوصية"})
    panel = HistoryPanel(services, "recommendations", record.id)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.show()
    model = panel.model
    shown = [
        tuple(strip_marks(model.data(model.index(row, c))) for c in range(2, 5))
        for row in range(model.rowCount())
    ]
    # created, then five fields changed: a status typed by hand is also marked as an override
    assert model.rowCount() == 6
    assert ("priority", "—", "high") in shown and ("status", "not_started", "in_progress") in shown
    assert ("text_ar", "التوصية UPR-3-10-3", "نص عربي معدّل للتوصية") in shown
    assert shown[-1] == ("أُنشئ", "", "")  # oldest last: the creation
    assert model.data(model.index(0, 5)) == "أُدخل على هذا الحاسوب"
    assert model.data(model.index(0, 1)) == services.context.actor.name
    assert (
        panel.summary.text() == "6 تغييرات مسجلة" and model.headerData(0, Qt.Orientation.Horizontal) == "متى"
    )
    _shot(panel, "safety_history_panel_ar.png")

    target = tmp_path / "history.xlsx"
    panel.export_to(str(target))
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + 6 and rows[0][0] == "at"
    notes = next(r for r in rows if r[8] == "notes")
    assert notes[10] == "'=cmd|' /C calc'!A0"  # stays text in Excel, never a formula
    csv_target = tmp_path / "history.csv"
    services.history.export(services.history.for_reference("UPR-3-10-3"), csv_target)
    assert csv_target.read_text(encoding="utf-8-sig").count("\n") == 7


def test_identity_is_asked_once_kept_and_written_beside_each_change(
    qtbot: Any, arabic: Any, services: Any
) -> None:
    from nrtd_desktop.ui.identity_dialog import IdentityDialog, apply_identity, entity_choices

    services.entities.create("MOJ", "وزارة العدل", "Ministry of Justice")
    dialog = IdentityDialog(entity_choices(services, "ar"), Settings())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is needed
    dialog.name_edit.setFocus()
    _type(dialog.name_edit, "أمل الحربي")
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("MOJ"))
    assert ok.isEnabled() and dialog.identity() == ("أمل الحربي", "MOJ")
    dialog.show()
    _shot(dialog, "safety_identity_ar.png")

    settings = apply_identity(services, Settings(), *dialog.identity())
    assert (load_settings().user_name, load_settings().user_entity) == ("أمل الحربي", "MOJ")
    record = services.recommendations.find("UPR-3-10-1")
    services.recommendations.update(record.id, {"notes": "متابعة"})
    latest = services.history.for_record("recommendations", record.id)[0]
    assert (latest.actor, latest.actor_entity) == ("أمل الحربي", "MOJ")
    assert settings.user_name == "أمل الحربي"


def test_backups_area_lists_backs_up_and_restores(qtbot: Any, arabic: Any, db_path: Path) -> None:
    from nrtd_desktop.ui.backup_page import BackupPage

    services = open_services(db_path)  # the daily backup is made at start
    page = BackupPage(services, "ar")
    qtbot.addWidget(page)
    page.resize(1000, 360)
    page.show()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "يومية (تلقائية)"
    add_recommendations(services, "LATER", 3)
    made = page.back_up_now()
    assert made is not None and page.table.rowCount() == 2
    assert page.table.item(0, 1).text() == "يدوية" and page.table.item(0, 2).text() == "15"
    _shot(page, "safety_backups_ar.png")
    page.table.setCurrentCell(1, 0)  # the daily one, 12 recommendations
    assert page.restore_button.isEnabled()
    assert page.restore_selected(confirmed=True)
    reopened = open_services(db_path, auto_backup=False)
    try:
        assert reopened.recommendations.count() == 12
    finally:
        reopened.close()


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot: Any, arabic: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.ui import backup_startup
    from tests.safety.test_faults import _flip_page_of

    services = open_services(db_path)  # makes the daily backup
    services.close()
    _flip_page_of(db_path, "recommendations")
    shown: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[0].click() if box.buttons()[0].text() == "استعد النسخة الاحتياطية" else None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    opened = backup_startup.open_services_with_dialogs(db_path, Settings(user_name="x"))
    assert opened is not None
    services, path = opened
    try:
        assert path == db_path and services.recommendations.count() == 12
    finally:
        services.close()
    assert "تالفة" in shown[0] and "12 توصية" in shown[0]
    assert "nrtd.sqlite.damaged-" in shown[1]


def _window_over(qtbot: Any, app: Any, services: Any, *, replaced: bool = False) -> Any:
    """``replaced``: the program itself will delete this window (after a restore), so the test
    must not hand it to qtbot, which would close it again at teardown."""
    from nrtd_desktop.ui.launch import DesktopController

    controller = DesktopController(app, services, Settings(user_name="x", language="ar"))
    window = controller.build_window()
    if not replaced:
        qtbot.addWidget(window)
    window.show()
    return controller


def test_damage_found_beside_the_open_window_offers_the_backup_and_reopens_over_it(
    qtbot: Any, arabic: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.safety.gate import WritesBlockedError
    from nrtd_desktop.ui import backup_startup
    from tests.safety.test_faults import _flip_page_of

    services = open_services(db_path)  # makes the daily backup
    services.close()
    _flip_page_of(db_path, "recommendations")
    shown: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[0].click() if box.buttons()[0].text() == "استعد النسخة الاحتياطية" else None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    opened = backup_startup.open_services_with_dialogs(db_path, Settings(user_name="x"), background=True)
    assert opened is not None and shown == []  # the window opens at once: the check runs beside it
    first_services = opened[0]
    controller = _window_over(qtbot, arabic, first_services, replaced=True)
    first_window = controller.window
    backup_startup.watch_startup(controller)
    try:
        qtbot.waitUntil(lambda: controller.window is not first_window, timeout=20000)
    finally:
        if controller.window is first_window:  # not replaced: the test closes it itself
            first_window.close()
    qtbot.addWidget(controller.window)
    with pytest.raises(WritesBlockedError):  # the damaged database's services write nothing
        add_recommendations(first_services, "LATE", 1)
    try:
        assert "تالفة" in shown[0] and "12 توصية" in shown[0]
        assert "nrtd.sqlite.damaged-" in shown[1]  # restored, the damaged file kept
        assert controller.window.isVisible()
        assert not shiboken6.isValid(first_window) or not first_window.isVisible()  # deleted later
        assert controller.services is not first_services
        assert controller.services.recommendations.count() == 12
        add_recommendations(controller.services, "AFTER", 1)  # the restored database takes writes
        assert controller.services.recommendations.count() == 13
    finally:
        controller.services.close()


def test_a_failed_background_backup_is_reported_once_the_window_shows(
    qtbot: Any, arabic: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.domain.errors import NrtdError
    from nrtd_desktop.safety import background
    from nrtd_desktop.ui import backup_startup

    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        raise NrtdError("backup.failed", path="/backups/nrtd.sqlite", reason="No space left on device")

    monkeypatch.setattr(background, "backup_if_due", full_disk)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, message: warnings.append((title, message))
    )
    services = open_services(db_path, background=True)
    controller = _window_over(qtbot, arabic, services)
    try:
        backup_startup.watch_startup(controller, backup_delay_ms=0)
        qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
        title, message = warnings[0]
        assert title == "تعذّر النسخ الاحتياطي التلقائي" and "No space left on device" in message
        assert controller.window.isVisible() and controller.services is services  # the work goes on
    finally:
        services.close()


def test_the_check_held_at_start_begins_once_the_window_has_painted(
    qtbot: Any, arabic: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The launcher holds the start-up check (``hold_check``); ``watch_startup`` lets it read the
    file once the window has painted, not before."""
    import threading

    from PySide6.QtCore import QObject

    from nrtd_desktop.safety import background
    from nrtd_desktop.ui import backup_startup

    started = threading.Event()
    real_check = background.run_check

    def check(*args: Any, **kwargs: Any) -> Any:
        started.set()
        return real_check(*args, **kwargs)

    monkeypatch.setattr(background, "run_check", check)
    services = open_services(db_path, background=True, auto_backup=False, hold_check=True)
    controller = _window_over(qtbot, arabic, services)
    painted: list[bool] = []

    class Painted(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt's name
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(started.is_set())  # whether the check had begun before this paint
            return False

    spy = Painted()
    controller.window.installEventFilter(spy)
    try:
        backup_startup.watch_startup(controller)
        # Released by the paint: well before the hold's own limit.
        assert background.HOLD_CHECK_S >= 5
        qtbot.waitUntil(started.is_set, timeout=4000)
        assert painted == [False]
        assert services.safety.startup.guard.wait_checked(10) and services.safety.startup.check.ok
    finally:
        controller.window.removeEventFilter(spy)
        services.close()
