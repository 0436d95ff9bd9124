"""Writing accepted and rejected suggestions: links and rejections of many records at once.

An accepted suggestion is an ordinary link (a theme, an affected group, an SDG target); a rejected
one is a row of ``recommendation_rejected_suggestions``. Either is a change of the recommendation:
a history row per record and field (old list -> new list, like the history listener writes for an
edit in the editor), with the origin ``suggestion`` and the actor who accepted or rejected it, and
one version more, so that packages carry it. Written as Core statements (accepting 30,000
suggestions must not load 30,000 ORM records), inside the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.content import rows_text
from nrtd_desktop.db.models import (
    HistoryEntry,
    Recommendation,
    recommendation_groups,
    recommendation_rejected_suggestions,
    recommendation_sdg_targets,
    recommendation_themes,
)

# vocabulary -> (link table, its label column, the record's field as history names it)
LINK_TABLES: dict[str, tuple[Table, str, str]] = {
    "themes": (recommendation_themes, "theme_key", "themes"),
    "groups": (recommendation_groups, "group_key", "affected_groups"),
    "sdg": (recommendation_sdg_targets, "target_code", "sdg_targets"),
}
REJECTED = recommendation_rejected_suggestions
REJECTED_FIELD = "rejected_suggestions"
_CHUNK = 500


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def links_of(connection: Connection, vocabulary: str, ids: Iterable[str]) -> dict[str, set[str]]:
    """record id -> the labels it has in ``vocabulary``."""
    table, column, _field = LINK_TABLES[vocabulary]
    found: dict[str, set[str]] = defaultdict(set)
    for part in _chunks(list(ids)):
        for rec_id, label in connection.execute(
            select(table.c.recommendation_id, table.c[column]).where(table.c.recommendation_id.in_(part))
        ):
            found[rec_id].add(str(label))
    return found


def rejected_of(connection: Connection, ids: Iterable[str] | None = None) -> dict[str, set[tuple[str, str]]]:
    """record id -> its rejected (vocabulary, label) pairs (every record's when ``ids`` is None)."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    statement = select(REJECTED.c.recommendation_id, REJECTED.c.vocabulary, REJECTED.c.label)
    parts = (
        [statement]
        if ids is None
        else [statement.where(REJECTED.c.recommendation_id.in_(part)) for part in _chunks(list(ids))]
    )
    for query in parts:
        for rec_id, vocabulary, label in connection.execute(query):
            found[rec_id].add((vocabulary, label))
    return found


def _rejected_text(pairs: Iterable[tuple[str, str]]) -> str:
    return rows_text(pairs)


def add_links(
    connection: Connection,
    vocabulary: str,
    chosen: Mapping[str, Iterable[str]],
    history: Mapping[str, Any],
    details: Mapping[str, str] | None = None,
) -> int:
    """Give each record of ``chosen`` (id -> labels) those labels it does not have yet; returns how
    many records changed. ``history``: at, actor, actor_entity, site_id, origin, origin_detail;
    ``details``: a record's own origin_detail (what was suggested to it, how surely), else the
    common one. All records in a few statements: a bulk accept is one call per vocabulary."""
    table, column, field = LINK_TABLES[vocabulary]
    current = links_of(connection, vocabulary, chosen)
    rows: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for rec_id, labels in chosen.items():
        fresh = sorted(set(labels) - current.get(rec_id, set()))
        if not fresh:
            continue
        old = sorted(current.get(rec_id, set()))
        rows.extend({"recommendation_id": rec_id, column: label} for label in fresh)
        entry = _entry(history, rec_id, field, ", ".join(old), ", ".join(sorted([*old, *fresh])))
        if details and rec_id in details:
            entry["origin_detail"] = details[rec_id]
        entries.append(entry)
    return _write(connection, table, rows, entries, history)


def add_rejections(
    connection: Connection, chosen: Iterable[tuple[str, str, str]], history: Mapping[str, Any]
) -> int:
    """Record (record id, vocabulary, label) rejections not yet recorded; returns records changed."""
    by_record: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for rec_id, vocabulary, label in chosen:
        by_record[rec_id].add((vocabulary, label))
    current = rejected_of(connection, by_record)
    rows: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for rec_id, pairs in by_record.items():
        fresh = pairs - current.get(rec_id, set())
        if not fresh:
            continue
        old = current.get(rec_id, set())
        rows.extend(
            {"recommendation_id": rec_id, "vocabulary": v, "label": label} for v, label in sorted(fresh)
        )
        entries.append(
            _entry(history, rec_id, REJECTED_FIELD, _rejected_text(old), _rejected_text(old | fresh))
        )
    return _write(connection, REJECTED, rows, entries, history)


def _entry(history: Mapping[str, Any], rec_id: str, field: str, old: str, new: str) -> dict[str, Any]:
    return {
        **history,
        "table_name": "recommendations",
        "record_id": rec_id,
        "operation": "update",
        "field": field,
        "old_value": old or None,
        "new_value": new,
    }


def _write(
    connection: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    entries: list[dict[str, Any]],
    history: Mapping[str, Any],
) -> int:
    if not rows:
        return 0
    connection.execute(insert(table), rows)
    connection.execute(insert(HistoryEntry.__table__), entries)
    R = Recommendation.__table__
    changed = [entry["record_id"] for entry in entries]
    stamp = {
        "updated_at": history.get("at") or utcnow(),
        "updated_by": history.get("actor", ""),
        "updated_site": history.get("site_id", ""),
    }
    for part in _chunks(changed):
        connection.execute(update(R).where(R.c.id.in_(part)).values(version=R.c.version + 1, **stamp))
    return len(changed)
