"""System programs some tests need (poppler's pdftotext, nsis's makensis): where one is missing,
those tests are skipped with the reason, and the rest run. ``.ci/run`` installs them all and
refuses to start without them, so in CI they always run."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# program -> the Debian package that brings it
PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "makensis": "nsis"}


def require(program: str) -> str:
    """The program's path; the test is skipped, with the reason, when it is not installed."""
    found = shutil.which(program)
    if found is None:
        pytest.skip(f"{program} is not installed (Debian package {PACKAGES.get(program, program)}; "
                    ".ci/run installs it)")
    return found


def screenshot_dir() -> Path:
    """Where tests save the screenshots they take: ``NRTD_TEST_SHOTS``, else a folder in the system
    temporary folder; never the checkout (docs/screenshots/ is refreshed by hand, with the
    screenshot scripts)."""
    return Path(os.environ.get("NRTD_TEST_SHOTS") or Path(tempfile.gettempdir()) / "nrtd-test-screenshots")
