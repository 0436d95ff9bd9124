"""Fixtures for the interface tests: one sample database built once, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.settings import Settings, save_settings
from tests.ui.sample_data import build_sample_database


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, window state and data go to the test's own folder, never the user's."""
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NRTD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NRTD_DB", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.sqlite"
    build_sample_database(path)
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "nrtd.sqlite"
    for source in template_db.parent.glob(template_db.name + "*"):  # the file and any -wal/-shm
        shutil.copy2(source, tmp_path / source.name.replace(template_db.name, target.name))
    return target


@pytest.fixture
def services(db_path: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services

    opened = open_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def app_ar(qapp: Any) -> Iterator[Any]:
    from nrtd_desktop.ui.application import create_application, install_translations

    app = create_application(lang="ar")
    yield app
    install_translations(app, "ar")


def make_window(qtbot: Any, services: Any, lang: str) -> Any:
    from nrtd_desktop.ui.application import install_translations
    from nrtd_desktop.ui.main_window import MainWindow

    settings = Settings(language=lang)  # type: ignore[arg-type]
    save_settings(settings)
    install_translations(qtbot_app(), lang)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def qtbot_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


@pytest.fixture
def window(qtbot: Any, app_ar: Any, services: Any) -> Any:
    return make_window(qtbot, services, "ar")
