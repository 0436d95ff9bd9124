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
