"""``nrtd manual OUT.pdf --lang ar|en``: the guide printed for the committee's training, as a
trainer checks it: every chapter in the contents and on its page, the pictures, "page X of Y"."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from nrtd_desktop.cli.main import main
from nrtd_desktop.guide.content import load_guide
from tests.reports.conftest import read_pdf
from tests.reports.report_checks import PAGE_OF, tokens


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(tmp_path / "config"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_manual_has_every_chapter_in_its_contents_and_numbered_pages(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"manual-{lang}.pdf"
    assert main(["manual", str(out), "--lang", lang]) == 0
    pdf = read_pdf(out)
    chapters = load_guide(lang)
    assert len(pdf.pages) >= len(chapters) + 2  # a cover, the contents, a page or more a chapter
    said = capsys.readouterr().err
    assert str(len(pdf.pages)) in said and str(out) in said

    # The contents (pages 2-3) list every chapter, with the page it starts on.
    # Words compared as runs of one script: pdftotext sets "السجل: تصنيف" as "السجل : تصنيف",
    # and may join a heading to the line under it ("البدءيحفظ").
    def holds(page: str, title: str) -> bool:
        return f" {' '.join(tokens(title))}" in f" {' '.join(tokens(page))}"

    contents = " ".join(pdf.pages[1:3])
    for chapter in chapters:
        assert holds(contents, chapter.title), chapter.title

    # The outline (the PDF's bookmarks) holds the chapters in order, each on the page that prints it.
    reader = pypdf.PdfReader(out)
    outline = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title.split(" ", 1)[1] for item in outline] == [c.title for c in chapters]
    starts = [reader.get_destination_page_number(item) + 1 for item in outline]
    assert starts == sorted(starts) and starts[0] > 2
    for chapter, start in zip(chapters, starts, strict=True):
        assert holds(pdf.pages[start - 1], chapter.title), (chapter.title, start)

    # Every body page says "page X of Y" with the right X and Y.
    for number, page in enumerate(pdf.pages[1:], start=2):
        found = re.search(PAGE_OF[lang], page)
        assert found and (int(found.group(1)), int(found.group(2))) == (number, len(pdf.pages)), page[-80:]

    # Every picture of the guide is printed.
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures == sum(len(c.images) for c in chapters)


def test_the_arabic_manual_reads_in_logical_order(tmp_path: Path) -> None:
    out = tmp_path / "manual.pdf"
    assert main(["manual", str(out), "--lang", "ar"]) == 0
    text = read_pdf(out).all()
    assert "دليل المستخدم" in text  # the cover
    assert " ".join(tokens("يُحفظ الاستيراد كاملاً أو لا يُحفظ منه شيء")) in " ".join(tokens(text))
    assert "الاستعراض الدوري الشامل" in text and "Universal Periodic Review" in text  # the glossary
