"""Read a CSV file as it is: whatever its encoding, line ends and delimiter.

Files reach the committee from many hands: the UPR Info export in Mac Roman with bare CR line
ends, Excel's "CSV UTF-8" with a BOM, Excel's "Unicode text" in UTF-16, Arabic Windows files in
Windows-1256, Western ones in Windows-1252. Unicode encodings announce themselves (a BOM) or are
strict enough that a successful decode is proof (UTF-8). The legacy single-byte encodings decode
almost anything, so each candidate is decoded and the most plausible text wins (see
``plausibility``).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nrtd_desktop.importers.records import ImportFileError, ProblemList, RowProblem
from nrtd_desktop.importers.safety import DEFAULT_LIMITS, Limits, check_csv
from nrtd_desktop.importers.table import RawRow, Table, unique_headers

LEGACY_ENCODINGS = ("cp1256", "cp1252", "mac_roman")
DELIMITERS = (",", ";", "\t")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_SCORE_SAMPLE = 20_000  # non-ASCII characters scored; enough to tell the encodings apart


@dataclass(frozen=True, slots=True)
class CsvText:
    text: str
    encoding: str
    line_ending: str  # "CRLF" | "LF" | "CR" | "none"
    delimiter: str


def read_csv(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Table:
    """The rows of a CSV file keyed by its header (the first non-blank line).

    Row numbers count physical records from 1 for the header, as a spreadsheet program shows
    the file. Rows whose cells are all blank are skipped.
    """
    path = Path(path)
    check_csv(path, limits)
    decoded = decode_csv(path)
    problems = ProblemList()
    records = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=decoded.delimiter, strict=False)
    header_row = 0
    raw_headers: list[str] = []
    try:
        for header_row, raw_headers in enumerate(records, start=1):  # noqa: B007  (used after the loop)
            if any(cell.strip() for cell in raw_headers):
                break
    except csv.Error as error:
        raise csv_error(path, 1, error) from error
    headers = unique_headers(raw_headers, None, header_row, problems)
    if not headers:
        raise ImportFileError("import.no_header", path=str(path))
    info = {
        "encoding": decoded.encoding,
        "line_ending": decoded.line_ending,
        "delimiter": decoded.delimiter,
        "header_row": header_row,
    }
    rows = _rows(path, records, headers, header_row, problems, limits)
    return Table(headers=headers, sheet=None, rows=rows, problems=problems, info=info)


def _rows(
    path: Path,
    records: Iterator[list[str]],
    headers: tuple[str, ...],
    header_row: int,
    problems: ProblemList,
    limits: Limits,
) -> Iterator[RawRow]:
    width = len(headers)
    row_number = header_row
    # The physical line where the record being read starts: a quoted cell may span lines, so
    # the record count is not the line a person looks for in a text editor.
    start_line = records.line_num + 1  # type: ignore[attr-defined]
    try:
        for cells in records:
            row_number += 1
            if not "".join(cells).strip():  # every cell blank (one test instead of one per cell)
                continue
            if row_number > limits.max_rows:
                raise ImportFileError(
                    "import.sheet_too_large",
                    path=str(path),
                    sheet=path.name,
                    rows=row_number,
                    columns=width,
                    row_limit=limits.max_rows,
                    column_limit=limits.max_columns,
                )
            flawed = False
            if len(cells) > width:
                extra = [cell for cell in cells[width:] if cell.strip()]
                if extra:
                    flawed = True
                    problems.add(
                        RowProblem(None, row_number, None, "import.cell.extra_cells", {"count": len(extra)})
                    )
            values = dict(zip(headers, cells, strict=False))
            if len(cells) < width:
                for header in headers[len(cells) :]:
                    values[header] = ""
            start_line = records.line_num + 1  # type: ignore[attr-defined]
            yield RawRow(None, row_number, values, flawed)
    except csv.Error as error:
        raise csv_error(path, start_line, error) from error


def csv_error(path: Path, line: int, error: csv.Error) -> ImportFileError:
    """The csv module's complaint as a sentence in the person's language, at the line where the
    faulty record starts (an unclosed quote makes the rest of the file one cell)."""
    reason = str(error)
    if "field larger than field limit" in reason:
        limit = csv.field_size_limit()
        return ImportFileError("import.csv_field_too_long", path=str(path), line=line, limit=limit)
    if "NUL" in reason:
        return ImportFileError("import.csv_nul", path=str(path), line=line)
    return ImportFileError("import.csv_malformed", path=str(path), line=line, reason=reason)


def decode_csv(path: Path) -> CsvText:
    decoded = decode_bytes(path.read_bytes())
    if decoded is None:
        raise ImportFileError("import.csv_undecodable", path=str(path))
    text, encoding = decoded
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        # NULs in a decoded text mean the guess was wrong (UTF-16 without a BOM is handled
        # before this); csv refuses them anyway.
        raise ImportFileError("import.csv_undecodable", path=str(path))
    return CsvText(text, encoding, line_ending(text), sniff_delimiter(text))


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode ``data`` and name the encoding used; None if no known encoding fits."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    legacy = guess_legacy_encoding(data)
    return (data.decode(legacy), legacy) if legacy else None


def guess_legacy_encoding(data: bytes) -> str | None:
    """The single-byte encoding under which ``data`` reads most plausibly.

    In a single-byte encoding one byte is one character, so only the bytes above 127 and their
    neighbours need decoding to judge a candidate: the whole file is decoded once, at the end.
    """
    high = set(data.translate(None, bytes(range(128))))
    if not high:
        return "utf-8"  # plain ASCII
    contexts = b"".join(
        data[max(match.start() - 1, 0) : match.start() + 2].rjust(3, b" ").ljust(3, b" ")
        for match in itertools.islice(_HIGH_BYTE.finditer(data), _SCORE_SAMPLE)
    )
    best: tuple[float, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            bytes(sorted(high)).decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte this encoding does not define
        triples = contexts.decode(encoding)
        score = sum(
            _char_score(triples[i + 1], triples[i], triples[i + 2]) for i in range(0, len(triples), 3)
        )
        if best is None or score > best[0]:
            best = (score, encoding)
    return best[1] if best else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII or Arabic has a zero or 0x06 byte in every other place."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]

    def high_half(half: bytes) -> bool:
        return (half.count(0) + half.count(6)) > 0.6 * len(half)

    if high_half(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if high_half(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _char_score(char: str, before: str, after: str) -> float:
    """How plausible one non-ASCII character is between its neighbours (higher is better).

    An Arabic letter among Arabic letters, or a lower-case accented letter inside a Latin word
    ("Hissène"), is plausible; a symbol or an upper-case letter inside a lower-case word
    ("HissÉne", "Hiss‹ne") or a control character is not. A Western encoding reading Arabic
    bytes gives words made only of accented capitals and symbols ("ÇáÚÑÈíÉ"), which scores badly.
    """
    category = unicodedata.category(char)
    if category == "Cc" or category == "Co" or category == "Cn":
        return -5.0
    if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
        if category.startswith("L"):
            # An Arabic letter next to Latin letters is a mis-decode of a Western file.
            latin_neighbour = any(n.isalpha() and n < "\u0250" for n in (before, after))
            return -2.0 if latin_neighbour else 2.0
        return 0.5  # Arabic comma, question mark, digits
    if category.startswith("L"):
        if char.isupper() and before.isalpha() and before.islower():
            return -2.0
        if not before.isalpha() and not after.isalpha():
            return -1.0  # an accented letter standing alone
        if before >= "\x80" and after >= "\x80":
            return -1.0  # inside a run of non-ASCII characters: likely another script mis-read
        return 1.0
    if category in ("Pi", "Pf", "Pd", "Zs"):
        return 0.0  # quotes, dashes, spaces: fine anywhere
    if before.isalpha() and after.isalpha():
        return -3.0  # a symbol inside a word
    return -0.5


def line_ending(text: str) -> str:
    """The line-end convention, from the first line end outside a quoted cell (a guess)."""
    crlf, lf, cr = text.count("\r\n"), text.count("\n"), text.count("\r")
    lf_only, cr_only = lf - crlf, cr - crlf
    if not (crlf or lf_only or cr_only):
        return "none"
    counts = {"CRLF": crlf, "LF": lf_only, "CR": cr_only}
    return max(counts, key=lambda name: counts[name])


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header and the next lines into the most, equal, columns.

    csv.Sniffer guesses wrongly on long free-text cells; parsing a few records with each
    candidate and preferring consistent widths is steadier.
    """
    sample = text[:65536]
    best = ","
    best_score = (0, 0)
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = [len(row) for _, row in zip(range(20), reader, strict=False) if row]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        # Widths of complete records; the last sampled one may be cut off by the sample.
        consistent = sum(1 for width in widths[:-1] if width == widths[0])
        score = (consistent, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best
