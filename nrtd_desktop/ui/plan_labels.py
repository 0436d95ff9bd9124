"""People's names for the plan's stored values, through Qt's translator, and dates as shown.

Built afresh on each call, like ``labels.py``, so a language switch shows the new words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from nrtd_desktop.domain.calendar import format_dual, format_gregorian, format_short
from nrtd_desktop.domain.lang import Lang


def action_status_labels() -> dict[str, str]:
    return {
        "not_started": QCoreApplication.translate("PlanLabels", "Not started"),
        "in_progress": QCoreApplication.translate("PlanLabels", "In progress"),
        "completed": QCoreApplication.translate("PlanLabels", "Completed"),
        "cancelled": QCoreApplication.translate("PlanLabels", "Cancelled"),
    }


def indicator_type_labels() -> dict[str, str]:
    return {
        "structural": QCoreApplication.translate("PlanLabels", "Structural"),
        "process": QCoreApplication.translate("PlanLabels", "Process"),
        "outcome": QCoreApplication.translate("PlanLabels", "Outcome"),
    }


def frequency_labels() -> dict[str, str]:
    return {
        "monthly": QCoreApplication.translate("PlanLabels", "Monthly"),
        "quarterly": QCoreApplication.translate("PlanLabels", "Quarterly"),
        "semi_annual": QCoreApplication.translate("PlanLabels", "Every six months"),
        "annual": QCoreApplication.translate("PlanLabels", "Annual"),
        "once": QCoreApplication.translate("PlanLabels", "Once"),
    }


def challenge_category_labels() -> dict[str, str]:
    return {
        "legislative": QCoreApplication.translate("PlanLabels", "Legislative"),
        "institutional": QCoreApplication.translate("PlanLabels", "Institutional"),
        "financial": QCoreApplication.translate("PlanLabels", "Financial"),
        "human_capacity": QCoreApplication.translate("PlanLabels", "Human capacity"),
        "data_statistics": QCoreApplication.translate("PlanLabels", "Data and statistics"),
        "social_cultural": QCoreApplication.translate("PlanLabels", "Social and cultural"),
        "coordination": QCoreApplication.translate("PlanLabels", "Coordination"),
        "other": QCoreApplication.translate("PlanLabels", "Other"),
    }


def challenge_status_labels() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("PlanLabels", "Open"),
        "being_addressed": QCoreApplication.translate("PlanLabels", "Being addressed"),
        "resolved": QCoreApplication.translate("PlanLabels", "Resolved"),
    }


def smart_labels() -> dict[str, str]:
    return {
        "specific": QCoreApplication.translate("PlanLabels", "Specific"),
        "measurable": QCoreApplication.translate("PlanLabels", "Measurable"),
        "assignable": QCoreApplication.translate("PlanLabels", "Assignable"),
        "relevant": QCoreApplication.translate("PlanLabels", "Relevant"),
        "time_bound": QCoreApplication.translate("PlanLabels", "Time-bound"),
    }


def format_date(value: date | None, lang: Lang, show_hijri: bool) -> str:
    """The window's one date presentation (``domain.calendar.format_short``)."""
    return format_short(value, lang, show_hijri)


def format_long(value: date | None, lang: Lang, show_hijri: bool) -> str:
    """ "19 جمادى الآخرة 1448 هـ الموافق 29 نوفمبر 2026 م" (or the Gregorian date alone)."""
    if value is None:
        return ""
    return format_dual(value, lang) if show_hijri else format_gregorian(value, lang)
