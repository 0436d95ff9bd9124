"""``ReportDocument.write``: all or nothing, never a half-written PDF."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.engine import ReportDocument
from nrtd_desktop.reports.tables import RowTable

OLD = b"%PDF-1.4 the report of last week\n"


def small_report(lang: str = "ar") -> ReportDocument:
    doc = ReportDocument(lang, title="تقرير", committee="اللجنة", report_date=date(2026, 11, 29))
    return doc.add(b.Heading("مقدمة"), b.Paragraph("نص"), b.Table(["أ", "ب"], [["1", "2"]] * 50))


def test_a_successful_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)
    small_report().write(target)
    assert target.read_bytes().startswith(b"%PDF-") and target.read_bytes() != OLD
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_build_failing_half_way_leaves_the_old_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up while the table is drawn (after the PDF has been started)."""
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)

    def disk_full(self: RowTable) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(RowTable, "draw", disk_full)
    with pytest.raises(NrtdError) as caught:
        small_report().write(target)
    assert caught.value.key == "report.write_failed"
    # the system's reason, in the user's language (its own sentence is English only)
    assert "no space left on the disk" in caught.value.text("en")
    assert "لا مساحة متبقية على القرص" in caught.value.text("ar")
    assert "تعذّر حفظ التقرير" in caught.value.text("ar")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_programming_error_also_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    doc = small_report().add("not a block")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        doc.write(target)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(NrtdError) as caught:
        small_report("en").write(tmp_path / "no such folder" / "plan.pdf")
    assert caught.value.key == "report.write_failed"
    assert "no such folder" in caught.value.text("en")
