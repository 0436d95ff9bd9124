"""The write gate: no change reaches the database before the start-up check has passed.

After a clean shutdown the window opens at once and the check runs on a thread
(``safety.background``). Reading is safe meanwhile; writing is not, since a damaged file must
stay exactly as it was for the restore to keep it aside. So every write waits on this gate:

- ``ServiceContext.write()`` waits before it opens its session (no transaction is held while
  waiting), and
- :func:`install_fence` makes the engine wait too before any statement that changes the file,
  for the few writers that use the engine directly (bulk imports, reference data at open).

When the check passes the gate opens for good (a write then costs one flag test). When it fails
every write, waiting or later, raises :class:`WritesBlockedError`: the change is not saved.
A gate made without a background check is open from the start.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from nrtd_desktop.domain.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# Statements that change the file; everything else (SELECT, BEGIN, COMMIT, PRAGMA reads) passes.
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "UPSERT", "CREATE", "DROP", "ALTER", "VACUUM", "REINDEX",
           "ANALYZE")


class WritesBlockedError(DatabaseError):
    """The start-up check found the database damaged: this change, like every other, was refused.
    ``damage`` is the check's ``DamagedDatabaseError`` (it offers the newest good backup)."""

    def __init__(self, damage: Any) -> None:
        result = getattr(damage, "result", None)
        problems = result.summary() if result is not None else str(damage)
        super().__init__("db.writes_blocked", path=str(getattr(damage, "db_path", "")), problems=problems)
        self.damage = damage


class WriteGate:
    """Holds writes until the start-up check decides: :meth:`open` or :meth:`block`."""

    def __init__(self, *, held: bool = False) -> None:
        self._decided = threading.Event()
        self._damage: Any | None = None
        if not held:
            self._decided.set()

    @classmethod
    def held(cls) -> WriteGate:
        return cls(held=True)

    @property
    def is_open(self) -> bool:
        """True once the check has passed (or for a gate that never waited)."""
        return self._decided.is_set() and self._damage is None

    @property
    def is_decided(self) -> bool:
        return self._decided.is_set()

    @property
    def damage(self) -> Any | None:
        return self._damage

    def open(self) -> None:
        self._decided.set()

    def block(self, damage: Any) -> None:
        """The check failed: ``damage`` (a ``DamagedDatabaseError``) says what and offers a backup."""
        self._damage = damage
        self._decided.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Return once writing is allowed; raise :class:`WritesBlockedError` if it never will be.
        With ``timeout``: False if the check has not decided by then."""
        if not self._decided.is_set():
            log.info("a write waits for the start-up check")
            if not self._decided.wait(timeout):
                return False
        if self._damage is not None:
            raise WritesBlockedError(self._damage)  # a new one per write: each has its own traceback
        return True


def _is_write(statement: str) -> bool:
    head = statement.lstrip(" \t\r\n(").split(None, 1)
    return bool(head) and head[0].upper() in _WRITES


def install_fence(engine: Engine, gate: WriteGate) -> None:
    """Make every statement of ``engine`` that changes the file wait on ``gate`` (see the module)."""
    from sqlalchemy import event

    def fence(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if not gate.is_open and _is_write(statement):
            gate.wait()

    event.listen(engine, "before_cursor_execute", fence)


def seal(engine: Engine, gate: WriteGate) -> None:
    """After a failed check, once the engine's connections are closed: refuse to open new ones.
    A connection opened later (a window still asking for rows) and closed as the last one would
    checkpoint the WAL into the damaged file; this one never opens the file at all."""
    from sqlalchemy import event

    def refuse(*_args: Any) -> None:
        gate.wait()  # raises WritesBlockedError: the gate is blocked

    event.listen(engine, "do_connect", refuse)


def install_reader_fence(engine: Engine) -> None:
    """A reader's engine (``app.open_reader``) refuses every statement that would change the file
    with a sentence, before SQLite's own "attempt to write a readonly database"."""
    from sqlalchemy import event

    def fence(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if _is_write(statement):
            raise DatabaseError("db.reader_cannot_write")

    event.listen(engine, "before_cursor_execute", fence)
