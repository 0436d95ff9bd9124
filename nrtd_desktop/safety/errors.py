"""SQLite's storage errors, turned into sentences a committee member can act on.

Installed on the engine (``handle_error``), so every service call that hits a full disk, an I/O
error or a damaged page raises an ``NrtdError`` instead of a driver exception. The transaction is
rolled back as usual: nothing of the failed change is written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from nrtd_desktop.db.cipher import DRIVER_ERRORS
from nrtd_desktop.db.events import listen_once
from nrtd_desktop.domain.errors import DatabaseError

# Primary result codes (the low byte of an extended code), see https://sqlite.org/rescode.html
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 11, 13, 26


def storage_error(exc: BaseException) -> DatabaseError | None:
    """The ``DatabaseError`` for a driver exception about the storage itself, else None."""
    if not isinstance(exc, DRIVER_ERRORS):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return DatabaseError("db.disk_full")
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return DatabaseError("db.corrupt", reason=text)
    if primary == SQLITE_IOERR or "disk I/O error" in text:
        return DatabaseError("db.io_error", reason=text)
    if primary == SQLITE_READONLY or "readonly database" in text:
        return DatabaseError("db.read_only")
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseError("db.busy")
    return None


def _translate(context: Any) -> BaseException | None:
    return storage_error(context.original_exception)


def install(engine: Engine) -> None:
    """Translate SQLite's storage errors on ``engine``, once (``events.listen_once``)."""
    if engine.dialect.name == "sqlite":
        listen_once(engine, "handle_error", _translate)
