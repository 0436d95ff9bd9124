"""The vocabularies a recommendation links to, and the labels of sources that matched none.

An import never drops a value it cannot match: it keeps it in ``recommendation_labels`` under its
vocabulary ("theme", "group", "sdg", "state", "country", "region", "mandate", "body"). A label
becomes a link when someone maps it to a known value (``map_label``: every record carrying it,
and every later import through ``vocabulary_mappings``), or when a newer program's reference data
knows it (``rematch_labels``, run after the reference tables are refreshed).

Qt-free and ORM-free: statements on a Connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.models import (
    HistoryEntry,
    Recommendation,
    VocabularyMapping,
    recommendation_countries,
    recommendation_groups,
    recommendation_labels,
    recommendation_mandates,
    recommendation_regions,
    recommendation_sdg_goals,
    recommendation_sdg_targets,
    recommendation_states,
    recommendation_themes,
)
from nrtd_desktop.reference.catalog import Catalog, get_catalog, match_key

L = recommendation_labels
M = VocabularyMapping.__table__
# A mapping to this target means "this label carries no information": the label is let go.
IGNORE = "-"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    name: str
    table: Table | None  # the link table (None: the body, a column of the record)
    column: str
    field: str  # the record's field, as history names it

    def find(self, catalog: Catalog, label: str) -> str | None:
        return _FINDERS[self.name](catalog, label)


def _sdg(catalog: Catalog, label: str) -> str | None:
    target = catalog.match_sdg_target(label)
    if target is not None:
        return target.code
    goal = catalog.match_sdg_goal(label)
    return f"goal:{goal.number}" if goal is not None else None


def _theme(catalog: Catalog, label: str) -> str | None:
    found = catalog.match_theme(label)
    return found.key if found else None


def _key(find: Callable[[str], Any], attribute: str) -> Callable[[Catalog, str], str | None]:
    def finder(_catalog: Catalog, label: str) -> str | None:
        found = find(label)
        return getattr(found, attribute) if found is not None else None

    return finder


_FINDERS: dict[str, Callable[[Catalog, str], str | None]] = {
    "theme": _theme,
    "group": lambda c, label: _key(c.match_affected_group, "key")(c, label),
    "sdg": _sdg,
    "state": lambda c, label: _key(c.match_state, "alpha3")(c, label),
    "country": lambda c, label: _key(c.match_state, "alpha3")(c, label),
    "region": lambda c, label: _key(c.match_region, "key")(c, label),
    "mandate": lambda c, label: _key(c.match_mandate, "code")(c, label),
    "body": lambda c, label: _key(c.match_body, "code")(c, label),
}

VOCABULARIES: dict[str, Vocabulary] = {
    "theme": Vocabulary("theme", recommendation_themes, "theme_key", "themes"),
    "group": Vocabulary("group", recommendation_groups, "group_key", "affected_groups"),
    "sdg": Vocabulary("sdg", recommendation_sdg_targets, "target_code", "sdg_targets"),
    "state": Vocabulary("state", recommendation_states, "state_alpha3", "recommending_states"),
    "country": Vocabulary("country", recommendation_countries, "state_alpha3", "countries"),
    "region": Vocabulary("region", recommendation_regions, "region_key", "regions"),
    "mandate": Vocabulary("mandate", recommendation_mandates, "mandate_code", "mandates"),
    "body": Vocabulary("body", None, "body_code", "body_code"),
}


def mappings(connection: Connection) -> dict[tuple[str, str], str]:
    """(vocabulary, match_key of the label) -> target, as the committee mapped them."""
    return {
        (vocabulary, label_key): target
        for vocabulary, label_key, target in connection.execute(
            select(M.c.vocabulary, M.c.label_key, M.c.target)
        )
    }


def target_of(
    vocabulary: str, label: str, mapped: Mapping[tuple[str, str], str], catalog: Catalog | None = None
) -> str | None:
    """What ``label`` stands for: the committee's mapping first, then the reference data."""
    chosen = mapped.get((vocabulary, match_key(label)))
    if chosen is not None:
        return chosen
    return VOCABULARIES[vocabulary].find(catalog or get_catalog(), label)


@dataclass(frozen=True, slots=True)
class LabelCount:
    vocabulary: str
    label: str
    records: int


def unmatched(connection: Connection, vocabulary: str | None = None) -> list[LabelCount]:
    """Every label kept on records, with how many records carry it, most common first."""
    statement = select(L.c.vocabulary, L.c.label, func.count()).group_by(L.c.vocabulary, L.c.label)
    if vocabulary:
        statement = statement.where(L.c.vocabulary == vocabulary)
    rows = [LabelCount(v, label, n) for v, label, n in connection.execute(statement)]
    return sorted(rows, key=lambda c: (-c.records, c.vocabulary, c.label.casefold()))


def map_label(
    connection: Connection,
    vocabulary: str,
    label: str,
    target: str,
    actor: str = "",
    history: Mapping[str, Any] | None = None,
) -> int:
    """Remember ``label`` -> ``target`` and apply it to every record carrying the label (by its
    folded spelling); returns how many records changed. ``history``: the columns of the history
    rows (actor, origin...) besides table, record, field and values."""
    key = match_key(label)
    connection.execute(delete(M).where(M.c.vocabulary == vocabulary, M.c.label_key == key))
    connection.execute(
        insert(M).values(
            vocabulary=vocabulary,
            label_key=key,
            label=label,
            target=target,
            created_at=utcnow(),
            created_by=actor,
        )
    )
    spellings = [
        found
        for (found,) in connection.execute(select(L.c.label).where(L.c.vocabulary == vocabulary).distinct())
        if match_key(found) == key
    ]
    return apply_labels(connection, vocabulary, {spelling: target for spelling in spellings}, history)


def apply_labels(
    connection: Connection,
    vocabulary: str,
    targets: Mapping[str, str],
    history: Mapping[str, Any] | None = None,
) -> int:
    """Turn the labels of ``targets`` (label -> target) into links on every record carrying them."""
    changed: set[str] = set()
    entry = VOCABULARIES[vocabulary]
    rows: list[dict[str, Any]] = []
    for label, target in targets.items():
        ids = list(
            connection.scalars(
                select(L.c.recommendation_id).where(L.c.vocabulary == vocabulary, L.c.label == label)
            )
        )
        if not ids:
            continue
        if target != IGNORE:
            _link(connection, entry, ids, target)
        connection.execute(delete(L).where(L.c.vocabulary == vocabulary, L.c.label == label))
        changed.update(ids)
        if history is not None:
            rows.extend(
                {
                    **history,
                    "table_name": "recommendations",
                    "record_id": record_id,
                    "operation": "update",
                    "field": entry.field,
                    "old_value": label,
                    "new_value": None if target == IGNORE else target,
                }
                for record_id in ids
            )
    if rows:
        connection.execute(insert(HistoryEntry.__table__), rows)
    if changed:
        _bump_versions(connection, changed)
    return len(changed)


def _link(connection: Connection, entry: Vocabulary, ids: list[str], target: str) -> None:
    if entry.name == "body":
        from nrtd_desktop.reference.catalog import get_catalog as catalog

        kind = catalog().body(target).kind.value
        R = Recommendation.__table__
        for part in _chunks(ids):
            connection.execute(
                update(R)
                .where(R.c.id.in_(part))
                .values(body_code=target, mechanism=kind)
            )
        return
    table, column = entry.table, entry.column
    value: str | int = target
    if entry.name == "sdg" and target.startswith("goal:"):
        table, column = recommendation_sdg_goals, "goal"
        value = int(target.split(":", 1)[1])
    assert table is not None
    existing: set[str] = set()
    for part in _chunks(ids):
        existing.update(
            connection.scalars(
                select(table.c.recommendation_id).where(
                    table.c.recommendation_id.in_(part), table.c[column] == value
                )
            )
        )
    fresh = [
        {"recommendation_id": record_id, column: value} for record_id in ids if record_id not in existing
    ]
    if fresh:
        connection.execute(insert(table), fresh)


def _bump_versions(connection: Connection, ids: Iterable[str]) -> None:
    R = Recommendation.__table__
    for part in _chunks(list(ids)):
        connection.execute(
            update(R).where(R.c.id.in_(part)).values(version=R.c.version + 1, updated_at=utcnow())
        )


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def rematch_labels(connection: Connection, history: Mapping[str, Any] | None = None) -> int:
    """Labels that the reference data (or a mapping) now knows become links; returns the records
    changed. Run after the reference tables are refreshed by a newer program."""
    known = mappings(connection)
    catalog = get_catalog()
    changed = 0
    by_vocabulary: dict[str, dict[str, str]] = {}
    for vocabulary, label in connection.execute(select(L.c.vocabulary, L.c.label).distinct()):
        if vocabulary not in VOCABULARIES:
            continue
        target = target_of(vocabulary, label, known, catalog)
        if target is not None:
            by_vocabulary.setdefault(vocabulary, {})[label] = target
    for vocabulary, targets in by_vocabulary.items():
        changed += apply_labels(connection, vocabulary, targets, history)
    return changed
