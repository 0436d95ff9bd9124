"""Counts computed independently of the program: plain SQL over the database, through sqlite3 on a
file or psycopg on a server (tests/raw_db.py).

These queries restate the definitions of the figures (see services/figures.py) in SQL written by
hand, so that a test compares two separate computations rather than the service with itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.raw_db import Raw

OPEN_ACTION = "a.status NOT IN ('completed', 'cancelled')"
# (challenge, recommendation) for every recommendation a challenge concerns
CONCERNS = """
    SELECT id AS challenge_id, recommendation_id FROM challenges WHERE recommendation_id IS NOT NULL
    UNION SELECT c.id, a.recommendation_id FROM challenges c JOIN actions a ON a.id = c.action_id
          WHERE a.recommendation_id IS NOT NULL
    UNION SELECT c.id, r.id FROM challenges c JOIN actions a ON a.id = c.action_id
          JOIN recommendations r ON r.cluster_id = a.cluster_id WHERE a.cluster_id IS NOT NULL
"""


class Sql:
    """Plain SQL over one database (a file, a server URL or open services); ``where`` is a
    condition on ``r`` (recommendations)."""

    def __init__(self, target: Any) -> None:
        self.db = Raw(target)
        self.dialect = self.db.dialect

    def close(self) -> None:
        self.db.close()

    def rows(self, sql: str, *params: object) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    def scalar(self, sql: str, *params: object) -> int:
        return self.db.execute(sql, params).fetchone()[0]

    def group(self, column: str, where: str = "TRUE") -> dict[str, int]:
        return {
            ("none" if k is None else k): n
            for k, n in self.rows(
                f"SELECT {column}, COUNT(*) FROM recommendations r WHERE {where} GROUP BY 1"
            )
        }

    def references(self, where: str, *params: object) -> set[str]:
        return {r for (r,) in self.rows(f"SELECT r.reference FROM recommendations r WHERE {where}", *params)}

    def overdue_where(self, today: date) -> str:
        return (
            "EXISTS (SELECT 1 FROM actions a WHERE (a.recommendation_id = r.id"
            " OR (r.cluster_id IS NOT NULL AND a.cluster_id = r.cluster_id))"
            f" AND a.end_date < '{today.isoformat()}' AND {OPEN_ACTION})"
        )

    def status_by(self, key_sql: str, join: str = "", where: str = "TRUE") -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        sql = (
            f"SELECT {key_sql}, r.status, COUNT(*) FROM recommendations r {join} WHERE {where} GROUP BY 1, 2"
        )
        for key, status, n in self.rows(sql):
            result.setdefault("none" if key is None else key, {})[status] = n
        return result

    def action_ids(self, where: str = "TRUE", scope: str | None = None) -> set[str]:
        """Actions matching ``where`` (on ``a``), of the recommendations matching ``scope`` (on ``r``)."""
        scoped = ""
        if scope is not None:
            scoped = (
                f" AND (a.recommendation_id IN (SELECT r.id FROM recommendations r WHERE {scope})"
                f" OR a.cluster_id IN (SELECT r.cluster_id FROM recommendations r WHERE {scope}))"
            )
        return {i for (i,) in self.rows(f"SELECT a.id FROM actions a WHERE {where}{scoped}")}

    def open_challenges_by_category(self, scope: str | None = None) -> dict[str, int]:
        scoped = ""
        if scope is not None:
            scoped = (
                f" AND c.id IN (SELECT k.challenge_id FROM ({CONCERNS}) k"
                f" WHERE k.recommendation_id IN (SELECT r.id FROM recommendations r WHERE {scope}))"
            )
        sql = (
            "SELECT c.category, COUNT(*) FROM challenges c"
            f" WHERE c.status IN ('open', 'being_addressed'){scoped} GROUP BY 1"
        )
        return dict(self.rows(sql))


# The linked facets, restated here: facet -> (link table, value column).
LINKED = {
    "theme": ("recommendation_themes", "theme_key"),
    "affected_group": ("recommendation_groups", "group_key"),
    "sdg": ("recommendation_sdg_targets", "target_code"),
    "country": ("recommendation_countries", "state_alpha3"),
    "mandate": ("recommendation_mandates", "mandate_code"),
}
OWN = {"mechanism": "r.mechanism", "body": "r.body_code", "position": "r.position", "status": "r.status",
       "priority": "r.priority"}


def facet_counts(sql: Sql, facet: str, where: str = "TRUE") -> dict[str, int]:
    """What a facet's list should show under ``where`` (a condition on ``r``): value -> records,
    counted here from the records and their links."""
    if facet in OWN:
        return sql.group(OWN[facet], where)
    if facet == "cycle":
        return {str(k): n for k, n in sql.group("r.cycle", f"({where}) AND r.cycle IS NOT NULL").items()}
    if facet in LINKED:
        table, column = LINKED[facet]
        return dict(sql.rows(f"SELECT l.{column}, COUNT(*) FROM {table} l JOIN recommendations r"
                             f" ON r.id = l.recommendation_id WHERE {where} GROUP BY 1"))
    if facet == "lead_entity":
        return {("none" if k is None else k): n for k, n in sql.rows(
            "SELECT e.code, COUNT(*) FROM recommendations r LEFT JOIN entities e ON e.id = r.lead_entity_id"
            f" WHERE {where} GROUP BY 1")}
    if facet == "cluster":
        return {("none" if k is None else k): n for k, n in sql.rows(
            f"SELECT r.cluster_id, COUNT(*) FROM recommendations r WHERE {where} GROUP BY 1")}
    if facet == "entity":  # lead or supporting, each record once per entity
        return dict(sql.rows(
            "SELECT e.code, COUNT(DISTINCT k.id) FROM ("
            "  SELECT r.id, r.lead_entity_id AS entity_id FROM recommendations r"
            "  WHERE r.lead_entity_id IS NOT NULL"
            "  UNION SELECT s.recommendation_id, s.entity_id FROM recommendation_supporting_entities s) k"
            " JOIN recommendations r ON r.id = k.id JOIN entities e ON e.id = k.entity_id"
            f" WHERE {where} GROUP BY 1"))
    raise ValueError(facet)


def kept_count_differences(sql: Sql) -> list[str]:
    """Rows where the counts the database keeps (register_counts, link_counts) differ from the
    same counts taken here from the records and links; [] when they agree."""
    found = []
    cube = {tuple(row[:7]): row[7] for row in sql.rows(
        "SELECT r.mechanism, r.body_code, coalesce(r.cycle, -1), coalesce(r.position, ''), r.status,"
        " coalesce(r.priority, ''), coalesce(r.lead_entity_id, ''), COUNT(*) FROM recommendations r"
        " GROUP BY 1, 2, 3, 4, 5, 6, 7")}
    kept = {tuple(row[:7]): row[7] for row in sql.rows("SELECT * FROM register_counts WHERE n != 0")}
    found += [f"register {k}: kept {kept.get(k)}, records {cube.get(k)}"
              for k in cube.keys() | kept.keys() if cube.get(k) != kept.get(k)]
    tables = {**LINKED, "support": ("recommendation_supporting_entities", "entity_id")}
    expected: dict[tuple, int] = {}
    for facet, (table, column) in tables.items():
        for item, mechanism, status, n in sql.rows(
            f"SELECT l.{column}, r.mechanism, r.status, COUNT(*) FROM {table} l"
            " JOIN recommendations r ON r.id = l.recommendation_id GROUP BY 1, 2, 3"):
            expected[(facet, item, mechanism, status)] = n
    for item, mechanism, status, n in sql.rows(
        "SELECT coalesce(r.cluster_id, ''), r.mechanism, r.status, COUNT(*) FROM recommendations r"
        " GROUP BY 1, 2, 3"):
        expected[("cluster", item, mechanism, status)] = n
    for item, mechanism, status, n in sql.rows(
        "SELECT s.entity_id, r.mechanism, r.status, COUNT(*) FROM recommendation_supporting_entities s"
        " JOIN recommendations r ON r.id = s.recommendation_id AND r.lead_entity_id = s.entity_id"
        " GROUP BY 1, 2, 3"):
        expected[("support_lead", item, mechanism, status)] = n
    kept_links = {tuple(row[:4]): row[4] for row in sql.rows("SELECT * FROM link_counts WHERE n != 0")}
    found += [f"link {k}: kept {kept_links.get(k)}, records {expected.get(k)}"
              for k in expected.keys() | kept_links.keys() if expected.get(k) != kept_links.get(k)]
    return sorted(found)
