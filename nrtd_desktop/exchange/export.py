"""Making a package: choose the records, say what the receiver last had, encrypt, remember it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop import __version__
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.migrate import head_revision
from nrtd_desktop.db.models import SHARED_MODELS, Entity, Tombstone
from nrtd_desktop.exchange import slices, store
from nrtd_desktop.exchange.committee import manifest_committee
from nrtd_desktop.exchange.container import write_package
from nrtd_desktop.exchange.manifest import DELETIONS_PART, RECORDS_PART, Manifest, Party
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.records import TABLE_ORDER, content_of, stamps_of


@dataclass(frozen=True)
class ExportRequest:
    entity_codes: tuple[str, ...] = ()
    whole_plan: bool = False
    since_last: bool = False
    # One known laptop (its site id or its person's name): the package is counted as sent to it,
    # so that ``since_last`` means "since the last package to or from that laptop".
    to_peer: str = ""


@dataclass(frozen=True)
class ExportResult:
    path: str
    manifest: Manifest
    counts: dict[str, int]


def _receiver(session: Session, request: ExportRequest, codes: list[str]) -> tuple[Party, str, list[str]]:
    """(what we know of the receiver, the channel our sequence counts, its bookkeeping keys)."""
    peers = list(session.scalars(select(store.ExchangePeer).order_by(store.ExchangePeer.last_seen_at.desc())))
    if request.to_peer:
        wanted = request.to_peer.strip()
        peer = next((p for p in peers if wanted in (p.site_id, p.name)), None)
        if peer is None:
            raise ExchangeError("exchange.unknown_peer", peer=wanted)
    elif codes:
        peer = next(
            (p for p in peers if len(codes) == 1 and p.entity_code == codes[0] and p.role != "coordinator"),
            None,
        )
        if peer is None:
            channel = store.entity_channel("+".join(codes))
            return (
                Party(entity="+".join(codes)),
                channel,
                [channel, *store.peer_keys_for(session, None, codes[0])],
            )
    elif request.whole_plan and not request.since_last:
        return Party(), store.ALL_CHANNEL, [store.ALL_CHANNEL]
    else:  # a member's changes go to the coordinator
        peer = next((p for p in peers if p.role == "coordinator"), None)
        if peer is None:
            return Party(role="coordinator"), store.COORDINATOR_CHANNEL, [store.COORDINATOR_CHANNEL]
    party = Party(
        site_id=peer.site_id, name=peer.name, entity=peer.entity_code, computer=peer.computer, role=peer.role
    )
    return party, peer.site_id, store.peer_keys_for(session, peer.site_id, peer.entity_code)


def _entity_ids(session: Session, codes: list[str]) -> list[str]:
    ids = []
    for code in codes:
        entity_id = session.scalar(select(Entity.id).where(Entity.code == code))
        if entity_id is None:
            raise ExchangeError("exchange.unknown_entity", code=code)
        ids.append(entity_id)
    return ids


def _record_entry(record: Any, view: store.SyncView | None, context: bool) -> dict[str, Any]:
    return {
        "table": record.__tablename__,
        "id": record.id,
        "version": record.version,
        "base_version": view.peer_version if view else None,
        "content": content_of(record),
        "stamps": stamps_of(record),
        "context": context,
    }


def export_package(
    session: Session, me: Party, out: Path, passphrase: str, request: ExportRequest
) -> ExportResult:
    """Write the package to ``out`` and record it as sent, in the caller's transaction."""
    codes = sorted({code.strip().upper() for code in request.entity_codes if code.strip()})
    receiver, channel, keys = _receiver(session, request, codes)
    views = store.sync_views(session, keys)
    if codes:
        chosen = slices.entity_slice(session, _entity_ids(session, codes))
    else:
        chosen = slices.whole_plan(session)
    context = slices.empty()
    if request.since_last:
        changed = slices.empty()
        for table in TABLE_ORDER:
            model = SHARED_MODELS[table]
            for record_id, version in session.execute(
                select(model.id, model.version).where(model.id.in_(chosen[table]))
            ):
                view = views.get(record_id)
                if view is None or view.last_exchanged() != version:
                    changed[table].add(record_id)
        context = slices.added_parents(session, changed)
        chosen = {table: changed[table] | context[table] for table in TABLE_ORDER}
    records: list[dict[str, Any]] = []
    for table in TABLE_ORDER:
        model = SHARED_MODELS[table]
        ids = sorted(chosen[table])
        for start in range(0, len(ids), 500):
            for record in session.scalars(
                select(model).where(model.id.in_(ids[start : start + 500])).order_by(model.id)
            ):
                records.append(_record_entry(record, views.get(record.id), record.id in context[table]))
    deletions = []
    # The whole plan goes to anyone (a new laptop, a copy of this database made a new site, a
    # laptop that got some records by another way): like every record, every deletion goes, and
    # the receiver settles those it never had. Other packages carry the deletions of records the
    # receiver is known to have had.
    complete = request.whole_plan and not request.since_last and not codes
    for tomb in session.scalars(select(Tombstone).order_by(Tombstone.record_id)):
        view = views.get(tomb.record_id)
        if tomb.table_name not in SHARED_MODELS:
            continue
        if complete or (view is not None and view.sent_version != tomb.version):
            deletions.append(
                {
                    "table": tomb.table_name,
                    "id": tomb.record_id,
                    "version": tomb.version,
                    "base_version": view.peer_version if view is not None else None,
                    # The records deleted together are one decision on the other side too.
                    "group": tomb.deletion_id or tomb.record_id,
                }
            )
    counts = {table: sum(1 for r in records if r["table"] == table) for table in TABLE_ORDER}
    counts["deletions"] = len(deletions)
    scope_kind = "since_last" if request.since_last else ("entities" if codes else "all")
    manifest = Manifest(
        package_id=new_id(),
        schema_version=head_revision(),
        sender=me,
        receiver=receiver,
        channel=channel,
        sequence=store.next_sequence(session, me.site_id, channel),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        scope={"kind": scope_kind, "entities": codes},
        counts=counts,
        parts={},
        kdf={},
        program_version=__version__,
        committee=manifest_committee(session),
    )
    plaintexts = {
        RECORDS_PART: json.dumps(records, ensure_ascii=False).encode("utf-8"),
        DELETIONS_PART: json.dumps(deletions, ensure_ascii=False).encode("utf-8"),
    }
    manifest = write_package(out, manifest, plaintexts, passphrase)
    _remember_sent(session, manifest, records, deletions, Path(out).name)
    return ExportResult(path=str(out), manifest=manifest, counts=counts)


def _remember_sent(
    session: Session,
    manifest: Manifest,
    records: list[dict[str, Any]],
    deletions: list[dict[str, Any]],
    file_name: str,
) -> None:
    session.add(
        store.ExchangePackage(
            package_id=manifest.package_id,
            direction="sent",
            sender_site=manifest.sender.site_id,
            channel=manifest.channel,
            sequence=manifest.sequence,
            created_at=manifest.created_at,
            file_name=file_name,
            summary=json.dumps(manifest.counts),
        )
    )
    for entry in records:
        row = store.row_for(session, manifest.channel, entry["table"], entry["id"])
        row.sent_version = entry["version"]
        row.sent_content = store.dumps(entry["content"])
    for entry in deletions:
        row = store.row_for(session, manifest.channel, entry["table"], entry["id"])
        row.sent_version = entry["version"]
        row.sent_content = None
