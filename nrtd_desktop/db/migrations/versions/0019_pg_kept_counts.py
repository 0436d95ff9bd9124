"""The register's counts kept on a PostgreSQL server too (issue 24d).

Revision 0015 made SQLite keep ``register_counts`` and ``link_counts`` by triggers, read by the
dashboard and the facet lists; a server kept none and counted the records each time (the entity
facet list 342 ms, the lists under a status filter 285-455 ms, the dashboard's figures 470 ms at
267,000 recommendations). Here the server gets the same two tables, kept by statement-level
PL/pgSQL triggers under the same rules (``db/counts_pg.py``), and counts the records already there.

With the entity facet counted, its page was the slow part: the records an entity leads or supports
are walked in the reference's order and tested by their id against the entity's ids hashed once
(``register_query._entity_ids_condition``). The ids it leads come from an index of (lead entity, id)
alone, without reading a record (the commonest entity at 267,000: 7,859 records led, 22 ms read
from the records, 1.2 ms from this index).

On SQLite this revision changes nothing (0015 installed the counts there).

Revision ID: 0019_pg_kept_counts
Revises: 0017_order_ids
Create Date: 2026-12-17 09:00:00
"""

from __future__ import annotations

from alembic import op

from nrtd_desktop.db import counts_pg

revision = "0019_pg_kept_counts"
down_revision = "0017_order_ids"
branch_labels = None
depends_on = None


LEAD_IDS_INDEX = "ix_recommendations_lead_entity_id_id"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        counts_pg.install(bind)
        op.create_index(LEAD_IDS_INDEX, "recommendations", ["lead_entity_id", "id"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_index(LEAD_IDS_INDEX, table_name="recommendations")
        counts_pg.drop(bind)
