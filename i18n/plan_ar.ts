<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="58" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="63" />
        <source>What will be done</source>
        <translation>ما سيُنفَّذ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="64" />
        <source>Who, when and with what</source>
        <translation>الجهات والتوقيت والموارد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="66" />
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="67" />
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="68" />
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="69" />
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="70" />
        <source>Expected output (Arabic)</source>
        <translation>المخرج المتوقع (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="71" />
        <source>Expected output (English)</source>
        <translation>المخرج المتوقع (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="73" />
        <source>No lead entity yet</source>
        <translation>لم تُحدد جهة رئيسية بعد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="75" />
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="76" />
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="78" />
        <source>Partner entities</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="81" />
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="82" />
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="85" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="86" />
        <source>Resources or budget</source>
        <translation>الموارد أو الميزانية</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="88" />
        <source>Implementation plan</source>
        <translation>خطة التنفيذ</translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="303" />
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="308" />
        <source>Concerns</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="311" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="314" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="315" />
        <source>No particular entity</source>
        <translation>لا جهة بعينها</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="317" />
        <source>Entity concerned</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="319" />
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="320" />
        <source>Description (English)</source>
        <translation>الوصف (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="321" />
        <source>Effect on implementation (Arabic)</source>
        <translation>الأثر على التنفيذ (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="322" />
        <source>Effect on implementation (English)</source>
        <translation>الأثر على التنفيذ (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="323" />
        <source>Mitigation (Arabic)</source>
        <translation>إجراءات المعالجة (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="324" />
        <source>Mitigation (English)</source>
        <translation>إجراءات المعالجة (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="325" />
        <source>Support needed, e.g. technical cooperation (Arabic)</source>
        <translation>الدعم المطلوب، كالتعاون الفني (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="326" />
        <source>Support needed, e.g. technical cooperation (English)</source>
        <translation>الدعم المطلوب، كالتعاون الفني (بالإنجليزية)</translation>
    </message>
</context>
<context>
    <name>ChallengesAnalysis</name>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="68" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="69" />
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="70" />
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="74" />
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="75" />
        <source>By entity</source>
        <translation>حسب الجهة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="76" />
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="84" />
        <source>Every status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="116" />
        <source>{total} challenges: {open} open, {addressed} being addressed, {resolved} resolved. {support} ask for support (for example technical cooperation).</source>
        <translation>عدد التحديات {total}: {open} قائمة، و{addressed} قيد المعالجة، و{resolved} تمت معالجتها. {support} منها تطلب دعماً (كالتعاون الفني).</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="139" />
        <source>All challenges ({count})</source>
        <translation>جميع التحديات ({count})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="145" />
        <source>Challenges of “{name}” ({count})</source>
        <translation>تحديات «{name}» ({count})</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="35" />
        <source>Open</source>
        <translation>قائم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="36" />
        <source>Being addressed</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="37" />
        <source>Resolved</source>
        <translation>تمت معالجته</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="38" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="31" />
        <source>Plan of</source>
        <translation>خطة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="32" />
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="33" />
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="34" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="151" />
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="159" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="160" />
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="161" />
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="163" />
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="164" />
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="165" />
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="166" />
        <source>Unit</source>
        <translation>وحدة القياس</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="167" />
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="170" />
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="172" />
        <source>Reporting frequency</source>
        <translation>دورية التقرير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="174" />
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="175" />
        <source>The lead entity of the action or recommendation</source>
        <translation>الجهة الرئيسية للإجراء أو التوصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="177" />
        <source>Responsible entity</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="218" />
        <source>SMART: specific, measurable, assignable, relevant and time-bound.</source>
        <translation>مستوفٍ لمعايير SMART: محدد، وقابل للقياس، ومحدد المسؤولية، وذو صلة، ومحدد زمنياً.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="221" />
        <source>Not yet SMART:</source>
        <translation>لم يستوفِ معايير SMART بعد:</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="380" />
        <source>Set the status by hand</source>
        <translation>تحديد الحالة يدوياً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="384" />
        <source>The status will no longer follow the actions until you give it back to them.</source>
        <translation>لن تتبع الحالة الإجراءات بعد الآن حتى تعيدها إليها.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="390" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="393" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="81" />
        <source>Find a recommendation by reference or words</source>
        <translation>ابحث عن توصية برمزها أو بكلمات من نصها</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="102" />
        <source>Cluster: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="168" />
        <source>Set the status by hand…</source>
        <translation>تحديد الحالة يدوياً…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="171" />
        <source>Let the actions decide the status</source>
        <translation>إعادة الحالة إلى الإجراءات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="180" />
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="181" />
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="206" />
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="216" />
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="262" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="182" />
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="183" />
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="184" />
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="185" />
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="207" />
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="217" />
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="264" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="193" />
        <source>Actions of the cluster, shared by its recommendations (edit them from the cluster's plan):</source>
        <translation>إجراءات المجموعة المواضيعية المشتركة بين توصياتها (تُعدَّل من خطة المجموعة):</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="204" />
        <source>Add progress update</source>
        <translation>إضافة تحديث للتقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="214" />
        <source>Add challenge</source>
        <translation>إضافة تحدٍّ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="222" />
        <source>Indicators of the action</source>
        <translation>مؤشرات الإجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="223" />
        <source>Progress updates</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="224" />
        <source>Indicators of the recommendation</source>
        <translation>مؤشرات التوصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="225" />
        <source>Challenges and obstacles</source>
        <translation>التحديات والعقبات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="258" />
        <source>Add indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="291" />
        <source>Choose a recommendation or a cluster to plan its implementation.</source>
        <translation>اختر توصية أو مجموعة مواضيعية لتخطيط تنفيذها.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="299" />
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="299" />
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="333" />
        <source>{count} actions planned for the cluster.</source>
        <translation>عدد الإجراءات المخططة للمجموعة: {count}.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="334" />
        <source>{late} overdue.</source>
        <translation>المتأخر منها: {late}.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="337" />
        <source>Status: {status}, set by hand ({reason}).</source>
        <translation>الحالة: {status}، محددة يدوياً ({reason}).</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="344" />
        <source>Status: {status}, but its actions say {rolled}; it will follow them at the next change.</source>
        <translation>الحالة: {status}، لكن إجراءاتها تشير إلى «{rolled}»؛ وستتبعها عند أول تغيير.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="347" />
        <source>Status: {status}, from its actions.</source>
        <translation>الحالة: {status}، محسوبة من إجراءاتها.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="349" />
        <source>Status: {status}. No action yet to derive it from.</source>
        <translation>الحالة: {status}. لا توجد إجراءات بعد تُحسب منها.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="351" />
        <source>Overdue: an action is past its end date.</source>
        <translation>متأخرة: تجاوز أحد الإجراءات تاريخ انتهائه.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="368" />
        <source>Implementation plan</source>
        <translation>خطة التنفيذ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="403" />
        <source>add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="409" />
        <source>Action added.</source>
        <translation>أُضيف الإجراء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="414" />
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="435" />
        <source>edit action</source>
        <translation>تعديل إجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="442" />
        <source>Action saved.</source>
        <translation>حُفظ الإجراء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="445" />
        <source>Edit action: {title}</source>
        <translation>تعديل الإجراء: {title}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="460" />
        <source>duplicate action</source>
        <translation>نسخ إجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="466" />
        <source>Action duplicated.</source>
        <translation>نُسخ الإجراء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="487" />
        <source>move action</source>
        <translation>نقل إجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="494" />
        <source>Action moved.</source>
        <translation>نُقل الإجراء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="504" />
        <source>Delete action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="506" />
        <source>Delete the action “{title}” with its indicators and progress updates? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف الإجراء «{title}» مع مؤشراته وتحديثات تقدمه؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="519" />
        <source>delete action</source>
        <translation>حذف إجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="526" />
        <source>Action deleted.</source>
        <translation>حُذف الإجراء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="545" />
        <source>add indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="551" />
        <source>Indicator added.</source>
        <translation>أُضيف المؤشر.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="561" />
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="585" />
        <source>edit indicator</source>
        <translation>تعديل مؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="592" />
        <source>Indicator saved.</source>
        <translation>حُفظ المؤشر.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="604" />
        <source>Edit indicator</source>
        <translation>تعديل المؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="613" />
        <source>Delete indicator</source>
        <translation>حذف المؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="614" />
        <source>Delete the indicator “{name}”? Its progress updates stay with the action.</source>
        <translation>هل تريد حذف المؤشر «{name}»؟ تبقى تحديثات التقدم المرتبطة به مع الإجراء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="627" />
        <source>delete indicator</source>
        <translation>حذف مؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="634" />
        <source>Indicator deleted.</source>
        <translation>حُذف المؤشر.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="653" />
        <source>add progress update</source>
        <translation>إضافة تحديث للتقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="659" />
        <source>Progress update added.</source>
        <translation>أُضيف تحديث التقدم.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="669" />
        <source>New progress update</source>
        <translation>تحديث جديد للتقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="692" />
        <source>edit progress update</source>
        <translation>تعديل تحديث للتقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="699" />
        <source>Progress update saved.</source>
        <translation>حُفظ تحديث التقدم.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="710" />
        <source>Edit progress update</source>
        <translation>تعديل تحديث التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="719" />
        <source>Delete progress update</source>
        <translation>حذف تحديث التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="720" />
        <source>Delete the progress update of {date}?</source>
        <translation>هل تريد حذف تحديث التقدم المؤرخ في {date}؟</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="731" />
        <source>delete progress update</source>
        <translation>حذف تحديث للتقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="738" />
        <source>Progress update deleted.</source>
        <translation>حُذف تحديث التقدم.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="753" />
        <source>{owner}, action “{title}”</source>
        <translation>{owner}، الإجراء «{title}»</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="766" />
        <source>add challenge</source>
        <translation>إضافة تحدٍّ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="772" />
        <source>Challenge added.</source>
        <translation>أُضيف التحدي.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="777" />
        <source>New challenge</source>
        <translation>تحدٍّ جديد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="799" />
        <source>edit challenge</source>
        <translation>تعديل تحدٍّ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="806" />
        <source>Challenge saved.</source>
        <translation>حُفظ التحدي.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="818" />
        <source>Edit challenge</source>
        <translation>تعديل التحدي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="825" />
        <source>Delete challenge</source>
        <translation>حذف التحدي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="825" />
        <source>Delete this challenge? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا التحدي؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="836" />
        <source>delete challenge</source>
        <translation>حذف تحدٍّ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="843" />
        <source>Challenge deleted.</source>
        <translation>حُذف التحدي.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="872" />
        <source>set status by hand</source>
        <translation>تحديد الحالة يدوياً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="879" />
        <source>Status set by hand.</source>
        <translation>حُددت الحالة يدوياً.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="900" />
        <source>let the actions decide the status</source>
        <translation>إعادة الحالة إلى الإجراءات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="907" />
        <source>Status follows the actions again.</source>
        <translation>عادت الحالة تتبع الإجراءات.</translation>
    </message>
</context>
<context>
    <name>PlanHealthView</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="49" />
        <source>Recommendations with no lead entity</source>
        <translation>توصيات بلا جهة رئيسية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="50" />
        <source>Recommendations with no action (noted ones left out)</source>
        <translation>توصيات بلا إجراءات (دون التوصيات المحاط بها علماً)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="51" />
        <source>Actions with no indicator</source>
        <translation>إجراءات بلا مؤشرات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="52" />
        <source>Actions with no start or end date</source>
        <translation>إجراءات بلا تاريخ بدء أو انتهاء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="53" />
        <source>Overdue actions</source>
        <translation>إجراءات متأخرة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="54" />
        <source>Indicators with no recent progress</source>
        <translation>مؤشرات بلا تقدم حديث</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="63" />
        <source>days</source>
        <translation>يوماً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="67" />
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="127" />
        <source>Double-click a line to open its plan.</source>
        <translation>انقر مرتين على سطر لفتح خطته.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="73" />
        <source>No progress for</source>
        <translation>دون تقدم منذ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="100" />
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="123" />
        <source>The first {shown} of {count} are listed. Double-click a line to open its plan.</source>
        <translation>تُعرض أول {shown} من {count}. انقر مرتين على سطر لفتح خطته.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="17" />
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="18" />
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="19" />
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="20" />
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="26" />
        <source>Structural</source>
        <translation>هيكلي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="27" />
        <source>Process</source>
        <translation>إجرائي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="28" />
        <source>Outcome</source>
        <translation>نتائجي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="34" />
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="35" />
        <source>Quarterly</source>
        <translation>ربع سنوي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="36" />
        <source>Every six months</source>
        <translation>نصف سنوي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="37" />
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="38" />
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="44" />
        <source>Legislative</source>
        <translation>تشريعية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="45" />
        <source>Institutional</source>
        <translation>مؤسسية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="46" />
        <source>Financial</source>
        <translation>مالية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="47" />
        <source>Human capacity</source>
        <translation>القدرات البشرية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="48" />
        <source>Data and statistics</source>
        <translation>البيانات والإحصاءات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="49" />
        <source>Social and cultural</source>
        <translation>اجتماعية وثقافية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="50" />
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="51" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="57" />
        <source>Open</source>
        <translation>قائم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="58" />
        <source>Being addressed</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="59" />
        <source>Resolved</source>
        <translation>تمت معالجته</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="65" />
        <source>Specific</source>
        <translation>محدد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="66" />
        <source>Measurable</source>
        <translation>قابل للقياس</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="67" />
        <source>Assignable</source>
        <translation>محدد المسؤولية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="68" />
        <source>Relevant</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="69" />
        <source>Time-bound</source>
        <translation>محدد زمنياً</translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="90" />
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="98" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="100" />
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="104" />
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="108" />
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="111" />
        <location filename="../nrtd_desktop/ui/plan_models.py" line="247" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="113" />
        <location filename="../nrtd_desktop/ui/plan_models.py" line="211" />
        <source>Progress</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="116" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="154" />
        <source>SMART</source>
        <translation>مستوفٍ لمعايير SMART</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="155" />
        <source>Missing: {properties}</source>
        <translation>ينقصه: {properties}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="164" />
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="166" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="170" />
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="173" />
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="175" />
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="178" />
        <source>SMART check</source>
        <translation>فحص SMART</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="207" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="215" />
        <source>What happened</source>
        <translation>ما تحقق</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="218" />
        <source>Evidence</source>
        <translation>الشواهد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="220" />
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="251" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="255" />
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="258" />
        <source>Concerns</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="260" />
        <source>Support needed</source>
        <translation>الدعم المطلوب</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="33" />
        <source>Plan editor</source>
        <translation>محرر الخطة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="34" />
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="35" />
        <source>Challenges analysis</source>
        <translation>تحليل التحديات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="36" />
        <source>Plan health</source>
        <translation>سلامة الخطة</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="240" />
        <source>Progress update</source>
        <translation>تحديث التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="247" />
        <source>Date of the report</source>
        <translation>تاريخ التقرير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="250" />
        <source>Not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="253" />
        <source>Progress (percent)</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="254" />
        <source>What happened (Arabic)</source>
        <translation>ما تحقق (بالعربية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="255" />
        <source>What happened (English)</source>
        <translation>ما تحقق (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="256" />
        <source>Evidence (document, letter, link)</source>
        <translation>الشواهد (وثيقة أو خطاب أو رابط)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="257" />
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="259" />
        <source>Reporting entity</source>
        <translation>الجهة المُبلِّغة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="260" />
        <source>Reported by (person)</source>
        <translation>اسم المُبلِّغ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="261" />
        <source>The action as a whole</source>
        <translation>الإجراء ككل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="263" />
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="139" />
        <source>No dated action to show. Give the actions a start and an end date.</source>
        <translation>لا توجد إجراءات مؤرخة لعرضها. حدّد للإجراءات تاريخ بدء وتاريخ انتهاء.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="148" />
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="236" />
        <source>From {start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="238" />
        <source>{status}, overdue</source>
        <translation>{status}، متأخر</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="258" />
        <source>The whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="261" />
        <source>Cluster: {name}</source>
        <translation>المجموعة: {name}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="265" />
        <source>Entity: {name}</source>
        <translation>الجهة: {name}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="278" />
        <source>Red: overdue. Blue: in progress (darker part: progress reported). Green: completed. Grey: not started. Dashed line: today. Double-click a bar to open its plan.</source>
        <translation>الأحمر: متأخر. الأزرق: قيد التنفيذ (الجزء الأغمق: الإنجاز المُبلَّغ عنه). الأخضر: مكتمل. الرمادي: لم يبدأ. الخط المتقطع: اليوم. انقر مرتين على شريط لفتح خطته.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="285" />
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="302" />
        <source>{count} actions, {late} overdue.</source>
        <translation>عدد الإجراءات {count}، المتأخر منها {late}.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="304" />
        <source>{undated} without dates are not shown.</source>
        <translation>لا تُعرض {undated} بلا تواريخ.</translation>
    </message>
</context>
</TS>