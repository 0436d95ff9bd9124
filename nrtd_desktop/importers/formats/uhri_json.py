"""The UHRI's JSON export: the same annotations as the Excel export, with OHCHR's field names.

An array of objects (the whole index is one file of about 365 MB), each with ``AnnotationId``,
``Text`` (HTML: ``<p>``, ``<br>``, entities), ``Symbol``, ``Body`` ("- CRC", or a list),
``Countries``, ``Themes``, ``Sdgs``, ``AffectedPersons``, ``AnnotationType`` ("- Recommendation",
"- Concerns/Observations"), ``PublicationDate`` and ``PublicationDateOnUhri`` (ISO date-times),
``Regions``, ``UprCycle``, ``UprPositions``, ``UprRecommendingCountry``,
``UprRecommendingRegions``, ``UprSession`` (lists, empty outside the UPR) and ``DocumentId``.

The file is read object by object (``json.JSONDecoder.raw_decode`` over a sliding window of
text), so the whole index never sits in memory at once. A record read here has the source
"uhri" and the annotation id as key, exactly as the Excel export's row of the same annotation:
importing one after the other finds the same records.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nrtd_desktop.importers import vocab
from nrtd_desktop.importers.countries import CountryFilter
from nrtd_desktop.importers.formats.common import MAX_TEXT_LENGTH
from nrtd_desktop.importers.keys import cell_digest
from nrtd_desktop.importers.records import ImportFileError, ProblemList, ReadResult, RowProblem, SourceRecord
from nrtd_desktop.importers.values import CellError, bullet_list, split_text
from nrtd_desktop.importers.values import text as clean_text

FORMAT = "uhri"
MAX_JSON_BYTES = 2048 * 1024 * 1024
_CHUNK = 1 << 20
_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SESSION = re.compile(r"\d{1,3}")
FIELDS = ("AnnotationId", "Text")


def looks_like_json(path: Path) -> bool:
    """A .json file, or a file whose first non-blank character opens a JSON array or object."""
    if path.suffix.lower() == ".json":
        return True
    with path.open("rb") as stream:
        head = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"[", b"{")


def html_to_text(value: str | None) -> str | None:
    """The text of UHRI's HTML: paragraphs and line breaks as new lines, tags out, entities read."""
    if not value:
        return None
    text = _BLOCK_END.sub("\n", value)
    text = _TAG.sub("", text)
    return clean_text(html.unescape(text))


def _objects(path: Path) -> Iterator[tuple[int, Any]]:
    """(position from 1, object) for every element of the file's top-level array."""
    decoder = json.JSONDecoder()
    with path.open("r", encoding="utf-8-sig", errors="strict") as stream:
        buffer = stream.read(_CHUNK)
        position = _skip(buffer, 0)
        if position >= len(buffer) or buffer[position] not in "[{":
            raise ImportFileError("import.json_malformed", path=str(path), line=1, reason="not a JSON array")
        if buffer[position] == "{":  # an object holding the list: {"value": [...]}
            inner = buffer.find("[", position)
            if inner < 0:
                raise ImportFileError("import.json_malformed", path=str(path), line=1, reason="no list")
            position = inner
        position += 1
        number = 0
        while True:
            position = _skip(buffer, position)
            if position < len(buffer) and buffer[position] == ",":
                position = _skip(buffer, position + 1)
            if position < len(buffer) and buffer[position] == "]":
                return
            try:
                item, end = decoder.raw_decode(buffer, position)
            except json.JSONDecodeError as error:
                more = stream.read(_CHUNK)
                if more:
                    buffer = buffer[position:] + more
                    position = 0
                    continue
                raise ImportFileError(
                    "import.json_malformed", path=str(path), line=error.lineno, reason=error.msg
                ) from error
            number += 1
            yield number, item
            position = end
            if position > _CHUNK:
                buffer = buffer[position:] + stream.read(_CHUNK)
                position = 0


def _skip(buffer: str, position: int) -> int:
    while position < len(buffer) and buffer[position] in " \t\r\n":
        position += 1
    return position


def _list(value: Any) -> tuple[str, ...]:
    """A field that is a list of strings, a string with "- " lines, or nothing."""
    if value is None:
        return ()
    if isinstance(value, list):
        items = [clean_text(str(item)) for item in value if item is not None]
        return tuple(dict.fromkeys(item.lstrip("-• ").strip() for item in items if item))
    return bullet_list(str(value))


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        return None


def read(path: Path, country: str | None = None) -> ReadResult:
    """Every annotation of a UHRI JSON export as a SourceRecord."""
    if path.stat().st_size > MAX_JSON_BYTES:
        raise ImportFileError(
            "import.csv_too_large",
            path=str(path),
            size_mb=path.stat().st_size >> 20,
            limit_mb=MAX_JSON_BYTES >> 20,
        )
    wanted = CountryFilter(country) if country else None
    problems = ProblemList()
    records: list[SourceRecord] = []
    seen: dict[str, int] = {}
    rows = 0
    try:
        for number, item in _objects(path):
            rows += 1
            if not isinstance(item, dict):
                problems.add(RowProblem(None, number, None, "import.json_not_object", {}))
                continue
            countries = _list(item.get("Countries"))
            if wanted is not None and not wanted.matches(countries):
                continue
            record = _record(item, number, countries, problems, seen)
            if record is not None:
                records.append(record)
    except UnicodeDecodeError as error:
        raise ImportFileError("import.csv_undecodable", path=str(path)) from error
    return ReadResult(tuple(records), tuple(problems.items), FORMAT, rows, problems.count, {"json": True})


def _record(
    item: dict[str, Any], number: int, countries: tuple[str, ...], problems: ProblemList, seen: dict[str, int]
) -> SourceRecord | None:
    raw_id = str(item.get("AnnotationId") or "").strip()
    text = html_to_text(item.get("Text"))
    failed = False
    if not raw_id:
        problems.add(
            RowProblem(None, number, "AnnotationId", "import.cell.required", {"field": "AnnotationId"})
        )
        failed = True
    if text is None:
        problems.add(RowProblem(None, number, "Text", "import.cell.required", {"field": "Text"}))
        failed = True
    elif len(text) > MAX_TEXT_LENGTH:
        problems.add(
            RowProblem(
                None,
                number,
                "Text",
                "import.cell.too_long",
                {"field": "Text", "length": len(text), "limit": MAX_TEXT_LENGTH},
            )
        )
        failed = True
    key = _annotation_id(raw_id)
    first = seen.setdefault(key, number) if key else number
    if key and first != number:
        problems.add(
            RowProblem(
                None,
                number,
                "AnnotationId",
                "import.cell.duplicate_key",
                {"field": "AnnotationId", "value": key, "first_row": first},
            )
        )
        failed = True
    positions = _list(item.get("UprPositions"))
    position_raw = "/".join(positions) if positions else None
    position = None
    if position_raw:
        try:
            found = vocab.position(position_raw)
            position = found.value if found else None
        except CellError as error:
            problems.add(
                RowProblem(None, number, "UprPositions", error.key, {"field": "UprPositions", **error.params})
            )
            failed = True
    if failed:
        return None
    sessions = [int(m.group()) for s in _list(item.get("UprSession")) if (m := _SESSION.search(s))]
    session = sessions[0] if sessions else None
    bodies = _list(item.get("Body"))
    symbol = clean_text(item.get("Symbol")) or None
    recommending = _list(item.get("UprRecommendingCountry"))
    sdgs = _list(item.get("Sdgs"))
    text_en, text_ar = split_text(text)
    kind = None
    for body in bodies or (None,):
        found_kind = vocab.mechanism_kind_of(body, symbol, bool(recommending) or session is not None)
        if found_kind is not None:
            kind = found_kind.value
            break
    cycle = item.get("UprCycle")
    extra = {"DocumentId": str(item["DocumentId"])} if item.get("DocumentId") else {}
    return SourceRecord(
        source_format=FORMAT,
        source_key=key,
        sheet=None,
        row_number=number,
        text_en=text_en,
        text_ar=text_ar,
        mechanism_kind=kind,
        body_raw="; ".join(bodies) if bodies else None,
        document_symbol=symbol,
        paragraph=vocab.paragraph_of(text, symbol),
        publication_date=_date(item.get("PublicationDate")),
        upr_session=session,
        upr_cycle=vocab.upr_cycle(session) or (cycle if isinstance(cycle, int) else None),
        countries_concerned=countries,
        recommending_states=recommending,
        position_raw=position_raw,
        position=position,
        annotation_type=vocab.annotation_type(" ".join(_list(item.get("AnnotationType"))) or None).value,
        themes_raw=_list(item.get("Themes")),
        affected_groups_raw=_list(item.get("AffectedPersons")),
        sdg_raw=sdgs,
        sdg_targets=vocab.sdg_codes(sdgs),
        regions_concerned=_list(item.get("Regions")),
        recommending_regions=_list(item.get("UprRecommendingRegions")),
        uhri_published=_date(item.get("PublicationDateOnUhri")),
        extra=extra,
        body_values=bodies,
        row_digest=cell_digest([json.dumps(item, sort_keys=True, ensure_ascii=False)]),
    )


def _annotation_id(raw: str) -> str:
    try:
        return str(uuid.UUID(raw.strip("{}")))
    except ValueError:
        return raw
