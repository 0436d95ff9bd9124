"""Reading cells from workbooks as Excel and LibreOffice write them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import Workbook as OpenpyxlWorkbook

from nrtd_desktop.importers.detect import read_file
from nrtd_desktop.importers.xlsx_reader import open_xlsx, read_xlsx
from tests.importers.builders import UHRI_HEADERS, UHRI_ROWS, rewrite_part, write_uhri, write_xlsx


def test_formula_cells_are_reported_not_imported(tmp_path: Path) -> None:
    rows = [[row.get(h) for h in UHRI_HEADERS] for row in UHRI_ROWS]
    rows[1][UHRI_HEADERS.index("UPR Session")] = "=1+30"
    rows[3][UHRI_HEADERS.index("Text")] = '=CONCATENATE("Ensure ", "equality")'
    path = write_xlsx(tmp_path / "formulas.xlsx", UHRI_HEADERS, rows, title="UHRI export")
    result = read_file(path)
    assert [r.row_number for r in result.records] == [2, 4, 6]
    problems = {(p.row, p.column): p for p in result.problems}
    assert set(problems) == {(3, "UPR Session"), (5, "Text")}
    session = problems[(3, "UPR Session")]
    assert session.key == "import.cell.formula"
    assert session.text("en") == (
        "Sheet 'UHRI export', row 3, column 'UPR Session': cell M3 holds a formula (=1+30); "
        "formulas are not imported. Replace it with its value."
    )
    assert session.text("ar") == (
        "الورقة «UHRI export»، الصف 3، العمود «UPR Session»: تحتوي الخلية M3 على معادلة (=1+30)؛ "
        "ولا تُستورد المعادلات. ضع قيمتها مكانها."
    )


def test_value_types_dates_and_empty_cells(tmp_path: Path) -> None:
    headers = ("Text", "Number", "Decimal", "Date", "Flag", "Blank")
    rows = [("Ensure", 17, 2.5, dt.datetime(2019, 1, 2), True, None)]
    path = write_xlsx(tmp_path / "types.xlsx", headers, rows)
    table, read = read_xlsx(path)
    assert table.headers == headers
    assert read[0].values == {
        "Text": "Ensure",
        "Number": 17,
        "Decimal": 2.5,
        "Date": dt.datetime(2019, 1, 2),
        "Flag": True,
        "Blank": None,
    }


def test_1904_date_system(tmp_path: Path) -> None:
    path = write_uhri(tmp_path / "mac.xlsx")
    rewrite_part(
        path, "xl/workbook.xml", lambda xml: xml.replace(b"<workbookPr", b'<workbookPr date1904="1"', 1)
    )
    with open_xlsx(path) as book:
        assert book.epoch == dt.datetime(1904, 1, 1)
    result = read_file(path)
    # The same serial is 1,462 days later in the 1904 system.
    assert result.records[0].publication_date == dt.date(2019, 1, 2) + dt.timedelta(days=1462)


def test_shared_strings_rich_text_escapes_and_error_cells(tmp_path: Path) -> None:
    """A sheet as Excel writes it: shared strings, runs of rich text, _x000D_ escapes, #N/A."""
    path = tmp_path / "excel.xlsx"
    write_xlsx(path, ("Text", "Themes", "Other"), [("x", "y", "z")])
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="5" uniqueCount="5">'
        "<si><t>Text</t></si><si><t>Themes</t></si><si><t>Other</t></si>"
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Ensure </t></r><r><t>equality</t></r>'
        "<rPh><t>ignored phonetic</t></rPh></si>"
        "<si><t>- Women &amp; girls_x000D_\n- Children</t></si></sst>"
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><dimension ref="A1:C2"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
        '<c r="C2" t="e"><v>#N/A</v></c></row>'
        "</sheetData></worksheet>"
    )
    rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda _: sheet.encode(),
        {"xl/sharedStrings.xml": shared.encode()},
    )
    rewrite_part(
        path,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
    )
    table, rows = read_xlsx(path)
    assert table.headers == ("Text", "Themes", "Other")
    assert rows[0].values["Text"] == "Ensure equality"
    assert rows[0].values["Themes"] == "- Women & girls\r\n- Children"
    assert rows[0].values["Other"] is None
    [problem] = table.problems.items
    assert (problem.row, problem.column, problem.key) == (2, "Other", "import.cell.error_value")
    assert "#N/A" in problem.text("en") and "C2" in problem.text("ar")


def test_first_visible_sheet_blank_rows_duplicate_headers_and_stray_cells(tmp_path: Path) -> None:
    book = OpenpyxlWorkbook()
    hidden = book.active
    hidden.title = "Lists"
    hidden.sheet_state = "hidden"
    hidden.append(["Supported", "Noted"])
    sheet = book.create_sheet("Plan")
    sheet.append(["Text", "Note", "Note"])
    sheet.append(["First", "a", "b"])
    sheet.append([])
    sheet.append(["Second", None, None, None, "stray"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    table, rows = read_xlsx(path)
    assert table.sheet == "Plan"
    assert table.headers == ("Text", "Note", "Note [2]")
    assert [(row.row_number, row.values["Text"]) for row in rows] == [(2, "First"), (4, "Second")]
    assert rows[0].values["Note [2]"] == "b"
    keys = [(p.row, p.key) for p in table.problems.items]
    assert keys == [(1, "import.cell.duplicate_header"), (4, "import.cell.extra_cells")]


def test_a_file_not_named_xlsx_is_still_read(tmp_path: Path) -> None:
    path = write_uhri(tmp_path / "export.xlsx")
    renamed = path.rename(tmp_path / "export.download")
    assert zipfile.is_zipfile(renamed)
    assert len(read_file(renamed).records) == len(UHRI_ROWS)
