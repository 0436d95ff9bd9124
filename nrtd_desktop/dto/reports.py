"""What each report prints: the data the services gather (``services/report_data.py``) and the
report modules lay out (``reports/``), so that neither needs the other's code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.figures import Figures
from nrtd_desktop.dto.history import HistoryRow
from nrtd_desktop.dto.plan import (
    ActionRow,
    ChallengeRow,
    CountRow,
    IndicatorRow,
    PlanOwner,
    PlanView,
    ProgressRow,
)
from nrtd_desktop.dto.register import (
    ClusterRow,
    EntityRef,
    EntityRow,
    RecommendationDetail,
    RecommendationFilter,
    RecommendationRow,
    pick,
)

NO_GROUP = "none"  # the key of the group of recommendations outside every cluster (or theme)
MAX_UPDATES = 200  # the progress report lists at most this many updates of the period


@dataclass(frozen=True)
class PlanItem:
    """One recommendation of the plan with its own actions and indicators."""

    recommendation: RecommendationRow
    lead_entity: EntityRef | None
    supporting_entities: tuple[EntityRef, ...]
    actions: tuple[ActionRow, ...]
    indicators: tuple[IndicatorRow, ...]  # of the recommendation itself and of its own actions
    overdue: bool  # one of its own or its cluster's actions is past its end date and not done
    states: tuple[tuple[str, str], ...] = ()  # the recommending States: (Arabic, English) names


@dataclass(frozen=True)
class PlanGroup:
    """A cluster or a theme. ``cluster_actions`` apply to every recommendation of their cluster:
    the report prints each once per group, never once per recommendation."""

    key: str
    name_ar: str
    name_en: str
    lead_entity: EntityRef | None
    supporting_entities: tuple[EntityRef, ...]
    description_ar: str
    description_en: str
    cluster_actions: tuple[ActionRow, ...]
    cluster_indicators: tuple[IndicatorRow, ...]
    items: tuple[PlanItem, ...]

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)

    def description(self, lang: Lang) -> str:
        return pick(lang, self.description_ar, self.description_en)


@dataclass(frozen=True)
class PlanData:
    filter: RecommendationFilter
    group_by: str
    today: date
    groups: tuple[PlanGroup, ...]
    recommendations: int
    actions: int  # own and cluster actions, each counted once
    overdue_actions: int

    @property
    def real_groups(self) -> int:
        """The clusters (or themes) of the plan: the group of recommendations outside every
        cluster (or without a theme) is not one of them."""
        return sum(1 for g in self.groups if g.key != NO_GROUP)


@dataclass(frozen=True)
class UpdateLine:
    """A progress update with the action and plan it reports on."""

    update: ProgressRow
    action_title_ar: str
    action_title_en: str
    owner: PlanOwner

    def action_title(self, lang: Lang) -> str:
        return pick(lang, self.action_title_ar, self.action_title_en)


@dataclass(frozen=True)
class ProgressData:
    filter: RecommendationFilter
    today: date
    period_from: date
    period_to: date
    figures: Figures  # services.figures: the same numbers as the dashboard
    overdue_actions: tuple[ActionRow, ...]  # open actions past their end date, oldest deadline first
    updates: tuple[UpdateLine, ...]  # newest first, at most MAX_UPDATES
    updates_total: int


@dataclass(frozen=True)
class EntitySheetData:
    entity: EntityRow
    filter: RecommendationFilter
    today: date
    leads: tuple[RecommendationRow, ...]
    supports: tuple[RecommendationRow, ...]  # where it is a supporting entity (and not the lead)
    lead_clusters: tuple[ClusterRow, ...]
    supporting_clusters: tuple[ClusterRow, ...]
    actions: tuple[ActionRow, ...]  # it leads or joins: overdue first, then by end date (undated last)
    challenges: tuple[ChallengeRow, ...]  # open or being addressed, counted under it or naming it


@dataclass(frozen=True)
class ChallengesData:
    filter: RecommendationFilter
    today: date
    period_from: date | None
    period_to: date | None
    challenges: tuple[ChallengeRow, ...]  # open first
    by_category: tuple[CountRow, ...]
    by_entity: tuple[CountRow, ...]
    entity_of: dict[str, str]  # challenge id -> the name key it is counted under (entity code or "none")
    support_requested: tuple[ChallengeRow, ...]  # those that name support they need (not "none needed")


@dataclass(frozen=True)
class RecommendationSheetData:
    detail: RecommendationDetail
    plan: PlanView
    action_indicators: dict[str, tuple[IndicatorRow, ...]]  # action id -> its indicators
    progress: dict[str, tuple[ProgressRow, ...]]  # action id -> its updates, newest first
    history: tuple[HistoryRow, ...]  # newest first
    entity_names: dict[str, tuple[str, str]]  # entity id -> names, to print stored ids in the history
    today: date
