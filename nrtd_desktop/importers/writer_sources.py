"""The sources and kept labels of imported records (``recommendation_sources``/``_labels``).

Kept apart from writer.py, which writes the records themselves: here only which (source, key)
each record was imported under, the digest of the row as last imported, and the values of a row
that no vocabulary knew (kept as labels to map later, db/vocabulary.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, insert, literal_column, select, update

from nrtd_desktop.db.models import recommendation_labels, recommendation_sources
from nrtd_desktop.importers.records import SourceRecord
from nrtd_desktop.importers.writer_bulk import insert_tuples, is_sqlite
from nrtd_desktop.importers.writer_match import Incoming

S = recommendation_sources
L = recommendation_labels
CHUNK = 500
_JSON_KEYS: Select[Any] = select(literal_column("value")).select_from(func.json_each(bindparam("keys")))


def find_sources(
    connection: Connection, rows: Sequence[Incoming]
) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(source, key) -> (the record imported under it, the digest of the row last imported)."""
    by_format: dict[str, list[str]] = {}
    for row in rows:
        by_format.setdefault(row.source_format, []).append(row.source_key)
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    if is_sqlite(connection):
        # The driver's cursor: SQLAlchemy's rows cost 0.15 s of a re-import of 41,066 rows
        # (a sixth of it), for three plain strings each.
        driver = connection.connection.dbapi_connection
        assert driver is not None
        for source_format, keys in by_format.items():
            for key, record_id, digest in driver.execute(_FIND_SQL, (source_format, json.dumps(keys))):
                found[(source_format, key)] = (record_id, digest)
        return found
    for source_format, keys in by_format.items():
        if is_sqlite(connection):
            parts: Iterable[Any] = [json.dumps(keys)]
            condition = S.c.source_key.in_(_JSON_KEYS)
        else:
            parts = [keys[start : start + CHUNK] for start in range(0, len(keys), CHUNK)]
            condition = S.c.source_key.in_(bindparam("keys", expanding=True))
        statement = select(S.c.source_key, S.c.recommendation_id, S.c.row_digest).where(
            S.c.source_format == source_format, condition
        )
        for part in parts:
            for key, record_id, digest in connection.execute(statement, {"keys": part}):
                found[(source_format, key)] = (record_id, digest)
    return found


_FIND_SQL = (
    "SELECT source_key, recommendation_id, row_digest FROM recommendation_sources "
    "WHERE source_format = ? AND source_key IN (SELECT value FROM json_each(?))"
)


def insert_sources(connection: Connection, rows: Sequence[tuple[str, str, str, str | None]]) -> None:
    """New (source_format, source_key, recommendation_id, row_digest) rows."""
    if rows:
        insert_tuples(
            connection, S, ("source_format", "source_key", "recommendation_id", "row_digest"), list(rows)
        )


def update_digests(connection: Connection, rows: Sequence[tuple[str, str, str | None]]) -> None:
    """The digest of each (source_format, source_key) as now imported."""
    if not rows:
        return
    statement = (
        update(S)
        .where(S.c.source_format == bindparam("f"), S.c.source_key == bindparam("k"))
        .values(row_digest=bindparam("d"))
    )
    connection.execute(statement, [{"f": f, "k": k, "d": d} for f, k, d in rows])


def insert_labels(connection: Connection, rows: Sequence[tuple[str, str, str]]) -> None:
    """(recommendation_id, vocabulary, label) rows; a label a record already has is skipped."""
    if not rows:
        return
    unique = list(dict.fromkeys(rows))
    if is_sqlite(connection):
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO {L.name} (recommendation_id, vocabulary, label) VALUES (?, ?, ?)", unique
        )
        return
    existing = set(
        connection.execute(
            select(L.c.recommendation_id, L.c.vocabulary, L.c.label).where(
                L.c.recommendation_id.in_({row[0] for row in unique})
            )
        ).all()
    )
    fresh = [row for row in unique if tuple(row) not in existing]
    if fresh:
        connection.execute(
            insert(L), [{"recommendation_id": r, "vocabulary": v, "label": label} for r, v, label in fresh]
        )


def labels_of(pairs: Iterable[tuple[Incoming, str]]) -> list[tuple[str, str, str]]:
    """The label rows of incoming rows written to the records ``pairs`` give (row, record id)."""
    return [
        (record_id, vocabulary, label[:500]) for row, record_id in pairs for vocabulary, label in row.labels
    ]


def known_digests(connection: Connection) -> dict[tuple[str, str], str]:
    """(source_format, source_key) -> digest of every row imported so far (one query: 41,066
    rows in ~40 ms), so that reading a file can skip matching the rows it already holds."""
    if is_sqlite(connection):
        driver = connection.connection.dbapi_connection
        assert driver is not None
        rows = driver.execute(
            "SELECT source_format, source_key, row_digest FROM recommendation_sources "
            "WHERE row_digest IS NOT NULL"
        )
        return {(source_format, key): digest for source_format, key, digest in rows}
    return {
        (source_format, key): digest
        for source_format, key, digest in connection.execute(
            select(S.c.source_format, S.c.source_key, S.c.row_digest).where(S.c.row_digest.is_not(None))
        )
    }


def unchanged_row(record: SourceRecord, file: str | None) -> Incoming:
    """The Incoming of a row known unchanged by its digest: keys and digest, nothing matched."""
    return Incoming(
        source_format=record.source_format,
        source_key=record.source_key,
        file=file,
        sheet=record.sheet,
        row=record.row_number,
        reference="",
        values={},
        row_digest=record.row_digest,
    )
