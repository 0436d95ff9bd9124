"""The append-only change history and the version stamps of shared records.

One ``before_flush`` listener sees every change made through the ORM, whatever service made it,
so no code path can forget to record history or bump a version. Who made the change and where
it came from ride on ``session.info`` (see :func:`bind_actor`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions, writes
from nrtd_desktop.db.base import BOOKKEEPING_COLUMNS, SharedRecord, new_id, utcnow
from nrtd_desktop.db.events import listen_once
from nrtd_desktop.db.models_system import HistoryEntry, Tombstone
from nrtd_desktop.domain.enums import ChangeOrigin


@dataclass(frozen=True)
class Actor:
    """Who is working: the member's name and entity, and this laptop's site id."""

    name: str = ""
    entity: str = ""
    site_id: str = ""


def bind_actor(
    session: Session,
    actor: Actor,
    origin: ChangeOrigin = ChangeOrigin.LOCAL,
    detail: str = "",
    keep_versions: bool = False,
) -> None:
    """Say who the changes of ``session`` are by and where they come from.

    ``keep_versions`` is for the merge of an exchange package, which writes the versions the
    package carries instead of counting a new local change.
    """
    session.info["actor"] = actor
    session.info["origin"] = origin
    session.info["origin_detail"] = detail
    session.info["keep_versions"] = keep_versions


def _key_of(item: Any) -> str:
    for attribute in ("code", "key", "alpha3", "id"):
        value = getattr(item, attribute, None)
        if value is not None:
            return str(value)
    return str(item)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return ", ".join(sorted(_key_of(item) for item in value))
    return str(value)


def _entry(
    session: Session, record: SharedRecord, operation: str, field: str = "", old: Any = None, new: Any = None
) -> HistoryEntry:
    actor: Actor = session.info.get("actor", Actor())
    return HistoryEntry(
        at=utcnow(),
        actor=actor.name,
        actor_entity=actor.entity,
        site_id=actor.site_id,
        origin=str(session.info.get("origin", ChangeOrigin.LOCAL)),
        origin_detail=session.info.get("origin_detail", ""),
        table_name=record.__tablename__,
        record_id=record.id,
        operation=operation,
        field=field,
        old_value=_text(old),
        new_value=_text(new),
    )


def _changes(record: SharedRecord) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for every content attribute of ``record`` changed in this flush."""
    state = inspect(record)
    changes = []
    for attr in state.mapper.column_attrs:
        if attr.key in BOOKKEEPING_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes.append((attr.key, old, new))
    for rel in state.mapper.relationships:
        if not rel.uselist:
            continue  # many-to-one changes show up as their foreign-key column
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            old = list(history.unchanged) + list(history.deleted)
            new = list(history.unchanged) + list(history.added)
            changes.append((rel.key, old, new))
    return changes


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # Deletions first: they detach other records, which then show up as edits below.
    deletions.expand(session)
    writes.prepare(session)
    actor: Actor = session.info.get("actor", Actor())
    keep_versions = session.info.get("keep_versions", False)
    now = utcnow()
    entries: list[Any] = []
    for record in list(session.new):
        if not isinstance(record, SharedRecord):
            continue
        record.id = record.id or new_id()  # the column default would come too late for history
        if deletions.is_restoring(session, record.id):
            entries.append(_entry(session, record, "restore"))
            continue
        if not keep_versions:
            record.created_by = record.created_by or actor.name
            record.updated_by = actor.name
            record.updated_site = actor.site_id
            record.created_at = record.created_at or now
            record.updated_at = now
        entries.append(_entry(session, record, "create"))
    for record in list(session.dirty):
        if not isinstance(record, SharedRecord) or not session.is_modified(record):
            continue
        changes = _changes(record)
        if not changes:
            continue
        entries.extend(_entry(session, record, "update", f, old, new) for f, old, new in changes)
        if not keep_versions:
            record.version = (record.version or 0) + 1
            record.updated_at = now
            record.updated_by = actor.name
            record.updated_site = actor.site_id
    for record in list(session.deleted):
        if not isinstance(record, SharedRecord):
            continue
        planned = deletions.planned_deletion(session, record.id)
        deletion_id, content = planned if planned else (None, None)
        # The whole content goes into history: every value ever saved stays readable there.
        old = json.dumps(content, ensure_ascii=False, sort_keys=True) if content is not None else None
        entries.append(_entry(session, record, "delete", old=old))
        tombstone = session.get(Tombstone, record.id)
        if tombstone is None:
            session.add(
                Tombstone(
                    record_id=record.id,
                    table_name=record.__tablename__,
                    version=(record.version or 0) + 1,
                    deleted_at=now,
                    deleted_by=actor.name,
                    site_id=actor.site_id,
                    deletion_id=deletion_id,
                )
            )
        else:
            tombstone.version = (record.version or 0) + 1
            tombstone.deletion_id = deletion_id
    session.add_all(entries)


def install(session_class: type[Session] | Any) -> None:
    """Attach the listener to a sessionmaker (or Session class), once (``events.listen_once``)."""
    listen_once(session_class, "before_flush", _before_flush)
