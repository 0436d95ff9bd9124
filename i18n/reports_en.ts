<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="444"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="124"/>
        <source>By thematic cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="125"/>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="132"/>
        <source>For example UPR-3-122.45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="134"/>
        <source>Limit to a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="145"/>
        <source>Use the register&apos;s current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="153"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="154"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="155"/>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="156"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="157"/>
        <source>Thematic cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="158"/>
        <source>Recommendation reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="161"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="163"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="166"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="169"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="229"/>
        <source>The preview shows the first page of the report (drawn by pdftoppm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="230"/>
        <source>This computer cannot draw a preview; the report can still be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="237"/>
        <source>National action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="238"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="239"/>
        <source>Entity sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="240"/>
        <source>Challenges analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="241"/>
        <source>Recommendation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="251"/>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="281"/>
        <source>Every recommendation is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="286"/>
        <source>The report covers the {count} recommendations the register shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="327"/>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="365"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="332"/>
        <source>Save report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="356"/>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="401"/>
        <source>Reading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="366"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="376"/>
        <source>Page 1 of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="377"/>
        <source>Preview ready: the report has {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="385"/>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="385"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="403"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="410"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="411"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/reports_page.py" line="422"/>
        <source>The report was saved to {path} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
