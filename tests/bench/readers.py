"""The xlsx readers compared: ``python -m tests.bench.readers FILE...`` prints, for each
file, the seconds, CPU seconds and peak memory of each reader (one child process each) and
whether calamine gives the same values as the program's reader, cell by cell.

* ``lxml``: the program's reader (importers/xlsx_reader.py), streaming one row at a time.
* ``calamine``: python-calamine (Rust; pandas' engine), preceded by the scan it would need to be
  safe (below), its values made as the program's reader gives them.
* ``calamine_raw``: calamine alone, without that scan: the floor, not a safe reader.
* ``openpyxl``: openpyxl's read-only mode.

Why calamine is not the program's reader (issue 18, measured on the program's own workbook of the
41,066 UPR Info recommendations and on the same rows as UHRI writes them; figures in the closing
note of issue 18's second part): it gives a formula's cached value and an error cell (#N/A) as
an empty cell, so a sheet must first be searched for ``<f>`` and ``t="e"``; and it builds a
sheet's whole used range as one dense grid before the first row, so a file of two cells, A1 and
XFD1048576, makes it ask for 512 GiB and the process aborts (a Rust allocation failure is not an
exception): the used range must be bounded from the cells' references first. With that scan it is
no faster than the lxml reader on the program's workbook, a little faster on UHRI-shaped rows,
and it holds 70-110 MB more. python-calamine is not a dependency: this measurement runs where it
is installed (``pip install python-calamine``) and says so where it is not.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_FAST_CELLS = 6_000_000  # 32 bytes a cell of calamine's grid: about 190 MB
_CHUNK = 4 * 1024 * 1024
_NAME_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.")
_SPACE = frozenset(b" \t\r\n")
_REFERENCES = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')


@dataclass(frozen=True, slots=True)
class Scan:
    """What the bytes of one worksheet part say about reading it fast."""

    fast: bool
    reason: str = ""  # why not (for the tests and a reader of the code)
    rows: int = 0  # the highest row number a cell or row names
    columns: int = 0  # the highest column of a cell


def scan_sheet(archive: zipfile.ZipFile, part: str, max_rows: int, max_columns: int) -> Scan:
    """Whether calamine may read ``part`` (see the module docstring)."""
    columns: set[bytes] = set()
    rows: set[bytes] = set()
    cells = references = 0
    first = True
    for piece in _pieces(archive, part):
        if first and b"<worksheet" not in piece:
            return Scan(False, "namespace prefix")  # <x:worksheet>: left to the streaming reader
        first = False
        if _has_formula(piece):
            return Scan(False, "formula")
        if _has_error_cell(piece):
            return Scan(False, "error cell")
        found = _REFERENCES.findall(piece)
        if found:
            references += len(found)
            letters, digits = zip(*found, strict=True)
            columns.update(letters)
            rows.update(digits)
        cells += piece.count(b"<c ")
        if b"<c>" in piece or b"<c/" in piece:
            return Scan(False, "cells without a reference")
        prefixed = b":c " in piece or b":c>" in piece
        if prefixed and any(_is_tag_prefix(piece, m.start()) for m in re.finditer(rb":c[\s>/]", piece)):
            return Scan(False, "namespace prefix")
    highest_row = max((int(digits) for digits in rows), default=0)
    highest_column = max((_column_number(letters) for letters in columns), default=0)
    if cells != references:
        return Scan(False, "cells without a reference", highest_row, highest_column)
    if highest_row > max_rows or highest_column > max_columns:
        return Scan(False, "beyond the limits", highest_row, highest_column)
    if highest_row * max(highest_column, 1) > MAX_FAST_CELLS:
        return Scan(False, "large", highest_row, highest_column)
    return Scan(True, "", highest_row, highest_column)


def _pieces(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The inflated part in pieces that each end just before a ``<``: every tag (and every
    pattern searched, all inside a tag) lies whole in one piece."""
    carry = b""
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            buffer = carry + chunk
            cut = buffer.rfind(b"<")
            if cut <= 0:
                carry = buffer
                continue
            carry = buffer[cut:]
            yield buffer[:cut]
    if carry:
        yield carry


def _has_formula(window: bytes) -> bool:
    """An ``<f>`` element, with or without a namespace prefix (``<x:f>``); ``<formula1>`` of a
    data validation and other names that only start with f are not one."""
    for marker, prefixed in ((b"<f", False), (b":f", True)):
        start = window.find(marker)
        while start >= 0:
            after = start + 2
            ends = after < len(window) and (window[after] in _SPACE or window[after] in b"/>")
            if ends and (not prefixed or _is_tag_prefix(window, start)):
                return True
            start = window.find(marker, start + 1)
    return False


def _is_tag_prefix(window: bytes, colon: int) -> bool:
    """``window[colon]`` is the colon of ``<prefix:``."""
    position = colon - 1
    while position >= 0 and window[position] in _NAME_CHARS:
        position -= 1
    return position >= 0 and position < colon - 1 and window[position] == ord("<")


def _has_error_cell(window: bytes) -> bool:
    """An attribute ``t="e"`` (or ``t = 'e'``): a cell whose value is an error."""
    for marker in (b'"e"', b"'e'"):
        start = window.find(marker)
        while start >= 0:
            position = start - 1
            while position >= 0 and window[position] in _SPACE:
                position -= 1
            if position >= 0 and window[position] == ord("="):
                position -= 1
                while position >= 0 and window[position] in _SPACE:
                    position -= 1
                if position >= 1 and window[position] == ord("t") and window[position - 1] in _SPACE:
                    return True
            start = window.find(marker, start + 1)
    return False


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


def _value(cell: Any) -> Any:
    """A calamine value as the program's reader gives it."""
    kind = type(cell)
    if kind is str:
        return cell or None
    if kind is float:
        return int(cell) if cell.is_integer() and abs(cell) < 2**53 else cell
    if kind is dt.date:  # a whole day: calamine gives a date, openpyxl and the program a datetime
        return dt.datetime(cell.year, cell.month, cell.day)
    return cell


def _parts(path: Path) -> dict[str, str]:
    from nrtd_desktop.importers.xlsx_reader import open_xlsx

    with open_xlsx(path) as book:
        return {sheet.name: sheet.part for sheet in book.sheets}


def lxml_cells(path: Path) -> Iterator[tuple[str, int, int, Any]]:
    from nrtd_desktop.importers.xlsx_reader import open_xlsx

    with open_xlsx(path) as book:
        for sheet in book.sheets:
            for number, values, _flagged in book.raw_rows(sheet):
                for column, value in enumerate(values):
                    if value is not None:
                        yield sheet.name, number, column, value


def calamine_cells(path: Path, scan: bool = True) -> Iterator[tuple[str, int, int, Any]]:
    from python_calamine import CalamineWorkbook

    parts = _parts(path)
    if scan:
        with zipfile.ZipFile(path) as archive:
            for name, part in parts.items():
                verdict = scan_sheet(archive, part, 1_100_000, 300)
                if not verdict.fast:
                    reason = verdict.reason
                    raise SystemExit(f"{path.name}, sheet {name}: calamine would lose or crash ({reason})")
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        if sheet.start is None:
            continue
        first_row, first_column = sheet.start
        for offset, cells in enumerate(sheet.iter_rows()):
            for column, cell in enumerate(cells, start=first_column):
                value = _value(cell)
                if value is not None:
                    yield name, first_row + offset + 1, column, value


def openpyxl_cells(path: Path) -> Iterator[tuple[str, int, int, Any]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    for sheet in book.worksheets:
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            for column, value in enumerate(row):
                if value is not None:
                    yield sheet.title, number, column, value


READERS = {
    "lxml": lxml_cells,
    "calamine": calamine_cells,
    "calamine_raw": lambda path: calamine_cells(path, scan=False),
    "openpyxl": openpyxl_cells,
}


def _measure(reader: str, path: Path) -> dict[str, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in READERS[reader](path))
    from tests.bench.io_bench import peak_rss_mb

    return {"seconds": round(time.perf_counter() - started, 3), "cpu_s": round(time.process_time() - cpu, 3),
            "cells": count, "peak_mb": round(peak_rss_mb(), 1)}


def same_cells(path: Path) -> dict[str, Any]:
    """Every non-blank cell of the program's reader against calamine's, by sheet, row, column."""
    mine = {(s, r, c): v for s, r, c, v in lxml_cells(path)}
    theirs = {(s, r, c): v for s, r, c, v in calamine_cells(path)}
    differ = [key for key in mine.keys() | theirs.keys() if mine.get(key) != theirs.get(key)]
    return {"cells": len(mine), "different": len(differ), "first": [str(key) for key in sorted(differ)[:5]]}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        print(json.dumps(_measure(argv[1], Path(argv[2]))), flush=True)
        return 0
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        print(json.dumps({"error": "python-calamine is not installed (pip install python-calamine)"}))
        return 1
    figures: dict[str, Any] = {}
    for name in argv:
        path = Path(name)
        per_file: dict[str, Any] = {}
        for reader in READERS:
            command = [sys.executable, "-m", "tests.bench.readers", "--child", reader, name]
            done = subprocess.run(command, capture_output=True, text=True)
            lines = done.stdout.strip().splitlines()
            per_file[reader] = json.loads(lines[-1]) if done.returncode == 0 and lines else {
                "error": (done.stderr or done.stdout).strip().splitlines()[-1:]}
        per_file["same_values"] = same_cells(path)
        figures[path.name] = per_file
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
