<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="186" />
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="57" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="57" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="57" />
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="58" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="64" />
        <source>Back up now</source>
        <translation>انسخ احتياطياً الآن</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="66" />
        <source>Restore the chosen backup…</source>
        <translation>استعد النسخة المختارة…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="68" />
        <location filename="../nrtd_desktop/ui/backup_page.py" line="131" />
        <location filename="../nrtd_desktop/ui/backup_page.py" line="134" />
        <source>Check the database</source>
        <translation>افحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="70" />
        <source>Open the backup folder</source>
        <translation>افتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="88" />
        <source>Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months, every backup made by hand, and the snapshots taken before imports, upgrades, restores and merges for 30 days.</source>
        <translation>تُحفظ النسخ الاحتياطية من {db} في {folder}: أحدث نسخة من كل يوم من الأيام السبعة الأخيرة، ومن كل أسبوع من الأسابيع الأربعة الأخيرة، ومن كل شهر من الأشهر الاثني عشر الأخيرة، وكل نسخة صُنعت يدوياً، والنسخ المأخوذة قبل الاستيراد والترقية والاستعادة والدمج لمدة 30 يوماً.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="96" />
        <source>unreadable</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="111" />
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="120" />
        <source>Backup made and verified: {name}</source>
        <translation>صُنعت النسخة الاحتياطية وتُحقّق منها: {name}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="132" />
        <source>The database is whole (integrity check and foreign keys).</source>
        <translation>قاعدة البيانات سليمة (فحص السلامة والمفاتيح الخارجية).</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="135" />
        <source>The database is damaged: {problems}. Restore the newest good backup.</source>
        <translation>قاعدة البيانات تالفة: {problems}. استعد أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="145" />
        <location filename="../nrtd_desktop/ui/backup_page.py" line="164" />
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="146" />
        <source>Replace the database by the backup of {date} ({count} recommendations)? The current state is backed up first. The program then closes; start it again.</source>
        <translation>أتستبدل بقاعدة البيانات النسخة الاحتياطية المؤرخة {date} ({count} توصية)؟ تُنسخ الحالة الحالية احتياطياً أولاً، ثم يُغلق البرنامج؛ شغّله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="163" />
        <source>Restored: {count} recommendations. The program closes now; start it again.</source>
        <translation>تمت الاستعادة: {count} توصية. سيُغلق البرنامج الآن؛ شغّله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="36" />
        <source>Daily (automatic)</source>
        <translation>يومية (تلقائية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="37" />
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="38" />
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="39" />
        <source>Before an upgrade</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="40" />
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="41" />
        <source>Before merging a package</source>
        <translation>قبل دمج حزمة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="42" />
        <source>Before a move</source>
        <translation>قبل النقل</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="33" />
        <source>Typed on this computer</source>
        <translation>أُدخل على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="34" />
        <source>Imported file</source>
        <translation>ملف مستورد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="35" />
        <source>Exchange package</source>
        <translation>حزمة تبادل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="41" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="42" />
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="43" />
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="84" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="84" />
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="84" />
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="85" />
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="85" />
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="86" />
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="146" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../nrtd_desktop/ui/history_panel.py" line="165" />
        <source>%n recorded change(s)</source>
        <translation><numerusform>لا تغييرات مسجلة</numerusform><numerusform>تغيير واحد مسجل</numerusform><numerusform>تغييران مسجلان</numerusform><numerusform>%n تغييرات مسجلة</numerusform><numerusform>%n تغييراً مسجلاً</numerusform><numerusform>%n تغيير مسجل</numerusform></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="173" />
        <location filename="../nrtd_desktop/ui/history_panel.py" line="181" />
        <source>Export the history</source>
        <translation>تصدير سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="174" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="32" />
        <source>Who is working on this computer?</source>
        <translation>مَن يعمل على هذا الحاسوب؟</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="33" />
        <source>Your name and entity are written beside every change you make, so that the committee knows who changed what. You are asked only once.</source>
        <translation>يُكتب اسمك وجهتك بجانب كل تغيير تجريه، لتعرف اللجنة مَن غيّر ماذا. لن يُطلب منك هذا إلا مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="40" />
        <source>(no entity)</source>
        <translation>(بلا جهة)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="46" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="47" />
        <source>Your entity</source>
        <translation>جهتك</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="25" />
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="29" />
        <source>A risky place for the database</source>
        <translation>مكان غير آمن لقاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="38" />
        <source>Restore the backup</source>
        <translation>استعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="40" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="50" />
        <source>The backup was restored ({count} recommendations). The damaged file is kept as: {kept}</source>
        <translation>استُعيدت النسخة الاحتياطية ({count} توصية). حُفظ الملف التالف باسم: {kept}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="52" />
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="68" />
        <source>Move it to {target}? The file where it is now is left untouched.</source>
        <translation>أتنقلها إلى {target}؟ يبقى الملف في مكانه الحالي دون تغيير.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="71" />
        <source>Move it to this computer</source>
        <translation>انقلها إلى هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="73" />
        <source>Keep it here</source>
        <translation>أبقِها هنا</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="100" />
        <source>NRTD Desktop</source>
        <translation>منصة متابعة التوصيات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="107" />
        <source>The automatic backup failed</source>
        <translation>تعذّر النسخ الاحتياطي التلقائي</translation>
    </message>
</context>
</TS>