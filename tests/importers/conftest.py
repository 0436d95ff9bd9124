"""Fixtures of the importer tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.builders import UPR_INFO_DIR


@pytest.fixture(scope="session")
def upr_info_csvs() -> list[Path]:
    paths = sorted(UPR_INFO_DIR.glob("*.csv"))
    assert len(paths) == 5, f"the five UPR Info files are expected in {UPR_INFO_DIR}"
    return paths
