"""The sample reports read back as a committee member would check them."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

from nrtd_desktop.reports.arabic_text import normalise_extracted
from tests.reports import samples
from tests.reports.conftest import PdfText, pdftotext

PAGE_OF = {"ar": r"صفحة\s*(\d+)\s*من\s*(\d+)", "en": r"Page\s*(\d+)\s*of\s*(\d+)"}


def page_words(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(logical word, x, y) of every word on ``page`` (1-based), from pdftotext's bounding boxes.

    Arabic words come out in visual order (reversed presentation forms): NFKC and reversing
    them gives the logical word back.
    """
    xml = pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    words = []
    for x_min, y_min, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xml):
        if re.search("[\u0600-\u06ff\ufb50-\ufefc]", text):
            text = text[::-1]  # before NFKC, so that a lam-alef ligature decomposes in logical order
        y = float(y_min)
        if 60 < y < 530:  # leave out the running header and footer
            words.append((normalise_extracted(text), float(x_min), y))
    return words


def raw_text(path: Path) -> str:
    """The text in drawing order (pypdf): a left-to-right string comes out exactly as it was drawn.

    pdftotext reorders neutral characters at the ends of lines on right-to-left pages, so it
    cannot show whether ``<img .../>`` was printed literally.
    """
    return " ".join(normalise_extracted(page.extract_text()) for page in pypdf.PdfReader(path).pages)


def table_pages(pdf: PdfText) -> list[int]:
    """Indexes of the pages that show rows of the long table."""
    return [i for i, text in enumerate(pdf.pages) if "REC-" in text]


def test_arabic_phrases_come_back_in_logical_order(arabic_report: PdfText) -> None:
    text = arabic_report.all()
    w = samples.AR
    phrases = [w["committee"], w["title"], w["subtitle"], *w["headings"], *w["sentences"][:3], *w["headers"]]
    phrases += [*w["entities"], w["action"], *w["themes"], *w["positions"], *w["figures"]]
    phrases += ["جمادى الآخرة", "نوفمبر"]
    missing = [p for p in phrases if p not in text]
    assert not missing


def test_english_phrases_come_back(english_report: PdfText) -> None:
    text = english_report.all()
    w = samples.EN
    phrases = [w["committee"], w["title"], *w["headings"], *w["sentences"], *w["headers"], w["action"],
               *w["themes"], "29 November 2026", "Jumada al-Akhirah 1448 AH"]
    assert [p for p in phrases if p not in text] == []


def test_every_page_but_the_cover_says_page_x_of_total(report: tuple[str, PdfText]) -> None:
    lang, pdf = report
    total = len(pdf.pages)
    assert total > 20
    assert not re.search(PAGE_OF[lang], pdf.pages[0]), "the cover carries no page number"
    for index, text in enumerate(pdf.pages[1:], start=2):
        found = re.findall(PAGE_OF[lang], text)
        assert found == [(str(index), str(total))], (index, found)
    assert re.search(PAGE_OF[lang], pdf.pages[-1]).groups() == (str(total), str(total))  # type: ignore[union-attr]


def test_running_header_names_committee_and_report(report: tuple[str, PdfText]) -> None:
    lang, pdf = report
    w = samples.words(lang)
    for text in pdf.pages[1:]:
        assert str(w["committee"]) in text and str(w["title"]) in text


def test_fonts_are_embedded_amiri_subsets(report: tuple[str, PdfText]) -> None:
    _, pdf = report
    reader = pypdf.PdfReader(pdf.path)
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+Amiri-(Regular|Bold)", name), name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"
            seen.add(name.split("+")[1])
    assert seen == {"Amiri-Regular", "Amiri-Bold"}


def test_long_table_repeats_its_header_on_every_page(report: tuple[str, PdfText]) -> None:
    lang, pdf = report
    pages = table_pages(pdf)
    assert len(pages) >= 10
    for index in pages:
        for header in samples.words(lang)["headers"]:  # type: ignore[union-attr]
            assert header in pdf.pages[index], (index + 1, header)


CONTINUED = {"ar": "(تابع)", "en": "(continued)"}


def test_every_table_row_is_printed_once_in_order(report: tuple[str, PdfText]) -> None:
    """Each row once, in order; a row cut across two pages repeats its reference (issue 20, 6),
    marked as continued, at the top of the second page, and nowhere else."""
    lang, pdf = report
    numbers = [int(n) for n in re.findall(r"REC-(\d{4})", pdf.all())]
    assert list(dict.fromkeys(numbers)) == list(range(samples.TABLE_ROWS))
    repeats = len(numbers) - samples.TABLE_ROWS
    assert repeats > 0  # the sample has rows taller than what is left of a page
    assert pdf.all().count(CONTINUED[lang]) == repeats
    for before, page in zip(pdf.pages, pdf.pages[1:], strict=False):
        if CONTINUED[lang] in page:
            assert re.findall(r"REC-\d{4}", page)[0] == re.findall(r"REC-\d{4}", before)[-1]


def test_table_pages_are_landscape_and_text_pages_portrait(report: tuple[str, PdfText]) -> None:
    lang, pdf = report
    reader = pypdf.PdfReader(pdf.path)

    def landscape(index: int) -> bool:
        box = reader.pages[index].mediabox
        return float(box.width) > float(box.height)

    assert all(landscape(i) for i in table_pages(pdf))
    headings: list[str] = samples.words(lang)["headings"]  # type: ignore[assignment]
    for heading in (headings[0], headings[1], headings[3]):
        index = next(i for i, text in enumerate(pdf.pages) if i > 1 and heading in text)
        assert not landscape(index), heading
    assert not landscape(0) and not landscape(len(pdf.pages) - 1)


def test_arabic_table_columns_run_right_to_left(arabic_report: PdfText) -> None:
    page = table_pages(arabic_report)[1] + 1
    words = page_words(arabic_report.path, page)
    x = {}
    for header in ("الرمز", "التوصية", "الإجراءات", "الملاحظات"):
        x[header] = max(wx for word, wx, _ in words if word == header)
    assert x["الرمز"] > x["التوصية"] > x["الإجراءات"] > x["الملاحظات"]


def test_english_table_columns_run_left_to_right(english_report: PdfText) -> None:
    page = table_pages(english_report)[1] + 1
    x = {word: wx for word, wx, _ in page_words(english_report.path, page)}
    assert x["Reference"] < x["Recommendation"] < x["Actions"] < x["Notes"]


def test_arabic_words_of_a_line_run_right_to_left(arabic_report: PdfText) -> None:
    """The first words of a sentence stand to the right of the following ones."""
    words = page_words(arabic_report.path, 3)
    first, second, third = samples.AR["sentences"][0].split()[:3]  # type: ignore[union-attr]
    line = {w: (x, y) for w, x, y in words if w in (first, second, third)}
    assert line[first][1] == line[second][1] == line[third][1]
    assert line[first][0] > line[second][0] > line[third][0]


def test_contents_list_each_heading_with_its_page(report: tuple[str, PdfText]) -> None:
    lang, pdf = report
    headings: list[str] = samples.words(lang)["headings"]  # type: ignore[assignment]
    words = page_words(pdf.path, 2)
    for heading in headings:
        page = next(i + 1 for i, text in enumerate(pdf.pages) if i > 1 and heading in text)
        first_word = heading.split()[0]
        title_x, title_y = next((x, y) for w, x, y in words if w == first_word)
        numbers = [(w, x) for w, x, y in words if abs(y - title_y) < 2 and w.isdigit()]
        assert [w for w, _ in numbers] == [str(page)], heading
        # The number sits at the end of the reading line: left of the title in Arabic.
        assert (numbers[0][1] < title_x) == (lang == "ar")


def test_outline_lists_the_headings(report: tuple[str, PdfText]) -> None:
    lang, pdf = report
    outline = pypdf.PdfReader(pdf.path).outline
    assert isinstance(outline[1], list), "the level-2 heading is nested under the first one"
    titles = [outline[0].title, outline[1][0].title, *(item.title for item in outline[2:])]  # type: ignore[union-attr]
    assert titles == samples.words(lang)["headings"]


def test_user_text_prints_literally_and_is_never_markup(report: tuple[str, PdfText]) -> None:
    _, pdf = report
    text = raw_text(pdf.path)
    for literal in samples.LITERALS:
        assert text.count(literal) >= 2, literal  # in a body paragraph and in a table cell
    # The <img> tag was not followed: the report holds no image at all (its only drawings are
    # the page-number forms of the footers and the contents).
    for page in pypdf.PdfReader(pdf.path).pages:
        objects = page["/Resources"].get("/XObject") or {}
        assert all(o.get_object().get("/Subtype") == "/Form" for o in objects.values())


def test_a_100000_character_note_prints_whole_in_text_and_capped_in_a_cell(
    report: tuple[str, PdfText],
) -> None:
    lang, pdf = report
    text = pdf.all()
    assert "END-OF-NOTE" in text  # the body paragraph flowed over pages to its very end
    word = str(samples.words(lang)["note_word"])
    # About the whole paragraph, plus the part of the cell that was printed.
    assert text.count(word) > samples.NOTE_LENGTH / (len(word) + 1)
    # NFKC turns the ellipsis into three dots; in Arabic the digits come back beside the colon.
    patterns = {
        "en": r"\(\.\.\. (\d+) more characters not printed\)",
        "ar": r"بقية النص غير مطبوعة\D{0,3}(\d+)",
    }
    pattern = patterns[lang]
    omitted = [int(n) for n in re.findall(pattern, text)]
    assert len(omitted) == 1 and 89_000 < omitted[0] < 91_000
