"""Engine and session setup: the connection settings of docs/design/RELIABILITY.md on every connection.

SQLite is the embedded default. The models stay portable to PostgreSQL; everything specific to
SQLite (pragmas, FTS5) lives in this package.

Every engine of the program is made here, and only here (``make_engine`` for the program and the
command line, ``make_read_only_engine`` for a reader beside a writer). ``make_engine`` decides
by what it is given:

- a ``Path``: a SQLite file, plain (the standard ``sqlite3`` module) or encrypted with SQLCipher 4
  (``_cipher_engine``, ``sqlcipher3``; the key found by ``db/cipher.py``, issue 26);
- a URL string: ``_url_engine``. This is the place for a server database (PostgreSQL, issue 24):
  add its connection settings there, beside the SQLite ones, keyed on ``engine.dialect.name``.
  A server database is never encrypted by this program (``db/cipher.py`` is SQLite-only): it
  relies on the server's own protections, and ``safety.encryption.refuse_server_database`` says
  so to a person who asks for a passphrase.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DatabaseKey

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


def make_engine(url_or_path: str | Path, *, key: DatabaseKey | Any | None = AUTO) -> Engine:
    """An engine for a SQLite file (a Path or sqlite:// URL) or any SQLAlchemy URL.

    A server database (a PostgreSQL URL) is never encrypted here: it relies on the server's own
    protections (``encryption.server`` says so to a person who asks for a passphrase).

    An encrypted file (or a new one with ``key``) is opened through ``sqlcipher3``, each
    connection keyed first (``db/cipher.py``); the pragmas below follow as for a plain file."""
    if isinstance(url_or_path, Path):
        database_key = _resolve_key(url_or_path, key)
        if database_key is not None:
            return _cipher_engine(Path(url_or_path), database_key)
        return _url_engine(sqlite_url(url_or_path))
    return _url_engine(url_or_path)


def _url_engine(url: str) -> Engine:
    """An engine for a URL: a plain SQLite file with its pragmas. A server dialect's own
    connection settings (PostgreSQL, issue 24) go here, under its ``dialect.name``."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _cipher_engine(path: Path, key: DatabaseKey) -> Engine:
    """SQLAlchemy's SQLite dialect over ``sqlcipher3`` (``module=``: its errors are the DB-API's
    errors), connections made here so that the raw key is their first statement."""
    import sqlcipher3

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
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
