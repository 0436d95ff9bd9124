"""The register: documents, recommendations, entities, clusters and their links."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from nrtd_desktop.db.base import Base, SharedRecord, refers_to
from nrtd_desktop.db.enum_type import StrEnumText, as_member
from nrtd_desktop.db.models_reference import (
    AffectedGroup,
    Body,
    Mandate,
    Region,
    SdgGoal,
    SdgTarget,
    State,
    Theme,
)
from nrtd_desktop.db.models_sources import (
    recommendation_countries,
    recommendation_mandates,
    recommendation_regions,
    recommendation_sdg_goals,
)
from nrtd_desktop.domain.enums import ImplementationStatus, Position, Priority
from nrtd_desktop.domain.references import reference_order


def _link_table(name: str, left: str, right_col: str, right_ref: str, right_type: String) -> Table:
    """A many-to-many table from recommendations to a reference or entity table.

    The index on the right column also holds the recommendation (revision 0005): a facet
    reads the ids of a theme's records from the index alone."""
    # Reference data (themes, States...) is the same everywhere and never deleted by a person;
    # an entity is a committee record, deleted only through db/deletions.py.
    right_key = (
        refers_to(right_ref) if right_ref == "entities.id" else ForeignKey(right_ref, ondelete="CASCADE")
    )
    return Table(
        name,
        Base.metadata,
        Column(left, String(36), refers_to("recommendations.id"), primary_key=True),
        Column(right_col, right_type, right_key, primary_key=True),
        Index(f"ix_{name}_{right_col}", right_col, left),
    )


recommendation_themes = _link_table(
    "recommendation_themes", "recommendation_id", "theme_key", "themes.key", String(120)
)
recommendation_groups = _link_table(
    "recommendation_groups", "recommendation_id", "group_key", "affected_groups.key", String(120)
)
recommendation_sdg_targets = _link_table(
    "recommendation_sdg_targets", "recommendation_id", "target_code", "sdg_targets.code", String(8)
)
recommendation_states = _link_table(
    "recommendation_states", "recommendation_id", "state_alpha3", "states.alpha3", String(3)
)
recommendation_supporting_entities = _link_table(
    "recommendation_supporting_entities", "recommendation_id", "entity_id", "entities.id", String(36)
)
cluster_supporting_entities = Table(
    "cluster_supporting_entities",
    Base.metadata,
    Column("cluster_id", String(36), refers_to("clusters.id"), primary_key=True),
    Column("entity_id", String(36), refers_to("entities.id"), primary_key=True),
)


class Entity(SharedRecord, Base):
    """A ministry or agency that leads or supports implementation."""

    __tablename__ = "entities"

    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name_ar: Mapped[str] = mapped_column(String(300), nullable=False)
    name_en: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="other")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Document(SharedRecord, Base):
    """The UN document a recommendation comes from (a UPR report, concluding observations...)."""

    __tablename__ = "documents"

    symbol: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    body_code: Mapped[str] = mapped_column(ForeignKey("bodies.code"), nullable=False)
    title_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    date: Mapped[date | None] = mapped_column(Date)
    cycle: Mapped[int | None] = mapped_column(Integer)
    session: Mapped[str | None] = mapped_column(String(20))


class Cluster(SharedRecord, Base):
    """Recommendations that ask for the same thing, planned once (مجموعة مواضيعية)."""

    __tablename__ = "clusters"

    name_ar: Mapped[str] = mapped_column(String(300), nullable=False)
    name_en: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    description_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    lead_entity_id: Mapped[str | None] = mapped_column(refers_to("entities.id"))

    lead_entity: Mapped[Entity | None] = relationship(foreign_keys=[lead_entity_id])
    supporting_entities: Mapped[list[Entity]] = relationship(secondary=cluster_supporting_entities)


def _reference_order_default(context: Any) -> str:
    return reference_order(str(context.get_current_parameters().get("reference") or ""))


class Recommendation(SharedRecord, Base):
    __tablename__ = "recommendations"
    __table_args__ = (
        Index("ix_recommendations_mechanism_body", "mechanism", "body_code"),
        Index("ix_recommendations_status_priority", "status", "priority"),
        # The reference's order with the id: a page walked along it tests each record's links
        # without reading the record (revision 0017_order_ids).
        Index("ix_recommendations_reference_order_id", "reference_order", "id"),
    )

    reference: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    # The natural order of references (CAT-2016-8 before CAT-2016-40), derived from the reference
    # on every write (db/writes.py, the importers' bulk paths; the default catches any other
    # insert). Revision 0010_ui_settings.
    reference_order: Mapped[str] = mapped_column(
        String(400), nullable=False, default=_reference_order_default, server_default=""
    )
    mechanism: Mapped[str] = mapped_column(String(3), nullable=False)  # MechanismKind, from the body
    body_code: Mapped[str] = mapped_column(ForeignKey("bodies.code"), nullable=False)
    document_id: Mapped[str | None] = mapped_column(refers_to("documents.id"))
    # Denormalised from the document so the register filters and sorts without a join.
    document_symbol: Mapped[str | None] = mapped_column(String(120))
    publication_date: Mapped[date | None] = mapped_column(Date, index=True)
    cycle: Mapped[int | None] = mapped_column(Integer, index=True)
    session: Mapped[str | None] = mapped_column(String(20))
    paragraph: Mapped[str | None] = mapped_column(String(40))
    text_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    text_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    annotation_type: Mapped[str] = mapped_column(String(20), nullable=False, default="recommendation")
    position: Mapped[Position | None] = mapped_column(StrEnumText(Position, 20), index=True)
    position_source: Mapped[str | None] = mapped_column(String(200))
    action_category: Mapped[int | None] = mapped_column(Integer)
    priority: Mapped[Priority | None] = mapped_column(StrEnumText(Priority, 10))
    priority_score: Mapped[float | None] = mapped_column(Float)
    priority_overridden: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    priority_reason: Mapped[str | None] = mapped_column(Text)
    priority_judgement: Mapped[int | None] = mapped_column(Integer)  # the committee's rating, 1-5
    status: Mapped[ImplementationStatus] = mapped_column(
        StrEnumText(ImplementationStatus, 30), nullable=False, default=ImplementationStatus.NOT_STARTED
    )
    status_overridden: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status_override_reason: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cluster_id: Mapped[str | None] = mapped_column(refers_to("clusters.id"), index=True)
    lead_entity_id: Mapped[str | None] = mapped_column(
        refers_to("entities.id"), index=True
    )
    # Where an imported row came from, so that importing the same file again updates it.
    source_format: Mapped[str | None] = mapped_column(String(20))
    source_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    # The Arabic-normalised text the full-text index is built from (see domain/arabic.py),
    # and the integer key of that index (FTS5 needs an integer rowid that never changes).
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    search_rowid: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)

    body: Mapped[Body] = relationship()
    document: Mapped[Document | None] = relationship()
    cluster: Mapped[Cluster | None] = relationship()
    lead_entity: Mapped[Entity | None] = relationship(foreign_keys=[lead_entity_id])
    supporting_entities: Mapped[list[Entity]] = relationship(secondary=recommendation_supporting_entities)
    themes: Mapped[list[Theme]] = relationship(secondary=recommendation_themes)
    affected_groups: Mapped[list[AffectedGroup]] = relationship(secondary=recommendation_groups)
    sdg_targets: Mapped[list[SdgTarget]] = relationship(secondary=recommendation_sdg_targets)
    recommending_states: Mapped[list[State]] = relationship(secondary=recommendation_states)
    # What the sources say (revision 0008_uhri_vocabulary, models_sources.py).
    countries: Mapped[list[State]] = relationship(secondary=recommendation_countries)
    regions: Mapped[list[Region]] = relationship(secondary=recommendation_regions)
    sdg_goals: Mapped[list[SdgGoal]] = relationship(secondary=recommendation_sdg_goals)
    mandates: Mapped[list[Mandate]] = relationship(secondary=recommendation_mandates)

    _VOCABULARIES: ClassVar[dict[str, type[StrEnum]]] = {
        "position": Position, "status": ImplementationStatus, "priority": Priority,
    }

    @validates("position", "status", "priority")
    def _as_member(self, key: str, value: object) -> Any:
        """A value set as text is kept as the member it names (the services hand over text)."""
        return as_member(self._VOCABULARIES[key], value)


class RecommendationLink(SharedRecord, Base):
    """Two recommendations marked as related, or as the same request ("same as")."""

    __tablename__ = "recommendation_links"
    __table_args__ = (UniqueConstraint("from_id", "to_id", name="uq_recommendation_links_pair"),)

    from_id: Mapped[str] = mapped_column(refers_to("recommendations.id"), nullable=False)
    to_id: Mapped[str] = mapped_column(
        refers_to("recommendations.id"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # "related" | "same"
