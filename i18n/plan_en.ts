<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="58"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="63"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="64"/>
        <source>Who, when and with what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="66"/>
        <source>Title (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="67"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="68"/>
        <source>Description (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="69"/>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="70"/>
        <source>Expected output (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="71"/>
        <source>Expected output (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="73"/>
        <source>No lead entity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="75"/>
        <source>Lead entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="76"/>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="78"/>
        <source>Partner entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="81"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="82"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="85"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="86"/>
        <source>Resources or budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="88"/>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="303"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="308"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="311"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="314"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="315"/>
        <source>No particular entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="317"/>
        <source>Entity concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="319"/>
        <source>Description (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="320"/>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="321"/>
        <source>Effect on implementation (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="322"/>
        <source>Effect on implementation (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="323"/>
        <source>Mitigation (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="324"/>
        <source>Mitigation (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="325"/>
        <source>Support needed, e.g. technical cooperation (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="326"/>
        <source>Support needed, e.g. technical cooperation (English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengesAnalysis</name>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="68"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="69"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="70"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="74"/>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="75"/>
        <source>By entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="76"/>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="84"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="116"/>
        <source>{total} challenges: {open} open, {addressed} being addressed, {resolved} resolved. {support} ask for support (for example technical cooperation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="139"/>
        <source>All challenges ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="145"/>
        <source>Challenges of “{name}” ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="35"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="36"/>
        <source>Being addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="37"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/challenges_page.py" line="38"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="31"/>
        <source>Plan of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="32"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="33"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="34"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="151"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="159"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="160"/>
        <source>Name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="161"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="163"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="164"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="165"/>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="166"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="167"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="170"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="172"/>
        <source>Reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="174"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="175"/>
        <source>The lead entity of the action or recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="177"/>
        <source>Responsible entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="218"/>
        <source>SMART: specific, measurable, assignable, relevant and time-bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="221"/>
        <source>Not yet SMART:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="380"/>
        <source>Set the status by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="384"/>
        <source>The status will no longer follow the actions until you give it back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="390"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="393"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="81"/>
        <source>Find a recommendation by reference or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="102"/>
        <source>Cluster: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="168"/>
        <source>Set the status by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="171"/>
        <source>Let the actions decide the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="180"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="181"/>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="206"/>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="216"/>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="262"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="182"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="183"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="184"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="185"/>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="207"/>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="217"/>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="264"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="193"/>
        <source>Actions of the cluster, shared by its recommendations (edit them from the cluster&apos;s plan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="204"/>
        <source>Add progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="214"/>
        <source>Add challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="222"/>
        <source>Indicators of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="223"/>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="224"/>
        <source>Indicators of the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="225"/>
        <source>Challenges and obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="258"/>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="291"/>
        <source>Choose a recommendation or a cluster to plan its implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="299"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="299"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="333"/>
        <source>{count} actions planned for the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="334"/>
        <source>{late} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="337"/>
        <source>Status: {status}, set by hand ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="344"/>
        <source>Status: {status}, but its actions say {rolled}; it will follow them at the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="347"/>
        <source>Status: {status}, from its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="349"/>
        <source>Status: {status}. No action yet to derive it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="351"/>
        <source>Overdue: an action is past its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="368"/>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="403"/>
        <source>add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="409"/>
        <source>Action added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="414"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="435"/>
        <source>edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="442"/>
        <source>Action saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="445"/>
        <source>Edit action: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="460"/>
        <source>duplicate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="466"/>
        <source>Action duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="487"/>
        <source>move action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="494"/>
        <source>Action moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="504"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="506"/>
        <source>Delete the action “{title}” with its indicators and progress updates? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="519"/>
        <source>delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="526"/>
        <source>Action deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="545"/>
        <source>add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="551"/>
        <source>Indicator added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="561"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="585"/>
        <source>edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="592"/>
        <source>Indicator saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="604"/>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="613"/>
        <source>Delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="614"/>
        <source>Delete the indicator “{name}”? Its progress updates stay with the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="627"/>
        <source>delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="634"/>
        <source>Indicator deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="653"/>
        <source>add progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="659"/>
        <source>Progress update added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="669"/>
        <source>New progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="692"/>
        <source>edit progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="699"/>
        <source>Progress update saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="710"/>
        <source>Edit progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="719"/>
        <source>Delete progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="720"/>
        <source>Delete the progress update of {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="731"/>
        <source>delete progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="738"/>
        <source>Progress update deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="753"/>
        <source>{owner}, action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="766"/>
        <source>add challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="772"/>
        <source>Challenge added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="777"/>
        <source>New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="799"/>
        <source>edit challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="806"/>
        <source>Challenge saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="818"/>
        <source>Edit challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="825"/>
        <source>Delete challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="825"/>
        <source>Delete this challenge? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="836"/>
        <source>delete challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="843"/>
        <source>Challenge deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="872"/>
        <source>set status by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="879"/>
        <source>Status set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="900"/>
        <source>let the actions decide the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_editor.py" line="907"/>
        <source>Status follows the actions again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHealthView</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="49"/>
        <source>Recommendations with no lead entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="50"/>
        <source>Recommendations with no action (noted ones left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="51"/>
        <source>Actions with no indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="52"/>
        <source>Actions with no start or end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="53"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="54"/>
        <source>Indicators with no recent progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="63"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="67"/>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="127"/>
        <source>Double-click a line to open its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="73"/>
        <source>No progress for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="100"/>
        <source>{title}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_health_page.py" line="123"/>
        <source>The first {shown} of {count} are listed. Double-click a line to open its plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="17"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="18"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="19"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="20"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="26"/>
        <source>Structural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="27"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="28"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="34"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="35"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="36"/>
        <source>Every six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="37"/>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="38"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="44"/>
        <source>Legislative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="45"/>
        <source>Institutional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="46"/>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="47"/>
        <source>Human capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="48"/>
        <source>Data and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="49"/>
        <source>Social and cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="50"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="51"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="57"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="58"/>
        <source>Being addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="59"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="65"/>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="66"/>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="67"/>
        <source>Assignable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="68"/>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_labels.py" line="69"/>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="90"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="98"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="100"/>
        <source>Lead entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="104"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="108"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="111"/>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="247"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="113"/>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="211"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="116"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="154"/>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="155"/>
        <source>Missing: {properties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="164"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="166"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="170"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="173"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="175"/>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="178"/>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="207"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="215"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="218"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="220"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="251"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="255"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="258"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_models.py" line="260"/>
        <source>Support needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="33"/>
        <source>Plan editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="34"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="35"/>
        <source>Challenges analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_page.py" line="36"/>
        <source>Plan health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="240"/>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="247"/>
        <source>Date of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="250"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="253"/>
        <source>Progress (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="254"/>
        <source>What happened (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="255"/>
        <source>What happened (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="256"/>
        <source>Evidence (document, letter, link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="257"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="259"/>
        <source>Reporting entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="260"/>
        <source>Reported by (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="261"/>
        <source>The action as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/plan_dialogs.py" line="263"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="139"/>
        <source>No dated action to show. Give the actions a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="148"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="236"/>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="238"/>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="258"/>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="261"/>
        <source>Cluster: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="265"/>
        <source>Entity: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="278"/>
        <source>Red: overdue. Blue: in progress (darker part: progress reported). Green: completed. Grey: not started. Dashed line: today. Double-click a bar to open its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="285"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="302"/>
        <source>{count} actions, {late} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/timeline_view.py" line="304"/>
        <source>{undated} without dates are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
