"""Fill i18n/dashboard_ar.ts (and dashboard_en.ts with the English sources), then compile the .qm files.

    .venv/bin/pyside6-lupdate nrtd_desktop/ui/dashboard_page.py nrtd_desktop/ui/dashboard_charts.py \
        nrtd_desktop/ui/dashboard_records.py -ts i18n/dashboard_ar.ts i18n/dashboard_en.ts
    .venv/bin/python i18n/dashboard_translate.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

AR = {
    "Dashboard": "لوحة المتابعة",
    "Open challenges": "تحديات قائمة",
    "Progress updates": "تحديثات التقدم",
    "Average progress (%)": "متوسط نسبة الإنجاز (%)",
    "Action": "الإجراء",
    "Recommendation or cluster": "التوصية أو المجموعة",
    "Lead entity": "الجهة الرئيسية",
    "End date": "تاريخ الانتهاء",
    "Status": "الحالة",
    "Actions ({count})": "الإجراءات ({count})",
    "Challenge": "التحدي",
    "Category": "الفئة",
    "Entity": "الجهة",
    "Challenges ({count})": "التحديات ({count})",
    "All mechanisms": "جميع الآليات",
    "Refresh": "تحديث",
    "Mechanism:": "الآلية:",
    "Status by mechanism": "حالة التنفيذ حسب الآلية",
    "Status by theme (largest five)": "حالة التنفيذ حسب الموضوع (أكبر خمسة)",
    "Status by lead entity (largest five)": "حالة التنفيذ حسب الجهة الرئيسية (أكبر خمس)",
    "Progress reported per month": "التقدم المُبلَّغ عنه شهرياً",
    "Open challenges by category": "التحديات القائمة حسب الفئة",
    "Counting…": "جارٍ العدّ…",
    "Recommendations": "التوصيات",
    "Implemented": "منفذة",
    "Partly implemented": "منفذة جزئياً",
    "In progress": "قيد التنفيذ",
    "Not started": "لم يبدأ",
    "Overdue": "متأخرة",
    "Due in 30 days": "مستحقة خلال 30 يوماً",
    "Due in 90 days": "مستحقة خلال 90 يوماً",
    "Figures on {today}": "الأرقام في {today}",
    "Progress reported per month, {start} to {end}": "التقدم المُبلَّغ عنه شهرياً، من {start} إلى {end}",
    "Open these {count} records": "افتح هذه السجلات ({count})",
    "Jan": "يناير",
    "Feb": "فبراير",
    "Mar": "مارس",
    "Apr": "أبريل",
    "May": "مايو",
    "Jun": "يونيو",
    "Jul": "يوليو",
    "Aug": "أغسطس",
    "Sep": "سبتمبر",
    "Oct": "أكتوبر",
    "Nov": "نوفمبر",
    "Dec": "ديسمبر",
}


def fill(path: Path, table: dict[str, str] | None) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if table is not None and source not in table:
            missing.append(source)
            continue
        translation.text = table[source] if table is not None else source
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(HERE / "dashboard_ar.ts", AR)
    fill(HERE / "dashboard_en.ts", None)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    release = HERE.parent / ".venv" / "bin" / "pyside6-lrelease"
    for lang in ("ar", "en"):
        subprocess.run(
            [str(release), str(HERE / f"dashboard_{lang}.ts"), "-qm", str(HERE / f"dashboard_{lang}.qm")],
            check=True,
        )
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
