"""Blocks and edge cases of the engine: charts, logos, empty and odd input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest

from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import BarChart, LineChart, PieChart, Series
from nrtd_desktop.reports.engine import ReportDocument
from tests.reports.conftest import read_pdf

THEMES_AR = ["التعليم", "الصحة", "العدالة الجنائية", "حقوق المرأة"]


def doc(lang: str = "ar", **kwargs: object) -> ReportDocument:
    day = date(2026, 11, 29)
    return ReportDocument(lang, title="تقرير المتابعة", committee="اللجنة الدائمة", report_date=day, **kwargs)  # type: ignore[arg-type]


def images_in(path: Path) -> int:
    count = 0
    for page in pypdf.PdfReader(path).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        count += sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")
    return count


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_kind_prints_its_arabic_labels(lang: str, tmp_path: Path) -> None:
    series = [Series("منفذة", [5, 0, 3, 7]), Series("جارية", [2, 4, 0, 1]), Series("لم تبدأ", [1, 1, 2, 0])]
    report = doc(lang, contents=False).add(
        b.ChartBlock(BarChart(THEMES_AR, series, title="التوصيات حسب الموضوع")),
        b.ChartBlock(BarChart(THEMES_AR, series, horizontal=True, stacked=True)),
        b.ChartBlock(BarChart(THEMES_AR, series[:1], horizontal=True)),
        b.PageBreak(),
        b.ChartBlock(PieChart(["مقبولة", "محاط بها علماً", "قيد الدراسة"], [120, 40, 12])),
        b.ChartBlock(
            LineChart(["الربع الأول", "الربع الثاني", "الربع الثالث"], series[:2], title="نسبة الإنجاز")
        ),
    )
    pdf = read_pdf(report.write(tmp_path / "charts.pdf"))
    text = pdf.all()
    for label in [*THEMES_AR, "منفذة", "جارية", "لم تبدأ", "مقبولة", "قيد الدراسة", "الربع الثاني",
                  "التوصيات حسب الموضوع", "نسبة الإنجاز"]:
        assert label in text, label


def test_a_pie_of_zeros_and_an_empty_table_still_print(tmp_path: Path) -> None:
    report = doc(contents=False).add(
        b.ChartBlock(PieChart(["أ", "ب"], [0, 0])),
        b.Table(["الرمز", "التوصية"], []),
        b.Paragraph(""),
        b.KeyFigures([]),
    )
    assert report.write(tmp_path / "empty.pdf").stat().st_size > 1000


def test_cover_logo_is_embedded_and_an_unreadable_one_is_skipped(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (31, 58, 95)).save(logo)
    assert images_in(doc(logo_path=logo).add(b.Paragraph("نص")).write(tmp_path / "with.pdf")) == 1

    broken = tmp_path / "broken.png"
    broken.write_text("not an image", encoding="utf-8")
    written = doc(logo_path=broken).add(b.Paragraph("نص")).write(tmp_path / "without.pdf")
    assert images_in(written) == 0
    assert "تقرير المتابعة" in read_pdf(written).all()


def test_cover_shows_both_calendars_and_falls_back_to_gregorian(tmp_path: Path) -> None:
    cover = read_pdf(doc().add(b.Paragraph("نص")).write(tmp_path / "a.pdf")).pages[0]
    assert "جمادى الآخرة" in cover and "نوفمبر" in cover
    old = ReportDocument("en", title="Old", committee="C", report_date=date(1900, 1, 1), contents=False)
    cover = read_pdf(old.add(b.Paragraph("x")).write(tmp_path / "b.pdf")).pages[0]
    assert "1 January 1900" in cover and "AH" not in cover


def test_headings_may_skip_a_level_and_a_report_may_have_no_cover(tmp_path: Path) -> None:
    report = doc(cover=False).add(b.Heading("أولاً"), b.Heading("تفصيل", level=3), b.Heading("ثانياً", level=2))
    pdf = read_pdf(report.write(tmp_path / "levels.pdf"))
    assert "صفحة 1 من" in pdf.pages[0].replace("1من", "1 من")
    assert "المحتويات" in pdf.pages[0]


def test_bad_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ReportDocument("fr", title="x", committee="y")
    with pytest.raises(ValueError):
        ReportDocument("en", title="x", committee="y", orientation="sideways")
    with pytest.raises(ValueError):
        doc().add(b.Table(["a", "b"], [["only one"]])).write(tmp_path / "bad.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cells_of_any_type_print(tmp_path: Path) -> None:
    rows = [[1, 2.5, None, date(2026, 1, 1), True]]
    pdf = read_pdf(doc("en").add(b.Table(["a", "b", "c", "d", "e"], rows)).write(tmp_path / "types.pdf"))
    assert "2.5" in pdf.all() and "2026-01-01" in pdf.all() and "True" in pdf.all()


def test_the_file_written_object_by_object_is_reportlabs_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``pdf_stream.save_streaming`` writes what ``Canvas.save`` writes, without holding the file."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from nrtd_desktop.reports.fonts import REGULAR, register_fonts
    from nrtd_desktop.reports.pdf_stream import save_streaming

    register_fonts()
    monkeypatch.setattr(rl_config, "invariant", 1)

    def draw(path: Path) -> Canvas:
        canvas = Canvas(str(path), invariant=1)
        for page in range(3):
            canvas.setFont(REGULAR, 12)
            canvas.drawString(72, 720, f"Page {page} ﺔﻨﺠﻠﻟﺍ")
            canvas.bookmarkPage(f"p{page}")
            canvas.addOutlineEntry(f"Page {page}", f"p{page}")
            canvas.showPage()
        return canvas

    draw(tmp_path / "own.pdf").save()
    save_streaming(draw(tmp_path / "streamed.pdf"))
    assert (tmp_path / "streamed.pdf").read_bytes() == (tmp_path / "own.pdf").read_bytes()
