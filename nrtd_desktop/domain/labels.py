"""Arabic and English names of the closed vocabularies, for reports, exports and the CLI.

The one place each stored value is named: the printed documents, the exports, the command line
and the window (``ui/labels.py`` reads these tables in the window's language) all take their
words from here, so that no two of them call the same thing differently. The window's own
sentences go through Qt's translator.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.domain.enums import (
    ActionStatus,
    AnnotationType,
    ChallengeCategory,
    ChallengeStatus,
    ImplementationStatus,
    IndicatorType,
    MechanismKind,
    Position,
    Priority,
)
from nrtd_desktop.domain.lang import Lang

NONE_LABEL = ("غير محدد", "Not set")

# value -> (Arabic, English)
MECHANISMS = {
    MechanismKind.UPR: ("الاستعراض الدوري الشامل", "Universal Periodic Review"),
    MechanismKind.TB: ("هيئات المعاهدات", "Treaty bodies"),
    MechanismKind.SP: ("الإجراءات الخاصة", "Special procedures"),
}
POSITIONS = {
    Position.SUPPORTED: ("مؤيَّدة", "Supported"),
    Position.SUPPORTED_IN_PART: ("مؤيَّدة جزئياً", "Supported in part"),
    Position.NOTED: ("أُحيط بها علماً", "Noted"),
    Position.PENDING: ("قيد النظر", "Pending"),
    "none": ("بلا موقف", "No position"),
}
STATUSES = {
    ImplementationStatus.NOT_STARTED: ("لم يبدأ", "Not started"),
    ImplementationStatus.IN_PROGRESS: ("قيد التنفيذ", "In progress"),
    ImplementationStatus.PARTIALLY_IMPLEMENTED: ("منفذة جزئياً", "Partially implemented"),
    ImplementationStatus.IMPLEMENTED: ("منفذة", "Implemented"),
    "overdue": ("متأخرة", "Overdue"),
}
PRIORITIES = {
    Priority.HIGH: ("عالية", "High"),
    Priority.MEDIUM: ("متوسطة", "Medium"),
    Priority.LOW: ("منخفضة", "Low"),
    "none": ("بلا أولوية", "No priority"),  # as the window says it (like "No position")
}
ACTION_STATUSES = {
    ActionStatus.NOT_STARTED: ("لم يبدأ", "Not started"),
    ActionStatus.IN_PROGRESS: ("قيد التنفيذ", "In progress"),
    ActionStatus.COMPLETED: ("مكتمل", "Completed"),
    ActionStatus.CANCELLED: ("ملغى", "Cancelled"),
}
ANNOTATION_TYPES = {
    AnnotationType.RECOMMENDATION: ("توصية", "Recommendation"),
    # "concern/observation" (DOMAIN.md), as the window and UHRI name it.
    AnnotationType.OBSERVATION: ("قلق أو ملاحظة", "Concern or observation"),
}
INDICATOR_TYPES = {
    IndicatorType.STRUCTURAL: ("هيكلي", "Structural"),
    IndicatorType.PROCESS: ("إجرائي", "Process"),
    IndicatorType.OUTCOME: ("نتائجي", "Outcome"),
}
CHALLENGE_CATEGORIES = {
    ChallengeCategory.LEGISLATIVE: ("تشريعية", "Legislative"),
    ChallengeCategory.INSTITUTIONAL: ("مؤسسية", "Institutional"),
    ChallengeCategory.FINANCIAL: ("مالية", "Financial"),
    ChallengeCategory.HUMAN_CAPACITY: ("القدرات البشرية", "Human capacity"),
    ChallengeCategory.DATA_STATISTICS: ("البيانات والإحصاءات", "Data and statistics"),
    ChallengeCategory.SOCIAL_CULTURAL: ("اجتماعية وثقافية", "Social and cultural"),
    ChallengeCategory.COORDINATION: ("التنسيق", "Coordination"),
    ChallengeCategory.OTHER: ("أخرى", "Other"),
}
CHALLENGE_STATUSES = {
    ChallengeStatus.OPEN: ("قائم", "Open"),
    ChallengeStatus.BEING_ADDRESSED: ("قيد المعالجة", "Being addressed"),
    ChallengeStatus.RESOLVED: ("تمت معالجته", "Resolved"),
}

# UPR Info's categories of the action a recommendation asks for (1 weakest to 5 most specific).
# Stored as numbers and exported as numbers, so not one of the VOCABULARIES below.
ACTION_CATEGORIES: dict[int, tuple[str, str]] = {
    1: ("1: تطلب من دول أخرى أو تطلب المساعدة", "1: asks other States or asks for help"),
    2: ("2: مواصلة إجراء قائم", "2: continue an existing action"),
    3: ("3: النظر في تغيير", "3: consider a change"),
    4: ("4: إجراء عام", "4: a general action"),
    5: ("5: إجراء محدد", "5: a specific action"),
}

VOCABULARIES: dict[str, dict[Any, tuple[str, str]]] = {
    "mechanism": MECHANISMS,
    "position": POSITIONS,
    "status": STATUSES,
    "priority": PRIORITIES,
    "action_status": ACTION_STATUSES,
    "annotation_type": ANNOTATION_TYPES,
    "indicator_type": INDICATOR_TYPES,
    "challenge_category": CHALLENGE_CATEGORIES,
    "challenge_status": CHALLENGE_STATUSES,
}


def label(vocabulary: str, value: str | None, lang: Lang) -> str:
    """The name of ``value`` in ``lang``; unknown values are shown as they are."""
    names = VOCABULARIES[vocabulary].get(value if value is not None else "none")
    if names is None:
        return "" if value is None else str(value)
    return names[0] if lang == "ar" else names[1]


def names(vocabulary: str, lang: Lang) -> dict[str, str]:
    """Every value of ``vocabulary`` (as its stored text) and its name in ``lang``, in order."""
    index = 0 if lang == "ar" else 1
    return {str(value): pair[index] for value, pair in VOCABULARIES[vocabulary].items()}


def order(vocabulary: str, value: str | None) -> int:
    """The position of ``value`` in its vocabulary's natural order (unknown last)."""
    keys = [str(k) for k in VOCABULARIES[vocabulary]]
    key = "none" if value is None else str(value)
    return keys.index(key) if key in keys else len(keys)


_ORDINALS_AR = {1: "الأولى", 2: "الثانية", 3: "الثالثة", 4: "الرابعة", 5: "الخامسة"}
_ORDINALS_EN = {1: "1st", 2: "2nd", 3: "3rd"}


def cycle_names(cycle: int | None) -> tuple[str, str]:
    """("الجولة الثالثة", "3rd cycle") for a UPR cycle number."""
    if cycle is None:
        return NONE_LABEL
    return (f"الجولة {_ORDINALS_AR.get(cycle, str(cycle))}", f"{_ORDINALS_EN.get(cycle, f'{cycle}th')} cycle")
