"""File ▸ Open a database…: a file or the committee's PostgreSQL server (issue 24)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from nrtd_desktop.settings import Settings, load_settings, save_settings
from nrtd_desktop.ui.launch import DesktopController, choose_db_path
from nrtd_desktop.ui.open_database_dialog import OpenDatabaseDialog


def test_the_dialog_refuses_an_address_that_is_no_server_and_keeps_the_password_apart(
        qtbot: Any, app_ar: Any, tmp_path: Path) -> None:
    dialog = OpenDatabaseDialog(tmp_path / "committee.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.file_choice.isChecked() and dialog.path.text().endswith("committee.sqlite")
    dialog.server_choice.setChecked(True)
    dialog.url.setText("mysql://member@server/committee")
    dialog.try_accept()
    assert dialog.chosen is None and not dialog.error.isHidden()
    assert "postgresql://" in dialog.error.text() and "خادم" in dialog.error.text()  # in the window's Arabic
    dialog.url.setText("postgresql://member@server/")
    dialog.try_accept()
    assert dialog.chosen is None
    dialog.url.setText("postgresql://member@server/committee")
    dialog.password.setText("s3cret")
    dialog.try_accept()
    assert dialog.chosen == "postgresql://member:s3cret@server/committee"


def test_the_window_moves_to_the_server_and_remembers_it_without_the_password(
        qtbot: Any, app_ar: Any, services: Any, pg_demo_url: str) -> None:
    settings = Settings(language="ar", user_name="أمل")  # known: the identity dialog is not asked
    save_settings(settings)
    controller = DesktopController(app_ar, services, settings)
    first = controller.build_window()
    qtbot.addWidget(first)
    assert first.change_poll is None  # a file has one member: nothing to poll
    password = make_url(pg_demo_url).password
    window = controller.switch_database(pg_demo_url)
    assert window is not None and window is not first
    qtbot.addWidget(window)
    try:
        assert controller.services.context.engine.dialect.name == "postgresql"
        assert window.change_poll is not None and window.change_poll.isActive()
        assert controller.services.recommendations.list(limit=1)
        kept = load_settings().last_database
        url = make_url(pg_demo_url)
        assert kept == f"postgresql://{url.username}@{url.host}/{url.database}"
        assert f":{password}@" not in kept
        # The next start opens that server again when no --db and no NRTD_DB say otherwise.
        assert choose_db_path(argparse.Namespace(demo=False, db=None), load_settings()) == kept
        # Another member's save is seen at the next poll, and the pages read again.
        from nrtd_desktop.app import open_services

        other = open_services(pg_demo_url)
        row = other.recommendations.list(limit=1)[0]
        other.recommendations.update(row.id, {"notes": "Saved by another member"})
        other.close()
        assert window.poll_changes() is True
        assert window.poll_changes() is False
    finally:
        window.close()
        controller.services.close()
