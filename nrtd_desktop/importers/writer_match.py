"""From a SourceRecord to the values of a ``recommendations`` row: matching and references.

Everything a reader left raw is matched here to the reference data of the catalogue (bodies,
States, themes, affected groups, SDG targets). A value that matches nothing is kept out of the
row and REPORTED as a RowProblem under its row and column ("unmatched"), never dropped silently.

References. An imported row needs a readable, unique reference that is the same every time the
same file is imported (the natural key ``source_format``/``source_key`` finds the row again; the
reference is what people read and type). The rule:

* UPR Info: ``UPR-<cycle>-<session>-<ISO3 of the State under review>-<6 hex of the row's
  content hash>``, with ``-<n>`` when the source lists the same row n times (``UPR-1-4-SAU-3fa9c1``);
* UHRI: ``<document symbol> para. <paragraph>`` when both are known (``A/HRC/40/4 para. 122.45``),
  ``<document symbol> #<6 hex of the annotation id>`` when only the symbol is, else
  ``UHRI-<8 hex of the annotation id>``;
* a mapped file: like UHRI, with ``<mechanism>-<8 hex of the row's key>`` as the last resort.

A reference already taken (by another record, or by an earlier row of the same import) gets the
longer hash appended (see :func:`unique_reference`). A record found again by its natural key keeps
the reference it has: references never change once given.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nrtd_desktop.domain.enums import MechanismKind
from nrtd_desktop.importers.formats import mapped, uhri, upr_info
from nrtd_desktop.importers.records import RowProblem, SourceRecord
from nrtd_desktop.reference.catalog import Catalog, get_catalog

# The State-under-review part of a reference when the file names a State the reference data lacks.
UNKNOWN_STATE = "UNK"

MAX_REFERENCE = 120

# The columns of ``recommendations`` an import owns: the source's words. Everything else on a
# recommendation (cluster, priority, entities, status, notes, the plan) is the committee's.
SOURCE_COLUMNS = (
    "text_ar",
    "text_en",
    "mechanism",
    "body_code",
    "document_symbol",
    "publication_date",
    "cycle",
    "session",
    "paragraph",
    "annotation_type",
    "position",
    "position_source",
    "action_category",
)
# Link tables an import fills: field of Incoming -> (link table name, its key column).
LINK_FIELDS = {
    "themes": ("recommendation_themes", "theme_key"),
    "affected_groups": ("recommendation_groups", "group_key"),
    "sdg_targets": ("recommendation_sdg_targets", "target_code"),
    "recommending_states": ("recommendation_states", "state_alpha3"),
}
_FORMAT_LABELS = {upr_info.FORMAT: "UPR Info", uhri.FORMAT: "UHRI", mapped.FORMAT: "import"}
_UPR = MechanismKind.UPR.value
_Matched = tuple[tuple[str, ...], tuple[str, ...]]  # (keys found, values matching nothing)


@dataclass(slots=True)
class Incoming:
    """One recommendation as it will be written: matched values, links, where it came from."""

    source_format: str
    source_key: str
    file: str | None
    sheet: str | None
    row: int
    reference: str  # the derived reference (a record found again keeps its own)
    values: dict[str, Any]  # SOURCE_COLUMNS -> value; None means "the file says nothing"
    themes: tuple[str, ...] = ()
    affected_groups: tuple[str, ...] = ()
    sdg_targets: tuple[str, ...] = ()
    recommending_states: tuple[str, ...] = ()

    def links(self, name: str) -> tuple[str, ...]:
        return getattr(self, name)


def short_hash(text: str, length: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def unique_reference(incoming: Incoming, taken: Callable[[str], bool]) -> str:
    """The derived reference, or a longer one when it is ``taken`` (deterministic)."""
    if not taken(incoming.reference):
        return incoming.reference
    digest = short_hash(incoming.source_key, 64)
    for length in (8, 16, 64):
        candidate = f"{incoming.reference[: MAX_REFERENCE - length - 1]}-{digest[:length]}"
        if not taken(candidate):
            return candidate
    return digest  # two keys with one sha256: not in this universe


class Matcher:
    """Matches raw names to the catalogue with a cache (names repeat over 41,066 rows)."""

    def __init__(self, catalog: Catalog | None = None, mapping: mapped.ColumnMapping | None = None) -> None:
        self.catalog = catalog or get_catalog()
        self.mapping = mapping
        self._cache: dict[tuple[str, str | None, str], str | None] = {}
        # (kind, source, raw values) -> (keys found, values matching nothing): the themes,
        # States and groups of a row repeat as whole tuples over thousands of rows.
        self._matched: dict[tuple[str, str | None, tuple[str, ...]], _Matched] = {}
        self._mechanisms: dict[str, str] = {}
        self._states: dict[str, str | None] = {}
        self._position_sources: dict[tuple[str, str], str] = {}

    def _cached(self, kind: str, source: str | None, value: str, find: Callable[[], Any]) -> str | None:
        key = (kind, source, value)
        if key not in self._cache:
            self._cache[key] = find()
        return self._cache[key]

    def theme(self, value: str, source: str | None) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_theme(value, source) or self.catalog.match_theme(value)
            return found.key if found else None

        return self._cached("theme", source, value, find)

    def group(self, value: str) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_affected_group(value)
            return found.key if found else None

        return self._cached("group", None, value, find)

    def sdg(self, value: str) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_sdg_target(value)
            return found.code if found else None

        return self._cached("sdg", None, value, find)

    def state(self, value: str) -> str | None:
        try:  # asked twice a row (the State under review, the recommending State)
            return self._states[value]
        except KeyError:
            found = self.catalog.match_state(value)
            alpha3 = self._states[value] = found.alpha3 if found else None
            return alpha3

    def body(self, value: str | None) -> str | None:
        if not value:
            return None

        def find() -> str | None:
            found = self.catalog.match_body(value)
            return found.code if found else None

        return self._cached("body", None, value, find)

    # -- one record --------------------------------------------------------------------------

    def incoming(self, record: SourceRecord, file: str | None) -> tuple[Incoming | None, list[RowProblem]]:
        """The row to write, and the problems: rejections (no Incoming) or unmatched values.

        Runs once per row (41,066 times for the UPR Info files): lookups are cached, problems
        are made only when there is one.
        """
        problems: list[RowProblem] = []
        body = self._body_of(record)
        if body is None:
            value = record.body_raw or record.document_symbol or "-"
            problems.append(self._problem(record, file, "body", "import.unknown_body", value=value))
            return None, problems
        mechanism = self._mechanisms.get(body)
        if mechanism is None:
            mechanism = self._mechanisms[body] = self.catalog.body(body).kind.value
        position = record.position
        if position and mechanism != _UPR:
            value = record.position_raw or position
            problems.append(self._problem(record, file, "position", "import.position_not_upr", value=value))
            position = None
        source = record.source_format if record.source_format in ("upr_info", "uhri") else None
        themes = self._links(record, file, problems, "themes", "theme", source, record.themes_raw)
        groups = self._links(
            record, file, problems, "affected_groups", "group", None, record.affected_groups_raw
        )
        states = self._links(
            record, file, problems, "recommending_states", "state", None, record.recommending_states
        )
        sdgs = self._links(record, file, problems, "sdg", "sdg", None, record.sdg_raw)
        session = record.upr_session
        values = {
            "text_ar": record.text_ar,
            "text_en": record.text_en,
            "mechanism": mechanism,
            "body_code": body,
            "document_symbol": record.document_symbol,
            "publication_date": record.publication_date,
            "cycle": record.upr_cycle,
            "session": str(session) if session is not None else None,
            "paragraph": record.paragraph,
            "annotation_type": record.annotation_type,
            "position": position,
            "position_source": (
                self._position_source(record.source_format, record.position_raw)
                if position and record.position_raw
                else None
            ),
            "action_category": record.action_category,
        }
        incoming = Incoming(
            source_format=record.source_format,
            source_key=record.source_key,
            file=file,
            sheet=record.sheet,
            row=record.row_number,
            reference=self.reference_of(record, mechanism),
            values=values,
            themes=themes,
            affected_groups=groups,
            sdg_targets=sdgs,
            recommending_states=states,
        )
        return incoming, problems

    def _links(
        self,
        record: SourceRecord,
        file: str | None,
        problems: list[RowProblem],
        field_name: str,
        kind: str,
        source: str | None,
        raw: tuple[str, ...],
    ) -> tuple[str, ...]:
        """The keys of one kind of link of a row, reporting each value that matches nothing."""
        if not raw:
            return ()
        found, unmatched = self._match_all(kind, source, tuple(raw))
        for value in unmatched:
            problems.append(
                self._problem(record, file, field_name, f"import.unmatched.{field_name}", value=value)
            )
        return found

    def _problem(
        self, record: SourceRecord, file: str | None, field_name: str, key: str, **params: Any
    ) -> RowProblem:
        header = self.header(record.source_format, field_name)
        return RowProblem(record.sheet, record.row_number, header, key, params, file)

    def _position_source(self, source_format: str, position_raw: str) -> str:
        """ "UPR Info: Accepted": the same few texts on every row, made once."""
        key = (source_format, position_raw)
        text = self._position_sources.get(key)
        if text is None:
            text = self._position_sources[key] = (
                f"{_FORMAT_LABELS.get(source_format, source_format)}: {position_raw}"
            )
        return text

    def _body_of(self, record: SourceRecord) -> str | None:
        if record.source_format == upr_info.FORMAT:
            return "UPR"
        found = self.body(record.body_raw) or self.body(record.document_symbol)
        if found is None and record.mechanism_kind in (MechanismKind.UPR.value, MechanismKind.SP.value):
            found = record.mechanism_kind  # the bodies "UPR" and "SP" stand for their whole family
        return found

    def _match_all(self, kind: str, source: str | None, raw: tuple[str, ...]) -> _Matched:
        """The keys of ``raw`` values of one kind, each once and in order, and the values that
        match nothing (to report); cached by the whole tuple."""
        cache_key = (kind, source, raw)
        matched = self._matched.get(cache_key)
        if matched is None:
            match: Callable[[str], str | None] = {
                "theme": lambda value: self.theme(value, source),
                "group": self.group,
                "state": self.state,
                "sdg": self.sdg,
            }[kind]
            found: list[str] = []
            unmatched: list[str] = []
            for value in raw:
                key = match(value)
                if key is None:
                    unmatched.append(value)
                elif key not in found:
                    found.append(key)
            matched = self._matched[cache_key] = (tuple(found), tuple(unmatched))
        return matched

    def header(self, source_format: str, field_name: str) -> str | None:
        """The column of the file a field comes from, to name it in a problem (the readers and
        the mapping use the same field names: body, themes, affected_groups, sdg...)."""
        if source_format == mapped.FORMAT:
            return self.mapping.columns.get(field_name) if self.mapping is not None else None
        columns = {upr_info.FORMAT: upr_info.COLUMNS, uhri.FORMAT: uhri.COLUMNS}.get(source_format, {})
        spellings = columns.get(field_name)
        return spellings[0] if spellings else None

    def reference_of(self, record: SourceRecord, mechanism: str) -> str:
        """The readable reference of the module docstring."""
        if record.source_format == upr_info.FORMAT:
            _prefix, digest, occurrence = [*record.source_key.split(":"), "", ""][:3]
            country = record.countries_concerned[0] if record.countries_concerned else ""
            iso3 = self.state(country) if country else None
            state = iso3 or UNKNOWN_STATE
            reference = f"UPR-{record.upr_cycle or 0}-{record.upr_session or 0}-{state}-{digest[:6]}"
            if occurrence and occurrence != "1":
                reference += f"-{occurrence}"
            return reference
        symbol = (record.document_symbol or "").strip()
        if symbol and record.paragraph:
            return f"{symbol} para. {record.paragraph}"[:MAX_REFERENCE]
        if record.source_format == uhri.FORMAT:
            if symbol:
                return f"{symbol[: MAX_REFERENCE - 8]} #{short_hash(record.source_key, 6)}"
            return f"UHRI-{short_hash(record.source_key, 8)}"
        if symbol:
            return f"{symbol[: MAX_REFERENCE - 8]} #{short_hash(record.source_key, 6)}"
        return f"{mechanism}-{short_hash(record.source_key, 8)}"
