"""Arabic and mixed text for the PDF: wrap in logical order, then shape and order each line.

ReportLab cannot lay out Arabic by itself (see docs/design/ARABIC.md). The recipe that works:

1. split the logical text into words, binding short Latin/number runs such as "(SDG 16)" with
   no-break spaces so that a bracket never lands on another line;
2. measure each word *after* joining its letters (arabic-reshaper), with the real font, and
   break lines greedily at the width the flowable was given;
3. only then turn each line into visual order with python-bidi (``bidi.algorithm.get_display``,
   which mirrors brackets; the top-level ``bidi.get_display`` of 0.6 does not).

Everything here is plain strings: no ReportLab markup is ever parsed, so user text such as
``<img src='/etc/passwd'/>`` or ``S&P 500`` prints literally.

The caches matter: a 1,000-row Arabic plan repeats the same words and short cells thousands of
times, and reshaping + bidi cost about 1 s per 1,000 rows without them (docs/design/PERFORMANCE.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nrtd_desktop.domain.bidi import LTR_TOKEN, RTL_LETTERS
from nrtd_desktop.domain.lang import Lang

NBSP = "\u00a0"
LRE, PDF = "\u202a", "\u202c"  # a left-to-right embedding around a Latin run, for python-bidi
LRO = "\u202d"
RLM = "\u200f"  # on both sides of an embedding, so that it acts as an isolate (python-bidi has none)
# Drawn right after a lam-alef ligature: a zero-width glyph that reads back as the lam, so that
# every drawn glyph stands for exactly one letter (see ``fonts.LogicalTTFont``).
LAM_MARK = "\ue644"
# A bracket drawn mirrored in right-to-left text is written as its alias: a code that draws the
# mirrored glyph but reads back as the bracket typed, so "(تابع)" copies as "(تابع)", not ")تابع(".
MIRROR_BASE = 0xE000
MIRRORABLE = "()[]{}«»<>"
_ALIAS = str.maketrans({ch: chr(MIRROR_BASE + ord(ch)) for ch in MIRRORABLE})
_DRAWN = str.maketrans(
    {chr(MIRROR_BASE + ord(ch)): m for ch, m in zip(MIRRORABLE, ")(][}{»«><", strict=True)}
)

# Anything strongly right-to-left, as the window isolates it (domain/bidi.py).
_RTL = RTL_LETTERS
_RTL_CHAR = re.compile(f"[{_RTL}]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_LATIN_WORD = re.compile("(?<![A-Za-z\u00c0-\u024f])[A-Za-z\u00c0-\u024f]{2,}")
# C0/C1 controls and the bidi embedding/override/isolate marks: they would either print as boxes
# or let a user's text reorder the rest of the line. Newlines and tabs are handled before this.
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A zero-width joiner outside Arabic (between the parts of an emoji): Amiri draws it as a symbol.
_STRAY_ZWJ = re.compile(f"(?<![{_RTL}])\u200d|\u200d(?![{_RTL}])")
# A "Latin run": two to four space-separated tokens with no Arabic letter, at most 32 characters,
# e.g. "(SDG 16)", "UPR 4th cycle", "A/HRC/52/10 para. 122.45". Longer English sentences stay
# breakable, otherwise a quoted English paragraph would become one unbreakable word.
_LATIN_TOKEN = f"[^\\s{_RTL}]+"
_LATIN_RUN = re.compile(f"{_LATIN_TOKEN}(?: {_LATIN_TOKEN}){{1,3}}")
_MAX_BOUND_RUN = 32
# "1448 هـ", "2026 م", "١٤٤٨ هـ": the era letter never starts a line of its own.
_ERA = re.compile("([0-9\u0660-\u0669]) (هـ|م|AH|CE)(?=$|[\\s.,،؛:)])")
# A left-to-right token inside right-to-left text, the same the window isolates (domain/bidi.py):
# no Arabic letter, and at least one Latin letter or Western digit ("UPR-4-38.5", "16.a",
# "A/HRC/52/10", "info@hrc.gov.sa", "40%", "2027-01-15"). The PDF embeds each run of them.
_LTR_TOKEN = LTR_TOKEN
_LTR_RUN = re.compile(f"{_LTR_TOKEN}(?:[ {NBSP}]+{_LTR_TOKEN})*")
# A date written with Arabic-Indic digits keeps the left-to-right arrangement of a Western one.
_INDIC_DATE = re.compile("[\u0660-\u0669]{4}-[\u0660-\u0669]{2}-[\u0660-\u0669]{2}")
_OPENERS, _CLOSERS = "([{«\"'“‘", ")]}»\"'”’"
_TRAILING = ".,;:!?،؛؟" + _CLOSERS
# Lines made only of these need no bidi algorithm: in a right-to-left line every one of them
# resolves to the right-to-left level, so the visual line is the reversed line, brackets mirrored.
_PLAIN_RTL = re.compile(
    "[\u0600-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
    " \u00a0.,;:!?،؛؟()\\[\\]{}«»\"'/\\-–—•…*]*"
)
_LIST_NUMBER = re.compile(f"[0-9]+[.)][ {NBSP}]+(?=\\S)")
_LAM_ALEF = re.compile("([\ufef5-\ufefc])")


def has_rtl(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


def base_direction(text: str, lang: Lang) -> str:
    """"R" or "L": the direction of one paragraph (hard line) of ``text`` in a ``lang`` report.

    The Unicode rule (first strong letter) gets "UPR هو ..." wrong in an Arabic report, so the
    report language decides unless the text is clearly of the other script: in an Arabic report a
    line without Arabic letters and with at least two Latin words ("Ministry of Justice", an
    English recommendation) is laid out left to right; a code alone ("UPR-3-122.45", "A/HRC/52/10")
    follows the report. In an English report a line with Arabic and no Latin letter is right to
    left.
    """
    if lang == "ar":
        if has_rtl(text):
            return "R"
        return "L" if len(_LATIN_WORD.findall(text)) >= 2 else "R"
    return "L" if _LATIN_LETTER.search(text) or not has_rtl(text) else "R"


@lru_cache(maxsize=1)
def _font_coverage() -> frozenset[int]:
    """The code points the report font can draw (Amiri regular and bold cover the same)."""
    from reportlab.pdfbase import pdfmetrics

    from nrtd_desktop.reports.fonts import REGULAR, register_fonts

    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


_replacements: dict[str, str] = {}


def _replacement(ch: str) -> str:
    """What a character the font cannot draw becomes: nothing for emoji, pictographs and their
    joiners and variation selectors (a box means nothing on paper), "?" for a letter of another
    script (so that something visibly stands in its place)."""
    found = _replacements.get(ch)
    if found is None:
        if ord(ch) in _font_coverage() or ch in "\n\u00a0":
            found = ch
        elif unicodedata.category(ch)[0] in "LN":
            found = "?"
        else:  # So, Sk, Mn (variation selectors, keycaps), Cf (ZWJ, tags), Co, Cn ...
            found = ""
        _replacements[ch] = found
    return found


def clean_text(value: object) -> str:
    """User text as printable logical text: line ends unified, tabs as spaces, controls removed,
    characters the font has no glyph for (emoji) removed or replaced."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _CONTROL.sub("", text)
    if text.isascii():
        return text
    if "\u200d" in text:
        text = _STRAY_ZWJ.sub("", text)
    missing = [ch for ch in set(text) if not ch.isascii() and _replacement(ch) != ch]
    if missing:
        text = text.translate({ord(ch): _replacements[ch] for ch in missing})
    return text


def bind_latin_runs(line: str) -> str:
    """Join short Latin/number runs (and a date's era letter) with no-break spaces so that they
    wrap as one word."""

    def bind(match: re.Match[str]) -> str:
        run = match.group(0)
        return run.replace(" ", NBSP) if len(run) <= _MAX_BOUND_RUN else run

    if not has_rtl(line):
        return _ERA.sub(f"\\1{NBSP}\\2", line)
    return _ERA.sub(f"\\1{NBSP}\\2", _LATIN_RUN.sub(bind, line))


@lru_cache(maxsize=1)
def _reshaper():  # type: ignore[no-untyped-def]
    from arabic_reshaper import ArabicReshaper

    # Harakat are kept (a name with a shadda must print with it); the lam-alef ligatures stay on
    # (they are obligatory in Arabic and Amiri has them); the word ligature of "الله" is off: it
    # is one glyph for four letters, which no PDF reader can turn back into the letters.
    return ArabicReshaper(
        configuration={
            "delete_harakat": False,
            "support_ligatures": True,
            "ARABIC LIGATURE ALLAH": False,
        }
    )


@lru_cache(maxsize=100_000)
def reshape_word(word: str) -> str:
    """Join the letters of one word (contextual forms and lam-alef ligatures)."""
    if not has_rtl(word):
        return word
    shaped: str = _reshaper().reshape(word)
    return shaped


@lru_cache(maxsize=100_000)
def word_width(word: str, font_name: str, font_size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width: float = stringWidth(reshape_word(word), font_name, font_size)
    return width


def _embed(match: re.Match[str]) -> str:
    """A Latin run inside right-to-left text, wrapped in a left-to-right embedding. Brackets and
    punctuation at its ends stay outside: they belong to the Arabic sentence and are drawn
    mirrored ("(SDG 16)" looks the same either way, but only so does "(720)" copy back as typed)."""
    run = match.group(0)
    number = _LIST_NUMBER.match(run)  # "1. 2024-03-01": the action's number stays on the right
    if number:
        rest = _LTR_RUN.match(run, number.end())
        return number.group(0) + (_embed(rest) if rest and rest.end() == len(run) else run[number.end():])
    start, end = 0, len(run)
    while start < end and run[start] in _OPENERS:
        start += 1
    while end > start and run[end - 1] in _TRAILING:
        closer = run[end - 1]
        if closer in _CLOSERS and _OPENERS[_CLOSERS.index(closer)] in run[start : end - 1]:
            break  # "A/HRC/52/10(a)": the bracket is part of the code
        end -= 1
    if start == end:
        return run
    return f"{run[:start]}{RLM}{LRE}{run[start:end]}{PDF}{RLM}{run[end:]}"


@lru_cache(maxsize=20_000)  # repeated lines (headers, labels, short cells); most lines are unique
def visual_line(line: str, direction: str) -> str:
    """One logical line as it is drawn left to right: letters joined, runs ordered by bidi.

    In a right-to-left line every Latin run (codes, references, SDG targets such as "16.a",
    e-mail addresses, numbers with their signs) is embedded left to right first, so that python-
    bidi cannot tear it apart ("a.16", "%40"). A lam-alef ligature is followed by ``LAM_MARK``.
    """
    if direction == "L" and not has_rtl(line):
        return line.replace(NBSP, " ")  # nothing to reorder (in a right-to-left paragraph, a
        # Latin-only line still needs bidi: its final full stop belongs on the left)
    shaped = " ".join(reshape_word(word) for word in line.split(" "))
    visual: str | None
    if direction == "R" and _PLAIN_RTL.fullmatch(line):
        visual = shaped[::-1].translate(_ALIAS)
    else:
        visual = None
        if direction == "R":
            shaped = _LTR_RUN.sub(_embed, shaped)
            # Arabic-Indic digits stay right-to-left inside an embedding: a date needs an override.
            shaped = _INDIC_DATE.sub(f"{RLM}{LRO}\\g<0>{PDF}{RLM}", shaped)
            visual = _embedded_display(shaped)
        if visual is None:
            visual = _display(shaped, direction).replace(RLM, "")
    # NBSP kept through bidi (it keeps the run together); drawn as a plain space.
    return _LAM_ALEF.sub(f"\\1{LAM_MARK}", visual.replace(NBSP, " "))


# Right-to-left text whose only left-to-right parts are embedded runs and the digits of a list
# number: everything outside the runs and digits resolves to the right-to-left level.
_EMBEDDED_PART = re.compile(f"{RLM}{LRE}([^{PDF}]*){PDF}{RLM}|([0-9]+)")
_OUTSIDE_PLAIN = re.compile(
    "[\u0600-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
    " \u00a0.,;:!?،؛؟()\\[\\]{}«»\"'/\\-–—•…*]*"
)


def _embedded_display(text: str) -> str | None:
    """The visual order of a right-to-left line prepared by ``visual_line`` (Latin runs embedded),
    without the bidi algorithm: its units (a character, an embedded run, a number) in reverse
    order, right-to-left brackets as their mirroring aliases. None when the line holds anything
    else that is not right to left (then python-bidi decides). Equal to ``_display``'s result,
    checked in tests/reports/test_arabic_text.py, and several times faster."""
    units: list[str] = []
    position = 0
    for match in _EMBEDDED_PART.finditer(text):
        outside = text[position : match.start()]
        if not _OUTSIDE_PLAIN.fullmatch(outside):
            return None
        units.extend(outside.translate(_ALIAS))
        units.append(match.group(1) if match.group(1) is not None else match.group(2))
        position = match.end()
    rest = text[position:]
    if not _OUTSIDE_PLAIN.fullmatch(rest):
        return None
    units.extend(rest.translate(_ALIAS))
    return "".join(reversed(units))


def _display(text: str, direction: str) -> str:
    """python-bidi's ``get_display`` (the reference algorithm of ``bidi.algorithm``), except that a
    bracket at a right-to-left level is written as its mirroring alias instead of the other
    bracket (see ``MIRROR_BASE``)."""
    from bidi import algorithm as bidi

    storage = bidi.get_empty_storage()
    level = bidi.PARAGRAPH_LEVELS[direction]
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    bidi.get_embedding_levels(text, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    bidi.reorder_resolved_levels(storage, False)
    chars = storage["chars"]
    for char in chars:
        if char["level"] % 2 and char["ch"] in MIRRORABLE:
            char["ch"] = char["ch"].translate(_ALIAS)
    return "".join(char["ch"] for char in chars)


def drawn(visual: str) -> str:
    """What a visual line looks like on paper, as plain characters (mirroring aliases shown as the
    bracket they draw, lam marks left out): for tests and for comparing with python-bidi."""
    return visual.translate(_DRAWN).replace(LAM_MARK, "")


def line_width(line: str, font_name: str, font_size: float) -> float:
    space = word_width(" ", font_name, font_size)
    words = line.split(" ")
    return sum(word_width(w, font_name, font_size) for w in words) + space * (len(words) - 1)


def _measure(text: str, font_name: str, font_size: float) -> float:
    """Width of a string that is not worth caching (pieces of an over-long word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width: float = stringWidth(_reshaper().reshape(text) if has_rtl(text) else text, font_name, font_size)
    return width


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


def wrap_paragraphs(
    text: str, lang: Lang, font_name: str, font_size: float, max_width: float
) -> list[tuple[str, str]]:
    """``wrap_logical`` with the direction of each line: that of the hard line it comes from, so
    an English recommendation in an Arabic table cell is laid out left to right under an Arabic
    line of the same cell."""
    out: list[tuple[str, str]] = []
    for hard_line in text.split("\n"):
        direction = base_direction(hard_line, lang)
        out.extend((line, direction) for line in wrap_logical(hard_line, font_name, font_size, max_width))
    return out


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
