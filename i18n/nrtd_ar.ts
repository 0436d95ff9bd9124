<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Choose a recommendation to see all its fields.</source>
        <translation>اختر توصية لعرض جميع حقولها.</translation>
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
    <name>Labels</name>
    <message>
        <source>Supported</source>
        <translation>مؤيَّدة</translation>
    </message>
    <message>
        <source>Supported in part</source>
        <translation>مؤيَّدة جزئياً</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>أُحيط بها علماً</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>بلا موقف</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>منفذة جزئياً</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>منفذة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>بلا أولوية</translation>
    </message>
    <message>
        <source>Universal Periodic Review</source>
        <translation>الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>هيئات المعاهدات</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>الإجراءات الخاصة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Concern or observation</source>
        <translation>قلق أو ملاحظة</translation>
    </message>
    <message>
        <source>1: asks other States or asks for help</source>
        <translation>1: تطلب من دول أخرى أو تطلب المساعدة</translation>
    </message>
    <message>
        <source>2: continue an existing action</source>
        <translation>2: مواصلة إجراء قائم</translation>
    </message>
    <message>
        <source>3: consider a change</source>
        <translation>3: النظر في تغيير</translation>
    </message>
    <message>
        <source>4: a general action</source>
        <translation>4: إجراء عام</translation>
    </message>
    <message>
        <source>5: a specific action</source>
        <translation>5: إجراء محدد</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>NRTD Desktop</source>
        <translation>نظام متابعة التوصيات</translation>
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
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم (YYYY-MM-DD)</translation>
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
</TS>
