"""A shared record as exchanged data: its content fields, its links, and how to write them back.

Association tables belong to their owning record and travel inside it as sorted lists of keys
(a recommendation's themes, groups, SDG targets, States and supporting entities; a cluster's
supporting entities; an action's partners): merged like any other field. Reference tables are
the same on every laptop and are never exchanged. Bookkeeping columns (version, stamps, the
search shadow columns) are not content: the merge never compares them.
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
    Recommendation,
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
)

BOOKKEEPING = BOOKKEEPING_COLUMNS
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


# Which shared table a foreign-key column points at (reference tables such as bodies are not here:
# they are the same everywhere).
def _references() -> dict[str, dict[str, str]]:
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
    return [attr.key for attr in inspect(model).column_attrs if attr.key not in BOOKKEEPING]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def content_of(record: SharedRecord) -> dict[str, Any]:
    """The record's content as JSON-ready values (links as sorted key lists)."""
    table = record.__tablename__  # type: ignore[attr-defined]
    content = {name: _plain(getattr(record, name)) for name in content_columns(table)}
    for name, (_model, key) in LINKS.get(table, {}).items():
        content[name] = sorted(str(getattr(item, key)) for item in getattr(record, name))
    return content


def stamps_of(record: SharedRecord) -> dict[str, Any]:
    return {name: _plain(getattr(record, name)) for name in STAMPS}


def _column_value(table: str, name: str, value: Any) -> Any:
    if value is None:
        return None
    column = SHARED_MODELS[table].__table__.columns[name]  # type: ignore[attr-defined]
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def write_fields(session: Session, record: SharedRecord, content: dict[str, Any], names: list[str]) -> None:
    """Set ``names`` of ``record`` from ``content`` (values as exchanged)."""
    table = record.__tablename__  # type: ignore[attr-defined]
    links = LINKS.get(table, {})
    for name in names:
        if name in links:
            model, _key = links[name]
            items = [session.get(model, key) for key in content.get(name) or []]
            setattr(record, name, [item for item in items if item is not None])
        elif name in content:
            setattr(record, name, _column_value(table, name, content[name]))
    if isinstance(record, Recommendation):
        from nrtd_desktop.services.recommendations import search_text_of

        record.search_text = search_text_of(record)


def write_stamps(record: SharedRecord, stamps: dict[str, Any]) -> None:
    for name in STAMPS:
        if name in stamps and stamps[name] is not None:
            value = stamps[name]
            setattr(record, name, datetime.fromisoformat(value) if name.endswith("_at") else value)


def referenced_keys(table: str, content: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, target table or reference model name, key) for every record ``content`` points at."""
    refs = [
        (name, target, str(content[name])) for name, target in REFERENCES[table].items() if content.get(name)
    ]
    for name, (model, _key) in LINKS.get(table, {}).items():
        target = model.__tablename__  # type: ignore[attr-defined]
        refs.extend((name, target, str(key)) for key in content.get(name) or [])
    return refs


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
    }[table]()
    return text if len(text) <= 90 else text[:89] + "…"
