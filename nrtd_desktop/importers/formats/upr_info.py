"""The UPR Info database export (CSV or xlsx with the same columns).

Columns: To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session.
There is no identifier: the key is a hash of (To, Session, From, Text) with the occurrence
number, see keys.py. ``Response`` is Accepted/Noted, ``Action`` the category 1 to 5, ``Issue``
a comma-separated list of UPR Info's issues. The export writes "(Unknown)" as an HTML-escaped
"&#40;Unknown&#41;" where the recommending State is not known.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from nrtd_desktop.domain.enums import AnnotationType, MechanismKind
from nrtd_desktop.importers import vocab
from nrtd_desktop.importers.formats.common import (
    MAX_TEXT_LENGTH,
    Collector,
    matches_headers,
    other_headers,
    resolve_columns,
)
from nrtd_desktop.importers.keys import KeyMaker, cell_digest
from nrtd_desktop.importers.records import ReadResult, SourceRecord
from nrtd_desktop.importers.table import RawRow, Table, is_blank
from nrtd_desktop.importers.values import CellError, split_text, whole_number
from nrtd_desktop.importers.values import text as cell_text
from nrtd_desktop.reference.catalog import get_catalog, match_key

FORMAT = "upr_info"
COLUMNS: dict[str, tuple[str, ...]] = {
    "countries_concerned": ("To",),
    "regions_concerned": ("To-Rgrp", "To Rgrp", "To-RGrp"),
    "to_organisations": ("To-Org", "To Org"),
    "text": ("Text", "Recommendation"),
    "recommending_states": ("From",),
    "recommending_regions": ("From-Rgrp", "From Rgrp", "From-RGrp"),
    "from_organisations": ("From-Org", "From Org"),
    "position": ("Response",),
    "action_category": ("Action",),
    "themes": ("Issue", "Issues"),
    "upr_session": ("Session",),
}
REQUIRED = ("countries_concerned", "text", "recommending_states", "upr_session")
SIGNATURE = ("To", "From", "Text", "Session")
_UNKNOWN = "(unknown)"


def is_upr_info(headers: tuple[str, ...]) -> bool:
    return matches_headers(headers, SIGNATURE)


def read(
    table: Table,
    path: Path,
    country: str | None = None,
    keys: KeyMaker | None = None,
    unchanged: Mapping[tuple[str, str], str | None] | None = None,
) -> ReadResult:
    """Every row of a UPR Info table as a SourceRecord (see module docstring).

    ``unchanged``: (format, key) -> the digest of the row as last imported. A row whose cells
    give that digest again is given as its key and digest only (the import skips it): making
    the whole record of each of the 41,066 rows of a re-import cost a quarter of its time."""
    columns = resolve_columns(table, COLUMNS, REQUIRED, path, "UPR Info")
    collector = Collector(table, FORMAT, country)
    keys = keys or KeyMaker(FORMAT)
    # Organisations (To-Org, From-Org) have no field of their own: they go to ``extra``.
    organisations = {columns[f] for f in ("to_organisations", "from_organisations") if f in columns}
    others = other_headers(table, set(columns.values()) - organisations)
    headers = _Headers(*(columns.get(field) for field in _Headers._fields))
    for row in table:
        collector.rows_read += 1
        to = _value(_cells(row).get(headers.countries_concerned))
        if not collector.wanted((to,) if to else ()):
            continue
        record = _plain_record(row, headers, keys, to, others, unchanged)
        if record is None:  # the row has something to report: the careful path says what
            record = _record(row, columns, headers, collector, keys, to, others)
        if record is not None:
            collector.records.append(record)
    return collector.result()


class _Headers(NamedTuple):
    """The file's header for each field (None when the file lacks the column)."""

    countries_concerned: str | None
    regions_concerned: str | None
    text: str | None
    recommending_states: str | None
    recommending_regions: str | None
    position: str | None
    action_category: str | None
    themes: str | None
    upr_session: str | None


def _cells(row: RawRow) -> dict[str | None, Any]:
    """The row's cells by header, looked up by a ``_Headers`` field: a column the file lacks
    (None) finds nothing."""
    return row.values  # type: ignore[return-value]  # dict is invariant in its key; only read here


def _value(raw: Any) -> str | None:
    if raw is None:
        return None
    return _clean(raw if type(raw) is str else str(raw))


@functools.lru_cache(maxsize=4096)
def _clean(raw: str) -> str | None:
    """One-line text; cached, since names, regions and responses repeat across rows."""
    return " ".join(unescape(raw).split()) or None


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt);")


def unescape(value: str) -> str:
    """Undo the export's HTML character references ("&#40;" is "("), and only those: a text
    may well hold "&" followed by a word and ";" that is not a reference."""
    if "&" not in value:
        return value
    return _ENTITY.sub(lambda match: html.unescape(match.group()), value)


_UPR = MechanismKind.UPR.value
_RECOMMENDATION = AnnotationType.RECOMMENDATION.value


_BAD = object()  # a cell the careful path must report


def _plain_record(
    row: RawRow,
    headers: _Headers,
    keys: KeyMaker,
    to: str | None,
    others: tuple[str, ...],
    unchanged: Mapping[tuple[str, str], str | None] | None = None,
) -> SourceRecord | None:
    """The record of a row with nothing to report; None, before making its key, otherwise.

    The fast path of the 41,066 rows of the UPR Info files: the same reading as ``_record``
    with cached conversions and without the per-cell bookkeeping that reports problems.
    A row it gives up on goes to ``_record``, which reports exactly what is wrong.
    """
    if row.flawed or to is None:
        return None
    values = _cells(row)
    text = cell_text(values.get(headers.text))
    if text is None or len(text) > MAX_TEXT_LENGTH:
        return None
    session = _number(values.get(headers.upr_session), "upr_session", 1, 999)
    action = _number(values.get(headers.action_category), "action_category", 1, 5)
    if session is None or session is _BAD or action is _BAD:
        return None
    response = _value(values.get(headers.position))
    position = None
    if response:
        try:
            position = _position_value(response)
        except CellError:
            return None
    text = unescape(text)
    recommending = _value(values.get(headers.recommending_states))
    key = keys.key(to, session, recommending, text)
    if unchanged:
        known = unchanged.get((FORMAT, key))
        if known is not None:
            digest = cell_digest(values.values())
            if digest == known:
                return SourceRecord(FORMAT, key, row.sheet, row.row_number, row_digest=digest)
    return _source_record(
        row, headers, key, text, to, session, action, response, position, recommending, others
    )


def _number(raw: Any, field: str, low: int, high: int) -> Any:
    """Cells.number without the report: None when blank, _BAD when wrong."""
    if is_blank(raw):
        return None
    try:
        return whole_number(raw, field, low, high)
    except CellError:
        return _BAD


def _record(
    row: RawRow,
    columns: dict[str, str],
    headers: _Headers,
    collector: Collector,
    keys: KeyMaker,
    to: str | None,
    others: tuple[str, ...],
) -> SourceRecord | None:
    """One row's record, or None when the row has a problem (reported to the collector)."""
    values = _cells(row)
    cells = collector.cells(row, columns)
    text = cells.text("text", required=True)
    text = unescape(text) if text else None
    if to is None:
        cells.report("countries_concerned", "import.cell.required")
    session = cells.number("upr_session", low=1, high=999, required=True)
    action = cells.number("action_category", low=1, high=5)
    response = _value(values.get(headers.position))
    position = cells.apply("position", _position_value, response, None) if response else None
    recommending = _value(values.get(headers.recommending_states))
    # The key is made for every row, failed or not, so that later rows keep their numbers.
    key = keys.key(
        to, session if session is not None else values.get(headers.upr_session), recommending, text
    )
    if cells.failed:
        return None
    return _source_record(
        row, headers, key, text, to, session, action, response, position, recommending, others
    )


def _source_record(
    row: RawRow,
    headers: _Headers,
    key: str,
    text: str | None,
    to: str | None,
    session: int | None,
    action: int | None,
    response: str | None,
    position: str | None,
    recommending: str | None,
    others: tuple[str, ...],
) -> SourceRecord:
    values = _cells(row)
    text_en, text_ar = split_text(text)
    extra = {}
    for header in others:  # the organisations, and any column the format does not know
        value = _extra_text(values.get(header))
        if value is not None:
            extra[header] = value
    return SourceRecord(
        source_format=FORMAT,
        source_key=key,
        sheet=row.sheet,
        row_number=row.row_number,
        text_en=text_en,
        text_ar=text_ar,
        mechanism_kind=_UPR,
        upr_session=session,
        upr_cycle=_cycle(session),
        countries_concerned=(to,) if to else (),
        recommending_states=_known(recommending),
        position_raw=response,
        position=position,
        action_category=action,
        annotation_type=_RECOMMENDATION,
        themes_raw=_issues_of(values.get(headers.themes)),
        regions_concerned=_known_of(values.get(headers.regions_concerned)),
        recommending_regions=_known_of(values.get(headers.recommending_regions)),
        extra=extra,
        row_digest=cell_digest(values.values()),
    )


def _extra_text(raw: Any) -> str | None:
    """A cell of a column no field takes, as text (common.extra_columns, then unescaped)."""
    if raw is None:
        return None
    if type(raw) is str:
        return _extra_string(raw)
    cleaned = cell_text(raw)
    return unescape(cleaned) if cleaned is not None else None


@functools.lru_cache(maxsize=4096)
def _extra_string(raw: str) -> str | None:
    """Cached: these columns hold the regional groups and organisations, repeated on every row."""
    cleaned = cell_text(raw)
    return unescape(cleaned) if cleaned is not None else None


@functools.lru_cache(maxsize=1024)
def _cycle(session: int | None) -> int | None:
    return vocab.upr_cycle(session)


@functools.lru_cache(maxsize=64)
def _position_value(response: str | None) -> str | None:
    found = vocab.position(response)
    return found.value if found else None


# Cells read straight from their raw value (typed: 1 and True are different cells of a workbook).
@functools.lru_cache(maxsize=4096, typed=True)
def _known_of(raw: Any) -> tuple[str, ...]:
    return _known(_value(raw))


@functools.lru_cache(maxsize=8192, typed=True)
def _issues_of(raw: Any) -> tuple[str, ...]:
    return split_issues(_value(raw))


@functools.lru_cache(maxsize=4096)
def _known(value: str | None) -> tuple[str, ...]:
    """A one-value tuple, or () when the value is blank or UPR Info's "(Unknown)"."""
    if not value or value.casefold() == _UNKNOWN:
        return ()
    return (value,)


@functools.cache
def _known_issue_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The match keys of UPR Info's issue names that hold a comma, and of their first parts.

    From the catalogue, to rejoin such a name when the cell is split at its commas.
    """
    names = []
    for theme in get_catalog().themes(FORMAT):
        names.append(theme.name_en)
        names.extend(theme.aliases)
    with_commas = [name for name in names if "," in name]
    return (
        frozenset(match_key(name) for name in with_commas),
        frozenset(match_key(name.split(",", 1)[0]) for name in with_commas),
    )


@functools.lru_cache(maxsize=4096)
def _issue_key(text: str) -> str:
    """match_key of a piece of an Issue cell: the same few dozen pieces on thousands of cells."""
    return match_key(text)


@functools.lru_cache(maxsize=8192)
def split_issues(value: str | None) -> tuple[str, ...]:
    """The issues of a comma-separated Issue cell.

    A comma inside a known issue's name does not split it: pieces are rejoined, longest first,
    when together they spell an issue the catalogue knows.
    """
    if not value:
        return ()
    pieces = [piece.strip() for piece in value.split(",")]
    known, starts = _known_issue_keys()
    issues: list[str] = []
    index = 0
    while index < len(pieces):
        taken = 1
        if _issue_key(pieces[index]) in starts:
            for end in range(len(pieces), index + 1, -1):
                if _issue_key(", ".join(pieces[index:end])) in known:
                    taken = end - index
                    break
        issue = ", ".join(pieces[index : index + taken])
        if issue:
            issues.append(issue)
        index += taken
    return tuple(dict.fromkeys(issues))
