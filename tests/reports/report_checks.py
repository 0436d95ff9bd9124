"""What the tests of the five reports check on every PDF, as a committee member would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdf

from nrtd_desktop.reports.common_report import ReportOptions
from tests.reports.conftest import PdfText, read_pdf

PAGE_OF = {"ar": r"صفحة\s*(\d+)\s*من\s*(\d+)", "en": r"Page\s*(\d+)\s*of\s*(\d+)"}
COMMITTEE = {
    "ar": "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية",
    "en": "Standing Committee for Preparing Draft National Reports",
}


def make(services: Any, tmp_path: Path, kind: str, lang: str = "ar", **options: Any) -> PdfText:
    """Write the report and read it back (text normalised as in tests/reports/conftest.py)."""
    path = tmp_path / f"{kind}-{lang}.pdf"
    written, pages = services.reports.write(ReportOptions(kind, lang=lang, **options), path)
    assert written == path and path.exists()
    pdf = read_pdf(path)
    assert pages == len(pdf.pages)
    return pdf


_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_SPACE_BEFORE_HARAKA = re.compile("\\s+(?=[\u064b-\u065f\u0670])")
_TOKEN = re.compile(r"[^\W\d_A-Za-z]+|[A-Za-z]+|\d+")  # letters of one script, or digits


def tokens(text: str) -> list[str]:
    """Words as runs of one script, short vowels left out. pdftotext drops the space where an
    Arabic word meets a number or a Latin run ("المادة 1 من" comes back as "المادة 1من") and may set
    a tanween apart from its letter ("تعريف ًا"), so both sides are cut the same way."""
    return _TOKEN.findall(_HARAKAT.sub("", _SPACE_BEFORE_HARAKA.sub("", text)))


def _arabic(token: str) -> bool:
    return not token.isascii()


def in_logical_order(text: str, phrase: str) -> bool:
    """The Arabic words of ``phrase`` appear in ``text`` in the phrase's order, its first three
    Arabic words stand together, and its numbers and Latin words are there too.

    Table cells wrap over several lines and pdftotext may put a line of the next column between
    two of them, so a long cell is checked word by word; a line printed in visual (reversed) order
    fails. Numbers and Latin runs beside Arabic come back reordered by pdftotext ("189 (2011)"
    as "(2011) 189", docs/design/ARABIC.md), so only their presence is checked."""
    found = tokens(text)
    words = [w for w in tokens(phrase) if _arabic(w)]
    others = [w for w in tokens(phrase) if not _arabic(w)]
    arabic_found = [w for w in found if _arabic(w)]
    head = " ".join(words[:3])
    if words and f" {head} " not in f" {' '.join(arabic_found)} ":
        return False
    position = 0
    for word in words:
        try:
            position = arabic_found.index(word, position) + 1
        except ValueError:
            return False
    return set(others) <= set(found)


def missing_phrases(pdf: PdfText, phrases: list[str]) -> list[str]:
    text = pdf.all()
    return [p for p in phrases if p and not in_logical_order(text, p)]


def check_pages(pdf: PdfText, lang: str, cover: bool = True) -> None:
    """The page count of the file, "Page X of Y" on every page but the cover, Y right on the last."""
    reader = pypdf.PdfReader(pdf.path)
    total = len(reader.pages)
    assert total == len(pdf.pages) >= (2 if cover else 1)
    first = 2 if cover else 1
    if cover:
        assert not re.search(PAGE_OF[lang], pdf.pages[0])
    for number, text in enumerate(pdf.pages[first - 1 :], start=first):
        assert re.findall(PAGE_OF[lang], text) == [(str(number), str(total))], number
    assert COMMITTEE[lang] in pdf.pages[0]


def check_fonts_embedded(path: Path) -> None:
    seen = set()
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+Amiri-(Regular|Bold)", name), name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"
            seen.add(name)
    assert seen


def raw_text(path: Path) -> str:
    """The text in drawing order (pypdf), to see left-to-right literals exactly as drawn."""
    from nrtd_desktop.reports.arabic_text import normalise_extracted

    return " ".join(normalise_extracted(page.extract_text()) for page in pypdf.PdfReader(path).pages)


def has_images(path: Path) -> bool:
    for page in pypdf.PdfReader(path).pages:
        objects = page["/Resources"].get("/XObject")
        if objects and any(o.get_object().get("/Subtype") == "/Image" for o in objects.values()):
            return True
    return False
