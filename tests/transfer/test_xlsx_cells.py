"""The exported workbook keeps what a spreadsheet would misread, and what two themes share."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from nrtd_desktop.exporters.xlsx import ExportOptions
from nrtd_desktop.services.imports import ImportRequest
from nrtd_desktop.workbook.cells import safe_text
from tests.transfer.conftest import open_db

# Texts Excel would show as an error value, and line ends XML would normalise away.
ODD_TEXTS = ("#N/A", "#REF!", "first line\r\nsecond line", "a lone\rcarriage return")


def test_texts_like_error_values_are_string_cells_and_come_back_identical(
    demo_db: Path, tmp_path: Path
) -> None:
    services = open_db(demo_db)
    try:
        rows = services.recommendations.list(limit=len(ODD_TEXTS), lang="en")
        for row, text in zip(rows, ODD_TEXTS, strict=True):
            services.recommendations.update(services.recommendations.find(row.reference).id, {"notes": text})
        path = services.imports.export_xlsx(tmp_path / "odd.xlsx", ExportOptions(lang="en")).path
    finally:
        services.close()
    sheet = openpyxl.load_workbook(path)["Recommendations"]
    header = [cell.value for cell in sheet[1]]
    notes = header.index("Notes") + 1
    cells = {sheet.cell(r, notes).value: sheet.cell(r, notes) for r in range(2, sheet.max_row + 1)}
    for text in ("#N/A", "#REF!"):
        assert cells[text].data_type == "s", text  # text, not an error value
    target = open_db(tmp_path / "restored.sqlite")
    try:
        outcome = target.imports.run(ImportRequest((path,)))
        assert outcome.preview.problem_count == 0
        restored = {row.reference: target.recommendations.find(row.reference).notes for row in rows}
    finally:
        target.close()
    assert restored == {row.reference: text for row, text in zip(rows, ODD_TEXTS, strict=True)}


def test_themes_that_share_a_name_come_back_as_the_same_themes(demo_db: Path, tmp_path: Path) -> None:
    # UPR Info and UHRI each have a theme called "Corruption" (الفساد): the name alone is ambiguous.
    chosen = ("uhri.corruption", "upr_info.death_penalty")
    services = open_db(demo_db)
    try:
        reference = services.recommendations.list(limit=1, lang="ar")[0].reference
        services.recommendations.update(services.recommendations.find(reference).id, {"themes": chosen})
        path = services.imports.export_xlsx(tmp_path / "themes.xlsx", ExportOptions(lang="ar")).path
    finally:
        services.close()
    target = open_db(tmp_path / "restored.sqlite")
    try:
        target.imports.run(ImportRequest((path,)))
        restored = target.recommendations.find(reference)
    finally:
        target.close()
    assert sorted(theme.key for theme in restored.themes) == sorted(chosen)


def test_the_control_characters_removed_are_exactly_those_openpyxl_refuses() -> None:
    for code in range(0x3000):
        character = chr(code)
        refused = ILLEGAL_CHARACTERS_RE.search(character) is not None
        assert (safe_text("a" + character) == "a") == refused, hex(code)
    assert re.sub(ILLEGAL_CHARACTERS_RE, "", "tab\tline\ncr\r") == safe_text("tab\tline\ncr\r")
