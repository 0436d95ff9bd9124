"""The register's first page as the window opens: its first records in the reference's natural
order, no filter, no search (issue 25).

One definition, read through any DB-API connection of a SQLite file (``Execute``): the register's
service reads it through its session for that page (``RecommendationService.list``), and the
window reads it with the standard library's ``sqlite3`` before SQLAlchemy is imported, to paint
the first rows at once (``nrtd_desktop/opening.py``, which also reads the register's size and the names
its cells show: :func:`read_opening`). Plain SQL and the standard library only: importing
SQLAlchemy and the mapped models costs more than the rest of the start together.

The SQL is SQLite's (``?`` parameters); a PostgreSQL server reads its pages through SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from nrtd_desktop.domain.enums import ImplementationStatus, Position, Priority, as_member
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import Label, RecommendationRow

# Runs one statement with its parameters and returns its rows: ``sqlite3.Connection.execute``, or
# a session's ``connection().exec_driver_sql``.
Execute = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]

# The register's rows in the reference's natural order, which the index of revision 0017 serves
# (the columns of ``RecommendationService._row_columns``; the cluster's name in the window's language).
_PAGE_SQL = (
    "SELECT r.id, r.reference, r.text_ar, r.text_en, r.mechanism, r.body_code, r.cycle, r.session, "
    "r.document_symbol, r.publication_date, r.position, r.priority, r.status, e.code, c.{cluster_name} "
    "FROM recommendations AS r "
    "LEFT OUTER JOIN entities AS e ON e.id = r.lead_entity_id "
    "LEFT OUTER JOIN clusters AS c ON c.id = r.cluster_id "
    "ORDER BY r.reference_order ASC LIMIT ?"
)
_THEMES_SQL = (
    "SELECT recommendation_id, theme_key FROM recommendation_themes WHERE recommendation_id IN ({marks})"
)
_MANDATES_SQL = (
    "SELECT l.recommendation_id, m.code, m.name_ar, m.name_en, m.short_en FROM recommendation_mandates AS l "
    "JOIN mandates AS m ON m.code = l.mandate_code WHERE l.recommendation_id IN ({marks})"
)
# The register's size: the counts the database keeps (db/counts.py), as ``register_counts.count``
# reads them for an empty filter.
TOTAL_SQL = "SELECT coalesce(sum(n), 0) FROM register_counts"
# The names the register's cells show (``ReferenceService.themes``/``bodies``, ``EntityService.names``).
_THEME_NAMES_SQL = "SELECT key, name_ar, name_en FROM themes ORDER BY name_en"
_BODY_NAMES_SQL = "SELECT code, name_ar, name_en FROM bodies ORDER BY code"
_ENTITY_NAMES_SQL = "SELECT code, name_ar, name_en FROM entities ORDER BY code"


def read(execute: Execute, lang: Lang, limit: int) -> list[RecommendationRow]:
    """The first ``limit`` records of the register, with their themes and mandates."""
    cluster_name = "name_ar" if lang == "ar" else "name_en"
    rows = list(execute(_PAGE_SQL.format(cluster_name=cluster_name), (limit,)))
    ids = [str(row[0]) for row in rows]
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    themes = themes_by_record(execute(_THEMES_SQL.format(marks=marks), ids))
    special = [str(row[0]) for row in rows if row[5] == "SP"]
    mandates = _mandates(execute, special) if special else {}
    return [
        RecommendationRow(
            id=row[0], reference=row[1], text_ar=row[2], text_en=row[3], mechanism=row[4], body=row[5],
            cycle=row[6], session=row[7], document_symbol=row[8], publication_date=_date(row[9]),
            position=as_member(Position, row[10]), priority=as_member(Priority, row[11]),
            status=as_member(ImplementationStatus, row[12]), lead_entity=row[13], cluster=row[14],
            themes=tuple(themes.get(row[0], ())), mandates=mandates.get(row[0], ()),
        )
        for row in rows
    ]


def themes_by_record(links: Iterable[Sequence[Any]]) -> dict[str, tuple[str, ...]]:
    """(record id, theme key) links as each record's theme keys, in the keys' order: the same
    order whichever way the links were read (an index on one page, every link of the register)."""
    themes: dict[str, list[str]] = {}
    for rec_id, key in links:
        themes.setdefault(rec_id, []).append(key)
    return {rec_id: tuple(sorted(keys)) for rec_id, keys in themes.items()}


def _mandates(execute: Execute, ids: list[str]) -> dict[str, tuple[Label, ...]]:
    """As ``services/mandates.mandates_of`` gives them to the register's lines: the English short
    name (or title), in the order of the English names."""
    found: dict[str, list[Label]] = {}
    statement = _MANDATES_SQL.format(marks=", ".join("?" * len(ids)))
    for owner, code, name_ar, name_en, short_en in execute(statement, ids):
        found.setdefault(owner, []).append(Label(code, name_ar, short_en or name_en))
    return {owner: tuple(sorted(labels, key=lambda m: m.name_en)) for owner, labels in found.items()}


def _date(value: Any) -> date | None:
    """A ``Date`` column as SQLAlchemy's SQLite dialect reads it ("2016-06-08")."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class Opening:
    """What the register shows as the window opens: the first page, the register's size, and the
    names of the themes, bodies and entities its cells show."""

    rows: tuple[RecommendationRow, ...]
    total: int
    themes: tuple[Label, ...]
    bodies: tuple[Label, ...]
    entity_names: dict[str, tuple[str, str]]


def read_opening(execute: Execute, lang: Lang, limit: int) -> Opening:
    total = next(iter(execute(TOTAL_SQL, ())))[0]
    return Opening(
        rows=tuple(read(execute, lang, limit)),
        total=int(total or 0),
        themes=tuple(Label(*row) for row in execute(_THEME_NAMES_SQL, ())),
        bodies=tuple(Label(*row) for row in execute(_BODY_NAMES_SQL, ())),
        entity_names={code: (name_ar, name_en) for code, name_ar, name_en in execute(_ENTITY_NAMES_SQL, ())},
    )
