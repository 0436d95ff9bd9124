"""People's names for the values of the reporting calendar and the drafts, through Qt's translator
(built afresh on each call, so that a language switch shows the new words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def report_type_labels() -> dict[str, str]:
    return {
        "upr_national": QCoreApplication.translate("Drafting", "UPR national report"),
        "upr_midterm": QCoreApplication.translate("Drafting", "UPR mid-term report"),
        "tb_periodic": QCoreApplication.translate("Drafting", "Periodic report to a treaty body"),
        "tb_loi_replies": QCoreApplication.translate("Drafting", "Replies to a list of issues"),
        "tb_follow_up": QCoreApplication.translate("Drafting", "Follow-up report"),
    }


def event_kind_labels() -> dict[str, str]:
    return {
        "sp_visit": QCoreApplication.translate("Drafting", "Country visit"),
        "sp_follow_up": QCoreApplication.translate("Drafting", "Follow-up to a visit"),
        "upr_review": QCoreApplication.translate("Drafting", "UPR review"),
        "upr_adoption": QCoreApplication.translate("Drafting", "Adoption of the UPR outcome"),
        "upr_midterm": QCoreApplication.translate("Drafting", "UPR mid-term report"),
        "upr_national_report": QCoreApplication.translate("Drafting", "UPR national report"),
        "tb_periodic": QCoreApplication.translate("Drafting", "Periodic report to a treaty body"),
        "tb_follow_up": QCoreApplication.translate("Drafting", "Follow-up report"),
        "tb_loipr": QCoreApplication.translate("Drafting", "List of issues prior to reporting"),
        "other": QCoreApplication.translate("Drafting", "Other date"),
    }


def event_status_labels() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("Drafting", "Planned"),
        "in_preparation": QCoreApplication.translate("Drafting", "In preparation"),
        "submitted": QCoreApplication.translate("Drafting", "Submitted"),
        "not_applicable": QCoreApplication.translate("Drafting", "Not applicable"),
    }


def section_state_labels() -> dict[str, str]:
    return {
        "drafting": QCoreApplication.translate("Drafting", "Drafting"),
        "in_review": QCoreApplication.translate("Drafting", "In review"),
        "approved": QCoreApplication.translate("Drafting", "Approved"),
    }


def calendar_state_labels() -> dict[str, str]:
    return {
        "overdue": QCoreApplication.translate("Drafting", "Overdue"),
        "due": QCoreApplication.translate("Drafting", "Due soon"),
        "upcoming": QCoreApplication.translate("Drafting", "Upcoming"),
        "done": QCoreApplication.translate("Drafting", "Submitted"),
        "past": QCoreApplication.translate("Drafting", "Past"),
        "none": QCoreApplication.translate("Drafting", "No date"),
    }


# The colour of each calendar state (text), the same on the dashboard and the drafting screen.
STATE_COLOURS = {
    "overdue": "#b23a1e",
    "due": "#9a6a00",
    "upcoming": "#1f3864",
    "done": "#1e5631",
    "past": "#6b6b6b",
    "none": "#6b6b6b",
}
