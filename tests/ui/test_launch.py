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

    monkeypatch.setattr(launch, "create_application", lambda argv, lang, **_: QApplication.instance())
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
    monkeypatch.setattr(launch, "create_application", lambda argv, lang, **_: QApplication.instance())
    seen: list[str] = []
    _close_soon(seen)
    target = tmp_path / "mine.sqlite"
    assert launch.main(["--db", str(target)]) == 0
    assert target.exists() and seen


@pytest.mark.usefixtures("qapp")
def test_the_first_start_on_the_demo_offers_the_demos_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21, point 1: "who is working on this computer?" is asked after the demo is loaded,
    so a member can pick their ministry (it offered only "(no entity)")."""
    from nrtd_desktop.ui.identity_dialog import IdentityDialog

    save_settings(load_settings().with_changes(user_name="", user_entity=""))
    monkeypatch.setattr(launch, "create_application", lambda argv, lang, **_: QApplication.instance())
    offered: list[list[str]] = []

    def answer(dialog: IdentityDialog) -> int:
        combo = dialog.entity_combo
        offered.append([combo.itemText(i) for i in range(combo.count())])
        dialog.name_edit.setText("ممثل وزارة العدل")
        combo.setCurrentIndex(combo.findData("MOJ"))
        return IdentityDialog.DialogCode.Accepted

    monkeypatch.setattr(IdentityDialog, "exec", answer)
    _close_soon([])
    assert launch.main(["--demo"]) == 0
    assert len(offered) == 1 and len(offered[0]) > 10, offered
    assert any("MOJ" in text for text in offered[0])
    assert load_settings().user_entity == "MOJ"
