"""Fixtures of the report tests: each sample report is built once and read back as text."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from nrtd_desktop.reports.arabic_text import normalise_extracted
from tests.reports import samples
from tests.tools import require


@dataclass
class PdfText:
    """What a reader gets back from a PDF: the path, and each page's text, normalised."""

    path: Path
    pages: list[str]  # whitespace collapsed to single spaces

    def all(self) -> str:
        return " ".join(self.pages)


def pdftotext(path: Path, *args: str) -> str:
    """poppler's pdftotext (poppler-utils): it turns right-to-left glyph runs back into logical order."""
    exe = require("pdftotext")
    return subprocess.run([exe, *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def read_pdf(path: Path) -> PdfText:
    pages = pdftotext(path).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return PdfText(path, [re.sub(r"\s+", " ", normalise_extracted(p)).strip() for p in pages])


@pytest.fixture(scope="session")
def arabic_report(tmp_path_factory: pytest.TempPathFactory) -> PdfText:
    path = tmp_path_factory.mktemp("reports") / "plan-ar.pdf"
    samples.build("ar").write(path)
    return read_pdf(path)


@pytest.fixture(scope="session")
def english_report(tmp_path_factory: pytest.TempPathFactory) -> PdfText:
    path = tmp_path_factory.mktemp("reports") / "plan-en.pdf"
    samples.build("en").write(path)
    return read_pdf(path)


@pytest.fixture(params=["ar", "en"])
def report(request: pytest.FixtureRequest) -> tuple[str, PdfText]:
    fixture = "arabic_report" if request.param == "ar" else "english_report"
    return request.param, request.getfixturevalue(fixture)
