<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="329" />
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="68" />
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="69" />
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="70" />
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="71" />
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="72" />
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="73" />
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="74" />
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="75" />
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="76" />
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="77" />
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="78" />
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="79" />
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="243" />
        <source>Open challenges</source>
        <translation>تحديات قائمة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="288" />
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="336" />
        <source>Progress updates</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="297" />
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="337" />
        <source>Average progress (%)</source>
        <translation>متوسط نسبة الإنجاز (%)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="62" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="63" />
        <source>Recommendation or cluster</source>
        <translation>التوصية أو المجموعة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="64" />
        <source>Lead entity</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="65" />
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="66" />
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="89" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="69" />
        <source>Actions ({count})</source>
        <translation>الإجراءات ({count})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="87" />
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="88" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="90" />
        <source>Entity</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="93" />
        <source>Challenges ({count})</source>
        <translation>التحديات ({count})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="101" />
        <source>All mechanisms</source>
        <translation>جميع الآليات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="109" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="113" />
        <source>Mechanism:</source>
        <translation>الآلية:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="144" />
        <source>Status by mechanism</source>
        <translation>حالة التنفيذ حسب الآلية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="147" />
        <source>Status by theme (largest five)</source>
        <translation>حالة التنفيذ حسب الموضوع (أكبر خمسة)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="150" />
        <source>Status by lead entity (largest five)</source>
        <translation>حالة التنفيذ حسب الجهة الرئيسية (أكبر خمس)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="152" />
        <source>Progress reported per month</source>
        <translation>التقدم المُبلَّغ عنه شهرياً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="154" />
        <source>Open challenges by category</source>
        <translation>التحديات القائمة حسب الفئة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="227" />
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="228" />
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="262" />
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="263" />
        <source>Implemented</source>
        <translation>منفذة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="264" />
        <source>Partly implemented</source>
        <translation>منفذة جزئياً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="265" />
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="266" />
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="267" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="268" />
        <source>Due in 30 days</source>
        <translation>مستحقة خلال 30 يوماً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="269" />
        <source>Due in 90 days</source>
        <translation>مستحقة خلال 90 يوماً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="270" />
        <source>Open challenges</source>
        <translation>تحديات قائمة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="284" />
        <source>Figures on {today}</source>
        <translation>الأرقام في {today}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="286" />
        <source>Progress reported per month, {start} to {end}</source>
        <translation>التقدم المُبلَّغ عنه شهرياً، من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="70" />
        <source>Open these {count} records</source>
        <translation>افتح هذه السجلات ({count})</translation>
    </message>
</context>
</TS>