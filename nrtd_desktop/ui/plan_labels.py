"""People's names for the plan's stored values, and dates as shown.

The vocabularies the core names (statuses, indicator types, challenge categories) come from its
catalogue (``domain/labels.py``) like ``labels.py``; the window-only ones (reporting frequency,
the SMART properties) through Qt's translator. Built afresh on each call, so a language switch
shows the new words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from nrtd_desktop.domain import labels as catalogue
from nrtd_desktop.domain.calendar import format_dual, format_gregorian, format_short
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.ui.labels import window_lang


def action_status_labels() -> dict[str, str]:
    return catalogue.names("action_status", window_lang())


def indicator_type_labels() -> dict[str, str]:
    return catalogue.names("indicator_type", window_lang())


def frequency_labels() -> dict[str, str]:
    return {
        "monthly": QCoreApplication.translate("PlanLabels", "Monthly"),
        "quarterly": QCoreApplication.translate("PlanLabels", "Quarterly"),
        "semi_annual": QCoreApplication.translate("PlanLabels", "Every six months"),
        "annual": QCoreApplication.translate("PlanLabels", "Annual"),
        "once": QCoreApplication.translate("PlanLabels", "Once"),
    }


def challenge_category_labels() -> dict[str, str]:
    return catalogue.names("challenge_category", window_lang())


def challenge_status_labels() -> dict[str, str]:
    return catalogue.names("challenge_status", window_lang())


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
