"""System programs some tests need (poppler's pdftotext, nsis's makensis): where one is missing,
those tests are skipped with the reason, and the rest run. ``.ci/run`` installs them all and
refuses to start without them, so in CI they always run."""

from __future__ import annotations

import shutil

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
