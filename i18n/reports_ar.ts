<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="444" />
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="124" />
        <source>By thematic cluster</source>
        <translation>حسب المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="125" />
        <source>By theme</source>
        <translation>حسب المواضيع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="132" />
        <source>For example UPR-3-122.45</source>
        <translation>مثل UPR-3-122.45</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="134" />
        <source>Limit to a period</source>
        <translation>تقييد بفترة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="145" />
        <source>Use the register's current filter</source>
        <translation>استخدام عامل التصفية الحالي في السجل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="153" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="154" />
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="155" />
        <source>Grouping</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="156" />
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="157" />
        <source>Thematic cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="158" />
        <source>Recommendation reference</source>
        <translation>رمز التوصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="161" />
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="163" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="166" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="169" />
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="229" />
        <source>The preview shows the first page of the report (drawn by pdftoppm).</source>
        <translation>تعرض المعاينة الصفحة الأولى من التقرير (رسمها برنامج pdftoppm).</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="230" />
        <source>This computer cannot draw a preview; the report can still be saved.</source>
        <translation>لا يستطيع هذا الحاسوب عرض معاينة، ويمكن مع ذلك حفظ التقرير.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="237" />
        <source>National action plan</source>
        <translation>الخطة الوطنية لتنفيذ التوصيات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="238" />
        <source>Progress report</source>
        <translation>تقرير التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="239" />
        <source>Entity sheet</source>
        <translation>بطاقة الجهة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="240" />
        <source>Challenges analysis</source>
        <translation>تحليل التحديات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="241" />
        <source>Recommendation sheet</source>
        <translation>بطاقة التوصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="251" />
        <source>All clusters</source>
        <translation>جميع المجموعات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="281" />
        <source>Every recommendation is included.</source>
        <translation>يشمل التقرير جميع التوصيات.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="286" />
        <source>The report covers the {count} recommendations the register shows.</source>
        <translation>يشمل التقرير التوصيات الظاهرة في السجل وعددها {count}.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="327" />
        <location filename="../nrtd_desktop/ui/reports_page.py" line="365" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="332" />
        <source>Save report as PDF…</source>
        <translation>حفظ التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="356" />
        <location filename="../nrtd_desktop/ui/reports_page.py" line="401" />
        <source>Reading the data…</source>
        <translation>جارٍ قراءة البيانات…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="366" />
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="376" />
        <source>Page 1 of {pages}</source>
        <translation>الصفحة 1 من {pages}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="377" />
        <source>Preview ready: the report has {pages} pages.</source>
        <translation>المعاينة جاهزة: عدد صفحات التقرير {pages}.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="385" />
        <source>Save report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="385" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="403" />
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="410" />
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="411" />
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="422" />
        <source>The report was saved to {path} ({pages} pages).</source>
        <translation>حُفظ التقرير في {path} (عدد الصفحات: {pages}).</translation>
    </message>
</context>
</TS>