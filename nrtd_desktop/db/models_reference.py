"""Reference data shipped with the program: bodies, States, themes, groups, SDGs.

Keyed by their natural codes (they are the same on every laptop), filled from
``nrtd_desktop/reference/data`` at every open so a newer program brings newer lists.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from nrtd_desktop.db.base import Base


class Body(Base):
    __tablename__ = "bodies"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    mechanism: Mapped[str] = mapped_column(String(3), nullable=False)  # MechanismKind
    name_en: Mapped[str] = mapped_column(String(300), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(300), nullable=False)


class State(Base):
    __tablename__ = "states"

    alpha3: Mapped[str] = mapped_column(String(3), primary_key=True)
    alpha2: Mapped[str] = mapped_column(String(2), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(200), nullable=False)
    un_member: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Theme(Base):
    __tablename__ = "themes"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(300), nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="")


class AffectedGroup(Base):
    __tablename__ = "affected_groups"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(300), nullable=False)


class SdgGoal(Base):
    __tablename__ = "sdg_goals"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title_en: Mapped[str] = mapped_column(String(300), nullable=False)
    title_ar: Mapped[str] = mapped_column(String(300), nullable=False)


class SdgTarget(Base):
    __tablename__ = "sdg_targets"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    goal: Mapped[int] = mapped_column(ForeignKey("sdg_goals.number"), nullable=False)
    title_en: Mapped[str] = mapped_column(String(500), nullable=False)
    title_ar: Mapped[str] = mapped_column(String(500), nullable=False)


class Region(Base):
    __tablename__ = "regions"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(200), nullable=False)


class Mandate(Base):
    """A special-procedure mandate (body SP): thematic, or a country's (``country``)."""

    __tablename__ = "mandates"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(400), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(400), nullable=False)
    short_en: Mapped[str] = mapped_column(String(200), nullable=False)
    country: Mapped[str | None] = mapped_column(String(3))
    established: Mapped[int | None] = mapped_column(Integer)
    ended: Mapped[int | None] = mapped_column(Integer)
