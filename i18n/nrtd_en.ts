<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Choose a recommendation to see all its fields.</source>
        <translation>Choose a recommendation to see all its fields.</translation>
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
    <name>Labels</name>
    <message>
        <source>Supported</source>
        <translation>Supported</translation>
    </message>
    <message>
        <source>Supported in part</source>
        <translation>Supported in part</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noted</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partially implemented</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Universal Periodic Review</source>
        <translation>Universal Periodic Review</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>Treaty bodies</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Special procedures</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Concern or observation</source>
        <translation>Concern or observation</translation>
    </message>
    <message>
        <source>1: asks other States or asks for help</source>
        <translation>1: asks other States or asks for help</translation>
    </message>
    <message>
        <source>2: continue an existing action</source>
        <translation>2: continue an existing action</translation>
    </message>
    <message>
        <source>3: consider a change</source>
        <translation>3: consider a change</translation>
    </message>
    <message>
        <source>4: a general action</source>
        <translation>4: a general action</translation>
    </message>
    <message>
        <source>5: a specific action</source>
        <translation>5: a specific action</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>NRTD Desktop</source>
        <translation>NRTD Desktop</translation>
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
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
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
</TS>
