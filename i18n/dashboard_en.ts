<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="329" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="68" />
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="69" />
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="70" />
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="71" />
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="72" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="73" />
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="74" />
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="75" />
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="76" />
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="77" />
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="78" />
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="79" />
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="243" />
        <source>Open challenges</source>
        <translation>Open challenges</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="288" />
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="336" />
        <source>Progress updates</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="297" />
        <location filename="../nrtd_desktop/ui/dashboard_charts.py" line="337" />
        <source>Average progress (%)</source>
        <translation>Average progress (%)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="62" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="63" />
        <source>Recommendation or cluster</source>
        <translation>Recommendation or cluster</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="64" />
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="65" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="66" />
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="69" />
        <source>Actions ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="87" />
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="88" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="90" />
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_records.py" line="93" />
        <source>Challenges ({count})</source>
        <translation>Challenges ({count})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="101" />
        <source>All mechanisms</source>
        <translation>All mechanisms</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="109" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="113" />
        <source>Mechanism:</source>
        <translation>Mechanism:</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="144" />
        <source>Status by mechanism</source>
        <translation>Status by mechanism</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="147" />
        <source>Status by theme (largest five)</source>
        <translation>Status by theme (largest five)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="150" />
        <source>Status by lead entity (largest five)</source>
        <translation>Status by lead entity (largest five)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="152" />
        <source>Progress reported per month</source>
        <translation>Progress reported per month</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="154" />
        <source>Open challenges by category</source>
        <translation>Open challenges by category</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="227" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="228" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="262" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="263" />
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="264" />
        <source>Partly implemented</source>
        <translation>Partly implemented</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="265" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="266" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="267" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="268" />
        <source>Due in 30 days</source>
        <translation>Due in 30 days</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="269" />
        <source>Due in 90 days</source>
        <translation>Due in 90 days</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="270" />
        <source>Open challenges</source>
        <translation>Open challenges</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="284" />
        <source>Figures on {today}</source>
        <translation>Figures on {today}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="286" />
        <source>Progress reported per month, {start} to {end}</source>
        <translation>Progress reported per month, {start} to {end}</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../nrtd_desktop/ui/dashboard_page.py" line="70" />
        <source>Open these {count} records</source>
        <translation>Open these {count} records</translation>
    </message>
</context>
</TS>