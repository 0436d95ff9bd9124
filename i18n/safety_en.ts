<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Areas</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="186"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="57"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="57"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="57"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="58"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="64"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="66"/>
        <source>Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="68"/>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="131"/>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="134"/>
        <source>Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="70"/>
        <source>Open the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="88"/>
        <source>Backups of {db} are kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months, every backup made by hand, and the snapshots taken before imports, upgrades, restores and merges for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="96"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="111"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="120"/>
        <source>Backup made and verified: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="132"/>
        <source>The database is whole (integrity check and foreign keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="135"/>
        <source>The database is damaged: {problems}. Restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="145"/>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="164"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="146"/>
        <source>Replace the database by the backup of {date} ({count} recommendations)? The current state is backed up first. The program then closes; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="163"/>
        <source>Restored: {count} recommendations. The program closes now; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="36"/>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="37"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="38"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="39"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="40"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="41"/>
        <source>Before merging a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_page.py" line="42"/>
        <source>Before a move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="33"/>
        <source>Typed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="34"/>
        <source>Imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="35"/>
        <source>Exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="41"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="42"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="43"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="84"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="84"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="84"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="85"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="85"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="86"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="146"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../nrtd_desktop/ui/history_panel.py" line="165"/>
        <source>%n recorded change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="173"/>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="181"/>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/history_panel.py" line="174"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="32"/>
        <source>Who is working on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="33"/>
        <source>Your name and entity are written beside every change you make, so that the committee knows who changed what. You are asked only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="40"/>
        <source>(no entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="46"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/identity_dialog.py" line="47"/>
        <source>Your entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="25"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="29"/>
        <source>A risky place for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="38"/>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="40"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="50"/>
        <source>The backup was restored ({count} recommendations). The damaged file is kept as: {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="52"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="68"/>
        <source>Move it to {target}? The file where it is now is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="71"/>
        <source>Move it to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="73"/>
        <source>Keep it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="100"/>
        <source>NRTD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/backup_startup.py" line="107"/>
        <source>The automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
