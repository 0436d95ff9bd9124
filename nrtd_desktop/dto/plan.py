"""Plain data of the implementation plan: actions, indicators, progress, challenges, health, timeline.

Like ``dto.py``: frozen dataclasses, never ORM objects. An ``*Input`` is what a person types
(entities by code, dates as ``date``); a ``*Row`` is what the screens, reports and CLI read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.smart import SmartCheck
from nrtd_desktop.dto.register import EntityRef, pick

RECOMMENDATION, CLUSTER = "recommendation", "cluster"


@dataclass(frozen=True)
class PlanOwner:
    """What a plan belongs to: one recommendation or one cluster."""

    kind: str  # RECOMMENDATION | CLUSTER
    id: str
    label_ar: str = ""
    label_en: str = ""

    def label(self, lang: Lang) -> str:
        return pick(lang, self.label_ar, self.label_en)


# ---- actions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionInput:
    title_ar: str = ""
    title_en: str = ""
    description_ar: str = ""
    description_en: str = ""
    lead_entity: str | None = None  # entity code
    partner_entities: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    status: str = "not_started"
    budget: str = ""
    expected_output_ar: str = ""
    expected_output_en: str = ""


@dataclass(frozen=True)
class ActionRow:
    id: str
    version: int
    owner: PlanOwner
    sort_order: int
    title_ar: str
    title_en: str
    description_ar: str
    description_en: str
    lead_entity: EntityRef | None
    partner_entities: tuple[EntityRef, ...]
    start_date: date | None
    end_date: date | None
    status: str
    budget: str
    expected_output_ar: str
    expected_output_en: str
    overdue: bool
    indicator_count: int = 0
    latest_percent: int | None = None
    latest_report: date | None = None

    def title(self, lang: Lang) -> str:
        return pick(lang, self.title_ar, self.title_en)

    def to_input(self) -> ActionInput:
        return ActionInput(
            title_ar=self.title_ar,
            title_en=self.title_en,
            description_ar=self.description_ar,
            description_en=self.description_en,
            lead_entity=self.lead_entity.code if self.lead_entity else None,
            partner_entities=tuple(e.code for e in self.partner_entities),
            start_date=self.start_date,
            end_date=self.end_date,
            status=self.status,
            budget=self.budget,
            expected_output_ar=self.expected_output_ar,
            expected_output_en=self.expected_output_en,
        )


# ---- indicators ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorInput:
    indicator_type: str = "process"
    name_ar: str = ""
    name_en: str = ""
    baseline: str = ""
    target: str = ""
    current_value: str = ""
    unit: str = ""
    data_source: str = ""
    frequency: str = ""
    due_date: date | None = None
    responsible_entity: str | None = None  # entity code


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    version: int
    action_id: str | None
    recommendation_id: str | None
    indicator_type: str
    name_ar: str
    name_en: str
    baseline: str
    target: str
    current_value: str
    unit: str
    data_source: str
    frequency: str
    due_date: date | None
    responsible_entity: EntityRef | None
    smart: SmartCheck
    last_progress: date | None = None

    def name(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)

    def to_input(self) -> IndicatorInput:
        return IndicatorInput(
            indicator_type=self.indicator_type,
            name_ar=self.name_ar,
            name_en=self.name_en,
            baseline=self.baseline,
            target=self.target,
            current_value=self.current_value,
            unit=self.unit,
            data_source=self.data_source,
            frequency=self.frequency,
            due_date=self.due_date,
            responsible_entity=self.responsible_entity.code if self.responsible_entity else None,
        )


# ---- progress updates ------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressInput:
    reported_on: date | None = None
    narrative_ar: str = ""
    narrative_en: str = ""
    percent: int | None = None
    evidence: str = ""
    entity: str | None = None  # the reporting entity's code
    reporter: str = ""  # the person
    indicator_id: str | None = None


@dataclass(frozen=True)
class ProgressRow:
    id: str
    version: int
    action_id: str
    indicator_id: str | None
    reported_on: date
    narrative_ar: str
    narrative_en: str
    percent: int | None
    evidence: str
    entity: EntityRef | None
    reporter: str

    def narrative(self, lang: Lang) -> str:
        return pick(lang, self.narrative_ar, self.narrative_en)

    def to_input(self) -> ProgressInput:
        return ProgressInput(
            reported_on=self.reported_on,
            narrative_ar=self.narrative_ar,
            narrative_en=self.narrative_en,
            percent=self.percent,
            evidence=self.evidence,
            entity=self.entity.code if self.entity else None,
            reporter=self.reporter,
            indicator_id=self.indicator_id,
        )


# ---- challenges ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChallengeInput:
    category: str = "other"
    description_ar: str = ""
    description_en: str = ""
    effect_ar: str = ""
    effect_en: str = ""
    mitigation_ar: str = ""
    mitigation_en: str = ""
    support_needed_ar: str = ""
    support_needed_en: str = ""
    status: str = "open"
    recommendation_id: str | None = None
    action_id: str | None = None
    entity: str | None = None  # entity code
    reported_on: date | None = None


@dataclass(frozen=True)
class ChallengeRow:
    id: str
    version: int
    category: str
    description_ar: str
    description_en: str
    effect_ar: str
    effect_en: str
    mitigation_ar: str
    mitigation_en: str
    support_needed_ar: str
    support_needed_en: str
    status: str
    recommendation_id: str | None
    recommendation_reference: str | None
    action_id: str | None
    action_title_ar: str | None
    action_title_en: str | None
    entity: EntityRef | None  # the entity it was attached to
    reported_on: date | None

    def description(self, lang: Lang) -> str:
        return pick(lang, self.description_ar, self.description_en)

    def to_input(self) -> ChallengeInput:
        return ChallengeInput(
            category=self.category,
            description_ar=self.description_ar,
            description_en=self.description_en,
            effect_ar=self.effect_ar,
            effect_en=self.effect_en,
            mitigation_ar=self.mitigation_ar,
            mitigation_en=self.mitigation_en,
            support_needed_ar=self.support_needed_ar,
            support_needed_en=self.support_needed_en,
            status=self.status,
            recommendation_id=self.recommendation_id,
            action_id=self.action_id,
            entity=self.entity.code if self.entity else None,
            reported_on=self.reported_on,
        )


@dataclass(frozen=True)
class ChallengeFilter:
    """Drill-down from the analysis: every given facet must match.

    ``entity`` is an entity id or code, or "none"; it matches the entity the challenge is
    counted under (see ``ChallengeService.stats``). ``theme`` is a theme key.
    """

    category: str | None = None
    status: str | None = None
    entity: str | None = None
    theme: str | None = None
    recommendation_id: str | None = None
    action_id: str | None = None


@dataclass(frozen=True)
class CountRow:
    """One line of the challenges analysis: how many, and how many of each status."""

    key: str
    name_ar: str
    name_en: str
    total: int
    open: int
    being_addressed: int
    resolved: int

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class ChallengeStats:
    total: int
    by_status: dict[str, int]
    by_category: tuple[CountRow, ...]
    by_entity: tuple[CountRow, ...]
    by_theme: tuple[CountRow, ...]
    support_requested: int  # challenges that name the support they need


# ---- the plan of one recommendation or cluster -----------------------------------------------


@dataclass(frozen=True)
class PlanView:
    """Everything the plan editor shows for one recommendation or cluster."""

    owner: PlanOwner
    actions: tuple[ActionRow, ...]  # its own, in their order
    cluster_actions: tuple[ActionRow, ...]  # a recommendation's cluster's actions (read-only here)
    indicators: tuple[IndicatorRow, ...]  # attached to the recommendation itself
    challenges: tuple[ChallengeRow, ...]  # attached to it or to its actions, open first
    status: str | None  # a recommendation's stored status (None for a cluster)
    rolled_up: str | None  # what the roll-up says (None: no action to derive it from)
    status_overridden: bool
    override_reason: str | None
    overdue: bool


@dataclass(frozen=True)
class RollupChange:
    recommendation_id: str
    reference: str
    old_status: str
    new_status: str


# ---- plan health -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HealthItem:
    """One record a coordinator should look at; ``kind`` says which table it is in."""

    kind: str  # "recommendation" | "action" | "indicator"
    id: str
    owner: PlanOwner  # the recommendation (itself, for a recommendation) or cluster whose plan holds it
    label_ar: str
    label_en: str
    entity: str | None = None  # lead or responsible entity code
    when: date | None = None  # an overdue action's end date; a stale indicator's last progress (None: never)

    def label(self, lang: Lang) -> str:
        return pick(lang, self.label_ar, self.label_en)


@dataclass(frozen=True)
class HealthList:
    key: str
    count: int  # all of them, even when ``items`` was cut at the limit
    items: tuple[HealthItem, ...]


HEALTH_KEYS = (
    "no_lead_entity",
    "no_action",
    "action_no_indicator",
    "action_no_dates",
    "overdue_actions",
    "stale_indicators",
)


@dataclass(frozen=True)
class PlanHealth:
    today: date
    stale_days: int
    lists: dict[str, HealthList] = field(default_factory=dict)


# ---- timeline --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineBar:
    action_id: str
    owner: PlanOwner
    title_ar: str
    title_en: str
    lead_entity: EntityRef | None
    start: date
    end: date
    status: str
    overdue: bool
    latest_percent: int | None = None

    def title(self, lang: Lang) -> str:
        return pick(lang, self.title_ar, self.title_en)


@dataclass(frozen=True)
class Timeline:
    today: date
    bars: tuple[TimelineBar, ...]
    undated: int  # actions of the scope left out because they lack a start or end date
    first: date | None
    last: date | None
    total: int = 0  # the dated actions of the scope, all of them even when ``bars`` stops at a limit
    overdue: int = 0  # how many of those are overdue


