"""Checking a database file without writing to it: integrity, foreign keys, "is it ours".

Every check opens the file read-only (``mode=ro``): such a connection never checkpoints the WAL
into the main file on close, so checking a damaged database changes no byte of it.

A check of a large file takes seconds (quick_check 1.8 s + foreign_key_check 1.7 s on 790 MB), so
the window runs it on a thread (``safety.background``): an :class:`Interrupter` lets the closing
program stop it at once, and :class:`CheckInterrupted` tells that apart from damage.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DRIVER_ERRORS
from nrtd_desktop.domain.errors import DatabaseError, NrtdError

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class CheckResult:
    """What a check found; ``problems`` is empty when the database is whole."""

    path: Path
    check: str  # "integrity_check" (full) or "quick_check"
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, limit: int = 3) -> str:
        shown = "; ".join(self.problems[:limit])
        more = len(self.problems) - limit
        return shown + (f"; … (+{more})" if more > 0 else "")


@dataclass(frozen=True)
class DatabaseFacts:
    """What a (checked) NRTD database file holds, read without opening it through the program."""

    path: Path
    revision: str
    recommendations: int
    site_id: str


class CheckInterrupted(Exception):
    """The check or copy was stopped by its :class:`Interrupter` (the program is closing): it
    says nothing about the file."""


class Interrupter:
    """Stops long checks and copies from another thread (``sqlite3.Connection.interrupt``)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._connections: set[sqlite3.Connection] = set()
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        with self._guard:
            self._stopped = True
            for connection in self._connections:
                with contextlib.suppress(*DRIVER_ERRORS):
                    connection.interrupt()

    def raise_if_stopped(self) -> None:
        if self._stopped:
            raise CheckInterrupted()

    @contextlib.contextmanager
    def watching(self, connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """While the block runs, ``stop()`` interrupts ``connection``'s statement."""
        with self._guard:
            if self._stopped:
                raise CheckInterrupted()
            self._connections.add(connection)
        try:
            yield connection
        finally:
            with self._guard:
                self._connections.discard(connection)


def connect_read_only(path: Path, timeout: float = 5.0, *, check_same_thread: bool = True
                      ) -> sqlite3.Connection:
    """A read-only connection; an encrypted file is keyed with the key this program holds for its
    family (``db/cipher.py``; ``db.encrypted_locked`` when it holds none)."""
    key = cipher.key_for_file(path)
    connection = cipher.connect(cipher.read_only_uri(path), key, uri=True, timeout=timeout,
                                isolation_level=None, check_same_thread=check_same_thread)
    connection.execute("PRAGMA trusted_schema=OFF")
    return connection  # type: ignore[no-any-return]  # cipher.connect is either driver's Connection


def has_sqlite_header(path: Path) -> bool:
    """A database file: SQLite's header, or an encrypted database (``cipher.looks_encrypted``)."""
    try:
        with Path(path).open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                return True
    except OSError:
        return False
    return cipher.looks_encrypted(path)


def check_database(path: Path, *, full: bool, interrupter: Interrupter | None = None) -> CheckResult:
    """``integrity_check`` (``full``) or ``quick_check``, then ``foreign_key_check``; never writes.

    Raises ``DatabaseError("db.not_a_database")`` for a file that is not SQLite at all (empty,
    text, another format): that is not damage to repair but the wrong file. Raises
    ``CheckInterrupted`` when ``interrupter`` stopped it.
    """
    path = Path(path)
    if not path.is_file() or not has_sqlite_header(path):
        raise DatabaseError("db.not_a_database", path=str(path))
    check = "integrity_check" if full else "quick_check"
    try:
        connection = connect_read_only(path, check_same_thread=interrupter is None)
    except DRIVER_ERRORS as exc:
        return CheckResult(path, check, (str(exc),))
    try:
        return run_check(connection, path, full=full, interrupter=interrupter)
    finally:
        connection.close()


def run_check(connection: sqlite3.Connection, path: Path, *, full: bool,
              interrupter: Interrupter | None = None) -> CheckResult:
    """The checks of :func:`check_database` on an open read-only connection (left open: the
    background check keeps it while the window still has the damaged file open, see
    ``safety.background``)."""
    check = "integrity_check" if full else "quick_check"
    problems: list[str] = []
    watching = interrupter.watching(connection) if interrupter is not None else contextlib.nullcontext()
    try:
        with watching:
            if full:  # inside the try: the pragma reads the schema, which a damaged file may not give
                _full_check_cache(connection)
            rows = connection.execute(f"PRAGMA {check}({MAX_PROBLEMS})").fetchall()
            problems.extend(str(row[0]) for row in rows if row and row[0] != "ok")
            if not problems:
                violations = connection.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
                for table, rowid, parent, _fk in violations:
                    problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    except DRIVER_ERRORS as exc:  # "database disk image is malformed", "file is not a database"
        if interrupter is not None and interrupter.stopped:
            raise CheckInterrupted() from exc
        problems.append(str(exc))
    return CheckResult(path, check, tuple(problems))


def _full_check_cache(connection: sqlite3.Connection) -> None:
    """integrity_check reads index pages again for every row it checks, and each page read from an
    encrypted file is decrypted and its HMAC checked again: the engine's page cache of an encrypted
    connection (128 MiB, grown only as used) keeps them decrypted. 267,000 recommendations: 49.8 s
    of CPU down to 20.6 s (issue 26b). quick_check reads each page once and keeps the small cache."""
    from nrtd_desktop.db.engine import cache_kib

    connection.execute(f"PRAGMA cache_size=-{cache_kib(connection)}")


def read_facts(path: Path) -> DatabaseFacts:
    """Schema revision, number of recommendations and site id of an NRTD database file.

    Raises ``DatabaseError`` when the file is not an NRTD database or has a schema this program
    does not know (a newer version wrote it).
    """
    from nrtd_desktop.db import migrate

    path = Path(path)
    if not path.is_file() or not has_sqlite_header(path):
        raise DatabaseError("db.not_a_database", path=str(path))
    try:
        connection = connect_read_only(path)
        try:
            names = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {row[0] for row in names}
            if not {"alembic_version", "recommendations", "meta"} <= tables:
                raise DatabaseError("db.not_a_database", path=str(path))
            row = connection.execute(migrate.REVISION_QUERY).fetchone()
            revision = str(row[0]) if row else ""
            if revision not in migrate.known_revisions():
                raise DatabaseError("db.newer_schema", found=revision or "?", known=migrate.head_revision())
            count = int(connection.execute("SELECT count(*) FROM recommendations").fetchone()[0])
            site_row = connection.execute("SELECT value FROM meta WHERE key='site_id'").fetchone()
        finally:
            connection.close()
    except DRIVER_ERRORS as exc:
        raise DatabaseError("db.not_a_database", path=str(path)) from exc
    site = ""
    if site_row:
        with contextlib.suppress(ValueError):
            import json

            site = str(json.loads(site_row[0]))
    return DatabaseFacts(path=path, revision=revision, recommendations=count, site_id=site)


def verify_nrtd_file(path: Path, *, interrupter: Interrupter | None = None) -> DatabaseFacts:
    """The full check a backup must pass before it is kept or restored: whole, and ours."""
    result = check_database(path, full=True, interrupter=interrupter)
    if not result.ok:
        raise NrtdError("backup.check_failed", path=str(path), problems=result.summary())
    return read_facts(path)
