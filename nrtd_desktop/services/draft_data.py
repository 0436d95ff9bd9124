"""What a report draft is written from: the recommendations of its scope with their plan, grouped
as its sections will be, the latest progress of each action and the challenges met
(``gather``); ``draft_content.py`` writes the words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from nrtd_desktop.db.models import Document, ProgressUpdate, Recommendation
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.dto.figures import ChallengeScope
from nrtd_desktop.dto.plan import ActionRow, ChallengeRow, IndicatorRow
from nrtd_desktop.dto.register import EntityRef, RecommendationFilter

Pair = tuple[str, str]  # (Arabic, English)


@dataclass(frozen=True)
class DraftScope:
    """Which recommendations a draft answers, and how its sections are grouped."""

    report_type: str
    body: str = ""
    cycle: int | None = None
    document_symbol: str = ""
    group_by: str = "cluster"  # UPR reports: "cluster" or "theme"
    since: date | None = None  # the developments since this date (the last review, the last dialogue)


@dataclass
class DraftItem:
    id: str
    reference: str
    paragraph: str
    symbol: str
    text_ar: str
    text_en: str
    position: str | None
    status: str
    priority: str | None
    follow_up: bool
    lead: EntityRef | None
    cluster_id: str | None
    actions: tuple[ActionRow, ...]
    indicators: tuple[IndicatorRow, ...]

    @property
    def number(self) -> str:
        return self.paragraph or self.reference


@dataclass
class DraftGroup:
    key: str
    name_ar: str
    name_en: str
    lead: EntityRef | None
    items: list[DraftItem]
    actions: tuple[ActionRow, ...]  # the cluster's own actions
    indicators: tuple[IndicatorRow, ...]


@dataclass
class DraftData:
    scope: DraftScope
    today: date
    items: list[DraftItem]
    groups: list[DraftGroup]
    narratives: dict[str, tuple[date, str, str, int | None]]  # action id -> latest progress
    updates: int  # progress updates on the actions in scope
    reporting_entities: list[EntityRef]
    challenges: list[ChallengeRow]
    symbols: list[str]
    committee: Pair

    def challenges_of(self, item_ids: set[str], action_ids: set[str]) -> list[ChallengeRow]:
        return [
            c
            for c in self.challenges
            if c.recommendation_id in item_ids or (c.action_id and c.action_id in action_ids)
        ]


def scope_filter(session: Any, scope: DraftScope) -> RecommendationFilter:
    """The register filter of the recommendations a draft answers."""
    R = Recommendation
    if scope.report_type in (r.ReportType.UPR_MIDTERM, r.ReportType.UPR_NATIONAL):
        return RecommendationFilter(body=("UPR",), cycle=(scope.cycle,) if scope.cycle else ())
    where = [R.body_code == scope.body] if scope.body else []
    if scope.document_symbol:
        where.append(R.document_symbol == scope.document_symbol)
    if scope.report_type == r.ReportType.TB_FOLLOW_UP and scope.body != "SP":
        where.append(R.follow_up.is_(True))
    ids = tuple(session.scalars(select(R.id).where(*where)))
    return RecommendationFilter(ids=ids or ("-",))


def gather(services: Any, scope: DraftScope, committee: Pair) -> DraftData:
    from nrtd_desktop.services.report_data import natural_key, plan_data

    context = services.context
    with context.read() as session:
        f = scope_filter(session, scope)
    group_by = scope.group_by if scope.group_by in ("cluster", "theme") else "cluster"
    plan = plan_data(services, f, group_by=group_by)
    ids = [item.recommendation.id for group in plan.groups for item in group.items]
    R = Recommendation
    with context.read() as session:
        extra = {
            row.id: row
            for start in range(0, len(ids), 900)
            for row in session.execute(
                select(R.id, R.paragraph, R.document_symbol, R.follow_up, R.cluster_id).where(
                    R.id.in_(ids[start : start + 900])
                )
            )
        }
        action_ids = sorted(
            {a.id for g in plan.groups for a in g.cluster_actions}
            | {a.id for g in plan.groups for i in g.items for a in i.actions}
        )
        narratives: dict[str, tuple[date, str, str, int | None]] = {}
        updates = 0
        reporters: dict[str, EntityRef] = {}
        from nrtd_desktop.db.models import Entity
        from nrtd_desktop.services.convert import entity_ref

        entities = {e.id: entity_ref(e) for e in session.scalars(select(Entity))}
        P = ProgressUpdate
        for start in range(0, len(action_ids), 900):
            chunk = action_ids[start : start + 900]
            for action_id, day, text_ar, text_en, percent, entity_id in session.execute(
                select(P.action_id, P.reported_on, P.narrative_ar, P.narrative_en, P.percent, P.entity_id)
                .where(P.action_id.in_(chunk))
                .order_by(P.action_id, P.reported_on, P.created_at)
            ):
                updates += 1
                narratives[action_id] = (day, text_ar, text_en, percent)
                if entity_id and entities.get(entity_id):
                    reporters[entity_id] = entities[entity_id]  # type: ignore[assignment]
        symbols = sorted({row.document_symbol for row in extra.values() if row.document_symbol})
        if scope.document_symbol and scope.document_symbol not in symbols:
            known = session.scalar(select(Document.symbol).where(Document.symbol == scope.document_symbol))
            if known:
                symbols.append(known)
    seen: dict[str, DraftItem] = {}
    groups = []
    for group in plan.groups:
        members = []
        for plan_item in group.items:
            rec = plan_item.recommendation
            if rec.id not in seen:
                row = extra.get(rec.id)
                seen[rec.id] = DraftItem(
                    id=rec.id,
                    reference=rec.reference,
                    paragraph=(row.paragraph if row else "") or "",
                    symbol=(row.document_symbol if row else "") or "",
                    text_ar=rec.text_ar,
                    text_en=rec.text_en,
                    position=rec.position,
                    status=rec.status,
                    priority=rec.priority,
                    follow_up=bool(row.follow_up) if row else False,
                    lead=plan_item.lead_entity,
                    cluster_id=row.cluster_id if row else None,
                    actions=plan_item.actions,
                    indicators=plan_item.indicators,
                )
            members.append(seen[rec.id])
        groups.append(
            DraftGroup(
                group.key,
                group.name_ar,
                group.name_en,
                group.lead_entity,
                members,
                group.cluster_actions,
                group.cluster_indicators,
            )
        )
    items = sorted(seen.values(), key=lambda i: natural_key(i.number))
    challenges = services.figures.challenges(ChallengeScope(scope=f)) if ids else []
    return DraftData(
        scope,
        context.today(),
        items,
        groups,
        narratives,
        updates,
        sorted(reporters.values(), key=lambda e: e.code),
        challenges,
        symbols,
        committee,
    )
