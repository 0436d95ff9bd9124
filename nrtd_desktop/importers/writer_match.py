"""From a SourceRecord to the values of a ``recommendations`` row: matching and references.

Everything a reader left raw is matched here to the reference data of the catalogue (bodies,
special-procedure mandates, States under review and recommending, regions, themes, affected
groups, SDG targets and goals), after the committee's own mappings of labels (db/vocabulary.py).
A value that matches nothing is never dropped and never refuses the row: it is kept on the
record as an imported label (``Incoming.labels``, written to ``recommendation_labels``) and
reported as a RowProblem under its row and column ("unmatched"), counted in the preview and
offered for mapping later. A body the program does not know still says which family it is
(UPR, a special procedure's mandate, else a treaty body), and is kept as a label too.

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
from nrtd_desktop.reference.catalog import Catalog, get_catalog, match_key

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
    "countries": ("recommendation_countries", "state_alpha3"),
    "regions": ("recommendation_regions", "region_key"),
    "sdg_goals": ("recommendation_sdg_goals", "goal"),
    "mandates": ("recommendation_mandates", "mandate_code"),
}
# The committee mapped a label to this: it carries nothing, and is let go (db/vocabulary.IGNORE).
IGNORED = "-"
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
    countries: tuple[str, ...] = ()  # the State(s) under review
    regions: tuple[str, ...] = ()
    sdg_goals: tuple[int, ...] = ()
    mandates: tuple[str, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()  # (vocabulary, label) no vocabulary knew
    row_digest: str | None = None

    def links(self, name: str) -> tuple[Any, ...]:
        found: tuple[Any, ...] = getattr(self, name)
        return found


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

    def __init__(
        self,
        catalog: Catalog | None = None,
        mapping: mapped.ColumnMapping | None = None,
        labels: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.catalog = catalog or get_catalog()
        self.mapping = mapping
        # The committee's mappings: (vocabulary, match_key of a label) -> key (db/vocabulary.py).
        self.labels = labels or {}
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

    def _mapped(self, vocabulary: str, value: str) -> str | None:
        return self.labels.get((vocabulary, match_key(value))) if self.labels else None

    def theme(self, value: str, source: str | None) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_theme(value, source) or self.catalog.match_theme(value)
            return found.key if found else self._mapped("theme", value)

        return self._cached("theme", source, value, find)

    def group(self, value: str) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_affected_group(value)
            return found.key if found else self._mapped("group", value)

        return self._cached("group", None, value, find)

    def sdg(self, value: str) -> str | None:
        """A target's code ("5.2"), or "goal:5" for a goal named alone ("5 - GENDER EQUALITY")."""

        def find() -> str | None:
            found = self.catalog.match_sdg_target(value)
            if found is not None:
                return found.code
            goal = self.catalog.match_sdg_goal(value)
            return f"goal:{goal.number}" if goal is not None else self._mapped("sdg", value)

        return self._cached("sdg", None, value, find)

    def state(self, value: str) -> str | None:
        try:  # asked twice a row (the State under review, the recommending State)
            return self._states[value]
        except KeyError:
            found = self.catalog.match_state(value)
            alpha3 = self._states[value] = found.alpha3 if found else self._mapped("state", value)
            return alpha3

    def country(self, value: str) -> str | None:
        alpha3 = self.state(value)
        return alpha3 if alpha3 is not None else self._mapped("country", value)

    def region(self, value: str) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_region(value)
            return found.key if found else self._mapped("region", value)

        return self._cached("region", None, value, find)

    def mandate(self, value: str) -> str | None:
        def find() -> str | None:
            found = self.catalog.match_mandate(value)
            return found.code if found else self._mapped("mandate", value)

        return self._cached("mandate", None, value, find)

    def body(self, value: str | None) -> str | None:
        if not value:
            return None

        def find() -> str | None:
            found = self.catalog.match_body(value)
            return found.code if found else self._mapped("body", value)

        return self._cached("body", None, value, find)

    # -- one record --------------------------------------------------------------------------

    def incoming(self, record: SourceRecord, file: str | None) -> tuple[Incoming | None, list[RowProblem]]:
        """The row to write, and its notes: values kept as labels, a position left out.

        Runs once per row (41,066 times for the UPR Info files): lookups are cached, problems
        are made only when there is one. No value refuses a row any more (issue 18): what the
        vocabularies do not know is kept on the record as a label.
        """
        problems: list[RowProblem] = []
        labels: list[tuple[str, str]] = []
        body, mandates = self._body_of(record, file, problems, labels)
        mechanism = self._mechanisms.get(body)
        if mechanism is None:
            mechanism = self._mechanisms[body] = self.catalog.body(body).kind.value
        position = record.position
        if position and mechanism != _UPR:
            value = record.position_raw or position
            problems.append(self._problem(record, file, "position", "import.position_not_upr", value=value))
            position = None
        source = record.source_format if record.source_format in ("upr_info", "uhri") else None
        themes = self._links(record, file, problems, labels, "themes", "theme", source, record.themes_raw)
        groups = self._links(
            record, file, problems, labels, "affected_groups", "group", None, record.affected_groups_raw
        )
        states = self._links(
            record, file, problems, labels, "recommending_states", "state", None, record.recommending_states
        )
        countries = self._links(
            record, file, problems, labels, "countries_concerned", "country", None, record.countries_concerned
        )
        regions = self._links(
            record, file, problems, labels, "regions_concerned", "region", None, record.regions_concerned
        )
        sdgs = self._links(record, file, problems, labels, "sdg", "sdg", None, record.sdg_raw)
        goals = tuple(int(key[5:]) for key in sdgs if key.startswith("goal:"))
        if goals:
            sdgs = tuple(key for key in sdgs if not key.startswith("goal:"))
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
            countries=countries,
            regions=regions,
            sdg_goals=goals,
            mandates=mandates,
            labels=tuple(dict.fromkeys(labels)),
            row_digest=record.row_digest,
        )
        return incoming, problems

    def _links(
        self,
        record: SourceRecord,
        file: str | None,
        problems: list[RowProblem],
        labels: list[tuple[str, str]],
        field_name: str,
        kind: str,
        source: str | None,
        raw: tuple[str, ...],
    ) -> tuple[str, ...]:
        """The keys of one kind of link of a row; each value that matches nothing is kept as a
        label and reported (a note: it refuses nothing)."""
        if not raw:
            return ()
        found, unmatched = self._match_all(kind, source, tuple(raw))
        for value in unmatched:
            labels.append((kind, value))
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

    def _body_of(
        self,
        record: SourceRecord,
        file: str | None,
        problems: list[RowProblem],
        labels: list[tuple[str, str]],
    ) -> tuple[str, tuple[str, ...]]:
        """The body code and the special-procedure mandates of a row.

        A body the catalogue names is that body; a mandate's name ("SR Poverty", "WG on
        Arbitrary Detention") is body SP with its mandate; a special procedure the catalogue
        does not know is SP with the name kept as a "mandate" label; any other unknown body is
        its family's (UPR, SP by its symbol, else a treaty body "TB") with the name kept as a
        "body" label, to be mapped later.
        """
        if record.source_format == upr_info.FORMAT:
            return "UPR", ()
        values = record.body_values or ((record.body_raw,) if record.body_raw else ())
        body: str | None = None
        mandates: list[str] = []
        unknown: list[str] = []
        for value in values:
            mandate = self.mandate(value)
            if mandate is not None and mandate != IGNORED:
                mandates.append(mandate)
                body = body or "SP"
                continue
            found = self.body(value)
            if found is not None and found != IGNORED:
                body = body or found
            else:
                unknown.append(value)
        if body is None and record.document_symbol:
            found = self.body(record.document_symbol)
            body = found if found != IGNORED else None
        if body is None:
            kind = record.mechanism_kind
            body = kind if kind in (MechanismKind.UPR.value, MechanismKind.SP.value) else "TB"
        for value in unknown:
            vocabulary = "mandate" if body == "SP" else "body"
            labels.append((vocabulary, value))
            key = "import.unmatched.mandate" if vocabulary == "mandate" else "import.unmatched.body"
            problems.append(self._problem(record, file, "body", key, value=value))
        return body, tuple(dict.fromkeys(mandates))

    def _match_all(self, kind: str, source: str | None, raw: tuple[str, ...]) -> _Matched:
        """The keys of ``raw`` values of one kind, each once and in order, and the values that
        match nothing (to keep as labels); cached by the whole tuple. A value the committee
        mapped to nothing (IGNORED) is neither."""
        cache_key = (kind, source, raw)
        matched = self._matched.get(cache_key)
        if matched is None:
            match: Callable[[str], str | None] = {
                "theme": lambda value: self.theme(value, source),
                "group": self.group,
                "state": self.state,
                "country": self.country,
                "region": self.region,
                "sdg": self.sdg,
            }[kind]
            found: list[str] = []
            unmatched: list[str] = []
            for value in raw:
                key = match(value)
                if key is None:
                    unmatched.append(value)
                elif key != IGNORED and key not in found:
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
