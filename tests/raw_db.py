"""A plain DB-API connection to a test's database, beside the program's own: sqlite3 on a file,
psycopg on a PostgreSQL server (issue 24), so that the independent counts of the tests are
computed by the same hand-written SQL on both engines.

Queries keep sqlite3's ``?`` placeholders; on the server they become psycopg's ``%s``. Where
the two dialects really differ (the catalogue, a date function) the test asks ``dialect``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from nrtd_desktop.db.engine import database_url, is_server


def location_of(target: Any) -> Path | str:
    """A file path or a server URL, from services, a path or a URL."""
    context = getattr(target, "context", None)
    if context is not None:
        url = context.engine.url
        if url.get_backend_name() == "sqlite":
            return Path(str(url.database))
        return url.render_as_string(hide_password=False)
    return target


class Raw:
    """sqlite3-like: ``execute(sql, params)`` returns a cursor (fetchone, fetchall, iteration)."""

    def __init__(self, target: Any, rows_as_dicts: bool = False) -> None:
        location = location_of(target)
        self.dialect = "postgresql" if is_server(location) else "sqlite"
        if self.dialect == "postgresql":
            import psycopg
            from psycopg.rows import dict_row

            libpq = database_url(location).replace("postgresql+psycopg://", "postgresql://", 1)
            self.db: Any = psycopg.connect(libpq, autocommit=True,
                                           row_factory=dict_row if rows_as_dicts else psycopg.rows.tuple_row)
            self.db.execute("SET TIME ZONE 'UTC'")
        else:
            path = Path(location)
            if not path.is_file():  # sqlite3 would create an empty file (never in the worktree)
                raise FileNotFoundError(path)
            self.db = sqlite3.connect(path)
            if rows_as_dicts:
                self.db.row_factory = sqlite3.Row

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        if self.dialect == "postgresql":
            if params:
                sql = sql.replace("%", "%%").replace("?", "%s")
                return self.db.execute(sql, tuple(params))
            return self.db.execute(sql)
        return self.db.execute(sql, tuple(params))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Raw:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
