"""Checking a database file without writing to it: integrity, foreign keys, "is it ours".

Every check opens the file read-only (``mode=ro``): such a connection never checkpoints the WAL
into the main file on close, so checking a damaged database changes no byte of it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety import messages  # noqa: F401  (registers the message keys)

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


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    connection.execute("PRAGMA trusted_schema=OFF")
    return connection


def has_sqlite_header(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_database(path: Path, *, full: bool) -> CheckResult:
    """``integrity_check`` (``full``) or ``quick_check``, then ``foreign_key_check``; never writes.

    Raises ``DatabaseError("db.not_a_database")`` for a file that is not SQLite at all (empty,
    text, another format): that is not damage to repair but the wrong file.
    """
    path = Path(path)
    if not path.is_file() or not has_sqlite_header(path):
        raise DatabaseError("db.not_a_database", path=str(path))
    check = "integrity_check" if full else "quick_check"
    problems: list[str] = []
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return CheckResult(path, check, (str(exc),))
    try:
        rows = connection.execute(f"PRAGMA {check}({MAX_PROBLEMS})").fetchall()
        problems.extend(str(row[0]) for row in rows if row and row[0] != "ok")
        if not problems:
            violations = connection.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
            for table, rowid, parent, _fk in violations:
                problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    except sqlite3.Error as exc:  # "database disk image is malformed", "file is not a database"
        problems.append(str(exc))
    finally:
        connection.close()
    return CheckResult(path, check, tuple(problems))


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
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else ""
            if revision not in migrate.known_revisions():
                raise DatabaseError("db.newer_schema", found=revision or "?", known=migrate.head_revision())
            count = int(connection.execute("SELECT count(*) FROM recommendations").fetchone()[0])
            site_row = connection.execute("SELECT value FROM meta WHERE key='site_id'").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseError("db.not_a_database", path=str(path)) from exc
    site = ""
    if site_row:
        with contextlib.suppress(ValueError):
            import json

            site = str(json.loads(site_row[0]))
    return DatabaseFacts(path=path, revision=revision, recommendations=count, site_id=site)


def verify_nrtd_file(path: Path) -> DatabaseFacts:
    """The full check a backup must pass before it is kept or restored: whole, and ours."""
    result = check_database(path, full=True)
    if not result.ok:
        raise NrtdError("backup.check_failed", path=str(path), problems=result.summary())
    return read_facts(path)
