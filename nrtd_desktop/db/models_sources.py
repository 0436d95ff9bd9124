"""Where recommendations come from and what their sources said (revision 0008_uhri_vocabulary).

* ``recommendation_sources``: every (source, key) a recommendation was imported under. One
  recommendation arrives from UPR Info, from UHRI (and again under a new annotation id), from the
  committee's own workbook: each adds its key here, so that the register keeps one record. The
  ``row_digest`` is a hash of the source row as last imported: a re-import of an unchanged row is
  known unchanged without comparing a field (and a committee's edit since is not undone).
* ``recommendation_countries``: the State(s) under review, for every source.
* ``recommendation_regions``, ``recommendation_sdg_goals``, ``recommendation_mandates``: regions
  concerned, SDG goals named without a target ("5 - GENDER EQUALITY"), the special-procedure
  mandate(s) behind an SP recommendation.
* ``recommendation_labels``: the values of a source the vocabularies do not know, kept as the
  file wrote them (a theme, a group, a State...) until someone maps them (vocabulary screen);
  ``vocabulary_mappings`` remembers each mapping, for the records that carry the label and for
  every later import.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from nrtd_desktop.db.base import Base, refers_to, utcnow
from nrtd_desktop.db.models_reference import Mandate, Region  # noqa: F401  (tables the links point at)


def _links(name: str, column: str, target: str, column_type: Integer | String) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(
            "recommendation_id",
            String(36),
            refers_to("recommendations.id"),
            primary_key=True,
        ),
        Column(column, column_type, ForeignKey(target, ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{column}", column, "recommendation_id"),
    )


recommendation_countries = _links("recommendation_countries", "state_alpha3", "states.alpha3", String(3))
recommendation_regions = _links("recommendation_regions", "region_key", "regions.key", String(60))
recommendation_sdg_goals = _links("recommendation_sdg_goals", "goal", "sdg_goals.number", Integer())
recommendation_mandates = _links("recommendation_mandates", "mandate_code", "mandates.code", String(40))

recommendation_sources = Table(
    "recommendation_sources",
    Base.metadata,
    Column("source_format", String(20), primary_key=True),
    Column("source_key", String(120), primary_key=True),
    Column(
        "recommendation_id",
        String(36),
        refers_to("recommendations.id"),
        nullable=False,
    ),
    Column("row_digest", String(32)),
    Index("ix_recommendation_sources_recommendation", "recommendation_id"),
)

recommendation_labels = Table(
    "recommendation_labels",
    Base.metadata,
    Column(
        "recommendation_id",
        String(36),
        refers_to("recommendations.id"),
        primary_key=True,
    ),
    Column("vocabulary", String(20), primary_key=True),  # theme, group, sdg, state, country, region...
    Column("label", String(500), primary_key=True),
    Index("ix_recommendation_labels_label", "vocabulary", "label", "recommendation_id"),
)


# Suggestions the committee turned down (revision 0013_suggestions): a label of a vocabulary
# ("themes", "groups", "sdg") that the suggestion models must not offer for this record again.
# A decision about the record's classification, so part of its content: packages carry it, a
# deletion keeps it and its undo brings it back (db/content.py ROW_LISTS).
recommendation_rejected_suggestions = Table(
    "recommendation_rejected_suggestions",
    Base.metadata,
    Column(
        "recommendation_id",
        String(36),
        refers_to("recommendations.id"),
        primary_key=True,
    ),
    Column("vocabulary", String(10), primary_key=True),
    Column("label", String(120), primary_key=True),
)


class VocabularyMapping(Base):
    """A label of a source file mapped by the committee to a known value (or to nothing)."""

    __tablename__ = "vocabulary_mappings"

    vocabulary: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_key: Mapped[str] = mapped_column(String(500), primary_key=True)  # catalog.match_key(label)
    label: Mapped[str] = mapped_column(String(500), nullable=False)
    target: Mapped[str] = mapped_column(String(120), nullable=False)  # a key, code or number
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
