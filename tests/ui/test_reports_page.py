"""The reports area: options, first-page preview, saving with progress, keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.ui.reports_page import PREVIEW_WIDTH, ReportsPage


def _page(window: Any) -> ReportsPage:
    window.show_area("reports")
    page = window.areas["reports"]
    assert isinstance(page, ReportsPage)
    return page


def test_save_writes_the_chosen_report(window: Any, qtbot: Any, tmp_path: Path) -> None:
    page = _page(window)
    page.set_kind("plan")
    page.group_by.setCurrentIndex(page.group_by.findData("theme"))
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(page.saved, timeout=60_000) as signal:
        page.save_to(str(target))
    path, pages = signal.args
    assert Path(path) == target and len(pypdf.PdfReader(target).pages) == pages >= 2
    assert page.error.isHidden()


def test_preview_shows_the_first_page(window: Any, qtbot: Any) -> None:
    page = _page(window)
    page.set_kind("challenges")
    with qtbot.waitSignal(page.previewed, timeout=60_000):
        page.preview()
    pixmap = page.preview_image.pixmap()
    assert not pixmap.isNull() and pixmap.width() == PREVIEW_WIDTH
    assert pixmap.height() > pixmap.width()  # an A4 portrait cover
    image = pixmap.toImage()
    darkest = min(image.pixelColor(x, y).lightness() for x in range(0, image.width(), 3)
                  for y in range(0, image.height(), 3))
    assert darkest < 100  # the cover's title is drawn, not a blank page


def test_options_follow_the_form_and_the_register_filter(window: Any) -> None:
    page = _page(window)
    page.set_kind("plan")
    assert page.options().filter == RecommendationFilter()
    f = RecommendationFilter(mechanism=("UPR",))
    window.areas["recommendations"].apply_filter(f)
    page.use_filter.setChecked(True)
    assert page.options().filter.mechanism == ("UPR",)
    page.cluster.setCurrentIndex(1)
    assert page.options().filter.cluster == (page.cluster.currentData(),)
    page.set_kind("recommendation")  # a single recommendation: no filter, the reference instead
    assert not page.use_filter.isEnabled() and page.reference.isEnabled()
    assert page.options().filter == RecommendationFilter()
    page.set_kind("entity")
    assert page.entity.isEnabled() and page.options().entity == page.entity.currentData()


def test_ctrl_e_asks_where_to_save_and_saves(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    page = _page(window)
    page.set_kind("entity")
    target = tmp_path / "entity"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    assert {s.toString() for s in page.export_action.shortcuts()} == {"Ctrl+P", "Ctrl+E"}
    window.activateWindow()
    with qtbot.waitSignal(page.saved, timeout=60_000) as signal:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert signal.args[0] == str(target) + ".pdf" and Path(signal.args[0]).exists()


def test_an_unknown_reference_is_explained_in_the_page(window: Any, qtbot: Any, tmp_path: Path) -> None:
    page = _page(window)
    page.set_kind("recommendation")
    page.reference.setText("NO-SUCH-REF")
    handle = page.save_to(str(tmp_path / "x.pdf"))
    qtbot.waitUntil(lambda: handle.done, timeout=60_000)
    assert not page.error.isHidden() and "NO-SUCH-REF" in page.error.text()
    assert not (tmp_path / "x.pdf").exists()


def test_the_progress_bar_moves_while_the_pages_are_written(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """Issue 20: the bar jumped from "reading" to done; it now follows the pages."""
    from nrtd_desktop.ui.worker import _Signals

    page = _page(window)
    page.set_kind("plan")
    seen: list[tuple[int, int]] = []
    handle = page.save_to(str(tmp_path / "plan.pdf"))
    assert handle is not None
    handle.findChild(_Signals).progress.connect(lambda done, total, _message: seen.append((done, total)))
    qtbot.waitUntil(lambda: handle.done, timeout=60_000)
    writing = [(done, total) for done, total in seen if total > 0]
    assert len({done for done, _ in writing}) >= 5  # many steps, not one jump
    assert [done for done, _ in writing] == sorted(done for done, _ in writing)
    assert writing[-1][0] == writing[-1][1]


def test_cancel_while_writing_leaves_no_file(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from nrtd_desktop.ui.worker import _Signals

    page = _page(window)
    page.set_kind("plan")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.pdf"
    handle = page.save_to(str(target))
    assert handle is not None

    def cancel_midway(done: int, total: int, _message: str) -> None:
        if total and 0 < done < total:
            handle.cancel()

    # Direct: the cancel lands in the worker thread at once, not when the GUI thread gets to the
    # queued signal (by then a fast machine has finished the whole PDF).
    handle.findChild(_Signals).progress.connect(cancel_midway, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: handle.done, timeout=60_000)
    assert handle.was_cancelled
    assert list(folder.iterdir()) == []  # neither the PDF nor its temporary file
    assert page.last_saved is None


def test_meeting_options_reach_the_report(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    page = _page(window)
    page.set_kind("progress")
    page.marking.setCurrentIndex(page.marking.findData("draft"))
    page.meeting_number.setText("12/1448")
    page.meeting_date.setDate(QDate(2026, 12, 15))
    page.approvals.setChecked(True)
    page.approval_names["prepared"].setText("هند العتيبي")
    page.approval_dates["prepared"].setDate(QDate(2026, 12, 1))
    page.approval_names["approved"].setText("د. سعد الحربي")
    options = page.options()
    assert options.marking == "draft" and options.meeting_number == "12/1448"
    assert options.meeting_date == date(2026, 12, 15)
    prepared, reviewed, approved = options.approvals
    assert (prepared.name, prepared.on) == ("هند العتيبي", date(2026, 12, 1))
    assert (reviewed.name, reviewed.on) == ("", None) and approved.on is None
    with qtbot.waitSignal(page.saved, timeout=60_000):
        page.save_to(str(tmp_path / "progress.pdf"))
    from tests.reports.conftest import read_pdf

    pdf = read_pdf(tmp_path / "progress.pdf")
    assert all("مسودة" in text for text in pdf.pages)
    assert "هند العتيبي" in pdf.pages[0] and "2026-12-01" in pdf.pages[0]


def test_the_digits_are_a_setting(window: Any, tmp_path: Path) -> None:
    from nrtd_desktop.settings import load_settings

    page = _page(window)
    assert page.digits.currentData() == "western"
    page.digits.setCurrentIndex(page.digits.findData("arabic"))
    assert load_settings().number_style == "arabic"
    assert page.options().number_style == "arabic"
