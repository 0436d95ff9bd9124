"""Suggestions the committee rejected (issue 23).

``recommendation_rejected_suggestions``: (recommendation, vocabulary, label) for every suggested
theme, affected group or SDG target that a person turned down, so that it is not offered again.
Part of the recommendation's content (db/content.py ROW_LISTS): exchanged in packages, kept by a
deletion. The reference is checked at commit with no ON DELETE action, like every other
(revision 0006).

Revision ID: 0013_suggestions
Revises: 0010_ui_settings
Create Date: 2026-12-07 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_suggestions"
down_revision = "0010_ui_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recommendation_rejected_suggestions",
        sa.Column("recommendation_id", sa.String(length=36), nullable=False),
        sa.Column("vocabulary", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"], ["recommendations.id"],
            name=op.f("fk_recommendation_rejected_suggestions_recommendation_id_recommendations"),
            deferrable=True, initially="DEFERRED",
        ),
        sa.PrimaryKeyConstraint("recommendation_id", "vocabulary", "label",
                                name=op.f("pk_recommendation_rejected_suggestions")),
    )


def downgrade() -> None:
    op.drop_table("recommendation_rejected_suggestions")
