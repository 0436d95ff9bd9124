"""Fixtures of the fault tests: private folders, and a small database built through the services."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.dto.register import RecommendationInput


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, data and backups go to the test's own folder, never the user's."""
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NRTD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NRTD_DB", raising=False)
    monkeypatch.setenv("NRTD_AUTO_BACKUP", "1")  # these tests check the automatic backups


def add_recommendations(services: Any, prefix: str, count: int) -> list[str]:
    references = [f"{prefix}-{n}" for n in range(count)]
    for reference in references:
        services.recommendations.create(
            RecommendationInput(
                reference=reference,
                body="UPR",
                cycle=3,
                text_en=f"Recommendation {reference}",
                text_ar=f"التوصية {reference}",
            )
        )
    return references


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nrtd_desktop.app import open_services

    path = tmp_path_factory.mktemp("safety-template") / "nrtd.sqlite"
    services = open_services(path, auto_backup=False)
    try:
        add_recommendations(services, "UPR-3-10", 12)
    finally:
        services.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A closed database with 12 recommendations (a fresh copy for each test)."""
    target = tmp_path / "db" / "nrtd.sqlite"
    target.parent.mkdir()
    shutil.copy2(template_db, target)
    return target


@pytest.fixture
def services(db_path: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services

    opened = open_services(db_path)
    yield opened
    opened.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups_folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"
