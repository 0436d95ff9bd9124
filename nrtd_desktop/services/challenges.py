"""Challenges and obstacles (التحديات والعقبات) and their analysis.

A challenge is attached to a recommendation, an action or an entity (any of them, at least one).
The analysis counts each challenge:

- under its category;
- under one entity: the entity it names, else its action's lead entity, else the lead entity
  of its recommendation (its own, or its action's), else its action's cluster's lead entity,
  else "none" — so that every challenge is counted once and the figures add up;
- under every theme of the recommendations it concerns (its recommendation, its action's, and
  for a cluster action every recommendation of the cluster), once per theme.

Every list and table puts the open ones first (open, being addressed, resolved).
"""

from __future__ import annotations

import builtins
from dataclasses import fields
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select, union
from sqlalchemy.orm import Session, aliased

from nrtd_desktop.db import deletions
from nrtd_desktop.db.deletions import Deletion
from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Entity,
    Recommendation,
    Theme,
    recommendation_themes,
)
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.enums import ChallengeCategory, ChallengeStatus
from nrtd_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from nrtd_desktop.domain.support import asks_for_support
from nrtd_desktop.dto.plan import (
    ChallengeFilter,
    ChallengeInput,
    ChallengeRow,
    ChallengeStats,
    CountRow,
)
from nrtd_desktop.dto.register import EntityRef
from nrtd_desktop.services import lookups, validation
from nrtd_desktop.services.base import Service
from nrtd_desktop.services.plan_convert import challenge_rows

C = Challenge
CHALLENGE_FIELDS = {f.name for f in fields(ChallengeInput)}
TEXT_FIELDS = (
    "description_ar",
    "description_en",
    "effect_ar",
    "effect_en",
    "mitigation_ar",
    "mitigation_en",
    "support_needed_ar",
    "support_needed_en",
)
STATUS_ORDER = [str(s) for s in ChallengeStatus]
NO_ENTITY = ("بلا جهة محددة", "No entity")


def status_rank() -> ColumnElement[int]:
    return case({s: n for n, s in enumerate(STATUS_ORDER)}, value=C.status, else_=len(STATUS_ORDER))


def _entity_query() -> tuple[Select[str, str], ColumnElement[str]]:
    """challenge id with the entity it is counted under (see the module docstring)."""
    A, R1, R2, K = aliased(Action), aliased(Recommendation), aliased(Recommendation), aliased(Cluster)
    entity = func.coalesce(
        C.entity_id, A.lead_entity_id, R1.lead_entity_id, R2.lead_entity_id, K.lead_entity_id
    )
    statement = (
        select(C.id.label("challenge_id"), entity.label("entity_id"))
        .outerjoin(A, A.id == C.action_id)
        .outerjoin(R1, R1.id == C.recommendation_id)
        .outerjoin(R2, R2.id == A.recommendation_id)
        .outerjoin(K, K.id == A.cluster_id)
    )
    return statement, entity


def challenge_recommendations_query() -> Any:
    """(challenge id, recommendation id) for every recommendation a challenge concerns."""
    A, R = aliased(Action), aliased(Recommendation)
    return union(
        select(C.id.label("challenge_id"), C.recommendation_id.label("recommendation_id")).where(
            C.recommendation_id.is_not(None)
        ),
        select(C.id, A.recommendation_id)
        .join(A, A.id == C.action_id)
        .where(A.recommendation_id.is_not(None)),
        select(C.id, R.id)
        .join(A, A.id == C.action_id)
        .join(R, R.cluster_id == A.cluster_id)
        .where(A.cluster_id.is_not(None)),
    ).subquery()


def _theme_query() -> Any:
    """(challenge id, theme key), each pair once."""
    concerns = challenge_recommendations_query()
    link = recommendation_themes
    return (
        select(concerns.c.challenge_id, link.c.theme_key)
        .join(link, link.c.recommendation_id == concerns.c.recommendation_id)
        .distinct()
        .subquery()
    )


def _status_counts(session: Session, statement: Select[Any], key: Any) -> dict[str, dict[str, int]]:
    """{key: {status: count}} for a statement that joins to Challenge."""
    counts: dict[str, dict[str, int]] = {}
    grouped = statement.add_columns(C.status, func.count()).group_by(key, C.status)
    for value, status, number in session.execute(grouped):
        counts.setdefault("none" if value is None else str(value), {})[status] = number
    return counts


def _rows(
    counts: dict[str, dict[str, int]], names: dict[str, tuple[str, str]], keep_zero: bool
) -> tuple[CountRow, ...]:
    keys = list(names) if keep_zero else []
    keys += [k for k in counts if k not in keys]
    rows = []
    for key in keys:
        by = counts.get(key, {})
        name_ar, name_en = names.get(key, (key, key))
        rows.append(
            CountRow(
                key=key,
                name_ar=name_ar,
                name_en=name_en,
                total=sum(by.values()),
                open=by.get("open", 0),
                being_addressed=by.get("being_addressed", 0),
                resolved=by.get("resolved", 0),
            )
        )
    order = {k: n for n, k in enumerate(keys)}
    return tuple(sorted(rows, key=lambda r: (-r.open, -r.being_addressed, -r.total, order[r.key])))


class ChallengeService(Service):
    # ---- reading -----------------------------------------------------------------------------

    def list(self, f: ChallengeFilter | None = None) -> list[ChallengeRow]:
        """Challenges matching every facet of ``f``, open first, then by category.

        One statement, the recommendation's reference, the action's title and the entity joined
        in, read as plain rows (the analysis lists every challenge of the plan at once)."""
        f = f or ChallengeFilter()
        with self.context.read() as session:
            R1, A1, E1 = aliased(Recommendation), aliased(Action), aliased(Entity)
            category_rank = case(
                {str(c): n for n, c in enumerate(ChallengeCategory)}, value=C.category, else_=99
            )
            statement = (
                select(
                    *ROW_COLUMNS,
                    R1.reference,
                    A1.title_ar,
                    A1.title_en,
                    E1.id,
                    E1.code,
                    E1.name_ar,
                    E1.name_en,
                )
                .outerjoin(R1, R1.id == C.recommendation_id)
                .outerjoin(A1, A1.id == C.action_id)
                .outerjoin(E1, E1.id == C.entity_id)
                .where(*self._conditions(session, f))
                .order_by(status_rank(), category_rank, C.reported_on.desc(), C.created_at, C.id)
            )
            return [_challenge_row(row) for row in session.connection().execute(statement)]

    def get(self, challenge_id: str) -> ChallengeRow:
        with self.context.read() as session:
            challenge = session.get(C, challenge_id)
            if challenge is None:
                raise NotFoundError("challenge", challenge_id)
            return challenge_rows(session, [challenge])[0]

    def stats(self) -> ChallengeStats:
        with self.context.read() as session:
            total = int(session.scalar(select(func.count()).select_from(C)) or 0)
            by_status = {s: 0 for s in STATUS_ORDER}
            by_status.update(dict(session.execute(select(C.status, func.count()).group_by(C.status)).all()))
            category_names = {str(k): v for k, v in labels.CHALLENGE_CATEGORIES.items()}
            by_category = _rows(
                _status_counts(session, select(C.category), C.category), category_names, keep_zero=True
            )

            entity_sub = _entity_query()[0].subquery()
            entity_counts = _status_counts(
                session,
                select(entity_sub.c.entity_id)
                .select_from(entity_sub)
                .join(C, C.id == entity_sub.c.challenge_id),
                entity_sub.c.entity_id,
            )
            entity_names = {e.id: (e.name_ar, e.name_en or e.code) for e in session.scalars(select(Entity))}
            entity_names["none"] = NO_ENTITY
            by_entity = _rows(
                entity_counts, {k: v for k, v in entity_names.items() if k in entity_counts}, False
            )

            themes = _theme_query()
            theme_counts = _status_counts(
                session,
                select(themes.c.theme_key).select_from(themes).join(C, C.id == themes.c.challenge_id),
                themes.c.theme_key,
            )
            theme_names = {
                t.key: (t.name_ar, t.name_en)
                for t in session.scalars(select(Theme).where(Theme.key.in_(list(theme_counts))))
            }
            by_theme = _rows(theme_counts, theme_names, False)
            # A field saying that no support is needed ("لا يلزم دعم إضافي") is not a request.
            support = sum(
                1
                for ar, en in session.execute(
                    select(C.support_needed_ar, C.support_needed_en).where(
                        (func.trim(C.support_needed_ar) != "") | (func.trim(C.support_needed_en) != "")
                    )
                )
                if asks_for_support(ar, en)
            )
        return ChallengeStats(
            total=total,
            by_status=by_status,
            by_category=by_category,
            by_entity=by_entity,
            by_theme=by_theme,
            support_requested=support,
        )

    def _conditions(self, session: Session, f: ChallengeFilter) -> builtins.list[ColumnElement[bool]]:
        where: builtins.list[ColumnElement[bool]] = []
        if f.category:
            where.append(C.category == f.category)
        if f.status:
            where.append(C.status == f.status)
        if f.recommendation_id:
            where.append(C.recommendation_id == f.recommendation_id)
        if f.action_id:
            where.append(C.action_id == f.action_id)
        if f.entity:
            statement, entity = _entity_query()
            if f.entity == "none":
                wanted: ColumnElement[bool] = entity.is_(None)
            else:
                entity_id = session.scalar(
                    select(Entity.id).where((Entity.id == f.entity) | (Entity.code == f.entity))
                )
                wanted = entity == (entity_id or "")
            where.append(C.id.in_(statement.with_only_columns(C.id).where(wanted)))
        if f.theme:
            themes = _theme_query()
            where.append(C.id.in_(select(themes.c.challenge_id).where(themes.c.theme_key == f.theme)))
        return where

    # ---- writing -----------------------------------------------------------------------------

    def create(self, data: ChallengeInput) -> ChallengeRow:
        with self.context.write() as session:
            challenge = Challenge()
            _apply(session, challenge, {f: getattr(data, f) for f in CHALLENGE_FIELDS}, creating=True)
            challenge.reported_on = challenge.reported_on or self.context.today()
            session.add(challenge)
            session.flush()
            challenge_id = challenge.id
        return self.get(challenge_id)

    def update(
        self, challenge_id: str, changes: dict[str, Any], expected_version: int | None = None
    ) -> ChallengeRow:
        unknown = set(changes) - CHALLENGE_FIELDS
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        with self.context.write() as session:
            challenge = session.get(C, challenge_id)
            if challenge is None:
                raise NotFoundError("challenge", challenge_id)
            if expected_version is not None and challenge.version != expected_version:
                raise StaleRecordError("challenge", challenge.description_ar or challenge.description_en)
            _apply(session, challenge, changes, creating=False)
        return self.get(challenge_id)

    def delete(self, challenge_id: str) -> Deletion:
        """Delete; ``services.deletions.restore`` (or ``plan.restore``) puts it back."""
        with self.context.write() as session:
            challenge = session.get(C, challenge_id)
            if challenge is None:
                raise NotFoundError("challenge", challenge_id)
            return deletions.delete(session, [challenge])


ROW_COLUMNS = (
    C.id,
    C.version,
    C.category,
    C.description_ar,
    C.description_en,
    C.effect_ar,
    C.effect_en,
    C.mitigation_ar,
    C.mitigation_en,
    C.support_needed_ar,
    C.support_needed_en,
    C.status,
    C.recommendation_id,
    C.action_id,
    C.reported_on,
)


def _challenge_row(row: Any) -> ChallengeRow:
    """A row of ``ChallengeService.list``'s statement as ``plan_convert.challenge_rows`` builds it."""
    values = dict(zip((c.key for c in ROW_COLUMNS), row[: len(ROW_COLUMNS)], strict=True))
    reference, title_ar, title_en, entity_id, code, name_ar, name_en = row[len(ROW_COLUMNS) :]
    return ChallengeRow(
        **values,
        recommendation_reference=reference,
        action_title_ar=title_ar,
        action_title_en=title_en,
        entity=EntityRef(entity_id, code, name_ar, name_en) if entity_id else None,
    )


def _apply(session: Session, challenge: Challenge, values: dict[str, Any], *, creating: bool) -> None:
    staged: dict[str, Any] = {}
    if creating or "category" in values:
        staged["category"] = validation.choice(
            "category", values.get("category") or "other", ChallengeCategory
        )
    if creating or "status" in values:
        staged["status"] = validation.choice("status", values.get("status") or "open", ChallengeStatus)
    for name in TEXT_FIELDS:
        if creating or name in values:
            staged[name] = (values.get(name) or "").strip()
    description = (
        staged.get("description_ar", challenge.description_ar),
        staged.get("description_en", challenge.description_en),
    )
    if not any(description):
        raise ValidationError("validation.required", field="description")
    if creating or "reported_on" in values:
        staged["reported_on"] = validation.as_date("reported_on", values.get("reported_on"))
    if creating or "recommendation_id" in values:
        rec_id = values.get("recommendation_id") or None
        if rec_id and session.get(Recommendation, rec_id) is None:
            raise ValidationError("validation.unknown", field="recommendation", value=rec_id)
        staged["recommendation_id"] = rec_id
    if creating or "action_id" in values:
        action_id = values.get("action_id") or None
        if action_id and session.get(Action, action_id) is None:
            raise ValidationError("validation.unknown", field="action", value=action_id)
        staged["action_id"] = action_id
    if creating or "entity" in values:
        code = values.get("entity")
        staged["entity_id"] = lookups.entity(session, code, field="entity").id if code else None
    attached = [staged.get(k, getattr(challenge, k)) for k in ("recommendation_id", "action_id", "entity_id")]
    if not any(attached):
        raise ValidationError("challenge.attachment_required")
    for name, value in staged.items():
        setattr(challenge, name, value)
