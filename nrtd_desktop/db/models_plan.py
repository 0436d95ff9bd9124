"""The implementation plan: actions, indicators, progress updates, challenges."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Column, Date, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from nrtd_desktop.db.base import Base, SharedRecord, refers_to
from nrtd_desktop.db.enum_type import StrEnumText, as_member
from nrtd_desktop.db.models_register import Entity
from nrtd_desktop.domain.enums import ActionStatus, ChallengeStatus

action_partners = Table(
    "action_partners",
    Base.metadata,
    Column("action_id", String(36), refers_to("actions.id"), primary_key=True),
    Column("entity_id", String(36), refers_to("entities.id"), primary_key=True),
)


class Action(SharedRecord, Base):
    """Something that will be done for one recommendation or for a whole cluster."""

    __tablename__ = "actions"

    recommendation_id: Mapped[str | None] = mapped_column(
        refers_to("recommendations.id"), index=True
    )
    cluster_id: Mapped[str | None] = mapped_column(refers_to("clusters.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    lead_entity_id: Mapped[str | None] = mapped_column(
        refers_to("entities.id"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        StrEnumText(ActionStatus, 20), nullable=False, default=ActionStatus.NOT_STARTED
    )
    budget: Mapped[str] = mapped_column(Text, nullable=False, default="")
    expected_output_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    expected_output_en: Mapped[str] = mapped_column(Text, nullable=False, default="")

    lead_entity: Mapped[Entity | None] = relationship(foreign_keys=[lead_entity_id])
    partners: Mapped[list[Entity]] = relationship(secondary=action_partners)

    @validates("status")
    def _as_member(self, key: str, value: object) -> Any:
        return as_member(ActionStatus, value)


class Indicator(SharedRecord, Base):
    """How the committee will know an action or recommendation is achieved (OHCHR framework)."""

    __tablename__ = "indicators"

    action_id: Mapped[str | None] = mapped_column(refers_to("actions.id"), index=True)
    recommendation_id: Mapped[str | None] = mapped_column(
        refers_to("recommendations.id"), index=True
    )
    indicator_type: Mapped[str] = mapped_column(String(20), nullable=False, default="process")
    name_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    name_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    baseline: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    target: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    current_value: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    data_source: Mapped[str] = mapped_column(Text, nullable=False, default="")
    frequency: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    responsible_entity_id: Mapped[str | None] = mapped_column(refers_to("entities.id"))


class ProgressUpdate(SharedRecord, Base):
    """A dated report of what happened, with evidence (تحديث التقدم)."""

    __tablename__ = "progress_updates"

    action_id: Mapped[str] = mapped_column(
        refers_to("actions.id"), nullable=False, index=True
    )
    indicator_id: Mapped[str | None] = mapped_column(refers_to("indicators.id"))
    reported_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    narrative_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    narrative_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    percent: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")
    entity_id: Mapped[str | None] = mapped_column(refers_to("entities.id"))
    reporter: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Challenge(SharedRecord, Base):
    """An obstacle to implementation and what would overcome it (التحديات والعقبات)."""

    __tablename__ = "challenges"

    recommendation_id: Mapped[str | None] = mapped_column(
        refers_to("recommendations.id"), index=True
    )
    action_id: Mapped[str | None] = mapped_column(refers_to("actions.id"), index=True)
    entity_id: Mapped[str | None] = mapped_column(refers_to("entities.id"), index=True)
    category: Mapped[str] = mapped_column(String(30), nullable=False, default="other")
    description_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    effect_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    effect_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mitigation_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mitigation_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    support_needed_ar: Mapped[str] = mapped_column(Text, nullable=False, default="")
    support_needed_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[ChallengeStatus] = mapped_column(
        StrEnumText(ChallengeStatus, 20), nullable=False, default=ChallengeStatus.OPEN
    )
    reported_on: Mapped[date | None] = mapped_column(Date)

    @validates("status")
    def _as_member(self, key: str, value: object) -> Any:
        return as_member(ChallengeStatus, value)
