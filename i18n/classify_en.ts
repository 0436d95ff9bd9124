<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
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
        <source>Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside any cluster.</source>
        <translation>Delete the cluster «{name}»? Its {count} recommendations stay in the register, outside any cluster.</translation>
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
        <source>Delete {name}? It leads {leads} and supports {supports} recommendations; they will have no entity in its place.</source>
        <translation>Delete {name}? It leads {leads} and supports {supports} recommendations; they will have no entity in its place.</translation>
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
    <name>PriorityWeightsDialog</name>
    <message>
        <source>Priority weights</source>
        <translation>Priority weights</translation>
    </message>
    <message>
        <source>Each criterion counts in proportion to its weight (0 ignores it). A criterion that does not apply to a recommendation, such as the State's position on a treaty-body recommendation, is left out of its score. Priorities set by hand are kept.</source>
        <translation>Each criterion counts in proportion to its weight (0 ignores it). A criterion that does not apply to a recommendation, such as the State's position on a treaty-body recommendation, is left out of its score. Priorities set by hand are kept.</translation>
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