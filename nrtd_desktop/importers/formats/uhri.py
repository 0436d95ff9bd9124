"""The Universal Human Rights Index (UHRI) export: one row per recommendation or observation.

Columns (UHRI's own spelling, "Reccomending"): Text, Countries Concerned, Reccomending Body,
Document Symbol, Themes, Affected Persons, Sdgs, Document Publication Date, UPR Reccomending
States, UPR Position, Type, OHCHR Annotation Id, UPR Session, Regions Concerned, Recommending
Regions, Date of publication on UHRI. Multi-value cells hold one value per line behind "- ".
The annotation id (a UUID) is the natural key.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from nrtd_desktop.importers import vocab
from nrtd_desktop.importers.formats.common import (
    Cells,
    Collector,
    extra_columns,
    matches_headers,
    other_headers,
    resolve_columns,
)
from nrtd_desktop.importers.keys import cell_digest
from nrtd_desktop.importers.records import ReadResult, SourceRecord
from nrtd_desktop.importers.table import RawRow, Table
from nrtd_desktop.importers.values import bullet_list, split_text

FORMAT = "uhri"
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("Text", "Annotation Text"),
    "countries_concerned": ("Countries Concerned", "Country Concerned", "Countries"),
    "body": ("Reccomending Body", "Recommending Body", "Body"),
    "document_symbol": ("Document Symbol", "Symbol"),
    "themes": ("Themes", "Theme"),
    "affected_groups": ("Affected Persons", "Affected Groups", "Concerned Groups"),
    "sdg": ("Sdgs", "SDGs", "SDG", "Sustainable Development Goals"),
    "publication_date": ("Document Publication Date", "Publication Date"),
    "recommending_states": (
        "UPR Reccomending States",
        "UPR Recommending States",
        "Reccomending States",
        "Recommending States",
    ),
    "position": ("UPR Position", "Position"),
    "annotation_type": ("Type", "Annotation Type"),
    "source_key": ("OHCHR Annotation Id", "Annotation Id", "OHCHR Annotation ID"),
    "upr_session": ("UPR Session", "Session"),
    "regions_concerned": ("Regions Concerned",),
    "recommending_regions": ("Recommending Regions",),
    "uhri_published": ("Date of publication on UHRI", "Date of Publication on UHRI"),
}
REQUIRED = ("text", "source_key")
# What tells a UHRI export from anything else: its key column, or its misspelt body column.
SIGNATURES = (("OHCHR Annotation Id", "Text"), ("Text", "Reccomending Body", "Countries Concerned"))
_SESSION = re.compile(r"\d{1,3}")


def is_uhri(headers: tuple[str, ...]) -> bool:
    return any(matches_headers(headers, signature) for signature in SIGNATURES)


def read(table: Table, path: Path, country: str | None = None) -> ReadResult:
    """Every row of a UHRI export as a SourceRecord; rows with a problem are left out."""
    columns = resolve_columns(table, COLUMNS, REQUIRED, path, "UHRI")
    collector = Collector(table, FORMAT, country)
    others = other_headers(table, columns.values())
    countries_header = columns.get("countries_concerned")
    for row in table:
        collector.rows_read += 1
        countries = bullet_list(row.values.get(countries_header)) if countries_header else ()
        if not collector.wanted(countries):
            continue
        record = _record(row, columns, collector, countries, others)
        if record is not None:
            collector.records.append(record)
    return collector.result()


def _record(
    row: RawRow,
    columns: dict[str, str],
    collector: Collector,
    countries: tuple[str, ...],
    others: tuple[str, ...],
) -> SourceRecord | None:
    cells = collector.cells(row, columns)
    text = cells.text("text", required=True)
    key = _annotation_id(cells.one_line("source_key", required=True))
    if key is not None:
        collector.unique_key(cells, "source_key", key, row)
    symbol = _single(cells, "document_symbol")
    bodies = cells.bullets("body")
    body = "; ".join(bodies) if bodies else None
    recommending = cells.bullets("recommending_states")
    session = _session(cells, "upr_session")
    position_raw = _single(cells, "position", "/")
    position = cells.apply("position", vocab.position, position_raw, None)
    published = cells.date("publication_date")
    uhri_published = cells.date("uhri_published")
    if cells.failed or key is None:
        return None
    sdgs = cells.bullets("sdg")
    text_en, text_ar = split_text(text)
    return SourceRecord(
        source_format=FORMAT,
        source_key=key,
        sheet=row.sheet,
        row_number=row.row_number,
        text_en=text_en,
        text_ar=text_ar,
        mechanism_kind=_kind(bodies, symbol, bool(recommending) or session is not None),
        body_raw=body,
        document_symbol=symbol,
        paragraph=vocab.paragraph_of(text, symbol),
        publication_date=published,
        upr_session=session,
        upr_cycle=vocab.upr_cycle(session),
        countries_concerned=countries,
        recommending_states=recommending,
        position_raw=position_raw,
        position=position.value if position else None,
        annotation_type=vocab.annotation_type(_single(cells, "annotation_type")).value,
        themes_raw=cells.bullets("themes"),
        affected_groups_raw=cells.bullets("affected_groups"),
        sdg_raw=sdgs,
        sdg_targets=vocab.sdg_codes(sdgs),
        regions_concerned=cells.bullets("regions_concerned"),
        recommending_regions=cells.bullets("recommending_regions"),
        uhri_published=uhri_published,
        extra=extra_columns(row, others),
        body_values=bodies,
        row_digest=cell_digest(row.values.values()),
    )


def _annotation_id(raw: str | None) -> str | None:
    """The annotation id in one spelling (a UUID in lower case), so that re-imports match."""
    if raw is None:
        return None
    try:
        return str(uuid.UUID(raw.strip("{}")))
    except ValueError:
        return raw


def _single(cells: Cells, field: str, joiner: str = "; ") -> str | None:
    """A one-value cell, which UHRI may still write behind "- "; several values are joined
    (a position "- Supported" and "- Noted" on two lines reads "Supported/Noted")."""
    values = cells.bullets(field)
    return joiner.join(values) if values else None


def _session(cells: Cells, field: str) -> int | None:
    """The UPR session from "17", 17, "UPR 17" or "17th session"; None when blank."""
    raw = _single(cells, field)
    if raw is None:
        return None
    match = _SESSION.search(raw)
    if match is None:
        cells.report(field, "import.cell.bad_number", value=raw)
        return None
    return int(match.group())


def _kind(bodies: tuple[str, ...], symbol: str | None, upr_hint: bool) -> str | None:
    for body in bodies or (None,):
        kind = vocab.mechanism_kind_of(body, symbol, upr_hint)
        if kind is not None:
            return kind.value
    return None
