<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionEditor</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Who, when and with what</source>
        <translation>Who, when and with what</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>Title (Arabic)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>Description (Arabic)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Expected output (Arabic)</source>
        <translation>Expected output (Arabic)</translation>
    </message>
    <message>
        <source>Expected output (English)</source>
        <translation>Expected output (English)</translation>
    </message>
    <message>
        <source>No lead entity yet</source>
        <translation>No lead entity yet</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Partner entities</source>
        <translation>Partner entities</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resources or budget</source>
        <translation>Resources or budget</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Add a date to the calendar</source>
        <translation>Add a date to the calendar</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>UN body:</source>
        <translation>UN body:</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>What it is:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add recommendations to the cluster</source>
        <translation>Add recommendations to the cluster</translation>
    </message>
    <message>
        <source>References of the recommendations (one per line):</source>
        <translation>References of the recommendations (one per line):</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Report drafts</source>
        <translation>Report drafts</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>No backup yet. The first one is made by itself today, after the program has checked the database; &quot;Back up now&quot; makes one at once.</source>
        <translation>No backup yet. The first one is made by itself today, after the program has checked the database; &quot;Back up now&quot; makes one at once.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months, every backup made by hand, and the snapshots taken before imports, upgrades, restores and merges for 30 days.</source>
        <translation>Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months, every backup made by hand, and the snapshots taken before imports, upgrades, restores and merges for 30 days.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup made and verified: {name}</source>
        <translation>Backup made and verified: {name}</translation>
    </message>
    <message>
        <source>The database is whole (integrity check and foreign keys).</source>
        <translation>The database is whole (integrity check and foreign keys).</translation>
    </message>
    <message>
        <source>The database is damaged: {problems}. Restore the newest good backup.</source>
        <translation>The database is damaged: {problems}. Restore the newest good backup.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the database by the backup of {date} ({count} recommendations)? The current state is backed up first. The program then closes; start it again.</source>
        <translation>Replace the database by the backup of {date} ({count} recommendations)? The current state is backed up first. The program then closes; start it again.</translation>
    </message>
    <message>
        <source>Restored: {count} recommendations. The program closes now; start it again.</source>
        <translation>Restored: {count} recommendations. The program closes now; start it again.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before merging a package</source>
        <translation>Before merging a package</translation>
    </message>
    <message>
        <source>Before a move</source>
        <translation>Before a move</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit {count} recommendations</source>
        <translation>Edit {count} recommendations</translation>
    </message>
    <message>
        <source>No lead entity</source>
        <translation>No lead entity</translation>
    </message>
    <message>
        <source>Outside any cluster</source>
        <translation>Outside any cluster</translation>
    </message>
    <message>
        <source>Computed by the rule (clear the override)</source>
        <translation>Computed by the rule (clear the override)</translation>
    </message>
    <message>
        <source>Why this priority (required when set by hand)</source>
        <translation>Why this priority (required when set by hand)</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>Reason for the priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entities, cluster, priority, status</source>
        <translation>Entities, cluster, priority, status</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>Supporting entities</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>Affected groups</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>SDG targets</translation>
    </message>
    <message>
        <source>Only what you change here is applied; everything else stays as it is. The whole edit is one step of Undo.</source>
        <translation>Only what you change here is applied; everything else stays as it is. The whole edit is one step of Undo.</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Leave as it is</translation>
    </message>
    <message>
        <source>edit {count} recommendations</source>
        <translation>edit {count} recommendations</translation>
    </message>
</context>
<context>
    <name>CalendarEntryDialog</name>
    <message>
        <source>Calendar entry</source>
        <translation>Calendar entry</translation>
    </message>
    <message>
        <source>Computed date: {date} ({basis})</source>
        <translation>Computed date: {date} ({basis})</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Symbol of the report sent:</source>
        <translation>Symbol of the report sent:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>Calendar entry</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Date entered by the committee</source>
        <translation>Date entered by the committee</translation>
    </message>
    <message>
        <source>Computed: {basis}</source>
        <translation>Computed: {basis}</translation>
    </message>
</context>
<context>
    <name>ChallengeEditor</name>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No particular entity</source>
        <translation>No particular entity</translation>
    </message>
    <message>
        <source>Entity concerned</source>
        <translation>Entity concerned</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>Description (Arabic)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Effect on implementation (Arabic)</source>
        <translation>Effect on implementation (Arabic)</translation>
    </message>
    <message>
        <source>Effect on implementation (English)</source>
        <translation>Effect on implementation (English)</translation>
    </message>
    <message>
        <source>Mitigation (Arabic)</source>
        <translation>Mitigation (Arabic)</translation>
    </message>
    <message>
        <source>Mitigation (English)</source>
        <translation>Mitigation (English)</translation>
    </message>
    <message>
        <source>Support needed, e.g. technical cooperation (Arabic)</source>
        <translation>Support needed, e.g. technical cooperation (Arabic)</translation>
    </message>
    <message>
        <source>Support needed, e.g. technical cooperation (English)</source>
        <translation>Support needed, e.g. technical cooperation (English)</translation>
    </message>
</context>
<context>
    <name>ChallengesAnalysis</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By entity</source>
        <translation>By entity</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>By theme</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Challenges analysis</source>
        <translation>Challenges analysis</translation>
    </message>
    <message>
        <source>Counting the challenges…</source>
        <translation>Counting the challenges…</translation>
    </message>
    <message>
        <source>{total} challenges: {open} open, {addressed} being addressed, {resolved} resolved. {support} ask for support (for example technical cooperation).</source>
        <translation>{total} challenges: {open} open, {addressed} being addressed, {resolved} resolved. {support} ask for support (for example technical cooperation).</translation>
    </message>
    <message>
        <source>All challenges ({count})</source>
        <translation>All challenges ({count})</translation>
    </message>
    <message>
        <source>Challenges of “{name}” ({count})</source>
        <translation>Challenges of “{name}” ({count})</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The database was opened with the recovery key. Choose a new passphrase now: the forgotten one no longer opens it afterwards.</source>
        <translation>The database was opened with the recovery key. Choose a new passphrase now: the forgotten one no longer opens it afterwards.</translation>
    </message>
    <message>
        <source>The database, and the backups made from now on, are encrypted again with the new passphrase. Older backups still open once the database is unlocked. Share the new passphrase only with the members who use this laptop.</source>
        <translation>The database, and the backups made from now on, are encrypted again with the new passphrase. Older backups still open once the database is unlocked. Share the new passphrase only with the members who use this laptop.</translation>
    </message>
    <message>
        <source>At least {minimum} characters; a few words you will remember are better than symbols.</source>
        <translation>At least {minimum} characters; a few words you will remember are better than symbols.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Edit cluster</source>
        <translation>Edit cluster</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <source>No lead entity</source>
        <translation>No lead entity</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>Supporting entities</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Arabic description</source>
        <translation>Arabic description</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>English description</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
</context>
<context>
    <name>ClusterListModel</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
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
        <translation>Links saved.</translation>
    </message>
    <message>
        <source>Recommendations by mechanism</source>
        <translation>Recommendations by mechanism</translation>
    </message>
    <message>
        <source>Similar recommendations</source>
        <translation>Similar recommendations</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <source>Rename or describe</source>
        <translation>Rename or describe</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Split off the selected</source>
        <translation>Split off the selected</translation>
    </message>
    <message>
        <source>Add recommendations</source>
        <translation>Add recommendations</translation>
    </message>
    <message>
        <source>Take the selected out</source>
        <translation>Take the selected out</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Delete cluster</translation>
    </message>
    <message>
        <source>Priority weights</source>
        <translation>Priority weights</translation>
    </message>
    <message>
        <source>No cluster yet: create one with «New cluster».</source>
        <translation>No cluster yet: create one with «New cluster».</translation>
    </message>
    <message>
        <source>{name}
{description}
Lead entity: {lead}. Supporting entities: {supporting}.</source>
        <translation>{name}
{description}
Lead entity: {lead}. Supporting entities: {supporting}.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Cluster «{name}» created.</source>
        <translation>Cluster «{name}» created.</translation>
    </message>
    <message>
        <source>Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside any cluster; the actions planned for the cluster go with it. You can undo this with Ctrl+Z.</source>
        <translation>Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside any cluster; the actions planned for the cluster go with it. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete cluster {name}</source>
        <translation>delete cluster {name}</translation>
    </message>
    <message>
        <source>Merged: «{name}» now has {count} recommendations.</source>
        <translation>Merged: «{name}» now has {count} recommendations.</translation>
    </message>
    <message>
        <source>Split cluster</source>
        <translation>Split cluster</translation>
    </message>
    <message>
        <source>Select the recommendations that go to the new cluster first.</source>
        <translation>Select the recommendations that go to the new cluster first.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>The draft now</source>
        <translation>The draft now</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>{changed} of {total} sections differ.</source>
        <translation>{changed} of {total} sections differ.</translation>
    </message>
    <message>
        <source>{before} → {after} words</source>
        <translation>{before} → {after} words</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Open challenges</source>
        <translation>Open challenges</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <source>Average progress (%)</source>
        <translation>Average progress (%)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Recommendation or cluster</source>
        <translation>Recommendation or cluster</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Challenges ({count})</source>
        <translation>Challenges ({count})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All mechanisms</source>
        <translation>All mechanisms</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>Mechanism:</translation>
    </message>
    <message>
        <source>Status by mechanism</source>
        <translation>Status by mechanism</translation>
    </message>
    <message>
        <source>Status by theme (largest five)</source>
        <translation>Status by theme (largest five)</translation>
    </message>
    <message>
        <source>Status by lead entity (largest five)</source>
        <translation>Status by lead entity (largest five)</translation>
    </message>
    <message>
        <source>Progress reported per month</source>
        <translation>Progress reported per month</translation>
    </message>
    <message>
        <source>Open challenges by category</source>
        <translation>Open challenges by category</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Partly implemented</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>Due in 30 days</translation>
    </message>
    <message>
        <source>Due in 90 days</source>
        <translation>Due in 90 days</translation>
    </message>
    <message>
        <source>Open challenges</source>
        <translation>Open challenges</translation>
    </message>
    <message>
        <source>Figures on {today}</source>
        <translation>Figures on {today}</translation>
    </message>
    <message>
        <source>Progress reported per month, {start} to {end}</source>
        <translation>Progress reported per month, {start} to {end}</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Progress update</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>Calendar entry</translation>
    </message>
    <message>
        <source>Report draft</source>
        <translation>Report draft</translation>
    </message>
    <message>
        <source>Report section</source>
        <translation>Report section</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Report version</translation>
    </message>
    <message>
        <source>An exchange package</source>
        <translation>An exchange package</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>An import</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
</context>
<context>
    <name>DeletionsDialog</name>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>Everything deleted and not yet put back, newest first. Putting a deletion back brings the same records with everything that went with them (a recommendation&apos;s plan, a cluster&apos;s actions).</source>
        <translation>Everything deleted and not yet put back, newest first. Putting a deletion back brings the same records with everything that went with them (a recommendation&apos;s plan, a cluster&apos;s actions).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Nothing has been deleted.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Put back</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Choose a recommendation to see all its fields.</source>
        <translation>Choose a recommendation to see all its fields.</translation>
    </message>
    <message numerus="yes">
        <source>finds %n recommendation(s)</source>
        <translation>
            <numerusform>finds %n recommendation(s)</numerusform>
            <numerusform>finds %n recommendation(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation matches «{search}».</source>
        <translation>No recommendation matches «{search}».</translation>
    </message>
    <message>
        <source>No recommendation matches the chosen filters.</source>
        <translation>No recommendation matches the chosen filters.</translation>
    </message>
    <message>
        <source>Fewer words:</source>
        <translation>Fewer words:</translation>
    </message>
    <message>
        <source>Without the words you left out:</source>
        <translation>Without the words you left out:</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message numerus="yes">
        <source>— without them the search finds %n recommendation(s).</source>
        <translation>
            <numerusform>— without them the search finds %n recommendation(s).</numerusform>
            <numerusform>— without them the search finds %n recommendation(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>— though without them the search finds nothing either.</source>
        <translation>— though without them the search finds nothing either.</translation>
    </message>
    <message>
        <source>Search in English too: many recommendations (those imported from UPR Info, for example) have only their English text.</source>
        <translation>Search in English too: many recommendations (those imported from UPR Info, for example) have only their English text.</translation>
    </message>
    <message>
        <source>Search in Arabic too: the committee&apos;s own recommendations may have only their Arabic text.</source>
        <translation>Search in Arabic too: the committee&apos;s own recommendations may have only their Arabic text.</translation>
    </message>
    <message>
        <source>Type only the beginning of a word: every word that begins so is found, in every form.</source>
        <translation>Type only the beginning of a word: every word that begins so is found, in every form.</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Try:</translation>
    </message>
    <message>
        <source>This recommendation has no text yet.</source>
        <translation>This recommendation has no text yet.</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>Special procedure mandate</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>UPR cycle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Annotation type</source>
        <translation>Annotation type</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Recommending States</translation>
    </message>
    <message>
        <source>Position of the State</source>
        <translation>Position of the State</translation>
    </message>
    <message>
        <source>Source of the position</source>
        <translation>Source of the position</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Action category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>Reason for the priority</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <source>Reason the status was set by hand</source>
        <translation>Reason the status was set by hand</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>Affected groups</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>SDG targets</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>Supporting entities</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>Source record</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <source>UPR national report</source>
        <translation>UPR national report</translation>
    </message>
    <message>
        <source>UPR mid-term report</source>
        <translation>UPR mid-term report</translation>
    </message>
    <message>
        <source>Periodic report to a treaty body</source>
        <translation>Periodic report to a treaty body</translation>
    </message>
    <message>
        <source>Replies to a list of issues</source>
        <translation>Replies to a list of issues</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <source>Country visit</source>
        <translation>Country visit</translation>
    </message>
    <message>
        <source>Follow-up to a visit</source>
        <translation>Follow-up to a visit</translation>
    </message>
    <message>
        <source>UPR review</source>
        <translation>UPR review</translation>
    </message>
    <message>
        <source>Adoption of the UPR outcome</source>
        <translation>Adoption of the UPR outcome</translation>
    </message>
    <message>
        <source>List of issues prior to reporting</source>
        <translation>List of issues prior to reporting</translation>
    </message>
    <message>
        <source>Other date</source>
        <translation>Other date</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>DraftingPage</name>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Date and status…</source>
        <translation>Date and status…</translation>
    </message>
    <message>
        <source>Computed date</source>
        <translation>Computed date</translation>
    </message>
    <message>
        <source>Forget the committee&apos;s changes: the date computed from the documents shows again</source>
        <translation>Forget the committee&apos;s changes: the date computed from the documents shows again</translation>
    </message>
    <message>
        <source>Add a date…</source>
        <translation>Add a date…</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <source>Update from the data</source>
        <translation>Update from the data</translation>
    </message>
    <message>
        <source>Freeze a version</source>
        <translation>Freeze a version</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Undo my changes</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Replace my text with the new one</source>
        <translation>Replace my text with the new one</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <source>Keep the text as it is and take these changes as seen</source>
        <translation>Keep the text as it is and take these changes as seen</translation>
    </message>
    <message>
        <source>What changed in the data since this text was written</source>
        <translation>What changed in the data since this text was written</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>entered by the committee; computed: {date}</source>
        <translation>entered by the committee; computed: {date}</translation>
    </message>
    <message>
        <source>computed: {basis}</source>
        <translation>computed: {basis}</translation>
    </message>
    <message>
        <source>Draft written from the data: {title}</source>
        <translation>Draft written from the data: {title}</translation>
    </message>
    <message>
        <source>Writing the draft from the data…</source>
        <translation>Writing the draft from the data…</translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>Calendar entry</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <source>Delete the draft &apos;{title}&apos; with its sections and frozen versions? It can be put back from the deleted records.</source>
        <translation>Delete the draft &apos;{title}&apos; with its sections and frozen versions? It can be put back from the deleted records.</translation>
    </message>
    <message>
        <source>Recommendations answered: {numbers}</source>
        <translation>Recommendations answered: {numbers}</translation>
    </message>
    <message>
        <source>Changes in the data ({count})</source>
        <translation>Changes in the data ({count})</translation>
    </message>
    <message>
        <source>The data changed since this text was written ({count}): see what changed</source>
        <translation>The data changed since this text was written ({count}): see what changed</translation>
    </message>
    <message>
        <source>Write it again from the data</source>
        <translation>Write it again from the data</translation>
    </message>
    <message>
        <source>Words in this section: {words}</source>
        <translation>Words in this section: {words}</translation>
    </message>
    <message>
        <source>{language} text: {words} words of the UN&apos;s limit of {limit} ({share}%)</source>
        <translation>{language} text: {words} words of the UN&apos;s limit of {limit} ({share}%)</translation>
    </message>
    <message>
        <source>{over} words over the limit</source>
        <translation>{over} words over the limit</translation>
    </message>
    <message>
        <source>{language} text: {words} words</source>
        <translation>{language} text: {words} words</translation>
    </message>
    <message>
        <source>Save the section</source>
        <translation>Save the section</translation>
    </message>
    <message>
        <source>Section saved: {heading}</source>
        <translation>Section saved: {heading}</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>Replace the text</translation>
    </message>
    <message>
        <source>The text of this section, as edited, is replaced by the text written from the data now. The edited text stays in the history and in frozen versions. Replace it?</source>
        <translation>The text of this section, as edited, is replaced by the text written from the data now. The edited text stays in the history and in frozen versions. Replace it?</translation>
    </message>
    <message>
        <source>Updating the section from the data…</source>
        <translation>Updating the section from the data…</translation>
    </message>
    <message>
        <source>Updating the draft from the data…</source>
        <translation>Updating the draft from the data…</translation>
    </message>
    <message>
        <source>Reading what changed in the data…</source>
        <translation>Reading what changed in the data…</translation>
    </message>
    <message>
        <source>{updated} sections written again from the data, {kept} edited sections kept</source>
        <translation>{updated} sections written again from the data, {kept} edited sections kept</translation>
    </message>
    <message>
        <source>What is this version (for example: sent to the ministries)?</source>
        <translation>What is this version (for example: sent to the ministries)?</translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation>Version {number} frozen</translation>
    </message>
    <message>
        <source>Freeze a version first: the draft is compared with its versions.</source>
        <translation>Freeze a version first: the draft is compared with its versions.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Export the draft</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Writing the document…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Report drafts</source>
        <translation>Report drafts</translation>
    </message>
    <message>
        <source>A new {report} written from the data</source>
        <translation>A new {report} written from the data</translation>
    </message>
    <message>
        <source>{sections} sections, {approved} approved</source>
        <translation>{sections} sections, {approved} approved</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Its text</source>
        <translation>Its text</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Same as</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>All pairs</source>
        <translation>All pairs</translation>
    </message>
    <message>
        <source>Not from the same document</source>
        <translation>Not from the same document</translation>
    </message>
    <message>
        <source>Across mechanisms and cycles</source>
        <translation>Across mechanisms and cycles</translation>
    </message>
    <message>
        <source>Show pairs already linked</source>
        <translation>Show pairs already linked</translation>
    </message>
    <message>
        <source>Find possible duplicates</source>
        <translation>Find possible duplicates</translation>
    </message>
    <message>
        <source>Similarity at least</source>
        <translation>Similarity at least</translation>
    </message>
    <message>
        <source>Link as related</source>
        <translation>Link as related</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Same as</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Comparing every pair of recommendations…</source>
        <translation>Comparing every pair of recommendations…</translation>
    </message>
    <message>
        <source>{shown} of {total} pairs at a similarity of {threshold}% or more (scan: {seconds} s).</source>
        <translation>{shown} of {total} pairs at a similarity of {threshold}% or more (scan: {seconds} s).</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Protect the database with a passphrase</source>
        <translation>Protect the database with a passphrase</translation>
    </message>
    <message>
        <source>The database, its backups and its snapshots are encrypted: without the passphrase, a lost laptop or USB stick gives nothing away. The plain file is removed once the encrypted copy is checked. A recovery key is shown next, for the coordinator&apos;s safe.</source>
        <translation>The database, its backups and its snapshots are encrypted: without the passphrase, a lost laptop or USB stick gives nothing away. The plain file is removed once the encrypted copy is checked. A recovery key is shown next, for the coordinator&apos;s safe.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Encrypt</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>This computer has no keyring service (Secret Service, Credential Manager or Keychain): the passphrase will be asked at each start.</source>
        <translation>This computer has no keyring service (Secret Service, Credential Manager or Keychain): the passphrase will be asked at each start.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>This database is not encrypted.</translation>
    </message>
</context>
<context>
    <name>EntitiesPage</name>
    <message>
        <source>New entity</source>
        <translation>New entity</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Choose an entity to see what it leads and supports.</source>
        <translation>Choose an entity to see what it leads and supports.</translation>
    </message>
    <message>
        <source>{name} leads no recommendation.</source>
        <translation>{name} leads no recommendation.</translation>
    </message>
    <message>
        <source>{name} supports no recommendation.</source>
        <translation>{name} supports no recommendation.</translation>
    </message>
    <message>
        <source>{name} leads or supports no cluster.</source>
        <translation>{name} leads or supports no cluster.</translation>
    </message>
    <message>
        <source>Leads: {name}</source>
        <translation>Leads: {name}</translation>
    </message>
    <message>
        <source>Supports: {name}</source>
        <translation>Supports: {name}</translation>
    </message>
    <message>
        <source>Leads ({count})</source>
        <translation>Leads ({count})</translation>
    </message>
    <message>
        <source>Supports ({count})</source>
        <translation>Supports ({count})</translation>
    </message>
    <message>
        <source>Clusters ({count})</source>
        <translation>Clusters ({count})</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Entity {code} saved.</source>
        <translation>Entity {code} saved.</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Delete entity</translation>
    </message>
    <message>
        <source>Delete {name}? It leads {leads} and supports {supports} recommendations; they will have no entity in its place. You can undo this with Ctrl+Z.</source>
        <translation>Delete {name}? It leads {leads} and supports {supports} recommendations; they will have no entity in its place. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete entity {name}</source>
        <translation>delete entity {name}</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Edit entity</source>
        <translation>Edit entity</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>New entity</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Short code</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Exchange package</source>
        <translation>Exchange package</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Package written: {path}</source>
        <translation>Package written: {path}</translation>
    </message>
    <message>
        <source>Import an exchange package</source>
        <translation>Import an exchange package</translation>
    </message>
    <message>
        <source>Exchange packages (*{suffix})</source>
        <translation>Exchange packages (*{suffix})</translation>
    </message>
    <message>
        <source>Committee passphrase</source>
        <translation>Committee passphrase</translation>
    </message>
    <message>
        <source>The package was merged.</source>
        <translation>The package was merged.</translation>
    </message>
    <message>
        <source>Checking and comparing the package…</source>
        <translation>Checking and comparing the package…</translation>
    </message>
    <message>
        <source>A package of another committee</source>
        <translation>A package of another committee</translation>
    </message>
    <message>
        <source>If you join it, your present committee no longer accepts this laptop&apos;s packages.</source>
        <translation>If you join it, your present committee no longer accepts this laptop&apos;s packages.</translation>
    </message>
    <message>
        <source>Refuse the package</source>
        <translation>Refuse the package</translation>
    </message>
    <message>
        <source>Join that committee and review the package</source>
        <translation>Join that committee and review the package</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Language of the workbook:</source>
        <translation>Language of the workbook:</translation>
    </message>
    <message>
        <source>Only the recommendations of the register&apos;s current filter</source>
        <translation>Only the recommendations of the register&apos;s current filter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export an exchange package</source>
        <translation>Export an exchange package</translation>
    </message>
    <message>
        <source>This laptop is the coordinator&apos;s: choose the entities whose part of the plan to send.</source>
        <translation>This laptop is the coordinator&apos;s: choose the entities whose part of the plan to send.</translation>
    </message>
    <message>
        <source>This laptop is a member&apos;s: the package carries what changed here since the last package, for the coordinator.</source>
        <translation>This laptop is a member&apos;s: the package carries what changed here since the last package, for the coordinator.</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <source>Only what changed since the last package</source>
        <translation>Only what changed since the last package</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Committee passphrase</source>
        <translation>Committee passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exchange packages (*{suffix})</source>
        <translation>Exchange packages (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Choose where to write the package.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>Writing the encrypted package…</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Affected group</source>
        <translation>Affected group</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>SDG target</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>State under review</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Find a value</translation>
    </message>
    <message>
        <source>{value} ({count})</source>
        <translation>{value} ({count})</translation>
    </message>
    <message>
        <source>{facet}: {count} chosen</source>
        <translation>{facet}: {count} chosen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>Open these {count} records</source>
        <translation>Open these {count} records</translation>
    </message>
</context>
<context>
    <name>FilePasswordDialog</name>
    <message>
        <source>Protect the file with a password</source>
        <translation>Protect the file with a password</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Several files make one import: all of them are imported, or none.</source>
        <translation>Several files make one import: all of them are imported, or none.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>all States (or a name: Saudi Arabia, السعودية, SAU)</source>
        <translation>all States (or a name: Saudi Arabia, السعودية, SAU)</translation>
    </message>
    <message>
        <source>Only recommendations to:</source>
        <translation>Only recommendations to:</translation>
    </message>
    <message>
        <source>Column mapping…</source>
        <translation>Column mapping…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>{count} column(s) chosen</source>
        <translation>{count} column(s) chosen</translation>
    </message>
</context>
<context>
    <name>GuideLinks</name>
    <message>
        <source>Opens the user guide at the paragraph that explains it (F1 in a dialog).</source>
        <translation>Opens the user guide at the paragraph that explains it (F1 in a dialog).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>What does this mean? (user guide)</source>
        <translation>What does this mean? (user guide)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>No section of the guide holds these words.</source>
        <translation>No section of the guide holds these words.</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>Plan of</source>
        <translation>Plan of</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Typed on this computer</source>
        <translation>Typed on this computer</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>Exchange package</translation>
    </message>
    <message>
        <source>Suggested by the program</source>
        <translation>Suggested by the program</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Suggested by the program, rejected by {who}</source>
        <translation>Suggested by the program, rejected by {who}</translation>
    </message>
    <message>
        <source>model of {date}, confidence {confidence}</source>
        <translation>model of {date}, confidence {confidence}</translation>
    </message>
    <message>
        <source>from similar labelled records, confidence {confidence}</source>
        <translation>from similar labelled records, confidence {confidence}</translation>
    </message>
    <message>
        <source>Suggested by the program ({how}), accepted by {who}</source>
        <translation>Suggested by the program ({how}), accepted by {who}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s)</source>
        <translation>
            <numerusform>%n recorded change(s)</numerusform>
            <numerusform>%n recorded change(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is working on this computer?</source>
        <translation>Who is working on this computer?</translation>
    </message>
    <message>
        <source>Your name and entity are written beside every change you make, so that the committee knows who changed what. You are asked only once.</source>
        <translation>Your name and entity are written beside every change you make, so that the committee knows who changed what. You are asked only once.</translation>
    </message>
    <message>
        <source>(no entity)</source>
        <translation>(no entity)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your entity</source>
        <translation>Your entity</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>UHRI export (Universal Human Rights Index)</source>
        <translation>UHRI export (Universal Human Rights Index)</translation>
    </message>
    <message>
        <source>UPR Info database</source>
        <translation>UPR Info database</translation>
    </message>
    <message>
        <source>Workbook exported by this program</source>
        <translation>Workbook exported by this program</translation>
    </message>
    <message>
        <source>Another spreadsheet, through a column mapping</source>
        <translation>Another spreadsheet, through a column mapping</translation>
    </message>
    <message>
        <source>not recognised: choose a column mapping</source>
        <translation>not recognised: choose a column mapping</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Workbook written: {path}</source>
        <translation>Workbook written: {path}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import recommendations</source>
        <translation>Import recommendations</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation>Reporting frequency</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>The lead entity of the action or recommendation</source>
        <translation>The lead entity of the action or recommendation</translation>
    </message>
    <message>
        <source>Responsible entity</source>
        <translation>Responsible entity</translation>
    </message>
    <message>
        <source>SMART: specific, measurable, assignable, relevant and time-bound.</source>
        <translation>SMART: specific, measurable, assignable, relevant and time-bound.</translation>
    </message>
    <message>
        <source>Not yet SMART:</source>
        <translation>Not yet SMART:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NRTD Desktop: {committee}</source>
        <translation>NRTD Desktop: {committee}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} recommendations</source>
        <translation>Showing {shown} of {total} recommendations</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Deleted records…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Open a database…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The guide opens at the chapter of the area in front of you.</source>
        <translation>The guide opens at the chapter of the area in front of you.</translation>
    </message>
    <message>
        <source>Tour of the window</source>
        <translation>Tour of the window</translation>
    </message>
    <message>
        <source>About NRTD Desktop</source>
        <translation>About NRTD Desktop</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language; saved work is kept, the undo history is cleared.</source>
        <translation>The window is rebuilt in the chosen language; saved work is kept, the undo history is cleared.</translation>
    </message>
    <message>
        <source>The committee&apos;s data changed on the server; the pages that show it were read again.</source>
        <translation>The committee&apos;s data changed on the server; the pages that show it were read again.</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Undo {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Redo {action}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Language (the window is rebuilt)</source>
        <translation>Language (the window is rebuilt)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>NRTD Desktop tracks the recommendations of the international human-rights mechanisms and the plan to implement them, for the {committee}.</source>
        <translation>NRTD Desktop tracks the recommendations of the international human-rights mechanisms and the plan to implement them, for the {committee}.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Text (either language)</source>
        <translation>Text (either language)</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>English text</translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation>Arabic text</translation>
    </message>
    <message>
        <source>Identifier of the row</source>
        <translation>Identifier of the row</translation>
    </message>
    <message>
        <source>Mechanism (UPR, TB, SP)</source>
        <translation>Mechanism (UPR, TB, SP)</translation>
    </message>
    <message>
        <source>Recommending body</source>
        <translation>Recommending body</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>UPR session</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>State under review</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Recommending States</translation>
    </message>
    <message>
        <source>Position of the State</source>
        <translation>Position of the State</translation>
    </message>
    <message>
        <source>Action category (1-5)</source>
        <translation>Action category (1-5)</translation>
    </message>
    <message>
        <source>Recommendation or observation</source>
        <translation>Recommendation or observation</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Affected persons</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>SDG targets</translation>
    </message>
    <message>
        <source>Regions concerned</source>
        <translation>Regions concerned</translation>
    </message>
    <message>
        <source>Recommending regions</source>
        <translation>Recommending regions</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <source>The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.</source>
        <translation>The first rows of {file}. Choose, for each field, the column that holds it; at least the text is needed.</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>Save this mapping as:</translation>
    </message>
    <message>
        <source>a name, to use it again (optional)</source>
        <translation>a name, to use it again (optional)</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge clusters</source>
        <translation>Merge clusters</translation>
    </message>
    <message>
        <source>{name} ({count} recommendations)</source>
        <translation>{name} ({count} recommendations)</translation>
    </message>
    <message>
        <source>The recommendations, actions and supporting entities of the chosen clusters move into «{name}»; the chosen clusters are then deleted.</source>
        <translation>The recommendations, actions and supporting entities of the chosen clusters move into «{name}»; the chosen clusters are then deleted.</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Review the package before merging</source>
        <translation>Review the package before merging</translation>
    </message>
    <message>
        <source>Conflicts: the same field changed on both laptops</source>
        <translation>Conflicts: the same field changed on both laptops</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s value everywhere</source>
        <translation>Keep this laptop&apos;s value everywhere</translation>
    </message>
    <message>
        <source>Take the package&apos;s value everywhere</source>
        <translation>Take the package&apos;s value everywhere</translation>
    </message>
    <message>
        <source>Apply this package on this laptop anyway</source>
        <translation>Apply this package on this laptop anyway</translation>
    </message>
    <message>
        <source>Apply the merge</source>
        <translation>Apply the merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Package number {sequence} from {sender}, made on {date}</source>
        <translation>Package number {sequence} from {sender}, made on {date}</translation>
    </message>
    <message>
        <source>New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}</source>
        <translation>New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>{record}, with {count} record(s) of its plan</source>
        <translation>{record}, with {count} record(s) of its plan</translation>
    </message>
    <message>
        <source>The whole record (edited on one laptop, deleted on the other)</source>
        <translation>The whole record (edited on one laptop, deleted on the other)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>This laptop&apos;s value, sent back to the coordinator</source>
        <translation>This laptop&apos;s value, sent back to the coordinator</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>{count} conflict(s) still to decide</source>
        <translation>{count} conflict(s) still to decide</translation>
    </message>
    <message>
        <source>Merging the package</source>
        <translation>Merging the package</translation>
    </message>
    <message>
        <source>Taking a snapshot, then merging…</source>
        <translation>Taking a snapshot, then merging…</translation>
    </message>
    <message>
        <source>The package was not merged</source>
        <translation>The package was not merged</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>A committee file on this computer</source>
        <translation>A committee file on this computer</translation>
    </message>
    <message>
        <source>The committee&apos;s shared server (PostgreSQL)</source>
        <translation>The committee&apos;s shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>A committee file</source>
        <translation>A committee file</translation>
    </message>
    <message>
        <source>Committee database (*.sqlite)</source>
        <translation>Committee database (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose a committee file.</source>
        <translation>Choose a committee file.</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql:// — for example postgresql://login@server/committee.</source>
        <translation>A server&apos;s address begins with postgresql:// — for example postgresql://login@server/committee.</translation>
    </message>
    <message>
        <source>This server address cannot be read.</source>
        <translation>This server address cannot be read.</translation>
    </message>
    <message>
        <source>The server address must end with the committee&apos;s database name.</source>
        <translation>The server address must end with the committee&apos;s database name.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Set the status by hand</source>
        <translation>Set the status by hand</translation>
    </message>
    <message>
        <source>The status will no longer follow the actions until you give it back to them.</source>
        <translation>The status will no longer follow the actions until you give it back to them.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <source>Find a recommendation by reference or words</source>
        <translation>Find a recommendation by reference or words</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>Cluster: {name}</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Search the list</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Chosen: {count}</source>
        <translation>Chosen: {count}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Set the status by hand…</source>
        <translation>Set the status by hand…</translation>
    </message>
    <message>
        <source>Let the actions decide the status</source>
        <translation>Let the actions decide the status</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Actions of the cluster, shared by its recommendations (edit them from the cluster&apos;s plan):</source>
        <translation>Actions of the cluster, shared by its recommendations (edit them from the cluster&apos;s plan):</translation>
    </message>
    <message>
        <source>Add progress update</source>
        <translation>Add progress update</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>Add challenge</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Indicators of the action</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <source>Indicators of the recommendation</source>
        <translation>Indicators of the recommendation</translation>
    </message>
    <message>
        <source>Challenges and obstacles</source>
        <translation>Challenges and obstacles</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Choose a recommendation or a cluster to plan its implementation.</source>
        <translation>Choose a recommendation or a cluster to plan its implementation.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>{count} actions planned for the cluster.</source>
        <translation>{count} actions planned for the cluster.</translation>
    </message>
    <message>
        <source>{late} overdue.</source>
        <translation>{late} overdue.</translation>
    </message>
    <message>
        <source>Status: {status}, set by hand ({reason}).</source>
        <translation>Status: {status}, set by hand ({reason}).</translation>
    </message>
    <message>
        <source>Status: {status}, but its actions say {rolled}; it will follow them at the next change.</source>
        <translation>Status: {status}, but its actions say {rolled}; it will follow them at the next change.</translation>
    </message>
    <message>
        <source>Status: {status}, from its actions.</source>
        <translation>Status: {status}, from its actions.</translation>
    </message>
    <message>
        <source>Status: {status}. No action yet to derive it from.</source>
        <translation>Status: {status}. No action yet to derive it from.</translation>
    </message>
    <message>
        <source>Overdue: an action is past its end date.</source>
        <translation>Overdue: an action is past its end date.</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>add action</translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation>Action added.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>edit action</source>
        <translation>edit action</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Action saved.</translation>
    </message>
    <message>
        <source>Edit action: {title}</source>
        <translation>Edit action: {title}</translation>
    </message>
    <message>
        <source>duplicate action</source>
        <translation>duplicate action</translation>
    </message>
    <message>
        <source>Action duplicated.</source>
        <translation>Action duplicated.</translation>
    </message>
    <message>
        <source>move action</source>
        <translation>move action</translation>
    </message>
    <message>
        <source>Action moved.</source>
        <translation>Action moved.</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Delete the action “{title}” with its indicators and progress updates? You can undo this with Ctrl+Z.</source>
        <translation>Delete the action “{title}” with its indicators and progress updates? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete action</source>
        <translation>delete action</translation>
    </message>
    <message>
        <source>Action deleted.</source>
        <translation>Action deleted.</translation>
    </message>
    <message>
        <source>add indicator</source>
        <translation>add indicator</translation>
    </message>
    <message>
        <source>Indicator added.</source>
        <translation>Indicator added.</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>edit indicator</source>
        <translation>edit indicator</translation>
    </message>
    <message>
        <source>Indicator saved.</source>
        <translation>Indicator saved.</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Delete the indicator “{name}”? Its progress updates stay with the action.</source>
        <translation>Delete the indicator “{name}”? Its progress updates stay with the action.</translation>
    </message>
    <message>
        <source>delete indicator</source>
        <translation>delete indicator</translation>
    </message>
    <message>
        <source>Indicator deleted.</source>
        <translation>Indicator deleted.</translation>
    </message>
    <message>
        <source>add progress update</source>
        <translation>add progress update</translation>
    </message>
    <message>
        <source>Progress update added.</source>
        <translation>Progress update added.</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>New progress update</translation>
    </message>
    <message>
        <source>edit progress update</source>
        <translation>edit progress update</translation>
    </message>
    <message>
        <source>Progress update saved.</source>
        <translation>Progress update saved.</translation>
    </message>
    <message>
        <source>Edit progress update</source>
        <translation>Edit progress update</translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation>Delete progress update</translation>
    </message>
    <message>
        <source>Delete the progress update of {date}?</source>
        <translation>Delete the progress update of {date}?</translation>
    </message>
    <message>
        <source>delete progress update</source>
        <translation>delete progress update</translation>
    </message>
    <message>
        <source>Progress update deleted.</source>
        <translation>Progress update deleted.</translation>
    </message>
    <message>
        <source>{owner}, action “{title}”</source>
        <translation>{owner}, action “{title}”</translation>
    </message>
    <message>
        <source>add challenge</source>
        <translation>add challenge</translation>
    </message>
    <message>
        <source>Challenge added.</source>
        <translation>Challenge added.</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>New challenge</translation>
    </message>
    <message>
        <source>edit challenge</source>
        <translation>edit challenge</translation>
    </message>
    <message>
        <source>Challenge saved.</source>
        <translation>Challenge saved.</translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation>Edit challenge</translation>
    </message>
    <message>
        <source>Delete challenge</source>
        <translation>Delete challenge</translation>
    </message>
    <message>
        <source>Delete this challenge? You can undo this with Ctrl+Z.</source>
        <translation>Delete this challenge? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete challenge</source>
        <translation>delete challenge</translation>
    </message>
    <message>
        <source>Challenge deleted.</source>
        <translation>Challenge deleted.</translation>
    </message>
    <message>
        <source>set status by hand</source>
        <translation>set status by hand</translation>
    </message>
    <message>
        <source>Status set by hand.</source>
        <translation>Status set by hand.</translation>
    </message>
    <message>
        <source>let the actions decide the status</source>
        <translation>let the actions decide the status</translation>
    </message>
    <message>
        <source>Status follows the actions again.</source>
        <translation>Status follows the actions again.</translation>
    </message>
</context>
<context>
    <name>PlanHealthView</name>
    <message>
        <source>Recommendations with no lead entity</source>
        <translation>Recommendations with no lead entity</translation>
    </message>
    <message>
        <source>Recommendations with no action (noted ones left out)</source>
        <translation>Recommendations with no action (noted ones left out)</translation>
    </message>
    <message>
        <source>Actions with no indicator</source>
        <translation>Actions with no indicator</translation>
    </message>
    <message>
        <source>Actions with no start or end date</source>
        <translation>Actions with no start or end date</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Indicators with no recent progress</source>
        <translation>Indicators with no recent progress</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Double-click a line to open its plan.</source>
        <translation>Double-click a line to open its plan.</translation>
    </message>
    <message>
        <source>No progress for</source>
        <translation>No progress for</translation>
    </message>
    <message>
        <source>What is a stale indicator? (user guide)</source>
        <translation>What is a stale indicator? (user guide)</translation>
    </message>
    <message>
        <source>Plan health</source>
        <translation>Plan health</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <source>The first {shown} of {count} are listed. Double-click a line to open its plan.</source>
        <translation>The first {shown} of {count} are listed. Double-click a line to open its plan.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Assignable</source>
        <translation>Assignable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Time-bound</translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Missing: {properties}</source>
        <translation>Missing: {properties}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>SMART check</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan editor</source>
        <translation>Plan editor</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Challenges analysis</source>
        <translation>Challenges analysis</translation>
    </message>
    <message>
        <source>Plan health</source>
        <translation>Plan health</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>Nothing is written yet.</source>
        <translation>Nothing is written yet.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Matched to an existing record (another source of the same recommendation): check the pairs marked unsure</source>
        <translation>Matched to an existing record (another source of the same recommendation): check the pairs marked unsure</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>Row of the file</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Existing record</translation>
    </message>
    <message>
        <source>Import anyway, leaving out the values that match nothing</source>
        <translation>Import anyway, leaving out the values that match nothing</translation>
    </message>
    <message>
        <source>Save the problems as a workbook…</source>
        <translation>Save the problems as a workbook…</translation>
    </message>
    <message>
        <source>Reading and comparing…</source>
        <translation>Reading and comparing…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>{score} (unsure)</source>
        <translation>{score} (unsure)</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PriorityWeightsDialog</name>
    <message>
        <source>Priority weights</source>
        <translation>Priority weights</translation>
    </message>
    <message>
        <source>Each criterion counts in proportion to its weight (0 ignores it). A criterion that does not apply to a recommendation, such as the State&apos;s position on a treaty-body recommendation, is left out of its score. Priorities set by hand are kept.</source>
        <translation>Each criterion counts in proportion to its weight (0 ignores it). A criterion that does not apply to a recommendation, such as the State&apos;s position on a treaty-body recommendation, is left out of its score. Priorities set by hand are kept.</translation>
    </message>
    <message>
        <source>High from score</source>
        <translation>High from score</translation>
    </message>
    <message>
        <source>Medium from score</source>
        <translation>Medium from score</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>Save and recompute</translation>
    </message>
    <message>
        <source>Scoring the recommendations…</source>
        <translation>Scoring the recommendations…</translation>
    </message>
    <message>
        <source>{records} recommendations scored, {changed} changed, {kept} set by hand kept.</source>
        <translation>{records} recommendations scored, {changed} changed, {kept} set by hand kept.</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>Progress update</source>
        <translation>Progress update</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Progress (percent)</source>
        <translation>Progress (percent)</translation>
    </message>
    <message>
        <source>What happened (Arabic)</source>
        <translation>What happened (Arabic)</translation>
    </message>
    <message>
        <source>What happened (English)</source>
        <translation>What happened (English)</translation>
    </message>
    <message>
        <source>Evidence (document, letter, link)</source>
        <translation>Evidence (document, letter, link)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Reporting entity</source>
        <translation>Reporting entity</translation>
    </message>
    <message>
        <source>Reported by (person)</source>
        <translation>Reported by (person)</translation>
    </message>
    <message>
        <source>The action as a whole</source>
        <translation>The action as a whole</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>ProtectBox</name>
    <message>
        <source>Protect the file with a password</source>
        <translation>Protect the file with a password</translation>
    </message>
    <message>
        <source>Whoever opens the file (Excel, a PDF reader) is asked for the password. Give it to the recipients another way than the file.</source>
        <translation>Whoever opens the file (Excel, a PDF reader) is asked for the password. Give it to the recipients another way than the file.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Annotation type</source>
        <translation>Annotation type</translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation>Arabic text</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>English text</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>UPR cycle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Text and source</source>
        <translation>Text and source</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Position of the State</source>
        <translation>Position of the State</translation>
    </message>
    <message>
        <source>Source of the position</source>
        <translation>Source of the position</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>Action category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <source>Flagged for the follow-up procedure</source>
        <translation>Flagged for the follow-up procedure</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recommending States</source>
        <translation>Recommending States</translation>
    </message>
    <message>
        <source>Position and status</source>
        <translation>Position and status</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>Affected groups</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>SDG targets</translation>
    </message>
    <message>
        <source>Themes, groups and SDGs</source>
        <translation>Themes, groups and SDGs</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Supporting entities</source>
        <translation>Supporting entities</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>NRTD Desktop: the committee&apos;s recovery key</source>
        <translation>NRTD Desktop: the committee&apos;s recovery key</translation>
    </message>
    <message>
        <source>This key opens the committee&apos;s encrypted database and its backups if the passphrase is forgotten. Keep this page in the safe; do not keep it with the laptop, and do not photograph it.</source>
        <translation>This key opens the committee&apos;s encrypted database and its backups if the passphrase is forgotten. Keep this page in the safe; do not keep it with the laptop, and do not photograph it.</translation>
    </message>
    <message>
        <source>To use it: start the program, choose &quot;Forgot the passphrase?&quot; and type the key (capitals, spaces and dashes do not matter); then choose a new passphrase.</source>
        <translation>To use it: start the program, choose &quot;Forgot the passphrase?&quot; and type the key (capitals, spaces and dashes do not matter); then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Made on {date}.</source>
        <translation>Made on {date}.</translation>
    </message>
    <message>
        <source>The committee&apos;s recovery key</source>
        <translation>The committee&apos;s recovery key</translation>
    </message>
    <message>
        <source>Print this key or write it down, and give it to the coordinator to keep in the safe. It opens the database and its backups if the passphrase is forgotten. It is shown only this once: the program keeps no copy.</source>
        <translation>Print this key or write it down, and give it to the coordinator to keep in the safe. It opens the database and its backups if the passphrase is forgotten. It is shown only this once: the program keeps no copy.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>I have printed it or written it down</source>
        <translation>I have printed it or written it down</translation>
    </message>
</context>
<context>
    <name>RegenerateDialog</name>
    <message>
        <source>Update the draft from the data</source>
        <translation>Update the draft from the data</translation>
    </message>
    <message>
        <source>The sections nobody edited are written again from the data. These sections were edited and the data changed since: tick those whose text the new text may replace; the others keep their text and keep showing what changed.</source>
        <translation>The sections nobody edited are written again from the data. These sections were edited and the data changed since: tick those whose text the new text may replace; the others keep their text and keep showing what changed.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>No edited section has changed figures: nothing of yours is replaced.</source>
        <translation>No edited section has changed figures: nothing of yours is replaced.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Cycle or date</source>
        <translation>Cycle or date</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Lead entity</source>
        <translation>Lead entity</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>Cycle {cycle}</source>
        <translation>Cycle {cycle}</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search the recommendations in Arabic or English</source>
        <translation>Search the recommendations in Arabic or English</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Edit recommendation</translation>
    </message>
    <message>
        <source>Duplicate recommendation</source>
        <translation>Duplicate recommendation</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <source>Suggested labels…</source>
        <translation>Suggested labels…</translation>
    </message>
    <message>
        <source>Too many matches to rank by relevance: they are shown in the order of their references. More words narrow the search.</source>
        <translation>Too many matches to rank by relevance: they are shown in the order of their references. More words narrow the search.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>create recommendation {reference}</source>
        <translation>create recommendation {reference}</translation>
    </message>
    <message>
        <source>Recommendation {reference} created.</source>
        <translation>Recommendation {reference} created.</translation>
    </message>
    <message>
        <source>edit recommendation {reference}</source>
        <translation>edit recommendation {reference}</translation>
    </message>
    <message>
        <source>Recommendation {reference} saved.</source>
        <translation>Recommendation {reference} saved.</translation>
    </message>
    <message>
        <source>Edit recommendation {reference}</source>
        <translation>Edit recommendation {reference}</translation>
    </message>
    <message>
        <source>Delete the recommendation {reference}? You can undo this with Ctrl+Z.</source>
        <translation>Delete the recommendation {reference}? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete recommendation {reference}</source>
        <translation>delete recommendation {reference}</translation>
    </message>
    <message>
        <source>Recommendation {reference} deleted.</source>
        <translation>Recommendation {reference} deleted.</translation>
    </message>
</context>
<context>
    <name>ReportsDueStrip</name>
    <message>
        <source>Reports:</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>{state}: {report} ({date})</source>
        <translation>{state}: {report} ({date})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Nothing due in the next six months</source>
        <translation>Nothing due in the next six months</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>By thematic cluster</source>
        <translation>By thematic cluster</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>By theme</translation>
    </message>
    <message>
        <source>For example UPR-3-122.45</source>
        <translation>For example UPR-3-122.45</translation>
    </message>
    <message>
        <source>Limit to a period</source>
        <translation>Limit to a period</translation>
    </message>
    <message>
        <source>Use the register&apos;s current filter</source>
        <translation>Use the register&apos;s current filter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Thematic cluster</source>
        <translation>Thematic cluster</translation>
    </message>
    <message>
        <source>Recommendation reference</source>
        <translation>Recommendation reference</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Protect the PDF with a password</translation>
    </message>
    <message>
        <source>The preview shows the first page of the report.</source>
        <translation>The preview shows the first page of the report.</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>No marking</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>For discussion</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Western digits (0-9)</source>
        <translation>Western digits (0-9)</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (٠-٩)</source>
        <translation>Arabic-Indic digits (٠-٩)</translation>
    </message>
    <message>
        <source>For example 12/1448</source>
        <translation>For example 12/1448</translation>
    </message>
    <message>
        <source>Print an approval table</source>
        <translation>Print an approval table</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Meeting no.</source>
        <translation>Meeting no.</translation>
    </message>
    <message>
        <source>Meeting document</source>
        <translation>Meeting document</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>National action plan</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Entity sheet</source>
        <translation>Entity sheet</translation>
    </message>
    <message>
        <source>Challenges analysis</source>
        <translation>Challenges analysis</translation>
    </message>
    <message>
        <source>Recommendation sheet</source>
        <translation>Recommendation sheet</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Every recommendation is included.</source>
        <translation>Every recommendation is included.</translation>
    </message>
    <message>
        <source>The report covers the {count} recommendations the register shows.</source>
        <translation>The report covers the {count} recommendations the register shows.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>Writing the pages…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Page 1 of {pages}</source>
        <translation>Page 1 of {pages}</translation>
    </message>
    <message>
        <source>Preview ready: the report has {pages} pages.</source>
        <translation>Preview ready: the report has {pages} pages.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>The report was saved to {path} ({pages} pages).</source>
        <translation>The report was saved to {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: {new} new and {updated} updated recommendations, in {seconds} s.
A snapshot of the database was taken before: {backup}</source>
        <translation>Imported: {new} new and {updated} updated recommendations, in {seconds} s.
A snapshot of the database was taken before: {backup}</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Protect the database with a passphrase…</source>
        <translation>Protect the database with a passphrase…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Remember the passphrase on this computer</translation>
    </message>
    <message>
        <source>Forget the passphrase on this computer</source>
        <translation>Forget the passphrase on this computer</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Make a new recovery key…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>The passphrase is no longer remembered on this computer.</source>
        <translation>The passphrase is no longer remembered on this computer.</translation>
    </message>
    <message>
        <source>The passphrase is remembered on this computer.</source>
        <translation>The passphrase is remembered on this computer.</translation>
    </message>
    <message>
        <source>A new recovery key is shown once; the old paper key still opens the backups made until now. Make a new one?</source>
        <translation>A new recovery key is shown once; the old paper key still opens the backups made until now. Make a new one?</translation>
    </message>
</context>
<context>
    <name>SimilarModel</name>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Add to this cluster</source>
        <translation>Add to this cluster</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Similar recommendations</source>
        <translation>Similar recommendations</translation>
    </message>
    <message>
        <source>Comparing the texts of the recommendations…</source>
        <translation>Comparing the texts of the recommendations…</translation>
    </message>
    <message>
        <source>{count} recommendations outside the cluster look like it, most alike first.</source>
        <translation>{count} recommendations outside the cluster look like it, most alike first.</translation>
    </message>
    <message>
        <source>No similar recommendation found.</source>
        <translation>No similar recommendation found.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split cluster</source>
        <translation>Split cluster</translation>
    </message>
    <message>
        <source>{count} chosen recommendations move to a new cluster.</source>
        <translation>{count} chosen recommendations move to a new cluster.</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>A risky place for the database</source>
        <translation>A risky place for the database</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The backup was restored ({count} recommendations). The damaged file is kept as: {kept}</source>
        <translation>The backup was restored ({count} recommendations). The damaged file is kept as: {kept}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>This database was copied from another computer</source>
        <translation>This database was copied from another computer</translation>
    </message>
    <message>
        <source>Making it a new site changes no data: this computer then sends and receives packages under its own name, and the other computer keeps its own.</source>
        <translation>Making it a new site changes no data: this computer then sends and receives packages under its own name, and the other computer keeps its own.</translation>
    </message>
    <message>
        <source>Make it a new site (recommended)</source>
        <translation>Make it a new site (recommended)</translation>
    </message>
    <message>
        <source>This computer replaces the other one</source>
        <translation>This computer replaces the other one</translation>
    </message>
    <message>
        <source>Move it to {target}? The file where it is now is left untouched.</source>
        <translation>Move it to {target}? The file where it is now is left untouched.</translation>
    </message>
    <message>
        <source>Move it to this computer</source>
        <translation>Move it to this computer</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Keep it here</translation>
    </message>
    <message>
        <source>NRTD Desktop</source>
        <translation>NRTD Desktop</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>The automatic backup failed</translation>
    </message>
    <message>
        <source>Updating the database for the new search: {done} of {total} recommendations analysed.</source>
        <translation>Updating the database for the new search: {done} of {total} recommendations analysed.</translation>
    </message>
    <message>
        <source>Updating the database…</source>
        <translation>Updating the database…</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggested by the program</source>
        <translation>Suggested by the program</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>Suggested label</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Suggested from</source>
        <translation>Suggested from</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Accept all sure ones</source>
        <translation>Accept all sure ones</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Suggest from the text</source>
        <translation>Suggest from the text</translation>
    </message>
    <message>
        <source>Type the English text to get suggestions now; a recommendation with an Arabic text only is compared with similar labelled records once saved.</source>
        <translation>Type the English text to get suggestions now; a recommendation with an Arabic text only is compared with similar labelled records once saved.</translation>
    </message>
    <message>
        <source>Grey: less sure than the model&apos;s threshold. Accepting ticks the label; Save records it.</source>
        <translation>Grey: less sure than the model&apos;s threshold. Accepting ticks the label; Save records it.</translation>
    </message>
    <message>
        <source>No suggestion for this text.</source>
        <translation>No suggestion for this text.</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Suggested label</source>
        <translation>Suggested label</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Suggested from</source>
        <translation>Suggested from</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Affected group</source>
        <translation>Affected group</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>SDG target</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>English text</translation>
    </message>
    <message>
        <source>Similar labelled records</source>
        <translation>Similar labelled records</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested themes, affected groups and SDG targets</source>
        <translation>Suggested themes, affected groups and SDG targets</translation>
    </message>
    <message>
        <source>Suggestions for the {count} recommendations the register shows.</source>
        <translation>Suggestions for the {count} recommendations the register shows.</translation>
    </message>
    <message>
        <source>All vocabularies</source>
        <translation>All vocabularies</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation>Vocabulary:</translation>
    </message>
    <message>
        <source>Lowest confidence listed:</source>
        <translation>Lowest confidence listed:</translation>
    </message>
    <message>
        <source>Accept all listed</source>
        <translation>Accept all listed</translation>
    </message>
    <message>
        <source>Accept chosen</source>
        <translation>Accept chosen</translation>
    </message>
    <message>
        <source>Reject chosen</source>
        <translation>Reject chosen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the recommendations…</source>
        <translation>Reading the recommendations…</translation>
    </message>
    <message>
        <source>{count} suggestions for {records} recommendations at this confidence or above.</source>
        <translation>{count} suggestions for {records} recommendations at this confidence or above.</translation>
    </message>
    <message>
        <source>Accept {count} suggestions, changing {records} recommendations? The history of each will say who accepted them.</source>
        <translation>Accept {count} suggestions, changing {records} recommendations? The history of each will say who accepted them.</translation>
    </message>
    <message>
        <source>Accepted {count} suggestions: {records} recommendations changed.</source>
        <translation>Accepted {count} suggestions: {records} recommendations changed.</translation>
    </message>
    <message>
        <source>Accepting the suggestions…</source>
        <translation>Accepting the suggestions…</translation>
    </message>
    <message>
        <source>Rejected {count} suggestions: they will not be offered again.</source>
        <translation>Rejected {count} suggestions: they will not be offered again.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>The file could not be used: {reason}</source>
        <translation>The file could not be used: {reason}</translation>
    </message>
    <message>
        <source>The work stopped because of an unexpected error: {reason}</source>
        <translation>The work stopped because of an unexpected error: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>No dated action to show. Give the actions a start and an end date.</source>
        <translation>No dated action to show. Give the actions a start and an end date.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, overdue</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>The whole plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>Cluster: {name}</translation>
    </message>
    <message>
        <source>Entity: {name}</source>
        <translation>Entity: {name}</translation>
    </message>
    <message>
        <source>Red: overdue. Blue: in progress (darker part: progress reported). Green: completed. Grey: not started. Dashed line: today. Double-click a bar to open its plan.</source>
        <translation>Red: overdue. Blue: in progress (darker part: progress reported). Green: completed. Grey: not started. Dashed line: today. Double-click a bar to open its plan.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message>
        <source>{count} actions, {late} overdue.</source>
        <translation>{count} actions, {late} overdue.</translation>
    </message>
    <message>
        <source>{undated} without dates are not shown.</source>
        <translation>{undated} without dates are not shown.</translation>
    </message>
    <message>
        <source>The first {shown} by start date are drawn: choose a cluster or an entity to see the others.</source>
        <translation>The first {shown} by start date are drawn: choose a cluster or an entity to see the others.</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>The areas of the committee&apos;s work</source>
        <translation>The areas of the committee&apos;s work</translation>
    </message>
    <message>
        <source>Each area is one step of the work: the register of recommendations, the clusters, the implementation plan, the entities, the dashboard, the reports, the drafts of the national reports and the backups. Click one to open it.</source>
        <translation>Each area is one step of the work: the register of recommendations, the clusters, the implementation plan, the entities, the dashboard, the reports, the drafts of the national reports and the backups. Click one to open it.</translation>
    </message>
    <message>
        <source>Finding a recommendation</source>
        <translation>Finding a recommendation</translation>
    </message>
    <message>
        <source>Type a few words in Arabic or English, or a reference such as UPR-3-122.45: every form of a word is found. Ctrl+F brings you here from anywhere.</source>
        <translation>Type a few words in Arabic or English, or a reference such as UPR-3-122.45: every form of a word is found. Ctrl+F brings you here from anywhere.</translation>
    </message>
    <message>
        <source>The implementation plan</source>
        <translation>The implementation plan</translation>
    </message>
    <message>
        <source>For each recommendation or cluster: the actions, who leads them and when, the indicators, the progress reported and the challenges met.</source>
        <translation>For each recommendation or cluster: the actions, who leads them and when, the indicators, the progress reported and the challenges met.</translation>
    </message>
    <message>
        <source>The reports</source>
        <translation>The reports</translation>
    </message>
    <message>
        <source>The national action plan, the progress report, the entity sheet and the others, as Arabic or English PDFs ready for the committee&apos;s meetings.</source>
        <translation>The national action plan, the progress report, the entity sheet and the others, as Arabic or English PDFs ready for the committee&apos;s meetings.</translation>
    </message>
    <message>
        <source>Help is always here</source>
        <translation>Help is always here</translation>
    </message>
    <message>
        <source>F1 opens the user guide at the chapter of the area in front of you. This tour can be seen again from the Help menu.</source>
        <translation>F1 opens the user guide at the chapter of the area in front of you. This tour can be seen again from the Help menu.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Skip the tour</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the committee&apos;s database</source>
        <translation>Unlock the committee&apos;s database</translation>
    </message>
    <message>
        <source>This database is encrypted. Type its passphrase to open it.</source>
        <translation>This database is encrypted. Type its passphrase to open it.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring, and the database opens without asking while you are logged in to this account.</source>
        <translation>The key is kept in this computer&apos;s keyring, and the database opens without asking while you are logged in to this account.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the committee&apos;s recovery key…</source>
        <translation>Forgot the passphrase? Use the committee&apos;s recovery key…</translation>
    </message>
    <message>
        <source>Type the recovery key the coordinator keeps on paper (NRTD- and 13 groups of letters and digits). You will then choose a new passphrase.</source>
        <translation>Type the recovery key the coordinator keeps on paper (NRTD- and 13 groups of letters and digits). You will then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Back to the passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The next try is possible in {seconds} seconds.</source>
        <translation>The next try is possible in {seconds} seconds.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Check the keyboard language and Caps Lock.</source>
        <translation>This passphrase does not open the database. Check the keyboard language and Caps Lock.</translation>
    </message>
    <message>
        <source>This recovery key does not open the database.</source>
        <translation>This recovery key does not open the database.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Affected persons</translation>
    </message>
    <message>
        <source>SDG goal or target</source>
        <translation>SDG goal or target</translation>
    </message>
    <message>
        <source>Recommending State</source>
        <translation>Recommending State</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>State under review</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <source>Values of imported files that are not in the program&apos;s vocabularies. They are kept on their recommendations as imported labels. Map each one to a known value: every recommendation carrying it changes, and later imports do the same.</source>
        <translation>Values of imported files that are not in the program&apos;s vocabularies. They are kept on their recommendations as imported labels. Map each one to a known value: every recommendation carrying it changes, and later imports do the same.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Imported value</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Find a known value</source>
        <translation>Find a known value</translation>
    </message>
    <message>
        <source>Map to the chosen value</source>
        <translation>Map to the chosen value</translation>
    </message>
    <message>
        <source>No value (let the label go)</source>
        <translation>No value (let the label go)</translation>
    </message>
    <message>
        <source>{count} value(s) to map</source>
        <translation>{count} value(s) to map</translation>
    </message>
    <message>
        <source>Every imported value is in the program&apos;s vocabularies.</source>
        <translation>Every imported value is in the program&apos;s vocabularies.</translation>
    </message>
    <message>
        <source>“{label}” ({vocabulary}), on {count} recommendation(s)</source>
        <translation>“{label}” ({vocabulary}), on {count} recommendation(s)</translation>
    </message>
    <message>
        <source>{count} recommendation(s) changed.</source>
        <translation>{count} recommendation(s) changed.</translation>
    </message>
</context>
<context>
    <name>_TagTab</name>
    <message>
        <source>Add to every selected recommendation</source>
        <translation>Add to every selected recommendation</translation>
    </message>
    <message>
        <source>Remove from every selected recommendation</source>
        <translation>Remove from every selected recommendation</translation>
    </message>
</context>
</TS>
