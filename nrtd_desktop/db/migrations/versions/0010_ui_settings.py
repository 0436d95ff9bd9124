"""The register in the natural order of references: CAT-2016-8 before CAT-2016-40 (issue 21).

SQLite compares text byte by byte, so ``ORDER BY reference`` put CAT-2016-40 before CAT-2016-8 and
UPR-3-122.140 before UPR-3-122.25. ``recommendations.reference_order`` holds a key whose byte
order is the natural one (``domain/references.reference_order``: each number written with its
length first); it is derived from the reference and kept in step on every write (``db/writes``,
the importers' bulk paths, a column default for any other insert). A custom collation would
have needed the same Python function on every connection that ever touches the file (the
sqlite3 shell, the checks, a backup's integrity check); a plain column needs none.

Every order index of revision 0004 broke its ties by ``reference``; they now end with
``reference_order`` (the register's tie-break), and an index on ``reference_order`` alone
serves the reference order itself, both ways, and paging from either end.

(Named ``0010_ui_settings`` as allotted for issue 21, the window's reading; it holds no settings.)

Revision ID: 0010_ui_settings
Revises: 0011_report_drafts
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from nrtd_desktop.domain.references import reference_order

revision = "0010_ui_settings"
down_revision = "0011_report_drafts"
branch_labels = None
depends_on = None

ORDER_INDEX = "ix_recommendations_reference_order"
# Revision 0004's indexes: the same expressions, the natural reference after them.
CASES = {
    "priority": "CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END",
    "status": (
        "CASE status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 "
        "WHEN 'partially_implemented' THEN 2 WHEN 'implemented' THEN 3 WHEN 'overdue' THEN 4 ELSE 5 END"
    ),
    "position": (
        "CASE position WHEN 'supported' THEN 0 WHEN 'supported_in_part' THEN 1 WHEN 'noted' THEN 2 "
        "WHEN 'pending' THEN 3 ELSE 4 END"
    ),
    "mechanism": "CASE mechanism WHEN 'UPR' THEN 0 WHEN 'TB' THEN 1 WHEN 'SP' THEN 2 ELSE 3 END",
    "body": "body_code",
    "cycle": "cycle",
    "updated": "updated_at",
}
BATCH = 5000


def _index_name(order: str) -> str:
    return f"ix_recommendations_{order}_order"


def _recreate(tie: str) -> None:
    # PostgreSQL wants an expression of an index in parentheses of its own; SQLite takes it bare.
    postgresql = op.get_bind().dialect.name == "postgresql"
    for order, expression in CASES.items():
        shown = f"({expression})" if postgresql else expression
        op.execute(f"DROP INDEX IF EXISTS {_index_name(order)}")
        op.execute(f"CREATE INDEX {_index_name(order)} ON recommendations ({shown}, {tie})")


def upgrade() -> None:
    connection = op.get_bind()
    # A plain ADD COLUMN (no table copy): SQLite allows a NOT NULL column with a default.
    op.execute("ALTER TABLE recommendations ADD COLUMN reference_order VARCHAR(400) NOT NULL DEFAULT ''")
    # SQLite's rowid is the cheapest key there; PostgreSQL has none, the primary key serves.
    row_key = "rowid" if connection.dialect.name == "sqlite" else "id"
    rows = connection.execute(sa.text(f"SELECT {row_key}, reference FROM recommendations")).all()
    update = sa.text(f"UPDATE recommendations SET reference_order = :key WHERE {row_key} = :rowid")
    for start in range(0, len(rows), BATCH):
        connection.execute(update, [{"key": reference_order(reference), "rowid": rowid}
                                    for rowid, reference in rows[start:start + BATCH]])
    op.execute(f"CREATE INDEX {ORDER_INDEX} ON recommendations (reference_order)")
    _recreate("reference_order")
    op.execute("ANALYZE recommendations")


def downgrade() -> None:
    _recreate("reference")
    op.execute(f"DROP INDEX IF EXISTS {ORDER_INDEX}")
    with op.batch_alter_table("recommendations") as batch:
        batch.drop_column("reference_order")
