"""Any spreadsheet or CSV read through a column mapping chosen by a person.

A ministry's own tracking sheet, an old NRTD export, a table typed in a workshop: none has
fixed columns, so a dialog shows the file's headers and first rows (``preview``) and the person
says which column holds what (``ColumnMapping``). The import service stores named mappings in
the database as JSON and reuses them for the next file of the same shape.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nrtd_desktop.domain.enums import AnnotationType
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.importers import vocab
from nrtd_desktop.importers.formats.common import (
    Cells,
    Collector,
    extra_columns,
    other_headers,
    resolve_columns,
)
from nrtd_desktop.importers.keys import KeyMaker
from nrtd_desktop.importers.records import ReadResult, SourceRecord
from nrtd_desktop.importers.table import RawRow, Table
from nrtd_desktop.importers.values import CellError, bullet_list, split_list, split_text, text

FORMAT = "mapped"
# The fields a column can be mapped to: a SourceRecord field, or "text" (either language).
TARGETS = (
    "text",
    "text_en",
    "text_ar",
    "source_key",
    "mechanism_kind",
    "body",
    "document_symbol",
    "paragraph",
    "publication_date",
    "upr_session",
    "countries_concerned",
    "recommending_states",
    "position",
    "action_category",
    "annotation_type",
    "themes",
    "affected_groups",
    "sdg",
    "regions_concerned",
    "recommending_regions",
)
# The fields whose cells may hold several values ("- " bullets, or list_separators).
LIST_TARGETS = (
    "countries_concerned",
    "recommending_states",
    "themes",
    "affected_groups",
    "sdg",
    "regions_concerned",
    "recommending_regions",
)
# Options a mapping may carry, with their defaults.
DEFAULT_OPTIONS: dict[str, Any] = {
    "sheet": None,  # the sheet of a workbook; None: the first visible one
    "header_row": None,  # the header's row number; None: the first non-blank row
    "list_separators": ";\n",  # what separates the values of a multi-value cell
    "mechanism_kind": None,  # "UPR" | "TB" | "SP" for every row, when no column says
    "body": None,  # the body for every row, when no column says
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of a file holds which field: ``columns`` maps a target field to a header."""

    name: str
    columns: dict[str, str]
    options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for target in self.columns:
            if target not in TARGETS:
                raise ValidationError("import.mapping_unknown_target", mapping=self.name, target=target)
        if not any(target in self.columns for target in ("text", "text_en", "text_ar")):
            raise ValidationError("import.mapping_no_text", mapping=self.name)
        try:
            vocab.mechanism_kind_value(self.option("mechanism_kind"))
        except CellError as error:
            raise ValidationError(error.key, **error.params) from error

    def option(self, name: str) -> Any:
        return self.options.get(name, DEFAULT_OPTIONS.get(name))

    def to_json(self) -> str:
        return json.dumps(
            {"version": 1, "name": self.name, "columns": self.columns, "options": self.options},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, data: str | bytes) -> ColumnMapping:
        try:
            raw = json.loads(data)
            if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict):
                raise ValueError("a mapping is an object with 'name' and 'columns'")
            return cls(
                name=str(raw.get("name", "")),
                columns={str(k): str(v) for k, v in raw["columns"].items()},
                options=dict(raw.get("options") or {}),
            )
        except (ValueError, TypeError) as error:
            raise ValidationError("import.mapping_bad_json", reason=str(error)) from error


@dataclass(frozen=True, slots=True)
class Preview:
    """What a mapping dialog shows: the headers and the first rows, as text."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sheet: str | None
    sheet_names: tuple[str, ...]
    info: Mapping[str, Any]


def preview_table(table: Table, n: int = 20) -> Preview:
    rows = []
    for row in table:
        rows.append(tuple(text(row.values.get(header)) or "" for header in table.headers))
        if len(rows) >= n:
            break
    info = {key: value for key, value in table.info.items() if key not in ("epoch", "sheets")}
    return Preview(table.headers, tuple(rows), table.sheet, tuple(table.info.get("sheets", ())), info)


def read(table: Table, path: Path, mapping: ColumnMapping, country: str | None = None) -> ReadResult:
    """Every row through ``mapping``; a header the mapping names but the file lacks is refused."""
    wanted = {target: (header,) for target, header in mapping.columns.items()}
    columns = resolve_columns(table, wanted, tuple(mapping.columns), path, mapping.name)
    collector = Collector(table, FORMAT, country)
    keys = KeyMaker(FORMAT)
    others = other_headers(table, columns.values())
    for row in table:
        collector.rows_read += 1
        cells = collector.cells(row, columns)
        countries = _list(cells, "countries_concerned", mapping)
        if not collector.wanted(countries):
            continue
        record = _record(row, cells, collector, keys, mapping, countries, others)
        if record is not None:
            collector.records.append(record)
    return collector.result()


def _list(cells: Cells, field: str, mapping: ColumnMapping) -> tuple[str, ...]:
    raw = cells.raw(field)
    values = bullet_list(raw)
    if len(values) > 1 or (values and str(raw).lstrip().startswith(("-", "\u2022"))):
        return values
    return split_list(raw, mapping.option("list_separators"))


def _record(
    row: RawRow,
    cells: Cells,
    collector: Collector,
    keys: KeyMaker,
    mapping: ColumnMapping,
    countries: tuple[str, ...],
    others: tuple[str, ...],
) -> SourceRecord | None:
    text_en, text_ar = split_text(cells.text("text"))
    text_en = cells.text("text_en") or text_en
    text_ar = cells.text("text_ar") or text_ar
    if not (text_en or text_ar):
        cells.report("text", "import.cell.required")
    symbol = cells.one_line("document_symbol")
    body = cells.one_line("body") or mapping.option("body")
    session = cells.number("upr_session", low=1, high=999)
    recommending = _list(cells, "recommending_states", mapping)
    kind = cells.convert("mechanism_kind", vocab.mechanism_kind_value, None)
    if kind is None and mapping.option("mechanism_kind"):
        kind = vocab.mechanism_kind_value(mapping.option("mechanism_kind"))
    if kind is None:
        kind = vocab.mechanism_kind_of(body, symbol, bool(recommending) or session is not None)
    position_raw = cells.one_line("position")
    position = cells.convert("position", vocab.position, None)
    action = cells.number("action_category", low=1, high=5)
    published = cells.date("publication_date")
    own_key = cells.one_line("source_key")
    paragraph = cells.one_line("paragraph") or vocab.paragraph_of(text_en or text_ar, symbol)
    if own_key is not None:
        collector.unique_key(cells, "source_key", own_key, row)
        key = own_key
    else:
        key = keys.key(";".join(countries), symbol, paragraph, session, text_en or text_ar)
    if cells.failed:
        return None
    sdg = _list(cells, "sdg", mapping)
    annotation = cells.one_line("annotation_type")
    return SourceRecord(
        source_format=FORMAT,
        source_key=key,
        sheet=row.sheet,
        row_number=row.row_number,
        text_en=text_en,
        text_ar=text_ar,
        mechanism_kind=kind.value if kind else None,
        body_raw=body,
        document_symbol=symbol,
        paragraph=paragraph,
        publication_date=published,
        upr_session=session,
        upr_cycle=vocab.upr_cycle(session),
        countries_concerned=countries,
        recommending_states=recommending,
        position_raw=position_raw,
        position=position.value if position else None,
        action_category=action,
        annotation_type=(
            vocab.annotation_type(annotation).value if annotation else AnnotationType.RECOMMENDATION.value
        ),
        themes_raw=_list(cells, "themes", mapping),
        affected_groups_raw=_list(cells, "affected_groups", mapping),
        sdg_raw=sdg,
        sdg_targets=vocab.sdg_codes(sdg),
        regions_concerned=_list(cells, "regions_concerned", mapping),
        recommending_regions=_list(cells, "recommending_regions", mapping),
        extra=extra_columns(row, others),
    )
