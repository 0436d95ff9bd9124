"""Bulk edit: one change to every selected recommendation, in one transaction, undoable.

The result carries, per changed record, the values the edit replaced (``BulkUndo``);
:meth:`BulkEditService.restore` writes them back, again in one transaction. Records the edit
would not change are left alone (no new version, no history line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nrtd_desktop.db.models import Recommendation
from nrtd_desktop.domain.enums import ImplementationStatus, Priority
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.dto.classify import KEEP, BulkEdit, BulkResult, BulkUndo
from nrtd_desktop.services import lookups, validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.member_rows import SQLITE_VARIABLES

R = Recommendation
# The relation attribute, and how a related row is named in the undo data.
PRIORITY_FIELDS = frozenset({"priority", "priority_overridden", "priority_reason"})
TAGS = {"themes": "key", "affected_groups": "key", "sdg_targets": "code", "supporting_entities": "id"}

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "bulk.nothing": ("Choose what to change for the selected recommendations.",
                     "اختر ما تريد تغييره في التوصيات المحددة."),
    "bulk.no_selection": ("Select at least one recommendation.", "حدّد توصية واحدة على الأقل."),
}


def _load(session: Session, ids: Sequence[str]) -> list[Recommendation]:
    records: list[Recommendation] = []
    options = [selectinload(getattr(R, name)) for name in TAGS]
    for start in range(0, len(ids), SQLITE_VARIABLES):
        chunk = list(ids[start:start + SQLITE_VARIABLES])
        records.extend(session.scalars(select(R).where(R.id.in_(chunk)).options(*options)))
    found = {r.id for r in records}
    missing = [i for i in ids if i not in found]
    if missing:
        from nrtd_desktop.domain.errors import NotFoundError

        raise NotFoundError("recommendation", missing[0])
    return records


def _snapshot(record: Recommendation, fields: set[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in fields:
        if name in TAGS:
            values[name] = tuple(sorted(getattr(item, TAGS[name]) for item in getattr(record, name)))
        else:
            values[name] = getattr(record, name)
    return values


class BulkEditService(Service):
    def apply(self, ids: Sequence[str], edit: BulkEdit) -> BulkResult:
        """Apply ``edit`` to the recommendations ``ids``; every value is checked first, so a
        bad one changes nothing."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            raise ValidationError("bulk.no_selection", field="recommendation")
        if edit.is_empty():
            raise ValidationError("bulk.nothing", field="field")
        with self.context.write() as session:
            plan = self._plan(session, edit)
            before: dict[str, dict[str, Any]] = {}
            for record in _load(session, ids):
                old = _snapshot(record, set(plan["fields"]))
                self._change(record, plan)
                new = _snapshot(record, set(plan["fields"]))
                changed = {k: v for k, v in old.items() if new[k] != v}
                if changed:
                    # Priority travels with its override flag and reason: undo restores all three.
                    if PRIORITY_FIELDS & set(changed):
                        changed.update({k: old[k] for k in PRIORITY_FIELDS})
                    before[record.id] = changed
        return BulkResult(changed=tuple(i for i in ids if i in before), unchanged=len(ids) - len(before),
                          undo=BulkUndo(before))

    def restore(self, undo: BulkUndo) -> int:
        """Put back the values a bulk edit replaced; returns how many records were restored."""
        with self.context.write() as session:
            records = {r.id: r for r in _load(session, list(undo.before))}
            for rec_id, values in undo.before.items():
                record = records[rec_id]
                for name, value in values.items():
                    if name == "themes":
                        record.themes = lookups.themes(session, value)
                    elif name == "affected_groups":
                        record.affected_groups = lookups.affected_groups(session, value)
                    elif name == "sdg_targets":
                        record.sdg_targets = lookups.sdg_targets(session, value)
                    elif name == "supporting_entities":
                        record.supporting_entities = lookups.entities(session, value)
                    else:
                        setattr(record, name, value)
        return len(undo.before)

    @staticmethod
    def _plan(session: Session, edit: BulkEdit) -> dict[str, Any]:
        """Resolve every key the edit names (raising before anything is written)."""
        plan: dict[str, Any] = {"fields": set(), "add": {}, "remove": {}, "set": {}}
        Resolver = Callable[[Session, Iterable[str]], Sequence[Any]]
        tag_values: dict[str, tuple[tuple[str, ...], tuple[str, ...], Resolver]] = {
            "themes": (edit.add_themes, edit.remove_themes, lookups.themes),
            "affected_groups": (edit.add_groups, edit.remove_groups, lookups.affected_groups),
            "sdg_targets": (edit.add_sdg_targets, edit.remove_sdg_targets, lookups.sdg_targets),
            "supporting_entities": (edit.add_supporting, edit.remove_supporting, lookups.entities),
        }
        for name, (add, remove, resolve) in tag_values.items():
            if add or remove:
                plan["fields"].add(name)
                plan["add"][name] = resolve(session, add)
                # Compared by key: ORM objects are weakly held, so id() of a dropped one can recur.
                plan["remove"][name] = {getattr(x, TAGS[name]) for x in resolve(session, remove)}
        if edit.lead_entity is not KEEP:
            lead = edit.lead_entity
            plan["set"]["lead_entity_id"] = lookups.entity(session, lead).id if lead else None
        if edit.cluster is not KEEP:
            plan["set"]["cluster_id"] = lookups.cluster(session, edit.cluster).id if edit.cluster else None
        if edit.status is not KEEP:
            plan["set"]["status"] = validation.choice("status", edit.status, ImplementationStatus)
        if edit.priority is not KEEP:
            priority = validation.choice("priority", edit.priority, Priority, optional=True)
            if priority is None:
                plan["set"].update(priority=None, priority_overridden=False, priority_reason=None)
            else:
                reason = (edit.priority_reason or "").strip()
                if not reason:
                    raise ValidationError("priority.reason_required", field="priority_reason")
                plan["set"].update(priority=priority, priority_overridden=True, priority_reason=reason)
        plan["fields"].update(plan["set"])
        return plan

    @staticmethod
    def _change(record: Recommendation, plan: dict[str, Any]) -> None:
        for name, added in plan["add"].items():
            removed, key = plan["remove"][name], TAGS[name]
            current = [item for item in getattr(record, name) if getattr(item, key) not in removed]
            present = {getattr(item, key) for item in current}
            current.extend(item for item in added
                           if getattr(item, key) not in present and getattr(item, key) not in removed)
            if [getattr(x, key) for x in current] != [getattr(x, key) for x in getattr(record, name)]:
                setattr(record, name, current)
        for name, value in plan["set"].items():
            if getattr(record, name) != value:
                setattr(record, name, value)
