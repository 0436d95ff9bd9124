"""The 348 UPR Info rows to Saudi Arabia rewritten as the UHRI publishes the same recommendations.

No real UHRI file is at hand, so the UHRI side of the matcher's measurement is BUILT here from the
UPR Info rows, transformed the way OHCHR's index writes a UPR recommendation:

* the text as the Working Group report prints it: the paragraph number first ("87.12 ", "138.45 "),
  the recommending State in brackets at the end with the report's ";" ("... (Canada);"), the
  State's United Nations name ("United Kingdom of Great Britain and Northern Ireland");
* the report's symbol and date (session 4: A/HRC/11/23 of 4 March 2009; session 17: A/HRC/25/3 of
  26 December 2013), body "UPR", position "Supported"/"Noted", type "Recommendation", session;
* UHRI themes, affected persons and goal-level SDGs in place of UPR Info's issues (a table below);
* a UUID annotation id (derived from the UPR Info key, so the set is the same every time).

``noise`` also applies what differs between two editions of one text in real life, to a share of
rows: British/American spelling, a word or clause dropped or added, a typographic quote. The
ground truth is known (row i of one side is row i of the other), so precision and recall of the
matcher are counted exactly. This is a measurement on a constructed set, and says so.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nrtd_desktop.importers.records import SourceRecord
from tests.importers.builders import UHRI_HEADERS

REPORTS = {
    4: ("A/HRC/11/23", dt.date(2009, 3, 4), 87, 88),
    17: ("A/HRC/25/3", dt.date(2013, 12, 26), 138, 139),
}
# UPR Info issue -> (UHRI themes, affected persons, SDG goal labels).
ISSUES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Women's rights": (
        ("Advancement of women", "Discrimination against women"),
        ("Women & girls",),
        ("5 - GENDER EQUALITY",),
    ),
    "International instruments": (
        ("Ratification of & accession to international instruments",),
        ("Public officials",),
        ("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",),
    ),
    "Rights of the Child": (
        ("Children: definition; general principles; protection",),
        ("Children",),
        ("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",),
    ),
    "Labour": (("Labour rights and right to work",), ("Migrants",), ("8 - DECENT WORK AND ECONOMIC GROWTH",)),
    "Migrants": (("Migrants",), ("Migrants",), ("10 - REDUCED INEQUALITIES",)),
    "Justice": (
        ("Administration of justice & fair trial", "Legal & institutional reform"),
        ("Judges, lawyers and prosecutors",),
        ("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",),
    ),
    "Death penalty": (("Death penalty",), ("Persons deprived of their liberty & detainees",), ()),
    "Torture and other CID treatment": (
        ("Torture & other cruel, inhuman or degrading treatment",),
        ("Persons deprived of their liberty & detainees",),
        (),
    ),
    "Human rights education and training": (
        ("Human rights education, trainings & awareness raising",),
        ("Public officials",),
        ("4 - QUALITY EDUCATION",),
    ),
    "Civil society": (("Cooperation & consultation with civil society",), ("Civil society",), ()),
    "Freedom of opinion and expression": (
        ("Freedom of opinion and expression & access to information",),
        ("Media",),
        (),
    ),
    "Special procedures": (("Cooperation with special procedures",), ("Public officials",), ()),
    "Trafficking": (
        ("Human trafficking & contemporary forms of slavery",),
        ("Vulnerable persons/groups",),
        ("8 - DECENT WORK AND ECONOMIC GROWTH",),
    ),
    "Justice, Rights of the Child": ((), ("Youth & juveniles",), ()),
}
DEFAULT_THEMES = ("Legal & institutional reform",)
UN_NAMES = {
    "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "United States": "United States of America",
    "Iran": "Iran (Islamic Republic of)",
    "Venezuela": "Venezuela (Bolivarian Republic of)",
    "Syria": "Syrian Arab Republic",
    "Moldova": "Republic of Moldova",
    "Palestine": "State of Palestine",
    "Czech Republic": "Czechia",
    "Turkey": "Türkiye",
    "Bosnia & Herzegovina": "Bosnia and Herzegovina",
}
REGIONS = {
    "WEOG": "Western European and other States",
    "Asia": "Asia-Pacific States",
    "Africa": "African States",
    "GRULAC": "Latin American and Caribbean States",
    "EEG": "Eastern European States",
    "Observer": "Observer States",
}
_SPELLINGS = (
    ("organisation", "organization"),
    ("programme", "program"),
    ("favour", "favor"),
    ("labour", "labor"),
    ("ise ", "ize "),
    ("Continue", "Continue to"),
    ("'", "’"),
)


@dataclass(frozen=True, slots=True)
class UhriRow:
    """One annotation, as the export's cells."""

    cells: dict[str, Any]
    source_key: str  # the UPR Info key of the row it was built from (the ground truth)


def _excel_serial(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days


def _noisy(text: str, rng: random.Random, noise: float) -> str:
    """The text with the differences two editions of a recommendation show, for ``noise`` of rows."""
    if rng.random() >= noise:
        return text
    words = text.split()
    choice = rng.random()
    if choice < 0.4:
        for old, new in _SPELLINGS:
            if old in text:
                return text.replace(old, new, 1)
    if choice < 0.7 and len(words) > 12:
        cut = rng.randrange(2, len(words) - 2)
        del words[cut]  # one word dropped
        return " ".join(words)
    if len(words) > 20:
        words.insert(rng.randrange(1, len(words)), rng.choice(("effectively", "fully", "further", "all")))
        return " ".join(words)
    return text.rstrip(".") + "."


def uhri_rows(records: Sequence[SourceRecord], noise: float = 0.0, seed: int = 18) -> list[UhriRow]:
    """The UHRI form of UPR Info records (``noise``: share of texts given an edition's differences)."""
    rng = random.Random(seed)
    numbers: dict[tuple[int, bool], int] = {}
    rows = []
    for record in records:
        session = record.upr_session or 0
        symbol, date, supported_para, noted_para = REPORTS.get(
            session, (f"A/HRC/{session}/0", dt.date(2010, 1, 1), 100, 101)
        )
        supported = record.position == "supported"
        count = numbers[(session, supported)] = numbers.get((session, supported), 0) + 1
        paragraph = f"{supported_para if supported else noted_para}.{count}"
        state = record.recommending_states[0] if record.recommending_states else ""
        un_state = UN_NAMES.get(state, state)
        body = _noisy(record.text_en or "", rng, noise).rstrip(" .;")
        text = f"{paragraph} {body} ({un_state});" if un_state else f"{paragraph} {body};"
        themes: list[str] = []
        groups: list[str] = []
        sdgs: list[str] = []
        for issue in record.themes_raw:
            mapped = ISSUES.get(issue, (DEFAULT_THEMES, (), ()))
            themes.extend(mapped[0] or DEFAULT_THEMES)
            groups.extend(mapped[1])
            sdgs.extend(mapped[2])
        cells = {
            "Text": text,
            "Countries Concerned": "- Saudi Arabia",
            "Reccomending Body": "- UPR",
            "Document Symbol": symbol,
            "Themes": _bullets(themes),
            "Affected Persons": _bullets(groups),
            "Sdgs": _bullets(sdgs),
            "Document Publication Date": _excel_serial(date),
            "UPR Reccomending States": f"- {un_state}" if un_state else None,
            "UPR Position": "Supported" if supported else "Noted",
            "Type": "Recommendation",
            "OHCHR Annotation Id": str(uuid.uuid5(uuid.NAMESPACE_URL, "uhri:" + record.source_key)),
            "UPR Session": session,
            "Regions Concerned": "- Middle East and North Africa",
            "Recommending Regions": _bullets(REGIONS.get(r, r) for r in record.recommending_regions),
            "Date of publication on UHRI": _excel_serial(date + dt.timedelta(days=90)),
        }
        rows.append(UhriRow(cells, record.source_key))
    return rows


def _bullets(values: Any) -> str | None:
    unique = list(dict.fromkeys(values))
    return "\n".join(f"- {value}" for value in unique) if unique else None


def write_xlsx(rows: Sequence[UhriRow], path: Path) -> Path:
    """The rows as the UHRI Excel export (one sheet, the export's column spellings)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Export")
    sheet.append(list(UHRI_HEADERS))
    for row in rows:
        sheet.append([row.cells.get(header) for header in UHRI_HEADERS])
    book.save(path)
    return path


def json_record(row: UhriRow) -> dict[str, Any]:
    """The same annotation with the field names of OHCHR's JSON export (Text as HTML)."""
    cells = row.cells

    def items(header: str) -> list[str]:
        value = cells.get(header)
        return [line[2:] for line in value.split("\n")] if value else []

    date = dt.date(1899, 12, 30) + dt.timedelta(days=cells["Document Publication Date"])
    text = cells["Text"]
    return {
        "AnnotationId": cells["OHCHR Annotation Id"],
        "AnnotationType": "- Recommendation",
        "Body": "- UPR",
        "Countries": items("Countries Concerned"),
        "DocumentId": str(uuid.uuid5(uuid.NAMESPACE_URL, cells["Document Symbol"])),
        "PublicationDate": date.isoformat() + "T00:00:00",
        "PublicationDateOnUhri": (date + dt.timedelta(days=90)).isoformat() + "T10:53:45.827",
        "Regions": items("Regions Concerned"),
        "Sdgs": items("Sdgs"),
        "Symbol": cells["Document Symbol"],
        "Text": "<p>" + re.sub(r"&", "&amp;", text) + "</p>",
        "Themes": items("Themes"),
        "AffectedPersons": items("Affected Persons"),
        "UprCycle": 1 if cells["UPR Session"] <= 12 else 2,
        "UprPositions": [cells["UPR Position"]],
        "UprRecommendingCountry": items("UPR Reccomending States"),
        "UprRecommendingRegions": items("Recommending Regions"),
        "UprSession": [str(cells["UPR Session"])],
    }
