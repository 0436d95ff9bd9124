"""What a write changed, for whoever shows the data (in the spirit of Anki's ``OpChanges``).

The services hand a :class:`Changes` to each of ``ServiceContext.listeners`` after every write
(``services/base.py``); the window passes it to each built page, which says whether it shows any
of the changed areas (``Changes.touches``) and reads again only then.

The areas are the program's, not the tables: a page asks ``changes.touches(PLAN, ENTITIES)``
and never needs to know that a progress update lives in ``progress_updates``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

RECOMMENDATIONS = "recommendations"
PLAN = "plan"
CLUSTERS = "clusters"
ENTITIES = "entities"
VOCABULARY = "vocabulary"
DRAFTS = "drafts"
REFERENCE = "reference"  # bodies, states, themes, SDGs, regions, mandates
DELETIONS = "deletions"  # what "Deleted records…" lists
OTHER = "other"  # a table this map does not know yet: shown data may depend on it

AREAS = (RECOMMENDATIONS, PLAN, CLUSTERS, ENTITIES, VOCABULARY, DRAFTS, REFERENCE, DELETIONS, OTHER)

# Tables that record a change rather than hold shown data.
_BOOKKEEPING = frozenset({"history", "meta"})

_TABLE_AREAS: dict[str, tuple[str, ...]] = {
    "recommendations": (RECOMMENDATIONS,),
    "documents": (RECOMMENDATIONS,),
    "recommendation_links": (CLUSTERS,),  # the duplicate and related links of the clusters page
    "recommendation_labels": (RECOMMENDATIONS, VOCABULARY),
    "clusters": (CLUSTERS,),
    "cluster_supporting_entities": (CLUSTERS,),
    "actions": (PLAN,),
    "action_partners": (PLAN,),
    "indicators": (PLAN,),
    "progress_updates": (PLAN,),
    "challenges": (PLAN,),
    "entities": (ENTITIES,),
    "vocabulary_mappings": (VOCABULARY,),
    "reporting_events": (DRAFTS,),
    "report_drafts": (DRAFTS,),
    "report_sections": (DRAFTS,),
    "report_versions": (DRAFTS,),
    "deletion_sets": (DELETIONS,),
    "tombstones": (DELETIONS,),
    **{name: (REFERENCE,) for name in (
        "bodies", "states", "themes", "affected_groups", "sdg_goals", "sdg_targets", "regions", "mandates")},
}


def areas_of(table: str) -> tuple[str, ...]:
    """The areas a table's rows are shown in: the join tables of a recommendation
    (``recommendation_themes``...) and its full-text index belong to the recommendations."""
    if table in _BOOKKEEPING:
        return ()
    if table in _TABLE_AREAS:
        return _TABLE_AREAS[table]
    if table.startswith("recommendation"):
        return (RECOMMENDATIONS,)
    return (OTHER,)


@dataclass(frozen=True)
class Changes:
    """The areas (and, for the curious, the tables) one write or several changed.

    ``generation`` counts the writes of the session: a page that read the database after write
    number N already shows what it changed and may skip a notice of N or older."""

    areas: frozenset[str] = frozenset()
    tables: frozenset[str] = frozenset()
    generation: int = 0

    @classmethod
    def of_tables(cls, tables: Iterable[str], generation: int = 0) -> Changes:
        names = frozenset(tables)
        return cls(frozenset(a for t in names for a in areas_of(t)), names, generation)

    @classmethod
    def everything(cls, generation: int = 0) -> Changes:
        """The whole database may differ (a backup put back, a database opened in its place)."""
        return cls(frozenset(AREAS), frozenset(), generation)

    def touches(self, *areas: str) -> bool:
        """Whether any of ``areas`` changed (an unknown table counts as touching every area)."""
        return bool(self.areas.intersection(areas)) or OTHER in self.areas

    def __bool__(self) -> bool:
        return bool(self.areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas, self.tables | other.tables,
                       max(self.generation, other.generation))
