"""The reporting calendar and the report drafts (issue 22).

Four committee tables: ``reporting_events`` (the calendar entries the committee entered or
changed; computed ones are not stored), ``report_drafts``, ``report_sections`` and
``report_versions``. Their references to other committee records are checked at commit and have
no ON DELETE action, like every other (revision 0006): ``db/deletions.py`` owns the rules.

Revision ID: 0011_report_drafts
Revises: 0009_search_stems
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011_report_drafts"
down_revision = "0009_search_stems"
branch_labels = None
depends_on = None


def _shared_columns() -> list[sa.Column[Any]]:
    """The columns every committee record carries (db/base.py SharedRecord)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_site", sa.String(length=36), nullable=False),
    ]


def _reference(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
        deferrable=True, initially="DEFERRED",
    )


def upgrade() -> None:
    op.create_table(
        "reporting_events",
        *_shared_columns(),
        sa.Column("default_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("mechanism", sa.String(length=3), nullable=False),
        sa.Column("body_code", sa.String(length=20), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("cycle", sa.Integer(), nullable=True),
        sa.Column("session", sa.String(length=20), nullable=True),
        sa.Column("title_ar", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=10), nullable=False),
        sa.Column("entered", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("symbol", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_code"], ["bodies.code"], name=op.f("fk_reporting_events_body_code_bodies")
        ),
        _reference("document_id", "reporting_events", "documents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_events")),
    )
    op.create_index(op.f("ix_reporting_events_default_key"), "reporting_events", ["default_key"])
    op.create_index(op.f("ix_reporting_events_document_id"), "reporting_events", ["document_id"])
    op.create_index(op.f("ix_reporting_events_due_date"), "reporting_events", ["due_date"])
    op.create_table(
        "report_drafts",
        *_shared_columns(),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("report_type", sa.String(length=20), nullable=False),
        sa.Column("title_ar", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("body_code", sa.String(length=10), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=True),
        sa.Column("document_symbol", sa.String(length=120), nullable=False),
        sa.Column("group_by", sa.String(length=20), nullable=False),
        sa.Column("word_limit", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _reference("event_id", "report_drafts", "reporting_events"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_drafts")),
    )
    op.create_index(op.f("ix_report_drafts_event_id"), "report_drafts", ["event_id"])
    op.create_table(
        "report_sections",
        *_shared_columns(),
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("heading_ar", sa.Text(), nullable=False),
        sa.Column("heading_en", sa.Text(), nullable=False),
        sa.Column("text_ar", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("generated_ar", sa.Text(), nullable=False),
        sa.Column("generated_en", sa.Text(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("generated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        _reference("draft_id", "report_sections", "report_drafts"),
        _reference("entity_id", "report_sections", "entities"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sections")),
    )
    op.create_index(op.f("ix_report_sections_draft_id"), "report_sections", ["draft_id"])
    op.create_index(op.f("ix_report_sections_entity_id"), "report_sections", ["entity_id"])
    op.create_table(
        "report_versions",
        *_shared_columns(),
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        _reference("draft_id", "report_versions", "report_drafts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_versions")),
    )
    op.create_index(op.f("ix_report_versions_draft_id"), "report_versions", ["draft_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_report_versions_draft_id"), table_name="report_versions")
    op.drop_table("report_versions")
    op.drop_index(op.f("ix_report_sections_entity_id"), table_name="report_sections")
    op.drop_index(op.f("ix_report_sections_draft_id"), table_name="report_sections")
    op.drop_table("report_sections")
    op.drop_index(op.f("ix_report_drafts_event_id"), table_name="report_drafts")
    op.drop_table("report_drafts")
    op.drop_index(op.f("ix_reporting_events_due_date"), table_name="reporting_events")
    op.drop_index(op.f("ix_reporting_events_document_id"), table_name="reporting_events")
    op.drop_index(op.f("ix_reporting_events_default_key"), table_name="reporting_events")
    op.drop_table("reporting_events")
