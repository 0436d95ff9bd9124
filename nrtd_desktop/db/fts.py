"""Full-text search over the Arabic-normalised shadow column, SQLite FTS5 only.

SQLite's tokenizers do not understand Arabic, so ``recommendations.search_text`` holds the text
normalised by ``domain.arabic`` and an FTS5 table indexes it, keyed by the stable integer
``recommendations.search_rowid``. Queries are normalised the same way. On other databases the
services fall back to LIKE over ``search_text``.

The index is kept up to date from Python (ORM events below, and :func:`index_rows` for bulk
loads), not by SQL triggers: with ``trusted_schema=OFF`` (docs/design/RELIABILITY.md) SQLite refuses
virtual tables inside triggers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, inspect
from sqlalchemy.orm import Mapper

from nrtd_desktop.db.events import listen_once
from nrtd_desktop.domain.arabic import SearchWord

FTS_TABLE = "recommendation_fts"
_HIT_COUNTS = "nrtd_fts_hit_counts"
_HIT_COUNTS_STATE = "nrtd_fts_hit_counts_state"
_HIT_COUNTS_KEPT = 64

CREATE_STATEMENT = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "search_text, tokenize='unicode61 remove_diacritics 2')"
)


def create(connection: Connection) -> None:
    connection.exec_driver_sql(CREATE_STATEMENT)


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def index_rows(connection: Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Add or replace the indexed text of (search_rowid, search_text) pairs."""
    if not is_sqlite(connection):
        return
    rows = list(rows)
    if not rows:
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(rowid,) for rowid, _ in rows])
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (?, ?)", rows)


def unindex_rows(connection: Connection, rowids: Iterable[int]) -> None:
    if not is_sqlite(connection):
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(rowid,) for rowid in rowids])


def rebuild(connection: Connection) -> None:
    """Rebuild the whole index from the shadow column (after a restore or a repair)."""
    if not is_sqlite(connection):
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) SELECT search_rowid, search_text FROM recommendations"
    )


def match_expression(words: list[SearchWord]) -> str:
    """An FTS5 query that needs every word, as a prefix or whole (``arabic.search_words``).

    Words are already normalised; quoting each one keeps FTS5 operators typed by the user
    (AND, NEAR, ``*``, ``"``) from being read as syntax.
    """
    return " ".join('"' + word.text.replace('"', '""') + '"' + ("*" if word.prefix else "") for word in words)


def hit_count(connection: Connection, match: str) -> int:
    """How many records ``match`` finds, from the index alone.

    A search asks this two or three times (the status bar's count, then the plan of the page's
    query), and a MATCH of a common word costs up to ~20 ms at 267,000 records: the counts are
    kept per SQLite connection until the database changes. ``PRAGMA data_version`` moves when
    another connection commits, ``total_changes`` when this one writes.
    """
    state = (
        connection.exec_driver_sql("PRAGMA data_version").scalar(),
        connection.connection.driver_connection.total_changes,  # type: ignore[union-attr]
    )
    cache: dict[str, int] = connection.info.setdefault(_HIT_COUNTS, {})
    if connection.info.get(_HIT_COUNTS_STATE) != state or len(cache) > _HIT_COUNTS_KEPT:
        cache.clear()
        connection.info[_HIT_COUNTS_STATE] = state
    if match not in cache:
        statement = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
        cache[match] = int(connection.exec_driver_sql(statement, (match,)).scalar() or 0)
    return cache[match]


def _after_insert(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    index_rows(connection, [(target.search_rowid, target.search_text)])


def _after_update(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    state = inspect(target)
    if state.attrs.search_text.history.has_changes() or state.attrs.search_rowid.history.has_changes():
        old = state.attrs.search_rowid.history.deleted
        if old:
            unindex_rows(connection, old)
        index_rows(connection, [(target.search_rowid, target.search_text)])


def _after_delete(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    unindex_rows(connection, [target.search_rowid])


def install(model: type) -> None:
    """Keep the index in step with every ORM insert, update and delete of ``model``."""
    for name, listener in (
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        listen_once(model, name, listener)
