"""``nrtd-desktop --demo`` opens the demo committee; ``--db`` opens the named database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from nrtd_desktop.settings import load_settings, save_settings
from nrtd_desktop.ui import launch


@pytest.fixture(autouse=True)
def _member_known() -> None:
    """The member's name was given at an earlier start, so no question interrupts the test."""
    save_settings(load_settings().with_changes(user_name="عضو اللجنة", user_entity="HRC"))


def _close_soon(seen: list[str]) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle():
                seen.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(300, close)


@pytest.mark.usefixtures("qapp")
def test_demo_flag_makes_and_opens_the_demo_database(monkeypatch: pytest.MonkeyPatch) -> None:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.paths import data_dir

    monkeypatch.setattr(launch, "create_application", lambda argv, lang: QApplication.instance())
    seen: list[str] = []
    _close_soon(seen)
    assert launch.main(["--demo"]) == 0
    assert seen, "the main window was shown"
    demo = data_dir() / "demo.sqlite"
    services = open_services(demo)
    try:
        assert services.recommendations.count() >= 50
    finally:
        services.close()


@pytest.mark.usefixtures("qapp")
def test_db_option_opens_that_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(launch, "create_application", lambda argv, lang: QApplication.instance())
    seen: list[str] = []
    _close_soon(seen)
    target = tmp_path / "mine.sqlite"
    assert launch.main(["--db", str(target)]) == 0
    assert target.exists() and seen
