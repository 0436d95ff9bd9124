"""Importing the program's own workbook: resolve its links, compare, write (SQLAlchemy Core).

The workbook is the committee's own data (exported by this program, perhaps edited in Excel), so
importing it restores it: rows not in the database are created with the ids the workbook carries,
rows already there are updated to what the workbook says (every column the sheet has, and the
link lists: themes, entities, partners...), identical rows are left alone. A row is found again by
its hidden id, else by what people read: a recommendation's reference (or its source key), an
entity's code, a cluster's Arabic name. Links between sheets are resolved the same way: hidden id
first, then the visible reference, code, name or title, in the workbook and then in the database.
Rows whose link or vocabulary value matches nothing are reported (sheet, row, column) and the
import is refused, as for every format.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from nrtd_desktop.db import fts
from nrtd_desktop.db.base import BOOKKEEPING_COLUMNS, new_id
from nrtd_desktop.db.models import Base, HistoryEntry
from nrtd_desktop.domain.arabic import normalize
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.importers.nrtd_format import NrtdBook, NrtdRow
from nrtd_desktop.importers.records import ProblemList, RowProblem
from nrtd_desktop.importers.writer import (
    Stamp,
    chunks,
    ensure_documents,
    next_rowid,
)
from nrtd_desktop.importers.writer_bulk import insert_rows, is_sqlite, search_text
from nrtd_desktop.reference.catalog import get_catalog
from nrtd_desktop.workbook.sheets import BY_KEY, HIDDEN, IMPORT_ORDER, LINK, MULTI, TABLE_OF

H = HistoryEntry.__table__
# sheet -> link field -> (association table, owner column, key column)
LINK_TABLES: dict[str, dict[str, tuple[str, str, str]]] = {
    "recommendations": {
        "themes": ("recommendation_themes", "recommendation_id", "theme_key"),
        "affected_groups": ("recommendation_groups", "recommendation_id", "group_key"),
        "sdg_targets": ("recommendation_sdg_targets", "recommendation_id", "target_code"),
        "recommending_states": ("recommendation_states", "recommendation_id", "state_alpha3"),
        "supporting_entities": ("recommendation_supporting_entities", "recommendation_id", "entity_id"),
        "countries": ("recommendation_countries", "recommendation_id", "state_alpha3"),
        "regions": ("recommendation_regions", "recommendation_id", "region_key"),
        "sdg_goals": ("recommendation_sdg_goals", "recommendation_id", "goal"),
        "mandates": ("recommendation_mandates", "recommendation_id", "mandate_code"),
    },
    "clusters": {"supporting_entities": ("cluster_supporting_entities", "cluster_id", "entity_id")},
    "actions": {"partners": ("action_partners", "action_id", "entity_id")},
}
# Visible link column -> (the foreign-key column it fills, the sheet it points into).
LINK_COLUMNS = {
    "lead_entity": ("lead_entity_id", "entities"),
    "responsible_entity": ("responsible_entity_id", "entities"),
    "entity": ("entity_id", "entities"),
    "cluster": ("cluster_id", "clusters"),
    "recommendation": ("recommendation_id", "recommendations"),
    "action": ("action_id", "actions"),
    "indicator": ("indicator_id", "indicators"),
}
_BOOKKEEPING = BOOKKEEPING_COLUMNS | {"document_id"}


def _table(sheet: str) -> Table:
    return Base.metadata.tables[TABLE_OF[sheet]]


@dataclass(slots=True)
class Resolved:
    sheet: str
    source: NrtdRow
    id: str
    values: dict[str, Any]  # database column -> value
    links: dict[str, frozenset[Any]]  # an empty list is the one shared _NO_LINKS
    existing: dict[str, Any] | None = None
    existing_links: dict[str, set[str]] = field(default_factory=dict)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    link_changes: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)


@dataclass
class NrtdPlan:
    """The rows to write (new or changed), by sheet; unchanged rows are only counted: holding
    them, with the database's copy of each, cost 250 MB for the 41,066 UPR Info rows."""

    rows: dict[str, list[Resolved]] = field(default_factory=dict)
    problems: ProblemList = field(default_factory=ProblemList)
    unchanged: dict[str, int] = field(default_factory=dict)

    def counts(self, sheet: str) -> tuple[int, int, int]:
        new = updated = 0
        for row in self.rows.get(sheet, []):
            if row.existing is None:
                new += 1
            else:
                updated += 1
        return new, updated, self.unchanged.get(sheet, 0)


class _Index:
    """Find a record of one kind by id (workbook or database) or by a visible key."""

    def __init__(self) -> None:
        self.by_file_id: dict[str, str] = {}  # the workbook's id -> the id written
        self.db_ids: set[str] = set()
        self.by_key: dict[str, str] = {}  # normalised visible key -> id
        self.ambiguous: set[str] = set()

    def add_key(self, key: Any, record_id: str) -> None:
        if key is None or key == "":
            return
        folded = _fold(str(key))
        if folded in self.by_key and self.by_key[folded] != record_id:
            self.ambiguous.add(folded)
        self.by_key.setdefault(folded, record_id)

    def find(self, file_id: str | None, key: str | None) -> str | None:
        if file_id:
            if file_id in self.by_file_id:
                return self.by_file_id[file_id]
            if file_id in self.db_ids:
                return file_id
        if key:
            folded = _fold(key)
            if folded not in self.ambiguous:
                return self.by_key.get(folded)
        return None


# Visible keys a record is found by, per sheet (database columns).
_KEYS = {
    "entities": ("code",),
    "documents": ("symbol",),
    "clusters": ("name_ar", "name_en"),
    "recommendations": ("reference",),
    "actions": ("title_ar", "title_en"),
    "indicators": ("name_ar", "name_en"),
    "progress": (),
    "challenges": (),
}


def plan_nrtd(connection: Connection, book: NrtdBook) -> NrtdPlan:
    plan = NrtdPlan()
    indexes = {sheet: _Index() for sheet in IMPORT_ORDER}
    for sheet in IMPORT_ORDER:
        table = _table(sheet)
        columns = [table.c.id, *(table.c[name] for name in _KEYS[sheet])]
        index = indexes[sheet]
        for found_row in connection.execute(select(*columns)):
            index.db_ids.add(found_row[0])
            for value in found_row[1:]:
                index.add_key(value, found_row[0])
    # The workbook's own rows are found before the links to them are resolved.
    identities: dict[str, list[tuple[NrtdRow, str, bool]]] = {}
    for sheet in IMPORT_ORDER:
        identities[sheet] = _identify(connection, sheet, book.rows.get(sheet, []), indexes[sheet], plan)
    for sheet in IMPORT_ORDER:
        kept: list[Resolved] = []
        unchanged = 0
        # A batch at a time: the database's copy of a row is read, compared and let go.
        for batch in chunks(identities[sheet], _BATCH):
            resolved = []
            in_db = []
            for source, record_id, found in batch:
                row = _resolve(sheet, source, record_id, indexes, plan.problems, book.path.name, found)
                if row is not None:
                    resolved.append(row)
                    if found:
                        in_db.append(record_id)
            existing = _existing(connection, sheet, in_db)
            for row in resolved:
                row.existing = existing.get(row.id)
            _compare(connection, sheet, resolved)
            for row in resolved:
                if row.existing is None or row.changes or row.link_changes:
                    kept.append(row)
                else:
                    unchanged += 1
        plan.rows[sheet] = kept
        plan.unchanged[sheet] = unchanged
    return plan


_BATCH = 2000


def _existing(connection: Connection, sheet: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The database's rows of ``ids``, without the search text (as long as both texts, and
    made again from them when they change)."""
    table = _table(sheet)
    columns = [column for column in table.c if column.name != "search_text"]
    names = [column.name for column in columns]
    records = (dict(zip(names, row, strict=True)) for row in _select_in(connection, columns, table.c.id, ids))
    return {record["id"]: record for record in records}


def _select_in(
    connection: Connection, columns: list[Any], where: Any, ids: list[str]
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``columns`` whose ``where`` column is one of ``ids``, typed as SQLAlchemy types
    them. On SQLite the statement goes to the driver as it is: rendering an ``IN`` list of bound
    parameters costs SQLAlchemy about 3 µs an id, 1.2 s for a re-import of the UPR Info rows."""
    if not is_sqlite(connection):
        for part in chunks(ids):
            yield from connection.execute(select(*columns).where(where.in_(part))).tuples()
        return
    dialect = connection.dialect
    processors = [column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns]
    typed = [(index, process) for index, process in enumerate(processors) if process is not None]
    selected = ", ".join(f'"{column.name}"' for column in columns)
    driver = connection.connection.dbapi_connection
    assert driver is not None
    for part in chunks(ids, _IN_SIZE):
        marks = ", ".join("?" * len(part))
        sql = f'SELECT {selected} FROM "{where.table.name}" WHERE "{where.name}" IN ({marks})'
        # The driver's own cursor, on this transaction's connection: SQLAlchemy's result wraps
        # each of the 280,000 rows of a re-import of the UPR Info rows (0.5 s).
        for row in driver.execute(sql, tuple(part)).fetchall():
            if typed:
                row = list(row)
                for index, process in typed:
                    row[index] = process(row[index])
            yield tuple(row)


_IN_SIZE = 2000  # ids in one IN (...): SQLite 3.32+ takes 32,766 parameters


def _identify(
    connection: Connection, sheet: str, rows: list[NrtdRow], index: _Index, plan: NrtdPlan
) -> list[tuple[NrtdRow, str, bool]]:
    """Each row with the id it is written under, and whether the database has that record."""
    table = _table(sheet)
    by_source_key: dict[str, str] = {}
    if sheet == "recommendations":
        by_source_key = dict(
            connection.execute(
                select(table.c.source_key, table.c.id).where(table.c.source_key.is_not(None))
            ).all()
        )
    found: list[tuple[NrtdRow, str, bool]] = []
    seen: dict[str, int] = {}
    for source in rows:
        file_id = source.values.get("id")
        if sheet in ("entities", "documents", "clusters", "recommendations"):
            key = source.values.get(_KEYS[sheet][0])
            record_id = index.find(file_id, key)
        else:
            key = None
            record_id = file_id if file_id in index.db_ids else None
        if record_id is None and sheet == "recommendations" and source.values.get("source_key"):
            record_id = by_source_key.get(source.values["source_key"])
        in_db = record_id is not None and record_id in index.db_ids
        if record_id is None:
            record_id = file_id if file_id and file_id not in index.db_ids else new_id()
        if record_id in seen:
            plan.problems.add(
                RowProblem(
                    source.sheet,
                    source.row,
                    "id",
                    "nrtd.duplicate",
                    {"field": "id", "value": file_id or key or record_id},
                )
            )
            continue
        seen[record_id] = source.row
        if file_id:
            index.by_file_id[file_id] = record_id
        for name in _KEYS[sheet]:
            index.add_key(source.values.get(name), record_id)
        found.append((source, record_id, in_db))
    return found


# Most lists of most rows are empty (UPR Info rows name no mandate, no SDG...): one empty set
# for all of them, where a set each cost 60 MB for the 41,066 UPR Info rows.
_NO_LINKS: frozenset[Any] = frozenset()


@dataclass(frozen=True)
class _Columns:
    """How the columns a sheet has become database values, decided once per sheet (the 41,066
    rows of the UPR Info export make 1.7 million cells): plain values by dictionary operations
    (in C), the lists and the links to other sheets one by one."""

    plain: frozenset[str]
    blanks: dict[str, Any]  # every plain field -> its value when blank (a row the database has)
    defaults: dict[str, Any]  # the plain fields whose blank is not NULL (a new row)
    lists: tuple[tuple[str, str], ...]  # (column, vocabulary)
    linked: tuple[tuple[str, tuple[str, str]], ...]  # (column, (foreign key, sheet))


@functools.lru_cache(maxsize=64)
def _columns(sheet: str, present: frozenset[str]) -> _Columns:
    spec = BY_KEY[sheet]
    table = _table(sheet)
    blanks: dict[str, Any] = {}
    lists: list[tuple[str, str]] = []
    linked: list[tuple[str, tuple[str, str]]] = []
    for column in spec.columns:
        if column.key not in present or column.kind == HIDDEN:
            continue
        if column.kind == MULTI:
            lists.append((column.key, column.vocabulary or ""))
        elif column.kind == LINK:
            linked.append((column.key, LINK_COLUMNS[column.key]))
        elif column.key in table.c:
            blanks[column.key] = _blank_value(table.name, column.key)
    defaults = {key: value for key, value in blanks.items() if value is not None}
    return _Columns(frozenset(blanks), blanks, defaults, tuple(lists), tuple(linked))


def _resolve(
    sheet: str,
    source: NrtdRow,
    record_id: str,
    indexes: dict[str, _Index],
    problems: ProblemList,
    file: str,
    in_db: bool = True,
) -> Resolved | None:
    """The row as database values and link lists. A blank value of a new row is left out
    (written as NULL, see _blanks); one of a row the database has is kept (it clears the field),
    and its fields come in the same order on every row (_compare relies on it)."""
    spec = BY_KEY[sheet]
    links: dict[str, frozenset[Any]] = {}
    failed = False

    def report(column_key: str, key: str, **params: Any) -> None:
        nonlocal failed
        failed = True
        column = next(c for c in spec.columns if c.key == column_key)
        params.setdefault("field", column.header("en"))
        problems.add(RowProblem(source.sheet, source.row, column.header("en"), key, params, file))

    cells = source.values
    columns = _columns(sheet, source.present)
    plain = columns.plain
    values = dict(columns.blanks if in_db else columns.defaults)
    values.update({key: value for key, value in cells.items() if key in plain})
    hint: tuple[str, ...] | None = None
    for key, vocabulary in columns.lists:
        value = cells.get(key)
        if not value:
            links[key] = _NO_LINKS
            continue
        if hint is None:
            hint = tuple(str(cells.get("theme_keys") or "").split())  # one code a line
        links[key] = frozenset(_match_multi(vocabulary, value, hint, indexes, report, key)) or _NO_LINKS
    for key, (target_column, target_sheet) in columns.linked:
        value = cells.get(key)
        hidden = cells.get(target_column)
        if value is None and hidden is None:
            if in_db:
                values[target_column] = None
            continue
        found = indexes[target_sheet].find(hidden, value)
        if found is None:
            report(key, "nrtd.unknown_link", value=value or hidden, kind=target_sheet.rstrip("s"))
        values[target_column] = found
    if failed:
        return None
    return Resolved(sheet, source, record_id, values, links)


@functools.lru_cache(maxsize=64)
def _blanks(sheet: str, present: frozenset[str]) -> dict[str, None]:
    """The fields a new row of these columns leaves out when blank, as NULLs: every record of
    an insert then has the same fields."""
    columns = _columns(sheet, present)
    blanks: dict[str, None] = {key: None for key, value in columns.blanks.items() if value is None}
    for _key, (target_column, _sheet) in columns.linked:
        blanks[target_column] = None
    return blanks


def _stored(table: Table, name: str, value: Any) -> Any:
    """None for a NOT NULL column becomes the column's default ("" for text)."""
    if value is not None:
        return value
    return _blank_value(table.name, name)


@functools.cache
def _blank_value(table_name: str, name: str) -> Any:
    column = Base.metadata.tables[table_name].c[name]
    if column.nullable:
        return None
    value = getattr(column.default, "arg", None)  # None: no default (a callable one makes no blank)
    return value if value is not None and not callable(value) else ""


def _fold(text: str) -> str:
    """domain.arabic.normalize; for ASCII (references, codes) the same result is case folding
    and single spaces, without its per-character walk (41,066 references, twice)."""
    if text.isascii():
        return " ".join(text.casefold().split())
    return _fold_other(text)


@functools.lru_cache(maxsize=16384)
def _fold_other(text: str) -> str:
    return normalize(text)


@functools.lru_cache(maxsize=16384)
def _catalog_key(vocabulary: str, value: str) -> str | int | None:
    """The reference key of a theme, group, State or SDG target named ``value`` (cached: the
    same names repeat on every row)."""
    catalog = get_catalog()
    if vocabulary == "theme":
        theme = catalog.match_theme(value)
        return theme.key if theme else (value if value in _theme_keys() else None)
    if vocabulary == "group":
        group = catalog.match_affected_group(value)
        return group.key if group else None
    if vocabulary == "state":
        state = catalog.match_state(value)
        return state.alpha3 if state else None
    if vocabulary == "sdg":
        target = catalog.match_sdg_target(value)
        return target.code if target else None
    if vocabulary == "sdg_goal":
        goal = catalog.match_sdg_goal(value)
        # An integer column: the goal's number is stored as it is.
        return goal.number if goal else None
    if vocabulary == "region":
        region = catalog.match_region(value)
        return region.key if region else None
    if vocabulary == "mandate":
        mandate = catalog.match_mandate(value)
        return mandate.code if mandate else None
    return None


@functools.lru_cache(maxsize=4096)
def _theme_hints(theme_keys: tuple[str, ...]) -> dict[str, str]:
    catalog = get_catalog()
    hinted: dict[str, str] = {}
    for key in theme_keys:
        try:
            theme = catalog.theme(key)
        except KeyError:
            continue
        for name in (theme.name_ar, theme.name_en, theme.key):
            hinted[_fold(name)] = theme.key
    return hinted


def _match_multi(
    vocabulary: str,
    values: tuple[str, ...],
    theme_keys: tuple[str, ...] | None,
    indexes: dict[str, _Index],
    report: Callable[..., None],
    column_key: str,
) -> list[Any]:
    found: list[Any] = []
    hinted = _theme_hints(tuple(theme_keys or ())) if vocabulary == "theme" else {}
    for value in values:
        key: str | int | None
        if vocabulary == "entity":
            key = indexes["entities"].find(None, value)
        else:
            key = hinted.get(_fold(value)) if hinted else None
            if key is None:
                key = _catalog_key(vocabulary, value)
        if key is None:
            report(
                column_key,
                "nrtd.unknown_link" if vocabulary == "entity" else "nrtd.unknown_value",
                value=value,
                kind="entity",
            )
        elif key not in found:
            found.append(key)
    return found


@functools.cache
def _theme_keys() -> set[str]:
    return {theme.key for theme in get_catalog().themes()}


def _compare(connection: Connection, sheet: str, rows: list[Resolved]) -> None:
    existing = [row for row in rows if row.existing is not None]
    for name, (table_name, owner, key_column) in LINK_TABLES.get(sheet, {}).items():
        table = Base.metadata.tables[table_name]
        current: dict[str, set[str]] = {}
        ids = [row.id for row in existing]
        pairs = _select_in(connection, [table.c[owner], table.c[key_column]], table.c[owner], ids)
        for owner_id, key in pairs:
            current.setdefault(owner_id, set()).add(key)
        for row in existing:
            row.existing_links[name] = current.get(row.id, set())
    compared: dict[tuple[str, ...], tuple[tuple[str, ...], Callable[[dict[str, Any]], Any]]] = {}
    for row in existing:
        assert row.existing is not None
        fields = tuple(row.values)
        if fields not in compared:  # the same columns on every row of a sheet: decided once
            names = tuple(name for name in fields if name not in _BOOKKEEPING)
            compared[fields] = (names, operator.itemgetter(*names) if names else _nothing)
        names, pick = compared[fields]
        # Both rows' fields as tuples, compared in C; the loop below only for a changed row.
        if names and pick(row.values) != _pick_existing(pick, names, row.existing):
            for name in names:
                old, value = row.existing.get(name), row.values[name]
                if old != value:
                    row.changes[name] = (old, value)
        for name, keys in row.links.items():
            old_keys = row.existing_links.get(name, set())
            if keys != old_keys:
                row.link_changes[name] = (old_keys, set(keys))


def _nothing(_values: dict[str, Any]) -> tuple[()]:
    return ()


def _pick_existing(
    pick: Callable[[dict[str, Any]], Any], names: tuple[str, ...], existing: dict[str, Any]
) -> Any:
    try:
        return pick(existing)
    except KeyError:  # a field the database row lacks: compared one by one
        return tuple(existing.get(name) for name in names) if len(names) > 1 else existing.get(names[0])


# ---- writing ------------------------------------------------------------------------------------


def write_nrtd(connection: Connection, plan: NrtdPlan, stamp: Stamp) -> None:
    for sheet in IMPORT_ORDER:
        rows = plan.rows.get(sheet, [])
        if rows:
            _write_sheet(connection, sheet, rows, stamp)


def _write_sheet(connection: Connection, sheet: str, rows: list[Resolved], stamp: Stamp) -> None:
    table = _table(sheet)
    table_name = table.name
    new = [row for row in rows if row.existing is None]
    changed = [row for row in rows if row.existing is not None and (row.changes or row.link_changes)]
    history: list[dict[str, Any]] = []
    fts_rows: list[tuple[int, str]] = []
    documents: dict[str, str] = {}
    if sheet == "recommendations":
        symbols = {}
        for row in [*new, *changed]:
            symbol = row.values.get("document_symbol")
            if symbol and symbol not in symbols:
                symbols[symbol] = {
                    "body_code": row.values.get("body_code") or (row.existing or {}).get("body_code"),
                    "date": row.values.get("publication_date"),
                    "cycle": row.values.get("cycle"),
                    "session": row.values.get("session"),
                }
        documents = ensure_documents(connection, symbols, stamp) if symbols else {}
    if new:
        base = stamp.record_columns()
        rowid = next_rowid(connection) if sheet == "recommendations" else 0
        # A batch at a time: the records, their history rows and their index rows of 41,066
        # new recommendations held at once cost 150 MB.
        for batch in chunks(new, _BATCH):
            inserts = []
            for row in batch:
                record = {**_blanks(sheet, row.source.present), **base, **row.values, "id": row.id}
                if sheet == "recommendations":
                    search = search_text(
                        record.get("reference"),
                        record.get("document_symbol"),
                        record.get("text_ar"),
                        record.get("text_en"),
                    )
                    symbol = record.get("document_symbol")
                    record.update(
                        search_text=search,
                        search_rowid=rowid,
                        reference_order=reference_order(str(record.get("reference") or "")),
                        document_id=documents.get(symbol) if symbol else None,
                    )
                    fts_rows.append((rowid, search))
                    rowid += 1
                inserts.append(record)
                history.append(stamp.history(table_name, row.id, "create"))
            by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for record in inserts:
                by_columns.setdefault(tuple(sorted(record)), []).append(record)
            for group in by_columns.values():
                insert_rows(connection, table, group)
            insert_rows(connection, H, history)
            fts.index_rows(connection, fts_rows)
            history, fts_rows = [], []
    for row in changed:
        assert row.existing is not None
        values = {name: new_value for name, (_old, new_value) in row.changes.items()}
        values.update(
            version=row.existing["version"] + 1,
            updated_at=stamp.at,
            updated_by=stamp.actor.name,
            updated_site=stamp.actor.site_id,
        )
        if sheet == "recommendations" and {"reference", "document_symbol", "text_ar", "text_en"} & set(
            row.changes
        ):
            merged = {**row.existing, **values}
            search = search_text(
                merged["reference"], merged["document_symbol"], merged["text_ar"], merged["text_en"]
            )
            values["search_text"] = search
            values["reference_order"] = reference_order(str(merged["reference"] or ""))
            symbol = merged["document_symbol"]
            values["document_id"] = documents.get(symbol) if symbol else None
            fts_rows.append((row.existing["search_rowid"], search))
        connection.execute(update(table).where(table.c.id == row.id).values(values))
        for name, (old, new_value) in row.changes.items():
            history.append(stamp.history(table_name, row.id, "update", name, old, new_value))
        for name, (old_keys, new_keys) in row.link_changes.items():
            history.append(stamp.history(table_name, row.id, "update", name, old_keys, new_keys))
    for name, (link_name, owner, key_column) in LINK_TABLES.get(sheet, {}).items():
        link = Base.metadata.tables[link_name]
        removals = [row.id for row in changed if name in row.link_changes]
        for part in chunks(removals):
            connection.execute(delete(link).where(link.c[owner].in_(part)))
        linked = [*new, *[r for r in changed if name in r.link_changes]]
        for batch in chunks(linked, _BATCH):
            pairs = [
                {owner: row.id, key_column: key} for row in batch for key in sorted(row.links.get(name, ()))
            ]
            if pairs:
                insert_rows(connection, link, pairs)
    if history:
        insert_rows(connection, H, history)
    fts.index_rows(connection, fts_rows)
