"""Deleting committee records and putting them back: the one path of every deletion.

A person deletes one record; what depends on it goes with it or lets go of it:

- ``OWNED``: children that exist only for their parent are deleted with it (a recommendation's
  links, actions, indicators and challenges; an action's indicators, progress updates and
  challenges; a cluster's actions), and theirs in turn;
- ``DETACHED``: records that only point at it stay, with the reference cleared (the
  recommendations an entity led, the members of a cluster, progress reported on an indicator);
- ``LISTED``: lists on other records lose it (an entity among supporting entities or partners).

Each removed record gets a history row holding its whole content and a tombstone naming the
deletion; each cleared reference is an ordinary edit of the other record (history, version), so
the exchange carries all of it. The :class:`DeletionSet` keeps the content and the cut references,
so that :func:`restore` puts back exactly what went, with the same ids, by undo or later.

:func:`delete` is called by the services; the history listener calls :func:`expand` on every flush,
so that a plain ``session.delete(record)`` anywhere (the package merge, a test) takes the same path.
The database has no ON DELETE action left to do any of this behind our back (revision 0006).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db.base import SharedRecord, new_id, utcnow
from nrtd_desktop.db.content import (
    REFERENCES,
    TABLE_ORDER,
    all_fields,
    content_of,
    label_of,
    remove_row_lists,
    stamps_of,
    write_fields,
    write_stamps,
)
from nrtd_desktop.db.models import SHARED_MODELS, DeletionSet, Entity, Tombstone
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.domain.errors import NotFoundError, ValidationError

# parent table -> (child table, column naming the parent): deleted with the parent.
OWNED: dict[str, tuple[tuple[str, str], ...]] = {
    "recommendations": (
        ("recommendation_links", "from_id"),
        ("recommendation_links", "to_id"),
        ("actions", "recommendation_id"),
        ("indicators", "recommendation_id"),
        ("challenges", "recommendation_id"),
    ),
    "clusters": (("actions", "cluster_id"),),
    "actions": (("indicators", "action_id"), ("progress_updates", "action_id"), ("challenges", "action_id")),
    # A draft's sections and frozen versions exist only for it.
    "report_drafts": (("report_sections", "draft_id"), ("report_versions", "draft_id")),
}
# parent table -> (table, column): the column is cleared, the record stays.
DETACHED: dict[str, tuple[tuple[str, str], ...]] = {
    "entities": (
        ("clusters", "lead_entity_id"),
        ("recommendations", "lead_entity_id"),
        ("actions", "lead_entity_id"),
        ("indicators", "responsible_entity_id"),
        ("progress_updates", "entity_id"),
        ("challenges", "entity_id"),
        ("report_sections", "entity_id"),
    ),
    "documents": (("recommendations", "document_id"), ("reporting_events", "document_id")),
    # A draft is the committee's work: deleting its calendar entry leaves it, unattached.
    "reporting_events": (("report_drafts", "event_id"),),
    "clusters": (("recommendations", "cluster_id"),),
    "indicators": (("progress_updates", "indicator_id"),),
}
# (child table, owning column) -> the child's other anchors: an obstacle recorded against an action
# that also concerns a recommendation or an entity is not the action's alone, and stays, detached.
ANCHORED: dict[tuple[str, str], tuple[str, ...]] = {
    ("challenges", "action_id"): ("recommendation_id", "entity_id"),
}
# item table -> (owner table, list attribute): the item leaves the owners' lists.
LISTED: dict[str, tuple[tuple[str, str], ...]] = {
    "entities": (
        ("recommendations", "supporting_entities"),
        ("clusters", "supporting_entities"),
        ("actions", "partners"),
    ),
}

_PLANNED = "nrtd_deletions"  # session.info: record id -> (deletion id, content at deletion)
_RESTORING = "nrtd_restoring"  # session.info: ids being put back (history says "restore")

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "deletion.already_restored": (
        "The deletion of '{label}' was already undone.",
        "سبق التراجع عن حذف «{label}».",
    ),
    "deletion.parent_missing": (
        "'{label}' cannot be put back while '{parent}' is deleted: put that back first.",
        "لا يمكن إرجاع «{label}» ما دام «{parent}» محذوفاً: أرجِعه أولاً.",
    ),
}


@dataclass(frozen=True)
class Deletion:
    """What one deletion removed: its id (to restore it), a label, and how many records of each kind."""

    id: str
    label: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# (child table, column) pairs that name an owner: a child cannot exist without that record.
_OWNING = frozenset(pair for pairs in OWNED.values() for pair in pairs)


def closure(
    session: Session, roots: list[SharedRecord]
) -> tuple[list[SharedRecord], list[tuple[SharedRecord, str]]]:
    """``roots`` and everything they own, parents before children (``TABLE_ORDER``), and the
    (child, column) pairs of anchored children that stay, detached from their deleted owner."""
    found: dict[str, SharedRecord] = {}
    candidates: list[tuple[SharedRecord, str]] = []
    queue = list(roots)
    with session.no_autoflush:
        while queue:
            record = queue.pop()
            if record.id in found:
                continue
            found[record.id] = record
            for child_table, column in OWNED.get(record.__tablename__, ()):
                model = SHARED_MODELS[child_table]
                for child in session.scalars(select(model).where(getattr(model, column) == record.id)):
                    if (child_table, column) in ANCHORED:
                        candidates.append((child, column))
                    else:
                        queue.append(child)
    kept = []
    for child, column in candidates:
        if child.id in found:
            continue
        # An anchor that is itself going (the recommendation of the deleted action) holds nothing.
        anchors = [getattr(child, name) for name in ANCHORED[(child.__tablename__, column)]]
        if any(anchor and anchor not in found for anchor in anchors):
            kept.append((child, column))
        else:
            found[child.id] = child  # anchored children own nothing themselves
    order = {table: index for index, table in enumerate(TABLE_ORDER)}
    records = sorted(found.values(), key=lambda r: (order[r.__tablename__], r.id))
    return records, kept


def _planned(session: Session) -> dict[str, tuple[str, dict[str, Any]]]:
    planned: dict[str, tuple[str, dict[str, Any]]] = session.info.setdefault(_PLANNED, {})
    return planned


def planned_deletion(session: Session, record_id: str) -> tuple[str, dict[str, Any]] | None:
    """(deletion id, content) of a record this session is deleting through :func:`delete`."""
    return _planned(session).get(record_id)


def is_restoring(session: Session, record_id: str) -> bool:
    return record_id in session.info.get(_RESTORING, ())


def delete(
    session: Session, roots: list[SharedRecord], label: str = "", deletion_id: str | None = None,
    source_site: str = "",
) -> Deletion:
    """Delete ``roots`` with what they own, detach what points at them, and keep it all in one
    deletion set. ``source_site``: the laptop whose deletion this is, when a package brought it.
    Nothing is written before the flush; the transaction is the caller's."""
    planned = _planned(session)
    owned, anchored = closure(session, roots)
    records = [r for r in owned if r.id not in planned]
    deletion_id = deletion_id or new_id()
    if not records:
        return Deletion(deletion_id, label)
    ids = {r.id for r in records}
    detached: list[list[str]] = []
    unlisted: list[list[str]] = []
    with session.no_autoflush:
        snapshot: list[dict[str, Any]] = [
            {"table": r.__tablename__, "id": r.id, "version": r.version,
             "content": content_of(r), "stamps": stamps_of(r)}
            for r in records
        ]
        for child, column in anchored:
            target = REFERENCES[child.__tablename__][column]
            detached.append([child.__tablename__, child.id, column, target, getattr(child, column)])
            setattr(child, column, None)
        for record in records:
            table = record.__tablename__
            for other_table, column in DETACHED.get(table, ()):
                model = SHARED_MODELS[other_table]
                for other in session.scalars(select(model).where(getattr(model, column) == record.id)):
                    if other.id not in ids and other not in session.deleted:
                        detached.append([other_table, other.id, column, table, record.id])
                        setattr(other, column, None)
            for owner_table, attribute in LISTED.get(table, ()):
                model = SHARED_MODELS[owner_table]
                relation = getattr(model, attribute)
                for owner in session.scalars(select(model).where(relation.any(Entity.id == record.id))):
                    if owner.id not in ids and owner not in session.deleted:
                        unlisted.append([owner_table, owner.id, attribute, record.id])
                        getattr(owner, attribute).remove(record)
    root = records[0] if not roots else roots[0]
    root_table = root.__tablename__
    root_content = next((s["content"] for s in snapshot if s["id"] == root.id), content_of(root))
    label = label or label_of(root_table, root_content)
    actor = session.info.get("actor")
    session.add(
        DeletionSet(
            id=deletion_id,
            at=utcnow(),
            actor=getattr(actor, "name", ""),
            actor_entity=getattr(actor, "entity", ""),
            site_id=getattr(actor, "site_id", ""),
            origin=str(session.info.get("origin", ChangeOrigin.LOCAL)),
            origin_detail=session.info.get("origin_detail", "")[:300],
            source_site=source_site or getattr(actor, "site_id", ""),
            root_table=root_table,
            root_id=root.id,
            label=label[:300],
            record_count=len(records),
            payload=json.dumps(
                {"records": snapshot, "detached": detached, "unlisted": unlisted}, ensure_ascii=False
            ),
            restored_by="",
        )
    )
    for entry, record in zip(snapshot, records, strict=True):
        planned[record.id] = (deletion_id, entry["content"])
        remove_row_lists(session, record)
        if record not in session.deleted:
            session.delete(record)
    counts: dict[str, int] = {}
    for record in records:
        counts[record.__tablename__] = counts.get(record.__tablename__, 0) + 1
    return Deletion(deletion_id, label, counts)


def expand(session: Session) -> None:
    """Give every record deleted with a plain ``session.delete`` the whole path of :func:`delete`
    (called by the history listener before each flush). A record and its parent deleted in the
    same flush become one deletion set, the parent's."""
    planned = _planned(session)
    while True:
        pending = [r for r in session.deleted if isinstance(r, SharedRecord) and r.id not in planned]
        if not pending:
            return
        order = {table: index for index, table in enumerate(TABLE_ORDER)}
        pending.sort(key=lambda r: order[r.__tablename__])
        delete(session, [pending[0]])


@dataclass(frozen=True)
class Restored:
    deletion_id: str
    label: str
    counts: dict[str, int]
    ids: frozenset[str] = frozenset()  # the records put back


def restore(session: Session, deletion_id: str, with_parents: bool = False) -> Restored:
    """Put back every record of one deletion with its id and content, and the references it cut.

    A record comes back one version past its tombstone, so that other laptops see it as a change
    newer than the deletion they may have received. A record that is already back (a package
    restored it) is left as it is. A record whose parent was deleted later cannot come back alone:
    refused, or with ``with_parents`` (the merge of a package that keeps the record) the parent's
    own deletion is put back first.
    """
    deletion = session.get(DeletionSet, deletion_id)
    if deletion is None:
        raise NotFoundError("deletion", deletion_id)
    if deletion.restored_at is not None:
        raise ValidationError("deletion.already_restored", field="deletion", label=deletion.label)
    payload = json.loads(deletion.payload)
    entries = payload["records"]
    coming_back = {entry["id"] for entry in entries}
    restoring = session.info.setdefault(_RESTORING, set())
    counts: dict[str, int] = {}
    with session.no_autoflush:
        for entry in entries:
            table, record_id, content = entry["table"], entry["id"], entry["content"]
            model = SHARED_MODELS[table]
            if session.get(model, record_id) is not None:
                continue
            content = dict(content)
            for column, target in REFERENCES[table].items():
                key = content.get(column)
                if not key or key in coming_back or session.get(SHARED_MODELS[target], key) is not None:
                    continue
                if (table, column) in _OWNING:
                    parent = deletion_of(session, key) if with_parents else None
                    if parent is not None and parent.restored_at is None and parent.id != deletion.id:
                        restore(session, parent.id, with_parents=True)
                        continue
                    raise ValidationError(
                        "deletion.parent_missing", field="deletion",
                        label=label_of(table, content), parent=_deleted_label(session, target, key),
                    )
                content[column] = None  # it pointed at a record deleted since: it comes back without
            record = model(id=record_id)
            write_fields(session, record, content, all_fields(table))
            write_stamps(record, entry["stamps"])
            tombstone = session.get(Tombstone, record_id)
            record.version = max(entry["version"] + 1, tombstone.version if tombstone else 0) + 1
            if tombstone is not None:
                session.delete(tombstone)
            restoring.add(record_id)
            session.add(record)
            counts[table] = counts.get(table, 0) + 1
        for table, record_id, column, target_table, target_id in payload["detached"]:
            other = session.get(SHARED_MODELS[table], record_id)
            if (other is not None and getattr(other, column) is None
                    and (target_id in coming_back
                         or session.get(SHARED_MODELS[target_table], target_id) is not None)):
                setattr(other, column, target_id)
        # Records put back are not in the session's identity map until the flush.
        session.flush()
        for table, record_id, attribute, item_id in payload["unlisted"]:
            owner = session.get(SHARED_MODELS[table], record_id)
            item = session.get(Entity, item_id)
            if owner is not None and item is not None and item not in getattr(owner, attribute):
                getattr(owner, attribute).append(item)
    actor = session.info.get("actor")
    deletion.restored_at = utcnow()
    deletion.restored_by = getattr(actor, "name", "")
    return Restored(deletion.id, deletion.label, counts, frozenset(restoring & coming_back))


def _deleted_label(session: Session, table: str, record_id: str) -> str:
    """A deleted record's label, from the newest deletion set that holds it."""
    for deletion in session.scalars(select(DeletionSet).order_by(DeletionSet.at.desc())):
        for entry in json.loads(deletion.payload)["records"]:
            if entry["id"] == record_id:
                return label_of(table, entry["content"])
    return record_id


def deletion_of(session: Session, record_id: str) -> DeletionSet | None:
    """The deletion set a deleted record belongs to (through its tombstone)."""
    tombstone = session.get(Tombstone, record_id)
    if tombstone is None or tombstone.deletion_id is None:
        return None
    return session.get(DeletionSet, tombstone.deletion_id)
