"""Line preparation for Arabic and mixed text: wrapping in logical order, then shaping per line."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from nrtd_desktop.reports import arabic_text as at
from nrtd_desktop.reports.fonts import REGULAR, register_fonts
from tests.tools import require

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
    """Bidi over the whole paragraph would put the last words first (docs/design/ARABIC.md)."""
    lines = at.wrap_logical(SENTENCE, REGULAR, 10, 150)
    assert lines[0].startswith("توصي اللجنة")
    assert lines[-1].endswith("المعنية") and "المعنية" not in lines[0]


def test_a_visual_line_is_joined_and_reversed() -> None:
    visual = at.visual_line("حقوق الإنسان", "R")
    # Joined letters are presentation forms (a lam-alef ligature followed by its lam mark); the
    # last word is drawn first (leftmost).
    assert all("\ufe70" <= ch <= "\ufefc" or ch in (" ", at.LAM_MARK) for ch in visual)
    assert visual.replace(at.LAM_MARK, "").split(" ")[0] == at.reshape_word("الإنسان")[::-1]


def test_brackets_are_mirrored_and_numbers_keep_their_digit_order() -> None:
    visual = at.drawn(at.visual_line("التوصية (46) بتاريخ 2027-01-15", "R"))
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
    shaped = at.drawn(at.visual_line(SENTENCE + " حُقُوقُ الإِنْسَانِ لا لأ ﷲ", "R"))
    missing = sorted(hex(ord(ch)) for ch in forms | set(shaped) if ord(ch) not in cmap and ch != " ")
    assert missing == []


def test_an_english_sentence_under_an_arabic_line_is_laid_out_left_to_right() -> None:
    """Issue 20 (1): the imported UPR Info text in an Arabic table came out right-aligned with its
    full stop at the start of its last line (".children")."""
    from nrtd_desktop.reports.flowables import BidiText, TextStyle

    english = "Ensure access to education for all migrant children."
    cell = BidiText(f"UPR-3-122.45\n{english}\nالاستعراض الدوري الشامل", TextStyle(REGULAR, 9, 13), "ar")
    lines = cell.lines_for(120)
    directions = {line: direction for line, direction, _ in lines}
    english_lines = [line for line, _, _ in lines if line in english]
    assert len(english_lines) > 1 and all(directions[line] == "L" for line in english_lines)
    assert at.visual_line(english_lines[-1], "L").endswith("children.")
    assert directions["الاستعراض الدوري الشامل"] == "R"
    assert directions["UPR-3-122.45"] == "R"  # a code alone follows the report's direction


@pytest.mark.parametrize(
    ("logical", "kept"),
    [
        ("والهدف 16.a من أهداف التنمية", "16.a"),
        ("بنسبة 40% من الإجراءات", "40%"),
        ("التوصية UPR-4-38.5 المقبولة", "UPR-4-38.5"),
        ("راسلوا info@hrc.gov.sa للاستفسار", "info@hrc.gov.sa"),
        ("الوثيقة A/HRC/52/10 الصادرة", "A/HRC/52/10"),
        ("في 2027-01-15 م", "2027-01-15"),
    ],
)
def test_latin_runs_inside_arabic_keep_their_order(logical: str, kept: str) -> None:
    """Issue 20: python-bidi tore "16.a" into "a.16" and "40%" into "%40"; each Latin run is now
    embedded left to right before bidi."""
    assert kept in at.drawn(at.visual_line(logical, "R"))


def test_a_bracket_and_full_stop_around_a_code_belong_to_the_arabic_sentence() -> None:
    visual = at.drawn(at.visual_line("انظر الوثيقة (A/HRC/52/10).", "R"))
    assert visual.startswith(".(A/HRC/52/10)")  # drawn left to right: the sentence ends on the left


def test_the_fast_path_for_plain_arabic_lines_matches_python_bidi() -> None:
    from bidi.algorithm import get_display

    lines = [
        "توصي اللجنة بتعزيز الإطار المؤسسي لحقوق الإنسان، وفقاً للتوصية.",
        "«حماية الطفل» (مشروع نظام) – المرحلة الأولى: الإعداد؛ ثم المراجعة؟",
        "حُقُوقُ الإِنْسَانِ لا سيما الأطفال",
        "يتعلق بـ",
    ]
    for line in lines:
        shaped = " ".join(at.reshape_word(w) for w in line.split(" "))
        assert at.drawn(at.visual_line(line, "R")) == get_display(shaped, base_dir="R")
        assert at.drawn(at._display(shaped, "R")) == get_display(shaped, base_dir="R")


def test_the_era_letter_of_a_date_never_wraps_alone() -> None:
    """Issue 20 (8): «هـ» wrapped alone onto the next line."""
    text = "الموعد النهائي 15 جمادى الآخرة 1448 هـ"
    for width in range(40, 220, 4):
        lines = at.wrap_logical(text, REGULAR, 10, float(width))
        assert "هـ" not in [line.strip() for line in lines]


def test_emoji_are_removed_not_printed_as_boxes() -> None:
    """Issue 20 (8): emoji printed as empty boxes (Amiri has no glyph for them)."""
    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    text = at.clean_text("تم الإنجاز ✅ 👍🏽 في الموعد 🇸🇦 Done 👨‍👩‍👧 ❤️")
    assert all(ord(ch) in cmap or ch in "\n" for ch in text)
    assert text.split() == ["تم", "الإنجاز", "في", "الموعد", "Done"]


def test_the_tatweel_is_drawn_with_a_visible_kashida() -> None:
    """Issue 20 (8): Amiri's tatweel has no width, so «يتعلق بـ» printed a stub letter."""
    assert pdfmetrics.stringWidth("\u0640", REGULAR, 10) > 1.0
    initial_beh = pdfmetrics.stringWidth("\ufe91", REGULAR, 10)
    assert at.reshape_word("بـ") == "\ufe91\u0640"
    assert at.word_width("بـ", REGULAR, 10) - initial_beh > 1.5


def test_copied_text_gives_the_letters_people_type(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 20 (10): copying gave presentation forms (ﺍﻟﻠﺠﻨﺔ) and lam-alef came back reversed."""
    import subprocess

    from reportlab.pdfgen.canvas import Canvas

    lines = [
        "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية",
        "لا سيما الاتفاقية الدولية للأشخاص",
        "حُقُوقُ الإِنْسَانِ",
        "المرحلة (الأولى) من «الخطة»",
    ]
    path = tmp_path / "copy.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(REGULAR, 14)
    for number, line in enumerate(lines):
        canvas.drawString(100, 700 - 30 * number, at.visual_line(line, "R"))
    canvas.save()
    exe = require("pdftotext")
    text = subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert not any("\ufb50" <= ch <= "\ufeff" or "\ue000" <= ch <= "\uf8ff" for ch in text)
    for line in lines:
        assert line in text  # exactly as typed: no normalisation needed


def test_a_date_range_reads_from_the_right_and_the_action_number_starts_the_line() -> None:
    # Drawn left to right: the end date on the left, the start date and then "1." on the right.
    assert at.visual_line("1. 2024-03-01 – 2025-06-30", "R") == "2025-06-30 – 2024-03-01 .1"


def test_an_arabic_indic_date_keeps_the_order_of_a_western_one() -> None:
    assert "٢٠٢٧-٠١-١٥" in at.visual_line("في ٢٠٢٧-٠١-١٥ م", "R")


def test_the_fast_order_of_embedded_lines_matches_python_bidi() -> None:
    """``_embedded_display`` replaces the bidi algorithm for most right-to-left lines: it must give
    exactly what python-bidi gives, on lines mixing every kind of piece."""
    import random

    pieces = [
        "التوصية", "الإنسان", "لا", "سيما", "(SDG 16)", "UPR-4-38.5", "16.a", "40%", "(720)", "2027-01-15",
        "–", "،", ".", "«الخطة»", "(الأولى)", "A/HRC/52/10(a)", "info@hrc.gov.sa", "1.", "12", "3,600,000",
        "UN Women", "؛", ":", "حُقُوقُ", "بـ", "(أ)", "[ملاحظة]", "—", "*", "/",
    ]
    rng = random.Random(20)
    checked = 0
    for _ in range(600):
        line = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        bound = at.bind_latin_runs(line)
        shaped = " ".join(at.reshape_word(w) for w in bound.split(" "))
        embedded = at._LTR_RUN.sub(at._embed, shaped)
        fast = at._embedded_display(embedded)
        if fast is not None:
            checked += 1
            assert fast == at._display(embedded, "R").replace(at.RLM, ""), line
    assert checked > 500
