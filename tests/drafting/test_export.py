"""The draft as a Word document and as a PDF: read back as Word and LibreOffice read it (issue 22).

The .docx is opened with python-docx and its XML checked where right to left lives (w:bidi on
paragraphs and sections, w:rtl on Arabic runs, w:bidiVisual on tables), the numbering Word
continues, the embedded Arabic font; then, when LibreOffice is installed, converted to PDF, its
text read back and its pages turned into PNG files.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.exporters.docx_report import DocxOptions, build_document, obfuscate, write_docx
from nrtd_desktop.paths_resources import fonts_dir
from nrtd_desktop.reports.draft_report import build_draft_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COMMITTEE = "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية"


@pytest.fixture
def draft(demo_services: Any) -> tuple[Any, Any]:
    view = demo_services.drafts.get("upr:4:midterm")
    return view, demo_services.drafts.matrix(view.id)


def open_docx(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for mark in ("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"):
        text = text.replace(mark, "")
    return text


def numbered(document: Any) -> list[Any]:
    return [p for p in document.paragraphs if p.style is not None and p.style.style_id == "NRTDNumbered"]


def test_the_arabic_document_is_right_to_left_throughout(draft: tuple[Any, Any]) -> None:
    view, matrix = draft
    document = open_docx(build_document(view, matrix, DocxOptions("ar", COMMITTEE, date(2026, 11, 29))))
    body = [p for p in document.paragraphs if p.text.strip()]
    assert all(p._p.find(f"{W}pPr/{W}bidi") is not None for p in body)
    sections = document.element.body.findall(f".//{W}sectPr")
    assert len(sections) == 2 and all(s.find(f"{W}bidi") is not None for s in sections)  # body, annex
    assert document.sections[1].orientation == 1  # the annex on landscape pages
    runs = [r for p in body for r in p.runs if any("\u0600" <= ch <= "\u06ff" for ch in r.text)]
    assert runs and all(r._r.find(f"{W}rPr/{W}rtl") is not None for r in runs)
    assert all(r._r.find(f"{W}rPr/{W}rtl").get(f"{W}val") is None for r in runs)
    latin = [r for p in body for r in p.runs if "A/HRC/56/16" in r.text]
    assert latin and all(r._r.find(f"{W}rPr/{W}rtl").get(f"{W}val") == "0" for r in latin)
    dates = [r.text for p in body for r in p.runs if "2026-11-26" in r.text]
    assert dates == ["\u200e2026-11-26\u200e"]  # kept left to right between marks
    assert all(t._tbl.find(f"{W}tblPr/{W}bidiVisual") is not None for t in document.tables)
    styles = document.styles.element
    normal = styles.find(f"{W}style[@{W}styleId='Normal']")
    fonts = normal.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}cs") == "Amiri" and fonts.get(f"{W}ascii") == "Amiri"


def test_every_paragraph_is_numbered_by_one_list_that_word_continues(draft: tuple[Any, Any]) -> None:
    view, matrix = draft
    document = open_docx(build_document(view, matrix, DocxOptions("ar", COMMITTEE)))
    paragraphs = numbered(document)
    expected = [plain(p) for s in view.sections for p in s.paragraphs("ar")]
    assert [plain(p.text) for p in paragraphs] == expected
    style = document.styles["NRTD numbered paragraph"].element
    num_id = style.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    numbering = document.part.numbering_part.element
    num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    level = numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']/{W}lvl")
    assert level.find(f"{W}lvlText").get(f"{W}val") == "%1-"  # "1-", "2-" as Arabic documents number
    assert level.find(f"{W}numFmt").get(f"{W}val") == "decimal"
    # No paragraph restarts the list: a paragraph added in Word in this style takes the next number.
    assert all(p._p.find(f"{W}pPr/{W}numPr") is None for p in paragraphs)
    english = open_docx(
        build_document(view, matrix, DocxOptions("en", "Standing Committee", digits="arabic"))
    )
    lvl = english.part.numbering_part.element.findall(f".//{W}lvlText")[-1]
    assert lvl.get(f"{W}val") == "%1."
    assert all(p._p.find(f"{W}pPr/{W}bidi") is None for p in english.paragraphs)
    indic = open_docx(build_document(view, matrix, DocxOptions("ar", COMMITTEE, digits="arabic")))
    assert indic.part.numbering_part.element.findall(f".//{W}numFmt")[-1].get(f"{W}val") == "hindiNumbers"


def test_the_arabic_font_travels_inside_the_document(draft: tuple[Any, Any]) -> None:
    view, matrix = draft
    data = build_document(view, matrix, DocxOptions("ar", COMMITTEE))
    package = zipfile.ZipFile(io.BytesIO(data))
    table = package.read("word/fontTable.xml").decode()
    assert '<w:font w:name="Amiri">' in table and "w:embedRegular" in table and "w:embedBold" in table
    key = table.split('w:embedRegular r:id="rIdNrtdFont1" w:fontKey="')[1].split('"')[0]
    stored = package.read("word/fonts/font1.odttf")
    original = (fonts_dir() / "Amiri-Regular.ttf").read_bytes()
    assert stored != original and obfuscate(stored, key) == original  # the obfuscation undoes itself
    assert "odttf" in package.read("[Content_Types].xml").decode()
    assert "<w:embedTrueTypeFonts/>" in package.read("word/settings.xml").decode()


def test_the_first_page_gives_the_word_counts_and_the_annex_every_recommendation(
    draft: tuple[Any, Any],
) -> None:
    view, matrix = draft
    document = open_docx(build_document(view, matrix, DocxOptions("en", "Standing Committee")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"Words: {view.words('en'):,} of the limit of 10,700" in text
    sheet, annex = document.tables[0], document.tables[-1]
    assert [c.text for c in sheet.rows[0].cells] == ["Section", "Entity", "State", "Words"]
    assert [c.text for c in sheet.rows[1].cells][-1] == f"{view.sections[0].words('en'):,}"
    assert len(sheet.rows) == len(view.sections) + 1
    assert len(annex.rows) == len(matrix) + 1 == 18
    row = next(r for r in annex.rows if r.cells[0].text == "38.5")
    assert row.cells[2].text == "Supported" and "(Completed)" in row.cells[4].text
    assert "Recommending States:" in row.cells[1].text
    bare = open_docx(
        build_document(view, matrix, DocxOptions("en", "Standing Committee", sheet=False, annex=False))
    )
    assert not bare.tables and "Words:" not in "\n".join(p.text for p in bare.paragraphs)


def test_a_failed_export_leaves_the_earlier_file(draft: tuple[Any, Any], tmp_path: Path) -> None:
    view, matrix = draft
    target = tmp_path / "draft.docx"
    target.write_bytes(b"the earlier file")
    from nrtd_desktop.domain.errors import NrtdError

    with pytest.raises(NrtdError) as failed:
        write_docx(view, matrix, tmp_path / "missing" / "draft.docx", DocxOptions("ar", COMMITTEE))
    assert "Word" in failed.value.text("ar")
    write_docx(view, matrix, target, DocxOptions("ar", COMMITTEE))
    assert target.read_bytes()[:2] == b"PK"


def test_the_pdf_through_the_report_engine_says_the_same(draft: tuple[Any, Any], tmp_path: Path) -> None:
    from pypdf import PdfReader

    view, matrix = draft
    out = tmp_path / "draft.pdf"
    document = build_draft_document(view, matrix, "ar", COMMITTEE, date(2026, 11, 29))
    document.write(out)
    text = plain("\n".join(page.extract_text() for page in PdfReader(out).pages))
    assert "بيانات المشروع" in text and "المرفق: جدول تنفيذ التوصيات" in text
    assert "تضم هذه المجموعة التوصيات" in text
    assert f"{view.words('ar'):,}" in text


LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(
    LIBREOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
)
def test_libreoffice_opens_the_document_right_to_left_with_its_font(
    draft: tuple[Any, Any], tmp_path: Path
) -> None:
    view, matrix = draft
    source = write_docx(
        view, matrix, tmp_path / "midterm.docx", DocxOptions("ar", COMMITTEE, date(2026, 11, 29))
    )
    subprocess.run(
        [
            LIBREOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "midterm.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Amiri-Regular" in fonts and "Amiri-Bold" in fonts  # the embedded font, not a substitute
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "38.5" in layout and "2026-11-26" in layout
    # Laid out right to left: the number of the first paragraph ("1-") stands at the right margin
    # (an A4 page is 595 pt wide; the left-to-right English document puts "1." at 71 pt).
    words = subprocess.run(
        ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    labels = [
        float(x) for x, w in re.findall(r'xMin="([\d.]+)"[^>]*>([^<]+)</word>', words) if w in ("1", "1-")
    ]
    assert labels and max(labels) > 480
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 3 and all(p.stat().st_size > 10_000 for p in pages)
