"""The export's sentences, in English and Arabic."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "export.done": ("{path}: {counts} ({seconds} s)", "{path}: {counts} ({seconds} ثانية)"),
    "export.no_sheets": ("Choose at least one sheet to export.", "اختر ورقة واحدة على الأقل للتصدير."),
    "export.unknown_sheet": (
        "'{sheet}' is not a sheet of the export (recommendations, clusters, actions, indicators, "
        "progress, challenges, entities).",
        "«{sheet}» ليست من أوراق التصدير (التوصيات، المجموعات، الإجراءات، المؤشرات، التقدم، "
        "التحديات، الجهات).",
    ),
    "export.failed": (
        "The workbook '{path}' could not be written: {reason}",
        "تعذّرت كتابة المصنف «{path}»: {reason}",
    ),
}

