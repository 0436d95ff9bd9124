<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الجهات</translation>
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
        <source>Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside any cluster.</source>
        <translation>هل تريد حذف المجموعة «{name}»؟ تبقى توصياتها ({count}) في السجل خارج أي مجموعة.</translation>
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
        <source>Delete {name}? It leads {leads} and supports {supports} recommendations; they will have no entity in its place.</source>
        <translation>هل تريد حذف {name}؟ تقود {leads} وتساند {supports} من التوصيات، ولن تحل محلها جهة أخرى فيها.</translation>
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
