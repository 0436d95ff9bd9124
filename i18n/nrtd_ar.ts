<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionEditor</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>ما سيُنفَّذ</translation>
    </message>
    <message>
        <source>Who, when and with what</source>
        <translation>الجهات والتوقيت والموارد</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Expected output (Arabic)</source>
        <translation>المخرج المتوقع (بالعربية)</translation>
    </message>
    <message>
        <source>Expected output (English)</source>
        <translation>المخرج المتوقع (بالإنجليزية)</translation>
    </message>
    <message>
        <source>No lead entity yet</source>
        <translation>لم تُحدد جهة رئيسية بعد</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Partner entities</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Resources or budget</source>
        <translation>الموارد أو الميزانية</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Add a date to the calendar</source>
        <translation>إضافة موعد إلى مواعيد التقارير</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>UN body:</source>
        <translation>الجهة الأممية:</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add recommendations to the cluster</source>
        <translation>إضافة توصيات إلى المجموعة</translation>
    </message>
    <message>
        <source>References of the recommendations (one per line):</source>
        <translation>الرموز المرجعية للتوصيات (رمز في كل سطر):</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>خطة التنفيذ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>المفردات</translation>
    </message>
    <message>
        <source>Report drafts</source>
        <translation>مشاريع التقارير</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>No backup yet. The first one is made by itself today, after the program has checked the database; &quot;Back up now&quot; makes one at once.</source>
        <translation>لا توجد نسخة احتياطية بعد. تُصنع الأولى تلقائياً اليوم بعد أن يفحص البرنامج قاعدة البيانات، ويصنع الأمر «انسخ احتياطياً الآن» نسخة في الحال.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ احتياطياً الآن</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>استعد النسخة المختارة…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>افحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>افتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months, every backup made by hand, and the snapshots taken before imports, upgrades, restores and merges for 30 days.</source>
        <translation>تُحفظ النسخ الاحتياطية من {db} في {folder}: أحدث نسخة من كل يوم من الأيام السبعة الأخيرة، ومن كل أسبوع من الأسابيع الأربعة الأخيرة، ومن كل شهر من الأشهر الاثني عشر الأخيرة، وكل نسخة صُنعت يدوياً، والنسخ المأخوذة قبل الاستيراد والترقية والاستعادة والدمج لمدة 30 يوماً.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup made and verified: {name}</source>
        <translation>صُنعت النسخة الاحتياطية وتُحقّق منها: {name}</translation>
    </message>
    <message>
        <source>The database is whole (integrity check and foreign keys).</source>
        <translation>قاعدة البيانات سليمة (فحص السلامة والمفاتيح الخارجية).</translation>
    </message>
    <message>
        <source>The database is damaged: {problems}. Restore the newest good backup.</source>
        <translation>قاعدة البيانات تالفة: {problems}. استعد أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the database by the backup of {date} ({count} recommendations)? The current state is backed up first. The program then closes; start it again.</source>
        <translation>أتستبدل بقاعدة البيانات النسخة الاحتياطية المؤرخة {date} ({count} توصية)؟ تُنسخ الحالة الحالية احتياطياً أولاً، ثم يُغلق البرنامج؛ شغّله مرة أخرى.</translation>
    </message>
    <message>
        <source>Restored: {count} recommendations. The program closes now; start it again.</source>
        <translation>تمت الاستعادة: {count} توصية. سيُغلق البرنامج الآن؛ شغّله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>يومية (تلقائية)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Before merging a package</source>
        <translation>قبل دمج حزمة</translation>
    </message>
    <message>
        <source>Before a move</source>
        <translation>قبل النقل</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit {count} recommendations</source>
        <translation>تعديل {count} من التوصيات</translation>
    </message>
    <message>
        <source>No lead entity</source>
        <translation>دون جهة رئيسية</translation>
    </message>
    <message>
        <source>Outside any cluster</source>
        <translation>خارج أي مجموعة</translation>
    </message>
    <message>
        <source>Computed by the rule (clear the override)</source>
        <translation>تُحسب بالقاعدة (إلغاء التحديد اليدوي)</translation>
    </message>
    <message>
        <source>Why this priority (required when set by hand)</source>
        <translation>سبب هذه الأولوية (مطلوب عند تحديدها يدوياً)</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>سبب الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <source>Entities, cluster, priority, status</source>
        <translation>الجهات والمجموعة والأولوية والحالة</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>الجهات المساندة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>الفئات المعنية</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات التنمية المستدامة</translation>
    </message>
    <message>
        <source>Only what you change here is applied; everything else stays as it is. The whole edit is one step of Undo.</source>
        <translation>لا يُطبَّق إلا ما تغيّره هنا، ويبقى كل ما عداه كما هو. ويمكن التراجع عن التعديل كله بخطوة واحدة.</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>edit {count} recommendations</source>
        <translation>تعديل {count} من التوصيات</translation>
    </message>
</context>
<context>
    <name>CalendarEntryDialog</name>
    <message>
        <source>Calendar entry</source>
        <translation>موعد التقرير</translation>
    </message>
    <message>
        <source>Computed date: {date} ({basis})</source>
        <translation>التاريخ المحسوب: {date} ({basis})</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>أُرسل في</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>تاريخ الاستحقاق:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Symbol of the report sent:</source>
        <translation>رمز التقرير المرسل:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Date entered by the committee</source>
        <translation>تاريخ أدخلته اللجنة</translation>
    </message>
    <message>
        <source>Computed: {basis}</source>
        <translation>محسوب: {basis}</translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No particular entity</source>
        <translation>لا جهة بعينها</translation>
    </message>
    <message>
        <source>Entity concerned</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Effect on implementation (Arabic)</source>
        <translation>الأثر على التنفيذ (بالعربية)</translation>
    </message>
    <message>
        <source>Effect on implementation (English)</source>
        <translation>الأثر على التنفيذ (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Mitigation (Arabic)</source>
        <translation>إجراءات المعالجة (بالعربية)</translation>
    </message>
    <message>
        <source>Mitigation (English)</source>
        <translation>إجراءات المعالجة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Support needed, e.g. technical cooperation (Arabic)</source>
        <translation>الدعم المطلوب، كالتعاون الفني (بالعربية)</translation>
    </message>
    <message>
        <source>Support needed, e.g. technical cooperation (English)</source>
        <translation>الدعم المطلوب، كالتعاون الفني (بالإنجليزية)</translation>
    </message>
</context>
<context>
    <name>ChallengesAnalysis</name>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>By entity</source>
        <translation>حسب الجهة</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Challenges analysis</source>
        <translation>تحليل التحديات</translation>
    </message>
    <message>
        <source>Counting the challenges…</source>
        <translation>جارٍ عدّ التحديات…</translation>
    </message>
    <message>
        <source>{total} challenges: {open} open, {addressed} being addressed, {resolved} resolved. {support} ask for support (for example technical cooperation).</source>
        <translation>عدد التحديات {total}: {open} قائمة، و{addressed} قيد المعالجة، و{resolved} تمت معالجتها. {support} منها تطلب دعماً (كالتعاون الفني).</translation>
    </message>
    <message>
        <source>All challenges ({count})</source>
        <translation>جميع التحديات ({count})</translation>
    </message>
    <message>
        <source>Challenges of “{name}” ({count})</source>
        <translation>تحديات «{name}» ({count})</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The database was opened with the recovery key. Choose a new passphrase now: the forgotten one no longer opens it afterwards.</source>
        <translation>فُتحت قاعدة البيانات بمفتاح الاسترداد. اختر الآن عبارة مرور جديدة: لن تفتحها العبارة المنسية بعد ذلك.</translation>
    </message>
    <message>
        <source>The database, and the backups made from now on, are encrypted again with the new passphrase. Older backups still open once the database is unlocked. Share the new passphrase only with the members who use this laptop.</source>
        <translation>تُشفَّر قاعدة البيانات، والنسخ الاحتياطية التي تُنشأ من الآن، بعبارة المرور الجديدة. وتظل النسخ الأقدم تُفتح متى فُتحت قاعدة البيانات. لا تُطلع على العبارة الجديدة إلا الأعضاء الذين يستخدمون هذا الحاسوب.</translation>
    </message>
    <message>
        <source>At least {minimum} characters; a few words you will remember are better than symbols.</source>
        <translation>{minimum} أحرف على الأقل؛ وبضع كلمات تتذكّرها خير من الرموز.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>تذكّرها على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Edit cluster</source>
        <translation>تعديل المجموعة</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>No lead entity</source>
        <translation>دون جهة رئيسية</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>الجهات المساندة</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Arabic description</source>
        <translation>الوصف العربي</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>الوصف الإنجليزي</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
</context>
<context>
    <name>ClusterListModel</name>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>{mechanism} ({count})</source>
        <translation>{mechanism} ({count})</translation>
    </message>
    <message>
        <source>Links saved.</source>
        <translation>حُفظت الروابط.</translation>
    </message>
    <message>
        <source>Recommendations by mechanism</source>
        <translation>التوصيات حسب الآلية</translation>
    </message>
    <message>
        <source>Similar recommendations</source>
        <translation>توصيات مشابهة</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>توصيات مكررة محتملة</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Rename or describe</source>
        <translation>إعادة التسمية أو الوصف</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Split off the selected</source>
        <translation>فصل المحدد</translation>
    </message>
    <message>
        <source>Add recommendations</source>
        <translation>إضافة توصيات</translation>
    </message>
    <message>
        <source>Take the selected out</source>
        <translation>إخراج المحدد</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Priority weights</source>
        <translation>أوزان الأولوية</translation>
    </message>
    <message>
        <source>No cluster yet: create one with «New cluster».</source>
        <translation>لا توجد مجموعات بعد: أنشئ واحدة بالأمر «مجموعة جديدة».</translation>
    </message>
    <message>
        <source>{name}
{description}
Lead entity: {lead}. Supporting entities: {supporting}.</source>
        <translation>{name}
{description}
الجهة الرئيسية: {lead}. الجهات المساندة: {supporting}.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <source>Cluster «{name}» created.</source>
        <translation>أُنشئت المجموعة «{name}».</translation>
    </message>
    <message>
        <source>Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside any cluster; the actions planned for the cluster go with it. You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف المجموعة «{name}»؟ تبقى توصياتها ({count}) في السجل خارج أي مجموعة، وتُحذف معها الإجراءات المخططة للمجموعة. يمكنك التراجع عن الحذف بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete cluster {name}</source>
        <translation>حذف المجموعة {name}</translation>
    </message>
    <message>
        <source>Merged: «{name}» now has {count} recommendations.</source>
        <translation>تم الدمج: تضم «{name}» الآن {count} من التوصيات.</translation>
    </message>
    <message>
        <source>Split cluster</source>
        <translation>تقسيم المجموعة</translation>
    </message>
    <message>
        <source>Select the recommendations that go to the new cluster first.</source>
        <translation>حدّد أولاً التوصيات التي تنتقل إلى المجموعة الجديدة.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>مقارنة النسخ</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>The draft now</source>
        <translation>المشروع الآن</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>{changed} of {total} sections differ.</source>
        <translation>يختلف {changed} من أصل {total} فرعاً.</translation>
    </message>
    <message>
        <source>{before} → {after} words</source>
        <translation>الكلمات: {before} ← {after}</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Open challenges</source>
        <translation>تحديات قائمة</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <source>Average progress (%)</source>
        <translation>متوسط نسبة الإنجاز (%)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Recommendation or cluster</source>
        <translation>التوصية أو المجموعة</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>الإجراءات ({count})</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Challenges ({count})</source>
        <translation>التحديات ({count})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All mechanisms</source>
        <translation>جميع الآليات</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>الآلية:</translation>
    </message>
    <message>
        <source>Status by mechanism</source>
        <translation>حالة التنفيذ حسب الآلية</translation>
    </message>
    <message>
        <source>Status by theme (largest five)</source>
        <translation>حالة التنفيذ حسب الموضوع (أكبر خمسة)</translation>
    </message>
    <message>
        <source>Status by lead entity (largest five)</source>
        <translation>حالة التنفيذ حسب الجهة الرئيسية (أكبر خمس)</translation>
    </message>
    <message>
        <source>Progress reported per month</source>
        <translation>التقدم المُبلَّغ عنه شهرياً</translation>
    </message>
    <message>
        <source>Open challenges by category</source>
        <translation>التحديات القائمة حسب الفئة</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>منفذة</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>منفذة جزئياً</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>مستحقة خلال 30 يوماً</translation>
    </message>
    <message>
        <source>Due in 90 days</source>
        <translation>مستحقة خلال 90 يوماً</translation>
    </message>
    <message>
        <source>Open challenges</source>
        <translation>تحديات قائمة</translation>
    </message>
    <message>
        <source>Figures on {today}</source>
        <translation>الأرقام في {today}</translation>
    </message>
    <message>
        <source>Progress reported per month, {start} to {end}</source>
        <translation>التقدم المُبلَّغ عنه شهرياً، من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>مجموعة مواضيعية</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>تحديث تقدم</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>تحدٍّ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>موعد تقرير</translation>
    </message>
    <message>
        <source>Report draft</source>
        <translation>مشروع تقرير</translation>
    </message>
    <message>
        <source>Report section</source>
        <translation>فرع تقرير</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>نسخة تقرير</translation>
    </message>
    <message>
        <source>An exchange package</source>
        <translation>حزمة تبادل</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>DeletionsDialog</name>
    <message>
        <source>Deleted records</source>
        <translation>السجلات المحذوفة</translation>
    </message>
    <message>
        <source>Everything deleted and not yet put back, newest first. Putting a deletion back brings the same records with everything that went with them (a recommendation&apos;s plan, a cluster&apos;s actions).</source>
        <translation>كل ما حُذف ولم يُرجَع بعد، الأحدث أولاً. إرجاع محذوف يعيد السجلات نفسها مع كل ما حُذف معها (خطة التوصية، إجراءات المجموعة).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحذوف</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>إرجاع</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Choose a recommendation to see all its fields.</source>
        <translation>اختر توصية لعرض جميع حقولها.</translation>
    </message>
    <message numerus="yes">
        <source>finds %n recommendation(s)</source>
        <translation>
            <numerusform>لا تجد أي توصية</numerusform>
            <numerusform>تجد توصية واحدة</numerusform>
            <numerusform>تجد توصيتين</numerusform>
            <numerusform>تجد %n توصيات</numerusform>
            <numerusform>تجد %n توصية</numerusform>
            <numerusform>تجد %n توصية</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation matches «{search}».</source>
        <translation>لا توجد توصية تطابق «{search}».</translation>
    </message>
    <message>
        <source>No recommendation matches the chosen filters.</source>
        <translation>لا توجد توصية تطابق عوامل التصفية المختارة.</translation>
    </message>
    <message>
        <source>Fewer words:</source>
        <translation>كلمات أقل:</translation>
    </message>
    <message>
        <source>Without the words you left out:</source>
        <translation>دون الكلمات التي استبعدتها:</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message numerus="yes">
        <source>— without them the search finds %n recommendation(s).</source>
        <translation>
            <numerusform>— ودونها لا يجد البحث أي توصية.</numerusform>
            <numerusform>— ودونها يجد البحث توصية واحدة.</numerusform>
            <numerusform>— ودونها يجد البحث توصيتين.</numerusform>
            <numerusform>— ودونها يجد البحث %n توصيات.</numerusform>
            <numerusform>— ودونها يجد البحث %n توصية.</numerusform>
            <numerusform>— ودونها يجد البحث %n توصية.</numerusform>
        </translation>
    </message>
    <message>
        <source>— though without them the search finds nothing either.</source>
        <translation>— مع أن البحث لا يجد شيئاً دونها أيضاً.</translation>
    </message>
    <message>
        <source>Search in English too: many recommendations (those imported from UPR Info, for example) have only their English text.</source>
        <translation>ابحث بالإنجليزية أيضاً: كثير من التوصيات (ومنها المستوردة من UPR Info) ليس لها إلا نصها الإنجليزي.</translation>
    </message>
    <message>
        <source>Search in Arabic too: the committee&apos;s own recommendations may have only their Arabic text.</source>
        <translation>ابحث بالعربية أيضاً: قد لا يكون لتوصيات اللجنة نفسها إلا نصها العربي.</translation>
    </message>
    <message>
        <source>Type only the beginning of a word: every word that begins so is found, in every form.</source>
        <translation>اكتب بداية الكلمة فقط: يُعثر على كل كلمة تبدأ بها، بكل صيغها.</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>جرّب:</translation>
    </message>
    <message>
        <source>This recommendation has no text yet.</source>
        <translation>لا يوجد نص لهذه التوصية بعد.</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة الأممية</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>ولاية الإجراءات الخاصة</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>تاريخ الوثيقة</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>جولة الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Annotation type</source>
        <translation>نوع الملاحظة</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>الدول الموصية</translation>
    </message>
    <message>
        <source>Position of the State</source>
        <translation>موقف الدولة</translation>
    </message>
    <message>
        <source>Source of the position</source>
        <translation>مصدر الموقف</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>سبب الأولوية</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <source>Reason the status was set by hand</source>
        <translation>سبب تحديد الحالة يدوياً</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>إجراء المتابعة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>الفئات المعنية</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات التنمية المستدامة</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>الجهات المساندة</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>السجل المصدر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <source>UPR national report</source>
        <translation>التقرير الوطني للاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>UPR mid-term report</source>
        <translation>تقرير منتصف المدة للاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Periodic report to a treaty body</source>
        <translation>التقرير الدوري إلى هيئة معاهدة</translation>
    </message>
    <message>
        <source>Replies to a list of issues</source>
        <translation>الردود على قائمة المسائل</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>تقرير المتابعة</translation>
    </message>
    <message>
        <source>Country visit</source>
        <translation>زيارة قُطرية</translation>
    </message>
    <message>
        <source>Follow-up to a visit</source>
        <translation>متابعة زيارة</translation>
    </message>
    <message>
        <source>UPR review</source>
        <translation>الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Adoption of the UPR outcome</source>
        <translation>اعتماد نتائج الاستعراض</translation>
    </message>
    <message>
        <source>List of issues prior to reporting</source>
        <translation>قائمة المسائل السابقة لتقديم التقرير</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>موعد آخر</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>قُدِّم</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>قيد الصياغة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>مستحق قريباً</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>قادم</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>مضى</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>DraftingPage</name>
    <message>
        <source>New draft</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Date and status…</source>
        <translation>التاريخ والحالة…</translation>
    </message>
    <message>
        <source>Computed date</source>
        <translation>التاريخ المحسوب</translation>
    </message>
    <message>
        <source>Forget the committee&apos;s changes: the date computed from the documents shows again</source>
        <translation>إلغاء تعديلات اللجنة: يعود التاريخ المحسوب من الوثائق</translation>
    </message>
    <message>
        <source>Add a date…</source>
        <translation>إضافة موعد…</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>مواعيد التقارير</translation>
    </message>
    <message>
        <source>Update from the data</source>
        <translation>التحديث من البيانات</translation>
    </message>
    <message>
        <source>Freeze a version</source>
        <translation>تثبيت نسخة</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>مقارنة النسخ</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>تصدير Word…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>إلغاء تعديلاتي</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Replace my text with the new one</source>
        <translation>استبدال نصي بالنص الجديد</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>الإبقاء على نصي</translation>
    </message>
    <message>
        <source>Keep the text as it is and take these changes as seen</source>
        <translation>يبقى النص كما هو وتُعدّ هذه التغييرات قد رُوجعت</translation>
    </message>
    <message>
        <source>What changed in the data since this text was written</source>
        <translation>ما تغيّر في البيانات منذ كتابة هذا النص</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>غير مسند</translation>
    </message>
    <message>
        <source>entered by the committee; computed: {date}</source>
        <translation>أدخلته اللجنة؛ المحسوب: {date}</translation>
    </message>
    <message>
        <source>computed: {basis}</source>
        <translation>محسوب: {basis}</translation>
    </message>
    <message>
        <source>Draft written from the data: {title}</source>
        <translation>كُتب المشروع من البيانات: {title}</translation>
    </message>
    <message>
        <source>Writing the draft from the data…</source>
        <translation>تُكتب مسودة التقرير من البيانات…</translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>موعد التقرير</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <source>Delete the draft &apos;{title}&apos; with its sections and frozen versions? It can be put back from the deleted records.</source>
        <translation>هل تحذف المشروع «{title}» بفروعه ونسخه المثبتة؟ يمكن إرجاعه من السجلات المحذوفة.</translation>
    </message>
    <message>
        <source>Recommendations answered: {numbers}</source>
        <translation>التوصيات التي يجيب عنها: {numbers}</translation>
    </message>
    <message>
        <source>Changes in the data ({count})</source>
        <translation>تغييرات البيانات ({count})</translation>
    </message>
    <message>
        <source>The data changed since this text was written ({count}): see what changed</source>
        <translation>تغيّرت البيانات منذ كتابة هذا النص ({count}): اطّلع على ما تغيّر</translation>
    </message>
    <message>
        <source>Write it again from the data</source>
        <translation>إعادة كتابته من البيانات</translation>
    </message>
    <message>
        <source>Words in this section: {words}</source>
        <translation>كلمات هذا الفرع: {words}</translation>
    </message>
    <message>
        <source>{language} text: {words} words of the UN&apos;s limit of {limit} ({share}%)</source>
        <translation>النص {language}: {words} كلمة من الحد الأممي البالغ {limit} ({share}%)</translation>
    </message>
    <message>
        <source>{over} words over the limit</source>
        <translation>يتجاوز الحد بـ {over} كلمة</translation>
    </message>
    <message>
        <source>{language} text: {words} words</source>
        <translation>النص {language}: {words} كلمة</translation>
    </message>
    <message>
        <source>Save the section</source>
        <translation>حفظ الفرع</translation>
    </message>
    <message>
        <source>Section saved: {heading}</source>
        <translation>حُفظ الفرع: {heading}</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>استبدال النص</translation>
    </message>
    <message>
        <source>The text of this section, as edited, is replaced by the text written from the data now. The edited text stays in the history and in frozen versions. Replace it?</source>
        <translation>سيحلّ النص المكتوب من البيانات الآن محلّ نص هذا الفرع المعدَّل. ويبقى النص المعدَّل في السجل وفي النسخ المثبتة. هل تستبدله؟</translation>
    </message>
    <message>
        <source>Updating the section from the data…</source>
        <translation>يُحدَّث الفرع من البيانات…</translation>
    </message>
    <message>
        <source>Updating the draft from the data…</source>
        <translation>يُحدَّث المشروع من البيانات…</translation>
    </message>
    <message>
        <source>Reading what changed in the data…</source>
        <translation>تُقرأ التغييرات في البيانات…</translation>
    </message>
    <message>
        <source>{updated} sections written again from the data, {kept} edited sections kept</source>
        <translation>أُعيدت كتابة {updated} فرعاً من البيانات، وبقي {kept} فرعاً معدَّلاً كما هو</translation>
    </message>
    <message>
        <source>What is this version (for example: sent to the ministries)?</source>
        <translation>ما هذه النسخة (مثلاً: أُرسلت إلى الوزارات)؟</translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation>ثُبّتت النسخة {number}</translation>
    </message>
    <message>
        <source>Freeze a version first: the draft is compared with its versions.</source>
        <translation>ثبّت نسخة أولاً: يُقارَن المشروع بنسخه.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>تصدير المشروع</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>يُكتب المستند…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <source>Report drafts</source>
        <translation>مشاريع التقارير</translation>
    </message>
    <message>
        <source>A new {report} written from the data</source>
        <translation>{report} جديد يُكتب من البيانات</translation>
    </message>
    <message>
        <source>{sections} sections, {approved} approved</source>
        <translation>{sections} فرعاً، اعتُمد منها {approved}</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>التوصية المكررة المحتملة</translation>
    </message>
    <message>
        <source>Its text</source>
        <translation>نصها</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الربط</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>مطابقة لها</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ذات صلة</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>All pairs</source>
        <translation>كل الأزواج</translation>
    </message>
    <message>
        <source>Not from the same document</source>
        <translation>ليست من الوثيقة نفسها</translation>
    </message>
    <message>
        <source>Across mechanisms and cycles</source>
        <translation>بين الآليات والجولات</translation>
    </message>
    <message>
        <source>Show pairs already linked</source>
        <translation>إظهار الأزواج المربوطة</translation>
    </message>
    <message>
        <source>Find possible duplicates</source>
        <translation>البحث عن التكرار</translation>
    </message>
    <message>
        <source>Similarity at least</source>
        <translation>التشابه لا يقل عن</translation>
    </message>
    <message>
        <source>Link as related</source>
        <translation>ربط كتوصية ذات صلة</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>مطابقة لها</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>إزالة الربط</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>توصيات مكررة محتملة</translation>
    </message>
    <message>
        <source>Comparing every pair of recommendations…</source>
        <translation>جارٍ مقارنة التوصيات مثنى مثنى…</translation>
    </message>
    <message>
        <source>{shown} of {total} pairs at a similarity of {threshold}% or more (scan: {seconds} s).</source>
        <translation>{shown} من {total} زوجاً بتشابه {threshold}% فأكثر (المسح: {seconds} ث).</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Protect the database with a passphrase</source>
        <translation>حماية قاعدة البيانات بعبارة مرور</translation>
    </message>
    <message>
        <source>The database, its backups and its snapshots are encrypted: without the passphrase, a lost laptop or USB stick gives nothing away. The plain file is removed once the encrypted copy is checked. A recovery key is shown next, for the coordinator&apos;s safe.</source>
        <translation>تُشفَّر قاعدة البيانات ونسخها الاحتياطية ولقطاتها: فلا يكشف حاسوب مفقود أو ذاكرة USB شيئاً دون عبارة المرور. ويُحذف الملف غير المشفّر بعد فحص النسخة المشفّرة. ثم يُعرض مفتاح استرداد ليحفظه المنسّق في الخزنة.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>تذكّرها على هذا الحاسوب</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>تشفير</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>This computer has no keyring service (Secret Service, Credential Manager or Keychain): the passphrase will be asked at each start.</source>
        <translation>لا توجد على هذا الحاسوب خدمة سلسلة مفاتيح، مثل Secret Service أو Credential Manager أو Keychain، فستُطلب عبارة المرور عند كل تشغيل.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة.</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <source>New entity</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Choose an entity to see what it leads and supports.</source>
        <translation>اختر جهة لعرض ما تقوده وما تسانده.</translation>
    </message>
    <message>
        <source>{name} leads no recommendation.</source>
        <translation>لا تقود {name} أي توصية.</translation>
    </message>
    <message>
        <source>{name} supports no recommendation.</source>
        <translation>لا تساند {name} أي توصية.</translation>
    </message>
    <message>
        <source>{name} leads or supports no cluster.</source>
        <translation>لا تقود {name} ولا تساند أي مجموعة مواضيعية.</translation>
    </message>
    <message>
        <source>Leads: {name}</source>
        <translation>تقود: {name}</translation>
    </message>
    <message>
        <source>Supports: {name}</source>
        <translation>تساند: {name}</translation>
    </message>
    <message>
        <source>Leads ({count})</source>
        <translation>تقودها ({count})</translation>
    </message>
    <message>
        <source>Supports ({count})</source>
        <translation>تساندها ({count})</translation>
    </message>
    <message>
        <source>Clusters ({count})</source>
        <translation>المجموعات ({count})</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Entity {code} saved.</source>
        <translation>حُفظت الجهة {code}.</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>حذف الجهة</translation>
    </message>
    <message>
        <source>Delete {name}? It leads {leads} and supports {supports} recommendations; they will have no entity in its place. You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف {name}؟ هي الجهة الرئيسية لـ{leads} توصية وجهة مساندة لـ{supports} توصية، وستبقى بلا جهة في مكانها. يمكنك التراجع عن الحذف بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete entity {name}</source>
        <translation>حذف الجهة {name}</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Edit entity</source>
        <translation>تعديل الجهة</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>هيئة</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>مجلس</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>لجنة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>الرمز المختصر</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>تقود</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>تساند</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Exchange package</source>
        <translation>حزمة التبادل</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Package written: {path}</source>
        <translation>كُتبت الحزمة: {path}</translation>
    </message>
    <message>
        <source>Import an exchange package</source>
        <translation>استيراد حزمة تبادل</translation>
    </message>
    <message>
        <source>Exchange packages (*{suffix})</source>
        <translation>حزم التبادل (*{suffix})</translation>
    </message>
    <message>
        <source>Committee passphrase</source>
        <translation>عبارة مرور اللجنة</translation>
    </message>
    <message>
        <source>The package was merged.</source>
        <translation>دُمجت الحزمة.</translation>
    </message>
    <message>
        <source>Checking and comparing the package…</source>
        <translation>جارٍ التحقق من الحزمة ومقارنتها…</translation>
    </message>
    <message>
        <source>A package of another committee</source>
        <translation>حزمة من لجنة أخرى</translation>
    </message>
    <message>
        <source>If you join it, your present committee no longer accepts this laptop&apos;s packages.</source>
        <translation>إذا انضممت إليها فلن تقبل لجنتك الحالية حزم هذا الحاسوب بعد الآن.</translation>
    </message>
    <message>
        <source>Refuse the package</source>
        <translation>ارفض الحزمة</translation>
    </message>
    <message>
        <source>Join that committee and review the package</source>
        <translation>انضم إلى تلك اللجنة وراجع الحزمة</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>التصدير إلى Excel</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <source>Language of the workbook:</source>
        <translation>لغة المصنف:</translation>
    </message>
    <message>
        <source>Only the recommendations of the register&apos;s current filter</source>
        <translation>توصيات التصفية الحالية للسجل فقط</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>مصنفات (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export an exchange package</source>
        <translation>تصدير حزمة تبادل</translation>
    </message>
    <message>
        <source>This laptop is the coordinator&apos;s: choose the entities whose part of the plan to send.</source>
        <translation>هذا حاسوب المنسّق: اختر الجهات التي تُرسَل إليها حصتها من الخطة.</translation>
    </message>
    <message>
        <source>This laptop is a member&apos;s: the package carries what changed here since the last package, for the coordinator.</source>
        <translation>هذا الحاسوب لعضو: تحمل الحزمة ما تغيّر هنا منذ آخر حزمة، إلى المنسّق.</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <source>Only what changed since the last package</source>
        <translation>ما تغيّر منذ آخر حزمة فقط</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Committee passphrase</source>
        <translation>عبارة مرور اللجنة</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدّر</translation>
    </message>
    <message>
        <source>Exchange packages (*{suffix})</source>
        <translation>حزم التبادل (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن {n} أحرف.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>جارٍ كتابة الحزمة المشفّرة…</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة الأممية</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>موقف الدولة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Affected group</source>
        <translation>الفئة المعنية</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>غاية التنمية المستدامة</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>الدولة محل الاستعراض</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>الإجراء الخاص</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>ابحث عن قيمة</translation>
    </message>
    <message>
        <source>{value} ({count})</source>
        <translation>{value} ({count})</translation>
    </message>
    <message>
        <source>{facet}: {count} chosen</source>
        <translation>{facet} (المختار: {count})</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح جميع عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>Open these {count} records</source>
        <translation>افتح هذه السجلات ({count})</translation>
    </message>
</context>
<context>
    <name>FilePasswordDialog</name>
    <message>
        <source>Protect the file with a password</source>
        <translation>حماية الملف بكلمة مرور</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>Several files make one import: all of them are imported, or none.</source>
        <translation>الملفات المتعددة استيراد واحد: تُستورد كلها أو لا يُستورد شيء منها.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>الصيغة المكتشفة:</translation>
    </message>
    <message>
        <source>all States (or a name: Saudi Arabia, السعودية, SAU)</source>
        <translation>كل الدول (أو اسم دولة: السعودية، Saudi Arabia، SAU)</translation>
    </message>
    <message>
        <source>Only recommendations to:</source>
        <translation>التوصيات الموجهة إلى:</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>مطابقة الأعمدة…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>المطابقة:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>جداول بيانات (*.xlsx *.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{count} column(s) chosen</source>
        <translation>عدد الأعمدة المختارة: {count}</translation>
    </message>
</context>
<context>
    <name>GuideLinks</name>
    <message>
        <source>Opens the user guide at the paragraph that explains it (F1 in a dialog).</source>
        <translation>يفتح دليل المستخدم عند الفقرة التي تشرحه (F1 داخل أي نافذة حوار).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>What does this mean? (user guide)</source>
        <translation>ما معنى هذا؟ (دليل المستخدم)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <source>No section of the guide holds these words.</source>
        <translation>لا يوجد في الدليل قسم يحتوي هذه الكلمات.</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>Plan of</source>
        <translation>خطة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed on this computer</source>
        <translation>أُدخل على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>ملف مستورد</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>حزمة تبادل</translation>
    </message>
    <message>
        <source>Suggested by the program</source>
        <translation>اقتراح من البرنامج</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Suggested by the program, rejected by {who}</source>
        <translation>اقتراح من البرنامج رفضه {who}</translation>
    </message>
    <message>
        <source>model of {date}, confidence {confidence}</source>
        <translation>نموذج {date}، درجة الثقة {confidence}</translation>
    </message>
    <message>
        <source>from similar labelled records, confidence {confidence}</source>
        <translation>من سجلات مصنفة مشابهة، درجة الثقة {confidence}</translation>
    </message>
    <message>
        <source>Suggested by the program ({how}), accepted by {who}</source>
        <translation>اقتراح من البرنامج ({how}) قبِله {who}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s)</source>
        <translation>
            <numerusform>لا تغييرات مسجلة</numerusform>
            <numerusform>تغيير واحد مسجل</numerusform>
            <numerusform>تغييران مسجلان</numerusform>
            <numerusform>%n تغييرات مسجلة</numerusform>
            <numerusform>%n تغييراً مسجلاً</numerusform>
            <numerusform>%n تغيير مسجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>تصدير سجل التغييرات</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is working on this computer?</source>
        <translation>مَن يعمل على هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Your name and entity are written beside every change you make, so that the committee knows who changed what. You are asked only once.</source>
        <translation>يُكتب اسمك وجهتك بجانب كل تغيير تجريه، لتعرف اللجنة مَن غيّر ماذا. لن يُطلب منك هذا إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>(no entity)</source>
        <translation>(بلا جهة)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your entity</source>
        <translation>جهتك</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Detect from the file</source>
        <translation>اكتشافها من الملف</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>ملف مُصدَّر من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
        <source>UPR Info database</source>
        <translation>قاعدة بيانات UPR Info</translation>
    </message>
    <message>
        <source>Workbook exported by this program</source>
        <translation>مصنف صدّره هذا البرنامج</translation>
    </message>
    <message>
        <source>Another spreadsheet, through a column mapping</source>
        <translation>جدول بيانات آخر، عبر مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>not recognised: choose a column mapping</source>
        <translation>غير معروفة: اختر مطابقة للأعمدة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>التصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Workbook written: {path}</source>
        <translation>كُتب المصنف: {path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import recommendations</source>
        <translation>استيراد التوصيات</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>وحدة القياس</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation>دورية التقرير</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>The lead entity of the action or recommendation</source>
        <translation>الجهة الرئيسية للإجراء أو التوصية</translation>
    </message>
    <message>
        <source>Responsible entity</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>SMART: specific, measurable, assignable, relevant and time-bound.</source>
        <translation>مستوفٍ لمعايير SMART: محدد، وقابل للقياس، ومحدد المسؤولية، وذو صلة، ومحدد زمنياً.</translation>
    </message>
    <message>
        <source>Not yet SMART:</source>
        <translation>لم يستوفِ معايير SMART بعد:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NRTD Desktop: {committee}</source>
        <translation>نظام متابعة التوصيات: {committee}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} recommendations</source>
        <translation>عرض {shown} من أصل {total} توصية</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>السجلات المحذوفة…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>The guide opens at the chapter of the area in front of you.</source>
        <translation>يُفتح الدليل على فصل المجال الظاهر أمامك.</translation>
    </message>
    <message>
        <source>Tour of the window</source>
        <translation>جولة تعريفية بالنافذة</translation>
    </message>
    <message>
        <source>About NRTD Desktop</source>
        <translation>حول نظام متابعة التوصيات</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language; saved work is kept, the undo history is cleared.</source>
        <translation>يُعاد بناء النافذة باللغة المختارة؛ تبقى البيانات المحفوظة كما هي ويُمسح سجل التراجع.</translation>
    </message>
    <message>
        <source>The committee&apos;s data changed on the server; the pages that show it were read again.</source>
        <translation>تغيّرت بيانات اللجنة على الخادم؛ أُعيدت قراءة الصفحات التي تعرضها.</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>تراجع عن {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>إعادة {action}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Language (the window is rebuilt)</source>
        <translation>اللغة (يُعاد بناء النافذة)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>NRTD Desktop tracks the recommendations of the international human-rights mechanisms and the plan to implement them, for the {committee}.</source>
        <translation>يتابع هذا البرنامج توصيات الآليات الدولية لحقوق الإنسان وخطة تنفيذها، لصالح {committee}.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Text (either language)</source>
        <translation>النص (بأي من اللغتين)</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <source>Identifier of the row</source>
        <translation>معرّف الصف</translation>
    </message>
    <message>
        <source>Mechanism (UPR, TB, SP)</source>
        <translation>الآلية (UPR أو TB أو SP)</translation>
    </message>
    <message>
        <source>Recommending body</source>
        <translation>الجهة الموصية</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>دورة الاستعراض</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>الدولة محل الاستعراض</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>الدول الموصية</translation>
    </message>
    <message>
        <source>Position of the State</source>
        <translation>موقف الدولة</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>فئة الإجراء (1-5)</translation>
    </message>
    <message>
        <source>Recommendation or observation</source>
        <translation>توصية أو ملاحظة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الفئات المعنية</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات التنمية المستدامة</translation>
    </message>
    <message>
        <source>Regions concerned</source>
        <translation>المناطق المعنية</translation>
    </message>
    <message>
        <source>Recommending regions</source>
        <translation>مناطق الدول الموصية</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Which column holds what</source>
        <translation>أي عمود يحتوي على أي حقل</translation>
    </message>
    <message>
        <source>The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.</source>
        <translation>الصفوف الأولى من {file}. اختر لكل حقل العمود الذي يحتويه؛ والنص مطلوب على الأقل.</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>مطابقة محفوظة:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(غير موجود في الملف)</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>حفظ هذه المطابقة باسم:</translation>
    </message>
    <message>
        <source>a name, to use it again (optional)</source>
        <translation>اسم لاستخدامها مرة أخرى (اختياري)</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>موقف الدولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالة التنفيذ</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge clusters</source>
        <translation>دمج المجموعات</translation>
    </message>
    <message>
        <source>{name} ({count} recommendations)</source>
        <translation>{name} ({count} من التوصيات)</translation>
    </message>
    <message>
        <source>The recommendations, actions and supporting entities of the chosen clusters move into «{name}»; the chosen clusters are then deleted.</source>
        <translation>تنتقل توصيات المجموعات المختارة وإجراءاتها وجهاتها المساندة إلى «{name}»، ثم تُحذف المجموعات المختارة.</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Review the package before merging</source>
        <translation>مراجعة الحزمة قبل الدمج</translation>
    </message>
    <message>
        <source>Conflicts: the same field changed on both laptops</source>
        <translation>التعارضات: الحقل نفسه تغيّر على الحاسوبين</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s value everywhere</source>
        <translation>أبقِ قيمة هذا الحاسوب في الكل</translation>
    </message>
    <message>
        <source>Take the package&apos;s value everywhere</source>
        <translation>خذ قيمة الحزمة في الكل</translation>
    </message>
    <message>
        <source>Apply this package on this laptop anyway</source>
        <translation>طبّق هذه الحزمة على هذا الحاسوب رغم ذلك</translation>
    </message>
    <message>
        <source>Apply the merge</source>
        <translation>طبّق الدمج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Package number {sequence} from {sender}, made on {date}</source>
        <translation>الحزمة رقم {sequence} من {sender}، أُعدّت في {date}</translation>
    </message>
    <message>
        <source>New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}</source>
        <translation>جديدة: {new}   معدّلة: {changed}   محذوفة: {deleted}   تعارضات: {conflicts}   دون تغيير: {unchanged}   أقدم ومتخطّاة: {stale}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>مستعاد</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>{record}, with {count} record(s) of its plan</source>
        <translation>{record}، ومعها {count} من سجلات خطتها</translation>
    </message>
    <message>
        <source>The whole record (edited on one laptop, deleted on the other)</source>
        <translation>السجل كله (عُدّل على حاسوب وحُذف على الآخر)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>This laptop&apos;s value, sent back to the coordinator</source>
        <translation>قيمة هذا الحاسوب، تُعاد إلى المنسّق</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>{count} conflict(s) still to decide</source>
        <translation>بقي {count} من التعارضات دون حسم</translation>
    </message>
    <message>
        <source>Merging the package</source>
        <translation>جارٍ دمج الحزمة</translation>
    </message>
    <message>
        <source>Taking a snapshot, then merging…</source>
        <translation>جارٍ أخذ نسخة احتياطية ثم الدمج…</translation>
    </message>
    <message>
        <source>The package was not merged</source>
        <translation>لم تُدمج الحزمة</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>A committee file on this computer</source>
        <translation>ملف اللجنة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The committee&apos;s shared server (PostgreSQL)</source>
        <translation>خادم اللجنة المشترك (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>A committee file</source>
        <translation>ملف اللجنة</translation>
    </message>
    <message>
        <source>Committee database (*.sqlite)</source>
        <translation>قاعدة بيانات اللجنة (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose a committee file.</source>
        <translation>اختر ملف اللجنة.</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql:// — for example postgresql://login@server/committee.</source>
        <translation>يبدأ عنوان الخادم بـ ⁦postgresql://⁩، مثلاً ⁦postgresql://login@server/committee⁩.</translation>
    </message>
    <message>
        <source>This server address cannot be read.</source>
        <translation>تعذّرت قراءة عنوان الخادم هذا.</translation>
    </message>
    <message>
        <source>The server address must end with the committee&apos;s database name.</source>
        <translation>يجب أن ينتهي عنوان الخادم باسم قاعدة بيانات اللجنة.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Set the status by hand</source>
        <translation>تحديد الحالة يدوياً</translation>
    </message>
    <message>
        <source>The status will no longer follow the actions until you give it back to them.</source>
        <translation>لن تتبع الحالة الإجراءات بعد الآن حتى تعيدها إليها.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <source>Find a recommendation by reference or words</source>
        <translation>ابحث عن توصية برمزها أو بكلمات من نصها</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Search the list</source>
        <translation>ابحث في القائمة</translation>
    </message>
    <message>
        <source>Chosen: {count}</source>
        <translation>المختار: {count}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Set the status by hand…</source>
        <translation>تحديد الحالة يدوياً…</translation>
    </message>
    <message>
        <source>Let the actions decide the status</source>
        <translation>إعادة الحالة إلى الإجراءات</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Actions of the cluster, shared by its recommendations (edit them from the cluster&apos;s plan):</source>
        <translation>إجراءات المجموعة المواضيعية المشتركة بين توصياتها (تُعدَّل من خطة المجموعة):</translation>
    </message>
    <message>
        <source>Add progress update</source>
        <translation>إضافة تحديث للتقدم</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>إضافة تحدٍّ</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>مؤشرات الإجراء</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <source>Indicators of the recommendation</source>
        <translation>مؤشرات التوصية</translation>
    </message>
    <message>
        <source>Challenges and obstacles</source>
        <translation>التحديات والعقبات</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Choose a recommendation or a cluster to plan its implementation.</source>
        <translation>اختر توصية أو مجموعة مواضيعية لتخطيط تنفيذها.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>{count} actions planned for the cluster.</source>
        <translation>عدد الإجراءات المخططة للمجموعة: {count}.</translation>
    </message>
    <message>
        <source>{late} overdue.</source>
        <translation>المتأخر منها: {late}.</translation>
    </message>
    <message>
        <source>Status: {status}, set by hand ({reason}).</source>
        <translation>الحالة: {status}، محددة يدوياً ({reason}).</translation>
    </message>
    <message>
        <source>Status: {status}, but its actions say {rolled}; it will follow them at the next change.</source>
        <translation>الحالة: {status}، لكن إجراءاتها تشير إلى «{rolled}»؛ وستتبعها عند أول تغيير.</translation>
    </message>
    <message>
        <source>Status: {status}, from its actions.</source>
        <translation>الحالة: {status}، محسوبة من إجراءاتها.</translation>
    </message>
    <message>
        <source>Status: {status}. No action yet to derive it from.</source>
        <translation>الحالة: {status}. لا توجد إجراءات بعد تُحسب منها.</translation>
    </message>
    <message>
        <source>Overdue: an action is past its end date.</source>
        <translation>متأخرة: تجاوز أحد الإجراءات تاريخ انتهائه.</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>خطة التنفيذ</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation>أُضيف الإجراء.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>edit action</source>
        <translation>تعديل إجراء</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>حُفظ الإجراء.</translation>
    </message>
    <message>
        <source>Edit action: {title}</source>
        <translation>تعديل الإجراء: {title}</translation>
    </message>
    <message>
        <source>duplicate action</source>
        <translation>نسخ إجراء</translation>
    </message>
    <message>
        <source>Action duplicated.</source>
        <translation>نُسخ الإجراء.</translation>
    </message>
    <message>
        <source>move action</source>
        <translation>نقل إجراء</translation>
    </message>
    <message>
        <source>Action moved.</source>
        <translation>نُقل الإجراء.</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <source>Delete the action “{title}” with its indicators and progress updates? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف الإجراء «{title}» مع مؤشراته وتحديثات تقدمه؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete action</source>
        <translation>حذف إجراء</translation>
    </message>
    <message>
        <source>Action deleted.</source>
        <translation>حُذف الإجراء.</translation>
    </message>
    <message>
        <source>add indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Indicator added.</source>
        <translation>أُضيف المؤشر.</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <source>edit indicator</source>
        <translation>تعديل مؤشر</translation>
    </message>
    <message>
        <source>Indicator saved.</source>
        <translation>حُفظ المؤشر.</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>تعديل المؤشر</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>حذف المؤشر</translation>
    </message>
    <message>
        <source>Delete the indicator “{name}”? Its progress updates stay with the action.</source>
        <translation>هل تريد حذف المؤشر «{name}»؟ تبقى تحديثات التقدم المرتبطة به مع الإجراء.</translation>
    </message>
    <message>
        <source>delete indicator</source>
        <translation>حذف مؤشر</translation>
    </message>
    <message>
        <source>Indicator deleted.</source>
        <translation>حُذف المؤشر.</translation>
    </message>
    <message>
        <source>add progress update</source>
        <translation>إضافة تحديث للتقدم</translation>
    </message>
    <message>
        <source>Progress update added.</source>
        <translation>أُضيف تحديث التقدم.</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>تحديث جديد للتقدم</translation>
    </message>
    <message>
        <source>edit progress update</source>
        <translation>تعديل تحديث للتقدم</translation>
    </message>
    <message>
        <source>Progress update saved.</source>
        <translation>حُفظ تحديث التقدم.</translation>
    </message>
    <message>
        <source>Edit progress update</source>
        <translation>تعديل تحديث التقدم</translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation>حذف تحديث التقدم</translation>
    </message>
    <message>
        <source>Delete the progress update of {date}?</source>
        <translation>هل تريد حذف تحديث التقدم المؤرخ في {date}؟</translation>
    </message>
    <message>
        <source>delete progress update</source>
        <translation>حذف تحديث للتقدم</translation>
    </message>
    <message>
        <source>Progress update deleted.</source>
        <translation>حُذف تحديث التقدم.</translation>
    </message>
    <message>
        <source>{owner}, action “{title}”</source>
        <translation>{owner}، الإجراء «{title}»</translation>
    </message>
    <message>
        <source>add challenge</source>
        <translation>إضافة تحدٍّ</translation>
    </message>
    <message>
        <source>Challenge added.</source>
        <translation>أُضيف التحدي.</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>تحدٍّ جديد</translation>
    </message>
    <message>
        <source>edit challenge</source>
        <translation>تعديل تحدٍّ</translation>
    </message>
    <message>
        <source>Challenge saved.</source>
        <translation>حُفظ التحدي.</translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation>تعديل التحدي</translation>
    </message>
    <message>
        <source>Delete challenge</source>
        <translation>حذف التحدي</translation>
    </message>
    <message>
        <source>Delete this challenge? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا التحدي؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete challenge</source>
        <translation>حذف تحدٍّ</translation>
    </message>
    <message>
        <source>Challenge deleted.</source>
        <translation>حُذف التحدي.</translation>
    </message>
    <message>
        <source>set status by hand</source>
        <translation>تحديد الحالة يدوياً</translation>
    </message>
    <message>
        <source>Status set by hand.</source>
        <translation>حُددت الحالة يدوياً.</translation>
    </message>
    <message>
        <source>let the actions decide the status</source>
        <translation>إعادة الحالة إلى الإجراءات</translation>
    </message>
    <message>
        <source>Status follows the actions again.</source>
        <translation>عادت الحالة تتبع الإجراءات.</translation>
    </message>
</context>
<context>
    <name>PlanHealthView</name>
    <message>
        <source>Recommendations with no lead entity</source>
        <translation>توصيات بلا جهة رئيسية</translation>
    </message>
    <message>
        <source>Recommendations with no action (noted ones left out)</source>
        <translation>توصيات بلا إجراءات (دون التوصيات المحاط بها علماً)</translation>
    </message>
    <message>
        <source>Actions with no indicator</source>
        <translation>إجراءات بلا مؤشرات</translation>
    </message>
    <message>
        <source>Actions with no start or end date</source>
        <translation>إجراءات بلا تاريخ بدء أو انتهاء</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>إجراءات متأخرة</translation>
    </message>
    <message>
        <source>Indicators with no recent progress</source>
        <translation>مؤشرات بلا تقدم حديث</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يوماً</translation>
    </message>
    <message>
        <source>Double-click a line to open its plan.</source>
        <translation>انقر مرتين على سطر لفتح خطته.</translation>
    </message>
    <message>
        <source>No progress for</source>
        <translation>دون تقدم منذ</translation>
    </message>
    <message>
        <source>What is a stale indicator? (user guide)</source>
        <translation>ما المؤشر المتقادم؟ (دليل المستخدم)</translation>
    </message>
    <message>
        <source>Plan health</source>
        <translation>سلامة الخطة</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>جارٍ قراءة الخطة…</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <source>The first {shown} of {count} are listed. Double-click a line to open its plan.</source>
        <translation>تُعرض أول {shown} من {count}. انقر مرتين على سطر لفتح خطته.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>ربع سنوي</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>نصف سنوي</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>محدد</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>قابل للقياس</translation>
    </message>
    <message>
        <source>Assignable</source>
        <translation>محدد المسؤولية</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>محدد زمنياً</translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>مستوفٍ لمعايير SMART</translation>
    </message>
    <message>
        <source>Missing: {properties}</source>
        <translation>ينقصه: {properties}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>فحص SMART</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما تحقق</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الشواهد</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>الدعم المطلوب</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan editor</source>
        <translation>محرر الخطة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Challenges analysis</source>
        <translation>تحليل التحديات</translation>
    </message>
    <message>
        <source>Plan health</source>
        <translation>سلامة الخطة</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>Nothing is written yet.</source>
        <translation>لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Matched to an existing record (another source of the same recommendation): check the pairs marked unsure</source>
        <translation>مطابَقة مع توصية موجودة (مصدر آخر للتوصية نفسها): تحقّق من الأزواج الموسومة بأنها غير مؤكدة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>صف الملف</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>التوصية الموجودة</translation>
    </message>
    <message>
        <source>Import anyway, leaving out the values that match nothing</source>
        <translation>الاستيراد مع إغفال القيم التي لا تطابق شيئاً</translation>
    </message>
    <message>
        <source>Save the problems as a workbook…</source>
        <translation>حفظ المشكلات في مصنف…</translation>
    </message>
    <message>
        <source>Reading and comparing…</source>
        <translation>جارٍ القراءة والمقارنة…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <source>{score} (unsure)</source>
        <translation>{score} (غير مؤكدة)</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>حفظ المشكلات</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>مصنفات (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PriorityWeightsDialog</name>
    <message>
        <source>Priority weights</source>
        <translation>أوزان الأولوية</translation>
    </message>
    <message>
        <source>Each criterion counts in proportion to its weight (0 ignores it). A criterion that does not apply to a recommendation, such as the State&apos;s position on a treaty-body recommendation, is left out of its score. Priorities set by hand are kept.</source>
        <translation>يُحتسب كل معيار بقدر وزنه (الصفر يعني إهماله). والمعيار الذي لا ينطبق على توصية، كموقف الدولة من توصيات هيئات المعاهدات، لا يدخل في درجتها. وتبقى الأولويات المحددة يدوياً كما هي.</translation>
    </message>
    <message>
        <source>High from score</source>
        <translation>عالية ابتداءً من الدرجة</translation>
    </message>
    <message>
        <source>Medium from score</source>
        <translation>متوسطة ابتداءً من الدرجة</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>حفظ وإعادة الحساب</translation>
    </message>
    <message>
        <source>Scoring the recommendations…</source>
        <translation>جارٍ حساب درجات التوصيات…</translation>
    </message>
    <message>
        <source>{records} recommendations scored, {changed} changed, {kept} set by hand kept.</source>
        <translation>حُسبت درجات {records} من التوصيات، وتغيّر {changed}، وبقي {kept} محدداً يدوياً.</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>Progress update</source>
        <translation>تحديث التقدم</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>تاريخ التقرير</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Progress (percent)</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>What happened (Arabic)</source>
        <translation>ما تحقق (بالعربية)</translation>
    </message>
    <message>
        <source>What happened (English)</source>
        <translation>ما تحقق (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Evidence (document, letter, link)</source>
        <translation>الشواهد (وثيقة أو خطاب أو رابط)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Reporting entity</source>
        <translation>الجهة المُبلِّغة</translation>
    </message>
    <message>
        <source>Reported by (person)</source>
        <translation>اسم المُبلِّغ</translation>
    </message>
    <message>
        <source>The action as a whole</source>
        <translation>الإجراء ككل</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
</context>
<context>
    <name>ProtectBox</name>
    <message>
        <source>Protect the file with a password</source>
        <translation>حماية الملف بكلمة مرور</translation>
    </message>
    <message>
        <source>Whoever opens the file (Excel, a PDF reader) is asked for the password. Give it to the recipients another way than the file.</source>
        <translation>يُطلب كلمة المرور ممن يفتح الملف في Excel أو قارئ PDF. أبلغها المستلمين بطريقة غير الملف نفسه.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة الأممية</translation>
    </message>
    <message>
        <source>Annotation type</source>
        <translation>نوع الملاحظة</translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>تاريخ الوثيقة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>جولة الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Text and source</source>
        <translation>النص والمصدر</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Position of the State</source>
        <translation>موقف الدولة</translation>
    </message>
    <message>
        <source>Source of the position</source>
        <translation>مصدر الموقف</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <source>Flagged for the follow-up procedure</source>
        <translation>مشمولة بإجراء المتابعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>الدول الموصية</translation>
    </message>
    <message>
        <source>Position and status</source>
        <translation>الموقف والحالة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>الفئات المعنية</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات التنمية المستدامة</translation>
    </message>
    <message>
        <source>Themes, groups and SDGs</source>
        <translation>المواضيع والفئات وأهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>الجهات المساندة</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>المسؤولية</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>NRTD Desktop: the committee&apos;s recovery key</source>
        <translation>برنامج NRTD: مفتاح الاسترداد الخاص باللجنة</translation>
    </message>
    <message>
        <source>This key opens the committee&apos;s encrypted database and its backups if the passphrase is forgotten. Keep this page in the safe; do not keep it with the laptop, and do not photograph it.</source>
        <translation>يفتح هذا المفتاح قاعدة بيانات اللجنة المشفّرة ونسخها الاحتياطية إذا نُسيت عبارة المرور. احفظ هذه الورقة في الخزنة، ولا تحفظها مع الحاسوب، ولا تصوّرها.</translation>
    </message>
    <message>
        <source>To use it: start the program, choose &quot;Forgot the passphrase?&quot; and type the key (capitals, spaces and dashes do not matter); then choose a new passphrase.</source>
        <translation>لاستخدامه: شغّل البرنامج واختر «نسيت عبارة المرور؟» واكتب المفتاح (لا يهم حجم الحروف ولا المسافات ولا الشرطات)؛ ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Made on {date}.</source>
        <translation>أُنشئ في {date}.</translation>
    </message>
    <message>
        <source>The committee&apos;s recovery key</source>
        <translation>مفتاح الاسترداد الخاص باللجنة</translation>
    </message>
    <message>
        <source>Print this key or write it down, and give it to the coordinator to keep in the safe. It opens the database and its backups if the passphrase is forgotten. It is shown only this once: the program keeps no copy.</source>
        <translation>اطبع هذا المفتاح أو دوّنه، وسلّمه إلى المنسّق ليحفظه في الخزنة. فهو يفتح قاعدة البيانات ونسخها الاحتياطية إذا نُسيت عبارة المرور. ولا يُعرض إلا هذه المرة: لا يحتفظ البرنامج بنسخة منه.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>I have printed it or written it down</source>
        <translation>طبعته أو دوّنته</translation>
    </message>
</context>
<context>
    <name>RegenerateDialog</name>
    <message>
        <source>Update the draft from the data</source>
        <translation>تحديث المشروع من البيانات</translation>
    </message>
    <message>
        <source>The sections nobody edited are written again from the data. These sections were edited and the data changed since: tick those whose text the new text may replace; the others keep their text and keep showing what changed.</source>
        <translation>تُعاد كتابة الفروع التي لم يعدّلها أحد من البيانات. أما هذه الفروع فقد عُدّلت وتغيّرت البيانات بعد ذلك: ضع علامة على ما يجوز أن يحلّ النص الجديد محلّ نصه؛ ويبقى نص البقية كما هو مع إظهار ما تغيّر.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <source>No edited section has changed figures: nothing of yours is replaced.</source>
        <translation>لم تتغير أرقام أي فرع معدَّل: لن يُستبدل شيء مما كتبتم.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة الأممية</translation>
    </message>
    <message>
        <source>Cycle or date</source>
        <translation>الجولة أو التاريخ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>لا يمكن الترتيب حسب هذا العمود.</translation>
    </message>
    <message>
        <source>Cycle {cycle}</source>
        <translation>الجولة {cycle}</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search the recommendations in Arabic or English</source>
        <translation>ابحث في التوصيات بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>توصية جديدة</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>تعديل التوصية</translation>
    </message>
    <message>
        <source>Duplicate recommendation</source>
        <translation>نسخ التوصية</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>حذف التوصية</translation>
    </message>
    <message>
        <source>Suggested labels…</source>
        <translation>التصنيفات المقترحة…</translation>
    </message>
    <message>
        <source>Too many matches to rank by relevance: they are shown in the order of their references. More words narrow the search.</source>
        <translation>النتائج أكثر من أن تُرتَّب حسب الصلة بالبحث، فهي معروضة بترتيب رموزها المرجعية. أضف كلمات لتضييق البحث.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>create recommendation {reference}</source>
        <translation>إنشاء التوصية {reference}</translation>
    </message>
    <message>
        <source>Recommendation {reference} created.</source>
        <translation>أُنشئت التوصية {reference}.</translation>
    </message>
    <message>
        <source>edit recommendation {reference}</source>
        <translation>تعديل التوصية {reference}</translation>
    </message>
    <message>
        <source>Recommendation {reference} saved.</source>
        <translation>حُفظت التوصية {reference}.</translation>
    </message>
    <message>
        <source>Edit recommendation {reference}</source>
        <translation>تعديل التوصية {reference}</translation>
    </message>
    <message>
        <source>Delete the recommendation {reference}? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف التوصية {reference}؟ يمكنك التراجع عن الحذف بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete recommendation {reference}</source>
        <translation>حذف التوصية {reference}</translation>
    </message>
    <message>
        <source>Recommendation {reference} deleted.</source>
        <translation>حُذفت التوصية {reference}.</translation>
    </message>
</context>
<context>
    <name>ReportsDueStrip</name>
    <message>
        <source>Reports:</source>
        <translation>التقارير:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>{state}: {report} ({date})</source>
        <translation>{state}: {report} ({date})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
    <message>
        <source>Nothing due in the next six months</source>
        <translation>لا تقارير مستحقة في الأشهر الستة المقبلة</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>By thematic cluster</source>
        <translation>حسب المجموعات المواضيعية</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>حسب المواضيع</translation>
    </message>
    <message>
        <source>For example UPR-3-122.45</source>
        <translation>مثل UPR-3-122.45</translation>
    </message>
    <message>
        <source>Limit to a period</source>
        <translation>تقييد بفترة</translation>
    </message>
    <message>
        <source>Use the register&apos;s current filter</source>
        <translation>استخدام عامل التصفية الحالي في السجل</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Thematic cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Recommendation reference</source>
        <translation>رمز التوصية</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>حماية ملف PDF بكلمة مرور</translation>
    </message>
    <message>
        <source>The preview shows the first page of the report.</source>
        <translation>تعرض المعاينة الصفحة الأولى من التقرير.</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>بلا تصنيف</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>للنقاش</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Western digits (0-9)</source>
        <translation>أرقام غربية (0-9)</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (٠-٩)</source>
        <translation>أرقام عربية مشرقية (٠-٩)</translation>
    </message>
    <message>
        <source>For example 12/1448</source>
        <translation>مثل 12/1448</translation>
    </message>
    <message>
        <source>Print an approval table</source>
        <translation>طباعة جدول الاعتماد</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>راجعه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>on</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Meeting no.</source>
        <translation>رقم الاجتماع</translation>
    </message>
    <message>
        <source>Meeting document</source>
        <translation>وثيقة الاجتماع</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>الخطة الوطنية لتنفيذ التوصيات</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>تقرير التقدم</translation>
    </message>
    <message>
        <source>Entity sheet</source>
        <translation>بطاقة الجهة</translation>
    </message>
    <message>
        <source>Challenges analysis</source>
        <translation>تحليل التحديات</translation>
    </message>
    <message>
        <source>Recommendation sheet</source>
        <translation>بطاقة التوصية</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>جميع المجموعات</translation>
    </message>
    <message>
        <source>Every recommendation is included.</source>
        <translation>يشمل التقرير جميع التوصيات.</translation>
    </message>
    <message>
        <source>The report covers the {count} recommendations the register shows.</source>
        <translation>يشمل التقرير التوصيات الظاهرة في السجل وعددها {count}.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>حفظ التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>جارٍ قراءة البيانات…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Page 1 of {pages}</source>
        <translation>الصفحة 1 من {pages}</translation>
    </message>
    <message>
        <source>Preview ready: the report has {pages} pages.</source>
        <translation>المعاينة جاهزة: عدد صفحات التقرير {pages}.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>كتابة الصفحات…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>The report was saved to {path} ({pages} pages).</source>
        <translation>حُفظ التقرير في {path} (عدد الصفحات: {pages}).</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported: {new} new and {updated} updated recommendations, in {seconds} s.
A snapshot of the database was taken before: {backup}</source>
        <translation>تم الاستيراد: {new} توصية جديدة و{updated} توصية محدَّثة، في {seconds} ثانية.
أُخذت نسخة احتياطية من قاعدة البيانات قبله: {backup}</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase…</source>
        <translation>حماية قاعدة البيانات بعبارة مرور…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>تذكّر عبارة المرور على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Forget the passphrase on this computer</source>
        <translation>نسيان عبارة المرور على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>إنشاء مفتاح استرداد جديد…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>غُيّرت عبارة المرور.</translation>
    </message>
    <message>
        <source>The passphrase is no longer remembered on this computer.</source>
        <translation>لم تعد عبارة المرور محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The passphrase is remembered on this computer.</source>
        <translation>عبارة المرور محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>A new recovery key is shown once; the old paper key still opens the backups made until now. Make a new one?</source>
        <translation>يُعرض مفتاح الاسترداد الجديد مرة واحدة؛ ويظل المفتاح الورقي القديم يفتح النسخ الاحتياطية التي أُنشئت حتى الآن. هل تنشئ مفتاحاً جديداً؟</translation>
    </message>
</context>
<context>
    <name>SimilarModel</name>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Add to this cluster</source>
        <translation>إضافة إلى هذه المجموعة</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>البحث مجدداً</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Similar recommendations</source>
        <translation>توصيات مشابهة</translation>
    </message>
    <message>
        <source>Comparing the texts of the recommendations…</source>
        <translation>جارٍ مقارنة نصوص التوصيات…</translation>
    </message>
    <message>
        <source>{count} recommendations outside the cluster look like it, most alike first.</source>
        <translation>{count} من التوصيات خارج المجموعة تشبهها، الأشبه أولاً.</translation>
    </message>
    <message>
        <source>No similar recommendation found.</source>
        <translation>لم يُعثر على توصية مشابهة.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split cluster</source>
        <translation>تقسيم المجموعة</translation>
    </message>
    <message>
        <source>{count} chosen recommendations move to a new cluster.</source>
        <translation>تنتقل {count} من التوصيات المختارة إلى مجموعة جديدة.</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>A risky place for the database</source>
        <translation>مكان غير آمن لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The backup was restored ({count} recommendations). The damaged file is kept as: {kept}</source>
        <translation>استُعيدت النسخة الاحتياطية ({count} توصية). حُفظ الملف التالف باسم: {kept}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>This database was copied from another computer</source>
        <translation>نُسخت قاعدة البيانات هذه من حاسوب آخر</translation>
    </message>
    <message>
        <source>Making it a new site changes no data: this computer then sends and receives packages under its own name, and the other computer keeps its own.</source>
        <translation>جعلها موقعاً جديداً لا يغيّر أي بيانات: يرسل هذا الحاسوب الحزم ويستقبلها باسمه، ويحتفظ الحاسوب الآخر باسمه.</translation>
    </message>
    <message>
        <source>Make it a new site (recommended)</source>
        <translation>اجعلها موقعاً جديداً (مستحسن)</translation>
    </message>
    <message>
        <source>This computer replaces the other one</source>
        <translation>هذا الحاسوب يحل محل الحاسوب الآخر</translation>
    </message>
    <message>
        <source>Move it to {target}? The file where it is now is left untouched.</source>
        <translation>أتنقلها إلى {target}؟ يبقى الملف في مكانه الحالي دون تغيير.</translation>
    </message>
    <message>
        <source>Move it to this computer</source>
        <translation>انقلها إلى هذا الحاسوب</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>أبقِها هنا</translation>
    </message>
    <message>
        <source>NRTD Desktop</source>
        <translation>منصة متابعة التوصيات</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>تعذّر النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <source>Updating the database for the new search: {done} of {total} recommendations analysed.</source>
        <translation>تحديث قاعدة البيانات للبحث الجديد: حُلّلت {done} من أصل {total} توصية.</translation>
    </message>
    <message>
        <source>Updating the database…</source>
        <translation>تحديث قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggested by the program</source>
        <translation>مقترحات البرنامج</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>نوع التصنيف</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>التصنيف المقترح</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Suggested from</source>
        <translation>مصدر الاقتراح</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept all sure ones</source>
        <translation>قبول كل المقترحات الموثوقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Suggest from the text</source>
        <translation>اقتراح من النص</translation>
    </message>
    <message>
        <source>Type the English text to get suggestions now; a recommendation with an Arabic text only is compared with similar labelled records once saved.</source>
        <translation>اكتب النص الإنجليزي لتحصل على المقترحات الآن؛ أما التوصية التي ليس لها إلا نص عربي فتُقارَن بالسجلات المصنفة المشابهة لها بعد حفظها.</translation>
    </message>
    <message>
        <source>Grey: less sure than the model&apos;s threshold. Accepting ticks the label; Save records it.</source>
        <translation>الرمادي: ثقة أدنى من عتبة النموذج. القبول يؤشّر على التصنيف، والحفظ يسجّله.</translation>
    </message>
    <message>
        <source>No suggestion for this text.</source>
        <translation>لا مقترحات لهذا النص.</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>نوع التصنيف</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>التصنيف المقترح</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Suggested from</source>
        <translation>مصدر الاقتراح</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Affected group</source>
        <translation>الفئة المعنية</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>غاية التنمية المستدامة</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <source>Similar labelled records</source>
        <translation>سجلات مصنفة مشابهة</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested themes, affected groups and SDG targets</source>
        <translation>المواضيع والفئات المعنية وغايات التنمية المستدامة المقترحة</translation>
    </message>
    <message>
        <source>Suggestions for the {count} recommendations the register shows.</source>
        <translation>مقترحات التوصيات التي يعرضها السجل، وعددها {count}.</translation>
    </message>
    <message>
        <source>All vocabularies</source>
        <translation>كل أنواع التصنيف</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation>نوع التصنيف:</translation>
    </message>
    <message>
        <source>Lowest confidence listed:</source>
        <translation>أدنى درجة ثقة معروضة:</translation>
    </message>
    <message>
        <source>Accept all listed</source>
        <translation>قبول كل المعروض</translation>
    </message>
    <message>
        <source>Accept chosen</source>
        <translation>قبول المحدد</translation>
    </message>
    <message>
        <source>Reject chosen</source>
        <translation>رفض المحدد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading the recommendations…</source>
        <translation>جارٍ قراءة التوصيات…</translation>
    </message>
    <message>
        <source>{count} suggestions for {records} recommendations at this confidence or above.</source>
        <translation>المقترحات بهذه الدرجة من الثقة أو أعلى: {count}، في {records} من التوصيات.</translation>
    </message>
    <message>
        <source>Accept {count} suggestions, changing {records} recommendations? The history of each will say who accepted them.</source>
        <translation>هل تقبل {count} من المقترحات، فيُعدَّل {records} من التوصيات؟ سيذكر سجل التغييرات لكل توصية من قبِلها.</translation>
    </message>
    <message>
        <source>Accepted {count} suggestions: {records} recommendations changed.</source>
        <translation>قُبل {count} من المقترحات، وعُدِّل {records} من التوصيات.</translation>
    </message>
    <message>
        <source>Accepting the suggestions…</source>
        <translation>جارٍ قبول المقترحات…</translation>
    </message>
    <message>
        <source>Rejected {count} suggestions: they will not be offered again.</source>
        <translation>رُفض {count} من المقترحات، ولن تُعرض مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>The file could not be used: {reason}</source>
        <translation>تعذّر استخدام الملف: {reason}</translation>
    </message>
    <message>
        <source>The work stopped because of an unexpected error: {reason}</source>
        <translation>توقف العمل بسبب خطأ غير متوقع: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>No dated action to show. Give the actions a start and an end date.</source>
        <translation>لا توجد إجراءات مؤرخة لعرضها. حدّد للإجراءات تاريخ بدء وتاريخ انتهاء.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}، متأخر</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
    <message>
        <source>Entity: {name}</source>
        <translation>الجهة: {name}</translation>
    </message>
    <message>
        <source>Red: overdue. Blue: in progress (darker part: progress reported). Green: completed. Grey: not started. Dashed line: today. Double-click a bar to open its plan.</source>
        <translation>الأحمر: متأخر. الأزرق: قيد التنفيذ (الجزء الأغمق: الإنجاز المُبلَّغ عنه). الأخضر: مكتمل. الرمادي: لم يبدأ. الخط المتقطع: اليوم. انقر مرتين على شريط لفتح خطته.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>جارٍ قراءة الخطة…</translation>
    </message>
    <message>
        <source>{count} actions, {late} overdue.</source>
        <translation>عدد الإجراءات {count}، المتأخر منها {late}.</translation>
    </message>
    <message>
        <source>{undated} without dates are not shown.</source>
        <translation>لا تُعرض {undated} بلا تواريخ.</translation>
    </message>
    <message>
        <source>The first {shown} by start date are drawn: choose a cluster or an entity to see the others.</source>
        <translation>رُسم أول {shown} منها بحسب تاريخ البدء: اختر مجموعة أو جهة لعرض الباقي.</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>The areas of the committee&apos;s work</source>
        <translation>مجالات عمل اللجنة</translation>
    </message>
    <message>
        <source>Each area is one step of the work: the register of recommendations, the clusters, the implementation plan, the entities, the dashboard, the reports, the drafts of the national reports and the backups. Click one to open it.</source>
        <translation>كل مجال خطوة من خطوات العمل: سجل التوصيات، والمجموعات المواضيعية، وخطة التنفيذ، والجهات، ولوحة المتابعة، والتقارير، ومشاريع التقارير الوطنية، والنسخ الاحتياطية. انقر أحدها لفتحه.</translation>
    </message>
    <message>
        <source>Finding a recommendation</source>
        <translation>البحث عن توصية</translation>
    </message>
    <message>
        <source>Type a few words in Arabic or English, or a reference such as UPR-3-122.45: every form of a word is found. Ctrl+F brings you here from anywhere.</source>
        <translation>اكتب كلمات بالعربية أو الإنجليزية، أو رمزاً مرجعياً مثل UPR-3-122.45: يجد البحث كل صيغ الكلمة. ومفتاحا Ctrl+F يعيدانك إلى هنا من أي مكان.</translation>
    </message>
    <message>
        <source>The implementation plan</source>
        <translation>خطة التنفيذ</translation>
    </message>
    <message>
        <source>For each recommendation or cluster: the actions, who leads them and when, the indicators, the progress reported and the challenges met.</source>
        <translation>لكل توصية أو مجموعة: الإجراءات، ومن يقودها ومتى، والمؤشرات، والتقدم المُبلَّغ عنه، والتحديات التي تعترضها.</translation>
    </message>
    <message>
        <source>The reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>The national action plan, the progress report, the entity sheet and the others, as Arabic or English PDFs ready for the committee&apos;s meetings.</source>
        <translation>الخطة الوطنية لتنفيذ التوصيات، وتقرير التقدم، وبطاقة الجهة وغيرها، ملفات PDF بالعربية أو الإنجليزية جاهزة لاجتماعات اللجنة.</translation>
    </message>
    <message>
        <source>Help is always here</source>
        <translation>المساعدة دائماً هنا</translation>
    </message>
    <message>
        <source>F1 opens the user guide at the chapter of the area in front of you. This tour can be seen again from the Help menu.</source>
        <translation>مفتاح F1 يفتح دليل المستخدم على فصل المجال الظاهر أمامك. ويمكن مشاهدة هذه الجولة مرة أخرى من قائمة المساعدة.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>تخطَّ الجولة</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>الخطوة {number} من {count}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the committee&apos;s database</source>
        <translation>فتح قاعدة بيانات اللجنة</translation>
    </message>
    <message>
        <source>This database is encrypted. Type its passphrase to open it.</source>
        <translation>قاعدة البيانات هذه مشفّرة. اكتب عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>تذكّرها على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring, and the database opens without asking while you are logged in to this account.</source>
        <translation>يُحفظ المفتاح في سلسلة مفاتيح هذا الحاسوب، وتُفتح قاعدة البيانات دون سؤال ما دمت مسجّلاً الدخول بهذا الحساب.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the committee&apos;s recovery key…</source>
        <translation>نسيت عبارة المرور؟ استخدم مفتاح الاسترداد الخاص باللجنة…</translation>
    </message>
    <message>
        <source>Type the recovery key the coordinator keeps on paper (NRTD- and 13 groups of letters and digits). You will then choose a new passphrase.</source>
        <translation>اكتب مفتاح الاسترداد الذي يحفظه المنسّق على الورق، وهو يبدأ بـ NRTD وتليه 13 مجموعة من الحروف والأرقام. ثم تختار عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>العودة إلى عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The next try is possible in {seconds} seconds.</source>
        <translation>يمكن المحاولة التالية بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Check the keyboard language and Caps Lock.</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات. تحقّق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة.</translation>
    </message>
    <message>
        <source>This recovery key does not open the database.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الفئات المعنية</translation>
    </message>
    <message>
        <source>SDG goal or target</source>
        <translation>هدف أو غاية من أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>الدولة الموصية</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>الدولة محل الاستعراض</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>الإجراء الخاص</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة الأممية</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <source>Values of imported files that are not in the program&apos;s vocabularies. They are kept on their recommendations as imported labels. Map each one to a known value: every recommendation carrying it changes, and later imports do the same.</source>
        <translation>قيم من الملفات المستوردة غير موجودة في مفردات البرنامج. حُفظت على توصياتها تسمياتٍ مستوردة. طابِق كل قيمة مع قيمة معروفة: تتغيّر كل توصية تحملها، وكذلك كل استيراد لاحق.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>المفردات</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>القيمة المستوردة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Find a known value</source>
        <translation>ابحث عن قيمة معروفة</translation>
    </message>
    <message>
        <source>Map to the chosen value</source>
        <translation>طابِق مع القيمة المختارة</translation>
    </message>
    <message>
        <source>No value (let the label go)</source>
        <translation>بلا قيمة (تُترك التسمية)</translation>
    </message>
    <message>
        <source>{count} value(s) to map</source>
        <translation>{count} قيمة للمطابقة</translation>
    </message>
    <message>
        <source>Every imported value is in the program&apos;s vocabularies.</source>
        <translation>كل القيم المستوردة موجودة في مفردات البرنامج.</translation>
    </message>
    <message>
        <source>“{label}” ({vocabulary}), on {count} recommendation(s)</source>
        <translation>«{label}» ({vocabulary})، في {count} توصية</translation>
    </message>
    <message>
        <source>{count} recommendation(s) changed.</source>
        <translation>تغيّرت {count} توصية.</translation>
    </message>
</context>
<context>
    <name>_TagTab</name>
    <message>
        <source>Add to every selected recommendation</source>
        <translation>إضافة إلى كل التوصيات المحددة</translation>
    </message>
    <message>
        <source>Remove from every selected recommendation</source>
        <translation>إزالة من كل التوصيات المحددة</translation>
    </message>
</context>
</TS>
