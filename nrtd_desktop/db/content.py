"""A committee record as plain data: its content fields, its lists of links, and writing them back.

Association tables belong to their owning record and travel inside it as sorted lists of keys
(a recommendation's themes, groups, SDG targets, States and supporting entities; a cluster's
supporting entities; an action's partners). Bookkeeping columns (version, stamps, the search
shadow columns) are not content. The exchange sends records in this form, and a deletion keeps
them in it (``db/deletions.py``) so that they can be put back exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, inspect, select
from sqlalchemy.orm import Session, object_session

from nrtd_desktop.db.base import BOOKKEEPING_COLUMNS, Base, SharedRecord
from nrtd_desktop.db.models import (
    SHARED_MODELS,
    AffectedGroup,
    Entity,
    Mandate,
    Region,
    SdgGoal,
    SdgTarget,
    State,
    Theme,
    recommendation_labels,
    recommendation_rejected_suggestions,
    recommendation_sources,
)
from nrtd_desktop.domain.lang import Lang

# Parents before children: inserts run in this order, deletions in the reverse one.
TABLE_ORDER = (
    "entities",
    "documents",
    "clusters",
    "recommendations",
    "recommendation_links",
    "actions",
    "indicators",
    "progress_updates",
    "challenges",
    "reporting_events",
    "report_drafts",
    "report_sections",
    "report_versions",
)

STAMPS = ("created_at", "created_by", "updated_at", "updated_by", "updated_site")

# table -> link field -> (the model the keys name, its key attribute)
LINKS: dict[str, dict[str, tuple[type[Base], str]]] = {
    "recommendations": {
        "themes": (Theme, "key"),
        "affected_groups": (AffectedGroup, "key"),
        "sdg_targets": (SdgTarget, "code"),
        "recommending_states": (State, "alpha3"),
        "supporting_entities": (Entity, "id"),
        "countries": (State, "alpha3"),
        "regions": (Region, "key"),
        "sdg_goals": (SdgGoal, "number"),
        "mandates": (Mandate, "code"),
    },
    "clusters": {"supporting_entities": (Entity, "id")},
    "actions": {"partners": (Entity, "id")},
}


# Rows of a table with no model that belong to one record, travelling inside it as sorted lists
# of their key columns: the sources a recommendation was imported under, and the labels of
# those sources no vocabulary knew, and the suggestions the committee rejected (models_sources.py).
# The row digest of a source is this
# laptop's import bookkeeping, not content.
ROW_LISTS: dict[str, dict[str, tuple[Table, tuple[str, ...]]]] = {
    "recommendations": {
        "sources": (recommendation_sources, ("source_format", "source_key")),
        "labels": (recommendation_labels, ("vocabulary", "label")),
        "rejected_suggestions": (recommendation_rejected_suggestions, ("vocabulary", "label")),
    },
}


def _references() -> dict[str, dict[str, str]]:
    """table -> foreign-key column -> the committee table it points at (reference tables such as
    bodies are the same everywhere and not listed)."""
    result: dict[str, dict[str, str]] = {}
    for table, model in SHARED_MODELS.items():
        refs = {}
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if target in SHARED_MODELS:
                    refs[column.key] = target
        result[table] = refs
    return result


REFERENCES = _references()


def content_columns(table: str) -> list[str]:
    model = SHARED_MODELS[table]
    return [attr.key for attr in inspect(model).column_attrs if attr.key not in BOOKKEEPING_COLUMNS]


def plain(value: Any) -> Any:
    # One form on both engines: SQLite gives back the naive UTC it stored, PostgreSQL an aware
    # datetime (timestamptz, session in UTC), and a record just made holds an aware utcnow().
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def content_of(record: SharedRecord) -> dict[str, Any]:
    """The record's content as JSON-ready values (links as sorted key lists)."""
    table = record.__tablename__
    content = {name: plain(getattr(record, name)) for name in content_columns(table)}
    for name, (_model, key) in LINKS.get(table, {}).items():
        content[name] = sorted(str(getattr(item, key)) for item in getattr(record, name))
    if table in ROW_LISTS:
        session = object_session(record)
        found = row_lists(session, table, [record.id]) if session is not None and record.id else {}
        content.update(found.get(record.id) or {name: [] for name in ROW_LISTS[table]})
    return content


def row_lists(session: Session, table: str, ids: Iterable[str]) -> dict[str, dict[str, list[list[Any]]]]:
    """record id -> name -> sorted rows, for the ``ROW_LISTS`` of ``table`` (one query per list)."""
    ids = list(ids)
    found: dict[str, dict[str, list[list[Any]]]] = defaultdict(
        lambda: {name: [] for name in ROW_LISTS.get(table, {})})
    for name, (rows, columns) in ROW_LISTS.get(table, {}).items():
        query = select(rows.c.recommendation_id, *(rows.c[c] for c in columns)).where(
            rows.c.recommendation_id.in_(ids))
        with session.no_autoflush:
            for owner, *values in session.execute(query):
                found[owner][name].append(values)
    for lists in found.values():
        for values in lists.values():
            values.sort()
    return found


def remove_row_lists(session: Session, record: SharedRecord) -> None:
    """Delete the rows a record owns in ``ROW_LISTS`` (with the record itself: db/deletions.py)."""
    for rows, _columns in ROW_LISTS.get(record.__tablename__, {}).values():
        session.execute(delete(rows).where(rows.c.recommendation_id == record.id))


def stamps_of(record: SharedRecord) -> dict[str, Any]:
    return {name: plain(getattr(record, name)) for name in STAMPS}


def column_value(table: str, name: str, value: Any) -> Any:
    if value is None:
        return None
    column = SHARED_MODELS[table].__table__.columns[name]  # type: ignore[attr-defined]
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def write_fields(session: Session, record: SharedRecord, content: dict[str, Any], names: list[str]) -> None:
    """Set ``names`` of ``record`` from ``content`` (values as exchanged). The search text of a
    recommendation follows at flush (``db/writes.py``)."""
    table = record.__tablename__
    links = LINKS.get(table, {})
    for name in names:
        if name in links:
            model, _key = links[name]
            key_type: Callable[[Any], Any] = inspect(model).primary_key[0].type.python_type
            items = [session.get(model, key_type(key)) for key in content.get(name) or []]
            setattr(record, name, [item for item in items if item is not None])
        elif name in ROW_LISTS.get(table, {}):
            _write_rows(session, record, name, content.get(name) or [])
        elif name in content:
            setattr(record, name, column_value(table, name, content[name]))


def rows_text(values: Iterable[Iterable[Any]]) -> str:
    """A row list as the history writes it: "vocabulary:label, vocabulary:label"."""
    return ", ".join(":".join(str(part) for part in row) for row in sorted(map(list, values)))


def _write_rows(session: Session, record: SharedRecord, name: str, values: list[list[Any]]) -> None:
    rows, columns = ROW_LISTS[record.__tablename__][name]
    _row_history(session, record, name, values)
    with session.no_autoflush:
        kept = {tuple(row[:-1]): row[-1] for row in session.execute(
            select(*(rows.c[c] for c in columns), *(c for c in rows.c if c.key == "row_digest"))
            .where(rows.c.recommendation_id == record.id))} if "row_digest" in rows.c else {}
    session.execute(delete(rows).where(rows.c.recommendation_id == record.id))
    if values:
        extra = "row_digest" in rows.c
        session.execute(insert(rows), [
            {"recommendation_id": record.id, **dict(zip(columns, value, strict=True)),
             **({"row_digest": kept.get(tuple(value))} if extra else {})}
            for value in values
        ])


def _row_history(session: Session, record: SharedRecord, name: str, values: list[list[Any]]) -> None:
    """A history row for a changed row list (the listener sees ORM attributes only): a package
    that brings a record's rejected suggestions or sources says so in the history like any field."""
    from nrtd_desktop.db.base import utcnow
    from nrtd_desktop.db.models import HistoryEntry

    if record.id is None or record in session.new:
        return
    old = row_lists(session, record.__tablename__, [record.id]).get(record.id, {}).get(name, [])
    before, after = rows_text(old), rows_text(values)
    if before == after:
        return
    actor = session.info.get("actor")
    session.add(HistoryEntry(
        at=utcnow(), actor=getattr(actor, "name", ""), actor_entity=getattr(actor, "entity", ""),
        site_id=getattr(actor, "site_id", ""), origin=str(session.info.get("origin", "local")),
        origin_detail=session.info.get("origin_detail", ""), table_name=record.__tablename__,
        record_id=record.id, operation="update", field=name, old_value=before or None, new_value=after,
    ))


def write_stamps(record: SharedRecord, stamps: dict[str, Any]) -> None:
    for name in STAMPS:
        if name in stamps and stamps[name] is not None:
            value = stamps[name]
            setattr(record, name, datetime.fromisoformat(value) if name.endswith("_at") else value)


def all_fields(table: str) -> list[str]:
    """Every content column and link list of ``table``."""
    return [*content_columns(table), *LINKS.get(table, {}), *ROW_LISTS.get(table, {})]


def label_of(table: str, content: dict[str, Any] | None, lang: Lang = "ar") -> str:
    """A short name a person recognises: a reference, a code, a title."""
    if not content:
        return ""
    other = "en" if lang == "ar" else "ar"

    def pick(stem: str) -> str:
        return str(content.get(f"{stem}_{lang}") or content.get(f"{stem}_{other}") or "")

    text = {
        "entities": lambda: f"{content.get('code', '')} {pick('name')}".strip(),
        "documents": lambda: str(content.get("symbol", "")),
        "clusters": lambda: pick("name"),
        "recommendations": lambda: str(content.get("reference", "")),
        "recommendation_links": lambda: str(content.get("kind", "")),
        "actions": lambda: pick("title"),
        "indicators": lambda: pick("name"),
        "progress_updates": lambda: f"{content.get('reported_on', '')} {pick('narrative')}".strip(),
        "challenges": lambda: pick("description"),
        "reporting_events": lambda: f"{content.get('due_date') or ''} {pick('title')}".strip(),
        "report_drafts": lambda: pick("title"),
        "report_sections": lambda: pick("heading"),
        "report_versions": lambda: f"{content.get('number', '')} {content.get('label', '')}".strip(),
    }[table]()
    return text if len(text) <= 90 else text[:89] + "…"
