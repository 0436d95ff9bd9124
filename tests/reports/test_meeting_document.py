"""Issue 20: what the committee secretary found in the five reports, each checked as she would."""

from __future__ import annotations

import re
import weakref
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.reports import blocks as b
from nrtd_desktop.reports.charts import BarChart, Series
from nrtd_desktop.reports.common_report import ReportOptions, indicator_value
from nrtd_desktop.reports.engine import ReportDocument
from nrtd_desktop.reports.numbers import Numerals
from nrtd_desktop.reports.tables import column_widths
from nrtd_desktop.services.report_data import plan_data
from tests.reports.conftest import pdftotext, read_pdf
from tests.reports.report_checks import make
from tests.reports.test_report_pdf import page_words

_WORD = re.compile(r"[^\W_]+")  # letters of any script and digits: what a search matches


def words(text: str) -> list[str]:
    return _WORD.findall(text)


ENGLISH_RECOMMENDATIONS = [
    "Ensure access to education for all migrant children, including those (aged 6-15) without papers.",
    "Ratify the Optional Protocol to the Convention against Torture (OPCAT) and establish an NPM.",
    "Continue efforts to combat trafficking in persons, in line with SDG target 16.2 and 5.a.",
    "Adopt a comprehensive law on domestic violence; see A/HRC/52/10, para. 122.45.",
]


def _add_english(services: Any) -> list[str]:
    """Recommendations as UPR Info imports them: English text only."""
    references = []
    for number, text in enumerate(ENGLISH_RECOMMENDATIONS, start=1):
        reference = f"UPR-4-77.{number}"
        services.recommendations.create(
            RecommendationInput(
                reference=reference, body="UPR", cycle=4, text_ar="", text_en=text, lead_entity="MOJ"
            )
        )
        references.append(reference)
    return references


# ---- 10: the text copies and searches as typed ---------------------------------------------------


def test_every_recommendation_of_the_arabic_plan_is_found_by_its_first_four_words(
    demo_services: Any, tmp_path: Path
) -> None:
    """pdftotext found 610-743 of 943 four-word fragments (presentation forms, reversed lam-alef).
    No normalisation here: the words must come back as typed, in order, next to each other."""
    _add_english(demo_services)
    pdf = make(demo_services, tmp_path, "plan", "ar")
    found = " " + " ".join(words(pdftotext(pdf.path))) + " "
    rows = demo_services.recommendations.list(limit=None)
    assert len(rows) == 65
    missing = [r.reference for r in rows if f" {' '.join(words(r.text('ar'))[:4])} " not in found]
    assert missing == []
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff\ue000-\uf8ff]", pdftotext(pdf.path))


# ---- 1: English inside Arabic tables --------------------------------------------------------------


def test_english_text_in_the_arabic_plan_runs_left_to_right_with_its_full_stop_at_the_end(
    demo_services: Any, tmp_path: Path
) -> None:
    _add_english(demo_services)
    only = RecommendationFilter(search="migrant children")
    pdf = make(demo_services, tmp_path, "plan", "ar", filter=only)
    page = next(i for i, text in enumerate(pdf.pages) if "UPR-4-77.1" in text) + 1
    placed = page_words(pdf.path, page)
    x = {word: wx for word, wx, _ in placed}
    assert x["Ensure"] < x["access"] < x["education"]  # left to right
    assert "papers." in x and ".papers" not in x  # the full stop ends the sentence
    cell_words = [wx for word, wx, _ in placed if word in ("Ensure", "including", "without")]
    reference_x = x["UPR-4-77.1"]
    assert min(cell_words) < reference_x  # the English text starts on the left of its cell


# ---- 2: no word is cut ---------------------------------------------------------------------------


def test_columns_widen_to_hold_their_longest_word() -> None:
    widths = column_widths(400, [0.1, 0.6, 0.3], [80, 50, 30])
    assert widths[0] >= 80 and abs(sum(widths) - 400) < 1e-6
    assert widths[1] < 240 and widths[2] >= 30


def test_the_english_entity_sheet_cuts_no_word_and_no_reference(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "entity", "en", entity="MOJ")
    found = set(pdftotext(pdf.path).split())
    for word in ("Recommendation", "Recommendations", "Supporting", "CEDAW-2018-16", "UPR-3-122.140"):
        assert word in found, word
    assert not [w for w in found if re.fullmatch(r"Recommendatio|Supporti|CEDAW-2018-1", w)]


# ---- 3: charts -------------------------------------------------------------------------------------


def test_a_chart_labels_no_empty_segment_and_counts_in_whole_numbers(tmp_path: Path) -> None:
    series = [Series("منفذة", [0, 1, 2]), Series("جارية", [1, 0, 0])]
    report = ReportDocument("ar", title="مخطط", committee="اللجنة", contents=False, cover=False)
    report.add(b.ChartBlock(BarChart(["أ", "ب", "ج"], series, horizontal=True, stacked=True)))
    report.write(tmp_path / "chart.pdf")
    labels = words(pdftotext(tmp_path / "chart.pdf"))
    digits = [w for w in labels if w.isdigit()]
    assert digits.count("0") == 1  # the axis' origin only, no "0" over an empty segment
    assert "5" not in digits  # no 0.5 step (its "5" would show)
    assert {"1", "2"} <= set(digits)


# ---- 5: the number of clusters ---------------------------------------------------------------------


def test_the_plan_counts_its_clusters_without_the_recommendations_outside_them(demo_services: Any) -> None:
    data = plan_data(demo_services)
    clusters_used = {r.cluster for r in demo_services.recommendations.list(limit=None) if r.cluster}
    assert any(g.key == "none" for g in data.groups)
    assert data.real_groups == len(clusters_used) == len(data.groups) - 1
    doc = demo_services.reports.document(ReportOptions("plan", "en"))
    figures = next(block for block in doc.blocks if isinstance(block, b.KeyFigures))
    assert figures.figures[-1].value == str(len(clusters_used))
    none = RecommendationFilter(cluster=("none",))
    outside = demo_services.reports.document(ReportOptions("plan", "en", filter=none))
    figures = next(block for block in outside.blocks if isinstance(block, b.KeyFigures))
    assert figures.figures[-1].value == "0"  # it said 1


# ---- 6: headings stay with what follows --------------------------------------------------------


@pytest.mark.parametrize("filler", [30, 31, 32, 33, 34, 35])
def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(filler: int, tmp_path: Path) -> None:
    report = ReportDocument("en", title="T", committee="C", cover=False, contents=False)
    report.add(*(b.Paragraph(f"Line {n} of the introduction.") for n in range(filler)))
    report.add(b.Heading("Actions of the cluster"), b.Paragraph("Two actions."))
    report.add(b.Table(["Action", "Lead"], [[f"Action {n}", "MOJ"] for n in range(40)]))
    pdf = read_pdf(report.write(tmp_path / "keep.pdf"))
    page = next(i for i, text in enumerate(pdf.pages) if "Actions of the cluster" in text)
    assert "Action 0 " in pdf.pages[page] + " "  # the table starts under its heading


# ---- 7: targets and units ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        ("2000", "عدد", "ar", "2,000"),
        ("2000", "عدد", "en", "2,000"),
        ("100", "%", "en", "100%"),
        ("معتمد", "حالة", "ar", "معتمد"),
        ("24", "ساعة", "en", "24\u00a0hours"),
        ("24", "ساعة", "ar", "24\u00a0ساعة"),
        ("نعم", "نعم/لا", "en", "Yes"),
        ("300000", "طلب سنوياً", "en", "300,000\u00a0requests a year"),
        ("", "عدد", "en", "—"),
    ],
)
def test_a_target_reads_with_its_unit_in_the_report_language(
    value: str, unit: str, lang: str, expected: str
) -> None:
    assert indicator_value(value, unit, lang, Numerals(lang=lang)) == expected


def test_english_plan_prints_no_arabic_unit(demo_services: Any, tmp_path: Path) -> None:
    text = make(demo_services, tmp_path, "plan", "en").all()
    assert "target: 2,000)" in text and "target: 100%)" in text
    assert not re.search(r"target: [^)]*(عدد|حالة)", text)
    arabic = make(demo_services, tmp_path, "plan", "ar").all()
    assert "عدد)" not in arabic and "مصدّق حالة" not in arabic and "مصدَّق حالة" not in arabic


# ---- 8: one number style -------------------------------------------------------------------------


def test_one_number_style_for_the_whole_document(demo_services: Any, tmp_path: Path) -> None:
    western = make(demo_services, tmp_path, "progress", "ar").all()
    assert not re.search("%[0-9]|[0-9] %|[٠-٩]", western)  # 40% only: no "%40", "100 %" or mixed digits
    pdf = make(demo_services, tmp_path, "progress", "ar", number_style="arabic")
    text = pdf.all()
    # What the report writes is in Arabic-Indic digits; what people typed (a narrative saying
    # "(720) participants") is printed as typed.
    for number, page in enumerate(pdf.pages[1:], start=2):
        assert re.search(f"صفحة {Numerals('arabic', 'ar').count(number)} ?من", page)
    assert not re.search(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text)
    assert re.search("٪[٠-٩]+|[٠-٩]+٪", text)  # the updates' percentages (pdftotext may flip the sign)
    headline = pdf.pages[2]
    assert not re.search("[0-9]", headline.split("نطاق التقرير")[0])  # figures and their labels


def test_numerals_write_counts_percentages_and_dates_alike() -> None:
    indic = Numerals("arabic", "ar")
    assert (indic.count(41066), indic.percent(40)) == ("٤١٬٠٦٦", "٤٠٪")
    assert indic.date(date(2027, 1, 15)) == "٢٠٢٧-٠١-١٥"
    western = Numerals("western", "ar")
    assert (western.count(41066), western.percent(40), western.percent(12.5)) == ("41,066", "40%", "12.5%")
    assert Numerals("arabic", "en").count(41066) == "41,066"  # English reports keep Western digits


# ---- meeting document: marking, legend, contents ----------------------------------------------------


def test_the_marking_is_on_every_page_and_the_legend_names_the_status_colours(
    demo_services: Any, tmp_path: Path
) -> None:
    pdf = make(demo_services, tmp_path, "plan", "en", marking="draft")
    assert all("DRAFT" in page for page in pdf.pages)
    for status in ("Not started", "In progress", "Partially implemented", "Implemented", "Overdue"):
        assert status in pdf.pages[2], status


def test_the_contents_have_dot_leaders_and_the_right_page_numbers(demo_services: Any, tmp_path: Path) -> None:
    pdf = make(demo_services, tmp_path, "plan", "en")
    contents = pdftotext(pdf.path, "-layout", "-f", "2", "-l", "2")
    data = plan_data(demo_services)
    for group in data.groups:
        name = group.label("en")
        line = re.search(re.escape(name) + r" *(?:\. )+\. *(\d+)$", contents, re.MULTILINE)
        assert line, name
        page = int(line.group(1))
        assert name in pdf.pages[page - 1], (name, page)


# ---- 11: memory bounded ---------------------------------------------------------------------------


def test_a_long_table_lets_its_rows_go_as_its_pages_are_written(tmp_path: Path) -> None:
    class Item:
        def __init__(self, number: int) -> None:
            self.number = number

    items = [Item(n) for n in range(2000)]
    refs = [weakref.ref(item) for item in items]
    report = ReportDocument("en", title="T", committee="C", cover=False, contents=False)
    report.add(b.Table(["No.", "Text"], b.LazyRows(items, lambda i: [str(i.number), f"Row {i.number}"])))
    del items
    alive_at: list[int] = []

    def progress(done: int, total: int) -> None:
        if done > total * 0.8 and not alive_at:
            alive_at.append(sum(1 for r in refs if r() is not None))

    report.write(tmp_path / "long.pdf", progress)
    assert alive_at and alive_at[0] < 600  # the rows already printed are gone
    assert len(pypdf.PdfReader(tmp_path / "long.pdf").pages) > 30
    text = pdftotext(tmp_path / "long.pdf")
    assert "Row 0" in text and "Row 1999" in text
