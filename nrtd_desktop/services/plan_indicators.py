"""Indicators (with their SMART check) and progress updates: mixed into ``PlanService``."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db import deletions
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import Action, Entity, Indicator, ProgressUpdate, Recommendation
from nrtd_desktop.domain.enums import IndicatorType
from nrtd_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from nrtd_desktop.domain.smart import SmartCheck
from nrtd_desktop.dto.plan import (
    IndicatorInput,
    IndicatorRow,
    ProgressInput,
    ProgressRow,
)
from nrtd_desktop.services import lookups, validation
from nrtd_desktop.services.base import ServiceContext
from nrtd_desktop.services.plan_convert import indicator_rows, progress_row
from nrtd_desktop.services.plan_rollup import apply_rollup, served_recommendations

INDICATOR_FIELDS = {f.name for f in fields(IndicatorInput)}
PROGRESS_FIELDS = {f.name for f in fields(ProgressInput)}
# How often an indicator is reported; stored as these values ("" when not said).
FREQUENCIES = ("monthly", "quarterly", "semi_annual", "annual", "once")


class IndicatorsMixin:
    context: ServiceContext

    # ---- indicators --------------------------------------------------------------------------

    def indicators(
        self, action_id: str | None = None, recommendation_id: str | None = None
    ) -> list[IndicatorRow]:
        with self.context.read() as session:
            column = Indicator.action_id if action_id else Indicator.recommendation_id
            found = session.scalars(
                select(Indicator)
                .where(column == (action_id or recommendation_id))
                .order_by(Indicator.created_at)
            )
            return indicator_rows(session, list(found))

    def get_indicator(self, indicator_id: str) -> IndicatorRow:
        with self.context.read() as session:
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise NotFoundError("indicator", indicator_id)
            return indicator_rows(session, [indicator])[0]

    def smart_check(
        self, data: IndicatorInput, action_id: str | None = None, recommendation_id: str | None = None
    ) -> SmartCheck:
        """The SMART check of what is being typed, before it is saved (the editor shows it live)."""
        with self.context.read() as session:
            # A transient record, never added to the session: nothing is written.
            indicator = Indicator(action_id=action_id, recommendation_id=recommendation_id)
            _apply_indicator(session, indicator, _values(data), creating=True, strict=False)
            return indicator_rows(session, [indicator])[0].smart

    def create_indicator(
        self, data: IndicatorInput, action_id: str | None = None, recommendation_id: str | None = None
    ) -> IndicatorRow:
        if bool(action_id) == bool(recommendation_id):
            raise ValidationError("indicator.owner_required")
        with self.context.write() as session:
            if action_id and session.get(Action, action_id) is None:
                raise NotFoundError("action", action_id)
            if recommendation_id and session.get(Recommendation, recommendation_id) is None:
                raise NotFoundError("recommendation", recommendation_id)
            indicator = Indicator(action_id=action_id, recommendation_id=recommendation_id)
            _apply_indicator(session, indicator, _values(data), creating=True)
            session.add(indicator)
            session.flush()
            indicator_id = indicator.id
        return self.get_indicator(indicator_id)

    def update_indicator(
        self, indicator_id: str, changes: dict[str, Any], expected_version: int | None = None
    ) -> IndicatorRow:
        unknown = set(changes) - INDICATOR_FIELDS
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        with self.context.write() as session:
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise NotFoundError("indicator", indicator_id)
            if expected_version is not None and indicator.version != expected_version:
                raise StaleRecordError("indicator", indicator.name_ar or indicator.name_en)
            _apply_indicator(session, indicator, changes, creating=False)
        return self.get_indicator(indicator_id)

    def delete_indicator(self, indicator_id: str) -> Deletion:
        """Delete an indicator; the progress reported on it stays, on its action."""
        with self.context.write() as session:
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise NotFoundError("indicator", indicator_id)
            return deletions.delete(session, [indicator])

    # ---- progress updates --------------------------------------------------------------------

    def progress(self, action_id: str) -> list[ProgressRow]:
        """The action's progress updates, newest first."""
        P = ProgressUpdate
        with self.context.read() as session:
            rows = session.execute(
                select(P, Entity)
                .outerjoin(Entity, Entity.id == P.entity_id)
                .where(P.action_id == action_id)
                .order_by(P.reported_on.desc(), P.created_at.desc())
            ).all()
            return [progress_row(update, entity) for update, entity in rows]

    def get_progress(self, update_id: str) -> ProgressRow:
        with self.context.read() as session:
            update = session.get(ProgressUpdate, update_id)
            if update is None:
                raise NotFoundError("progress_update", update_id)
            return progress_row(update, session.get(Entity, update.entity_id) if update.entity_id else None)

    def add_progress(self, action_id: str, data: ProgressInput) -> ProgressRow:
        with self.context.write() as session:
            action = session.get(Action, action_id)
            if action is None:
                raise NotFoundError("action", action_id)
            update = ProgressUpdate(action_id=action_id)
            values = {f: getattr(data, f) for f in PROGRESS_FIELDS}
            values["reported_on"] = values["reported_on"] or self.context.today()
            _apply_progress(session, update, values, creating=True)
            session.add(update)
            session.flush()
            update_id = update.id
            apply_rollup(
                session, served_recommendations(session, action.recommendation_id, action.cluster_id)
            )
        return self.get_progress(update_id)

    def update_progress(
        self, update_id: str, changes: dict[str, Any], expected_version: int | None = None
    ) -> ProgressRow:
        unknown = set(changes) - PROGRESS_FIELDS
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        with self.context.write() as session:
            update = session.get(ProgressUpdate, update_id)
            if update is None:
                raise NotFoundError("progress_update", update_id)
            if expected_version is not None and update.version != expected_version:
                raise StaleRecordError("progress_update", update.reported_on.isoformat())
            _apply_progress(session, update, changes, creating=False)
            session.flush()
            action = session.get(Action, update.action_id)
            assert action is not None
            apply_rollup(
                session, served_recommendations(session, action.recommendation_id, action.cluster_id)
            )
        return self.get_progress(update_id)

    def delete_progress(self, update_id: str) -> Deletion:
        with self.context.write() as session:
            update = session.get(ProgressUpdate, update_id)
            if update is None:
                raise NotFoundError("progress_update", update_id)
            action = session.get(Action, update.action_id)
            deletion = deletions.delete(session, [update])
            session.flush()
            if action is not None:
                apply_rollup(
                    session, served_recommendations(session, action.recommendation_id, action.cluster_id)
                )
        return deletion


def _values(data: IndicatorInput) -> dict[str, Any]:
    return {f: getattr(data, f) for f in INDICATOR_FIELDS}


def _apply_indicator(
    session: Session, indicator: Indicator, values: dict[str, Any], *, creating: bool, strict: bool = True
) -> None:
    """Validate then write. ``strict=False`` (the live SMART check) lets a half-typed indicator
    through: the check itself reports what is missing."""
    staged: dict[str, Any] = {}
    if creating or {"name_ar", "name_en"} & set(values):
        name_ar = (values.get("name_ar", indicator.name_ar) or "").strip()
        name_en = (values.get("name_en", indicator.name_en) or "").strip()
        if strict and not name_ar and not name_en:
            raise ValidationError("validation.required", field="name")
        staged["name_ar"], staged["name_en"] = name_ar, name_en
    if creating or "indicator_type" in values:
        kind = values.get("indicator_type") or "process"
        staged["indicator_type"] = (
            validation.choice("indicator_type", kind, IndicatorType) if strict else kind
        )
    if creating or "frequency" in values:
        staged["frequency"] = (
            validation.choice("frequency", values.get("frequency"), FREQUENCIES, optional=True) or ""
        )
    for name in ("baseline", "target", "current_value", "unit", "data_source"):
        if creating or name in values:
            staged[name] = str(values.get(name) or "").strip()
    if creating or "due_date" in values:
        staged["due_date"] = validation.as_date("due_date", values.get("due_date"))
    if creating or "responsible_entity" in values:
        code = values.get("responsible_entity")
        staged["responsible_entity_id"] = (
            lookups.entity(session, code, field="responsible_entity").id if code else None
        )
    for name, value in staged.items():
        setattr(indicator, name, value)


def _apply_progress(
    session: Session, update: ProgressUpdate, values: dict[str, Any], *, creating: bool
) -> None:
    staged: dict[str, Any] = {}
    if creating or "reported_on" in values:
        reported = validation.as_date("reported_on", values.get("reported_on"))
        if reported is None:
            raise ValidationError("validation.required", field="reported_on")
        staged["reported_on"] = reported
    if creating or "percent" in values:
        staged["percent"] = validation.int_range("percent", values.get("percent"), 0, 100)
    for name in ("narrative_ar", "narrative_en", "evidence", "reporter"):
        if creating or name in values:
            staged[name] = (values.get(name) or "").strip()
    if creating or {"narrative_ar", "narrative_en"} & set(values):
        narrative_ar = staged.get("narrative_ar", update.narrative_ar)
        narrative_en = staged.get("narrative_en", update.narrative_en)
        if not narrative_ar and not narrative_en:
            raise ValidationError("validation.required", field="description")
    if creating or "entity" in values:
        code = values.get("entity")
        staged["entity_id"] = lookups.entity(session, code, field="entity").id if code else None
    if creating or "indicator_id" in values:
        indicator_id = values.get("indicator_id") or None
        if indicator_id:
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise ValidationError("validation.unknown", field="indicator", value=indicator_id)
            if indicator.action_id and indicator.action_id != update.action_id:
                raise ValidationError("progress.indicator_elsewhere", field="indicator")
        staged["indicator_id"] = indicator_id
    for name, value in staged.items():
        setattr(update, name, value)
