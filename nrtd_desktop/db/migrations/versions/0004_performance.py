"""Performance: indexes that serve the register's sorts and facets at 267,000 recommendations.

The register sorts priority, status, position and mechanism in their vocabulary's order (high
before medium before low) with a CASE expression; an index on that very expression, followed by
the reference that breaks ties, lets SQLite read the first page in order instead of sorting the
whole table (5 s at 267,000). The expressions must stay identical, token for token, to the ones
``services/register_query.natural_order_sql`` writes into ORDER BY, or SQLite will not use them (a test checks
the query plans). Plain (column, reference) indexes serve the other sortable columns.

Revision ID: 0004_performance
Revises: 0003_exchange
Create Date: 2026-11-29 10:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004_performance"
down_revision = "0003_exchange"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_recommendations_priority_order": (
        "CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END, reference"
    ),
    "ix_recommendations_status_order": (
        "CASE status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 "
        "WHEN 'partially_implemented' THEN 2 WHEN 'implemented' THEN 3 WHEN 'overdue' THEN 4 ELSE 5 END, "
        "reference"
    ),
    "ix_recommendations_position_order": (
        "CASE position WHEN 'supported' THEN 0 WHEN 'supported_in_part' THEN 1 WHEN 'noted' THEN 2 "
        "WHEN 'pending' THEN 3 ELSE 4 END, reference"
    ),
    "ix_recommendations_mechanism_order": (
        "CASE mechanism WHEN 'UPR' THEN 0 WHEN 'TB' THEN 1 WHEN 'SP' THEN 2 ELSE 3 END, reference"
    ),
    "ix_recommendations_body_order": "body_code, reference",
    "ix_recommendations_cycle_order": "cycle, reference",
    "ix_recommendations_updated_order": "updated_at, reference",
}


def _on_postgresql(columns: str) -> str:
    """PostgreSQL wants an expression of an index in parentheses; SQLite keeps the bare tokens."""
    if not columns.startswith("CASE"):
        return columns
    expression, _sep, rest = columns.rpartition(" END, ")
    return f"({expression} END), {rest}"


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, columns in INDEXES.items():
        columns = _on_postgresql(columns) if postgresql else columns
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON recommendations ({columns})")
    op.execute("ANALYZE recommendations")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
