"""Per-peer bookkeeping of exchanges: who we exchanged with, which packages, which record versions.

Why tables and not ``meta``: a three-way merge needs, for each record and each peer laptop, the
versions last exchanged and the content both sides had then (the *base*). Versions are counters of
one laptop each (never compared across laptops, never clocks):

- ``peer_version`` is the peer's version of the record we last received (a later package holding
  an older version is stale: it is skipped, so packages may arrive out of order);
- ``received_local_version`` / ``received_content``: our version right after applying it and the
  peer's content as received (a base both sides had);
- ``sent_version`` / ``sent_content``: our version and content in the last package we sent that
  peer (the peer names it back as ``base_version``, so we know what it had when it edited).

A *peer key* is the peer's site id, or ``entity:CODE`` / ``all`` for a package made before the
receiving laptop was known (a new laptop starting from nothing).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from nrtd_desktop.db.base import Base, utcnow


class ExchangePeer(Base):
    """A laptop we exchanged packages with."""

    __tablename__ = "exchange_peers"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    entity_code: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    computer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class ExchangePackage(Base):
    """A package sent or applied: applied ids make a second import a no-op; sequences show gaps."""

    __tablename__ = "exchange_packages"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)  # "sent" | "applied"
    sender_site: Mapped[str] = mapped_column(String(36), nullable=False)
    channel: Mapped[str] = mapped_column(String(80), nullable=False)  # the receiver: site, entity:CODE or all
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[str] = mapped_column(String(40), nullable=False, default="")  # as the sender wrote it
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class ExchangeRecord(Base):
    """The state of one record as last exchanged with one peer (see the module docstring)."""

    __tablename__ = "exchange_records"

    peer_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    peer_version: Mapped[int | None] = mapped_column(Integer)
    received_local_version: Mapped[int | None] = mapped_column(Integer)
    received_content: Mapped[str | None] = mapped_column(Text)
    sent_version: Mapped[int | None] = mapped_column(Integer)
    sent_content: Mapped[str | None] = mapped_column(Text)


def entity_channel(code: str) -> str:
    return f"entity:{code}"


ALL_CHANNEL = "all"
COORDINATOR_CHANNEL = "coordinator"


def peer_rows(session: Session, peer_keys: list[str]) -> dict[str, ExchangeRecord]:
    """Record id -> bookkeeping row, the first peer key that has one winning."""
    rows: dict[str, ExchangeRecord] = {}
    for key in peer_keys:
        for row in session.scalars(select(ExchangeRecord).where(ExchangeRecord.peer_key == key)):
            rows.setdefault(row.record_id, row)
    return rows


def row_for(session: Session, peer_key: str, table: str, record_id: str) -> ExchangeRecord:
    # A row added a moment ago is pending, not yet in the identity map that ``get`` looks in.
    pending: dict[tuple[str, str], ExchangeRecord] = session.info.setdefault("nrtd_exchange_rows", {})
    row = pending.get((peer_key, record_id)) or session.get(ExchangeRecord, (peer_key, record_id))
    if row is None:
        row = ExchangeRecord(peer_key=peer_key, record_id=record_id, table_name=table)
        session.add(row)
        pending[(peer_key, record_id)] = row
    return row


def dumps(content: dict[str, Any] | None) -> str | None:
    return None if content is None else json.dumps(content, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)


def next_sequence(session: Session, sender_site: str, channel: str) -> int:
    last = session.scalars(
        select(ExchangePackage.sequence).where(
            ExchangePackage.direction == "sent",
            ExchangePackage.sender_site == sender_site,
            ExchangePackage.channel == channel,
        )
    ).all()
    return max(last, default=0) + 1


def applied_sequences(session: Session, sender_site: str, channel: str) -> list[int]:
    return sorted(
        session.scalars(
            select(ExchangePackage.sequence).where(
                ExchangePackage.direction == "applied",
                ExchangePackage.sender_site == sender_site,
                ExchangePackage.channel == channel,
            )
        ).all()
    )


def is_applied(session: Session, package_id: str) -> bool:
    row = session.get(ExchangePackage, package_id)
    return row is not None and row.direction == "applied"


class SyncView:
    """What we know of one record with one peer, gathered over the peer's keys (site first)."""

    __slots__ = ("peer_version", "received_content", "received_local_version", "sent_content", "sent_version")

    def __init__(self) -> None:
        self.peer_version: int | None = None
        self.received_local_version: int | None = None
        self.received_content: str | None = None
        self.sent_version: int | None = None
        self.sent_content: str | None = None

    def last_exchanged(self) -> int | None:
        known = [v for v in (self.sent_version, self.received_local_version) if v is not None]
        return max(known) if known else None


def sync_views(session: Session, peer_keys: list[str]) -> dict[str, SyncView]:
    views: dict[str, SyncView] = {}
    for key in peer_keys:
        for row in session.scalars(select(ExchangeRecord).where(ExchangeRecord.peer_key == key)):
            view = views.setdefault(row.record_id, SyncView())
            if view.peer_version is None and row.peer_version is not None:
                view.peer_version = row.peer_version
                view.received_local_version = row.received_local_version
                view.received_content = row.received_content
            if view.sent_version is None and row.sent_version is not None:
                view.sent_version = row.sent_version
                view.sent_content = row.sent_content
    return views


def peer_keys_for(session: Session, site_id: str | None, entity_code: str | None) -> list[str]:
    """The bookkeeping keys of one peer: its site, then the channels used before it was known."""
    keys = [site_id] if site_id else []
    channels = session.scalars(select(ExchangeRecord.peer_key).distinct()).all()
    if entity_code:
        keys += sorted(k for k in channels if k.startswith("entity:") and entity_code in k[7:].split("+"))
    keys += [k for k in (COORDINATOR_CHANNEL, ALL_CHANNEL) if k in channels]
    return keys
