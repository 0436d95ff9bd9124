"""Classify: the committee's own judgement of a recommendation, one criterion of its priority.

Revision ID: 0002_classify
Revises: 0001
Create Date: 2026-11-29 09:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_classify"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a nullable column needs no copy of the table: SQLite's ALTER TABLE ADD COLUMN does it.
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority_judgement", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_column("priority_judgement")
