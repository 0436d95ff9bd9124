"""The self-check a committee member runs on an installed copy: ``nrtd selfcheck`` and
``nrtd-desktop --self-check``. Here from source; ``packaging/build.sh`` runs it frozen."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from nrtd_desktop import selfcheck


def nrtd_command() -> list[str]:
    """The installed ``nrtd`` script beside this Python (the venv), else the module."""
    script = Path(sys.executable).parent / ("nrtd.exe" if os.name == "nt" else "nrtd")
    return [str(script)] if script.exists() else [sys.executable, "-m", "nrtd_desktop.cli.main"]


def test_nrtd_selfcheck_passes_and_leaves_the_users_data_alone(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    result = subprocess.run(
        [*nrtd_command(), "selfcheck", "--keep", str(kept)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("Resources", "Database", "Demo data", "PDF report", "Excel sheet", "Word report draft",
                 "Encrypted database", "Similar recommendations", "Window and chart"):
        assert f"[ok] {step}" in result.stdout
    assert "Self-check passed: 9 checks" in result.stdout
    assert "SQLCipher 4." in result.stdout
    assert "window opened (offscreen): 61 rows of the register painted" in result.stdout
    assert "[FAILED]" not in result.stdout and result.stderr == ""

    # What it made can be opened by a reader: a PDF with pages, an Excel register of the demo.
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from nrtd_desktop.demo.loader import demo_data

    pdf = PdfReader(kept / "selfcheck.pdf")
    assert len(pdf.pages) >= 1
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Amiri" in name for name in fonts), fonts
    book = load_workbook(kept / "selfcheck.xlsx")
    sheet = book["السجل"]
    assert sheet.sheet_view.rightToLeft
    assert sheet.max_row == len(demo_data()["recommendations"]) + 1
    references = {row["reference"] for row in demo_data()["recommendations"]}
    assert {sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)} == references
    # The chart the window drew offscreen (issue 25): an image with its bars.
    from PySide6.QtGui import QImage

    chart = QImage(str(kept / "selfcheck-chart.png"))
    assert chart.width() >= 400 and chart.height() >= 300

    # The user's own data folder (NRTD_DATA_DIR, set by the test fixtures) got nothing.
    data_dir = Path(os.environ["NRTD_DATA_DIR"])
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_gui_launcher_self_check_runs_without_a_window(tmp_path: Path) -> None:
    env = dict(os.environ, NRTD_LANG="ar")
    result = subprocess.run(
        [sys.executable, "-m", "nrtd_desktop.ui.launch", "--self-check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "نجح الفحص الذاتي" in result.stdout  # Arabic, as NRTD_LANG asked


def test_a_missing_font_fails_with_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged installation: the check stops at the first broken step and says what is missing."""
    import nrtd_desktop.paths_resources as paths_resources

    broken = tmp_path / "resources"
    (broken / "fonts").mkdir(parents=True)
    monkeypatch.setattr(paths_resources, "resources_dir", lambda: broken)
    out = io.StringIO()
    results, failure = selfcheck.run_self_check(out)
    assert results == []
    assert failure is not None and failure.startswith("Self-check FAILED at Resources:")
    assert "Amiri-Regular.ttf is missing" in failure
    assert "[FAILED] Resources" in out.getvalue()


def test_exit_code_is_one_and_the_reason_goes_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_pdf(_state: object) -> str:
        raise selfcheck.CheckFailed("the report selfcheck.pdf has no pages")

    monkeypatch.setattr(selfcheck, "check_pdf", broken_pdf)
    assert selfcheck.main([]) == 1
    captured = capsys.readouterr()
    assert "[ok] Demo data" in captured.out  # the steps before it ran and passed
    assert "Self-check FAILED at PDF report: the report selfcheck.pdf has no pages" in captured.err
    assert "Excel sheet" not in captured.out  # nothing after the failure


def test_network_use_during_the_check_is_a_failure() -> None:
    original = socket.create_connection
    with selfcheck.no_network(), pytest.raises(selfcheck.CheckFailed, match="network"):
        socket.create_connection(("127.0.0.1", 9))
    assert socket.create_connection is original  # the guard is gone afterwards


def test_pdf_page_count_reads_page_objects_not_the_page_tree() -> None:
    sample = b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >>\n2 0 obj << /Type /Page >>\n" \
             b"3 0 obj <</Type/Page/Parent 1 0 R>>\n%%EOF"
    assert selfcheck.count_pdf_pages(sample) == 2
