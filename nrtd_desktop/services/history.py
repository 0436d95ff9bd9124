"""Reading the append-only history: by record, by recommendation reference, and as a file.

The history itself is written by ``db/history.py`` on every flush; this service only reads it
and exports it (CSV for any tool, xlsx for Excel), never edits it.
"""

from __future__ import annotations

import csv
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nrtd_desktop.atomic import atomic_open, atomic_write
from nrtd_desktop.db.models import Action, Challenge, Indicator, ProgressUpdate, Recommendation
from nrtd_desktop.db.models_system import HistoryEntry
from nrtd_desktop.domain.errors import NotFoundError, NrtdError, os_reason
from nrtd_desktop.dto.history import HistoryRow
from nrtd_desktop.services.base import Service

# The shared records whose changes the history keeps (what the panel can be asked about).
TRACKED_TABLES = ("recommendations", "clusters", "actions", "indicators", "progress_updates", "challenges",
                  "entities")
EXPORT_COLUMNS = ("at", "actor", "actor_entity", "origin", "origin_detail", "table_name", "record_id",
                  "operation", "field", "old_value", "new_value")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _row(entry: HistoryEntry) -> HistoryRow:
    return HistoryRow(id=entry.id, at=entry.at, actor=entry.actor, actor_entity=entry.actor_entity,
                      site_id=entry.site_id, origin=entry.origin, origin_detail=entry.origin_detail,
                      table_name=entry.table_name, record_id=entry.record_id, operation=entry.operation,
                      field=entry.field, old_value=entry.old_value, new_value=entry.new_value)


class HistoryService(Service):
    def for_record(self, table_name: str, record_id: str, limit: int | None = None) -> list[HistoryRow]:
        """Every change of one record, newest first (also after the record was deleted)."""
        with self.context.read() as session:
            query = (select(HistoryEntry)
                     .where(HistoryEntry.table_name == table_name, HistoryEntry.record_id == record_id)
                     .order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc()))
            if limit is not None:
                query = query.limit(limit)
            return [_row(e) for e in session.scalars(query)]

    def for_reference(self, reference: str) -> list[HistoryRow]:
        """The history of the recommendation ``reference`` and of its plan: actions, indicators,
        progress updates and challenges, newest first. A deleted recommendation is found through
        its recorded reference."""
        with self.context.read() as session:
            rec_ids = self._recommendation_ids(session, reference.strip())
            if not rec_ids:
                raise NotFoundError("recommendation", reference)
            ids = rec_ids | self._plan_ids(session, rec_ids)
            query = (select(HistoryEntry).where(HistoryEntry.record_id.in_(ids))
                     .order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc()))
            return [_row(e) for e in session.scalars(query)]

    @staticmethod
    def _recommendation_ids(session: Session, reference: str) -> set[str]:
        live = set(session.scalars(select(Recommendation.id).where(Recommendation.reference == reference)))
        recorded = set(session.scalars(
            select(HistoryEntry.record_id).where(HistoryEntry.table_name == "recommendations",
                                                 HistoryEntry.field == "reference",
                                                 or_(HistoryEntry.new_value == reference,
                                                     HistoryEntry.old_value == reference))))
        return live | recorded

    @staticmethod
    def _plan_ids(session: Session, rec_ids: set[str]) -> set[str]:
        actions = set(session.scalars(select(Action.id).where(Action.recommendation_id.in_(rec_ids))))
        ids = set(actions)
        ids |= set(session.scalars(select(Indicator.id).where(
            or_(Indicator.recommendation_id.in_(rec_ids), Indicator.action_id.in_(actions)))))
        ids |= set(session.scalars(select(ProgressUpdate.id).where(ProgressUpdate.action_id.in_(actions))))
        ids |= set(session.scalars(select(Challenge.id).where(
            or_(Challenge.recommendation_id.in_(rec_ids), Challenge.action_id.in_(actions)))))
        return ids

    def export(self, rows: list[HistoryRow], path: str | Path) -> Path:
        """Write ``rows`` to ``path`` (.csv or .xlsx, chosen by the suffix), atomically."""
        return export_history(rows, Path(path))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def export_history(rows: list[HistoryRow], path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise NrtdError("history.unknown_format", suffix=path.suffix or path.name)
    table = [[_cell(asdict(row)[name]) for name in EXPORT_COLUMNS] for row in rows]
    try:
        if suffix == ".csv":
            # utf-8-sig: Excel then reads the Arabic correctly.
            with atomic_open(path, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_COLUMNS)
                writer.writerows(table)
        else:
            _write_xlsx(table, path)
    except OSError as exc:
        raise NrtdError("file.write_failed", path=str(path), reason=os_reason(exc)) from exc
    return path


def _write_xlsx(table: list[list[str]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "history"
    sheet.append(list(EXPORT_COLUMNS))
    for values in table:
        safe = []
        for value in values:
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            # A text starting with = + - @ would become a formula in Excel (formula injection).
            safe.append("'" + value if value.startswith(_FORMULA_START) else value)
        sheet.append(safe)
    for row in sheet.iter_rows():
        for cell in row:
            cell.data_type = "s"
    with atomic_write(path) as tmp:
        workbook.save(tmp)


__all__ = ["EXPORT_COLUMNS", "TRACKED_TABLES", "HistoryRow", "HistoryService", "export_history"]
