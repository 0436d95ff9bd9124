"""The sentences of the printed reports, in English and Arabic (registered by
``nrtd_desktop/catalogue.py``; kept apart from ``engine.py`` so that the catalogue does not load
ReportLab)."""

from __future__ import annotations

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "report.write_failed": (
        "The report could not be saved to '{path}': {reason}",
        "تعذّر حفظ التقرير في «{path}»: {reason}",
    ),
    "report.layout_failed": (
        "The report could not be laid out: {reason}",
        "تعذّر تنسيق صفحات التقرير: {reason}",
    ),
}
