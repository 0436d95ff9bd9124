"""The whole UHRI vocabulary, every source of a record, the States under review.

New reference tables (regions, special-procedure mandates) that the program fills from its
shipped data at every open (db/reference_sync.py, versioned by data/version.json); new links of
a recommendation (States under review, regions, SDG goals, mandates); every source key of a
record (one recommendation imported from UPR Info and from UHRI stays one record); the labels of
a source that no vocabulary knew, and the committee's mappings of them.

An older database is upgraded with what it already tells: every (source, key) it holds becomes a
row of ``recommendation_sources``; the State under review of each record is read back from what
was stored, the UPR Info reference ("UPR-1-4-SAU-3fa9c1") or a treaty body's document symbol
("CEDAW/C/SAU/CO/3-4"). Nothing is removed: the ``source_format``/``source_key`` columns of a
recommendation stay its first source.

Revision ID: 0008_uhri_vocabulary
Revises: 0006_deletion_sets
Create Date: 2026-12-07 10:00:00
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008_uhri_vocabulary"
down_revision = "0006_deletion_sets"
branch_labels = None
depends_on = None

LINKS: dict[str, tuple[str, str, sa.types.TypeEngine[Any]]] = {
    "recommendation_countries": ("state_alpha3", "states.alpha3", sa.String(3)),
    "recommendation_regions": ("region_key", "regions.key", sa.String(60)),
    "recommendation_sdg_goals": ("goal", "sdg_goals.number", sa.Integer()),
    "recommendation_mandates": ("mandate_code", "mandates.code", sa.String(40)),
}
# The State under review inside what an older database stored.
_UPR_INFO_REFERENCE = re.compile(r"^UPR-\d+-\d+-([A-Z]{3})-")
_SYMBOL_STATE = re.compile(r"/(?:C|C\.12|WG\.6/\d+)/([A-Z]{3})/")


def upgrade() -> None:
    op.create_table(
        "regions",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("name_ar", sa.String(200), nullable=False),
    )
    op.create_table(
        "mandates",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name_en", sa.String(400), nullable=False),
        sa.Column("name_ar", sa.String(400), nullable=False),
        sa.Column("short_en", sa.String(200), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("established", sa.Integer()),
        sa.Column("ended", sa.Integer()),
    )
    for table, (column, target, kind) in LINKS.items():
        op.create_table(
            table,
            sa.Column(
                "recommendation_id",
                sa.String(36),
                sa.ForeignKey("recommendations.id", deferrable=True, initially="DEFERRED"),
                primary_key=True,
            ),
            sa.Column(column, kind, sa.ForeignKey(target, ondelete="CASCADE"), primary_key=True),
        )
        op.create_index(f"ix_{table}_{column}", table, [column, "recommendation_id"])
    op.create_table(
        "recommendation_sources",
        sa.Column("source_format", sa.String(20), primary_key=True),
        sa.Column("source_key", sa.String(120), primary_key=True),
        sa.Column(
            "recommendation_id",
            sa.String(36),
            sa.ForeignKey("recommendations.id", deferrable=True, initially="DEFERRED"),
            nullable=False,
        ),
        sa.Column("row_digest", sa.String(32)),
    )
    op.create_index(
        "ix_recommendation_sources_recommendation", "recommendation_sources", ["recommendation_id"]
    )
    op.create_table(
        "recommendation_labels",
        sa.Column(
            "recommendation_id",
            sa.String(36),
            sa.ForeignKey("recommendations.id", deferrable=True, initially="DEFERRED"),
            primary_key=True,
        ),
        sa.Column("vocabulary", sa.String(20), primary_key=True),
        sa.Column("label", sa.String(500), primary_key=True),
    )
    op.create_index(
        "ix_recommendation_labels_label",
        "recommendation_labels",
        ["vocabulary", "label", "recommendation_id"],
    )
    op.create_table(
        "vocabulary_mappings",
        sa.Column("vocabulary", sa.String(20), primary_key=True),
        sa.Column("label_key", sa.String(500), primary_key=True),
        sa.Column("label", sa.String(500), nullable=False),
        sa.Column("target", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False, server_default=""),
    )
    _backfill(op.get_bind())


def _backfill(connection: sa.Connection) -> None:
    connection.execute(
        sa.text(
            "INSERT INTO recommendation_sources (source_format, source_key, recommendation_id) "
            "SELECT source_format, source_key, id FROM recommendations "
            "WHERE source_format IS NOT NULL AND source_key IS NOT NULL"
        )
    )
    states = {row[0] for row in connection.execute(sa.text("SELECT alpha3 FROM states"))}
    pairs = []
    for record_id, reference, symbol in connection.execute(
        sa.text("SELECT id, reference, document_symbol FROM recommendations")
    ):
        found = _UPR_INFO_REFERENCE.match(reference or "") or _SYMBOL_STATE.search(symbol or "")
        if found and found.group(1) in states:
            pairs.append({"id": record_id, "alpha3": found.group(1)})
    if pairs:
        connection.execute(
            sa.text(
                "INSERT INTO recommendation_countries (recommendation_id, state_alpha3) VALUES (:id, :alpha3)"
            ),
            pairs,
        )


def downgrade() -> None:
    for table in ("vocabulary_mappings", "recommendation_labels", "recommendation_sources", *LINKS):
        op.drop_table(table)
    op.drop_table("mandates")
    op.drop_table("regions")
