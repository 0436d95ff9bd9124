"""The problems of an import as a workbook a person can fix the file from.

One row per problem: the file, sheet, row and column it is in, and the sentence in the chosen
language; right to left in Arabic, header frozen and filtered. Written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nrtd_desktop.atomic import atomic_write
from nrtd_desktop.domain.errors import render_message
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.importers.records import RowProblem
from nrtd_desktop.workbook.cells import safe_text

_HEADERS = ("errors.file", "errors.sheet_column", "errors.row", "errors.column", "errors.message")
_WIDTHS = (22, 16, 8, 24, 90)


def write_errors(problems: Sequence[RowProblem], path: Path | str, lang: Lang = "ar") -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(render_message("errors.sheet", {}, lang))
    if lang == "ar":
        sheet.sheet_view.rightToLeft = True
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    header = []
    for key in _HEADERS:
        cell = WriteOnlyCell(sheet, value=render_message(key, {}, lang))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    sheet.auto_filter.ref = f"A1:E{len(problems) + 1}"
    for problem in problems:
        sheet.append(
            [
                safe_text(problem.file) if problem.file else None,
                safe_text(problem.sheet) if problem.sheet else None,
                problem.row,
                safe_text(problem.column) if problem.column else None,
                safe_text(render_message(problem.key, problem.params, lang)),
            ]
        )
    path = Path(path)
    with atomic_write(path) as tmp:
        book.save(tmp)
    return path
