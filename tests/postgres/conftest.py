"""Fixtures of the PostgreSQL tests (issue 24): the same committee on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from tests import pg_server as postgres
from tests.conftest import TODAY
from tests.transfer.conftest import upr_info_files, upr_info_template  # noqa: F401 (fixtures)

ACTOR = Actor(name="Test member", entity="HRC")


def open_db(location: Path | str) -> Any:
    return open_services(location, ACTOR, today=TODAY, auto_backup=False)


@pytest.fixture(autouse=True)
def _server() -> None:
    postgres.require()


@pytest.fixture
def pg_url() -> Iterator[str]:
    url = postgres.create_database()
    yield url
    postgres.drop_database(url)


@pytest.fixture(scope="session")
def pg_upr_info(upr_info_files: tuple[Path, ...]) -> Iterator[str]:  # noqa: F811
    """The five UPR Info files imported into a database on the server, once per run."""
    from nrtd_desktop.services.imports import ImportRequest

    postgres.require()
    url = postgres.create_database(prefix="nrtd_upr")
    services = open_db(url)
    try:
        services.imports.run(ImportRequest(upr_info_files))
    finally:
        services.close()
    yield url
    postgres.drop_database(url)
