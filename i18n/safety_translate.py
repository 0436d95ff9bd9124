"""Fill i18n/safety_ar.ts with the Arabic translations: .venv/bin/python i18n/safety_translate.py i18n/safety_ar.ts"""
# ruff: noqa: E501  (whole sentences are easier to check on one line)
import sys
import xml.etree.ElementTree as ET

AR = {
    "Backups": "النسخ الاحتياطية",
    "Date": "التاريخ",
    "Kind": "النوع",
    "Recommendations": "التوصيات",
    "Size": "الحجم",
    "Back up now": "انسخ احتياطياً الآن",
    "Restore the chosen backup…": "استعد النسخة المختارة…",
    "Check the database": "افحص قاعدة البيانات",
    "Open the backup folder": "افتح مجلد النسخ الاحتياطية",
    "Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months, every backup made by hand, and the snapshots taken before imports, upgrades, restores and merges for 30 days.":
        "تُحفظ النسخ الاحتياطية من {db} في {folder}: أحدث نسخة من كل يوم من الأيام السبعة الأخيرة، ومن كل أسبوع من الأسابيع الأربعة الأخيرة، ومن كل شهر من الأشهر الاثني عشر الأخيرة، وكل نسخة صُنعت يدوياً، والنسخ المأخوذة قبل الاستيراد والترقية والاستعادة والدمج لمدة 30 يوماً.",
    "unreadable": "تتعذّر قراءتها",
    "Backup made and verified: {name}": "صُنعت النسخة الاحتياطية وتُحقّق منها: {name}",
    "The database is whole (integrity check and foreign keys).": "قاعدة البيانات سليمة (فحص السلامة والمفاتيح الخارجية).",
    "The database is damaged: {problems}. Restore the newest good backup.": "قاعدة البيانات تالفة: {problems}. استعد أحدث نسخة احتياطية سليمة.",
    "Restore a backup": "استعادة نسخة احتياطية",
    "Replace the database by the backup of {date} ({count} recommendations)? The current state is backed up first. The program then closes; start it again.":
        "أتستبدل بقاعدة البيانات النسخة الاحتياطية المؤرخة {date} ({count} توصية)؟ تُنسخ الحالة الحالية احتياطياً أولاً، ثم يُغلق البرنامج؛ شغّله مرة أخرى.",
    "Restored: {count} recommendations. The program closes now; start it again.": "تمت الاستعادة: {count} توصية. سيُغلق البرنامج الآن؛ شغّله مرة أخرى.",
    "Daily (automatic)": "يومية (تلقائية)",
    "Made by hand": "يدوية",
    "Before an import": "قبل الاستيراد",
    "Before an upgrade": "قبل الترقية",
    "Before a restore": "قبل الاستعادة",
    "Before merging a package": "قبل دمج حزمة",
    "Before a move": "قبل النقل",
    "Typed on this computer": "أُدخل على هذا الحاسوب",
    "Imported file": "ملف مستورد",
    "Exchange package": "حزمة تبادل",
    "Created": "أُنشئ",
    "Changed": "عُدّل",
    "Deleted": "حُذف",
    "When": "متى",
    "Who": "مَن",
    "Field": "الحقل",
    "Old value": "القيمة السابقة",
    "New value": "القيمة الجديدة",
    "Origin": "المصدر",
    "Export…": "تصدير…",
    "Export the history": "تصدير سجل التغييرات",
    "Excel workbook (*.xlsx);;CSV file (*.csv)": "مصنف Excel (*.xlsx);;ملف CSV (*.csv)",
    "Who is working on this computer?": "مَن يعمل على هذا الحاسوب؟",
    "Your name and entity are written beside every change you make, so that the committee knows who changed what. You are asked only once.":
        "يُكتب اسمك وجهتك بجانب كل تغيير تجريه، لتعرف اللجنة مَن غيّر ماذا. لن يُطلب منك هذا إلا مرة واحدة.",
    "(no entity)": "(بلا جهة)",
    "Your name": "اسمك",
    "Your entity": "جهتك",
    "The database is damaged": "قاعدة البيانات تالفة",
    "A risky place for the database": "مكان غير آمن لقاعدة البيانات",
    "Restore the backup": "استعد النسخة الاحتياطية",
    "Quit": "خروج",
    "The backup was restored ({count} recommendations). The damaged file is kept as: {kept}":
        "استُعيدت النسخة الاحتياطية ({count} توصية). حُفظ الملف التالف باسم: {kept}",
    "Backup restored": "استُعيدت النسخة الاحتياطية",
    "Move it to {target}? The file where it is now is left untouched.": "أتنقلها إلى {target}؟ يبقى الملف في مكانه الحالي دون تغيير.",
    "Move it to this computer": "انقلها إلى هذا الحاسوب",
    "Keep it here": "أبقِها هنا",
    "NRTD Desktop": "منصة متابعة التوصيات",
    "The automatic backup failed": "تعذّر النسخ الاحتياطي التلقائي",
}
# Arabic plural forms (Qt: 6 forms): zero, one, two, few, many, other.
PLURALS = {"%n recorded change(s)": ["لا تغييرات مسجلة", "تغيير واحد مسجل", "تغييران مسجلان",
                                     "%n تغييرات مسجلة", "%n تغييراً مسجلاً", "%n تغيير مسجل"]}

path = sys.argv[1]
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in PLURALS[source]:
            ET.SubElement(translation, "numerusform").text = form
    elif source in AR:
        translation.text = AR[source]
    else:
        missing.append(source)
if missing:
    raise SystemExit(f"untranslated: {missing}")
tree.write(path, encoding="utf-8", xml_declaration=True)
