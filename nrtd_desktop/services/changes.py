"""Other members' changes, seen without restarting (issue 24): a change counter polled.

Every change of a committee record writes history rows (``db/history.py``), whoever makes it and
on whichever engine, and ``history.id`` only grows: its largest value is the committee's change
counter. On a shared server the window asks :meth:`ChangeService.poll` every few seconds (one
indexed ``max(id)``); when the counter moved, it reads which tables changed and hands them to its
pages as the same :class:`~nrtd_desktop.dto.changes.Changes` its own writes give them.
A member's own saves move it too, which costs one reload more, never a missed change.
"""

from __future__ import annotations

from sqlalchemy import func, select

from nrtd_desktop.db.models import HistoryEntry
from nrtd_desktop.dto.changes import Changes
from nrtd_desktop.services.base import Service


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
            return Changes.of_tables(tables)
