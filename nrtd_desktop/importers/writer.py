"""Compare imported rows with the database, and write them: SQLAlchemy Core, one transaction.

``plan_sources`` decides, for every matched row (writer_match.Incoming), whether it is new,
updated, unchanged or the record of another source: a row is found again by its natural key
(``recommendation_sources``: every source a record was imported under); an unchanged one by the
digest of its cells (writer_sources.py), without comparing a field; a row of a source the
database has not seen is compared with the records it could be (matching.py) and, when it is
one of them, adds its key to that record instead of making a second one.
``write_sources`` writes the decision with bulk inserts (writer_bulk.py: tuples straight to the
driver; ORM ``add_all`` is 8 times slower, docs/design/PERFORMANCE.md) and does by hand what the ORM listeners
would do: one ``history`` row per created record (and one per changed field of an updated one)
with origin "import" and the file names, versions and stamps, the Arabic-normalised
``search_text``, sequential ``search_rowid``s and the FTS index, and the ``documents`` the rows
cite.

What an update may change. A newer version of a source row changes the source's fields only
(writer_match.SOURCE_COLUMNS: text, body, symbol, dates, session, position...), and only where
the file gives a value (a blank cell never erases, so the Arabic text a committee added to an
English-only UPR Info row stays). Themes, affected groups, SDG targets and recommending States
are ADDED to those the record has, never removed, so that the committee's own classification
survives and the same file imported again changes nothing. The committee's work (cluster,
priority, entities, status, notes, the plan) is never touched.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    Table,
    bindparam,
    func,
    literal_column,
    select,
    update,
)

from nrtd_desktop.db import fts
from nrtd_desktop.db.base import new_id, utcnow
from nrtd_desktop.db.history import Actor
from nrtd_desktop.db.models import Document, HistoryEntry, Recommendation
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.importers.matching import Match, match_rows
from nrtd_desktop.importers.writer_bulk import (
    driver_values,
    index_new_rows,
    insert_rows,
    insert_tuples,
    is_sqlite,
    ordered_ids,
    rebuilt_indexes,
    search_text,
)
from nrtd_desktop.importers.writer_bulk import next_rowid as bulk_next_rowid
from nrtd_desktop.importers.writer_match import LINK_FIELDS, SOURCE_COLUMNS, Incoming, unique_reference
from nrtd_desktop.importers.writer_sources import (
    find_sources,
    insert_labels,
    insert_sources,
    labels_of,
    update_digests,
)

R = Recommendation.__table__
D = Document.__table__
H = HistoryEntry.__table__
CHUNK = 500  # keys per IN (...) query: well under SQLite's variable limit
Progress = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _message: str) -> None:
    return None


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(slots=True)
class Existing:
    """A recommendation already in the database, as far as an import compares it."""

    id: str
    reference: str
    version: int
    search_rowid: int
    values: dict[str, Any]
    links: dict[str, set[str]] = field(default_factory=dict)


@dataclass(slots=True)
class Update:
    incoming: Incoming
    existing: Existing
    changes: dict[str, tuple[Any, Any]]  # column -> (old, new)
    added_links: dict[str, tuple[str, ...]]  # link field -> keys to add
    match: Match | None = None  # set when the row is another source's record (a new key for it)

    @property
    def fields(self) -> tuple[str, ...]:
        return (*self.changes, *self.added_links)


@dataclass(slots=True)
class SourcePlan:
    """What writing the rows will do; computed inside the import's transaction."""

    new: list[Incoming] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: list[Incoming] = field(default_factory=list)
    matched: list[Update] = field(default_factory=list)  # records of another source, found again
    # Rows compared and found unchanged whose digest the database lacks: kept for next time.
    digests: list[tuple[str, str, str | None]] = field(default_factory=list)


# The ids to look up travel as ONE JSON array parameter (SQLite's json_each): an import looks up
# 41,066 records, and 83 IN clauses of 500 parameters each cost SQLAlchemy more to build than
# SQLite to answer. Other databases get the IN clauses.
_EXISTING_COLUMNS = ("id", "reference", "version", "search_rowid", *SOURCE_COLUMNS)


def _existing_statement(ids: Any) -> Any:
    return select(*(R.c[name] for name in _EXISTING_COLUMNS)).where(R.c.id.in_(ids))


def _links_statement(table_name: str, key_column: str, ids: Any) -> Any:
    table: Table = Recommendation.metadata.tables[table_name]
    return select(table.c.recommendation_id, table.c[key_column]).where(table.c.recommendation_id.in_(ids))


_JSON_KEYS: Select[Any] = select(literal_column("value")).select_from(func.json_each(bindparam("keys")))
_EXPANDING_KEYS: BindParameter[Any] = bindparam("keys", expanding=True)
_STATEMENTS = {
    json_lookup: (
        _existing_statement(_JSON_KEYS if json_lookup else _EXPANDING_KEYS),
        {
            name: _links_statement(table_name, key_column, _JSON_KEYS if json_lookup else _EXPANDING_KEYS)
            for name, (table_name, key_column) in LINK_FIELDS.items()
        },
    )
    for json_lookup in (True, False)
}


def _key_lists(connection: Connection, keys: Sequence[str]) -> Iterable[Any]:
    """The parameter values that look up ``keys``: one JSON array on SQLite, else chunks."""
    if is_sqlite(connection):
        yield json.dumps(list(keys))
    else:
        for part in chunks(keys):
            yield list(part)


def load_existing(connection: Connection, ids: Iterable[str]) -> dict[str, Existing]:
    """The records with these ids, by id, with their links."""
    wanted = sorted(set(ids))
    found: dict[str, Existing] = {}
    if not wanted:
        return found
    existing, links = _STATEMENTS[is_sqlite(connection)]
    first_source = len(_EXISTING_COLUMNS) - len(SOURCE_COLUMNS)
    for part in _key_lists(connection, wanted):
        for row in connection.execute(existing, {"keys": part}).all():
            found[row[0]] = Existing(
                id=row[0],
                reference=row[1],
                version=row[2],
                search_rowid=row[3],
                values=dict(zip(SOURCE_COLUMNS, row[first_source:], strict=True)),
                links={name: set() for name in LINK_FIELDS},
            )
    for name, statement in links.items():
        for part in _key_lists(connection, wanted):
            for record_id, key in connection.execute(statement, {"keys": part}).all():
                found[record_id].links[name].add(key)
    return found


def _added_links(row: Incoming, record: Existing) -> dict[str, tuple[Any, ...]]:
    added = {
        name: tuple(key for key in row.links(name) if key not in record.links[name]) for name in LINK_FIELDS
    }
    return {name: keys for name, keys in added.items() if keys}


def plan_sources(connection: Connection, incoming: Sequence[Incoming]) -> SourcePlan:
    """New, updated, unchanged and matched rows, and a unique reference for every new one."""
    plan = SourcePlan()
    sources = find_sources(connection, incoming)
    compare: list[tuple[Incoming, str]] = []
    unfound: list[Incoming] = []
    for row in incoming:
        found = sources.get((row.source_format, row.source_key))
        if found is None:
            unfound.append(row)
        elif found[1] is not None and found[1] == row.row_digest:
            plan.unchanged.append(row)  # the same cells as last time: nothing to compare
        else:
            compare.append((row, found[0]))
    matches = match_rows(connection, unfound, {record_id for record_id, _digest in sources.values()})
    existing = load_existing(
        connection, [record_id for _row, record_id in compare] + [m.record_id for m in matches.values()]
    )
    for row, record_id in compare:
        record = existing[record_id]
        changes = {
            name: (record.values[name], value)
            for name, value in row.values.items()
            if value is not None and value != "" and value != record.values[name]
        }
        added = _added_links(row, record)
        if changes or added:
            plan.updates.append(Update(row, record, changes, added))
        else:
            plan.unchanged.append(row)
            if row.row_digest is not None:
                plan.digests.append((row.source_format, row.source_key, row.row_digest))
    first_match: dict[str, Update] = {}  # record id -> the first row of this import matched to it
    for index, row in enumerate(unfound):
        match = matches.get(index)
        if match is None:
            plan.new.append(row)
            continue
        record = existing[match.record_id]
        # Another source's words only fill what the record lacks: its own text, position and
        # dates stay as the first source (or the committee) gave them.
        fill = {
            name: (record.values[name], value)
            for name, value in row.values.items()
            if value is not None and value != "" and record.values[name] in (None, "")
        }
        added = _added_links(row, record)
        if match.elsewhere and "recommending_states" in added:
            # A joint recommendation's other States each have their record already.
            states = tuple(key for key in added.pop("recommending_states") if key not in match.elsewhere)
            if states:
                added["recommending_states"] = states
        earlier = first_match.get(record.id)
        if earlier is not None:
            # The rows of one joint recommendation (UPR Info: one a State) to one record: what
            # they fill and add is written once, with the first; each adds its own key.
            _fold_into(earlier, fill, added)
            fill, added = {}, {}
        update_ = Update(row, record, fill, added, match)
        plan.matched.append(update_)
        first_match.setdefault(record.id, update_)
    if plan.new:
        _assign_references(connection, plan.new)
    return plan


def _fold_into(earlier: Update, fill: dict[str, tuple[Any, Any]], added: dict[str, tuple[str, ...]]) -> None:
    for name, change in fill.items():
        earlier.changes.setdefault(name, change)
    for name, keys in added.items():
        have = earlier.added_links.get(name, ())
        more = tuple(key for key in keys if key not in have)
        if more:
            earlier.added_links[name] = (*have, *more)


def _assign_references(connection: Connection, rows: list[Incoming]) -> None:
    taken = set(connection.scalars(select(R.c.reference)))

    def is_taken(reference: str) -> bool:
        return reference in taken

    for row in rows:
        row.reference = unique_reference(row, is_taken)
        taken.add(row.reference)


# ---- writing ------------------------------------------------------------------------------------


@dataclass
class Stamp:
    """Who writes, from where, when: the values the history listener would have set."""

    actor: Actor
    detail: str
    at: datetime = field(default_factory=utcnow)

    def record_columns(self) -> dict[str, Any]:
        return {
            "version": 1,
            "created_at": self.at,
            "updated_at": self.at,
            "created_by": self.actor.name,
            "updated_by": self.actor.name,
            "updated_site": self.actor.site_id,
        }

    def history(
        self,
        table: str,
        record_id: str,
        operation: str,
        field_name: str = "",
        old: Any = None,
        new: Any = None,
    ) -> dict[str, Any]:
        return {
            "at": self.at,
            "actor": self.actor.name,
            "actor_entity": self.actor.entity,
            "site_id": self.actor.site_id,
            "origin": ChangeOrigin.IMPORT.value,
            "origin_detail": self.detail[:300],
            "table_name": table,
            "record_id": record_id,
            "operation": operation,
            "field": field_name,
            "old_value": history_text(old),
            "new_value": history_text(new),
        }


def history_text(value: Any) -> str | None:
    """As db/history.py writes values: ISO dates, sorted comma-joined lists."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(str(item) for item in value))
    return str(value)


def ensure_documents(
    connection: Connection, wanted: dict[str, dict[str, Any]], stamp: Stamp
) -> dict[str, str]:
    """The id of the document of every symbol in ``wanted`` (symbol -> body_code, date, cycle,
    session), creating those the database lacks."""
    ids: dict[str, str] = {}
    symbols = list(wanted)
    for part in chunks(symbols):
        for document_id, symbol in connection.execute(select(D.c.id, D.c.symbol).where(D.c.symbol.in_(part))):
            ids[symbol] = document_id
    rows, history = [], []
    for symbol, values in wanted.items():
        if symbol in ids:
            continue
        document_id = new_id()
        ids[symbol] = document_id
        rows.append(
            {
                "id": document_id,
                "symbol": symbol,
                "title_ar": "",
                "title_en": "",
                **values,
                **stamp.record_columns(),
            }
        )
        history.append(stamp.history("documents", document_id, "create"))
    if rows:
        insert_rows(connection, D, rows)
        insert_rows(connection, H, history)
    return ids


def _document_values(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "body_code": values["body_code"],
        "date": values.get("publication_date"),
        "cycle": values.get("cycle"),
        "session": values.get("session"),
    }


def write_sources(
    connection: Connection, plan: SourcePlan, stamp: Stamp, progress: Progress = _no_progress
) -> None:
    """Write ``plan`` on ``connection`` (inside the caller's transaction)."""
    symbols: dict[str, dict[str, Any]] = {}
    for row in plan.new:
        symbol = row.values.get("document_symbol")
        if symbol and symbol not in symbols:
            symbols[symbol] = _document_values(row.values)
    for change in plan.updates:
        symbol = change.changes.get("document_symbol", (None, None))[1]
        if symbol and symbol not in symbols:
            symbols[symbol] = _document_values(
                {**change.existing.values, **{name: new for name, (_old, new) in change.changes.items()}}
            )
    for change in plan.matched:
        symbol = change.changes.get("document_symbol", (None, None))[1]
        if symbol and symbol not in symbols:
            symbols[symbol] = _document_values(
                {**change.existing.values, **{name: new for name, (_old, new) in change.changes.items()}}
            )
    documents = ensure_documents(connection, symbols, stamp) if symbols else {}
    total = len(plan.new) + len(plan.updates) + len(plan.matched)
    _insert_new(connection, plan.new, documents, stamp, lambda done: progress(done, total, "insert"))
    _apply_updates(connection, [*plan.updates, *plan.matched], documents, stamp)
    update_digests(connection, plan.digests)
    progress(total, total, "done")


# The committee's columns of a new record: nothing decided yet.
_NEW_RECORD_DEFAULTS: dict[str, Any] = {
    "priority": None,
    "priority_score": None,
    "priority_overridden": False,
    "priority_reason": None,
    "status": "not_started",
    "status_overridden": False,
    "status_override_reason": None,
    "follow_up": False,
    "follow_up_due": None,
    "notes": "",
    "cluster_id": None,
    "lead_entity_id": None,
}
_DEFAULTED = ("text_ar", "text_en", "annotation_type")  # NOT NULL: a default when the file has none
_AS_GIVEN = tuple(name for name in SOURCE_COLUMNS if name not in _DEFAULTED)
# The columns of a new row that differ from row to row, in the order _insert_new gives them.
_RECORD_COLUMNS = (
    "id",
    "reference",
    "reference_order",
    "source_format",
    "source_key",
    "document_id",
    "search_text",
    "search_rowid",
    *_DEFAULTED,
    *_AS_GIVEN,
)
ROWS_PER_STEP = 5000  # rows written between two progress reports


def _insert_new(
    connection: Connection,
    rows: list[Incoming],
    documents: dict[str, str],
    stamp: Stamp,
    progress: Callable[[int], None],
) -> None:
    """Insert the new records with their links, history and FTS entries (see writer_bulk)."""
    if not rows:
        return
    first_rowid = next_rowid(connection)
    shared = driver_values(connection, R, {**_NEW_RECORD_DEFAULTS, **stamp.record_columns()})
    given = operator.itemgetter(*_AS_GIVEN)
    history = driver_values(connection, H, stamp.history("recommendations", "", "create"))
    del history["record_id"]
    link_tables = [
        (name, Recommendation.metadata.tables[table_name], ("recommendation_id", key_column))
        for name, (table_name, key_column) in LINK_FIELDS.items()
    ]
    ids = ordered_ids(len(rows))
    rowid = first_rowid
    with rebuilt_indexes(connection, (R, H, *(table for _name, table, _columns in link_tables)), len(rows)):
        for start in range(0, len(rows), ROWS_PER_STEP):
            part = rows[start : start + ROWS_PER_STEP]
            part_ids = ids[start : start + ROWS_PER_STEP]
            records = []
            for row, record_id in zip(part, part_ids, strict=True):
                values = row.values
                text_ar = values["text_ar"] or ""
                text_en = values["text_en"] or ""
                symbol = values["document_symbol"]
                records.append(
                    (
                        record_id,
                        row.reference,
                        reference_order(row.reference),
                        row.source_format,
                        row.source_key,
                        documents.get(symbol) if symbol else None,
                        search_text(row.reference, symbol, text_ar, text_en),
                        rowid,
                        text_ar,
                        text_en,
                        values["annotation_type"] or "recommendation",
                        *given(values),
                    )
                )
                rowid += 1
            insert_tuples(connection, R, _RECORD_COLUMNS, records, shared)
            numbered = list(zip(part, part_ids, strict=True))
            for name, table, columns in link_tables:
                pairs = [(record_id, key) for row, record_id in numbered for key in row.links(name)]
                if pairs:
                    insert_tuples(connection, table, columns, pairs)
            insert_tuples(connection, H, ("record_id",), [(record_id,) for record_id in part_ids], history)
            insert_sources(
                connection,
                [
                    (row.source_format, row.source_key, record_id, row.row_digest)
                    for row, record_id in numbered
                ],
            )
            insert_labels(connection, labels_of(numbered))
            progress(len(records))
    index_new_rows(connection, R, first_rowid)


def next_rowid(connection: Connection) -> int:
    return bulk_next_rowid(connection, R)


def _apply_updates(
    connection: Connection, updates: list[Update], documents: dict[str, str], stamp: Stamp
) -> None:
    if not updates:
        return
    history, fts_rows = [], []
    links: dict[str, list[dict[str, str]]] = {name: [] for name in LINK_FIELDS}
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    new_sources = [
        (c.incoming.source_format, c.incoming.source_key, c.existing.id, c.incoming.row_digest)
        for c in updates
        if c.match is not None
    ]
    insert_sources(connection, new_sources)
    update_digests(
        connection,
        [
            (c.incoming.source_format, c.incoming.source_key, c.incoming.row_digest)
            for c in updates
            if c.match is None
        ],
    )
    insert_labels(connection, labels_of((c.incoming, c.existing.id) for c in updates))
    for source_format, source_key, record_id, _digest in new_sources:
        history.append(
            stamp.history(
                "recommendations", record_id, "update", "sources", None, f"{source_format}:{source_key}"
            )
        )
    for change in updates:
        record = change.existing
        new_values = {name: new for name, (_old, new) in change.changes.items()}
        merged = {**record.values, **new_values}
        if not new_values and not change.added_links:
            continue  # another source's key only (written above)
        if "document_symbol" in new_values:
            new_values["document_id"] = documents.get(new_values["document_symbol"])
        if {"text_ar", "text_en", "document_symbol"} & set(new_values):
            search = search_text(
                record.reference, merged["document_symbol"], merged["text_ar"], merged["text_en"]
            )
            new_values["search_text"] = search
            fts_rows.append((record.search_rowid, search))
        new_values.update(
            {
                "version": record.version + 1,
                "updated_at": stamp.at,
                "updated_by": stamp.actor.name,
                "updated_site": stamp.actor.site_id,
            }
        )
        columns = tuple(sorted(new_values))
        by_columns.setdefault(columns, []).append(
            {"record_id": record.id, **{f"v_{k}": v for k, v in new_values.items()}}
        )
        for name, (old, new) in change.changes.items():
            history.append(stamp.history("recommendations", record.id, "update", name, old, new))
        for name, keys in change.added_links.items():
            _table, key_column = LINK_FIELDS[name]
            old_keys = record.links[name]
            history.append(
                stamp.history(
                    "recommendations",
                    record.id,
                    "update",
                    name,
                    sorted(old_keys),
                    sorted(old_keys | set(keys)),
                )
            )
            links[name].extend({"recommendation_id": record.id, key_column: key} for key in keys)
    for columns, rows in by_columns.items():
        statement = (
            update(R)
            .where(R.c.id == bindparam("record_id"))
            .values({name: bindparam(f"v_{name}") for name in columns})
        )
        connection.execute(statement, rows)
    for name, (table_name, _key) in LINK_FIELDS.items():
        if links[name]:
            insert_rows(connection, Recommendation.metadata.tables[table_name], links[name])
    if history:
        insert_rows(connection, H, history)
    fts.index_rows(connection, fts_rows)
