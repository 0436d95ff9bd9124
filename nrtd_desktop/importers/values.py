"""Turning cell values into the plain values of a record: text, whole numbers, dates, lists.

A cell can come from a CSV (always text) or a workbook (text, number, date or boolean), so each
function accepts any of them. Functions that can fail raise ``CellError`` with the message key
and parameters of the RowProblem the format module reports.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from typing import Any

# Excel counts days from 1899-12-30 (the 1900 system, with its phantom 29 February 1900 that
# openpyxl's from_excel accounts for) or from 1904-01-01 (old Mac workbooks).
WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
MAC_EPOCH = dt.datetime(1904, 1, 1)
# Serials outside these bounds are not dates a recommendation can carry (1950 to 2100).
_SERIAL_MIN, _SERIAL_MAX = 18264, 73051

# Control characters, and the direction isolates the program's own export puts around Latin runs
# in Arabic text (exporters/xlsx.py): formatting, never part of what a person typed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
_MESSY = re.compile("[\x00-\x1f\x7f\xa0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u2066-\u2069]|  ")
_INLINE_SPACES = re.compile(r"[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]+")


class CellError(ValueError):
    """A value that cannot be read; ``key`` and ``params`` make the RowProblem."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def text(value: Any) -> str | None:
    """The cell as clean text, or None when blank.

    Line breaks are kept (as "\\n": multi-value cells need them), runs of spaces become one
    space, control characters and surrounding spaces go, and the text is NFC-normalised so
    that the same Arabic or accented word has one spelling.
    """
    if value is None:
        return None
    string = value if type(value) is str else _stringify(value)
    # For ASCII, _MESSY's characters are the unprintable ones: two tests in C instead of the
    # regular expression (2 µs on a recommendation's text).
    ascii_clean = string.isascii() and string.isprintable() and "  " not in string
    if ascii_clean or (not string.isascii() and _MESSY.search(string) is None):
        # The common case (one clean line) without the regular expressions below: this runs
        # once per cell, hundreds of thousands of times per import.
        string = string.strip(" ")
        if not string.isascii() and not unicodedata.is_normalized("NFC", string):
            string = unicodedata.normalize("NFC", string)
        return string or None
    string = _NEWLINES.sub("\n", string)
    string = _CONTROL.sub("", string)
    string = unicodedata.normalize("NFC", string)
    lines = [_INLINE_SPACES.sub(" ", line).strip() for line in string.split("\n")]
    cleaned = "\n".join(lines).strip()
    return cleaned or None


def _stringify(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    return str(value)


def one_line(value: Any) -> str | None:
    """Text with its line breaks made spaces (names, symbols, single values)."""
    cleaned = text(value)
    return " ".join(cleaned.split()) if cleaned else None


@functools.lru_cache(maxsize=2048, typed=True)
def whole_number(value: Any, field: str, low: int | None = None, high: int | None = None) -> int | None:
    """A whole number from 17, 17.0, "17", " 17 "; None when blank.

    Cached: a column of sessions or categories holds a handful of distinct values.
    """
    if type(value) is str and value.isascii() and value.isdigit():
        value = int(value)  # the common case, without the checks below
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise CellError("import.cell.bad_number", field=field, value=str(value))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise CellError("import.cell.bad_number", field=field, value=str(value))
        number = int(value)
    else:
        cleaned = one_line(value)
        if cleaned is None:
            return None
        cleaned = cleaned.translate(_ARABIC_DIGITS)
        if not re.fullmatch(r"[+-]?\d+(?:\.0+)?", cleaned):
            raise CellError("import.cell.bad_number", field=field, value=cleaned)
        number = int(float(cleaned)) if "." in cleaned else int(cleaned)
    if (low is not None and number < low) or (high is not None and number > high):
        raise CellError("import.cell.out_of_range", field=field, value=str(number), low=low, high=high)
    return number


_ARABIC_DIGITS = str.maketrans(
    {**{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)}}
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def date_value(value: Any, field: str, epoch: dt.datetime = WINDOWS_EPOCH) -> dt.date | None:
    """A date from a date cell, an Excel serial (number or digits) or a written date.

    Written dates accepted: 2013-12-26 (with optional time), 26/12/2013, 26.12.2013,
    26-12-2013 (day first, as the UN writes them; month first only when the day is > 12),
    26 December 2013, 26-Dec-2013, December 26, 2013.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise CellError("import.cell.bad_date", field=field, value=str(value))
    if isinstance(value, int | float):
        return _from_serial(value, field, epoch)
    cleaned = one_line(value)
    if cleaned is None:
        return None
    cleaned = cleaned.translate(_ARABIC_DIGITS)
    if re.fullmatch(r"\d{4,5}(?:\.\d+)?", cleaned):
        return _from_serial(float(cleaned), field, epoch)
    parsed = _parse_written_date(cleaned)
    if parsed is None:
        raise CellError("import.cell.bad_date", field=field, value=cleaned)
    return parsed


def _from_serial(serial: float, field: str, epoch: dt.datetime) -> dt.date:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise CellError("import.cell.bad_date", field=field, value=str(serial))
    from openpyxl.utils.datetime import from_excel

    moment: dt.datetime = from_excel(serial, epoch)
    return moment.date()


def _parse_written_date(value: str) -> dt.date | None:
    iso = re.match(
        r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
        value,
    )
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", value)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[2]), int(numeric[3])
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _safe_date(year, month, day)
    words = re.fullmatch(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-,]+(\d{4})", value)
    if words and words[2].casefold() in _MONTHS:
        return _safe_date(int(words[3]), _MONTHS[words[2].casefold()], int(words[1]))
    words = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", value)
    if words and words[1].casefold() in _MONTHS:
        return _safe_date(int(words[3]), _MONTHS[words[1].casefold()], int(words[2]))
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_BULLET = re.compile(r"^(?:-|\u2022|\u2013|\*)\s*")


def bullet_list(value: Any) -> tuple[str, ...]:
    """The values of a multi-value cell: one per line, each behind "- " (UHRI's export).

    A line that does not start with a bullet, in a cell where others do, continues the value
    above it (a long value wrapped by whoever edited the file). A cell without bullets holds
    one value per line.
    """
    if value is None:
        return ()
    if type(value) is str:
        return _bullet_list(value)  # the same lists of themes, States, regions recur row after row
    return _bullet_list(str(value))


@functools.lru_cache(maxsize=65536)
def _bullet_list(value: str) -> tuple[str, ...]:
    cleaned = text(value)
    if not cleaned:
        return ()
    lines = [line for line in cleaned.split("\n") if line.strip()]
    bulleted = any(_BULLET.match(line) for line in lines)
    values: list[str] = []
    for line in lines:
        if not bulleted:
            values.append(line)
        elif _BULLET.match(line):
            item = _BULLET.sub("", line, count=1).strip()
            if item:
                values.append(item)
        elif values:
            values[-1] = f"{values[-1]} {line}"
        else:
            values.append(line)
    return _unique(values)


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def split_list(value: Any, separators: str = ";\n") -> tuple[str, ...]:
    """Values separated by any of ``separators`` (for mapped files)."""
    cleaned = text(value)
    if not cleaned:
        return ()
    parts = re.split("[" + re.escape(separators) + "]", cleaned)
    return _unique([part.strip() for part in parts if part.strip()])


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def is_mostly_arabic(value: str) -> bool:
    """True when Arabic letters outnumber Latin ones (an Arabic text quoting a symbol stays Arabic)."""
    if value.isascii():
        return False
    arabic = len(_ARABIC_LETTER.findall(value))
    return arabic > 0 and arabic >= len(_LATIN_LETTER.findall(value))


def split_text(value: str | None) -> tuple[str | None, str | None]:
    """(text_en, text_ar): the text goes to Arabic when it is mostly Arabic letters."""
    if not value:
        return None, None
    return (None, value) if is_mostly_arabic(value) else (value, None)
