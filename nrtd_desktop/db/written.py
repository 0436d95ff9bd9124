"""Which tables a write touched: the raw material of the window's change notification.

Every statement SQLAlchemy sends to the database passes ``before_cursor_execute``, whether it
comes from the ORM's flush, a core ``insert``/``update``/``delete`` or ``exec_driver_sql`` (the
importer's bulk path, the full-text index). While :func:`collecting` is active on a thread, the
name of each table an INSERT, UPDATE, DELETE or REPLACE writes is added to its bucket; reads are
ignored. ``ServiceContext.write`` collects around every transaction and turns the names into a
``dto.changes.Changes`` for its listeners.

A context variable rather than the connection's ``info``: a pooled connection goes back to the
pool at commit, and another thread may take it before the names were read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Engine, event

_WRITE = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`\[]?(\w+)""",
    re.IGNORECASE,
)
_bucket: ContextVar[set[str] | None] = ContextVar("nrtd_written_tables", default=None)


def written_table(statement: str) -> str | None:
    """The table a statement writes (lower case), or None for a read or anything else."""
    match = _WRITE.match(statement)
    return match.group(1).lower() if match else None


def _note(_conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any, _many: bool) -> None:
    bucket = _bucket.get()
    if bucket is not None:
        table = written_table(statement)
        if table is not None:
            bucket.add(table)


def track_writes(engine: Engine) -> None:
    """Listen to ``engine``'s statements (once, however often it is asked)."""
    if not event.contains(engine, "before_cursor_execute", _note):
        event.listen(engine, "before_cursor_execute", _note)


@contextmanager
def collecting() -> Iterator[set[str]]:
    """A bucket that receives the tables written on this thread until the block ends; a bucket
    opened inside another hands its names to the outer one too."""
    outer = _bucket.get()
    bucket: set[str] = set()
    token = _bucket.set(bucket)
    try:
        yield bucket
    finally:
        _bucket.reset(token)
        if outer is not None:
            outer.update(bucket)
