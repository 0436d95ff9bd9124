<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>Export</name>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="31" />
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="32" />
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="33" />
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="34" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="35" />
        <source>Progress updates</source>
        <translation>تحديثات التقدم</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="36" />
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="37" />
        <source>Entities</source>
        <translation>الجهات</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="56" />
        <source>Export to Excel</source>
        <translation>التصدير إلى Excel</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="60" />
        <source>Sheets</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="77" />
        <source>Language of the workbook:</source>
        <translation>لغة المصنف:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="78" />
        <source>Only the recommendations of the register's current filter</source>
        <translation>توصيات التصفية الحالية للسجل فقط</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="88" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="92" />
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="97" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="105" />
        <source>Workbooks (*.xlsx)</source>
        <translation>مصنفات (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="143" />
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="64" />
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="116" />
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="65" />
        <source>Several files make one import: all of them are imported, or none.</source>
        <translation>الملفات المتعددة استيراد واحد: تُستورد كلها أو لا يُستورد شيء منها.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="71" />
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="74" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="86" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="89" />
        <source>Detected:</source>
        <translation>الصيغة المكتشفة:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="92" />
        <source>all States (or a name: Saudi Arabia, السعودية, SAU)</source>
        <translation>كل الدول (أو اسم دولة: السعودية، Saudi Arabia، SAU)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="93" />
        <source>Only recommendations to:</source>
        <translation>التوصيات الموجهة إلى:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="94" />
        <source>Column mapping…</source>
        <translation>مطابقة الأعمدة…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="101" />
        <source>Mapping:</source>
        <translation>المطابقة:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="116" />
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>جداول بيانات (*.xlsx *.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="166" />
        <source>{count} column(s) chosen</source>
        <translation>عدد الأعمدة المختارة: {count}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="51" />
        <source>Detect from the file</source>
        <translation>اكتشافها من الملف</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="52" />
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>ملف مُصدَّر من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="53" />
        <source>UPR Info database</source>
        <translation>قاعدة بيانات UPR Info</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="54" />
        <source>Workbook exported by this program</source>
        <translation>مصنف صدّره هذا البرنامج</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="55" />
        <source>Another spreadsheet, through a column mapping</source>
        <translation>جدول بيانات آخر، عبر مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="56" />
        <source>not recognised: choose a column mapping</source>
        <translation>غير معروفة: اختر مطابقة للأعمدة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="381" />
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="385" />
        <source>Export to Excel…</source>
        <translation>التصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="418" />
        <source>Workbook written: {path}</source>
        <translation>كُتب المصنف: {path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="355" />
        <source>Import recommendations</source>
        <translation>استيراد التوصيات</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="37" />
        <source>Text (either language)</source>
        <translation>النص (بأي من اللغتين)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="38" />
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="39" />
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="40" />
        <source>Identifier of the row</source>
        <translation>معرّف الصف</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="41" />
        <source>Mechanism (UPR, TB, SP)</source>
        <translation>الآلية (UPR أو TB أو SP)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="42" />
        <source>Recommending body</source>
        <translation>الجهة الموصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="43" />
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="44" />
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="45" />
        <source>Publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="46" />
        <source>UPR session</source>
        <translation>دورة الاستعراض</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="47" />
        <source>State under review</source>
        <translation>الدولة محل الاستعراض</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="48" />
        <source>Recommending States</source>
        <translation>الدول الموصية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="49" />
        <source>Position of the State</source>
        <translation>موقف الدولة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="50" />
        <source>Action category (1-5)</source>
        <translation>فئة الإجراء (1-5)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="51" />
        <source>Recommendation or observation</source>
        <translation>توصية أو ملاحظة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="52" />
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="53" />
        <source>Affected persons</source>
        <translation>الفئات المعنية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="54" />
        <source>SDG targets</source>
        <translation>غايات التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="55" />
        <source>Regions concerned</source>
        <translation>المناطق المعنية</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="56" />
        <source>Recommending regions</source>
        <translation>مناطق الدول الموصية</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="78" />
        <source>Which column holds what</source>
        <translation>أي عمود يحتوي على أي حقل</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="85" />
        <source>The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.</source>
        <translation>الصفوف الأولى من {file}. اختر لكل حقل العمود الذي يحتويه؛ والنص مطلوب على الأقل.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="102" />
        <source>Saved mapping:</source>
        <translation>مطابقة محفوظة:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="105" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="118" />
        <source>(not in the file)</source>
        <translation>(غير موجود في الملف)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="129" />
        <source>Save this mapping as:</source>
        <translation>حفظ هذه المطابقة باسم:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="132" />
        <source>a name, to use it again (optional)</source>
        <translation>اسم لاستخدامها مرة أخرى (اختياري)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="179" />
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="180" />
        <source>Nothing is written yet.</source>
        <translation>لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="182" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="190" />
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="190" />
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="195" />
        <source>Import anyway, leaving out the values that match nothing</source>
        <translation>الاستيراد مع إغفال القيم التي لا تطابق شيئاً</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="198" />
        <source>Save the problems as a workbook…</source>
        <translation>حفظ المشكلات في مصنف…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="213" />
        <source>Reading and comparing…</source>
        <translation>جارٍ القراءة والمقارنة…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="235" />
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="270" />
        <source>Save the problems</source>
        <translation>حفظ المشكلات</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="270" />
        <source>Workbooks (*.xlsx)</source>
        <translation>مصنفات (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="293" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="306" />
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="336" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="316" />
        <source>Imported: {new} new and {updated} updated recommendations, in {seconds} s.
A snapshot of the database was taken before: {backup}</source>
        <translation>تم الاستيراد: {new} توصية جديدة و{updated} توصية محدَّثة، في {seconds} ثانية.
أُخذت نسخة احتياطية من قاعدة البيانات قبله: {backup}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="329" />
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
</context>
</TS>