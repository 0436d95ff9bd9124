"""Engine and session setup: the connection settings of docs/design/RELIABILITY.md on every connection.

SQLite is the embedded default; a committee that shares one server uses PostgreSQL (issue 24)
through psycopg 3. Which engine a database is on is decided here, from its URL, and only here
(:func:`database_url`, :func:`is_server`): ``--db`` and ``NRTD_DB`` take either a file path or a
``postgresql://`` URL, and :func:`make_engine` dispatches on the URL's dialect. Everything
specific to an engine (SQLite's pragmas and FTS5, PostgreSQL's session settings and tsvector)
lives in this package.

Every engine of the program is made here, and only here (``make_engine`` for the program and the
command line, ``make_read_only_engine`` for a reader beside a writer). A SQLite file is plain (the
standard ``sqlite3`` module) or encrypted with SQLCipher 4 (``_cipher_engine``, ``sqlcipher3``; the
key found by ``db/cipher.py``, issue 26). A server database is never encrypted by this program: it
relies on the server's own protections, and ``safety.encryption.refuse_server_database`` says so
to a person who asks for a passphrase.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DatabaseKey

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

# SQLAlchemy is imported when an engine is made, not with this module: the window decides whether
# a database is a file or a server (``is_server``), and paints a file's first rows
# (``nrtd_desktop/opening.py``), before SQLAlchemy's 0.2-0.3 s import (issue 25).

# ``key`` of the engine makers: AUTO finds the key of an existing encrypted file in the keys this
# program holds (``cipher.key_for_file``); None says plain; a DatabaseKey encrypts a new file.
AUTO: Any = "auto"

BUSY_TIMEOUT_MS = 5000

# The page cache of a connection to an encrypted database, in KiB. SQLCipher decrypts (and checks
# the HMAC of) every page it reads from the file, where SQLite reads a plain file from the
# operating system's cache for almost nothing: with SQLite's 2 MiB (SQLCipher's 8 MiB), the six
# facets of a 267,000-recommendation register took 1.7 s encrypted against 0.98 s plain. With
# 128 MiB the pages they read stay decrypted in the connection: 0.81 s (plain with the same cache
# 0.80 s), the process's peak 150 MB. The cache grows only as far as the queries need it.
ENCRYPTED_CACHE_KIB = 131_072
PLAIN_CACHE_KIB = 2_000  # SQLite's default


def cache_kib(connection: Any) -> int:
    """The page cache this module gives ``connection``'s database (an import that enlarged it for a
    while puts it back to this)."""
    module = type(getattr(connection, "driver_connection", connection)).__module__
    return ENCRYPTED_CACHE_KIB if module.startswith("sqlcipher3") else PLAIN_CACHE_KIB


def _cipher_cache(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA cache_size=-{ENCRYPTED_CACHE_KIB}")


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


def _resolve_key(path: Path, key: DatabaseKey | Any | None) -> DatabaseKey | None:
    if key is AUTO:
        return cipher.key_for_file(path)
    return key


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


def make_engine(url_or_path: str | Path, *, key: DatabaseKey | Any | None = AUTO) -> Engine:
    """An engine for a SQLite file (a Path, a path string or a sqlite:// URL) or a PostgreSQL
    server (``postgresql://``): the one place where the engine is chosen.

    An encrypted file (or a new one with ``key``) is opened through ``sqlcipher3``, each
    connection keyed first (``db/cipher.py``); the pragmas follow as for a plain file."""
    if is_server(url_or_path):
        return _server_engine(database_url(url_or_path))
    if isinstance(url_or_path, str) and not url_or_path.startswith("sqlite:"):
        url_or_path = Path(url_or_path)
    if isinstance(url_or_path, Path):
        database_key = _resolve_key(url_or_path, key)
        if database_key is not None:
            return _cipher_engine(url_or_path, database_key)
        return _url_engine(sqlite_url(url_or_path))
    return _url_engine(url_or_path)


def _server_engine(url: str) -> Engine:
    """A PostgreSQL server through psycopg 3, each connection set up by ``_postgresql_session``."""
    from sqlalchemy import create_engine, event

    engine = create_engine(url, future=True, pool_pre_ping=True,
                           connect_args={"application_name": APPLICATION_NAME})
    # Rows inserted many at once (the importer, a package merge, ``nrtd db copy``) go as
    # multi-row INSERTs of up to 1,000 rows, as SQLAlchemy's psycopg2 dialect sends them:
    # psycopg 3 would send one statement per row, and the server's statement-level triggers
    # (db/counts_pg.py) would count each row on its own.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    event.listen(engine, "connect", _postgresql_session)
    return engine


def _url_engine(url: str) -> Engine:
    """An engine for a SQLite URL: a plain file with its pragmas."""
    from sqlalchemy import create_engine, event

    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _cipher_engine(path: Path, key: DatabaseKey) -> Engine:
    """SQLAlchemy's SQLite dialect over ``sqlcipher3`` (``module=``: its errors are the DB-API's
    errors), connections made here so that the raw key is their first statement."""
    import sqlcipher3
    from sqlalchemy import create_engine, event

    target = str(Path(path).absolute())

    def connect() -> Any:
        # The family's current key: after a change of passphrase (``safety/encryption``) the
        # engine's pool is emptied and the next connections take the new key from here.
        current = (cipher.known_keys(key.salt) or [key])[0]
        return cipher.connect(target, current, check_same_thread=False)

    engine = create_engine(sqlite_url(Path(target)), module=sqlcipher3, creator=connect, future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "connect", _cipher_cache)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_read_only_engine(path: Path, *, key: DatabaseKey | Any | None = AUTO) -> Engine:
    """An engine that can only read the SQLite file at ``path``, beside a program writing it.

    ``mode=ro``: SQLite opens the file read-only, so nothing this engine does can change it, and
    such a connection never checkpoints the WAL into the file when it closes. On a WAL database a
    reader needs the ``-wal`` and ``-shm`` files; when no writer has them (the last one closed),
    SQLite creates them empty beside the file (https://sqlite.org/wal.html, "Read-Only
    Databases"; SQLite 3.22 and later), and the next writer uses them as usual. The connections
    are made here (``creator``) so that the URI is quoted by SQLite's rules (a ``#``, ``?`` or
    ``%`` in a folder name), while the engine's URL still names the plain file.
    """
    from sqlalchemy import create_engine, event

    uri = cipher.read_only_uri(path)
    database_key = _resolve_key(Path(path), key)
    options: dict[str, Any] = {}
    if database_key is not None:
        import sqlcipher3

        options["module"] = sqlcipher3

    def connect() -> Any:
        return cipher.connect(uri, database_key, uri=True, check_same_thread=False)

    engine = create_engine(sqlite_url(Path(path).absolute()), creator=connect, future=True, **options)
    event.listen(engine, "connect", _sqlite_reader_pragmas)
    if database_key is not None:
        event.listen(engine, "connect", _cipher_cache)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services copy what they return into dataclasses anyway, and
    # nothing should lazily reload from a closed session.
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
