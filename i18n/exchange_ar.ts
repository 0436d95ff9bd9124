<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Exchange</name>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="16"/>
        <source>Exchange package</source>
        <translation>حزمة التبادل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="18"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="20"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="34"/>
        <source>Package written: {path}</source>
        <translation>كُتبت الحزمة: {path}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="46"/>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="54"/>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="74"/>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="78"/>
        <source>Import an exchange package</source>
        <translation>استيراد حزمة تبادل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="48"/>
        <source>Exchange packages (*{suffix})</source>
        <translation>حزم التبادل (*{suffix})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="55"/>
        <source>Committee passphrase</source>
        <translation>عبارة مرور اللجنة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="68"/>
        <source>The package was merged.</source>
        <translation>دُمجت الحزمة.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="75"/>
        <source>Checking and comparing the package…</source>
        <translation>جارٍ التحقق من الحزمة ومقارنتها…</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="43"/>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="108"/>
        <source>Export an exchange package</source>
        <translation>تصدير حزمة تبادل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="46"/>
        <source>This laptop is the coordinator&apos;s: choose the entities whose part of the plan to send.</source>
        <translation>هذا حاسوب المنسّق: اختر الجهات التي تُرسَل إليها حصتها من الخطة.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="49"/>
        <source>This laptop is a member&apos;s: the package carries what changed here since the last package, for the coordinator.</source>
        <translation>هذا الحاسوب لعضو: تحمل الحزمة ما تغيّر هنا منذ آخر حزمة، إلى المنسّق.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="67"/>
        <source>The whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="69"/>
        <source>Only what changed since the last package</source>
        <translation>ما تغيّر منذ آخر حزمة فقط</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="78"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="82"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="89"/>
        <source>Committee passphrase</source>
        <translation>عبارة مرور اللجنة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="90"/>
        <source>Passphrase again</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="93"/>
        <source>Export</source>
        <translation>صدّر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="110"/>
        <source>Exchange packages (*{suffix})</source>
        <translation>حزم التبادل (*{suffix})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="120"/>
        <source>Choose where to write the package.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="125"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن {n} أحرف.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="139"/>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="140"/>
        <source>Writing the encrypted package…</source>
        <translation>جارٍ كتابة الحزمة المشفّرة…</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="68"/>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="71"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="73"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="103"/>
        <source>Review the package before merging</source>
        <translation>مراجعة الحزمة قبل الدمج</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="125"/>
        <source>Conflicts: the same field changed on both laptops</source>
        <translation>التعارضات: الحقل نفسه تغيّر على الحاسوبين</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="130"/>
        <source>Keep this laptop&apos;s value everywhere</source>
        <translation>أبقِ قيمة هذا الحاسوب في الكل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="131"/>
        <source>Take the package&apos;s value everywhere</source>
        <translation>خذ قيمة الحزمة في الكل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="144"/>
        <source>Apply the merge</source>
        <translation>طبّق الدمج</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="147"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="158"/>
        <source>Package number {sequence} from {sender}, made on {date}</source>
        <translation>الحزمة رقم {sequence} من {sender}، أُعدّت في {date}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="165"/>
        <source>New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}</source>
        <translation>جديدة: {new}   معدّلة: {changed}   محذوفة: {deleted}   تعارضات: {conflicts}   دون تغيير: {unchanged}   أقدم ومتخطّاة: {stale}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="171"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="172"/>
        <source>Changed</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="173"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="174"/>
        <source>Restored</source>
        <translation>مستعاد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="175"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="183"/>
        <source>The whole record (edited on one laptop, deleted on the other)</source>
        <translation>السجل كله (عُدّل على حاسوب وحُذف على الآخر)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="251"/>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="251"/>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="248"/>
        <source>This laptop&apos;s value, sent back to the coordinator</source>
        <translation>قيمة هذا الحاسوب، تُعاد إلى المنسّق</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="251"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="291"/>
        <source>{count} conflict(s) still to decide</source>
        <translation>بقي {count} من التعارضات دون حسم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="299"/>
        <source>Merging the package</source>
        <translation>جارٍ دمج الحزمة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="300"/>
        <source>Taking a snapshot, then merging…</source>
        <translation>جارٍ أخذ نسخة احتياطية ثم الدمج…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="314"/>
        <source>The package was not merged</source>
        <translation>لم تُدمج الحزمة</translation>
    </message>
</context>
</TS>
