"""The type gate (issue 19): mypy, with the settings of pyproject.toml ([tool.mypy]: strict on
domain, db and services), finds no error in the whole package."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install -e '.[test]' installs it)")
def test_the_package_type_checks() -> None:
    # The cache goes to the temporary folder, never into the checkout; kept between runs there,
    # a second run takes seconds instead of half a minute.
    cache = Path(tempfile.gettempdir()) / "nrtd-mypy-cache"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
    checked = int(result.stdout.rsplit(" in ", 1)[1].split()[0])
    assert checked > 250  # the whole package, as [tool.mypy] files names it, not a part of it
