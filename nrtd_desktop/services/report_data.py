"""What the five printed reports show, gathered from the services as plain dataclasses (no Qt).

One function per report; each takes the register's filter (``RecommendationFilter``), so a
report prints exactly what the person selected on screen:

    plan_data(services, f, group_by="cluster"|"theme") -> PlanData
    progress_data(services, f, date_from, date_to) -> ProgressData        (uses services.figures)
    entity_data(services, code, f) -> EntitySheetData
    challenges_data(services, f, date_from, date_to) -> ChallengesData
    recommendation_data(services, reference) -> RecommendationSheetData
    check_filter(services, f)  -> raises ValidationError for an unknown entity or cluster

The progress report's figures come from ``services.figures`` (the dashboard's source), so that
the screen and the paper never disagree. The action plan reads the whole selection in one
transaction with the plan service's own converters: a 1,000-recommendation plan must not make
thousands of service calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from nrtd_desktop.db.models import (
    Action,
    Cluster,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
    State,
    Theme,
    action_partners,
    recommendation_states,
    recommendation_supporting_entities,
)
from nrtd_desktop.domain import labels
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.rollup import is_overdue
from nrtd_desktop.domain.support import asks_for_support
from nrtd_desktop.dto.figures import ActionFilter, ChallengeScope, Figures
from nrtd_desktop.dto.plan import (
    CLUSTER,
    RECOMMENDATION,
    ActionRow,
    ChallengeRow,
    CountRow,
    IndicatorRow,
    PlanOwner,
    PlanView,
)
from nrtd_desktop.dto.register import (
    EntityRef,
    EntityRow,
    RecommendationDetail,
    RecommendationFilter,
)
from nrtd_desktop.dto.reports import (
    MAX_UPDATES,
    NO_GROUP,
    ChallengesData,
    EntitySheetData,
    PlanData,
    PlanGroup,
    PlanItem,
    ProgressData,
    RecommendationSheetData,
    UpdateLine,
)
from nrtd_desktop.services import register_query
from nrtd_desktop.services.challenges import _entity_query
from nrtd_desktop.services.convert import entity_ref
from nrtd_desktop.services.figures import action_conditions
from nrtd_desktop.services.plan_convert import (
    action_rows,
    indicator_counts,
    indicator_rows,
    latest_progress,
    load_actions,
    progress_row,
)

if TYPE_CHECKING:
    from nrtd_desktop.services import Services

GROUP_BY = ("cluster", "theme")
NO_CLUSTER = ("توصيات خارج المجموعات المواضيعية", "Recommendations not in a cluster")
NO_THEME = ("توصيات بلا موضوع", "Recommendations without a theme")
OPEN_STATUSES = ("open", "being_addressed")


# ---- the action plan ------------------------------------------------------------------------


def plan_data(
    services: Services, f: RecommendationFilter | None = None, group_by: str = "cluster"
) -> PlanData:
    if group_by not in GROUP_BY:
        raise ValidationError("validation.invalid_choice", field="group_by", value=group_by)
    f = f or RecommendationFilter()
    check_filter(services, f)
    context = services.context
    today = context.today()
    rows = sorted(services.recommendations.list(f, limit=None), key=lambda r: natural_key(r.reference))
    with context.read() as session:
        scope = select(Recommendation.id).where(*register_query.conditions(session, f, today))
        clusters_in_scope = select(Recommendation.cluster_id).where(
            *register_query.conditions(session, f, today), Recommendation.cluster_id.is_not(None)
        )
        entities = {e.id: e for e in session.scalars(select(Entity))}
        refs = {key: entity_ref(e) for key, e in entities.items()}  # one EntityRef per entity
        by_code = {e.code: refs[e.id] for e in entities.values()}
        supporting: dict[str, list[EntityRef]] = {}
        link = recommendation_supporting_entities
        for rec_id, entity_id in session.execute(
            select(link.c.recommendation_id, link.c.entity_id).where(link.c.recommendation_id.in_(scope))
        ):
            ref = refs.get(entity_id)
            if ref is not None:
                supporting.setdefault(rec_id, []).append(ref)
        clusters = {
            c.id: c for c in session.scalars(select(Cluster).where(Cluster.id.in_(clusters_in_scope)))
        }
        owners = {r.id: PlanOwner(RECOMMENDATION, r.id, r.reference, r.reference) for r in rows}
        owners |= {c.id: PlanOwner(CLUSTER, c.id, c.name_ar, c.name_en) for c in clusters.values()}
        own = bulk_action_rows(session, Action.recommendation_id.in_(scope), owners, entities, today, refs)
        in_clusters = Action.cluster_id.in_(clusters_in_scope)
        shared = bulk_action_rows(session, in_clusters, owners, entities, today, refs)
        action_ids = select(Action.id).where(
            or_(Action.recommendation_id.in_(scope), Action.cluster_id.in_(clusters_in_scope))
        )
        attached = or_(Indicator.recommendation_id.in_(scope), Indicator.action_id.in_(action_ids))
        indicators = indicator_rows(
            session, list(session.scalars(select(Indicator).where(attached).order_by(Indicator.created_at)))
        )
        cluster_of = dict(
            session.execute(
                select(Recommendation.id, Recommendation.cluster_id).where(Recommendation.id.in_(scope))
            ).all()
        )
        theme_names = {
            key: (ar, en) for key, ar, en in session.execute(select(Theme.key, Theme.name_ar, Theme.name_en))
        }
        states: dict[str, list[tuple[str, str]]] = {}
        link_states = recommendation_states
        for rec_id, name_ar, name_en in session.execute(
            select(link_states.c.recommendation_id, State.name_ar, State.name_en)
            .join(State, State.alpha3 == link_states.c.state_alpha3)
            .where(link_states.c.recommendation_id.in_(scope))
            .order_by(State.name_en)
        ):
            states.setdefault(rec_id, []).append((name_ar or name_en, name_en or name_ar))
        cluster_parts = {
            cid: (
                entity_ref(entities.get(c.lead_entity_id or "")),
                tuple(sorted((r for r in map(entity_ref, c.supporting_entities) if r), key=lambda e: e.code)),
            )
            for cid, c in clusters.items()
        }
    actions_of: dict[str, list[ActionRow]] = {}
    for action in own:
        actions_of.setdefault(action.owner.id, []).append(action)
    cluster_actions: dict[str, list[ActionRow]] = {}
    for action in shared:
        cluster_actions.setdefault(action.owner.id, []).append(action)
    by_action = {a.id: a for a in (*own, *shared)}
    indicators_of: dict[str, list[IndicatorRow]] = {}
    for indicator in indicators:
        owner = indicator.recommendation_id
        if owner is None and indicator.action_id in by_action:
            owner = by_action[indicator.action_id].owner.id
        if owner is not None:
            indicators_of.setdefault(owner, []).append(indicator)

    items: dict[str, PlanItem] = {}
    for row in rows:
        mine = tuple(actions_of.get(row.id, ()))
        cluster_id = cluster_of.get(row.id)
        late = any(a.overdue for a in mine) or any(
            a.overdue for a in cluster_actions.get(cluster_id or "", ())
        )
        items[row.id] = PlanItem(
            recommendation=row,
            lead_entity=by_code.get(row.lead_entity or ""),
            supporting_entities=tuple(sorted(supporting.get(row.id, ()), key=lambda e: e.code)),
            actions=mine,
            indicators=tuple(indicators_of.get(row.id, ())),
            overdue=late,
            states=tuple(states.get(row.id, ())),
        )

    groups: list[PlanGroup] = []
    if group_by == "cluster":
        members: dict[str, list[PlanItem]] = {}
        for row in rows:
            members.setdefault(cluster_of.get(row.id) or "", []).append(items[row.id])
        ordered = sorted(clusters.values(), key=lambda c: (c.name_ar, c.name_en))
        for c in ordered:
            if c.id not in members:
                continue
            lead, helpers = cluster_parts[c.id]
            groups.append(
                PlanGroup(
                    key=c.id,
                    name_ar=c.name_ar,
                    name_en=c.name_en,
                    lead_entity=lead,
                    supporting_entities=helpers,
                    description_ar=c.description_ar or "",
                    description_en=c.description_en or "",
                    cluster_actions=tuple(cluster_actions.get(c.id, ())),
                    cluster_indicators=tuple(indicators_of.get(c.id, ())),
                    items=tuple(members[c.id]),
                )
            )
        if "" in members:
            groups.append(_plain_group(NO_GROUP, NO_CLUSTER, members[""]))
    else:
        members = {}
        for row in rows:
            for key in row.themes or ("",):
                members.setdefault(key, []).append(items[row.id])
        keys = sorted((k for k in members if k), key=lambda k: theme_names.get(k, (k, k)))
        for key in keys:
            group_items = members[key]
            seen: set[str] = set()
            shared_here: list[ActionRow] = []
            shared_indicators: list[IndicatorRow] = []
            for item in group_items:
                cluster_id = cluster_of.get(item.recommendation.id)
                if cluster_id and cluster_id not in seen:
                    seen.add(cluster_id)
                    shared_here += cluster_actions.get(cluster_id, ())
                    shared_indicators += indicators_of.get(cluster_id, ())
            name_ar, name_en = theme_names.get(key, (key, key))
            groups.append(
                PlanGroup(
                    key=key,
                    name_ar=name_ar,
                    name_en=name_en,
                    lead_entity=None,
                    supporting_entities=(),
                    description_ar="",
                    description_en="",
                    cluster_actions=tuple(shared_here),
                    cluster_indicators=tuple(shared_indicators),
                    items=tuple(group_items),
                )
            )
        if "" in members:
            groups.append(_plain_group(NO_GROUP, NO_THEME, members[""]))
    return PlanData(
        filter=f,
        group_by=group_by,
        today=today,
        groups=tuple(groups),
        recommendations=len(rows),
        actions=len(own) + len(shared),
        overdue_actions=sum(1 for a in (*own, *shared) if a.overdue),
    )


def _plain_group(key: str, names: tuple[str, str], members: list[PlanItem]) -> PlanGroup:
    return PlanGroup(
        key=key,
        name_ar=names[0],
        name_en=names[1],
        lead_entity=None,
        supporting_entities=(),
        description_ar="",
        description_en="",
        cluster_actions=(),
        cluster_indicators=(),
        items=tuple(members),
    )


# ---- the progress report --------------------------------------------------------------------


def progress_data(
    services: Services,
    f: RecommendationFilter | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> ProgressData:
    f = f or RecommendationFilter()
    check_filter(services, f)
    check_period(date_from, date_to)
    figures: Figures = services.figures.figures(f, date_from, date_to)
    today = figures.today
    late = services.figures.actions(ActionFilter(scope=f, end_to=today - timedelta(days=1), open_only=True))
    period_from, period_to = figures.period_from, figures.period_to
    context = services.context
    with context.read() as session:
        in_scope = action_conditions(session, ActionFilter(scope=f), today)
        P = ProgressUpdate
        where = [P.reported_on >= period_from, P.reported_on <= period_to, *in_scope]
        statement = (
            select(P, Entity, Action)
            .join(Action, Action.id == P.action_id)
            .outerjoin(Entity, Entity.id == P.entity_id)
            .where(*where)
            .order_by(P.reported_on.desc(), P.created_at.desc())
        )
        found = session.execute(statement).all()
        owners: dict[tuple[str | None, str | None], PlanOwner] = {}
        from nrtd_desktop.services.plan_convert import owner_of

        lines = []
        for update, entity, action in found[:MAX_UPDATES]:
            key = (action.recommendation_id, action.cluster_id)
            if key not in owners:
                owners[key] = owner_of(session, *key)
            lines.append(
                UpdateLine(progress_row(update, entity), action.title_ar, action.title_en, owners[key])
            )
    return ProgressData(
        filter=f,
        today=today,
        period_from=period_from,
        period_to=period_to,
        figures=figures,
        overdue_actions=tuple(late),
        updates=tuple(lines),
        updates_total=len(found),
    )


# ---- the entity sheet -----------------------------------------------------------------------


def entity_data(
    services: Services, code: str, f: RecommendationFilter | None = None, lang: Lang = "ar"
) -> EntitySheetData:
    """``lang`` names the clusters of the recommendation rows (RecommendationRow.cluster)."""
    f = f or RecommendationFilter()
    entity = resolve_entity(services, code)
    base = replace(f, entity=(), lead_entity=())  # the sheet's own subject replaces those facets
    check_filter(services, base)
    listed = services.recommendations.list
    leads = sorted(
        listed(replace(base, lead_entity=(entity.code,)), limit=None, lang=lang),
        key=lambda r: natural_key(r.reference),
    )
    lead_ids = {r.id for r in leads}
    supports = sorted(
        (
            r
            for r in listed(replace(base, entity=(entity.code,)), limit=None, lang=lang)
            if r.id not in lead_ids
        ),
        key=lambda r: natural_key(r.reference),
    )
    clusters = services.clusters.list()
    wanted_clusters = None
    if not base.is_empty():
        wanted_clusters = {r.cluster for r in listed(base, limit=None, lang=lang)}
    in_scope = [
        c
        for c in clusters
        if wanted_clusters is None or c.name_ar in wanted_clusters or c.name_en in wanted_clusters
    ]
    today = services.context.today()
    with services.context.read() as session:
        mine = or_(
            Action.lead_entity_id == entity.id,
            Action.id.in_(
                select(action_partners.c.action_id).where(action_partners.c.entity_id == entity.id)
            ),
        )
        conditions = action_conditions(session, ActionFilter(scope=base), today)
        actions = load_actions(session, mine, *conditions)
        actions.sort(key=lambda a: (a.end_date is None, a.end_date or date.max, a.sort_order))
        # Overdue actions first (what the focal point must chase), then the rest by end date.
        rows = sorted(action_rows(session, actions, today), key=lambda a: not a.overdue)
        counted, _ = _entity_query()
        counted_here = {cid for cid, eid in session.execute(counted) if eid == entity.id}
    challenges = services.figures.challenges(ChallengeScope(scope=base, statuses=OPEN_STATUSES))
    mine_challenges = tuple(
        c for c in challenges if c.id in counted_here or (c.entity is not None and c.entity.id == entity.id)
    )
    return EntitySheetData(
        entity=entity,
        filter=base,
        today=today,
        leads=tuple(leads),
        supports=tuple(supports),
        lead_clusters=tuple(c for c in in_scope if c.lead_entity == entity.code),
        supporting_clusters=tuple(c for c in in_scope if entity.code in c.supporting_entities),
        actions=tuple(rows),
        challenges=mine_challenges,
    )


# ---- the challenges analysis ----------------------------------------------------------------


def challenges_data(
    services: Services,
    f: RecommendationFilter | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> ChallengesData:
    f = f or RecommendationFilter()
    check_filter(services, f)
    check_period(date_from, date_to)
    found: list[ChallengeRow] = services.figures.challenges(
        ChallengeScope(scope=f, reported_from=date_from, reported_to=date_to)
    )
    with services.context.read() as session:
        counted, _ = _entity_query()
        under = dict(session.execute(counted).all())
        entities = {e.id: (e.code, e.name_ar, e.name_en or e.code) for e in session.scalars(select(Entity))}
    category_names = {str(k): v for k, v in labels.CHALLENGE_CATEGORIES.items()}
    entity_of: dict[str, str] = {}
    entity_names: dict[str, tuple[str, str]] = {}
    for c in found:
        entity_id = under.get(c.id)
        if entity_id and entity_id in entities:
            code, name_ar, name_en = entities[entity_id]
            entity_of[c.id] = code
            entity_names[code] = (name_ar, name_en)
        else:
            entity_of[c.id] = "none"
            entity_names["none"] = ("بلا جهة محددة", "No entity")
    by_category = _count_rows(found, lambda c: c.category, category_names)
    by_entity = _count_rows(found, lambda c: entity_of[c.id], entity_names)
    support = tuple(c for c in found if asks_for_support(c.support_needed_ar, c.support_needed_en))
    return ChallengesData(
        filter=f,
        today=services.context.today(),
        period_from=date_from,
        period_to=date_to,
        challenges=tuple(found),
        by_category=by_category,
        by_entity=by_entity,
        entity_of=entity_of,
        support_requested=support,
    )


def _count_rows(
    challenges: Iterable[ChallengeRow], key_of: Any, names: dict[str, tuple[str, str]]
) -> tuple[CountRow, ...]:
    counts: dict[str, dict[str, int]] = {}
    for c in challenges:
        by = counts.setdefault(key_of(c), {})
        by[c.status] = by.get(c.status, 0) + 1
    rows = [
        CountRow(
            key=key,
            name_ar=names.get(key, (key, key))[0],
            name_en=names.get(key, (key, key))[1],
            total=sum(by.values()),
            open=by.get("open", 0),
            being_addressed=by.get("being_addressed", 0),
            resolved=by.get("resolved", 0),
        )
        for key, by in counts.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.open, -r.being_addressed, -r.total, r.name_en)))


# ---- the recommendation sheet ---------------------------------------------------------------


def recommendation_data(services: Services, reference: str) -> RecommendationSheetData:
    if not (reference or "").strip():
        raise ValidationError("report.reference_required", field="reference")
    detail: RecommendationDetail = services.recommendations.find(reference)
    plan: PlanView = services.plan.plan("recommendation", detail.id)
    all_actions = (*plan.actions, *plan.cluster_actions)
    indicators = {a.id: tuple(services.plan.indicators(action_id=a.id)) for a in all_actions}
    progress = {a.id: tuple(services.plan.progress(a.id)) for a in all_actions}
    history = tuple(services.history.for_reference(detail.reference)) if hasattr(services, "history") else ()
    names = {e.id: (e.name_ar, e.name_en) for e in services.entities.list()}
    return RecommendationSheetData(
        detail=detail,
        plan=plan,
        action_indicators=indicators,
        progress=progress,
        history=history,
        entity_names=names,
        today=services.context.today(),
    )


# ---- helpers ---------------------------------------------------------------------------------


def bulk_action_rows(
    session: Any,
    condition: Any,
    owners: dict[str, PlanOwner],
    entities: dict[str, Entity],
    today: date,
    refs: dict[str, EntityRef | None] | None = None,
) -> list[ActionRow]:
    """``plan_convert.action_rows`` for thousands of actions: plain column reads and one query per
    kind of detail, instead of ORM objects and one owner query per recommendation (a 3,000-action
    plan reads in a tenth of the time)."""
    A = Action
    rows = session.execute(
        select(
            A.id,
            A.version,
            A.recommendation_id,
            A.cluster_id,
            A.sort_order,
            A.title_ar,
            A.title_en,
            A.description_ar,
            A.description_en,
            A.lead_entity_id,
            A.start_date,
            A.end_date,
            A.status,
            A.budget,
            A.expected_output_ar,
            A.expected_output_en,
        )
        .where(condition)
        .order_by(A.sort_order, A.created_at)
    ).all()
    ids = [r.id for r in rows]
    if refs is None:
        refs = {key: entity_ref(e) for key, e in entities.items()}
    partners: dict[str, list[EntityRef]] = {}
    if ids:
        link = action_partners
        for action_id, entity_id in session.execute(
            select(link.c.action_id, link.c.entity_id).where(
                link.c.action_id.in_(select(A.id).where(condition))
            )
        ):
            ref = refs.get(entity_id)
            if ref is not None:
                partners.setdefault(action_id, []).append(ref)
    latest = latest_progress(session, ids)
    counts = indicator_counts(session, ids)
    result = []
    for r in rows:
        reported, percent = latest.get(r.id, (None, None))
        owner = owners.get(r.recommendation_id or r.cluster_id or "") or PlanOwner(
            RECOMMENDATION if r.recommendation_id else CLUSTER, r.recommendation_id or r.cluster_id or ""
        )
        result.append(
            ActionRow(
                id=r.id,
                version=r.version,
                owner=owner,
                sort_order=r.sort_order,
                title_ar=r.title_ar,
                title_en=r.title_en,
                description_ar=r.description_ar,
                description_en=r.description_en,
                lead_entity=refs.get(r.lead_entity_id or ""),
                partner_entities=tuple(sorted(partners.get(r.id, ()), key=lambda e: e.code)),
                start_date=r.start_date,
                end_date=r.end_date,
                status=r.status,
                budget=r.budget,
                expected_output_ar=r.expected_output_ar,
                expected_output_en=r.expected_output_en,
                overdue=is_overdue(r.status, r.end_date, today),
                indicator_count=counts.get(r.id, 0),
                latest_percent=percent,
                latest_report=reported,
            )
        )
    return result


def natural_key(reference: str) -> str:
    """UPR-3-122.3 before UPR-3-122.25: the register's natural order (``domain/references``)."""
    return reference_order(reference)


# ---- checks -----------------------------------------------------------------------------------


def resolve_entity(services: Services, code: str) -> EntityRow:
    """The entity with this code (or name); a sentence naming the value when there is none."""
    wanted = (code or "").strip()
    if not wanted:
        raise ValidationError("report.entity_required", field="entity")
    from nrtd_desktop.domain.arabic import normalize

    key = normalize(wanted)
    for entity in services.entities.list():
        if key in {normalize(entity.code), normalize(entity.name_ar), normalize(entity.name_en)}:
            return entity
    raise ValidationError("report.unknown_entity", field="entity", value=wanted)


def check_filter(services: Services, f: RecommendationFilter) -> None:
    """An entity or cluster the database does not know would silently select nothing: say so."""
    with services.context.read() as session:
        for value in (*f.entity, *f.lead_entity):
            if value != "none" and not register_query.entity_ids(session, (value,)):
                raise ValidationError("report.unknown_entity", field="entity", value=value)
        for value in f.cluster:
            if value != "none" and not register_query.cluster_ids(session, (value,)):
                raise ValidationError("report.unknown_cluster", field="cluster", value=value)


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError("validation.date_order")
