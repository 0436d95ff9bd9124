"""Writing a reviewed merge: one transaction, versions checked again, the losing values kept.

The caller opens the transaction (``ServiceContext.write``) and takes the snapshot first. Inside,
the history listener records every change with origin "package"; ``keep_versions`` stops it from
counting the merge as a local edit, so versions are set here: a new record keeps the sender's
version, a changed one goes one past ours (a laptop's counter never goes back). For every
resolved conflict a history row (operation "conflict") keeps the losing value beside the winner;
a record that loses against a deletion keeps its whole content there.

Deletion groups (``plan.py``): where the package wins against a deletion made here, that deletion
is put back whole first (``db/deletions.restore``); where a deletion made here wins, what they sent
is kept in history and the deletion goes back to them; their deletion, applied, goes through
``db/deletions.delete`` like any other, so it can be undone here too; kept against it, every record
of it goes back to them. A member's laptop decides nothing: it keeps its side, which the next
package carries to the coordinator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.history import Actor, bind_actor
from nrtd_desktop.db.models import SHARED_MODELS, DeletionSet, HistoryEntry, Tombstone
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.exchange import store
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.plan import DELETED, RECORD_FIELD, Choice, MergePlan, PlanItem
from nrtd_desktop.exchange.records import (
    TABLE_ORDER,
    all_fields,
    content_of,
    referenced_keys,
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
        self.sent_again: set[tuple[str, str]] = set()

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

    def _insert(self, item: PlanItem) -> Any:
        assert item.content is not None
        model = SHARED_MODELS[item.table]
        record = model(id=item.record_id)
        write_fields(self.session, record, item.content, all_fields(item.table))
        record.version = item.their_version
        write_stamps(record, item.stamps)
        self.session.add(record)
        tomb = self.session.get(Tombstone, item.record_id)
        if tomb is not None:  # restored: the deletion is no longer in force here
            record.version = max(item.their_version, tomb.version + 1)
            self.session.delete(tomb)
        return record

    def _update(self, item: PlanItem, record: Any, names: list[str]) -> None:
        assert item.content is not None
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

    def _send_again(self, table: str, record_id: str) -> None:
        """Make the next package to the sender carry this record (or its deletion) again, one
        version on: the sender already holds the version it last received from us, and would
        take the same version again for an old package arriving late and skip it."""
        if (table, record_id) in self.sent_again:
            return
        self.sent_again.add((table, record_id))
        record = self.session.get(SHARED_MODELS[table], record_id)
        target = record if record is not None else self.session.get(Tombstone, record_id)
        if target is not None:
            target.version = (target.version or 0) + 1
        row = store.row_for(self.session, self.sender, table, record_id)
        row.sent_version, row.sent_content = None, None

    def _after_write(self, item: PlanItem, record: Any) -> None:
        same = item.content is not None and content_of(record) == {
            k: item.content.get(k) for k in content_of(record)
        }
        self._bookkeep(item.table, item.record_id, item.their_version, item.content,
                       record.version if same else None)

    # ---- records they sent ----------------------------------------------------------------

    def write(self, item: PlanItem) -> None:
        """A record they sent: new, put back, changed, or one that runs into a deletion made here."""
        model = SHARED_MODELS[item.table]
        record = self.session.get(model, item.record_id)
        choice, deferred = self.plan.choice_of(item) if item.group else (None, False)
        if item.group and choice is Choice.MINE:
            self._keep_my_deletion(item, record, deferred)
            return
        if item.group and not item.follows:
            self._loser(item, RECORD_FIELD, DELETED, "(restored)")
        if record is None:
            record = self._insert(item)
            self._bookkeep(item.table, item.record_id, item.their_version, item.content, record.version)
            return
        if item.group and item.my_deletion:  # our deletion was put back: their content wins whole
            self._update(item, record, [n for n in all_fields(item.table) if n in (item.content or {})])
            self._after_write(item, record)
            return
        own = [c for c in item.conflicts if c.field != RECORD_FIELD]
        winners = {c.field for c in own if c.choice is Choice.THEIRS}
        self._update(item, record, [*item.take, *sorted(winners)])
        for conflict in own:
            if conflict.deferred:
                continue
            if conflict.choice is Choice.THEIRS:
                self._loser(item, conflict.field, conflict.mine, conflict.theirs)
            else:
                self._loser(item, conflict.field, conflict.theirs, conflict.mine)
        if any(c.deferred for c in own):
            # The base stays where it was, and our value goes to the coordinator, who decides.
            self._send_again(item.table, item.record_id)
            return
        self._after_write(item, record)

    def _keep_my_deletion(self, item: PlanItem, record: Any, deferred: bool) -> None:
        """Our deletion stands against their record: what they sent is kept in history only, and
        the whole deletion goes to them again (a member's laptop sends it for the coordinator to
        decide; the coordinator's, as its decision)."""
        self._loser(item, RECORD_FIELD, json.dumps(item.content, ensure_ascii=False), DELETED)
        self._send_deletion_again(item.group.removeprefix("mine:"))
        if record is not None:  # a record here that points into our deletion: the rest of it merges
            pointing = {name for name, _t, key in referenced_keys(item.table, item.content or {})
                        if self.session.get(Tombstone, key) is not None}
            names = [n for n in item.take if n not in pointing]
            names += [c.field for c in item.conflicts
                      if c.choice is Choice.THEIRS and c.field not in pointing]
            if names:
                self._update(item, record, names)
            self._send_again(item.table, item.record_id)
            return
        if deferred:
            return
        if self.session.get(Tombstone, item.record_id) is None:
            # A record made there under one deleted here: it goes too, and is kept as a deletion
            # here, so that it can still be put back and the sender deletes it as well.
            record = SHARED_MODELS[item.table](id=item.record_id)
            write_fields(self.session, record, item.content or {}, all_fields(item.table))
            self.session.add(record)
            self.session.flush()
            deletions.delete(self.session, [record], source_site=self.actor.site_id)
        self._bookkeep(item.table, item.record_id, item.their_version, None, None)
        self._send_again(item.table, item.record_id)

    def _send_deletion_again(self, deletion_id: str) -> None:
        for table, record_id in self.session.execute(
            select(Tombstone.table_name, Tombstone.record_id).where(Tombstone.deletion_id == deletion_id)
        ):
            self._send_again(table, record_id)

    # ---- their deletions ------------------------------------------------------------------

    def delete_group(self, items: list[PlanItem]) -> None:
        """One deletion of theirs: the records it holds here go, or stay by the decision."""
        choice, deferred = self.plan.choice_of(items[0])
        if deferred:  # a member's laptop keeps them and shows them to the coordinator, who decides
            for item in items:
                self._send_again(item.table, item.record_id)
            return
        if choice is Choice.MINE:  # kept here against their deletion: everything goes back to them
            self._loser(items[0], RECORD_FIELD, DELETED, "(kept)")
            for item in items:
                if not item.local_only:
                    self._bookkeep(item.table, item.record_id, item.their_version, None, None)
                self._send_again(item.table, item.record_id)
            return
        if choice is Choice.THEIRS:
            self._loser(items[0], RECORD_FIELD, json.dumps(items[0].mine, ensure_ascii=False), DELETED)
        records = [self.session.get(SHARED_MODELS[i.table], i.record_id) for i in items]
        versions = {r.id: (r.version or 0) + 1 for r in records if r is not None}
        deletions.delete(self.session, [r for r in records if r is not None], source_site=self.sender)
        for item in items:
            tomb_version = versions.get(item.record_id)
            if item.local_only:
                row = store.row_for(self.session, self.sender, item.table, item.record_id)
                row.sent_version, row.sent_content = tomb_version, None
            else:
                self._bookkeep(item.table, item.record_id, item.their_version, None, None,
                               deletion_sent=tomb_version)


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
    try:
        with session.no_autoflush:
            # Our deletions they win against come back first, whole, so their records find
            # their parents; the references are checked at commit (deferred), not row by row.
            for item in plan.items:
                mine_group = item.group.startswith("mine:") and not item.follows
                if mine_group and plan.choice_of(item) == (Choice.THEIRS, False):
                    _put_back(session, item.group.removeprefix("mine:"))
            writes = sorted((i for i in plan.items if not i.their_deletion), key=lambda i: order[i.table])
            previous = None
            for item in writes:
                if previous is not None and previous != item.table:
                    session.flush()  # parents are in the session before their children arrive
                previous = item.table
                applier.write(item)
            session.flush()
            groups: dict[str, list[PlanItem]] = {}
            for item in plan.items:
                if item.their_deletion:
                    groups.setdefault(item.group or item.key, []).append(item)
            for items in groups.values():
                applier.delete_group(items)
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


def _put_back(session: Session, deletion_id: str) -> None:
    """Undo a deletion made here that the package wins against (once, whole)."""
    deletion = session.get(DeletionSet, deletion_id)
    if deletion is not None and deletion.restored_at is None:
        deletions.restore(session, deletion_id, with_parents=True)
        session.flush()


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
