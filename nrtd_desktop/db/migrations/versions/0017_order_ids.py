"""The register's order index holds each record's id: a facet choice of many links reads its
first page without a lookup per link (issue 25).

A page of the register filtered by a theme, an affected group, a State or a mandate linked to many
records walks the reference's order index and keeps the linked records (``register_query``). It
tested each record's rowid against the rowids of the linked records, found by looking up every
link's record by its id: 7,764 look-ups for the commonest affected group at 267,000 records, 12 ms
of the 13 its first page took. With the id beside the order key, the walk tests the id it reads
from the index against the link index's own ids (read in one pass, no look-up): 3.6 ms.

``ix_recommendations_reference_order`` (the key alone) is replaced: the new index serves every
query the old one did.

Revision ID: 0017_order_ids
Revises: 0018_pg_search_no_recheck
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0017_order_ids"
down_revision = "0018_pg_search_no_recheck"
branch_labels = None
depends_on = None

OLD_INDEX = "ix_recommendations_reference_order"
NEW_INDEX = "ix_recommendations_reference_order_id"


def upgrade() -> None:
    op.create_index(NEW_INDEX, "recommendations", ["reference_order", "id"])
    op.drop_index(OLD_INDEX, table_name="recommendations")


def downgrade() -> None:
    op.create_index(OLD_INDEX, "recommendations", ["reference_order"])
    op.drop_index(NEW_INDEX, table_name="recommendations")
