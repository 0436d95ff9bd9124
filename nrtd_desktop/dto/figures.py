"""Plain data of the figures service (``figures.py``): the dashboard and the PDF progress report.

Every number carries the selection that yields exactly its records, so that a click on a tile or
a chart segment can open them: a :class:`RecommendationFilter` for recommendations, an
:class:`ActionFilter` for actions, a :class:`ChallengeScope` for challenges.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any

from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationFilter, pick

OPEN_CHALLENGE_STATUSES: tuple[str, ...] = ("open", "being_addressed")


@dataclass(frozen=True)
class ActionFilter:
    """Actions of the recommendations selected by ``scope`` (their own actions and their
    clusters' actions; an empty scope means every action), narrowed by the other fields.

    ``end_from``/``end_to`` bound the end date (inclusive); ``open_only`` keeps actions neither
    completed nor cancelled; ``reported_from``/``reported_to`` keep actions with a progress
    update reported in that range (inclusive).
    """

    scope: RecommendationFilter = field(default_factory=RecommendationFilter)
    end_from: date | None = None
    end_to: date | None = None
    open_only: bool = False
    reported_from: date | None = None
    reported_to: date | None = None


@dataclass(frozen=True)
class ChallengeScope:
    """Challenges that concern a recommendation selected by ``scope`` (directly, through one of
    its actions, or through an action of its cluster; an empty scope means every challenge),
    of one category if given, with one of ``statuses`` if given, reported in the period if given."""

    scope: RecommendationFilter = field(default_factory=RecommendationFilter)
    category: str | None = None
    statuses: tuple[str, ...] = ()
    reported_from: date | None = None
    reported_to: date | None = None


Selection = RecommendationFilter | ActionFilter | ChallengeScope


@dataclass(frozen=True)
class Figure:
    """One number: its key (a vocabulary value, a theme key, an entity code, or "none"), its names
    in both languages, and the selection of exactly the records it counts."""

    key: str
    name_ar: str
    name_en: str
    count: int
    selection: Selection

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class BreakdownRow:
    """One category of a breakdown (a mechanism, a theme, an entity) split by status.

    ``segments`` holds one Figure per implementation status in the natural order
    (not started, in progress, partially implemented, implemented), zeros included."""

    key: str
    name_ar: str
    name_en: str
    total: int
    selection: RecommendationFilter
    segments: tuple[Figure, ...]

    def label(self, lang: Lang) -> str:
        return pick(lang, self.name_ar, self.name_en)


@dataclass(frozen=True)
class MonthPoint:
    """Progress in one calendar month: how many progress updates were reported on actions in
    scope, and their average percentage (None when none gave a percentage)."""

    month: date  # the first day of the month
    updates: int
    average_percent: float | None
    selection: ActionFilter


@dataclass(frozen=True)
class Headline:
    recommendations: Figure
    by_mechanism: tuple[Figure, ...]
    by_position: tuple[Figure, ...]
    by_status: tuple[Figure, ...]  # not started, in progress, partially implemented, implemented
    overdue: Figure
    actions_due_30: Figure
    actions_due_90: Figure
    actions_overdue: Figure
    open_challenges: Figure


@dataclass(frozen=True)
class Figures:
    """Everything the dashboard shows and the progress report prints, computed at ``today``."""

    today: date
    filter: RecommendationFilter
    period_from: date
    period_to: date
    headline: Headline
    status_by_mechanism: tuple[BreakdownRow, ...]
    status_by_theme: tuple[BreakdownRow, ...]  # largest first
    status_by_lead_entity: tuple[BreakdownRow, ...]  # largest first; "none" for no lead entity
    challenges_by_category: tuple[Figure, ...]  # open challenges, every category, natural order
    progress_by_month: tuple[MonthPoint, ...]  # every month of the period, oldest first

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates stay ``date``; ``cli.common.print_json`` writes them). Each
        selection says its ``kind``: "recommendations", "actions" or "challenges"."""
        data: dict[str, Any] = _plain(self)
        return data


# The sets of figures in the order ``figures.figure_parts`` computes them (the quickest first: the
# dashboard draws each chart as its figures arrive). Each is a field of :class:`Figures`.
FIGURE_PARTS: tuple[str, ...] = (
    "status_by_mechanism",
    "status_by_lead_entity",
    "challenges_by_category",
    "headline",
    "status_by_theme",
    "progress_by_month",
)


@dataclass(frozen=True)
class FiguresPart:
    """One set of the figures of ``filter`` (``name``: a field of :class:`Figures`, its ``value``),
    handed over as soon as it is computed; ``today`` and the period as in :class:`Figures`."""

    filter: RecommendationFilter
    today: date
    period_from: date
    period_to: date
    name: str
    value: Any


def figures_of(parts: list[FiguresPart]) -> Figures:
    """The :class:`Figures` the parts of one computation make together (every part present)."""
    first = parts[0]
    values = {part.name: part.value for part in parts}
    return Figures(today=first.today, filter=first.filter, period_from=first.period_from,
                   period_to=first.period_to, **{name: values[name] for name in FIGURE_PARTS})


SELECTION_KINDS = {
    RecommendationFilter: "recommendations",
    ActionFilter: "actions",
    ChallengeScope: "challenges",
}


def _plain(value: Any) -> Any:
    """Empty facets of a selection (``()``, ``""``, None) are left out to keep the JSON readable."""
    if is_dataclass(value) and not isinstance(value, type):
        data = {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
        kind = SELECTION_KINDS.get(type(value))
        if kind is None:
            return data
        return {"kind": kind, **{k: v for k, v in data.items() if v not in ((), [], "", None)}}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
