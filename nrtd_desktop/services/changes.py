"""Other members' changes, seen without restarting (issue 24): a change counter polled.

Every change of a committee record writes history rows (``db/history.py``), whoever makes it and
on whichever engine, and ``history.id`` only grows: its largest value is the committee's change
counter. On a shared server the window asks :meth:`ChangeService.poll` every few seconds (one
indexed ``max(id)``); when the counter moved, it reads which tables changed and reloads its pages.
A member's own saves move it too, which costs one reload more, never a missed change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from nrtd_desktop.db.models import HistoryEntry
from nrtd_desktop.services.base import Service


@dataclass(frozen=True)
class Changes:
    """What changed since the last poll: the new counter and the tables written."""

    counter: int
    tables: tuple[str, ...]


class ChangeService(Service):
    _seen: int | None = None

    def counter(self) -> int:
        with self.context.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(HistoryEntry.id), 0))) or 0)

    def poll(self) -> Changes | None:
        """The changes made since the previous poll (the first poll only takes the counter)."""
        now = self.counter()
        seen, self._seen = self._seen, now
        if seen is None or now <= seen:
            return None
        with self.context.read() as session:
            tables = session.scalars(select(HistoryEntry.table_name).where(
                HistoryEntry.id > seen, HistoryEntry.id <= now).distinct())
            return Changes(counter=now, tables=tuple(sorted(tables)))
