"""Line preparation for Arabic and mixed text: wrapping in logical order, then shaping per line."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.fonts import REGULAR, register_fonts

SENTENCE = (
    "توصي اللجنة بتعزيز الإطار المؤسسي لحقوق الإنسان (SDG 16) وفقاً للتوصية 122.45 من الاستعراض "
    "الدوري الشامل UPR في الجولة الرابعة مع متابعة التنفيذ مع الجهات المعنية"
)


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()


@pytest.mark.parametrize("width", [60.0, 120.0, 200.0, 400.0])
def test_wrapped_lines_fit_and_keep_every_word_in_order(width: float) -> None:
    lines = at.wrap_logical(SENTENCE, REGULAR, 10, width)
    assert all(at.line_width(line, REGULAR, 10) <= width for line in lines)
    assert " ".join(lines).replace(at.NBSP, " ").split() == SENTENCE.split()


@pytest.mark.parametrize("width", [80.0, 110.0, 150.0, 230.0])
def test_a_latin_run_in_brackets_never_breaks_across_lines(width: float) -> None:
    lines = at.wrap_logical(SENTENCE, REGULAR, 10, width)
    assert [line for line in lines if "(SDG" in line] == [line for line in lines if "16)" in line]


def test_the_first_words_are_on_the_first_line() -> None:
    """Bidi over the whole paragraph would put the last words first (ARABIC.md)."""
    lines = at.wrap_logical(SENTENCE, REGULAR, 10, 150)
    assert lines[0].startswith("توصي اللجنة")
    assert lines[-1].endswith("المعنية") and "المعنية" not in lines[0]


def test_a_visual_line_is_joined_and_reversed() -> None:
    visual = at.visual_line("حقوق الإنسان", "R")
    # Joined letters are presentation forms; the last word is drawn first (leftmost).
    assert all("\ufe70" <= ch <= "\ufefc" or ch == " " for ch in visual)
    assert visual.split(" ")[0] == at.reshape_word("الإنسان")[::-1]


def test_brackets_are_mirrored_and_numbers_keep_their_digit_order() -> None:
    visual = at.visual_line("التوصية (46) بتاريخ 2027-01-15", "R")
    assert "(46)" in visual  # the bracket pair reads correctly once drawn left to right
    assert "2027-01-15" in visual


def test_english_lines_are_left_alone() -> None:
    assert at.visual_line("S&P 500 <img src='x'/>", "L") == "S&P 500 <img src='x'/>"


def test_a_word_longer_than_the_line_is_cut_into_pieces_that_fit() -> None:
    for word in ("A" * 5000, "ب" * 5000, "https://example.org/" + "x" * 400):
        lines = at.wrap_logical(word, REGULAR, 10, 150)
        assert "".join(lines) == word
        assert all(at.line_width(line, REGULAR, 10) <= 150 for line in lines)


def test_line_breaks_and_blank_lines_are_kept() -> None:
    assert at.wrap_logical("أولاً\n\nثانياً", REGULAR, 10, 300) == ["أولاً", "", "ثانياً"]


def test_controls_and_bidi_overrides_in_user_text_are_removed() -> None:
    assert at.clean_text("a\u202eb\u0007c\r\nd\te") == "abc\nd    e"


@pytest.mark.parametrize(
    ("text", "lang", "direction"),
    [("UPR هو الاستعراض", "ar", "R"), ("Ministry of Justice", "ar", "L"), ("2026", "ar", "R"),
     ("وزارة العدل", "en", "R"), ("UPR هو الاستعراض", "en", "L"), ("2026", "en", "L")],
)
def test_paragraph_direction_follows_the_report_language(text: str, lang: str, direction: str) -> None:
    assert at.base_direction(text, lang) == direction


def test_amiri_has_every_glyph_the_reshaper_produces() -> None:
    """ReportLab drops missing glyphs silently: check the font covers the shaped text."""
    from arabic_reshaper.letters import LETTERS_ARABIC
    from arabic_reshaper.ligatures import LIGATURES

    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    forms = {ch for _, (_, shapes) in LIGATURES for ch in shapes if ch}
    forms |= {ch for _, shapes in LETTERS_ARABIC.items() for ch in shapes if ch}
    shaped = at.visual_line(SENTENCE + " حُقُوقُ الإِنْسَانِ لا لأ ﷲ", "R")
    missing = sorted(hex(ord(ch)) for ch in forms | set(shaped) if ord(ch) not in cmap and ch != " ")
    assert missing == []
