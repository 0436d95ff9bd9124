"""Engine and session setup: the connection settings of RELIABILITY.md on every connection.

SQLite is the embedded default. The models stay portable to PostgreSQL; everything specific to
SQLite (pragmas, FTS5) lives in this package.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Take transactions away from the sqlite3 module (it would begin them lazily and commit
    # DDL implicitly); SQLAlchemy's "begin" listener below issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed change survives power loss (NORMAL may lose the last commits).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    connection.exec_driver_sql("BEGIN")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url_or_path: str | Path) -> Engine:
    """An engine for a SQLite file (a Path or sqlite:// URL) or any SQLAlchemy URL."""
    url = sqlite_url(Path(url_or_path)) if isinstance(url_or_path, Path) else url_or_path
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services copy what they return into dataclasses anyway, and
    # nothing should lazily reload from a closed session.
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
