"""Fill i18n/exchange_ar.ts with the Arabic translations: .venv/bin/python i18n/exchange_translate.py i18n/exchange_ar.ts"""

# ruff: noqa: E501  (whole sentences are easier to check on one line)
import sys
import xml.etree.ElementTree as ET

AR = {
    "(deleted)": "(محذوف)",
    "Apply the merge": "طبّق الدمج",
    "Cancel": "إلغاء",
    "Change": "التغيير",
    "Changed": "معدّل",
    "Checking and comparing the package…": "جارٍ التحقق من الحزمة ومقارنتها…",
    "Choose where to write the package.": "اختر مكان حفظ الحزمة.",
    "Choose…": "اختر…",
    "Committee passphrase": "عبارة مرور اللجنة",
    "Conflict": "تعارض",
    "Conflicts: the same field changed on both laptops": "التعارضات: الحقل نفسه تغيّر على الحاسوبين",
    "Deleted": "محذوف",
    "Exchange package": "حزمة التبادل",
    "Exchange packages (*{suffix})": "حزم التبادل (*{suffix})",
    "Export": "صدّر",
    "Export an exchange package": "تصدير حزمة تبادل",
    "Exporting": "جارٍ التصدير",
    "Export…": "تصدير…",
    "Field": "الحقل",
    "Fields": "الحقول",
    "File": "الملف",
    "Import an exchange package": "استيراد حزمة تبادل",
    "Import…": "استيراد…",
    "Keep": "الإبقاء على",
    "Keep this laptop's value everywhere": "أبقِ قيمة هذا الحاسوب في الكل",
    "Merging the package": "جارٍ دمج الحزمة",
    "Name": "الاسم",
    "New": "جديد",
    "New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}": "جديدة: {new}   معدّلة: {changed}   محذوفة: {deleted}   تعارضات: {conflicts}   دون تغيير: {unchanged}   أقدم ومتخطّاة: {stale}",
    "No": "لا",
    "Only what changed since the last package": "ما تغيّر منذ آخر حزمة فقط",
    "Package": "الحزمة",
    "Package number {sequence} from {sender}, made on {date}": "الحزمة رقم {sequence} من {sender}، أُعدّت في {date}",
    "Package written: {path}": "كُتبت الحزمة: {path}",
    "Passphrase again": "أعد كتابة عبارة المرور",
    "Record": "السجل",
    "Restored": "مستعاد",
    "Review the package before merging": "مراجعة الحزمة قبل الدمج",
    "Take the package's value everywhere": "خذ قيمة الحزمة في الكل",
    "Taking a snapshot, then merging…": "جارٍ أخذ نسخة احتياطية ثم الدمج…",
    "The package was merged.": "دُمجت الحزمة.",
    "The package was not merged": "لم تُدمج الحزمة",
    "The passphrase must have at least {n} characters.": "يجب ألا تقل عبارة المرور عن {n} أحرف.",
    "The two passphrases differ.": "عبارتا المرور مختلفتان.",
    "The whole plan": "الخطة كاملة",
    "The whole record (edited on one laptop, deleted on the other)": "السجل كله (عُدّل على حاسوب وحُذف على الآخر)",
    "This laptop": "هذا الحاسوب",
    "This laptop is a member's: the package carries what changed here since the last package, for the coordinator.": "هذا الحاسوب لعضو: تحمل الحزمة ما تغيّر هنا منذ آخر حزمة، إلى المنسّق.",
    "This laptop is the coordinator's: choose the entities whose part of the plan to send.": "هذا حاسوب المنسّق: اختر الجهات التي تُرسَل إليها حصتها من الخطة.",
    "This laptop's value, sent back to the coordinator": "قيمة هذا الحاسوب، تُعاد إلى المنسّق",
    "Writing the encrypted package…": "جارٍ كتابة الحزمة المشفّرة…",
    "Yes": "نعم",
    "{count} conflict(s) still to decide": "بقي {count} من التعارضات دون حسم",
}

path = sys.argv[1]
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if source in AR:
        translation.text = AR[source]
    else:
        missing.append(source)
if missing:
    raise SystemExit(f"untranslated: {missing}")
tree.write(path, encoding="utf-8", xml_declaration=True)
