"""A small benchmark database (the real builder, 600 recommendations), built once per run."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bench.build import TODAY, build_database

SIZE = 600


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("perf-template") / "small.sqlite"
    build_database(path, SIZE, english_limit=1500)
    return path


@pytest.fixture()
def services(small_template: Path, tmp_path: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services

    copy = tmp_path / "small.sqlite"
    shutil.copyfile(small_template, copy)
    opened = open_services(copy, auto_backup=False, today=TODAY)
    try:
        yield opened
    finally:
        opened.close()
