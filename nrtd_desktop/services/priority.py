"""Priorities: the committee's weights (kept in the database), the score of every
recommendation with its explanation, recompute, and the override by hand with a reason.

Recompute writes ``priority_score`` everywhere and ``priority`` only where nobody set it by hand
(``priority_overridden``): an override survives every recompute until it is cleared.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.history import Actor
from nrtd_desktop.db.models import HistoryEntry, MetaValue, Recommendation, RecommendationLink
from nrtd_desktop.domain.enums import ChangeOrigin, Priority
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.priority import (
    CRITERIA,
    MAX_WEIGHT,
    PriorityFacts,
    PriorityScore,
    PriorityWeights,
    score,
)
from nrtd_desktop.services import validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.member_rows import SQLITE_VARIABLES, resolve_record

R = Recommendation
R_TABLE = Recommendation.__table__
WEIGHTS_KEY = "priority_weights"


@dataclass(frozen=True)
class PriorityExplanation:
    """A recommendation's computed score, and what is stored (which may be an override)."""

    id: str
    reference: str
    computed: PriorityScore
    priority: str | None
    overridden: bool
    reason: str | None
    judgement: int | None

    def text(self, lang: Lang = "en") -> str:
        lines = [self.computed.explain(lang)]
        if lang == "ar":
            lines.append(f"الأولوية المحسوبة: {_level_label(self.computed.level, 'ar')}")
            if self.overridden:
                lines.append(f"حُددت يدوياً: {_level_label(self.priority, 'ar')} — {self.reason or ''}")
        else:
            lines.append(f"Computed priority: {_level_label(self.computed.level, 'en')}")
            if self.overridden:
                lines.append(f"Set by hand: {_level_label(self.priority, 'en')} — {self.reason or ''}")
        return "\n".join(lines)


@dataclass(frozen=True)
class RecomputeResult:
    records: int
    changed: int  # records whose score or priority changed
    overrides_kept: int
    seconds: float


def _number(value: Any, key: str, **params: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValidationError(key, **params) from None


def _level_label(level: str | None, lang: Lang) -> str:
    from nrtd_desktop.domain.labels import label

    return label("priority", level, lang)


class PriorityService(Service):
    # -- weights ------------------------------------------------------------------------------
    def weights(self) -> PriorityWeights:
        with self.context.read() as session:
            stored = session.get(MetaValue, WEIGHTS_KEY)
            return PriorityWeights.from_json(stored.value if stored else None)

    def set_weights(self, weights: Mapping[str, float | str] | None = None,
                    thresholds: Mapping[str, float | str] | None = None) -> PriorityWeights:
        """Change some weights and/or thresholds (the others are kept) and save them; a value
        may be typed text ("0.5"), refused in words when it is not a number."""
        current = self.weights()
        new_weights = dict(current.weights)
        for criterion, value in (weights or {}).items():
            if criterion not in CRITERIA:
                raise ValidationError("priority.unknown_criterion", criterion=criterion,
                                      known=", ".join(CRITERIA))
            new_weights[criterion] = _number(value, "priority.bad_weight", criterion=criterion,
                                             high=MAX_WEIGHT)
        new_thresholds = dict(current.thresholds)
        for name, value in (thresholds or {}).items():
            if name not in ("high", "medium"):
                raise ValidationError("priority.bad_thresholds")
            new_thresholds[name] = _number(value, "priority.bad_thresholds")
        updated = PriorityWeights(new_weights, new_thresholds)
        with self.context.write() as session:
            stored = session.get(MetaValue, WEIGHTS_KEY)
            if stored is None:
                session.add(MetaValue(key=WEIGHTS_KEY, value=updated.to_json()))
            else:
                stored.value = updated.to_json()
        return updated

    # -- scores -------------------------------------------------------------------------------
    def explain(self, record: str) -> PriorityExplanation:
        weights = self.weights()
        with self.context.read() as session:
            rec_id = resolve_record(session, record)
            facts = _facts(session, [rec_id])
            record_row = session.get(R, rec_id)
            assert record_row is not None
            return PriorityExplanation(
                id=rec_id, reference=record_row.reference,
                computed=score(facts[rec_id], weights, self.context.today()),
                priority=record_row.priority, overridden=record_row.priority_overridden,
                reason=record_row.priority_reason, judgement=record_row.priority_judgement,
            )

    def recompute(self, ids: Sequence[str] | None = None) -> RecomputeResult:
        """Score ``ids`` (every recommendation when None) with the saved weights, in one
        transaction; only records whose score or computed priority changes are written."""
        started = time.perf_counter()
        weights = self.weights()
        today = self.context.today()
        with self.context.write() as session:
            wanted = list(ids) if ids is not None else list(session.scalars(select(R.id)))
            facts = _facts(session, wanted)
            stored = _stored(session, wanted)
            updates: dict[str, tuple[float, str | None]] = {}
            overrides = 0
            for rec_id in wanted:
                result = score(facts[rec_id], weights, today, explain=False)
                old_score, old_priority, overridden = stored[rec_id]
                overrides += bool(overridden)
                level = old_priority if overridden else result.level
                if old_score is None or abs(old_score - result.score) > 1e-6 or level != old_priority:
                    updates[rec_id] = (result.score, level)
            _write(session, updates, stored)
        return RecomputeResult(len(wanted), len(updates), overrides, round(time.perf_counter() - started, 3))

    def override(self, record: str, priority: str, reason: str) -> PriorityExplanation:
        """Set the priority by hand; the reason is required and shown with it."""
        level = validation.member("priority", priority, Priority)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("priority.reason_required", field="priority_reason")
        with self.context.write() as session:
            found = session.get(R, resolve_record(session, record))
            assert found is not None
            found.priority, found.priority_overridden, found.priority_reason = level, True, reason
            rec_id = found.id
        return self.explain(rec_id)

    def clear_override(self, record: str) -> PriorityExplanation:
        """Give the priority back to the rule (and compute it now)."""
        with self.context.write() as session:
            found = session.get(R, resolve_record(session, record))
            assert found is not None
            found.priority_overridden, found.priority_reason = False, None
            rec_id = found.id
        self.recompute([rec_id])
        return self.explain(rec_id)

    def set_judgement(self, record: str, judgement: int | None) -> PriorityExplanation:
        """The committee's own rating, 1 (low) to 5 (high), or None; the score follows."""
        value = validation.int_range("judgement", judgement, 1, 5)
        with self.context.write() as session:
            found = session.get(R, resolve_record(session, record))
            assert found is not None
            found.priority_judgement = value
            rec_id = found.id
        self.recompute([rec_id])
        return self.explain(rec_id)


def _write(session: Session, updates: dict[str, tuple[float, str | None]],
           stored: dict[str, tuple[float | None, str | None, bool]]) -> None:
    """Write the new scores and priorities with executemany, not one ORM object per row: a
    first recompute of 41,066 imported records takes a second instead of half a minute.

    The ORM's history listener does not see Core statements, so this writes what it would have:
    a history line, a new version and the stamps for every record whose *priority* changes.
    The score alone is derived data (any laptop recomputes it from the same weights): it is
    stored without a history line or a new version.
    """
    actor: Actor = session.info.get("actor", Actor())
    now = utcnow()
    score_only = [{"b_id": k, "b_score": v[0]} for k, v in updates.items() if v[1] == stored[k][1]]
    level_changes: list[dict[str, Any]] = [
        {"b_id": k, "b_score": v[0], "b_priority": v[1]} for k, v in updates.items() if v[1] != stored[k][1]
    ]
    if score_only:
        session.execute(update(R_TABLE).where(R_TABLE.c.id == bindparam("b_id"))
                        .values(priority_score=bindparam("b_score")), score_only)
    if level_changes:
        session.execute(
            update(R_TABLE).where(R_TABLE.c.id == bindparam("b_id")).values(
                priority_score=bindparam("b_score"), priority=bindparam("b_priority"),
                version=R_TABLE.c.version + 1, updated_at=now, updated_by=actor.name,
                updated_site=actor.site_id),
            level_changes)
        session.execute(insert(HistoryEntry.__table__), [
            {"at": now, "actor": actor.name, "actor_entity": actor.entity, "site_id": actor.site_id,
             "origin": str(session.info.get("origin", ChangeOrigin.LOCAL)),
             "origin_detail": session.info.get("origin_detail", "") or "priority recompute",
             "table_name": R.__tablename__, "record_id": change["b_id"], "operation": "update",
             "field": "priority", "old_value": stored[change["b_id"]][1], "new_value": change["b_priority"]}
            for change in level_changes
        ])


def _stored(session: Session, ids: list[str]) -> dict[str, tuple[float | None, str | None, bool]]:
    found: dict[str, tuple[float | None, str | None, bool]] = {}
    if len(ids) > 20 * SQLITE_VARIABLES:  # most of the register: one scan beats many IN lists
        statement = select(R.id, R.priority_score, R.priority, R.priority_overridden)
        return {rec_id: (old, priority, bool(overridden)) for rec_id, old, priority, overridden
                in session.execute(statement)}
    for start in range(0, len(ids), SQLITE_VARIABLES):
        statement = (select(R.id, R.priority_score, R.priority, R.priority_overridden)
                     .where(R.id.in_(ids[start:start + SQLITE_VARIABLES])))
        for rec_id, old_score, priority, overridden in session.execute(statement):
            found[rec_id] = (old_score, priority, bool(overridden))
    return found


def _facts(session: Session, ids: list[str]) -> dict[str, PriorityFacts]:
    """What the rule needs for ``ids``; repetition counts the other bodies that make the same
    request: recommendations linked as "same", and the other members of its cluster."""
    all_rows = {row[0]: row for row in session.execute(select(
        R.id, R.position, R.action_category, R.follow_up, R.follow_up_due, R.priority_judgement, R.body_code,
        R.cluster_id))}
    cluster_bodies: dict[str, set[str]] = defaultdict(set)
    for member in all_rows.values():
        if member[7]:
            cluster_bodies[member[7]].add(member[6])
    same: dict[str, set[str]] = defaultdict(set)
    for a, b in session.execute(select(RecommendationLink.from_id, RecommendationLink.to_id)
                                .where(RecommendationLink.kind == "same")):
        if a in all_rows and b in all_rows:
            same[a].add(all_rows[b][6])
            same[b].add(all_rows[a][6])
    facts: dict[str, PriorityFacts] = {}
    for rec_id in ids:
        row: Any = all_rows[rec_id]
        bodies = (cluster_bodies.get(row[7], set()) if row[7] else set()) | same.get(rec_id, set())
        bodies.discard(row[6])
        facts[rec_id] = PriorityFacts(
            position=row[1], action_category=row[2], follow_up=bool(row[3]), follow_up_due=row[4],
            mechanisms_repeating=len(bodies), judgement=row[5],
        )
    return facts
