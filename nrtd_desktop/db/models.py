"""All mapped classes in one import, for the services and for Alembic."""

from nrtd_desktop.db import fts
from nrtd_desktop.db.base import Base, SharedRecord
from nrtd_desktop.db.models_plan import Action, Challenge, Indicator, ProgressUpdate, action_partners
from nrtd_desktop.db.models_reference import (
    AffectedGroup,
    Body,
    Mandate,
    Region,
    SdgGoal,
    SdgTarget,
    State,
    Theme,
)
from nrtd_desktop.db.models_register import (
    Cluster,
    Document,
    Entity,
    Recommendation,
    RecommendationLink,
    cluster_supporting_entities,
    recommendation_groups,
    recommendation_sdg_targets,
    recommendation_states,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.db.models_reporting import ReportDraft, ReportingEvent, ReportSection, ReportVersion
from nrtd_desktop.db.models_sources import (
    VocabularyMapping,
    recommendation_countries,
    recommendation_labels,
    recommendation_mandates,
    recommendation_regions,
    recommendation_sdg_goals,
    recommendation_sources,
)
from nrtd_desktop.db.models_system import DeletionSet, HistoryEntry, MetaValue, Tombstone

# The records people edit and exchange, by table name (history, exchange and merge use it).
SHARED_MODELS: dict[str, type[SharedRecord]] = {
    model.__tablename__: model
    for model in (
        Entity,
        Document,
        Cluster,
        Recommendation,
        RecommendationLink,
        Action,
        Indicator,
        ProgressUpdate,
        Challenge,
        ReportingEvent,
        ReportDraft,
        ReportSection,
        ReportVersion,
    )
}

# The full-text index follows every ORM change of a recommendation.
fts.install(Recommendation)

__all__ = [
    "SHARED_MODELS",
    "Action",
    "AffectedGroup",
    "Base",
    "Body",
    "Challenge",
    "Cluster",
    "DeletionSet",
    "Document",
    "Entity",
    "HistoryEntry",
    "Indicator",
    "Mandate",
    "MetaValue",
    "ProgressUpdate",
    "Recommendation",
    "RecommendationLink",
    "Region",
    "ReportDraft",
    "ReportSection",
    "ReportVersion",
    "ReportingEvent",
    "SdgGoal",
    "SdgTarget",
    "SharedRecord",
    "State",
    "Theme",
    "Tombstone",
    "VocabularyMapping",
    "action_partners",
    "cluster_supporting_entities",
    "recommendation_countries",
    "recommendation_groups",
    "recommendation_labels",
    "recommendation_mandates",
    "recommendation_regions",
    "recommendation_sdg_goals",
    "recommendation_sdg_targets",
    "recommendation_sources",
    "recommendation_states",
    "recommendation_supporting_entities",
    "recommendation_themes",
]
