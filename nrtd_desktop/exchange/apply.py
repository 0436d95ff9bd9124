"""Writing a reviewed merge: one transaction, versions checked again, the losing values kept.

The caller opens the transaction (``ServiceContext.write``) and takes the snapshot first. Inside,
the history listener records every change with origin "package"; ``keep_versions`` stops it from
counting the merge as a local edit, so versions are set here: a new record keeps the sender's
version, a changed one goes one past ours (a laptop's counter never goes back). For every
resolved conflict a history row (operation "conflict") keeps the losing value beside the winner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.history import Actor, bind_actor
from nrtd_desktop.db.models import SHARED_MODELS, HistoryEntry, Recommendation, Tombstone
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.exchange import store
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.plan import RECORD_FIELD, Choice, ItemKind, MergePlan, PlanItem
from nrtd_desktop.exchange.records import (
    LINKS,
    TABLE_ORDER,
    content_columns,
    content_of,
    write_fields,
    write_stamps,
)


@dataclass(frozen=True)
class ApplyResult:
    package_id: str
    counts: dict[str, int]
    conflicts_resolved: int
    conflicts_deferred: int
    already_applied: bool = False


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return ", ".join(value) if isinstance(value, list) else str(value)


class _Applier:
    def __init__(self, session: Session, plan: MergePlan, actor: Actor, detail: str) -> None:
        self.session = session
        self.plan = plan
        self.actor = actor
        self.detail = detail
        self.sender = plan.manifest.sender.site_id
        self.next_rowid: int | None = None

    def _loser(self, item: PlanItem, field: str, loser: Any, winner: Any) -> None:
        self.session.add(
            HistoryEntry(
                at=utcnow(),
                actor=self.actor.name,
                actor_entity=self.actor.entity,
                site_id=self.actor.site_id,
                origin=ChangeOrigin.PACKAGE.value,
                origin_detail=self.detail,
                table_name=item.table,
                record_id=item.record_id,
                operation="conflict",
                field=field,
                old_value=_text(loser),
                new_value=_text(winner),
            )
        )

    def _rowid(self) -> int:
        if self.next_rowid is None:
            from nrtd_desktop.services.recommendations import next_search_rowid

            self.next_rowid = next_search_rowid(self.session)
        self.next_rowid += 1
        return self.next_rowid - 1

    def _insert(self, item: PlanItem) -> Any:
        assert item.content is not None
        model = SHARED_MODELS[item.table]
        record = model(id=item.record_id)
        if isinstance(record, Recommendation):
            record.search_rowid = self._rowid()
        names = [n for n in [*content_columns(item.table), *LINKS.get(item.table, {})] if n in item.content]
        write_fields(self.session, record, item.content, names)
        record.version = item.their_version
        write_stamps(record, item.stamps)
        self.session.add(record)
        tomb = self.session.get(Tombstone, item.record_id) if item.kind is not ItemKind.NEW else None
        if tomb is not None:  # restored: the deletion is no longer in force here
            self.session.delete(tomb)
        return record

    def _update(self, item: PlanItem, record: Any) -> None:
        assert item.content is not None
        winners = {c.field for c in item.conflicts if c.choice is Choice.THEIRS}
        names = [*item.take, *sorted(winners)]
        write_fields(self.session, record, item.content, names)
        record.version = (record.version or 0) + 1
        if content_of(record) == {k: item.content.get(k) for k in content_of(record)}:
            write_stamps(record, {k: v for k, v in item.stamps.items() if k.startswith("updated")})
        else:
            record.updated_at, record.updated_by, record.updated_site = (
                utcnow(),
                self.actor.name,
                self.actor.site_id,
            )

    def _bookkeep(
        self,
        item_table: str,
        record_id: str,
        their_version: int,
        content: dict[str, Any] | None,
        my_version: int | None,
        deletion_sent: int | None = None,
    ) -> None:
        row = store.row_for(self.session, self.sender, item_table, record_id)
        row.peer_version = their_version
        row.received_content = store.dumps(content)
        row.received_local_version = my_version
        if deletion_sent is not None:
            row.sent_version, row.sent_content = deletion_sent, None

    def apply_item(self, item: PlanItem) -> None:
        model = SHARED_MODELS[item.table]
        record = None if item.kind is ItemKind.NEW else self.session.get(model, item.record_id)
        deferred = any(c.deferred for c in item.conflicts)
        record_choice = next((c.choice for c in item.conflicts if c.field == RECORD_FIELD), None)
        if item.kind in (ItemKind.NEW, ItemKind.RESTORED) or (
            item.my_deletion and record_choice is Choice.THEIRS
        ):
            record = self._insert(item)
            if item.my_deletion:
                self._loser(item, RECORD_FIELD, "(deleted)", "(restored)")
            self._bookkeep(item.table, item.record_id, item.their_version, item.content, record.version)
            return
        if item.my_deletion:  # kept deleted here: our deletion goes back to the sender
            self._loser(item, RECORD_FIELD, json.dumps(item.content, ensure_ascii=False), "(deleted)")
            row = store.row_for(self.session, self.sender, item.table, item.record_id)
            if not deferred:
                row.peer_version, row.received_content, row.received_local_version = (
                    item.their_version,
                    None,
                    None,
                )
            row.sent_version = None
            return
        if item.their_deletion:
            if record_choice is Choice.MINE:  # kept here against their deletion: it goes back to them
                self._loser(item, RECORD_FIELD, "(deleted)", "(kept)")
                if not deferred:
                    self._bookkeep(item.table, item.record_id, item.their_version, None, None)
                return
            if record_choice is Choice.THEIRS:
                self._loser(item, RECORD_FIELD, json.dumps(item.mine, ensure_ascii=False), "(deleted)")
            tomb_version = (record.version or 0) + 1
            self.session.delete(record)
            self._bookkeep(
                item.table, item.record_id, item.their_version, None, None, deletion_sent=tomb_version
            )
            return
        self._update(item, record)
        for conflict in item.conflicts:
            if conflict.deferred:
                continue
            if conflict.choice is Choice.THEIRS:
                self._loser(item, conflict.field, conflict.mine, conflict.theirs)
            else:
                self._loser(item, conflict.field, conflict.theirs, conflict.mine)
        if deferred:
            return  # the base stays where it was: the coordinator sees the conflict next time
        same = (
            content_of(record) == {k: item.content.get(k) for k in content_of(record)}
            if item.content
            else False
        )
        self._bookkeep(
            item.table, item.record_id, item.their_version, item.content, record.version if same else None
        )


def _prefetch(session: Session, plan: MergePlan) -> None:
    """Load the records the plan touches in a few queries (``session.get`` then finds them)."""
    for table in TABLE_ORDER:
        ids = [item.record_id for item in plan.items if item.table == table]
        model = SHARED_MODELS[table]
        for start in range(0, len(ids), 500):
            list(session.scalars(select(model).where(model.id.in_(ids[start : start + 500]))))
    list(
        session.scalars(
            select(store.ExchangeRecord).where(store.ExchangeRecord.peer_key == plan.manifest.sender.site_id)
        )
    )


def _check_unchanged(session: Session, plan: MergePlan) -> None:
    for item in plan.items:
        record = session.get(SHARED_MODELS[item.table], item.record_id)
        version = None if record is None else record.version
        if version != item.my_version:
            raise ExchangeError("exchange.changed_since_review")


def apply_plan(
    session: Session, plan: MergePlan, actor: Actor, detail: str, file_name: str = ""
) -> ApplyResult:
    """Write ``plan`` in the caller's transaction. A plan already applied changes nothing."""
    manifest = plan.manifest
    if plan.already_applied or store.is_applied(session, manifest.package_id):
        return ApplyResult(manifest.package_id, plan.counts(), 0, 0, already_applied=True)
    if plan.problems:
        raise ExchangeError("exchange.blocked", reason=" ".join(p.text("en") for p in plan.problems))
    unresolved = plan.unresolved_count()
    if unresolved:
        raise ExchangeError("exchange.unresolved", count=unresolved)
    bind_actor(session, actor, ChangeOrigin.PACKAGE, detail, keep_versions=True)
    _prefetch(session, plan)
    _check_unchanged(session, plan)
    applier = _Applier(session, plan, actor, detail)
    order = {table: index for index, table in enumerate(TABLE_ORDER)}
    writes = sorted((i for i in plan.items if not i.their_deletion), key=lambda i: order[i.table])
    deletions = sorted((i for i in plan.items if i.their_deletion), key=lambda i: -order[i.table])
    try:
        with session.no_autoflush:
            previous = None
            for item in [*writes, *deletions]:
                if previous is not None and previous != (item.table, item.their_deletion):
                    session.flush()  # parents are in the database before their children arrive
                previous = (item.table, item.their_deletion)
                applier.apply_item(item)
        session.flush()
        for settled in plan.settled:
            applier._bookkeep(
                settled.table, settled.record_id, settled.their_version, settled.content, settled.my_version
            )
        _remember_peer_and_package(session, plan, file_name)
        session.flush()
    except sa_exc.IntegrityError as error:
        raise ExchangeError("exchange.blocked", reason=str(error.orig)) from error
    conflicts = [c for item in plan.conflicts for c in item.conflicts]
    deferred = sum(1 for c in conflicts if c.deferred)
    return ApplyResult(manifest.package_id, plan.counts(), len(conflicts) - deferred, deferred)


def _remember_peer_and_package(session: Session, plan: MergePlan, file_name: str) -> None:
    manifest = plan.manifest
    sender = manifest.sender
    peer = session.get(store.ExchangePeer, sender.site_id) or store.ExchangePeer(site_id=sender.site_id)
    peer.name, peer.entity_code, peer.computer, peer.role = (
        sender.name,
        sender.entity,
        sender.computer,
        sender.role,
    )
    peer.last_seen_at = utcnow()
    session.add(peer)
    session.add(
        store.ExchangePackage(
            package_id=manifest.package_id,
            direction="applied",
            sender_site=sender.site_id,
            channel=manifest.channel,
            sequence=manifest.sequence,
            created_at=manifest.created_at,
            file_name=file_name,
            summary=json.dumps(plan.counts()),
        )
    )


def applied_packages(session: Session) -> list[store.ExchangePackage]:
    return list(session.scalars(select(store.ExchangePackage).order_by(store.ExchangePackage.recorded_at)))
