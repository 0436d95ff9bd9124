"""Direction isolation of left-to-right runs inside right-to-left text, and the other way round.

One place for what the window (and the exports) do with codes, paths, references, SDG targets,
e-mail addresses and English phrases inside Arabic text. Without isolation the Unicode
bidirectional algorithm lets the neighbouring Arabic decide the order of a run's parts: "1.a"
shows as "a.1", "/tmp/x.csv" as "tmp/x.csv/", "2026-11-29 09:21" as "09:21 2026-11-29".
Each run is wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (Unicode 6.3; Qt 6 lays
them out, measured with PySide6 6.12), so it keeps its own order and does not reorder the text
around it. Brackets and punctuation at a run's ends stay outside: they belong to the sentence
("(SDG 16)", "… UPR-3-122.45.").

The PDFs cannot use isolates (python-bidi has none): ``reports/arabic_text.py`` embeds the same
runs, found with the same :data:`LTR_RUN`, between RLMs.

Qt-free: the window, the exporters and the reports share it.
"""

from __future__ import annotations

import re

from nrtd_desktop.domain.lang import Lang

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"
NBSP = "\u00a0"
# Arabic letters (base block, supplement, extended-A, presentation forms) and Hebrew/Syriac/Thaana:
# anything strongly right-to-left.
RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_CHAR = re.compile(f"[{RTL_LETTERS}]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_LATIN_WORD = re.compile("(?<![A-Za-z\u00c0-\u024f])[A-Za-z\u00c0-\u024f]{2,}")
_FIRST_STRONG = re.compile(f"[A-Za-z\u00c0-\u024f{RTL_LETTERS}]")
# A left-to-right token: no right-to-left letter, and at least one Latin letter or Western digit
# ("UPR-4-38.5", "16.a", "A/HRC/52/10", "info@hrc.gov.sa", "40%", "2027-01-15", "/tmp/a b.csv").
LTR_TOKEN = f"[^\\s{RTL_LETTERS}]*[A-Za-z0-9\u00c0-\u024f][^\\s{RTL_LETTERS}]*"
OPENERS, CLOSERS = "([{«\"'“‘", ")]}»\"'”’"
# Such tokens separated by spaces: one run ("Ministry of Justice", "2026-11-29 09:21"). A token
# that opens a bracket starts a run of its own: in "2026-11-29 (1448/06/19 هـ)" the bracket
# belongs to the Arabic sentence around the Hijri date, not to the Gregorian one.
_OPENER = re.escape(OPENERS)
LTR_RUN = re.compile(f"{LTR_TOKEN}(?:[ {NBSP}]+(?![{_OPENER}]){LTR_TOKEN})*")
TRAILING = ".,;:!?،؛؟" + CLOSERS
# The marks this module (and others) may have put into a text.
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def has_rtl(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


def ltr(text: str) -> str:
    """The whole text as one left-to-right run (a path, a code, a date and time, "0.5 MB")."""
    return f"{LRI}{text}{PDI}" if text else text


def rtl(text: str) -> str:
    return f"{RLI}{text}{PDI}" if text else text


def isolate(text: str) -> str:
    """The whole text isolated in the direction of its first letter (a value of unknown language
    placed in a sentence: "=cmd…" stays left to right, an Arabic value right to left). Written with
    LRI/RLI rather than FSI, which some Qt widgets ignore."""
    if not text:
        return text
    match = _FIRST_STRONG.search(text)
    if match is None or not has_rtl(match.group()):
        return ltr(text)
    return rtl(isolate_runs(text))


def _isolate_run(match: re.Match[str]) -> str:
    run = match.group(0)
    start, end = 0, len(run)
    while start < end and run[start] in OPENERS:
        start += 1
    while end > start and run[end - 1] in TRAILING:
        closer = run[end - 1]
        if closer in CLOSERS and OPENERS[CLOSERS.index(closer)] in run[start:end - 1]:
            break  # "A/HRC/52/10(a)": the bracket is part of the code
        end -= 1
    if start == end or run[start:end].isdigit():
        return run  # a plain number keeps its place by itself
    return f"{run[:start]}{LRI}{run[start:end]}{PDI}{run[end:]}"


# A part already isolated by whoever composed the text (a path put in a sentence with ltr()).
_ISOLATED = re.compile(f"[{LRI}{RLI}{FSI}][^{LRI}{RLI}{FSI}{PDI}]*{PDI}")


def isolate_runs(text: str) -> str:
    """Every left-to-right run inside right-to-left text isolated; a text without right-to-left
    letters is returned as it is (nothing around it to reorder it). Parts isolated already are
    kept as they are."""
    if not text or not has_rtl(text):
        return text
    parts, done = [], 0
    for found in _ISOLATED.finditer(text):
        parts.append(LTR_RUN.sub(_isolate_run, text[done:found.start()]))
        parts.append(found.group(0))
        done = found.end()
    parts.append(LTR_RUN.sub(_isolate_run, text[done:]))
    return "".join(parts)


def is_latin_text(text: str) -> bool:
    """No right-to-left letter and at least two Latin words: an English phrase or sentence (a code
    alone, "UPR-3-122.45", is not: it follows the text around it)."""
    return not has_rtl(text) and len(_LATIN_WORD.findall(text)) >= 2


def for_display(text: str, lang: Lang) -> str:
    """``text`` ready to be shown in a ``lang`` window whose paragraphs take the window's direction
    (table cells, list items, labels).

    Arabic window: a text without Arabic letters (a code, a path, a date and time, an English
    sentence) is one left-to-right run: "16.a" alone in a right-to-left cell would read "a.16",
    "2026-11-29 09:21" would read "09:21 2026-11-29", an English sentence would have its full stop
    at its start. A text with Arabic letters has its left-to-right runs isolated. English window:
    a text that starts in Arabic is one right-to-left run (its words keep their order), its Latin
    runs isolated inside.
    """
    if not text or _ISOLATED.fullmatch(text):
        return text  # nothing, or isolated already by whoever composed it
    if lang == "ar":
        if not has_rtl(text):
            return text if text.strip().isdigit() else ltr(text)
        return isolate_runs(text)
    if has_rtl(text):
        first = _FIRST_STRONG.search(text)
        if first is not None and has_rtl(first.group()):
            return rtl(isolate_runs(text))
    return text  # English, or an English sentence quoting Arabic words: its own direction


def strip_marks(text: str) -> str:
    """The text without direction marks, embeddings and isolates (what a person typed)."""
    return _MARKS.sub("", text)


_ISOLATES = re.compile(f"[{LRI}{RLI}{FSI}{PDI}]")


def strip_isolates(text: str) -> str:
    """The text without the isolates :func:`isolate_runs` adds (a cell of the program's own
    workbook read back as typed; marks a person typed, LRM and RLM, stay)."""
    return _ISOLATES.sub("", text) if max(text, default="\0") >= "\u2066" else text
