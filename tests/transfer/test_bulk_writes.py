"""The bulk writes of an import (importers/writer_bulk.py) leave the database as whole as before.

Large imports drop the secondary indexes of ``recommendations`` inside their transaction and
create them again; the FTS index is filled from the table in one statement. These tests import
the UPR Info files in two steps (into an empty database, then into one that already holds rows)
and compare with the one-step import, and make an import fail halfway to see the rollback.
"""

from __future__ import annotations

import gc
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, text

from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.importers import writer, writer_bulk
from nrtd_desktop.importers.gc_pause import collector_paused
from nrtd_desktop.importers.writer_bulk import ordered_ids
from nrtd_desktop.services.imports import ImportRequest
from tests.transfer.conftest import fts_count, history_count, open_db

WORDS = ("torture", "women", "death penalty", "Habré", "children")


def _schema(services: Any) -> list[tuple[str, str, str | None]]:
    with services.context.engine.connect() as connection:
        rows = connection.execute(text("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))
        return [tuple(row) for row in rows]


def _whole(services: Any) -> None:
    with services.context.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        # FTS5 raises when its index does not match its content.
        connection.execute(
            text("INSERT INTO recommendation_fts(recommendation_fts, rank) VALUES ('integrity-check', 1)")
        )
        connection.rollback()


def _content(services: Any) -> dict[str, tuple[Any, ...]]:
    """Per natural key: what the import wrote, but the ids and stamps."""
    query = text(
        "SELECT r.source_key, r.reference, r.text_en, r.position, r.session, r.action_category, "
        "r.search_text, "
        "(SELECT group_concat(theme_key) FROM (SELECT theme_key FROM recommendation_themes t "
        " WHERE t.recommendation_id = r.id ORDER BY theme_key)), "
        "(SELECT group_concat(state_alpha3) FROM recommendation_states s WHERE s.recommendation_id = r.id), "
        "(SELECT count(*) FROM history h WHERE h.table_name = 'recommendations' AND h.record_id = r.id "
        " AND h.operation = 'create') "
        "FROM recommendations r"
    )
    with services.context.engine.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(query)}


def _found(services: Any) -> dict[str, int]:
    return {word: services.recommendations.count(RecommendationFilter(search=word)) for word in WORDS}


@pytest.fixture
def two_services(tmp_path: Path) -> Iterator[Any]:
    services = open_db(tmp_path / "steps.sqlite")
    yield services
    services.close()


@pytest.mark.parametrize(
    "first",
    [
        ("1-5.csv",),  # then 34,972 rows into 6,094: the indexes rebuilt with rows already there
        ("10-13.csv", "14-17.csv", "17-20.csv", "6-9.csv"),  # then 6,094 into 34,972: kept
    ],
)
def test_two_imports_give_the_database_one_import_gives(
    first: tuple[str, ...],
    two_services: Any,
    upr_info_services: Any,
    upr_info_files: tuple[Path, ...],
) -> None:
    schema = _schema(two_services)
    first_files = tuple(path for path in upr_info_files if path.name in first)
    rest = tuple(path for path in upr_info_files if path.name not in first)
    for files in (first_files, rest):
        outcome = two_services.imports.run(ImportRequest(files))
        assert outcome.preview.new > 5000 and outcome.preview.unchanged == 0
        assert _schema(two_services) == schema  # every index back, as it was
    _whole(two_services)
    assert _content(two_services) == _content(upr_info_services)
    assert fts_count(two_services) == history_count(two_services) == 41_066
    assert _found(two_services) == _found(upr_info_services)
    assert min(_found(two_services).values()) > 0


def test_an_import_failing_halfway_leaves_the_database_as_it_was(
    two_services: Any, upr_info_files: tuple[Path, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = _schema(two_services)
    written = writer.insert_tuples

    def fail_at_history(connection: Any, table: Any, names: Any, rows: Any, shared: Any = None) -> None:
        if table.name == "history":
            raise RuntimeError("the disk is full")
        written(connection, table, names, rows, shared)

    monkeypatch.setattr(writer, "insert_tuples", fail_at_history)
    request = ImportRequest(upr_info_files[:1])  # 6,094 rows into none: the indexes are dropped
    with pytest.raises(RuntimeError, match="disk is full"):
        two_services.imports.run(request)
    assert _schema(two_services) == schema
    assert two_services.stats().recommendations == 0 and fts_count(two_services) == 0
    _whole(two_services)
    monkeypatch.setattr(writer, "insert_tuples", written)
    assert two_services.imports.run(request).preview.new == 6_094


def test_indexes_are_dropped_only_when_the_import_makes_most_of_the_table(two_services: Any) -> None:
    table = Table("t", MetaData(), Column("a", Integer))
    inside: list[list[str]] = []
    with two_services.context.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (a INTEGER)")
        connection.exec_driver_sql("CREATE INDEX ix_t_a ON t (a)")
        existing = writer_bulk.REBUILD_MIN_ROWS + 1
        connection.exec_driver_sql("INSERT INTO t VALUES (?)", [(n,) for n in range(existing)])
        many = writer_bulk.REBUILD_FACTOR * existing
        for new_rows in (writer_bulk.REBUILD_MIN_ROWS - 1, many - 1, many):
            with writer_bulk.rebuilt_indexes(connection, (table,), new_rows):
                inside.append(_index_names(connection, "t"))
            assert _index_names(connection, "t") == ["ix_t_a"]
        connection.rollback()
    assert inside == [["ix_t_a"], ["ix_t_a"], []]


@pytest.mark.parametrize("note", ["O'Brien'); DROP TABLE t; --", "ملاحظة\nثانية", "NUL\x00inside"])
def test_values_shared_by_every_row_are_stored_exactly(two_services: Any, note: str) -> None:
    table = Table("t", MetaData(), Column("n", Integer), Column("note"), Column("flag"), Column("gone"))
    with two_services.context.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (n INTEGER, note TEXT, flag INTEGER, gone TEXT)")
        shared = {"note": note, "flag": True, "gone": None}
        writer_bulk.insert_tuples(connection, table, ("n",), [(1,), (2,)], shared)
        rows = connection.exec_driver_sql("SELECT n, note, flag, typeof(flag), gone FROM t ORDER BY n").all()
        connection.rollback()
    assert [tuple(row) for row in rows] == [(1, note, 1, "integer", None), (2, note, 1, "integer", None)]


def _index_names(connection: Any, table: str) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    )
    return [row[0] for row in rows]


def test_record_ids_are_ascending_uuids_of_version_7() -> None:
    before = time.time() * 1000
    ids = ordered_ids(300_000)  # past 262,144, where the counter carries into the first half
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for value in ids[:3] + ids[-3:]:
        parsed = uuid.UUID(value)
        assert str(parsed) == value and parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert before - 1 <= int(parsed.hex[:12], 16) <= time.time() * 1000 + 1  # milliseconds


def test_the_cycle_collector_is_paused_and_given_back() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block did not turn it on
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
