"""The priority score: criteria the committee weighs, each explained, mapped to high/medium/low.

Every criterion gives a value between 0 and 1 for one recommendation, or "does not apply" (a
treaty-body recommendation has no State position; the committee has not judged it yet). The
score is the weighted mean of the values that apply, on a scale of 0 to 100, so a criterion that
does not apply neither helps nor hurts. The thresholds map the score to a priority.

Nothing here reads the database: the service gathers :class:`PriorityFacts` and stores the result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from nrtd_desktop.domain.enums import Position, Priority
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.labels import label
from nrtd_desktop.domain.lang import Lang

# The criteria, in the order they are explained; (English name, Arabic name).
CRITERIA: dict[str, tuple[str, str]] = {
    "position": ("State's position", "موقف الدولة"),
    "action_category": ("Action category (1-5)", "فئة الإجراء (1-5)"),
    "urgency": ("Urgency (follow-up deadline)", "الاستعجال (موعد المتابعة)"),
    "repetition": ("Repeated by other mechanisms", "تكرارها من آليات أخرى"),
    "judgement": ("Committee's judgement", "تقدير اللجنة"),
}
DEFAULT_WEIGHTS: dict[str, float] = {
    "position": 2.0, "action_category": 1.0, "urgency": 3.0, "repetition": 2.0, "judgement": 3.0,
}
DEFAULT_THRESHOLDS: dict[str, float] = {"high": 60.0, "medium": 35.0}
MAX_WEIGHT = 10.0

POSITION_VALUES: dict[str, float] = {
    Position.SUPPORTED: 1.0, Position.SUPPORTED_IN_PART: 0.75, Position.PENDING: 0.5, Position.NOTED: 0.25,
}
# How near a follow-up deadline must be to count as urgent: (days ahead, value), nearest first.
URGENCY_STEPS: tuple[tuple[int, float], ...] = ((183, 1.0), (365, 0.75), (730, 0.5))
URGENCY_NO_DATE = 0.75  # flagged for follow-up, deadline not known yet
URGENCY_LATER = 0.25

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "priority.bad_weight": (
        "The weight of '{criterion}' must be a number between 0 and {high}.",
        "يجب أن يكون وزن «{criterion}» رقماً بين 0 و{high}.",
    ),
    "priority.unknown_criterion": (
        "'{criterion}' is not a priority criterion (one of: {known}).",
        "«{criterion}» ليس من معايير الأولوية (وهي: {known}).",
    ),
    "priority.bad_thresholds": (
        "The thresholds must satisfy 0 ≤ medium ≤ high ≤ 100.",
        "يجب أن تكون العتبات بحيث 0 ≤ المتوسطة ≤ العالية ≤ 100.",
    ),
    "priority.no_weight": (
        "At least one criterion needs a weight above 0.",
        "يلزم أن يكون لمعيار واحد على الأقل وزن أكبر من 0.",
    ),
    "priority.reason_required": (
        "Say why the priority is set by hand.",
        "اذكر سبب تحديد الأولوية يدوياً.",
    ),
}
FIELD_TEXTS: dict[str, tuple[str, str]] = {
    "judgement": ("Committee's judgement", "تقدير اللجنة"),
    "priority_reason": ("Reason for the priority", "سبب الأولوية"),
}


@dataclass(frozen=True)
class PriorityWeights:
    """How much each criterion counts, and where high and medium begin (score 0-100)."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))

    def __post_init__(self) -> None:
        for criterion, weight in self.weights.items():
            if criterion not in CRITERIA:
                raise ValidationError("priority.unknown_criterion", criterion=criterion,
                                      known=", ".join(CRITERIA))
            if not isinstance(weight, int | float) or not 0 <= weight <= MAX_WEIGHT:
                raise ValidationError("priority.bad_weight", criterion=criterion, high=MAX_WEIGHT)
        if not any(self.weight(c) > 0 for c in CRITERIA):
            raise ValidationError("priority.no_weight")
        high, medium = self.thresholds.get("high"), self.thresholds.get("medium")
        if high is None or medium is None or not 0 <= medium <= high <= 100:
            raise ValidationError("priority.bad_thresholds")

    def weight(self, criterion: str) -> float:
        return float(self.weights.get(criterion, 0.0))

    def with_weight(self, criterion: str, weight: float) -> PriorityWeights:
        return PriorityWeights({**self.weights, criterion: weight}, dict(self.thresholds))

    def level(self, score: float) -> str:
        if score >= self.thresholds["high"]:
            return Priority.HIGH
        if score >= self.thresholds["medium"]:
            return Priority.MEDIUM
        return Priority.LOW

    def to_json(self) -> str:
        return json.dumps({"weights": self.weights, "thresholds": self.thresholds}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> PriorityWeights:
        if not text:
            return cls()
        data = json.loads(text)
        return cls({**DEFAULT_WEIGHTS, **data.get("weights", {})},
                   {**DEFAULT_THRESHOLDS, **data.get("thresholds", {})})


@dataclass(frozen=True)
class PriorityFacts:
    """What the rule looks at for one recommendation."""

    position: str | None
    action_category: int | None
    follow_up: bool
    follow_up_due: date | None
    mechanisms_repeating: int  # other bodies that make the same request (links "same", clusters)
    judgement: int | None  # the committee's own rating, 1 (low) to 5 (high), or not given


@dataclass(frozen=True)
class CriterionPart:
    """One criterion's part in a score: its value (None: does not apply), weight, contribution."""

    criterion: str
    value: float | None
    weight: float
    contribution: float  # points of the final 0-100 score
    detail_en: str
    detail_ar: str

    def name(self, lang: Lang) -> str:
        en, ar = CRITERIA[self.criterion]
        return ar if lang == "ar" else en

    def detail(self, lang: Lang) -> str:
        return self.detail_ar if lang == "ar" else self.detail_en


@dataclass(frozen=True)
class PriorityScore:
    score: float  # 0-100
    level: str  # Priority value
    parts: tuple[CriterionPart, ...]

    def explain(self, lang: Lang = "en") -> str:
        """One line per criterion, then the total: what the committee reads beside the score."""
        lines = []
        for part in self.parts:
            if part.value is None:
                amount = "لا ينطبق" if lang == "ar" else "does not apply"
            else:
                amount = f"{part.contribution:+.1f}"
            lines.append(f"{part.name(lang)}: {part.detail(lang)} → {amount}")
        total = "المجموع" if lang == "ar" else "Score"
        lines.append(f"{total}: {self.score:.1f} / 100")
        return "\n".join(lines)


def _position(facts: PriorityFacts) -> tuple[float | None, str, str]:
    if facts.position is None or facts.position not in POSITION_VALUES:
        return None, "no position (not a UPR recommendation)", "لا موقف (ليست من توصيات الاستعراض)"
    return (POSITION_VALUES[facts.position], label("position", facts.position, "en"),
            label("position", facts.position, "ar"))


def _action_category(facts: PriorityFacts) -> tuple[float | None, str, str]:
    category = facts.action_category
    if category is None:
        return None, "category not set", "الفئة غير محددة"
    return (category - 1) / 4, f"category {category}", f"الفئة {category}"


def _urgency(facts: PriorityFacts, today: date) -> tuple[float | None, str, str]:
    if not facts.follow_up:
        return 0.0, "no follow-up deadline", "لا موعد متابعة"
    if facts.follow_up_due is None:
        return URGENCY_NO_DATE, "follow-up, date not set", "متابعة دون تاريخ محدد"
    days = (facts.follow_up_due - today).days
    due = facts.follow_up_due.isoformat()
    if days < 0:
        return 1.0, f"follow-up due {due}, passed", f"موعد المتابعة {due} وقد فات"
    for limit, value in URGENCY_STEPS:
        if days <= limit:
            return value, f"follow-up due {due}, in {days} days", f"موعد المتابعة {due} بعد {days} يوماً"
    return URGENCY_LATER, f"follow-up due {due}", f"موعد المتابعة {due}"


def _repetition(facts: PriorityFacts) -> tuple[float | None, str, str]:
    n = max(facts.mechanisms_repeating, 0)
    return min(n / 3, 1.0), f"{n} other body(ies)", f"{n} من الجهات الأخرى"


def _judgement(facts: PriorityFacts) -> tuple[float | None, str, str]:
    if facts.judgement is None:
        return None, "not judged yet", "لم تُقدَّر بعد"
    return (facts.judgement - 1) / 4, f"{facts.judgement} of 5", f"{facts.judgement} من 5"


def score(facts: PriorityFacts, weights: PriorityWeights, today: date, *,
          explain: bool = True) -> PriorityScore:
    """The weighted mean of the criteria that apply, 0-100, with each criterion's part
    (``explain=False`` leaves the sentences out, for a recompute of tens of thousands)."""
    values = {
        "position": _position(facts),
        "action_category": _action_category(facts),
        "urgency": _urgency(facts, today),
        "repetition": _repetition(facts),
        "judgement": _judgement(facts),
    }
    applying = sum(weights.weight(c) for c, (value, _en, _ar) in values.items() if value is not None)
    parts = []
    total = 0.0
    for criterion, (value, en, ar) in values.items():
        weight = weights.weight(criterion)
        contribution = 0.0
        if value is not None and applying > 0:
            contribution = 100.0 * weight * value / applying
        total += contribution
        if explain:
            parts.append(CriterionPart(criterion, value, weight, round(contribution, 2), en, ar))
    final = round(total, 2)
    return PriorityScore(final, weights.level(final), tuple(parts))
