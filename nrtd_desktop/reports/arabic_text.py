"""Arabic and mixed text for the PDF: wrap in logical order, then shape and order each line.

ReportLab cannot lay out Arabic by itself (see /work/shared/ARABIC.md). The recipe that works:

1. split the logical text into words, binding short Latin/number runs such as "(SDG 16)" with
   no-break spaces so that a bracket never lands on another line;
2. measure each word *after* joining its letters (arabic-reshaper), with the real font, and
   break lines greedily at the width the flowable was given;
3. only then turn each line into visual order with python-bidi (``bidi.algorithm.get_display``,
   which mirrors brackets; the top-level ``bidi.get_display`` of 0.6 does not).

Everything here is plain strings: no ReportLab markup is ever parsed, so user text such as
``<img src='/etc/passwd'/>`` or ``S&P 500`` prints literally.

The caches matter: a 1,000-row Arabic plan repeats the same words and short cells thousands of
times, and reshaping + bidi cost about 1 s per 1,000 rows without them (PERFORMANCE.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NBSP = "\u00a0"

# Arabic letters (base block, supplement, extended-A, presentation forms) and Hebrew/Syriac/Thaana:
# anything strongly right-to-left.
_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
# C0/C1 controls and the bidi embedding/override/isolate marks: they would either print as boxes
# or let a user's text reorder the rest of the line. Newlines and tabs are handled before this.
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A "Latin run": two to four space-separated tokens with no Arabic letter, at most 32 characters,
# e.g. "(SDG 16)", "UPR 4th cycle", "A/HRC/52/10 para. 122.45". Longer English sentences stay
# breakable, otherwise a quoted English paragraph would become one unbreakable word.
_LATIN_TOKEN = "[^\\s\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+"
_LATIN_RUN = re.compile(f"{_LATIN_TOKEN}(?: {_LATIN_TOKEN}){{1,3}}")
_MAX_BOUND_RUN = 32
_ISO_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")


def has_rtl(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


def base_direction(text: str, lang: str) -> str:
    """"R" or "L": the paragraph direction for ``text`` in a report written in ``lang``.

    The Unicode rule (first strong letter) gets "UPR هو ..." wrong in an Arabic report, so the
    report language decides unless the text has no letter of that script at all: an English
    recommendation inside an Arabic plan is laid out left to right, an Arabic entity name
    inside an English report right to left.
    """
    if lang == "ar":
        return "R" if has_rtl(text) or not _LATIN_LETTER.search(text) else "L"
    return "L" if _LATIN_LETTER.search(text) or not has_rtl(text) else "R"


def clean_text(value: object) -> str:
    """User text as printable logical text: line ends unified, tabs as spaces, controls removed."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def bind_latin_runs(line: str) -> str:
    """Join short Latin/number runs with no-break spaces so they wrap as one word."""

    def bind(match: re.Match[str]) -> str:
        run = match.group(0)
        return run.replace(" ", NBSP) if len(run) <= _MAX_BOUND_RUN else run

    return _LATIN_RUN.sub(bind, line) if has_rtl(line) else line


@lru_cache(maxsize=1)
def _reshaper():  # type: ignore[no-untyped-def]
    from arabic_reshaper import ArabicReshaper

    # Harakat are kept (a name with a shadda must print with it); ligatures stay on: Amiri has
    # every presentation form the reshaper emits (checked in tests/reports/test_arabic_text.py).
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


@lru_cache(maxsize=200_000)
def reshape_word(word: str) -> str:
    """Join the letters of one word (contextual forms and lam-alef ligatures)."""
    if not has_rtl(word):
        return word
    return _reshaper().reshape(word)


@lru_cache(maxsize=400_000)
def word_width(word: str, font_name: str, font_size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(reshape_word(word), font_name, font_size)


@lru_cache(maxsize=200_000)
def visual_line(line: str, direction: str) -> str:
    """One logical line as it is drawn left to right: letters joined, runs ordered by bidi."""
    if direction == "L" and not has_rtl(line):
        return line.replace(NBSP, " ")  # nothing to reorder (in a right-to-left paragraph, a
        # Latin-only line still needs bidi: its final full stop belongs on the left)
    from bidi.algorithm import get_display

    # ISO dates keep their digit order (2027-01-15, not 15-01-2027): in Arabic context the
    # hyphen does not hold the numbers together, so they get a left-to-right embedding.
    line = _ISO_DATE.sub("\u202a\\g<0>\u202c", line)
    shaped = " ".join(reshape_word(word) for word in line.split(" "))
    # NBSP kept through bidi (it keeps the run together); drawn as a plain space.
    return get_display(shaped, base_dir=direction).replace(NBSP, " ")


def line_width(line: str, font_name: str, font_size: float) -> float:
    space = word_width(" ", font_name, font_size)
    words = line.split(" ")
    return sum(word_width(w, font_name, font_size) for w in words) + space * (len(words) - 1)


def _measure(text: str, font_name: str, font_size: float) -> float:
    """Width of a string that is not worth caching (pieces of an over-long word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(_reshaper().reshape(text) if has_rtl(text) else text, font_name, font_size)


def _break_long_word(word: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Cut a word wider than the line (a URL, a 100,000-letter paste) into pieces that fit.

    Linear in the word's length: the piece length is guessed from the average glyph width of the
    word's start, then shortened until the piece fits. Such words are rare and never pretty, so
    a line may end a little short of the margin.
    """
    sample = word[:500]
    average = max(_measure(sample, font_name, font_size) / len(sample), font_size * 0.05)
    guess = max(1, int(max_width / average))
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = min(len(word), start + guess)
        while end - start > 1 and _measure(word[start:end], font_name, font_size) > max_width:
            end = start + max(1, int((end - start) * 0.9))
        pieces.append(word[start:end])
        start = end
    return pieces


def _split_too_wide(word: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """The words a too-wide word becomes: a bound Latin run is unbound first, then cut."""
    if NBSP in word:
        out: list[str] = []
        for part in word.split(NBSP):
            out.extend(_split_too_wide(part, font_name, font_size, max_width))
        return out
    if len(word) <= 200 and word_width(word, font_name, font_size) <= max_width:
        return [word]
    return _break_long_word(word, font_name, font_size, max_width)


def wrap_logical(text: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Break cleaned logical text into logical lines no wider than ``max_width`` points.

    Hard line breaks are kept; an empty input line gives an empty output line.
    """
    max_width = max(max_width, font_size)  # a degenerate column still gets one glyph a line
    space = word_width(" ", font_name, font_size)
    lines: list[str] = []
    for hard_line in text.split("\n"):
        words: list[str] = []
        for word in bind_latin_runs(hard_line).split(" "):
            if not word:
                continue
            # Very long "words" are measured without filling the cache with them.
            too_wide = (
                _measure(word, font_name, font_size) > max_width
                if len(word) > 200
                else word_width(word, font_name, font_size) > max_width
            )
            if too_wide:
                words.extend(_split_too_wide(word, font_name, font_size, max_width))
            else:
                words.append(word)
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            width = word_width(word, font_name, font_size)
            if current and current_width + space + width > max_width:
                lines.append(" ".join(current))
                current, current_width = [word], width
            else:
                current_width += width if not current else space + width
                current.append(word)
        if current:
            lines.append(" ".join(current))
    return lines


def fit_line(text: str, font_name: str, font_size: float, max_width: float) -> str:
    """One logical line cut with an ellipsis to fit ``max_width`` (running headers)."""
    text = " ".join(clean_text(text).split())
    if line_width(text, font_name, font_size) <= max_width:
        return text
    words = text.split(" ")
    while len(words) > 1 and line_width(" ".join(words) + " …", font_name, font_size) > max_width:
        words.pop()
    return " ".join(words) + " …"


def normalise_extracted(text: str) -> str:
    """Text pulled out of a PDF, comparable with the logical text that went in (for tests)."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", text)
