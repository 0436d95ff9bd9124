"""The implementation plan of a recommendation or a cluster: actions, their order and status.

Indicators and progress updates are in ``plan_indicators.py`` (mixed in here), challenges in
``challenges.py``, the health lists in ``plan_health.py``, the timeline in ``plan_timeline.py``;
``PlanService`` is the one door to all of them (``services.plan``).

Every write that changes actions or their progress rolls the status of the recommendations they
serve up again, in the same transaction (``plan_rollup.py``), unless the status was set by hand.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.base import STAMP_COLUMNS
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Indicator,
    Recommendation,
)
from nrtd_desktop.domain.enums import ActionStatus, ImplementationStatus
from nrtd_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from nrtd_desktop.domain.rollup import any_overdue, rollup_status
from nrtd_desktop.dto.plan import (
    CLUSTER,
    RECOMMENDATION,
    ActionInput,
    ActionRow,
    PlanHealth,
    PlanView,
    RollupChange,
    Timeline,
)
from nrtd_desktop.services import lookups, plan_health, plan_timeline, validation
from nrtd_desktop.services.base import Service, ServiceContext
from nrtd_desktop.services.challenges import ChallengeService
from nrtd_desktop.services.plan_convert import (
    action_rows,
    challenge_rows,
    indicator_rows,
    load_actions,
    owner_of,
)
from nrtd_desktop.services.plan_indicators import IndicatorsMixin
from nrtd_desktop.services.plan_rollup import (
    apply_rollup,
    facts_for,
    planned_recommendations,
    served_recommendations,
)

ACTION_FIELDS = {f.name for f in fields(ActionInput)}
COPY_SUFFIX = (" (نسخة)", " (copy)")


class PlanService(IndicatorsMixin, Service):
    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.challenges = ChallengeService(context)

    # ---- reading -----------------------------------------------------------------------------

    def actions(self, owner_kind: str, owner_id: str) -> list[ActionRow]:
        """The actions of a recommendation or a cluster, in their order."""
        with self.context.read() as session:
            column = Action.recommendation_id if owner_kind == RECOMMENDATION else Action.cluster_id
            return action_rows(session, load_actions(session, column == owner_id), self.context.today())

    def get_action(self, action_id: str) -> ActionRow:
        with self.context.read() as session:
            actions = load_actions(session, Action.id == action_id)
            if not actions:
                raise NotFoundError("action", action_id)
            return action_rows(session, actions, self.context.today())[0]

    def plan(self, owner_kind: str, owner_id: str) -> PlanView:
        """What the plan editor shows for one recommendation or cluster."""
        today = self.context.today()
        with self.context.read() as session:
            owner = owner_of(session, *self._owner_ids(session, owner_kind, owner_id))
            column = Action.recommendation_id if owner_kind == RECOMMENDATION else Action.cluster_id
            own = action_rows(session, load_actions(session, column == owner_id), today)
            cluster_actions: list[ActionRow] = []
            indicators = []
            status = rolled = reason = None
            overridden = False
            if owner_kind == RECOMMENDATION:
                record = session.get(Recommendation, owner_id)
                assert record is not None  # checked by _owner_ids
                if record.cluster_id:
                    cluster_actions = action_rows(
                        session, load_actions(session, Action.cluster_id == record.cluster_id), today
                    )
                indicators = indicator_rows(
                    session,
                    list(
                        session.scalars(
                            select(Indicator)
                            .where(Indicator.recommendation_id == owner_id)
                            .order_by(Indicator.created_at)
                        )
                    ),
                )
                facts = facts_for(session, [owner_id])[owner_id]
                rolled_status = rollup_status(facts)
                status, rolled = record.status, (str(rolled_status) if rolled_status else None)
                overridden, reason = record.status_overridden, record.status_override_reason
                overdue = any_overdue(facts, today)
                attached: ColumnElement[bool] = (
                    (Challenge.recommendation_id == owner_id) | Challenge.action_id.in_([a.id for a in own])
                )
            else:
                overdue = any(a.overdue for a in own)
                attached = Challenge.action_id.in_([a.id for a in own])
            challenges = challenge_rows(session, list(session.scalars(select(Challenge).where(attached))))
        return PlanView(
            owner=owner,
            actions=tuple(own),
            cluster_actions=tuple(cluster_actions),
            indicators=tuple(indicators),
            challenges=tuple(sorted(challenges, key=lambda c: (_status_rank(c.status), c.category))),
            status=status,
            rolled_up=rolled,
            status_overridden=overridden,
            override_reason=reason,
            overdue=overdue,
        )

    # ---- writing actions ---------------------------------------------------------------------

    def create_action(
        self, owner_kind: str, owner_id: str, data: ActionInput, position: int | None = None
    ) -> ActionRow:
        """Add an action at the end of the owner's list (or before the one at ``position``, 0-based)."""
        with self.context.write() as session:
            rec_id, cluster_id = self._owner_ids(session, owner_kind, owner_id)
            action = Action(recommendation_id=rec_id, cluster_id=cluster_id)
            _apply_action(session, action, {f: getattr(data, f) for f in ACTION_FIELDS}, creating=True)
            siblings = self._siblings(session, rec_id, cluster_id)
            place = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(place, action)
            session.add(action)
            _renumber(siblings)
            session.flush()
            action_id = action.id
            apply_rollup(session, served_recommendations(session, rec_id, cluster_id))
        return self.get_action(action_id)

    def update_action(
        self, action_id: str, changes: dict[str, Any], expected_version: int | None = None
    ) -> ActionRow:
        unknown = set(changes) - ACTION_FIELDS
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        with self.context.write() as session:
            action = self._action(session, action_id)
            if expected_version is not None and action.version != expected_version:
                raise StaleRecordError("action", action.title_ar or action.title_en)
            _apply_action(session, action, changes, creating=False)
            session.flush()
            apply_rollup(
                session, served_recommendations(session, action.recommendation_id, action.cluster_id)
            )
        return self.get_action(action_id)

    def duplicate_action(self, action_id: str) -> ActionRow:
        """A copy placed right after the original, with its partners and indicators (not its progress
        or challenges, which belong to what really happened to the original)."""
        with self.context.write() as session:
            original = self._action(session, action_id)
            copy = Action(recommendation_id=original.recommendation_id, cluster_id=original.cluster_id)
            for column in Action.__table__.columns:
                if column.key not in STAMP_COLUMNS | {"recommendation_id", "cluster_id", "sort_order"}:
                    setattr(copy, column.key, getattr(original, column.key))
            copy.title_ar = original.title_ar + COPY_SUFFIX[0] if original.title_ar else ""
            copy.title_en = original.title_en + COPY_SUFFIX[1] if original.title_en else ""
            copy.status = ActionStatus.NOT_STARTED
            copy.partners = list(original.partners)
            siblings = self._siblings(session, original.recommendation_id, original.cluster_id)
            siblings.insert(siblings.index(original) + 1, copy)
            session.add(copy)
            _renumber(siblings)
            session.flush()
            for indicator in session.scalars(select(Indicator).where(Indicator.action_id == original.id)):
                clone = Indicator(action_id=copy.id)
                for column in Indicator.__table__.columns:
                    if column.key not in STAMP_COLUMNS | {"action_id", "current_value"}:
                        setattr(clone, column.key, getattr(indicator, column.key))
                session.add(clone)
            copy_id = copy.id
            apply_rollup(session, served_recommendations(session, copy.recommendation_id, copy.cluster_id))
        return self.get_action(copy_id)

    def move_action(self, action_id: str, offset: int) -> ActionRow:
        """Move an action up (negative) or down (positive) among its owner's actions."""
        with self.context.write() as session:
            action = self._action(session, action_id)
            siblings = self._siblings(session, action.recommendation_id, action.cluster_id)
            index = siblings.index(action)
            target = max(0, min(len(siblings) - 1, index + offset))
            siblings.insert(target, siblings.pop(index))
            _renumber(siblings)
        return self.get_action(action_id)

    def reorder_actions(self, owner_kind: str, owner_id: str, action_ids: list[str]) -> list[ActionRow]:
        """Put the owner's actions in the given order (ids not listed keep their place after them)."""
        with self.context.write() as session:
            rec_id, cluster_id = self._owner_ids(session, owner_kind, owner_id)
            siblings = self._siblings(session, rec_id, cluster_id)
            rank = {a: n for n, a in enumerate(action_ids)}
            place = {a.id: n for n, a in enumerate(siblings)}  # list.sort empties the list while sorting
            siblings.sort(key=lambda a: rank.get(a.id, len(rank) + place[a.id]))
            _renumber(siblings)
        return self.actions(owner_kind, owner_id)

    def delete_action(self, action_id: str) -> Deletion:
        """Delete an action with its indicators and progress; its challenges that concern nothing
        else go too (``db/deletions.py``). ``restore`` puts all of it back with the same ids."""
        with self.context.write() as session:
            action = self._action(session, action_id)
            served = served_recommendations(session, action.recommendation_id, action.cluster_id)
            deletion = deletions.delete(session, [action])
            session.flush()
            _renumber(self._siblings(session, action.recommendation_id, action.cluster_id))
            session.flush()
            apply_rollup(session, served)
        return deletion

    def restore(self, deletion: Deletion) -> None:
        """Put back what a deletion removed (undo): the same records with their ids."""
        from nrtd_desktop.services.deletions import DeletionService

        DeletionService(self.context).restore(deletion)

    def override_status(self, recommendation_id: str, status: str, reason: str) -> PlanView:
        """Set the status by hand; the roll-up leaves it alone until the override is cleared."""
        chosen = validation.member("status", status, ImplementationStatus)
        reason = validation.required_text("reason", reason)
        with self.context.write() as session:
            record = session.get(Recommendation, recommendation_id)
            if record is None:
                raise NotFoundError("recommendation", recommendation_id)
            record.status, record.status_overridden, record.status_override_reason = chosen, True, reason
        return self.plan(RECOMMENDATION, recommendation_id)

    def clear_override(self, recommendation_id: str) -> PlanView:
        """Hand the status back to the roll-up (which applies at once)."""
        with self.context.write() as session:
            record = session.get(Recommendation, recommendation_id)
            if record is None:
                raise NotFoundError("recommendation", recommendation_id)
            record.status_overridden, record.status_override_reason = False, None
            session.flush()
            apply_rollup(session, [recommendation_id])
        return self.plan(RECOMMENDATION, recommendation_id)

    def rollup(self, dry_run: bool = False) -> list[RollupChange]:
        """Roll every planned recommendation's status up again (after an import, or to check)."""
        if dry_run:
            with self.context.read() as session:
                return apply_rollup(session, planned_recommendations(session), dry_run=True)
        with self.context.write(detail="status roll-up") as session:
            return apply_rollup(session, planned_recommendations(session))

    # ---- health and timeline -----------------------------------------------------------------

    def health(self, stale_days: int = plan_health.DEFAULT_STALE_DAYS, limit: int | None = 500) -> PlanHealth:
        with self.context.read() as session:
            return plan_health.health(session, self.context.today(), stale_days, limit)

    def timeline(
        self,
        cluster: str | None = None,
        entity: str | None = None,
        recommendation: str | None = None,
        limit: int | None = None,
    ) -> Timeline:
        """The dated actions of a cluster (with its recommendations' own), of an entity (lead or
        partner), of a recommendation (with its cluster's), or of the whole plan; the first
        ``limit`` of them in the timeline's order, counted in full."""
        with self.context.read() as session:
            return plan_timeline.timeline(
                session,
                self.context.today(),
                cluster=cluster,
                entity=entity,
                recommendation=recommendation,
                limit=limit,
            )

    # ---- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _action(session: Session, action_id: str) -> Action:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError("action", action_id)
        return action

    @staticmethod
    def _owner_ids(session: Session, owner_kind: str, owner_id: str) -> tuple[str | None, str | None]:
        if owner_kind == RECOMMENDATION:
            if session.get(Recommendation, owner_id) is None:
                raise NotFoundError("recommendation", owner_id)
            return owner_id, None
        if owner_kind == CLUSTER:
            if session.get(Cluster, owner_id) is None:
                raise NotFoundError("cluster", owner_id)
            return None, owner_id
        raise ValidationError("plan.owner_required")

    @staticmethod
    def _siblings(session: Session, rec_id: str | None, cluster_id: str | None) -> list[Action]:
        column = Action.recommendation_id if rec_id else Action.cluster_id
        return list(
            session.scalars(
                select(Action)
                .where(column == (rec_id or cluster_id))
                .order_by(Action.sort_order, Action.created_at)
            )
        )

    @staticmethod
    def _served_by_action(session: Session, action_id: str) -> list[str]:
        owner = session.execute(
            select(Action.recommendation_id, Action.cluster_id).where(Action.id == action_id)
        ).first()
        return served_recommendations(session, owner[0], owner[1]) if owner else []


def _status_rank(status: str) -> int:
    return {"open": 0, "being_addressed": 1, "resolved": 2}.get(status, 3)


def _renumber(actions: list[Action]) -> None:
    for number, action in enumerate(actions, start=1):
        if action.sort_order != number:
            action.sort_order = number


def _apply_action(session: Session, action: Action, values: dict[str, Any], *, creating: bool) -> None:
    """Validate then write; a bad value changes nothing."""
    merged = {
        "title_ar": action.title_ar,
        "title_en": action.title_en,
        "start_date": action.start_date,
        "end_date": action.end_date,
        **values,
    }
    staged: dict[str, Any] = {}
    if creating or {"title_ar", "title_en"} & set(values):
        title_ar, title_en = (merged.get("title_ar") or "").strip(), (merged.get("title_en") or "").strip()
        if not title_ar and not title_en:
            raise ValidationError("validation.required", field="title")
        staged["title_ar"], staged["title_en"] = title_ar, title_en
    if creating or {"start_date", "end_date"} & set(values):
        start = validation.as_date("start_date", merged.get("start_date"))
        end = validation.as_date("end_date", merged.get("end_date"))
        validation.date_order(start, end)
        staged["start_date"], staged["end_date"] = start, end
    if creating or "status" in values:
        staged["status"] = validation.choice("status", values.get("status") or "not_started", ActionStatus)
    for name in ("description_ar", "description_en", "budget", "expected_output_ar", "expected_output_en"):
        if creating or name in values:
            staged[name] = (values.get(name) or "").strip()
    if creating or "lead_entity" in values:
        lead = values.get("lead_entity")
        staged["lead_entity_id"] = lookups.entity(session, lead).id if lead else None
    partners = None
    if creating or "partner_entities" in values:
        partners = lookups.entities(session, values.get("partner_entities") or (), field="partner_entities")
    for name, value in staged.items():
        setattr(action, name, value)
    if partners is not None:
        action.partners = partners
