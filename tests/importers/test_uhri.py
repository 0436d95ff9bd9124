"""A UHRI export built here with the real column names and realistic rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.importers.detect import detect, detect_format, preview, read_file
from tests.importers.builders import UHRI_HEADERS, UHRI_ROWS, write_uhri, write_xlsx


def _serial(days: int) -> dt.date:
    """Excel's 1900 date system for serials after February 1900."""
    return dt.date(1899, 12, 30) + dt.timedelta(days=days)


@pytest.fixture
def uhri_file(tmp_path: Path) -> Path:
    return write_uhri(tmp_path / "uhri-export.xlsx")


def test_uhri_export_is_recognised_and_read_in_full(uhri_file: Path) -> None:
    assert detect_format(uhri_file) == "uhri"
    result = read_file(uhri_file)
    assert result.format == "uhri"
    assert result.problems == ()
    assert result.rows_read == len(UHRI_ROWS)
    assert [r.row_number for r in result.records] == [2, 3, 4, 5, 6]
    assert {r.sheet for r in result.records} == {"UHRI export"}


def test_upr_recommendation_fields(uhri_file: Path) -> None:
    upr = read_file(uhri_file).records[0]
    assert upr.source_format == "uhri"
    assert upr.source_key == "3f2b6c1e-9a4d-4e2b-8c1a-0d5e6f7a8b9c"  # the UUID in one spelling
    assert upr.text_en.startswith("122.45 Continue its efforts") and upr.text_ar is None
    assert upr.mechanism_kind == "UPR"
    assert upr.body_raw == "Universal Periodic Review"
    assert upr.document_symbol == "A/HRC/40/4"
    assert upr.paragraph == "122.45"
    assert upr.publication_date == _serial(43467) == dt.date(2019, 1, 2)
    assert upr.uhri_published == dt.date(2019, 3, 15)
    assert upr.upr_session == 31 and upr.upr_cycle == 3
    assert upr.countries_concerned == ("Saudi Arabia",)
    assert upr.recommending_states == ("Bahrain",)
    assert (upr.position_raw, upr.position) == ("Supported", "supported")
    assert upr.annotation_type == "recommendation"
    assert upr.themes_raw == ("Women's rights", "Discrimination against women")
    assert upr.affected_groups_raw == ("Women & girls",)
    assert upr.sdg_raw == (
        "5.1 - End all forms of discrimination against all women and girls everywhere",
        "5.2 - End all violence against and exploitation of women",
    )
    assert upr.sdg_targets == ("5.1", "5.2")
    assert upr.regions_concerned == ("Asia-Pacific States",)
    assert upr.recommending_regions == ("Asia-Pacific States",)
    assert upr.action_category is None
    assert dict(upr.extra) == {}


def test_treaty_body_and_special_procedure_rows(uhri_file: Path) -> None:
    _, cedaw, rapporteur, *_ = read_file(uhri_file).records
    assert cedaw.mechanism_kind == "TB"
    assert cedaw.body_raw == "Committee on the Elimination of Discrimination against Women"
    assert cedaw.document_symbol == "CEDAW/C/SAU/CO/3-4"
    assert cedaw.position is None and cedaw.position_raw is None and cedaw.upr_session is None
    assert cedaw.recommending_states == ()
    assert cedaw.paragraph is None
    assert cedaw.publication_date == _serial(42405)
    assert cedaw.uhri_published == dt.date(2016, 3, 9)  # written as text in the export
    assert cedaw.themes_raw == ("Violence against women", "Domestic violence")
    assert rapporteur.mechanism_kind == "SP"
    assert rapporteur.annotation_type == "observation"  # "Concern"
    assert rapporteur.publication_date == dt.date(2018, 12, 13)  # a date cell
    assert rapporteur.sdg_targets == ("16.3",)


def test_arabic_text_position_in_part_and_several_recommending_states(uhri_file: Path) -> None:
    records = read_file(uhri_file).records
    arabic, bahrain = records[3], records[4]
    assert arabic.text_en is None
    assert arabic.text_ar.startswith("122.3 مواصلة الجهود")
    assert arabic.paragraph == "122.3"
    assert arabic.publication_date == dt.date(2019, 1, 2)  # "02/01/2019", day first
    assert (arabic.position_raw, arabic.position) == ("Supported/Noted", "supported_in_part")
    assert arabic.upr_session == 31  # a number cell
    assert bahrain.recommending_states == ("Brazil", "Canada")
    assert bahrain.recommending_regions == (
        "Latin American and Caribbean States",
        "Western European and other States",
    )
    assert bahrain.position == "noted"


@pytest.mark.parametrize("country", ["Saudi Arabia", "SAU", "المملكة العربية السعودية"])
def test_country_filter(uhri_file: Path, country: str) -> None:
    result = read_file(uhri_file, country=country)
    assert result.rows_read == 5
    assert [r.countries_concerned for r in result.records] == [("Saudi Arabia",)] * 4


def test_reading_twice_gives_the_same_records(uhri_file: Path) -> None:
    assert read_file(uhri_file).records == read_file(uhri_file).records


def test_recommending_body_spelt_correctly_and_extra_columns(tmp_path: Path) -> None:
    headers = [("Recommending Body" if h == "Reccomending Body" else h) for h in UHRI_HEADERS] + ["Notes"]
    rows = [
        [row.get(h if h != "Recommending Body" else "Reccomending Body") for h in headers]
        for row in UHRI_ROWS
    ]
    rows[0][-1] = "checked by the secretariat"
    path = write_xlsx(tmp_path / "uhri.xlsx", headers, rows)
    result = read_file(path)
    assert result.problems == ()
    assert result.records[1].body_raw == "Committee on the Elimination of Discrimination against Women"
    assert dict(result.records[0].extra) == {"Notes": "checked by the secretariat"}
    assert dict(result.records[1].extra) == {}


def test_header_below_a_title_row_and_data_on_a_later_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "About"
    book.active.append(["This file was exported from the Universal Human Rights Index"])
    sheet = book.create_sheet("Data")
    sheet.append(["Universal Human Rights Index - export of 2024-05-01"])
    sheet.append([])
    sheet.append(list(UHRI_HEADERS))
    for row in UHRI_ROWS:
        sheet.append([row.get(h) for h in UHRI_HEADERS])
    path = tmp_path / "uhri-with-title.xlsx"
    book.save(path)
    found = detect(path)
    assert (found.format, found.sheet, found.header_row) == ("uhri", "Data", 3)
    result = read_file(path)
    assert len(result.records) == 5 and result.records[0].row_number == 4
    shown = preview(path, n=2)
    assert (shown.sheet, shown.headers, len(shown.rows)) == ("Data", UHRI_HEADERS, 2)


def test_bad_rows_are_reported_by_sheet_row_and_column(tmp_path: Path) -> None:
    rows = [dict(row) for row in UHRI_ROWS]
    rows[1]["Text"] = "   "
    rows[2]["UPR Position"] = "Maybe later"
    rows[3]["Document Publication Date"] = "sometime in 2019"
    rows[4]["OHCHR Annotation Id"] = rows[0]["OHCHR Annotation Id"].lower()  # the same id again
    result = read_file(write_uhri(tmp_path / "bad.xlsx", rows))
    assert [r.row_number for r in result.records] == [2]
    where = {(p.sheet, p.row, p.column, p.key) for p in result.problems}
    assert where == {
        ("UHRI export", 3, "Text", "import.cell.required"),
        ("UHRI export", 4, "UPR Position", "import.cell.unknown_position"),
        ("UHRI export", 5, "Document Publication Date", "import.cell.bad_date"),
        ("UHRI export", 6, "OHCHR Annotation Id", "import.cell.duplicate_key"),
    }
    duplicate = next(p for p in result.problems if p.key == "import.cell.duplicate_key")
    assert duplicate.text("en") == (
        "Sheet 'UHRI export', row 6, column 'OHCHR Annotation Id': "
        "Identifier: '3f2b6c1e-9a4d-4e2b-8c1a-0d5e6f7a8b9c' was already used on row 2."
    )
    assert duplicate.text("ar").startswith(
        "الورقة «UHRI export»، الصف 6، العمود «OHCHR Annotation Id»: المعرّف"
    )


def test_missing_key_column_is_refused_with_its_name(tmp_path: Path) -> None:
    headers = [h for h in UHRI_HEADERS if h != "OHCHR Annotation Id"]
    path = write_xlsx(tmp_path / "no-id.xlsx", headers, [[row.get(h) for h in headers] for row in UHRI_ROWS])
    assert detect_format(path) == "uhri"  # still a UHRI export by its misspelt body column
    with pytest.raises(NrtdError) as refused:
        read_file(path)
    assert refused.value.key == "import.missing_columns"
    assert "'OHCHR Annotation Id'" in refused.value.text("en")
    assert "'OHCHR Annotation Id'" in refused.value.text("ar")
