"""People's names for the values of the reporting calendar and the drafts, through Qt's translator
(built afresh on each call, so that a language switch shows the new words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Drafting", text)


def report_type_labels() -> dict[str, str]:
    return {
        "upr_national": _t("UPR national report"),
        "upr_midterm": _t("UPR mid-term report"),
        "tb_periodic": _t("Periodic report to a treaty body"),
        "tb_loi_replies": _t("Replies to a list of issues"),
        "tb_follow_up": _t("Follow-up report"),
    }


def event_status_labels() -> dict[str, str]:
    return {
        "planned": _t("Planned"),
        "in_preparation": _t("In preparation"),
        "submitted": _t("Submitted"),
        "not_applicable": _t("Not applicable"),
    }


def section_state_labels() -> dict[str, str]:
    return {
        "drafting": _t("Drafting"),
        "in_review": _t("In review"),
        "approved": _t("Approved"),
    }


def calendar_state_labels() -> dict[str, str]:
    return {
        "overdue": _t("Overdue"),
        "due": _t("Due soon"),
        "upcoming": _t("Upcoming"),
        "done": _t("Submitted"),
        "past": _t("Past"),
        "none": _t("No date"),
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
