"""Engine and session setup: the connection settings of docs/design/RELIABILITY.md on every connection.

SQLite is the embedded default; a committee that shares one server uses PostgreSQL (issue 24)
through psycopg 3. Which engine a database is on is decided here, from its URL, and only here
(:func:`database_url`, :func:`is_server`): ``--db`` and ``NRTD_DB`` take either a file path or a
``postgresql://`` URL, and :func:`make_engine` dispatches on the URL's dialect. Everything
specific to an engine (SQLite's pragmas and FTS5, PostgreSQL's session settings and tsvector)
lives in this package.
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


def _sqlite_reader_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """A reader's connection (``mode=ro``): no journal mode to set (a WAL database stays WAL and
    is read beside its writer), and ``query_only`` as a second guard."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    connection.exec_driver_sql("BEGIN")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


# The URL schemes of a database server. ``postgresql://`` and ``postgres://`` (libpq's own
# spellings) are served by psycopg 3, whatever driver SQLAlchemy would pick by default.
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
APPLICATION_NAME = "nrtd"


def is_server(db: str | Path | None) -> bool:
    """True when ``db`` names a database server (a URL), not a file."""
    return isinstance(db, str) and db.strip().lower().startswith(SERVER_SCHEMES)


def database_url(db: str | Path) -> str:
    """The SQLAlchemy URL of a file path or a server URL."""
    if is_server(db):
        text = str(db).strip()
        _scheme, _sep, rest = text.partition("://")
        return f"postgresql+psycopg://{rest}"
    if isinstance(db, str) and db.startswith("sqlite:"):
        return db
    return sqlite_url(Path(db))


def display_name(db: str | Path) -> str:
    """A database as shown to people: a file's path, a server URL without its password."""
    if not is_server(db):
        return str(db)
    from sqlalchemy.engine import make_url

    return make_url(database_url(db)).render_as_string(hide_password=True).replace(
        "postgresql+psycopg://", "postgresql://")


def _postgresql_session(dbapi_connection, _record: object) -> None:  # type: ignore[no-untyped-def]
    """Every server connection: named in ``pg_stat_activity``, times in UTC (the models keep
    naive UTC datetimes), and a lock wait bounded like SQLite's busy timeout."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
        cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.commit()


def make_engine(url_or_path: str | Path) -> Engine:
    """An engine for a SQLite file (a Path, a path string or a sqlite:// URL) or a PostgreSQL
    server (``postgresql://``): the one place where the engine is chosen."""
    url = database_url(url_or_path)
    if url.startswith("postgresql"):
        engine = create_engine(url, future=True, pool_pre_ping=True,
                               connect_args={"application_name": APPLICATION_NAME})
        event.listen(engine, "connect", _postgresql_session)
        return engine
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """An engine that can only read the SQLite file at ``path``, beside a program writing it.

    ``mode=ro``: SQLite opens the file read-only, so nothing this engine does can change it, and
    such a connection never checkpoints the WAL into the file when it closes. On a WAL database a
    reader needs the ``-wal`` and ``-shm`` files; when no writer has them (the last one closed),
    SQLite creates them empty beside the file (https://sqlite.org/wal.html, "Read-Only
    Databases"; SQLite 3.22 and later), and the next writer uses them as usual. The connections
    are made here (``creator``) so that the URI is quoted by SQLite's rules (a ``#``, ``?`` or
    ``%`` in a folder name), while the engine's URL still names the plain file.
    """
    from urllib.parse import quote

    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(sqlite_url(Path(path).absolute()), creator=connect, future=True)
    event.listen(engine, "connect", _sqlite_reader_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services copy what they return into dataclasses anyway, and
    # nothing should lazily reload from a closed session.
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
