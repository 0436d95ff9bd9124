"""Fill i18n/reports_ar.ts (the reports area) from the table below, then compile reports_*.qm.

.venv/bin/pyside6-lupdate nrtd_desktop/ui/reports_page.py -ts i18n/reports_ar.ts i18n/reports_en.ts
.venv/bin/python i18n/reports_translate.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent

AR = {
    "Reports": "التقارير",
    "By thematic cluster": "حسب المجموعات المواضيعية",
    "By theme": "حسب المواضيع",
    "For example UPR-3-122.45": "مثل UPR-3-122.45",
    "Limit to a period": "تقييد بفترة",
    "Use the register's current filter": "استخدام عامل التصفية الحالي في السجل",
    "Report": "التقرير",
    "Language of the report": "لغة التقرير",
    "Grouping": "التجميع",
    "Entity": "الجهة",
    "Thematic cluster": "المجموعة المواضيعية",
    "Recommendation reference": "رمز التوصية",
    "from": "من",
    "to": "إلى",
    "Period": "الفترة",
    "Options": "الخيارات",
    "The preview shows the first page of the report (drawn by pdftoppm).":
        "تعرض المعاينة الصفحة الأولى من التقرير (رسمها برنامج pdftoppm).",
    "This computer cannot draw a preview; the report can still be saved.":
        "لا يستطيع هذا الحاسوب عرض معاينة، ويمكن مع ذلك حفظ التقرير.",
    "National action plan": "الخطة الوطنية لتنفيذ التوصيات",
    "Progress report": "تقرير التقدم",
    "Entity sheet": "بطاقة الجهة",
    "Challenges analysis": "تحليل التحديات",
    "Recommendation sheet": "بطاقة التوصية",
    "All clusters": "جميع المجموعات",
    "Every recommendation is included.": "يشمل التقرير جميع التوصيات.",
    "The report covers the {count} recommendations the register shows.":
        "يشمل التقرير التوصيات الظاهرة في السجل وعددها {count}.",
    "Preview": "معاينة",
    "Save report as PDF…": "حفظ التقرير بصيغة PDF…",
    "Reading the data…": "جارٍ قراءة البيانات…",
    "Preparing the preview…": "جارٍ إعداد المعاينة…",
    "Page 1 of {pages}": "الصفحة 1 من {pages}",
    "Preview ready: the report has {pages} pages.": "المعاينة جاهزة: عدد صفحات التقرير {pages}.",
    "Save report as PDF": "حفظ التقرير بصيغة PDF",
    "PDF documents (*.pdf)": "مستندات PDF (*.pdf)",
    "Writing the PDF…": "جارٍ كتابة ملف PDF…",
    "Save report": "حفظ التقرير",
    "Preparing the report…": "جارٍ إعداد التقرير…",
    "The report was saved to {path} ({pages} pages).": "حُفظ التقرير في {path} (عدد الصفحات: {pages}).",
}


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source not in AR:
            missing.append(source)
            continue
        translation.text = AR[source]
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(HERE / "reports_ar.ts")
    if missing:
        print("no Arabic for:", *missing, sep="\n  ")
        return 1
    for lang in ("ar", "en"):
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                str(HERE / f"reports_{lang}.ts"),
                "-qm",
                str(HERE / f"reports_{lang}.qm"),
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
