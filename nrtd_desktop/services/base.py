"""What every service shares: the session factory, the actor, and one transaction per call."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from nrtd_desktop.db.history import Actor, bind_actor
from nrtd_desktop.db.written import collecting, track_writes
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.domain.errors import DatabaseError, RefusedError, StaleRecordError
from nrtd_desktop.dto.changes import Changes
from nrtd_desktop.safety.gate import WriteGate


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session]
    actor: Actor
    # "Today" is injectable so that overdue logic is testable with a fixed date.
    today_override: date | None = None
    # Called after every write with what it changed (``dto.changes``), on the writing thread.
    listeners: list[Callable[[Changes], None]] = field(default_factory=list)
    # Writes wait here until the start-up check running beside the window has passed, and are
    # refused if it failed (safety/gate.py); open from the start when the check ran before.
    write_gate: WriteGate = field(default_factory=WriteGate)
    # Opened by ``app.open_reader``: no lock, a read-only connection; every write is refused.
    read_only: bool = False
    _writes: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)
    _last_write: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        track_writes(self.engine)

    @property
    def generation(self) -> int:
        """The number of the last write told to the listeners: a page that starts reading now
        shows every write up to it (``Changes.generation``)."""
        return self._last_write

    def notify(self, tables: Iterable[str]) -> Changes:
        """Tell the listeners what a write changed (``write`` does; paths that write on a bare
        connection collect the tables with ``db.written.collecting`` and call this)."""
        self._last_write = next(self._writes)
        changes = Changes.of_tables(tables, self._last_write)
        for listener in list(self.listeners):
            listener(changes)
        return changes

    def today(self) -> date:
        return self.today_override or date.today()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self, origin: ChangeOrigin = ChangeOrigin.LOCAL, detail: str = "") -> Iterator[Session]:
        """A session in one transaction, with the actor bound for the history.

        Waits for the start-up check first; raises ``WritesBlockedError`` if it found damage, and
        ``db.reader_cannot_write`` on a reader's services."""
        if self.read_only:
            raise DatabaseError("db.reader_cannot_write")
        self.write_gate.wait()
        try:
            with collecting() as written, self.sessions() as session, session.begin():
                bind_actor(session, self.actor, origin, detail)
                yield session
        except StaleDataError as exc:
            # Another member saved the same record between our read and our write (on a
            # server; db/base.py): nothing of this change was written.
            raise StaleRecordError("record", _stale_key(exc)) from exc
        except DBAPIError as exc:
            # 42501 insufficient_privilege: a server's roles and row-level security refused
            # this login the change (db/roles.py).
            if getattr(exc.orig, "sqlstate", None) != "42501":
                raise
            detail = str(exc.orig).strip().splitlines()[0]
            raise RefusedError(str(self.engine.url.username or ""), detail) from exc
        self.notify(written)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session


def _stale_key(exc: StaleDataError) -> str:
    """The table the conflicting record is in, from SQLAlchemy's message ("UPDATE statement on
    table 'actions' expected to update 1 row(s); 0 were matched.")."""
    text = str(exc)
    start = text.find("table '")
    return text[start + 7:text.find("'", start + 7)] if start >= 0 else "?"


class Service:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
