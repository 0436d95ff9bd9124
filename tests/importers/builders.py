"""Builders of the files the importer tests read: the real UPR Info CSVs, and workbooks made here."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.shared_data import UPR_INFO

UPR_INFO_DIR = UPR_INFO

UHRI_HEADERS = (
    "Text",
    "Countries Concerned",
    "Reccomending Body",
    "Document Symbol",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "Document Publication Date",
    "UPR Reccomending States",
    "UPR Position",
    "Type",
    "OHCHR Annotation Id",
    "UPR Session",
    "Regions Concerned",
    "Recommending Regions",
    "Date of publication on UHRI",
)

# Realistic UHRI rows (values as the export writes them: "- " lists, Excel date serials).
UHRI_ROWS: tuple[dict[str, Any], ...] = (
    {
        "Text": "122.45 Continue its efforts to promote and protect the rights of women and girls (Bahrain);",
        "Countries Concerned": "- Saudi Arabia",
        "Reccomending Body": "- Universal Periodic Review",
        "Document Symbol": "A/HRC/40/4",
        "Themes": "- Women's rights\n- Discrimination against women",
        "Affected Persons": "- Women & girls",
        "Sdgs": "- 5.1 - End all forms of discrimination against all women and girls everywhere\n"
        "- 5.2 - End all violence against and exploitation of women",
        "Document Publication Date": 43467,  # 2019-01-02 as an Excel serial
        "UPR Reccomending States": "- Bahrain",
        "UPR Position": "Supported",
        "Type": "Recommendation",
        "OHCHR Annotation Id": "3F2B6C1E-9A4D-4E2B-8C1A-0D5E6F7A8B9C",
        "UPR Session": "31",
        "Regions Concerned": "- Asia-Pacific States",
        "Recommending Regions": "- Asia-Pacific States",
        "Date of publication on UHRI": dt.datetime(2019, 3, 15),
    },
    {
        "Text": "The Committee recommends that the State party adopt a comprehensive law on violence "
        "against women that criminalizes all forms of gender-based violence.",
        "Countries Concerned": "- Saudi Arabia",
        "Reccomending Body": "- Committee on the Elimination of Discrimination against Women",
        "Document Symbol": "CEDAW/C/SAU/CO/3-4",
        "Themes": "- Violence against women\n- Domestic violence",
        "Affected Persons": "- Women & girls",
        "Sdgs": "- 5.2 - End all violence against and exploitation of women",
        "Document Publication Date": 42405,  # 2016-02-04
        "UPR Reccomending States": None,
        "UPR Position": None,
        "Type": "Recommendation",
        "OHCHR Annotation Id": "a1b2c3d4-0001-4000-8000-000000000002",
        "UPR Session": None,
        "Regions Concerned": "- Asia-Pacific States",
        "Recommending Regions": None,
        "Date of publication on UHRI": "2016-03-09",
    },
    {
        "Text": "The Special Rapporteur is concerned that the Specialized Criminal Court tries "
        "human rights defenders under counter-terrorism legislation.",
        "Countries Concerned": "- Saudi Arabia",
        "Reccomending Body": "- Special Rapporteur on the promotion and protection of human rights "
        "and fundamental freedoms while countering terrorism",
        "Document Symbol": "A/HRC/40/52/Add.2",
        "Themes": "- Human rights & counter-terrorism\n- Administration of justice & fair trial",
        "Affected Persons": "- Human rights defenders",
        "Sdgs": "- 16.3 - Promote the rule of law at the national and international levels and "
        "ensure equal access to justice for all",
        "Document Publication Date": dt.datetime(2018, 12, 13),  # a real date cell this time
        "UPR Reccomending States": None,
        "UPR Position": None,
        "Type": "Concern",
        "OHCHR Annotation Id": "a1b2c3d4-0001-4000-8000-000000000003",
        "UPR Session": None,
        "Regions Concerned": "- Asia-Pacific States",
        "Recommending Regions": None,
        "Date of publication on UHRI": None,
    },
    {
        "Text": "122.3 مواصلة الجهود الرامية إلى تعزيز حقوق الأشخاص ذوي الإعاقة (الأردن)؛",
        "Countries Concerned": "- Saudi Arabia",
        "Reccomending Body": "- Universal Periodic Review",
        "Document Symbol": "A/HRC/40/4",
        "Themes": "- Persons with disabilities",
        "Affected Persons": "- Persons with disabilities",
        "Sdgs": None,
        "Document Publication Date": "02/01/2019",
        "UPR Reccomending States": "- Jordan",
        "UPR Position": "Supported/Noted",
        "Type": "Recommendation",
        "OHCHR Annotation Id": "a1b2c3d4-0001-4000-8000-000000000004",
        "UPR Session": 31,
        "Regions Concerned": "- Asia-Pacific States",
        "Recommending Regions": "- Asia-Pacific States",
        "Date of publication on UHRI": None,
    },
    {
        "Text": "Consider ratifying the Convention relating to the Status of Refugees (Brazil); "
        "and its 1967 Protocol (Canada);",
        "Countries Concerned": "- Bahrain",
        "Reccomending Body": "- Universal Periodic Review",
        "Document Symbol": "A/HRC/36/6",
        "Themes": "- Acceptance of international norms",
        "Affected Persons": "- Refugees & asylum-seekers",
        "Sdgs": None,
        "Document Publication Date": 42919,
        "UPR Reccomending States": "- Brazil\n- Canada",
        "UPR Position": "Noted",
        "Type": "Recommendation",
        "OHCHR Annotation Id": "a1b2c3d4-0001-4000-8000-000000000005",
        "UPR Session": "27",
        "Regions Concerned": "- Asia-Pacific States",
        "Recommending Regions": "- Latin American and Caribbean States\n- Western European and other States",
        "Date of publication on UHRI": None,
    },
)


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    title: str = "Sheet1",
    write_only: bool = False,
    date_format: str = "yyyy-mm-dd",
) -> Path:
    """A workbook with one sheet: the header, then the rows (datetimes as date cells)."""
    book = Workbook(write_only=write_only)
    if write_only:
        sheet = book.create_sheet(title)
        sheet.append(list(headers))
        for row in rows:
            sheet.append(list(row))
    else:
        sheet = book.active
        sheet.title = title
        sheet.append(list(headers))
        for row in rows:
            sheet.append(list(row))
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = date_format
    book.save(path)
    return path


def write_uhri(
    path: Path, rows: Sequence[dict[str, Any]] = UHRI_ROWS, headers: Sequence[str] = UHRI_HEADERS
) -> Path:
    return write_xlsx(path, headers, ([row.get(h) for h in headers] for row in rows), title="UHRI export")


def rewrite_part(path: Path, part: str, change: Any, extra: dict[str, bytes] | None = None) -> None:
    """Rewrite one part of a zip (``change(old_bytes) -> new_bytes``) and add ``extra`` parts."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info.filename, change(data) if info.filename == part else data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)


def set_dimension(path: Path, ref: str) -> None:
    """Declare ``ref`` as the used range of the first sheet, whatever it really holds."""

    def change(xml: bytes) -> bytes:
        if b"<dimension" in xml:
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref.encode() + b'"', xml)
        return xml.replace(b"<sheetData", b'<dimension ref="' + ref.encode() + b'"/><sheetData', 1)

    rewrite_part(path, "xl/worksheets/sheet1.xml", change)
