"""Counts of the register kept by the database: the dashboard and the facet lists (issue 25).

Creates ``register_counts`` and ``link_counts`` with the triggers that keep them on every write,
and counts the records already there (``db/counts.py`` says what is counted and why). About 5 s at
267,000 recommendations, a fraction of a second at 41,000.

Created as ``db/counts.py`` defines them now, like revision 0009 builds the search index: a later
revision that changes a definition calls ``counts.install`` again.

Revision ID: 0015_figures
Revises: 0011_report_drafts
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

from alembic import op

from nrtd_desktop.db import counts

revision = "0015_figures"
down_revision = "0013_suggestions"
branch_labels = None
depends_on = None


# The dashboard's action figures and its overdue count read the open actions by end date: with
# the status and the two references in the index, without reading an action's row (its titles).
ACTIONS_INDEX = "ix_actions_end_status"
# The progress chart: updates by month with their percentage, from the index alone.
PROGRESS_INDEX = "ix_progress_updates_month"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_index(ACTIONS_INDEX, "actions", ["end_date", "status", "recommendation_id", "cluster_id"])
    op.create_index(PROGRESS_INDEX, "progress_updates", ["reported_on", "action_id", "percent"])
    if bind.dialect.name == "sqlite":
        counts.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for name in counts.triggers():
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    bind.exec_driver_sql("DROP TABLE IF EXISTS link_counts")
    bind.exec_driver_sql("DROP TABLE IF EXISTS register_counts")
    op.drop_index(ACTIONS_INDEX, table_name="actions")
    op.drop_index(PROGRESS_INDEX, table_name="progress_updates")
