"""Bookkeeping tables: the change history, deletions for exchange, settings kept in the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nrtd_desktop.db.base import Base, utcnow


class HistoryEntry(Base):
    """One changed field of one record: append-only, never edited."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    actor_entity: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    site_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    origin: Mapped[str] = mapped_column(String(10), nullable=False, default="local")  # ChangeOrigin
    origin_detail: Mapped[str] = mapped_column(String(300), nullable=False, default="")  # file or package
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    operation: Mapped[str] = mapped_column(String(10), nullable=False)  # create | update | delete
    field: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Tombstone(Base):
    """A deleted shared record, remembered so that a package can carry the deletion."""

    __tablename__ = "tombstones"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    deleted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    deleted_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    site_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    # The deletion it was part of (``DeletionSet``): a recommendation and its plan go together,
    # and exchange packages carry them as one group.
    deletion_id: Mapped[str | None] = mapped_column(String(36), index=True)


class DeletionSet(Base):
    """One deletion as a person (or a package) made it: the record asked for and every record that
    went with it, with their content, and the references that were cut, so that it can be put
    back exactly, with the same ids (``db/deletions.py``). Kept on this laptop, never exchanged."""

    __tablename__ = "deletion_sets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    actor_entity: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    site_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    origin: Mapped[str] = mapped_column(String(10), nullable=False, default="local")  # ChangeOrigin
    origin_detail: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    # Whose decision it was: this laptop's site, or the sender's for a deletion a package brought.
    source_site: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    root_table: Mapped[str] = mapped_column(String(60), nullable=False)
    root_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    label: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    record_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, see db/deletions.py
    restored_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    restored_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class MetaValue(Base):
    """Small named values kept with the data: the laptop's site id, priority weights, saved
    import mappings, exchange sequence numbers. ``value`` is JSON text."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
