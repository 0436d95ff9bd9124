"""The merge review window in Arabic: counts, conflicts side by side, a choice for each, apply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget

from nrtd_desktop.domain import labels
from nrtd_desktop.domain.bidi import strip_marks
from nrtd_desktop.ui.exchange_review import MergeReviewDialog
from tests.exchange.conftest import Laptop
from tests.exchange.scenario import member_comes_back_with_conflicts


def _rows(table: QTableWidget) -> list[list[str]]:
    """The cells as read on screen (without the invisible direction isolates around each value)."""
    return [
        [
            strip_marks(table.item(r, c).text())
            for c in range(table.columnCount() - 1)
        ]
        for r in range(table.rowCount())
    ]


def test_the_review_shows_both_values_and_applies_the_choices(
    qtbot: Any, coordinator: Laptop, member: Laptop, app_ar: Any
) -> None:
    review = member_comes_back_with_conflicts(coordinator, member)
    dialog = MergeReviewDialog(coordinator.services, review, "ar")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "مراجعة الحزمة قبل الدمج"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    summary = dialog.findChild(QLabel, "review_summary").text()
    assert "جديدة: 1" in summary and "تعارضات: 3" in summary and "معدّلة: 0" in summary
    conflicts = dialog.findChild(QTableWidget, "review_conflicts")
    rows = _rows(conflicts)
    # Field, this laptop's value and the package's value side by side, in Arabic.
    assert [r[1] for r in rows].count("الملاحظات") == 1
    notes = next(r for r in rows if "هيئة الخبراء" in r[3])
    assert notes[2] == "تُعرض على اللجنة في اجتماعها القادم"
    assert any((r[2], r[3]) in (("40", "65"), ("45", "65"), ("40", "70")) for r in rows)  # see scenario.py
    status = (
        labels.label("status", "implemented", "ar"),
        labels.label("status", "partially_implemented", "ar"),
    )
    assert any((r[2], r[3]) == status for r in rows)  # vocabulary values in words, not codes
    assert any("عُدّل على حاسوب" in r[1] and r[3] == "(محذوف)" for r in rows)
    apply_button = dialog.apply_button
    assert not apply_button.isEnabled()
    choosers = [conflicts.cellWidget(r, 4) for r in range(conflicts.rowCount())]
    assert all(isinstance(c, QComboBox) for c in choosers)
    for row, chooser in enumerate(choosers):
        chooser.setCurrentIndex(
            2 if "هيئة الخبراء" in rows[row][3] else 1
        )  # package for the notes, else ours
    assert apply_button.isEnabled()
    qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=20000)
    rec = next(i for i in review.plan.conflicts if i.table == "recommendations").record_id
    merged = coordinator.get("recommendations", rec)
    assert merged["notes"] == "أُحيل مشروع النظام إلى هيئة الخبراء"  # type: ignore[index]
    assert merged["status"] == "implemented"  # type: ignore[index]  # kept: ours, chosen in the window
    assert merged["priority"] == "high"  # type: ignore[index]  # changed on their side only
    losers = [e.old_value for e in coordinator.history(rec, "notes") if e.operation == "conflict"]
    assert losers == ["تُعرض على اللجنة في اجتماعها القادم"]


def test_a_deleted_recommendation_with_its_plan_is_one_choice_in_the_review(
    qtbot: Any, coordinator: Laptop, member: Laptop, app_ar: Any
) -> None:
    """The member deleted a recommendation with its actions and progress; the coordinator had
    edited one of its actions: one row, one choice, for the recommendation and all of its plan."""
    from tests.exchange.test_deletion_groups import plan_of, richest_of

    rec_id, reference = richest_of(coordinator, "MOJ")
    [action_id, *_] = plan_of(coordinator, reference)["actions"]
    member.services.recommendations.delete(rec_id)
    coordinator.edit("actions", action_id, budget="من ميزانية الوزارة")
    review = coordinator.review(member.export("deleted.nrtdpkg", since_last=True))
    dialog = MergeReviewDialog(coordinator.services, review, "ar")
    qtbot.addWidget(dialog)
    conflicts = dialog.findChild(QTableWidget, "review_conflicts")
    rows = _rows(conflicts)
    assert len(rows) == 1 and reference in rows[0][0] and rows[0][3] == "(محذوف)"
    assert rows[0][2].startswith(reference) and "من سجلات خطتها" in rows[0][2]
    conflicts.cellWidget(0, 4).setCurrentIndex(1)  # keep it here, with its plan
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=20000)
    assert plan_of(coordinator, reference)["present"]
    assert coordinator.get("actions", action_id)["budget"] == "من ميزانية الوزارة"  # type: ignore[index]
