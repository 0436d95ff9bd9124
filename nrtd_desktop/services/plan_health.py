"""Plan health: the lists a coordinator works from, each counted in full and listed up to a limit.

- recommendations with no lead entity (neither their own nor their cluster's);
- recommendations with no action (neither their own nor their cluster's), leaving out the UPR
  recommendations the State only *noted*, which it has not committed to carry out;
- actions with no indicator; actions with no start or no end date;
- overdue actions (past their end date, neither completed nor cancelled), the latest first due;
- indicators with no progress reported in the last N days (an update linked to the indicator,
  to its action, or for a recommendation's indicator to one of its actions), leaving out the
  indicators of finished actions.

Set-based, so that the page opens at once on the full index (267,000 recommendations): every
condition compares a row with a set computed once (``x NOT IN (SELECT ...)``, which SQLite builds
into a temporary index), never with a subquery run again for each row (a correlated ``EXISTS``
costs one probe per recommendation, and a full scan per probe where the statistics say an index
is useless: 48 s for "no action" at 267,000). Each list is one statement for its first ``limit``
rows, owners and entity joined in, and one statement for its count; the counts are taken where
possible from indexes alone, because a recommendation row carries about 1 KB of text. The number
of statements does not depend on the number of rows (a test counts them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select, union
from sqlalchemy.orm import Session, aliased

from nrtd_desktop.db.models import Action, Cluster, Entity, Indicator, ProgressUpdate, Recommendation
from nrtd_desktop.domain.enums import Position
from nrtd_desktop.domain.rollup import FINISHED
from nrtd_desktop.dto.plan import (
    CLUSTER,
    RECOMMENDATION,
    HealthItem,
    HealthList,
    PlanHealth,
    PlanOwner,
)

DEFAULT_STALE_DAYS = 90
R, A, P = Recommendation, Action, ProgressUpdate
I = Indicator  # noqa: E741 - the table's initial, like R, A and P
LABEL_CHARS = 200
Ts = TypeVarTuple("Ts")
CHUNK = 900  # ids per IN list, well under SQLite's limit of bound parameters
NO_OWNER = PlanOwner(RECOMMENDATION, "")


def _short(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _limited(statement: Select[*Ts], limit: int | None) -> Select[*Ts]:
    return statement if limit is None else statement.limit(limit)


def _picked(key: Any, condition: ColumnElement[bool], order: tuple[Any, ...], limit: int | None) -> Any:
    """The rows to list: with a limit, the first ids alone are chosen (and sorted) before the owner
    and entity are joined in, so that only those rows are joined, not the thousands that match."""
    if limit is None:
        return condition
    return key.in_(select(key).where(condition).order_by(*order).limit(limit))


def _count_of(table: Any, *conditions: ColumnElement[bool]) -> Any:
    return select(func.count()).select_from(table).where(*conditions).scalar_subquery()


def _not_in(column: Any, values: Select[Any]) -> ColumnElement[bool]:
    """``column`` is empty or not among ``values`` (which hold no NULL). SQL's ``NOT IN`` alone is
    unknown, so false, for an empty column."""
    return or_(column.is_(None), column.not_in(values))


def _chunks(values: list[str]) -> Iterator[list[str]]:
    """At least one chunk, empty if need be: the same statements run whatever the data."""
    for start in range(0, max(len(values), 1), CHUNK):
        yield values[start : start + CHUNK]


# ---- the sets the conditions compare with --------------------------------------------------


def _led_clusters() -> Select[Any]:
    return select(Cluster.id).where(Cluster.lead_entity_id.is_not(None))


def _recommendations_with_own_action() -> Select[Any]:
    return select(A.recommendation_id).where(A.recommendation_id.is_not(None))


def _clusters_with_action() -> Select[Any]:
    return select(A.cluster_id).where(A.cluster_id.is_not(None))


def _not_noted() -> ColumnElement[bool]:
    return or_(R.position.is_(None), R.position != Position.NOTED)


# ---- conditions ------------------------------------------------------------------------------


def no_lead_entity_condition() -> ColumnElement[bool]:
    return and_(R.lead_entity_id.is_(None), _not_in(R.cluster_id, _led_clusters()))


def no_action_condition() -> ColumnElement[bool]:
    return and_(
        R.id.not_in(_recommendations_with_own_action()),
        _not_in(R.cluster_id, _clusters_with_action()),
        _not_noted(),
    )


def no_indicator_condition() -> ColumnElement[bool]:
    return A.id.not_in(select(I.action_id).where(I.action_id.is_not(None)))


def no_dates_condition() -> ColumnElement[bool]:
    return or_(A.start_date.is_(None), A.end_date.is_(None))


def overdue_action_condition(today: date) -> ColumnElement[bool]:
    return and_(A.end_date < today, A.status.not_in(list(FINISHED)))


def stale_indicator_condition(cutoff: date) -> ColumnElement[bool]:
    """No update since ``cutoff`` linked to the indicator, to its action, or (an indicator of a
    recommendation) to one of the recommendation's own actions; and its action is not finished."""
    recent = P.reported_on >= cutoff
    reported_actions = select(P.action_id).where(recent)
    reported_recommendations = select(A.recommendation_id).where(
        A.id.in_(reported_actions), A.recommendation_id.is_not(None)
    )
    return and_(
        I.id.not_in(select(P.indicator_id).where(recent, P.indicator_id.is_not(None))),
        _not_in(I.action_id, reported_actions),
        _not_in(I.recommendation_id, reported_recommendations),
        _not_in(I.action_id, select(A.id).where(A.status.in_(list(FINISHED)))),
    )


# ---- counts, from indexes where they can be --------------------------------------------------


def _count_no_lead_entity(session: Session) -> int:
    """Unled recommendations (an index count) less those whose cluster has a lead. ``likely`` tells
    SQLite that most recommendations have no lead of their own, so it finds the second set through
    the cluster index (a few thousand rows) rather than through the lead index (most of the table)."""
    unled = _count_of(R, R.lead_entity_id.is_(None))
    no_lead = R.lead_entity_id.is_(None)
    hinted = func.likely(no_lead) if session.get_bind().dialect.name == "sqlite" else no_lead  # SQLite's own
    covered = _count_of(R, hinted, R.cluster_id.in_(_led_clusters()))
    return int(session.scalar(select(unled - covered)) or 0)


def _count_no_action(session: Session) -> int:
    """All not noted, less the planned ones not noted: the planned set comes from the id and
    cluster indexes and is checked against the position index by rowid (every SQLite index holds
    it), so that no recommendation row is read."""
    # PostgreSQL has no rowid: the primary key serves there (its index holds it the same way).
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    rowid: ColumnElement[Any] = literal_column("rowid") if on_sqlite else R.id.expression
    planned = union(
        select(rowid.label("row_key")).select_from(R).where(R.id.in_(_recommendations_with_own_action())),
        select(rowid.label("row_key")).select_from(R).where(R.cluster_id.in_(_clusters_with_action())),
    ).cte("planned")
    planned_count = select(func.count()).select_from(planned).scalar_subquery()
    planned_noted = _count_of(R, R.position == Position.NOTED, rowid.in_(select(planned.c.row_key)))
    total = _count_of(R)
    noted = _count_of(R, R.position == Position.NOTED)
    return int(session.scalar(select(total - noted - (planned_count - planned_noted))) or 0)


def _count_actions(session: Session, condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(A).where(condition)) or 0)


# ---- the listed rows -------------------------------------------------------------------------


def _recommendation_items(
    session: Session, condition: ColumnElement[bool], limit: int | None
) -> tuple[HealthItem, ...]:
    statement = select(R.id, R.reference, R.text_ar, R.text_en).where(condition).order_by(R.reference_order)
    return tuple(
        HealthItem(
            "recommendation",
            row.id,
            PlanOwner(RECOMMENDATION, row.id, row.reference, row.reference),
            _short(row.text_ar),
            _short(row.text_en),
        )
        for row in session.execute(_limited(statement, limit))
    )


def _owner(rec_id: str | None, reference: str | None, cluster_id: str | None,
           names: tuple[str | None, str | None]) -> PlanOwner:
    """The plan an action or indicator belongs to, from the columns joined in (never a query)."""
    if rec_id:
        return PlanOwner(RECOMMENDATION, rec_id, reference, reference) if reference is not None else NO_OWNER
    if cluster_id and names[0] is not None and names[1] is not None:  # both, or neither (outer join)
        return PlanOwner(CLUSTER, cluster_id, names[0], names[1])
    return NO_OWNER


def _action_items(
    session: Session, condition: ColumnElement[bool], limit: int | None, *, by_end: bool = False
) -> tuple[HealthItem, ...]:
    K = aliased(Cluster)
    statement = (
        select(
            A.id,
            A.title_ar,
            A.title_en,
            A.end_date,
            A.recommendation_id,
            A.cluster_id,
            Entity.code,
            R.reference,
            K.name_ar,
            K.name_en,
        )
        .outerjoin(Entity, Entity.id == A.lead_entity_id)
        .outerjoin(R, R.id == A.recommendation_id)
        .outerjoin(K, K.id == A.cluster_id)
    )
    # The id last: rows that tie on the rest come in the same order every time (and under a limit,
    # the same rows).
    order = (
        (A.end_date, A.sort_order, A.id)
        if by_end
        else (A.recommendation_id, A.cluster_id, A.sort_order, A.id)
    )
    statement = statement.where(_picked(A.id, condition, order, limit)).order_by(*order)
    return tuple(
        HealthItem(
            "action",
            r.id,
            _owner(r.recommendation_id, r.reference, r.cluster_id, (r.name_ar, r.name_en)),
            r.title_ar,
            r.title_en,
            r.code,
            r.end_date if by_end else None,
        )
        for r in session.execute(statement)
    )


def _indicator_list(
    session: Session, condition: ColumnElement[bool], limit: int | None
) -> tuple[int, tuple[HealthItem, ...]]:
    """Count and first rows in one statement: the condition (four sets of updates and actions) is
    the dearest of the page, so the matching indicators are found once for both."""
    A1, K = aliased(Action), aliased(Cluster)
    matching = select(I.id, I.created_at).where(condition).cte("matching")
    chosen = select(matching.c.id)
    if limit is not None:
        chosen = chosen.order_by(matching.c.created_at, matching.c.id).limit(limit)
    owner_rec = func.coalesce(I.recommendation_id, A1.recommendation_id)
    statement = (
        select(
            I.id,
            I.name_ar,
            I.name_en,
            I.action_id,
            owner_rec.label("owner_rec"),
            A1.cluster_id,
            Entity.code,
            R.reference,
            K.name_ar.label("cluster_ar"),
            K.name_en.label("cluster_en"),
            select(func.count()).select_from(matching).scalar_subquery().label("total"),
        )
        .outerjoin(Entity, Entity.id == I.responsible_entity_id)
        .outerjoin(A1, A1.id == I.action_id)
        .outerjoin(R, R.id == owner_rec)
        .outerjoin(K, K.id == A1.cluster_id)
        .where(I.id.in_(chosen))
        .order_by(I.created_at, I.id)
    )
    rows = session.execute(statement).all()
    if rows:
        count = rows[0].total
    elif limit == 0:  # nothing listed on purpose: the count must still be taken
        count = int(session.scalar(select(func.count()).select_from(I).where(condition)) or 0)
    else:
        count = 0
    last = _last_progress(session, rows)
    return count, tuple(
        HealthItem(
            "indicator",
            r.id,
            _owner(r.owner_rec, r.reference, r.cluster_id, (r.cluster_ar, r.cluster_en)),
            r.name_ar,
            r.name_en,
            r.code,
            last.get(r.id),
        )
        for r in rows
    )


def _last_progress(session: Session, rows: Sequence[Any]) -> dict[str, date]:
    """The newest update that speaks for each listed indicator: one linked to it, or any update of
    its action (as ``plan_convert.last_progress_of_indicators`` reads it for the plan editor)."""
    by_indicator: dict[str, date] = {}
    by_action: dict[str, date] = {}
    for chunk in _chunks([r.id for r in rows]):
        by_indicator.update(
            session.execute(  # type: ignore[arg-type]
                select(P.indicator_id, func.max(P.reported_on))
                .where(P.indicator_id.in_(chunk))
                .group_by(P.indicator_id)
            ).all()
        )
    for chunk in _chunks(sorted({r.action_id for r in rows if r.action_id})):
        by_action.update(
            session.execute(
                select(P.action_id, func.max(P.reported_on))
                .where(P.action_id.in_(chunk))
                .group_by(P.action_id)
            ).all()
        )
    last = {}
    for r in rows:
        dates = [d for d in (by_indicator.get(r.id), by_action.get(r.action_id)) if d]
        if dates:
            last[r.id] = max(dates)
    return last


def health(
    session: Session, today: date, stale_days: int = DEFAULT_STALE_DAYS, limit: int | None = 500
) -> PlanHealth:
    from nrtd_desktop.services.validation import int_range

    stale_days = int_range("stale_days", stale_days, 1, 3650, optional=False) or DEFAULT_STALE_DAYS
    cutoff = today - timedelta(days=stale_days)
    stale = stale_indicator_condition(cutoff)
    overdue = overdue_action_condition(today)
    lists = {
        "no_lead_entity": (
            _count_no_lead_entity(session),
            _recommendation_items(session, no_lead_entity_condition(), limit),
        ),
        "no_action": (
            _count_no_action(session),
            _recommendation_items(session, no_action_condition(), limit),
        ),
        "action_no_indicator": (
            _count_actions(session, no_indicator_condition()),
            _action_items(session, no_indicator_condition(), limit),
        ),
        "action_no_dates": (
            _count_actions(session, no_dates_condition()),
            _action_items(session, no_dates_condition(), limit),
        ),
        "overdue_actions": (
            _count_actions(session, overdue),
            _action_items(session, overdue, limit, by_end=True),
        ),
        "stale_indicators": _indicator_list(session, stale, limit),
    }
    return PlanHealth(
        today=today,
        stale_days=stale_days,
        lists={key: HealthList(key, count, items) for key, (count, items) in lists.items()},
    )
