<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Exchange</name>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="16"/>
        <source>Exchange package</source>
        <translation>Exchange package</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="18"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="20"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="34"/>
        <source>Package written: {path}</source>
        <translation>Package written: {path}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="46"/>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="54"/>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="74"/>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="78"/>
        <source>Import an exchange package</source>
        <translation>Import an exchange package</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="48"/>
        <source>Exchange packages (*{suffix})</source>
        <translation>Exchange packages (*{suffix})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="55"/>
        <source>Committee passphrase</source>
        <translation>Committee passphrase</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="68"/>
        <source>The package was merged.</source>
        <translation>The package was merged.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_menu.py" line="75"/>
        <source>Checking and comparing the package…</source>
        <translation>Checking and comparing the package…</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="43"/>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="108"/>
        <source>Export an exchange package</source>
        <translation>Export an exchange package</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="46"/>
        <source>This laptop is the coordinator&apos;s: choose the entities whose part of the plan to send.</source>
        <translation>This laptop is the coordinator&apos;s: choose the entities whose part of the plan to send.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="49"/>
        <source>This laptop is a member&apos;s: the package carries what changed here since the last package, for the coordinator.</source>
        <translation>This laptop is a member&apos;s: the package carries what changed here since the last package, for the coordinator.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="67"/>
        <source>The whole plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="69"/>
        <source>Only what changed since the last package</source>
        <translation>Only what changed since the last package</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="78"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="82"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="89"/>
        <source>Committee passphrase</source>
        <translation>Committee passphrase</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="90"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="93"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="110"/>
        <source>Exchange packages (*{suffix})</source>
        <translation>Exchange packages (*{suffix})</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="120"/>
        <source>Choose where to write the package.</source>
        <translation>Choose where to write the package.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="125"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="139"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_export.py" line="140"/>
        <source>Writing the encrypted package…</source>
        <translation>Writing the encrypted package…</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="68"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="71"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="73"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="103"/>
        <source>Review the package before merging</source>
        <translation>Review the package before merging</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="125"/>
        <source>Conflicts: the same field changed on both laptops</source>
        <translation>Conflicts: the same field changed on both laptops</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="130"/>
        <source>Keep this laptop&apos;s value everywhere</source>
        <translation>Keep this laptop&apos;s value everywhere</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="131"/>
        <source>Take the package&apos;s value everywhere</source>
        <translation>Take the package&apos;s value everywhere</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="144"/>
        <source>Apply the merge</source>
        <translation>Apply the merge</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="147"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="158"/>
        <source>Package number {sequence} from {sender}, made on {date}</source>
        <translation>Package number {sequence} from {sender}, made on {date}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="165"/>
        <source>New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}</source>
        <translation>New: {new}   Changed: {changed}   Deleted: {deleted}   Conflicts: {conflicts}   Unchanged: {unchanged}   Older, skipped: {stale}</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="171"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="172"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="173"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="174"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="175"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="183"/>
        <source>The whole record (edited on one laptop, deleted on the other)</source>
        <translation>The whole record (edited on one laptop, deleted on the other)</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="191"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="251"/>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="251"/>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="222"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="248"/>
        <source>This laptop&apos;s value, sent back to the coordinator</source>
        <translation>This laptop&apos;s value, sent back to the coordinator</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="251"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="291"/>
        <source>{count} conflict(s) still to decide</source>
        <translation>{count} conflict(s) still to decide</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="299"/>
        <source>Merging the package</source>
        <translation>Merging the package</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="300"/>
        <source>Taking a snapshot, then merging…</source>
        <translation>Taking a snapshot, then merging…</translation>
    </message>
    <message>
        <location filename="../nrtd_desktop/ui/exchange_review.py" line="314"/>
        <source>The package was not merged</source>
        <translation>The package was not merged</translation>
    </message>
</context>
</TS>
