<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Export</name>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="31" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="32" />
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="33" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="34" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="35" />
        <source>Progress updates</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="36" />
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="37" />
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="56" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="60" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="77" />
        <source>Language of the workbook:</source>
        <translation>Language of the workbook:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="78" />
        <source>Only the recommendations of the register's current filter</source>
        <translation>Only the recommendations of the register's current filter</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="88" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="92" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="97" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="105" />
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/export_dialog.py" line="143" />
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="64" />
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="116" />
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="65" />
        <source>Several files make one import: all of them are imported, or none.</source>
        <translation>Several files make one import: all of them are imported, or none.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="71" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="74" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="86" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="89" />
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="92" />
        <source>all States (or a name: Saudi Arabia, السعودية, SAU)</source>
        <translation>all States (or a name: Saudi Arabia, السعودية, SAU)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="93" />
        <source>Only recommendations to:</source>
        <translation>Only recommendations to:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="94" />
        <source>Column mapping…</source>
        <translation>Column mapping…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="101" />
        <source>Mapping:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="116" />
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="166" />
        <source>{count} column(s) chosen</source>
        <translation>{count} column(s) chosen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="51" />
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="52" />
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>UHRI export (Universal Human Rights Index)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="53" />
        <source>UPR Info database</source>
        <translation>UPR Info database</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="54" />
        <source>Workbook exported by this program</source>
        <translation>Workbook exported by this program</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="55" />
        <source>Another spreadsheet, through a column mapping</source>
        <translation>Another spreadsheet, through a column mapping</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="56" />
        <source>not recognised: choose a column mapping</source>
        <translation>not recognised: choose a column mapping</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="381" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="385" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="418" />
        <source>Workbook written: {path}</source>
        <translation>Workbook written: {path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="355" />
        <source>Import recommendations</source>
        <translation>Import recommendations</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="37" />
        <source>Text (either language)</source>
        <translation>Text (either language)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="38" />
        <source>English text</source>
        <translation>English text</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="39" />
        <source>Arabic text</source>
        <translation>Arabic text</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="40" />
        <source>Identifier of the row</source>
        <translation>Identifier of the row</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="41" />
        <source>Mechanism (UPR, TB, SP)</source>
        <translation>Mechanism (UPR, TB, SP)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="42" />
        <source>Recommending body</source>
        <translation>Recommending body</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="43" />
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="44" />
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="45" />
        <source>Publication date</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="46" />
        <source>UPR session</source>
        <translation>UPR session</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="47" />
        <source>State under review</source>
        <translation>State under review</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="48" />
        <source>Recommending States</source>
        <translation>Recommending States</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="49" />
        <source>Position of the State</source>
        <translation>Position of the State</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="50" />
        <source>Action category (1-5)</source>
        <translation>Action category (1-5)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="51" />
        <source>Recommendation or observation</source>
        <translation>Recommendation or observation</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="52" />
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="53" />
        <source>Affected persons</source>
        <translation>Affected persons</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="54" />
        <source>SDG targets</source>
        <translation>SDG targets</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="55" />
        <source>Regions concerned</source>
        <translation>Regions concerned</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="56" />
        <source>Recommending regions</source>
        <translation>Recommending regions</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="78" />
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="85" />
        <source>The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.</source>
        <translation>The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="102" />
        <source>Saved mapping:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="105" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="118" />
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="129" />
        <source>Save this mapping as:</source>
        <translation>Save this mapping as:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/mapping_dialog.py" line="132" />
        <source>a name, to use it again (optional)</source>
        <translation>a name, to use it again (optional)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="179" />
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="180" />
        <source>Nothing is written yet.</source>
        <translation>Nothing is written yet.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="182" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="190" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="190" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="195" />
        <source>Import anyway, leaving out the values that match nothing</source>
        <translation>Import anyway, leaving out the values that match nothing</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="198" />
        <source>Save the problems as a workbook…</source>
        <translation>Save the problems as a workbook…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="213" />
        <source>Reading and comparing…</source>
        <translation>Reading and comparing…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="235" />
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="270" />
        <source>Save the problems</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="270" />
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="293" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="306" />
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="336" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="316" />
        <source>Imported: {new} new and {updated} updated recommendations, in {seconds} s.
A snapshot of the database was taken before: {backup}</source>
        <translation>Imported: {new} new and {updated} updated recommendations, in {seconds} s.
A snapshot of the database was taken before: {backup}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/import_wizard.py" line="329" />
        <source>Nothing was imported: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
</context>
</TS>