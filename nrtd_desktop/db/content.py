"""A committee record as plain data: its content fields, its lists of links, and writing them back.

Association tables belong to their owning record and travel inside it as sorted lists of keys
(a recommendation's themes, groups, SDG targets, States and supporting entities; a cluster's
supporting entities; an action's partners). Bookkeeping columns (version, stamps, the search
shadow columns) are not content. The exchange sends records in this form, and a deletion keeps
them in it (``db/deletions.py``) so that they can be put back exactly.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, inspect
from sqlalchemy.orm import Session

from nrtd_desktop.db.base import BOOKKEEPING_COLUMNS, SharedRecord
from nrtd_desktop.db.models import (
    SHARED_MODELS,
    AffectedGroup,
    Entity,
    SdgTarget,
    State,
    Theme,
)

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
LINKS: dict[str, dict[str, tuple[type, str]]] = {
    "recommendations": {
        "themes": (Theme, "key"),
        "affected_groups": (AffectedGroup, "key"),
        "sdg_targets": (SdgTarget, "code"),
        "recommending_states": (State, "alpha3"),
        "supporting_entities": (Entity, "id"),
    },
    "clusters": {"supporting_entities": (Entity, "id")},
    "actions": {"partners": (Entity, "id")},
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
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def content_of(record: SharedRecord) -> dict[str, Any]:
    """The record's content as JSON-ready values (links as sorted key lists)."""
    table = record.__tablename__  # type: ignore[attr-defined]
    content = {name: plain(getattr(record, name)) for name in content_columns(table)}
    for name, (_model, key) in LINKS.get(table, {}).items():
        content[name] = sorted(str(getattr(item, key)) for item in getattr(record, name))
    return content


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
    table = record.__tablename__  # type: ignore[attr-defined]
    links = LINKS.get(table, {})
    for name in names:
        if name in links:
            model, _key = links[name]
            items = [session.get(model, key) for key in content.get(name) or []]
            setattr(record, name, [item for item in items if item is not None])
        elif name in content:
            setattr(record, name, column_value(table, name, content[name]))


def write_stamps(record: SharedRecord, stamps: dict[str, Any]) -> None:
    for name in STAMPS:
        if name in stamps and stamps[name] is not None:
            value = stamps[name]
            setattr(record, name, datetime.fromisoformat(value) if name.endswith("_at") else value)


def all_fields(table: str) -> list[str]:
    """Every content column and link list of ``table``."""
    return [*content_columns(table), *LINKS.get(table, {})]


def label_of(table: str, content: dict[str, Any] | None, lang: str = "ar") -> str:
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
