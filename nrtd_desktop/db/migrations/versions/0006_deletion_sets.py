"""Deletions that can be undone and exchanged: deletion sets, and no cascade inside the database.

Until now a recommendation's actions, indicators, progress updates and challenges went with it
through SQLite's ON DELETE CASCADE, and an entity's deletion emptied other records' columns
through ON DELETE SET NULL: none of those changes had a history row, a tombstone or a version
bump, so they could not be undone and the exchange never carried them (issue 16). Now every
reference between committee records has no ON DELETE action and is checked at commit
(DEFERRABLE INITIALLY DEFERRED); ``db/deletions.py`` deletes or detaches the dependents itself,
records them, and keeps what it removed in ``deletion_sets`` so that it can be put back.

SQLite cannot alter a foreign key: each table is copied (Alembic's batch mode). The copy drops
the old table, which with foreign keys on would run the very cascades this revision removes:
``migrate.upgrade`` runs every migration with foreign keys off and checks them before commit.

Revision ID: 0006_deletion_sets
Revises: 0005_covering_links
Create Date: 2026-12-07 09:00:00
"""

from __future__ import annotations

import warnings
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006_deletion_sets"
down_revision = "0005_covering_links"
branch_labels = None
depends_on = None

# The tables of committee records: a reference to one of them loses its ON DELETE action.
COMMITTEE_TABLES = frozenset(
    {"entities", "documents", "clusters", "recommendations", "recommendation_links", "actions",
     "indicators", "progress_updates", "challenges"}
)
# Tables holding such references, children after parents (the copies keep the data as it is).
REFERRING_TABLES = (
    "clusters",
    "cluster_supporting_entities",
    "recommendations",
    "recommendation_themes",
    "recommendation_groups",
    "recommendation_sdg_targets",
    "recommendation_states",
    "recommendation_supporting_entities",
    "recommendation_links",
    "actions",
    "action_partners",
    "indicators",
    "progress_updates",
    "challenges",
)
# What the references did before, for the downgrade: the rest were ON DELETE CASCADE.
_SET_NULL = frozenset(
    {("recommendations", "document_id"), ("recommendations", "cluster_id"),
     ("recommendations", "lead_entity_id"), ("clusters", "lead_entity_id"),
     ("actions", "lead_entity_id"), ("indicators", "responsible_entity_id"),
     ("progress_updates", "indicator_id"), ("progress_updates", "entity_id"),
     ("challenges", "entity_id")}
)


def _rewrite_references(deferred: bool) -> None:
    # Batch mode warns that it cannot reflect the expression indexes: they are made again below.
    warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        _rewrite_references_in_place(deferred)
        return
    for table in REFERRING_TABLES:
        # Batch mode copies the indexes it can reflect; the expression indexes of revision 0004
        # (the vocabulary orders) it cannot: they are made again from their own SQL.
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        keys = [
            fk for fk in sa.inspect(connection).get_foreign_keys(table)
            if fk["referred_table"] in COMMITTEE_TABLES
        ]
        with op.batch_alter_table(table, recreate="always") as batch:
            for fk in keys:
                batch.drop_constraint(str(fk["name"]), type_="foreignkey")
            for fk in keys:
                column = fk["constrained_columns"][0]
                ondelete = "SET NULL" if (table, column) in _SET_NULL else "CASCADE"
                batch.create_foreign_key(
                    fk["name"], fk["referred_table"], fk["constrained_columns"], fk["referred_columns"],
                    ondelete=None if deferred else ondelete,
                    deferrable=True if deferred else None,
                    initially="DEFERRED" if deferred else None,
                )
        for name, sql in indexes:
            exists = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).first()
            if exists is None:
                connection.exec_driver_sql(sql)
        # The copy starts without the planner's statistics (revisions 0004 and 0005 made them).
        op.execute(f"ANALYZE {table}")


def _options(table: str, column: str, deferred: bool) -> dict[str, Any]:
    if deferred:
        return {"deferrable": True, "initially": "DEFERRED"}
    return {"ondelete": "SET NULL" if (table, column) in _SET_NULL else "CASCADE"}


def _rewrite_references_in_place(deferred: bool) -> None:
    """PostgreSQL alters a constraint in place: no copy of the table, the indexes stay."""
    connection = op.get_bind()
    for table in REFERRING_TABLES:
        for fk in sa.inspect(connection).get_foreign_keys(table):
            if fk["referred_table"] not in COMMITTEE_TABLES:
                continue
            column = fk["constrained_columns"][0]
            name = fk["name"]
            assert name is not None  # the naming convention names every constraint (db/base.py)
            op.drop_constraint(name, table, type_="foreignkey")
            op.create_foreign_key(name, table, fk["referred_table"], fk["constrained_columns"],
                                  fk["referred_columns"], **_options(table, column, deferred))


def upgrade() -> None:
    op.create_table(
        "deletion_sets",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("actor_entity", sa.String(length=30), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("origin_detail", sa.String(length=300), nullable=False),
        sa.Column("source_site", sa.String(length=36), nullable=False),
        sa.Column("root_table", sa.String(length=60), nullable=False),
        sa.Column("root_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("restored_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("restored_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion_sets")),
    )
    op.create_index(op.f("ix_deletion_sets_root_id"), "deletion_sets", ["root_id"])
    with op.batch_alter_table("tombstones") as batch:
        batch.add_column(sa.Column("deletion_id", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_tombstones_deletion_id"), ["deletion_id"])
    _rewrite_references(deferred=True)


def downgrade() -> None:
    _rewrite_references(deferred=False)
    with op.batch_alter_table("tombstones") as batch:
        batch.drop_index(batch.f("ix_tombstones_deletion_id"))
        batch.drop_column("deletion_id")
    op.drop_index(op.f("ix_deletion_sets_root_id"), table_name="deletion_sets")
    op.drop_table("deletion_sets")
