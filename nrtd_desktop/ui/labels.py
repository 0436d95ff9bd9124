"""People's names for the stored enum values, through Qt's translator.

Each call builds the table afresh so that a language switch (new translator installed) shows
the new words without restarting. Unknown values are shown as they are stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def position_labels() -> dict[str, str]:
    return {
        "supported": QCoreApplication.translate("Labels", "Supported"),
        "supported_in_part": QCoreApplication.translate("Labels", "Supported in part"),
        "noted": QCoreApplication.translate("Labels", "Noted"),
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "none": QCoreApplication.translate("Labels", "No position"),
    }


def status_labels() -> dict[str, str]:
    return {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "partially_implemented": QCoreApplication.translate("Labels", "Partially implemented"),
        "implemented": QCoreApplication.translate("Labels", "Implemented"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
    }


def priority_labels() -> dict[str, str]:
    return {
        "high": QCoreApplication.translate("Labels", "High"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "low": QCoreApplication.translate("Labels", "Low"),
        "none": QCoreApplication.translate("Labels", "No priority"),
    }


def mechanism_labels() -> dict[str, str]:
    return {
        "UPR": QCoreApplication.translate("Labels", "Universal Periodic Review"),
        "TB": QCoreApplication.translate("Labels", "Treaty bodies"),
        "SP": QCoreApplication.translate("Labels", "Special procedures"),
    }


def annotation_labels() -> dict[str, str]:
    return {
        "recommendation": QCoreApplication.translate("Labels", "Recommendation"),
        "observation": QCoreApplication.translate("Labels", "Concern or observation"),
    }


def action_category_labels() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("Labels", "1: asks other States or asks for help"),
        2: QCoreApplication.translate("Labels", "2: continue an existing action"),
        3: QCoreApplication.translate("Labels", "3: consider a change"),
        4: QCoreApplication.translate("Labels", "4: a general action"),
        5: QCoreApplication.translate("Labels", "5: a specific action"),
    }


def label_of(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    return table.get(value, value)
