"""The bulk writes of an import: rows as tuples straight to the driver, indexes built once.

An import of the five UPR Info files writes 41,066 recommendations, as many history rows and
about 120,000 links in one transaction. At that size the Python work around each row costs as
much as SQLite's own (docs/design/PERFORMANCE.md), so rows go to ``executemany`` as plain tuples, and the
values every row shares (stamps, defaults) are converted once and written into the statement.

SQLAlchemy Core stays the path for any other database (the program runs on SQLite; the Core
fallback keeps the writers usable elsewhere, without the FTS index).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from nrtd_desktop.db import fts
from nrtd_desktop.db.writes import search_text as search_text  # the writers' one analysis, re-exported

# Rebuilding the secondary indexes of a table after a bulk insert beats updating them row by row
# only when the table is mostly new. Measured (recommendations, 13 indexes, CPU s, keep/rebuild):
# 41,000 rows into none 1.12/1.09 (inside the UPR Info import: 0.89/0.76), 35,000 into 6,000
# 0.85/0.77, 20,000 into 20,000 0.52/0.60, 6,000 into 35,000 0.16/0.46. Hence: at least
# REBUILD_FACTOR times the rows already there, and not for a few rows.
REBUILD_FACTOR = 3
REBUILD_MIN_ROWS = 5000


def is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def driver_values(connection: Connection, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` (column -> value) as the SQLite driver will store them.

    For the columns every row of a bulk insert shares: SQLAlchemy's type conversion (booleans),
    then sqlite3's own adapter (datetimes and dates to ISO text) done here once instead of on
    each of 41,066 rows. Stored text is the same as the driver would have made of each value.
    """
    if not is_sqlite(connection):
        return dict(values)
    dialect = connection.dialect
    converted = {}
    for name, value in values.items():
        process = table.c[name].type.bind_processor(dialect)
        if value is not None and process is not None:
            value = process(value)
        converted[name] = sqlite3.adapt(value, sqlite3.PrepareProtocol, value)
    return converted


def sql_literal(value: Any) -> str | None:
    """``value`` written as an SQLite literal, or None when it must stay a bound parameter.

    Text follows SQLite's one rule (a quote inside is doubled; nothing else is special), so any
    text is safe; text holding NUL, which a statement cannot hold, stays bound.
    """
    if value is None:
        return "NULL"
    if type(value) is bool:
        return "1" if value else "0"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def insert_tuples(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: Iterable[Sequence[Any]],
    shared: Mapping[str, Any] | None = None,
) -> None:
    """INSERT rows given as tuples in the order of ``names``, plus the ``shared`` columns that
    take one value on every row (driver_values).

    On SQLite the tuples go to the driver as they are: columns with a SQLAlchemy conversion
    must already hold driver values, the others hold plain str/int/None or a value sqlite3
    adapts itself (a date). The shared values are written into the statement as literals, once:
    binding the 18 stamps and defaults again on each of 41,066 rows cost 0.2 s. Elsewhere, a
    plain Core insert of dictionaries.
    """
    shared = shared or {}
    if not is_sqlite(connection):
        dictionaries = [{**dict(zip(names, row, strict=True)), **shared} for row in rows]
        if dictionaries:
            connection.execute(insert(table), dictionaries)
        return
    data = rows if isinstance(rows, list) else list(rows)
    literals = [sql_literal(value) for value in shared.values()]
    written = [literal for literal in literals if literal is not None]
    if len(written) < len(literals):  # a value to bind after all: bind them all, on every row
        written = ["?"] * len(shared)
        bound = tuple(shared.values())
        data = [(*row, *bound) for row in data]
    columns = ", ".join((*names, *shared))
    values = ", ".join(["?"] * len(names) + written)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) VALUES ({values})", data)


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Core ``insert(table)`` of many rows of the same keys, with the parameters prepared once.

    SQLAlchemy's per-row parameter handling costs more than SQLite's own work at this size;
    the statement and the type conversions (dates and times as SQLAlchemy stores them) are taken
    from the Table, the rows are handed to the driver as tuples.
    """
    if not rows:
        return
    names = list(rows[0])
    if not is_sqlite(connection):  # another database: the plain Core path
        connection.execute(insert(table), rows)
        return
    dialect = connection.dialect
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    converters = [(index, process) for index, process in enumerate(processors) if process is not None]
    data = []
    last: dict[int, tuple[Any, Any]] = {}  # the stamps repeat on every row: convert them once
    for row in rows:
        values = [row[name] for name in names]
        for index, process in converters:
            value = values[index]
            if value is not None:
                seen = last.get(index)
                if seen is None or seen[0] is not value:
                    seen = last[index] = (value, process(value))
                values[index] = seen[1]
        data.append(tuple(values))
    insert_tuples(connection, table, names, data)


def ordered_ids(count: int) -> list[str]:
    """``count`` new record ids in ascending order: UUIDs laid out as version 7 (48 bits of
    milliseconds, then a counter in the "random" bits, then 44 random bits).

    Unique across laptops like uuid4 (new_id), but inserted in key order: SQLite appends to the
    primary-key indexes instead of writing all over them, which halves the time of a 41,066-row
    import (measured: 1.03 s against 0.58 s for the bare inserts). Formatted by hand, without
    41,066 uuid.UUID objects (0.05 s against 0.09 s).
    """
    millis = int(time.time() * 1000) & ((1 << 48) - 1)
    noise = os.urandom(6 * count)
    ids = []
    high_of: dict[int, str] = {}  # the first 64 bits change every 262,144 ids only
    for counter in range(count):
        high = high_of.get(counter >> 18)
        if high is None:
            digits = f"{(millis << 16) | (0x7 << 12) | ((counter >> 18) & 0xFFF):016x}"
            high = high_of[counter >> 18] = f"{digits[:8]}-{digits[8:12]}-{digits[12:]}"
        low = (0b10 << 62) | ((counter & 0x3FFFF) << 44)
        low |= int.from_bytes(noise[6 * counter : 6 * counter + 6]) & 0xFFFFFFFFFFF
        digits = f"{low:016x}"
        ids.append(f"{high}-{digits[:4]}-{digits[4:]}")
    return ids


def next_rowid(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.coalesce(func.max(table.c.search_rowid), 0))) or 0) + 1


def index_new_rows(connection: Connection, table: Table, first_rowid: int) -> None:
    """Put the rows of ``table`` from ``first_rowid`` on into the FTS index, in one statement.

    Those rowids were never indexed (they are above every rowid there was), so this is
    fts.index_rows without its DELETE; reading the just-written text back inside SQLite spares
    handing 41,066 strings to the driver a second time.
    """
    fts.index_table_rows(connection, table.name, first_rowid)


@contextmanager
def rebuilt_indexes(connection: Connection, tables: Sequence[Table], new_rows: int) -> Iterator[None]:
    """Inside the block, each of ``tables`` that ``new_rows`` will be mostly made of (see
    REBUILD_FACTOR) has no secondary indexes; they are created again, from their own SQL, when
    the block ends.

    Inside the import's transaction: if anything fails, the rollback brings the indexes back
    with everything else (an exception leaves them dropped for the rollback to restore).
    Indexes behind UNIQUE constraints and the primary key stay: they are part of the table and
    check the rows as they come.
    """
    dropped: list[str] = []
    if is_sqlite(connection) and new_rows >= REBUILD_MIN_ROWS:
        for table in tables:
            existing = connection.exec_driver_sql(f"SELECT count(*) FROM {table.name}").scalar_one()
            if new_rows < REBUILD_FACTOR * existing:
                continue
            indexes = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table.name,),
            ).all()
            for name, sql in indexes:
                connection.exec_driver_sql(f'DROP INDEX "{name}"')
                dropped.append(sql)
    yield
    for sql in dropped:
        connection.exec_driver_sql(sql)
