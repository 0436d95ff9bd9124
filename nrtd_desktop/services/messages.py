"""Sentences of the report drafts and of the reports' data, in English and Arabic (registered by
``nrtd_desktop/catalogue.py``; kept apart from ``drafts.py`` and ``report_data.py`` so that the
catalogue loads neither).

The other services keep their few sentences beside their code.
"""

from __future__ import annotations

DRAFT_TEXTS: dict[str, tuple[str, str]] = {
    "draft.needs_type": (
        "Say which report to draft for '{label}' (upr_national, upr_midterm, tb_periodic, "
        "tb_loi_replies or tb_follow_up).",
        "حدّد نوع التقرير الذي يُعدّ لـ«{label}» (upr_national أو upr_midterm أو tb_periodic أو "
        "tb_loi_replies أو tb_follow_up).",
    ),
    "draft.ambiguous": (
        "'{value}' names several drafts: give more of the id.",
        "«{value}» يطابق أكثر من مشروع: اكتب جزءاً أطول من المعرّف.",
    ),
    "draft.unknown_version": (
        "The draft has no version '{value}'.",
        "لا توجد للمشروع نسخة «{value}».",
    ),
}

DRAFT_FIELDS: dict[str, tuple[str, str]] = {
    "draft": ("Report draft", "مشروع التقرير"),
    "report_section": ("Report section", "فرع التقرير"),
    "report_type": ("Report type", "نوع التقرير"),
    "state": ("State", "الحالة"),
    "group_by": ("Grouping", "التجميع"),
}

REPORT_DATA_TEXTS: dict[str, tuple[str, str]] = {
    "report.unknown_entity": (
        "No entity has the code or name '{value}'.",
        "لا توجد جهة رمزها أو اسمها «{value}».",
    ),
    "report.entity_required": (
        "Choose the entity the sheet is for (its code, for example MOJ).",
        "اختر الجهة التي تُعدّ لها البطاقة (رمزها، مثل MOJ).",
    ),
    "report.reference_required": (
        "Give the reference of the recommendation (for example UPR-3-122.45).",
        "اذكر رمز التوصية (مثل UPR-3-122.45).",
    ),
    "report.unknown_cluster": (
        "No thematic cluster is named '{value}'.",
        "لا توجد مجموعة مواضيعية باسم «{value}».",
    ),
}
