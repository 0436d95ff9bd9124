"""Writing text into a spreadsheet cell safely, and reading it back identical.

A spreadsheet runs text that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some programs, a
tab or carriage return) as a formula: ``=cmd|' /C calc'!A0`` in a recommendation's notes would
start a program on the ministry's computer (formula injection, docs/design/RELIABILITY.md test 12). Such text
is written with a leading apostrophe, as a string cell, so every spreadsheet shows it as text.
A text that itself starts with an apostrophe gets one more, so that the reader of the program's
own format can always remove exactly one and give back the original.

openpyxl refuses the control characters XML 1.0 cannot hold (all below 0x20 except tab, line
feed and carriage return): they are removed, the only change a value may undergo.
"""

from __future__ import annotations

import re

from nrtd_desktop.workbook.sheets import FORMULA_TRIGGERS

# The characters of openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE (a test checks that they agree),
# spelt out here because this module is loaded at start-up through the importers, and importing
# openpyxl costs 0.2 s that only an actual export or import should pay (docs/design/PERFORMANCE.md).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(value: str) -> str:
    """The text as a cell must hold it (see module docstring)."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    if value.startswith(FORMULA_TRIGGERS) or value.startswith("'"):
        return "'" + value
    return value


def unquote(value: str) -> str:
    """The original text of a cell written by :func:`safe_text`."""
    return value[1:] if value.startswith("'") else value
