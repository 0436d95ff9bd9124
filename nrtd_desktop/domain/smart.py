"""The SMART check of an indicator: which of the five properties is missing, and why.

An indicator is SMART when it is Specific, Measurable, Assignable (someone answers for it),
Relevant (it belongs to an action or a recommendation of the plan) and Time-bound. The rules are
deliberately concrete, so that a coordinator can fix what the check reports:

- specific: a name, in Arabic or English, of at least three words ("Rate" is not specific);
- measurable: a target and a data source; process and outcome indicators, which measure a
  change, also need a unit and a baseline (a structural indicator, "the law is adopted", is
  measured by yes or no and needs neither);
- assignable: a responsible entity, its own or the lead entity of its action or recommendation;
- relevant: attached to an action or a recommendation, with a type of OHCHR's framework;
- time-bound: a date by which the target is due, its own or its action's end date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nrtd_desktop.domain.enums import IndicatorType
from nrtd_desktop.domain.lang import Lang

SPECIFIC, MEASURABLE, ASSIGNABLE, RELEVANT, TIME_BOUND = (
    "specific",
    "measurable",
    "assignable",
    "relevant",
    "time_bound",
)
PROPERTIES = (SPECIFIC, MEASURABLE, ASSIGNABLE, RELEVANT, TIME_BOUND)
MIN_NAME_WORDS = 3

# property -> (Arabic, English)
PROPERTY_LABELS: dict[str, tuple[str, str]] = {
    SPECIFIC: ("محدد", "Specific"),
    MEASURABLE: ("قابل للقياس", "Measurable"),
    ASSIGNABLE: ("محدد المسؤولية", "Assignable"),
    RELEVANT: ("ذو صلة", "Relevant"),
    TIME_BOUND: ("محدد زمنياً", "Time-bound"),
}

# reason -> (property, Arabic, English)
REASONS: dict[str, tuple[str, str, str]] = {
    "no_name": (SPECIFIC, "المؤشر بلا اسم.", "The indicator has no name."),
    "vague_name": (
        SPECIFIC,
        "اسم المؤشر أقصر من أن يكون محدداً (أقل من ثلاث كلمات).",
        "The name is too short to be specific (fewer than three words).",
    ),
    "no_target": (MEASURABLE, "لا توجد قيمة مستهدفة.", "There is no target value."),
    "no_unit": (MEASURABLE, "لا توجد وحدة قياس.", "There is no unit of measurement."),
    "no_baseline": (
        MEASURABLE,
        "لا يوجد خط أساس يقاس منه التغير.",
        "There is no baseline to measure change from.",
    ),
    "no_data_source": (MEASURABLE, "لم يُحدد مصدر البيانات.", "There is no data source."),
    "no_responsible": (
        ASSIGNABLE,
        "لا توجد جهة مسؤولة عن المؤشر ولا عن الإجراء أو التوصية.",
        "No entity is responsible for the indicator, its action or its recommendation.",
    ),
    "not_attached": (
        RELEVANT,
        "المؤشر غير مرتبط بإجراء ولا بتوصية.",
        "The indicator is attached to no action and no recommendation.",
    ),
    "no_type": (
        RELEVANT,
        "نوع المؤشر ليس هيكلياً ولا إجرائياً ولا نتائجياً.",
        "The type is not structural, process or outcome.",
    ),
    "no_deadline": (
        TIME_BOUND,
        "لا يوجد تاريخ استحقاق للمؤشر ولا تاريخ انتهاء لإجرائه.",
        "There is no due date for the indicator nor an end date for its action.",
    ),
}


@dataclass(frozen=True)
class IndicatorFacts:
    """What the check reads; the service fills the inherited facts (parent's lead and end date)."""

    name_ar: str = ""
    name_en: str = ""
    indicator_type: str = ""
    baseline: str = ""
    target: str = ""
    unit: str = ""
    data_source: str = ""
    due_date: date | None = None
    responsible_entity: bool = False  # its own, or inherited from the action or recommendation
    attached: bool = True
    parent_end_date: date | None = None


@dataclass(frozen=True)
class SmartProblem:
    property: str
    reason: str

    def property_label(self, lang: Lang) -> str:
        ar, en = PROPERTY_LABELS[self.property]
        return ar if lang == "ar" else en

    def text(self, lang: Lang) -> str:
        _prop, ar, en = REASONS[self.reason]
        return ar if lang == "ar" else en


@dataclass(frozen=True)
class SmartCheck:
    problems: tuple[SmartProblem, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        """The properties that fail, in S-M-A-R-T order, each once."""
        failing = {p.property for p in self.problems}
        return tuple(p for p in PROPERTIES if p in failing)

    @property
    def is_smart(self) -> bool:
        return not self.problems

    def summary(self, lang: Lang) -> str:
        """ "SMART" or "Missing: Measurable, Time-bound" in the language asked for."""
        if self.is_smart:
            return "مستوفٍ لمعايير SMART" if lang == "ar" else "SMART"
        names = [PROPERTY_LABELS[p][0 if lang == "ar" else 1] for p in self.missing]
        return ("ينقصه: " + "، ".join(names)) if lang == "ar" else ("Missing: " + ", ".join(names))


def _words(text: str) -> int:
    return len(text.split())


def check_smart(facts: IndicatorFacts) -> SmartCheck:
    reasons: list[str] = []
    name_ar, name_en = facts.name_ar.strip(), facts.name_en.strip()
    if not name_ar and not name_en:
        reasons.append("no_name")
    elif max(_words(name_ar), _words(name_en)) < MIN_NAME_WORDS:
        reasons.append("vague_name")
    if not facts.target.strip():
        reasons.append("no_target")
    if facts.indicator_type in (IndicatorType.PROCESS, IndicatorType.OUTCOME):
        if not facts.unit.strip():
            reasons.append("no_unit")
        if not facts.baseline.strip():
            reasons.append("no_baseline")
    if not facts.data_source.strip():
        reasons.append("no_data_source")
    if not facts.responsible_entity:
        reasons.append("no_responsible")
    if not facts.attached:
        reasons.append("not_attached")
    if facts.indicator_type not in {str(t) for t in IndicatorType}:
        reasons.append("no_type")
    if facts.due_date is None and facts.parent_end_date is None:
        reasons.append("no_deadline")
    return SmartCheck(tuple(SmartProblem(REASONS[r][0], r) for r in reasons))
