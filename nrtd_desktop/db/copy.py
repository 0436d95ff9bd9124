"""A whole committee copied between SQLite and PostgreSQL, both ways, and proven whole (issue 24).

``nrtd db copy SRC DST``: the target (a new file, or an empty database on a server) gets the
schema through the migrations, then every table of the models in the order of their references,
in one transaction (references are checked at commit, revision 0006), then its search index (FTS5
on SQLite; on PostgreSQL the generated tsvector fills itself) and the register's counts (counted
once at the end, their triggers set aside meanwhile). The copy is then read back: the
count and a checksum of every table must equal the source's, else the transaction has already
committed nothing wrong but the copy is reported as failed and (for a new file) removed.

The checksum is over what a row means, not how an engine stores it: each value written the same
way on both (a timestamp in UTC without its zone, a float by ``repr``, a boolean as 0/1), the rows
sorted in Python (PostgreSQL's collation orders text differently from SQLite's bytes).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, inspect, select, text

from nrtd_desktop.db import counts, fts
from nrtd_desktop.db.models import Base
from nrtd_desktop.domain.errors import DatabaseError

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "copy.target_not_empty": (
        "The target database {target} already holds a committee ({table}: {count} rows). Copy into a new "
        "file or an empty database on the server.",
        "قاعدة البيانات الهدف {target} تحتوي لجنة بالفعل ({table}: {count} صفاً). انسخ إلى ملف جديد أو إلى "
        "قاعدة بيانات فارغة على الخادم.",
    ),
    "copy.source_not_at_head": (
        "The source database {source} is at schema {found}, this program at {head}: open it once with this "
        "version (it is upgraded then), and copy again.",
        "قاعدة البيانات المصدر {source} على المخطط {found} وهذا البرنامج على {head}: افتحها مرة بهذا الإصدار "
        "(فتُحدَّث) ثم انسخ من جديد.",
    ),
    "copy.mismatch": (
        "The copy differs from the source in {tables}: nothing can be trusted in {target}.",
        "النسخة تختلف عن المصدر في {tables}: لا يمكن الوثوق بشيء في {target}.",
    ),
}

BATCH = 2000
Progress = Callable[[str, int, int], None]  # (table, rows copied, rows of the table)


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    tables: tuple[TableCheck, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def tables() -> list[Table]:
    """Every table of the models, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def _value(value: Any) -> Any:
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value  # JSON values (dicts, lists) as they are


def _rows(connection: Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    result = connection.execution_options(yield_per=BATCH).execute(select(*table.columns))
    yield from (tuple(row) for row in result)


def check_table(connection: Connection, table: Table) -> TableCheck:
    """The count and checksum of ``table`` as this module defines them."""
    lines = sorted(json.dumps([_value(v) for v in row], ensure_ascii=False, sort_keys=True, default=str)
                   for row in _rows(connection, table))
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode())
        digest.update(b"\n")
    return TableCheck(table.name, len(lines), digest.hexdigest())


def check(engine: Engine) -> CopyReport:
    with engine.connect() as connection:
        return CopyReport(tuple(check_table(connection, table) for table in tables()))


def _empty_or_refuse(connection: Connection, target: str) -> None:
    """The target may hold what the migrations and the opening put there (vocabularies, the
    reference lists, its own identity): those are replaced. A committee's records are not."""
    for name in ("recommendations", "entities", "actions", "clusters"):
        count = int(connection.execute(text(f"SELECT count(*) FROM {name}")).scalar() or 0)
        if count:
            raise DatabaseError("copy.target_not_empty", target=target, table=name, count=count)


def copy_rows(source: Engine, target: Engine, target_name: str, progress: Progress | None = None) -> None:
    """Every row of ``source`` into ``target`` (both at the same schema), in one transaction."""
    with source.connect() as reading, target.connect() as writing, writing.begin():
        _empty_or_refuse(writing, target_name)
        # The counts the database keeps (db/counts.py) are set aside for the copy and taken once
        # at its end, as a schema upgrade does: faster than counting each row as it comes.
        counts.suspend(writing)
        if writing.dialect.name == "sqlite":
            writing.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        else:
            writing.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
        for table in reversed(tables()):
            writing.execute(table.delete())
        for table in tables():
            total = int(reading.execute(select(text("count(*)")).select_from(table)).scalar() or 0)
            done = 0
            batch: list[dict[str, Any]] = []
            for row in _rows(reading, table):
                batch.append(dict(zip(table.columns.keys(), row, strict=True)))
                if len(batch) >= BATCH:
                    writing.execute(table.insert(), batch)
                    done += len(batch)
                    batch = []
                    if progress is not None:
                        progress(table.name, done, total)
            if batch:
                writing.execute(table.insert(), batch)
                done += len(batch)
            if progress is not None:
                progress(table.name, done, total)
        if writing.dialect.name == "sqlite":
            writing.exec_driver_sql(f"DELETE FROM {fts.FTS_TABLE}")
            fts.index_table_rows(writing, "recommendations", 0)
        else:
            _reset_sequences(writing)
        counts.ensure(writing)


def _reset_sequences(connection: Connection) -> None:
    """Serial columns on the server continue after the copied rows."""
    for table in tables():
        for column in table.primary_key.columns:
            sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                          {"t": table.name, "c": column.name}).scalar()
            if sequence:
                connection.execute(text(f"SELECT setval(:s, coalesce((SELECT max({column.name}) "
                                        f"FROM {table.name}), 0) + 1, false)"), {"s": sequence})


def compare(source: CopyReport, target: CopyReport) -> list[str]:
    """The tables whose count or checksum differ."""
    theirs = {t.table: t for t in target.tables}
    return [t.table for t in source.tables if theirs.get(t.table) != t]


def has_table(engine: Engine, name: str) -> bool:
    return inspect(engine).has_table(name)


def copy_database(source: str | Path, target: str | Path, progress: Progress | None = None) -> CopyReport:
    """Copy the committee at ``source`` (a file or a server URL) to ``target``, verify it, and
    return the checks (the same on both sides). A new target file is removed when the copy fails."""
    from nrtd_desktop.db import migrate
    from nrtd_desktop.db.engine import display_name, is_server, make_engine, make_read_only_engine
    from nrtd_desktop.db.server import migrate_server

    source_name, target_name = display_name(source), display_name(target)
    if is_server(source):
        reading = make_engine(source)
    else:
        path = Path(source)
        migrate.check_file(path)
        if not path.is_file():
            raise DatabaseError("db.cannot_open", path=str(path), reason="file not found")
        reading = make_read_only_engine(path)
    new_file: Path | None = None
    try:
        found = migrate.current_revision(reading)
        if found != migrate.head_revision():
            raise DatabaseError("copy.source_not_at_head", source=source_name, found=found or "-",
                                head=migrate.head_revision())
        if is_server(target):
            writing = make_engine(target)
            # One statement per row, as psycopg 3 pipelines them: the counts' triggers are set
            # aside here, and multi-row INSERTs (db/engine.py) cost more in Python than they
            # save (41,066 UPR Info rows: 10 s of the program's time instead of 21).
            writing.dialect.use_insertmanyvalues_wo_returning = False
            migrate_server(writing)
        else:
            new_file = None if Path(target).exists() else Path(target)
            writing = migrate.open_engine(Path(target))
        try:
            copy_rows(reading, writing, target_name, progress)
            theirs, ours = check(reading), check(writing)
        finally:
            writing.dispose()
        differing = compare(theirs, ours)
        if differing:
            raise DatabaseError("copy.mismatch", tables=", ".join(differing), target=target_name)
        new_file = None
        return ours
    finally:
        reading.dispose()
        if new_file is not None:
            for leftover in (new_file, Path(f"{new_file}-wal"), Path(f"{new_file}-shm")):
                leftover.unlink(missing_ok=True)
