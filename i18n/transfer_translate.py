# ruff: noqa: E501  (Arabic sentences are kept on one line each, as translators read them)
"""Fill i18n/transfer_ar.ts (and transfer_en.ts) with the translations of the import and export
windows; run after pyside6-lupdate, then pyside6-lrelease."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ARABIC = {
    "Recommendations": "التوصيات",
    "Clusters": "المجموعات المواضيعية",
    "Actions": "الإجراءات",
    "Indicators": "المؤشرات",
    "Progress updates": "تحديثات التقدم",
    "Challenges": "التحديات",
    "Entities": "الجهات",
    "Export to Excel": "التصدير إلى Excel",
    "Sheets": "الأوراق",
    "Language of the workbook:": "لغة المصنف:",
    "Only the recommendations of the register's current filter": "توصيات التصفية الحالية للسجل فقط",
    "Choose…": "اختيار…",
    "File:": "الملف:",
    "Export": "تصدير",
    "Workbooks (*.xlsx)": "مصنفات (*.xlsx)",
    "Writing the workbook…": "جارٍ كتابة المصنف…",
    "Files to import": "الملفات المراد استيرادها",
    "Several files make one import: all of them are imported, or none.": "الملفات المتعددة استيراد واحد: تُستورد كلها أو لا يُستورد شيء منها.",
    "Add files…": "إضافة ملفات…",
    "Remove": "إزالة",
    "Format:": "الصيغة:",
    "Detected:": "الصيغة المكتشفة:",
    "all States (or a name: Saudi Arabia, السعودية, SAU)": "كل الدول (أو اسم دولة: السعودية، Saudi Arabia، SAU)",
    "Only recommendations to:": "التوصيات الموجهة إلى:",
    "Column mapping…": "مطابقة الأعمدة…",
    "Mapping:": "المطابقة:",
    "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)": "جداول بيانات (*.xlsx *.csv *.txt);;كل الملفات (*)",
    "{count} column(s) chosen": "عدد الأعمدة المختارة: {count}",
    "Detect from the file": "اكتشافها من الملف",
    "UHRI export (Universal Human Rights Index)": "ملف مُصدَّر من الفهرس العالمي لحقوق الإنسان",
    "UPR Info database": "قاعدة بيانات UPR Info",
    "Workbook exported by this program": "مصنف صدّره هذا البرنامج",
    "Another spreadsheet, through a column mapping": "جدول بيانات آخر، عبر مطابقة الأعمدة",
    "not recognised: choose a column mapping": "غير معروفة: اختر مطابقة للأعمدة",
    "Import…": "استيراد…",
    "Export to Excel…": "التصدير إلى Excel…",
    "Workbook written: {path}": "كُتب المصنف: {path}",
    "Import recommendations": "استيراد التوصيات",
    "Text (either language)": "النص (بأي من اللغتين)",
    "English text": "النص الإنجليزي",
    "Arabic text": "النص العربي",
    "Identifier of the row": "معرّف الصف",
    "Mechanism (UPR, TB, SP)": "الآلية (UPR أو TB أو SP)",
    "Recommending body": "الجهة الموصية",
    "Document symbol": "رمز الوثيقة",
    "Paragraph": "الفقرة",
    "Publication date": "تاريخ النشر",
    "UPR session": "دورة الاستعراض",
    "State under review": "الدولة محل الاستعراض",
    "Recommending States": "الدول الموصية",
    "Position of the State": "موقف الدولة",
    "Action category (1-5)": "فئة الإجراء (1-5)",
    "Recommendation or observation": "توصية أو ملاحظة",
    "Themes": "المواضيع",
    "Affected persons": "الفئات المعنية",
    "SDG targets": "غايات التنمية المستدامة",
    "Regions concerned": "المناطق المعنية",
    "Recommending regions": "مناطق الدول الموصية",
    "Which column holds what": "أي عمود يحتوي على أي حقل",
    "The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.": "الصفوف الأولى من {file}. اختر لكل حقل العمود الذي يحتويه؛ والنص مطلوب على الأقل.",
    "Saved mapping:": "مطابقة محفوظة:",
    "(none)": "(لا شيء)",
    "(not in the file)": "(غير موجود في الملف)",
    "Save this mapping as:": "حفظ هذه المطابقة باسم:",
    "a name, to use it again (optional)": "اسم لاستخدامها مرة أخرى (اختياري)",
    "What the import will do": "ما سيفعله الاستيراد",
    "Nothing is written yet.": "لم يُكتب شيء بعد.",
    "Import": "استيراد",
    "Where": "الموضع",
    "Problem": "المشكلة",
    "Import anyway, leaving out the values that match nothing": "الاستيراد مع إغفال القيم التي لا تطابق شيئاً",
    "Save the problems as a workbook…": "حفظ المشكلات في مصنف…",
    "Reading and comparing…": "جارٍ القراءة والمقارنة…",
    "Reading the files…": "جارٍ قراءة الملفات…",
    "Save the problems": "حفظ المشكلات",
    "Importing…": "جارٍ الاستيراد…",
    "Imported: {new} new and {updated} updated recommendations, in {seconds} s.\n"
    "A snapshot of the database was taken before: {backup}": "تم الاستيراد: {new} توصية جديدة و{updated} توصية محدَّثة، في {seconds} ثانية.\n"
    "أُخذت نسخة احتياطية من قاعدة البيانات قبله: {backup}",
    "Nothing was imported: {reason}": "لم يُستورد شيء: {reason}",
}


def fill(path: Path, arabic: bool) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = ARABIC.get(source) if arabic else source
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    folder = Path(__file__).resolve().parent
    missing = fill(folder / "transfer_ar.ts", True)
    fill(folder / "transfer_en.ts", False)
    if missing:
        print("untranslated:", missing)
        sys.exit(1)
