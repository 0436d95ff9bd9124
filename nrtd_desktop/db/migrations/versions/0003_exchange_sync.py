"""Exchange: the laptops we exchanged packages with, the packages, and per-record versions exchanged.

Revision ID: 0003_exchange
Revises: 0002_classify
Create Date: 2026-11-29 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_exchange"
down_revision = "0002_classify"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_peers",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("entity_code", sa.String(length=30), nullable=False),
        sa.Column("computer", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_exchange_peers")),
    )
    op.create_table(
        "exchange_packages",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("sender_site", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=80), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_exchange_packages")),
    )
    op.create_table(
        "exchange_records",
        sa.Column("peer_key", sa.String(length=80), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("peer_version", sa.Integer(), nullable=True),
        sa.Column("received_local_version", sa.Integer(), nullable=True),
        sa.Column("received_content", sa.Text(), nullable=True),
        sa.Column("sent_version", sa.Integer(), nullable=True),
        sa.Column("sent_content", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("peer_key", "record_id", name=op.f("pk_exchange_records")),
    )


def downgrade() -> None:
    op.drop_table("exchange_records")
    op.drop_table("exchange_packages")
    op.drop_table("exchange_peers")
