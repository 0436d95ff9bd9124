"""Plain data the services hand out: frozen dataclasses, never live ORM objects.

The interface, the command line, the reports and the exporters all read these. A field that
holds a label in both languages keeps both (``*_ar``/``*_en``); pick one with ``label(lang)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from nrtd_desktop.domain.lang import Lang


def pick(lang: Lang, ar: str | None, en: str | None) -> str:
    """The text in the interface language, falling back to the other one when it is missing."""
    first, second = (ar, en) if lang == "ar" else (en, ar)
    return first or second or ""


@dataclass(frozen=True)
class Label:
    """A reference value (theme, group, SDG target, State, body) with both names."""

    key: str
    name_ar: str
    name_en: str

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


def body_with_mandates(body: str, mandates: tuple[Label, ...], lang: Lang) -> str:
    if not mandates:
        return body
    return f"{body}: " + ("؛ " if lang == "ar" else "; ").join(m.label(lang) for m in mandates)


@dataclass(frozen=True)
class EntityRef:
    id: str
    code: str
    name_ar: str
    name_en: str

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class RecommendationFilter:
    """The register's filters. Every facet holds any-of values; facets combine with AND.

    ``entity`` matches lead or supporting entities by code; ``cluster`` by id or name;
    ``theme``/``affected_group`` by key or either name; ``sdg`` by target code ("5.2") or goal
    ("5"). ``overdue`` keeps recommendations with an action past its end date and not completed.
    """

    search: str = ""
    mechanism: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    cycle: tuple[int, ...] = ()
    position: tuple[str, ...] = ()  # Position values, or "none" for no position
    theme: tuple[str, ...] = ()
    affected_group: tuple[str, ...] = ()
    sdg: tuple[str, ...] = ()
    entity: tuple[str, ...] = ()
    lead_entity: tuple[str, ...] = ()
    cluster: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    priority: tuple[str, ...] = ()  # Priority values, or "none"
    overdue: bool | None = None
    ids: tuple[str, ...] = ()
    country: tuple[str, ...] = ()  # States under review: alpha-3 codes or names
    mandate: tuple[str, ...] = ()  # special-procedure mandates: codes or names

    def is_empty(self) -> bool:
        return self == RecommendationFilter()


@dataclass(frozen=True)
class RecommendationRow:
    """One line of the register."""

    id: str
    reference: str
    text_ar: str
    text_en: str
    mechanism: str
    body: str
    cycle: int | None
    session: str | None
    document_symbol: str | None
    publication_date: date | None
    position: str | None
    priority: str | None
    status: str
    lead_entity: str | None  # entity code
    cluster: str | None  # cluster name (English key name)
    themes: tuple[str, ...]  # theme keys
    # A special procedure's mandates (Arabic title, English short name): services/mandates.py
    mandates: tuple[Label, ...] = ()

    def text(self, lang: Lang) -> str:
        return pick(lang, self.text_ar, self.text_en)

    def body_shown(self, lang: Lang) -> str:
        """The body as a person reads it: "SP: SR on extreme poverty" for a special procedure."""
        return body_with_mandates(self.body, self.mandates, lang)


@dataclass(frozen=True)
class RecommendationDetail:
    """Everything about one recommendation (its plan is read through the plan service)."""

    id: str
    version: int
    reference: str
    text_ar: str
    text_en: str
    mechanism: str
    body: str
    document_symbol: str | None
    document_date: date | None
    cycle: int | None
    session: str | None
    paragraph: str | None
    annotation_type: str
    recommending_states: tuple[Label, ...]
    position: str | None
    position_source: str | None
    action_category: int | None
    priority: str | None
    priority_reason: str | None
    status: str
    status_override_reason: str | None
    follow_up: bool
    follow_up_due: date | None
    notes: str
    themes: tuple[Label, ...]
    affected_groups: tuple[Label, ...]
    sdg_targets: tuple[Label, ...]
    lead_entity: EntityRef | None
    supporting_entities: tuple[EntityRef, ...]
    cluster_id: str | None
    cluster_name: str | None
    source_key: str | None
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str
    # A special procedure's mandates, with their whole titles (services/mandates.py).
    mandates: tuple[Label, ...] = ()

    def text(self, lang: Lang) -> str:
        return pick(lang, self.text_ar, self.text_en)

    def body_shown(self, lang: Lang) -> str:
        return body_with_mandates(self.body, self.mandates, lang)


@dataclass(frozen=True)
class RecommendationInput:
    """What a person types to create a recommendation; validated by the service.

    Reference values are given by key: bodies by code, States by ISO alpha-3, themes and
    groups by key or name, SDG targets by code, entities by code.
    """

    reference: str
    body: str
    text_ar: str = ""
    text_en: str = ""
    document_symbol: str | None = None
    document_date: date | None = None
    cycle: int | None = None
    session: str | None = None
    paragraph: str | None = None
    annotation_type: str = "recommendation"
    recommending_states: tuple[str, ...] = ()
    position: str | None = None
    position_source: str | None = None
    action_category: int | None = None
    priority: str | None = None
    status: str = "not_started"
    follow_up: bool = False
    follow_up_due: date | None = None
    notes: str = ""
    themes: tuple[str, ...] = ()
    affected_groups: tuple[str, ...] = ()
    sdg_targets: tuple[str, ...] = ()
    lead_entity: str | None = None
    supporting_entities: tuple[str, ...] = ()
    cluster: str | None = None


@dataclass(frozen=True)
class FacetValue:
    """One choice of a facet filter, with both labels and how many records have it."""

    key: str
    name_ar: str
    name_en: str
    count: int

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class EntityRow:
    id: str
    version: int
    code: str
    name_ar: str
    name_en: str
    kind: str
    lead_count: int = 0
    supporting_count: int = 0

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class ClusterRow:
    id: str
    version: int
    name_ar: str
    name_en: str
    description_ar: str
    description_en: str
    lead_entity: str | None
    supporting_entities: tuple[str, ...] = ()
    recommendation_count: int = 0

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class Stats:
    """The figures of ``nrtd stats`` and the headline of the dashboard."""

    recommendations: int
    by_mechanism: dict[str, int]
    by_position: dict[str, int]
    by_status: dict[str, int]
    by_priority: dict[str, int]
    actions: int
    indicators: int
    progress_updates: int
    challenges: int
    entities: int
    clusters: int
    schema_version: str
    extra: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchSuggestion:
    """Another search to try, and how many recommendations it finds."""

    search: str
    count: int


@dataclass(frozen=True)
class SearchHelp:
    """What to try when a search finds nothing (``RecommendationService.search_help``)."""

    search: str
    fewer_words: tuple[SearchSuggestion, ...]  # one word or phrase left out, most found first
    without_exclusions: SearchSuggestion | None  # the -words left out
    without_filters: int | None  # the search with no facet chosen (None: no facet is chosen)
    other_language: Lang | None  # the query's words are all in the other script
