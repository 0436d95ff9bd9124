"""Fixtures of the import and export tests: databases, the real UPR Info files, the CLI."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.db.models import HistoryEntry
from nrtd_desktop.services.imports import ImportRequest
from tests.conftest import TODAY
from tests.importers.builders import UPR_INFO_DIR

ACTOR = Actor(name="Test member", entity="HRC")


def open_db(path: Path) -> Any:
    return open_services(path, ACTOR, today=TODAY, auto_backup=False)


@pytest.fixture(scope="session")
def upr_info_files() -> tuple[Path, ...]:
    paths = tuple(sorted(UPR_INFO_DIR.glob("*.csv")))
    assert len(paths) == 5, f"the five UPR Info files are expected in {UPR_INFO_DIR}"
    return paths


@pytest.fixture(scope="session")
def upr_info_template(tmp_path_factory: pytest.TempPathFactory, upr_info_files: tuple[Path, ...]) -> Path:
    """A database holding the five UPR Info files, imported once for the session."""
    path = tmp_path_factory.mktemp("upr-info") / "upr.sqlite"
    services = open_db(path)
    try:
        services.imports.run(ImportRequest(upr_info_files))
    finally:
        services.close()
    return path


@pytest.fixture
def upr_info_services(upr_info_template: Path, tmp_path: Path) -> Iterator[Any]:
    target = tmp_path / "upr.sqlite"
    shutil.copyfile(upr_info_template, target)
    services = open_db(target)
    yield services
    services.close()


@pytest.fixture
def new_services(tmp_path: Path) -> Iterator[Any]:
    services = open_db(tmp_path / "new.sqlite")
    yield services
    services.close()


def history_count(services: Any) -> int:
    with services.context.read() as session:
        return int(session.scalar(select(func.count()).select_from(HistoryEntry)) or 0)


def fts_count(services: Any) -> int:
    with services.context.read() as session:
        return int(session.scalar(text("SELECT count(*) FROM recommendation_fts")) or 0)


def state_of(services: Any) -> tuple[Any, int, int]:
    """What "the database is untouched" compares: the counts, the history, the FTS index."""
    return services.stats(), history_count(services), fts_count(services)
