"""The plan's user-facing messages and field names, in English and Arabic (see domain/errors.py)."""

from __future__ import annotations

PLAN_MESSAGES = {
    "plan.owner_required": (
        "An action belongs to one recommendation or one cluster.",
        "يجب أن ينتمي الإجراء إلى توصية واحدة أو مجموعة مواضيعية واحدة.",
    ),
    "indicator.owner_required": (
        "An indicator belongs to an action or a recommendation.",
        "يجب أن يرتبط المؤشر بإجراء أو بتوصية.",
    ),
    "challenge.attachment_required": (
        "Attach the challenge to a recommendation, an action or an entity.",
        "اربط التحدي بتوصية أو بإجراء أو بجهة.",
    ),
    "progress.indicator_elsewhere": (
        "The indicator chosen belongs to another action.",
        "المؤشر المختار يتبع إجراءً آخر.",
    ),
}

PLAN_FIELDS = {
    "title": ("Title", "العنوان"),
    "reported_on": ("Report date", "تاريخ التقرير"),
    "due_date": ("Due date", "تاريخ الاستحقاق"),
    "reason": ("Reason", "السبب"),
    "partner_entities": ("Partner entities", "الجهات الشريكة"),
    "responsible_entity": ("Responsible entity", "الجهة المسؤولة"),
    "frequency": ("Reporting frequency", "دورية التقرير"),
    "description": ("Description", "الوصف"),
    "stale_days": ("Days without progress", "عدد الأيام دون تقدم"),
}

