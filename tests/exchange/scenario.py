"""A realistic exchange with conflicts, shared by the dialog test and the screenshot script."""

from __future__ import annotations

from datetime import date
from typing import Any

from nrtd_desktop.db.models import Challenge
from tests.exchange.conftest import MEMBER_ENTITY, Laptop


def member_comes_back_with_conflicts(coordinator: Laptop, member: Laptop) -> Any:
    """Both laptops edit the same recommendation and progress update; the member adds an obstacle
    and deletes a progress update the coordinator corrected. Returns the coordinator's review."""
    rec = coordinator.recommendation_led_by(MEMBER_ENTITY)
    updates = sorted(member.records()["progress_updates"])
    coordinator.edit("recommendations", rec, notes="تُعرض على اللجنة في اجتماعها القادم", status="implemented")
    member.edit(
        "recommendations",
        rec,
        notes="أُحيل مشروع النظام إلى هيئة الخبراء",
        status="partially_implemented",
        priority="high",
    )
    # Both sides must really change the percent: the demo's ids are new each run, so the update
    # chosen may already say 40 or 65.
    base = member.get("progress_updates", updates[0])["percent"]  # type: ignore[index]
    coordinator.edit("progress_updates", updates[0], percent=40 if base != 40 else 45)
    member.edit("progress_updates", updates[0], percent=65 if base != 65 else 70, evidence="محضر ورشة العمل")
    coordinator.edit("progress_updates", updates[1], narrative_ar="تصحيح المنسق للتاريخ")
    member.delete("progress_updates", updates[1])
    action_id = member.get("progress_updates", updates[0])["action_id"]  # type: ignore[index]
    member.add(
        Challenge(
            action_id=action_id,
            entity_id=member.entity_id(MEMBER_ENTITY),
            category="financial",
            description_ar="لم تُرصد ميزانية لتدريب القضاة في العام المالي",
            reported_on=date(2026, 11, 15),
        )
    )
    return coordinator.review(member.export("from-moj.nrtdpkg", since_last=True))
