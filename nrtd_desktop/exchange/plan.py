"""The review of a package before anything is written: a three-way merge, record by record.

For each record the package carries, the *base* is the content both laptops last had: this
laptop's own content when the sender says it based its copy on our current version; else the
content we sent at the version the sender names; else the content we last received from the
sender. Then, field by field: changed on their side only -> taken; on ours only -> kept; on both
to different values -> a conflict the coordinator resolves, seeing both values. Without any base,
every differing field is a conflict (never a silent overwrite). Laptop clocks decide nothing:
versions are per-laptop counters, and a record in an older version than one already received
from the same laptop is *stale* and skipped (packages may arrive late or out of order).

Deletions travel and merge as *groups*: a recommendation deleted with its plan is one decision
(``db/deletions.py`` keeps it as one deletion set). Their deletion of a group against an edit here
of any record of it, or against a child added here, is one conflict; so is an edit or a new child
from them against a deletion made here. Whichever side wins, the whole group follows, so that no
laptop keeps a child without its parent and every laptop ends the same. The coordinator decides;
a member's laptop keeps its side and sends it back, and takes the coordinator's decision when it
comes (see ``apply.py``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.migrate import known_revisions
from nrtd_desktop.db.models import SHARED_MODELS, DeletionSet, Tombstone
from nrtd_desktop.domain.errors import render_message
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.exchange import store
from nrtd_desktop.exchange.container import OpenedPackage
from nrtd_desktop.exchange.manifest import DELETIONS_PART, RECORDS_PART, Manifest
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.records import (
    LINKS,
    TABLE_ORDER,
    all_fields,
    content_of,
    label_of,
    referenced_keys,
)

RECORD_FIELD = "(record)"  # the "field" of an edit-against-deletion conflict
DELETED = "(deleted)"


class ItemKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    DELETED = "deleted"
    RESTORED = "restored"  # we had deleted it; the sender saw that and kept it
    CONFLICT = "conflict"


class Choice(StrEnum):
    MINE = "mine"  # this laptop's value
    THEIRS = "theirs"  # the package's value


@dataclass
class FieldConflict:
    field: str
    mine: Any
    theirs: Any
    base: Any = None
    choice: Choice | None = None
    deferred: bool = False  # a member's laptop keeps its value for the coordinator to decide


@dataclass
class PlanItem:
    table: str
    record_id: str
    kind: ItemKind
    label: str
    their_version: int
    base_version: int | None
    my_version: int | None  # at review time: apply refuses if it moved
    content: dict[str, Any] | None = None  # theirs (None for a deletion)
    stamps: dict[str, Any] = field(default_factory=dict)
    mine: dict[str, Any] | None = None  # this laptop's content (None if absent or deleted)
    take: list[str] = field(default_factory=list)  # fields changed on their side only
    keep: list[str] = field(default_factory=list)  # fields changed on ours only
    conflicts: list[FieldConflict] = field(default_factory=list)
    their_deletion: bool = False
    my_deletion: bool = False
    # A deletion group: "theirs:<the sender's deletion id>" or "mine:<this laptop's deletion id>".
    group: str = ""
    # The key of the group's conflict item whose choice this item follows ("" for the root).
    follows: str = ""
    local_only: bool = False  # in their deleted group here only: a record the sender did not list

    @property
    def key(self) -> str:
        return f"{self.table}:{self.record_id}"

    def unresolved(self) -> list[FieldConflict]:
        return [c for c in self.conflicts if c.choice is None]


@dataclass
class Notice:
    key: str
    params: dict[str, Any]

    def text(self, lang: Lang = "en") -> str:
        return render_message(self.key, self.params, lang)


@dataclass
class Settled:
    """A record the package carries that needs no change here: only the bookkeeping moves."""

    table: str
    record_id: str
    their_version: int
    content: dict[str, Any] | None
    my_version: int | None


@dataclass
class MergePlan:
    manifest: Manifest
    role: str
    items: list[PlanItem] = field(default_factory=list)
    settled: list[Settled] = field(default_factory=list)
    stale: int = 0
    already_applied: bool = False
    warnings: list[Notice] = field(default_factory=list)
    problems: list[Notice] = field(default_factory=list)  # any problem blocks the apply

    def counts(self) -> dict[str, int]:
        kinds = Counter(item.kind.value for item in self.items)
        return {
            "new": kinds["new"] + kinds["restored"],
            "changed": kinds["changed"],
            "deleted": kinds["deleted"],
            "conflicts": kinds["conflict"],
            "unchanged": len(self.settled),
            "stale": self.stale,
        }

    @property
    def conflicts(self) -> list[PlanItem]:
        return [item for item in self.items if item.kind is ItemKind.CONFLICT]

    def unresolved_count(self) -> int:
        return sum(len(item.unresolved()) for item in self.conflicts)

    def choice_of(self, item: PlanItem) -> tuple[Choice | None, bool]:
        """(the decision, deferred?) on the record-level conflict ``item`` belongs to."""
        root = self.item(item.follows) if item.follows else item
        conflict = next((c for c in root.conflicts if c.field == RECORD_FIELD), None)
        return (None, False) if conflict is None else (conflict.choice, conflict.deferred)

    def item(self, key: str) -> PlanItem:
        for item in self.items:
            if item.key == key:
                return item
        raise ExchangeError("exchange.unknown_conflict", conflict=key, field="")

    def resolve(self, conflict_id: str, field_name: str, choice: str) -> None:
        """Choose ``"mine"`` (this laptop) or ``"theirs"`` (the package) for one field of one conflict."""
        if self.role != "coordinator":
            raise ExchangeError("exchange.member_cannot_resolve")
        item = self.item(conflict_id)
        for conflict in item.conflicts:
            if conflict.field == field_name:
                conflict.choice = Choice(choice)
                return
        raise ExchangeError("exchange.unknown_conflict", conflict=conflict_id, field=field_name)

    def resolve_all(self, choice: str) -> None:
        if self.role != "coordinator":
            raise ExchangeError("exchange.member_cannot_resolve")
        for item in self.conflicts:
            for conflict in item.unresolved():
                self.resolve(item.key, conflict.field, choice)

    def is_empty(self) -> bool:
        return not self.items


def _entries(opened: OpenedPackage) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    try:
        records = json.loads(opened.parts[RECORDS_PART])
        deletions = json.loads(opened.parts[DELETIONS_PART])
        for entry in [*records, *deletions]:
            if entry["table"] not in SHARED_MODELS or not isinstance(entry["id"], str):
                raise ValueError(f"unknown table {entry['table']!r}")
            if not isinstance(entry["version"], int) or not isinstance(entry.get("group", ""), str):
                raise ValueError("version")
        for entry in records:
            if not isinstance(entry["content"], dict):
                raise ValueError("content")
    except (ValueError, KeyError, TypeError) as error:
        raise ExchangeError("exchange.not_a_package", path=opened.path, reason=str(error)) from error
    order = {table: index for index, table in enumerate(TABLE_ORDER)}
    records.sort(key=lambda e: order[e["table"]])
    deletions.sort(key=lambda e: -order[e["table"]])
    return records, deletions


def _sender_name(manifest: Manifest) -> str:
    sender = manifest.sender
    return (
        " / ".join(part for part in (sender.name, sender.entity, sender.computer) if part) or sender.site_id
    )


def _sequence_notices(session: Session, manifest: Manifest) -> list[Notice]:
    seen = store.applied_sequences(session, manifest.sender.site_id, manifest.channel)
    name = _sender_name(manifest)
    if seen and manifest.sequence < seen[-1]:
        return [
            Notice(
                "exchange.warn_out_of_order",
                {"sequence": manifest.sequence, "sender": name, "latest": seen[-1]},
            )
        ]
    expected = (seen[-1] if seen else 0) + 1
    if manifest.sequence > expected:
        missing = ", ".join(str(n) for n in range(expected, manifest.sequence))
        return [
            Notice("exchange.warn_gap", {"sequence": manifest.sequence, "sender": name, "missing": missing})
        ]
    return []


class _Planner:
    def __init__(self, session: Session, manifest: Manifest, role: str) -> None:
        self.session = session
        self.manifest = manifest
        self.sender = manifest.sender.site_id
        self.coordinator = role == "coordinator"
        self.plan = MergePlan(manifest=manifest, role=role)
        keys = store.peer_keys_for(session, manifest.sender.site_id, manifest.sender.entity)
        self.views = store.sync_views(session, keys)
        # This laptop's deletions the package runs into: deletion id -> items arriving against it.
        self.my_groups: dict[str, list[PlanItem]] = {}

    def mine(self, entries: list[dict[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for table in TABLE_ORDER:
            ids = [e["id"] for e in entries if e["table"] == table]
            model = SHARED_MODELS[table]
            for start in range(0, len(ids), 500):
                for record in self.session.scalars(
                    select(model).where(model.id.in_(ids[start : start + 500]))
                ):
                    found[record.id] = record
        return found

    def base_of(
        self,
        record_id: str,
        my_content: dict[str, Any],
        my_version: int,
        base_version: int | None,
        view: store.SyncView | None,
    ) -> dict[str, Any] | None:
        if base_version is not None and base_version == my_version:
            return my_content  # nothing changed here since the sender last had our copy
        if base_version is not None:
            sent = self.session.scalar(
                select(store.ExchangeRecord.sent_content)
                .where(
                    store.ExchangeRecord.record_id == record_id,
                    store.ExchangeRecord.sent_version == base_version,
                    store.ExchangeRecord.sent_content.is_not(None),
                )
                .limit(1)
            )
            if sent is not None:
                return store.loads(sent)
        if view is not None and view.received_content is not None:
            return store.loads(view.received_content)
        return None

    def _stale(self, entry: dict[str, Any]) -> bool:
        view = self.views.get(entry["id"])
        return view is not None and view.peer_version is not None and entry["version"] <= view.peer_version

    def record(self, entry: dict[str, Any], mine: Any, tombstones: dict[str, Tombstone], lang: Lang) -> None:
        table, record_id, theirs = entry["table"], entry["id"], entry["content"]
        if self._stale(entry):
            self.plan.stale += 1
            return
        label = label_of(table, theirs, lang)
        common = dict(
            table=table,
            record_id=record_id,
            label=label,
            their_version=entry["version"],
            base_version=entry.get("base_version"),
            content=theirs,
            stamps=entry.get("stamps") or {},
        )
        if mine is None:
            tomb = tombstones.get(record_id)
            if tomb is None:
                self.plan.items.append(PlanItem(kind=ItemKind.NEW, my_version=None, **common))
            elif entry.get("context"):
                self.plan.stale += 1  # sent only as the parent of a child: the child decides
            elif self._accepts_restore(entry, tomb):
                self.plan.items.append(PlanItem(kind=ItemKind.RESTORED, my_version=None, **common))
            else:
                item = PlanItem(kind=ItemKind.CONFLICT, my_version=None, my_deletion=True, **common)
                self._against_my_deletion(item, tomb)
            return
        if entry.get("context"):
            return  # sent only so that its children have a parent: we have it
        my_content = content_of(mine)
        names = [n for n in all_fields(table) if n in theirs]
        differing = [n for n in names if theirs[n] != my_content.get(n)]
        if not differing:
            self.plan.settled.append(Settled(table, record_id, entry["version"], theirs, mine.version))
            return
        base = self.base_of(record_id, my_content, mine.version, entry.get("base_version"),
                            self.views.get(record_id))
        item = PlanItem(kind=ItemKind.CHANGED, my_version=mine.version, mine=my_content, **common)
        for name in differing:
            if base is None or name not in base:
                item.conflicts.append(FieldConflict(name, my_content.get(name), theirs[name]))
                continue
            mine_changed = my_content.get(name) != base[name]
            theirs_changed = theirs[name] != base[name]
            if theirs_changed and not mine_changed:
                item.take.append(name)
            elif mine_changed and not theirs_changed:
                item.keep.append(name)
            else:
                item.conflicts.append(
                    FieldConflict(name, my_content.get(name), theirs[name], base=base[name])
                )
        if item.conflicts:
            item.kind = ItemKind.CONFLICT
        if item.take or item.conflicts:
            self.plan.items.append(item)
        else:  # only our own changes: nothing to write, the next package carries them back
            self.plan.settled.append(Settled(table, record_id, entry["version"], theirs, None))

    def _accepts_restore(self, entry: dict[str, Any], tomb: Tombstone) -> bool:
        """A record this laptop deleted comes back without a question only to a member, and only
        when the coordinator decided it: the deletion was the coordinator's own (it has put the
        record back since), or the coordinator saw our deletion and kept the record."""
        if self.coordinator:
            return False
        base = entry.get("base_version")
        if base is not None and base >= tomb.version:
            return True
        deletion = self.session.get(DeletionSet, tomb.deletion_id) if tomb.deletion_id else None
        return deletion is not None and deletion.source_site == self.sender

    def _against_my_deletion(self, item: PlanItem, tomb: Tombstone) -> None:
        group_id = tomb.deletion_id or tomb.record_id
        item.group = f"mine:{group_id}"
        self.my_groups.setdefault(group_id, []).append(item)
        self.plan.items.append(item)

    def their_deletions(self, entries: list[dict[str, Any]], mine: dict[str, Any], lang: Lang) -> None:
        """Their deletions, one decision per group. A group is one deletion on their laptop, with
        what it takes here: two of their deletions that take the same record here (a progress
        report deleted, then its action) are one decision, or a child could be kept without its
        parent."""
        listed: dict[str, dict[str, Any]] = {}
        for entry in entries:
            if self._stale(entry):
                self.plan.stale += 1
            elif entry["id"] not in mine:
                self.plan.settled.append(Settled(entry["table"], entry["id"], entry["version"], None, None))
            else:
                listed[entry["id"]] = entry
        groups: dict[str, set[str]] = {}  # group -> record ids here it takes
        for entry in listed.values():
            groups.setdefault(entry.get("group") or entry["id"], set()).add(entry["id"])
        going: dict[str, Any] = {}
        for group_id, ids in groups.items():
            records, _detached = deletions.closure(self.session, [mine[i] for i in ids])
            going.update((record.id, record) for record in records)
            groups[group_id] = {record.id for record in records}
        for ids in _merge_overlapping(list(groups.values())):
            self._their_group(sorted(ids), going, listed, lang)

    def _their_group(
        self, ids: list[str], going: dict[str, Any], listed: dict[str, dict[str, Any]], lang: Lang
    ) -> None:
        order = {table: index for index, table in enumerate(TABLE_ORDER)}
        records = sorted((going[i] for i in ids), key=lambda r: (order[r.__tablename__], r.id))
        group = "theirs:" + records[0].id
        changed_here = False
        items = []
        for record in records:
            entry = listed.get(record.id)
            my_content = content_of(record)
            table = record.__tablename__
            items.append(PlanItem(
                table=table,
                record_id=record.id,
                kind=ItemKind.DELETED,
                label=label_of(table, my_content, lang),
                their_version=entry["version"] if entry else 0,
                base_version=entry.get("base_version") if entry else None,
                my_version=record.version,
                mine=my_content,
                their_deletion=True,
                group=group,
                local_only=entry is None,
            ))
            if entry is None:
                changed_here = True  # a record here that they did not know would go
            else:
                base = self.base_of(record.id, my_content, record.version, entry.get("base_version"),
                                    self.views.get(record.id))
                changed_here = changed_here or base != my_content
        root = items[0]
        if changed_here:
            root.kind = ItemKind.CONFLICT
            label = _count_label(root.label, len(items))
            root.conflicts.append(FieldConflict(RECORD_FIELD, mine=label, theirs=DELETED))
            for item in items[1:]:
                item.follows = root.key
        self.plan.items.extend(items)

    def references_to_my_deletions(self, tombstoned: set[str]) -> None:
        """A record arriving that points at a record deleted here (a new progress report on an
        action deleted here, an action moved under a recommendation deleted here) joins that
        deletion's conflict: it follows the decision."""
        for item in list(self.plan.items):
            if item.content is None or item.group:
                continue
            if item.kind in (ItemKind.NEW, ItemKind.RESTORED):
                written = set(item.content)
            else:
                written = set(item.take) | {c.field for c in item.conflicts}
            for name, _target, key in referenced_keys(item.table, item.content):
                if name in written and key in tombstoned:
                    tomb = self.session.get(Tombstone, key)
                    assert tomb is not None
                    group_id = tomb.deletion_id or tomb.record_id
                    item.group = f"mine:{group_id}"
                    self.my_groups.setdefault(group_id, []).append(item)
                    break

    def my_group_conflicts(self) -> None:
        """One decision per deletion made here that the package runs into: the root is a record
        deleted here; the others follow it (their own field conflicts, if any, stay theirs)."""
        order = {table: index for index, table in enumerate(TABLE_ORDER)}
        for group_id, items in self.my_groups.items():
            items.sort(key=lambda i: (not i.my_deletion, order[i.table], i.record_id))
            root = items[0]
            deletion = self.session.get(DeletionSet, group_id)
            label = _count_label(deletion.label if deletion is not None else root.label, len(items))
            root.conflicts = [
                FieldConflict(RECORD_FIELD, mine=DELETED, theirs=label),
                *(c for c in root.conflicts if c.field != RECORD_FIELD),
            ]
            root.kind = ItemKind.CONFLICT
            for item in items[1:]:
                item.follows = root.key
                item.conflicts = [c for c in item.conflicts if c.field != RECORD_FIELD]
                if item.my_deletion:
                    item.kind = ItemKind.RESTORED  # if the package's side wins
                elif item.kind is ItemKind.CONFLICT and not item.conflicts:
                    item.kind = ItemKind.CHANGED


def _merge_overlapping(groups: list[set[str]]) -> list[set[str]]:
    """Join the sets that share a member, until none do."""
    merged: list[set[str]] = []
    for group in groups:
        group = set(group)
        for other in [m for m in merged if m & group]:
            merged.remove(other)
            group |= other
        merged.append(group)
    return merged


def _count_label(label: str, count: int) -> str:
    """A record and, when a deletion took more with it, how many records in all."""
    return label if count <= 1 else f"{label} (+{count - 1})"


def _check_references(session: Session, plan: MergePlan, tombstoned: set[str]) -> None:
    """A record must not point at something this laptop will not have (a package missed before)."""
    arriving = {item.record_id for item in plan.items if item.kind in (ItemKind.NEW, ItemKind.RESTORED)}
    arriving |= {item.record_id for item in plan.items if item.my_deletion or item.group.startswith("mine:")}
    leaving = {item.record_id for item in plan.items if item.their_deletion and not item.follows
               and item.kind is ItemKind.DELETED}
    for item in plan.items:
        if item.content is None or item.group.startswith("mine:"):
            continue
        if item.kind in (ItemKind.NEW, ItemKind.RESTORED):
            fields_written = set(item.content)
        else:
            fields_written = set(item.take) | {c.field for c in item.conflicts}
        for name, target, key in referenced_keys(item.table, item.content):
            if name not in fields_written or key in arriving or key in tombstoned:
                continue
            model = SHARED_MODELS.get(target)
            if model is not None:
                present = key not in leaving and session.get(model, key) is not None
            else:
                links = {
                    link_model.__tablename__: link_model
                    for spec in LINKS.values()
                    for link_model, _k in spec.values()
                }
                present = session.get(links[target], key) is not None
            if not present:
                plan.problems.append(
                    Notice(
                        "exchange.missing_parent",
                        {"kind": item.table, "label": item.label, "parent": f"{target} {key}"},
                    )
                )


def _check_unique(session: Session, plan: MergePlan) -> None:
    """Two laptops that created different records with the same code or reference."""
    for item in plan.items:
        if item.content is None or item.kind not in (ItemKind.NEW, ItemKind.RESTORED, ItemKind.CHANGED):
            continue
        model = SHARED_MODELS[item.table]
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            if (
                not column.unique
                or column.key in ("search_rowid", "id")
                or item.content.get(column.key) is None
            ):
                continue
            if item.kind is ItemKind.CHANGED and column.key not in item.take:
                continue
            other = session.scalar(
                select(model.id).where(
                    getattr(model, column.key) == item.content[column.key], model.id != item.record_id
                )
            )
            if other is not None:
                plan.problems.append(
                    Notice(
                        "exchange.duplicate_key",
                        {"kind": item.table, "label": item.label, "field": column.key},
                    )
                )


def build_plan(
    session: Session, opened: OpenedPackage, my_site: str, role: str, lang: Lang = "ar"
) -> MergePlan:
    """Compare the package with this laptop; writes nothing."""
    manifest = opened.manifest
    if manifest.sender.site_id == my_site:
        raise ExchangeError("exchange.own_package")
    if manifest.schema_version not in known_revisions():
        raise ExchangeError(
            "exchange.newer_format", found=manifest.format_version, schema=manifest.schema_version
        )
    if role != "coordinator" and manifest.sender.role != "coordinator":
        raise ExchangeError(
            "exchange.member_to_member", entity=manifest.sender.entity or manifest.sender.name
        )
    planner = _Planner(session, manifest, role)
    plan = planner.plan
    if store.is_applied(session, manifest.package_id):
        plan.already_applied = True
        plan.warnings.append(
            Notice(
                "exchange.warn_already_applied",
                {"sequence": manifest.sequence, "sender": _sender_name(manifest)},
            )
        )
        return plan
    plan.warnings.extend(_sequence_notices(session, manifest))
    records, deletion_entries = _entries(opened)
    mine = planner.mine([*records, *deletion_entries])
    ids = [e["id"] for e in records if e["id"] not in mine]
    tombstones = {
        t.record_id: t
        for start in range(0, len(ids), 500)
        for t in session.scalars(select(Tombstone).where(Tombstone.record_id.in_(ids[start : start + 500])))
    }
    for entry in records:
        planner.record(entry, mine.get(entry["id"]), tombstones, lang)
    planner.their_deletions(deletion_entries, mine, lang)
    referenced = {key for item in plan.items if item.content for _n, _t, key in
                  referenced_keys(item.table, item.content)}
    # Deleted here and not coming back with this package (a record it restores is no obstacle).
    arriving = {item.record_id for item in plan.items if item.kind in (ItemKind.NEW, ItemKind.RESTORED)}
    tombstoned = {
        t.record_id for t in session.scalars(select(Tombstone).where(Tombstone.record_id.in_(referenced)))
    } - arriving if referenced else set()
    planner.references_to_my_deletions(tombstoned)
    planner.my_group_conflicts()
    _check_references(session, plan, tombstoned)
    _check_unique(session, plan)
    if role != "coordinator" and plan.conflicts:
        for item in plan.conflicts:
            for conflict in item.conflicts:
                conflict.choice, conflict.deferred = Choice.MINE, True
        plan.warnings.append(
            Notice("exchange.warn_deferred", {"count": sum(len(i.conflicts) for i in plan.conflicts)})
        )
    return plan
