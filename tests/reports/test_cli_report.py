"""``nrtd report``: the five reports from the command line, and its errors."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from nrtd_desktop.cli.main import main


@pytest.mark.parametrize(
    ("kind", "extra"),
    [
        ("plan", ["--group-by", "theme", "--mechanism", "UPR"]),
        ("progress", ["--from", "2026-01-01", "--to", "2026-06-30"]),
        ("entity", ["--entity", "MOJ"]),
        ("challenges", ["--cluster", "Women's empowerment and gender equality"]),
        ("recommendation", ["--ref", "UPR-3-122.3"]),
    ],
)
def test_each_report_is_written(
    demo_db: Path, tmp_path: Path, kind: str, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{kind}.pdf"
    code = main(
        ["report", kind, str(out), "--db", str(demo_db), "--lang", "ar", "--today", "2026-11-29", *extra]
    )
    assert code == 0
    pages = len(pypdf.PdfReader(out).pages)
    assert pages >= 1 if kind == "recommendation" else pages >= 2  # the sheet has no cover
    assert f"عدد الصفحات: {pages}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["entity", "--entity", "NOPE"], "No entity has the code or name 'NOPE'."),
        (["entity"], "Choose the entity the sheet is for (its code, for example MOJ)."),
        (["recommendation", "--ref", "XX-1"], "The recommendation 'XX-1' was not found."),
        (
            ["progress", "--from", "2026-13-01"],
            "Start of the period: '2026-13-01' is not a valid date (YYYY-MM-DD).",
        ),
        (
            ["progress", "--from", "2026-06-01", "--to", "2026-01-01"],
            "The end date must not be before the start date.",
        ),
        (["plan", "--cluster", "No such cluster"], "No thematic cluster is named 'No such cluster'."),
        (["plan", "--entity", "NOPE"], "No entity has the code or name 'NOPE'."),
    ],
)
def test_errors_are_one_sentence_and_write_nothing(
    demo_db: Path, tmp_path: Path, args: list[str], sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    code = main(["report", args[0], str(out), "--db", str(demo_db), "--lang", "en", *args[1:]])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err == f"nrtd: {sentence}"
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []


def test_an_existing_file_is_kept_when_the_report_fails(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"earlier report")
    assert main(["report", "recommendation", str(out), "--db", str(demo_db), "--ref", "XX-1"]) == 1
    assert out.read_bytes() == b"earlier report"


def test_arabic_error_sentence(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "report",
                "entity",
                str(tmp_path / "x.pdf"),
                "--db",
                str(demo_db),
                "--lang",
                "ar",
                "--entity",
                "NOPE",
            ]
        )
        == 1
    )
    assert capsys.readouterr().err.strip() == "nrtd: لا توجد جهة رمزها أو اسمها «NOPE»."


def test_a_meeting_document_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    from tests.reports.conftest import read_pdf

    out = tmp_path / "plan.pdf"
    code = main(
        ["report", "plan", str(out), "--db", str(demo_db), "--lang", "ar", "--today", "2026-11-29",
         "--marking", "confidential", "--digits", "arabic", "--meeting", "12", "--meeting-date", "2026-12-15",
         "--prepared-by", "هند العتيبي", "--prepared-on", "2026-12-01", "--approved-by", "سعد الحربي"]
    )
    assert code == 0
    pdf = read_pdf(out)
    assert all("سري" in page for page in pdf.pages)
    cover = pdf.pages[0]
    assert "الاجتماع رقم ١٢" in cover and "٢٠٢٦-١٢-١٥" in cover
    assert "هند العتيبي" in cover and "٢٠٢٦-١٢-٠١" in cover and "سعد الحربي" in cover
    assert re.search("صفحة ٢ ?من ١٧", pdf.pages[1])  # pdftotext drops the space next to digits
