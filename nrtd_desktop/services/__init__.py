"""The use cases of the program. Each call owns its transaction and returns plain data."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from nrtd_desktop.dto.register import Stats
from nrtd_desktop.services.base import ServiceContext

if TYPE_CHECKING:
    from nrtd_desktop.services.bulk import BulkEditService
    from nrtd_desktop.services.changes import ChangeService
    from nrtd_desktop.services.cluster_ops import ClusterOpsService
    from nrtd_desktop.services.clusters import ClusterService
    from nrtd_desktop.services.deletions import DeletionService
    from nrtd_desktop.services.drafts import DraftService
    from nrtd_desktop.services.entities import EntityService
    from nrtd_desktop.services.exchange import ExchangeService
    from nrtd_desktop.services.figures import FiguresService
    from nrtd_desktop.services.history import HistoryService
    from nrtd_desktop.services.imports import ImportService
    from nrtd_desktop.services.links import LinkService
    from nrtd_desktop.services.plan import PlanService
    from nrtd_desktop.services.priority import PriorityService
    from nrtd_desktop.services.recommendations import RecommendationService
    from nrtd_desktop.services.reference import ReferenceService
    from nrtd_desktop.services.reporting_calendar import CalendarService
    from nrtd_desktop.services.reports import ReportService
    from nrtd_desktop.services.responsibility import ResponsibilityService
    from nrtd_desktop.services.safety import SafetyService
    from nrtd_desktop.services.similarity import SimilarityService
    from nrtd_desktop.services.stats import StatsService
    from nrtd_desktop.services.suggestions import SuggestionService
    from nrtd_desktop.services.vocabulary import VocabularyService


class Services:
    """Every service over one database, built once by ``app.open_services``.

    Each service is built on first use, and its module imported only then: the window's start
    needs a few of them, and importing all (import and exchange formats, figures, similarity)
    cost about 0.1 s of every start. ``cached_property`` keeps the instance; should two threads ask
    for a service first at the same moment (Python 3.12 dropped its lock), one may be built twice,
    which costs only time: services hold nothing but caches.
    """

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.on_close: list[Callable[[], None]] = []  # the database lock's release (app.open_services)

    @cached_property
    def recommendations(self) -> RecommendationService:
        from nrtd_desktop.services.recommendations import RecommendationService

        return RecommendationService(self.context)

    @cached_property
    def entities(self) -> EntityService:
        from nrtd_desktop.services.entities import EntityService

        return EntityService(self.context)

    @cached_property
    def clusters(self) -> ClusterService:
        from nrtd_desktop.services.clusters import ClusterService

        return ClusterService(self.context)

    @cached_property
    def vocabulary(self) -> VocabularyService:
        from nrtd_desktop.services.vocabulary import VocabularyService

        return VocabularyService(self.context)

    @cached_property
    def reference(self) -> ReferenceService:
        from nrtd_desktop.services.reference import ReferenceService

        return ReferenceService(self.context)

    @cached_property
    def reports(self) -> ReportService:
        from nrtd_desktop.services.reports import ReportService

        return ReportService(self)

    @cached_property
    def changes(self) -> ChangeService:
        from nrtd_desktop.services.changes import ChangeService

        return ChangeService(self.context)

    @cached_property
    def deletions(self) -> DeletionService:
        from nrtd_desktop.services.deletions import DeletionService

        return DeletionService(self.context)

    @cached_property
    def bulk(self) -> BulkEditService:
        from nrtd_desktop.services.bulk import BulkEditService

        return BulkEditService(self.context)

    @cached_property
    def cluster_ops(self) -> ClusterOpsService:
        from nrtd_desktop.services.cluster_ops import ClusterOpsService

        return ClusterOpsService(self.context)

    @cached_property
    def links(self) -> LinkService:
        from nrtd_desktop.services.links import LinkService

        return LinkService(self.context)

    @cached_property
    def similarity(self) -> SimilarityService:
        from nrtd_desktop.services.similarity import SimilarityService

        return SimilarityService(self.context)

    @cached_property
    def suggestions(self) -> SuggestionService:
        from nrtd_desktop.services.suggestions import SuggestionService

        return SuggestionService(self.context, similarity=lambda: self.similarity)

    @cached_property
    def priority(self) -> PriorityService:
        from nrtd_desktop.services.priority import PriorityService

        return PriorityService(self.context)

    @cached_property
    def responsibility(self) -> ResponsibilityService:
        from nrtd_desktop.services.responsibility import ResponsibilityService

        return ResponsibilityService(self.context)

    @cached_property
    def plan(self) -> PlanService:
        from nrtd_desktop.services.plan import PlanService

        return PlanService(self.context)

    @cached_property
    def _stats(self) -> StatsService:
        from nrtd_desktop.services.stats import StatsService

        return StatsService(self.context)

    @cached_property
    def history(self) -> HistoryService:
        from nrtd_desktop.services.history import HistoryService

        return HistoryService(self.context)

    @cached_property
    def figures(self) -> FiguresService:
        from nrtd_desktop.services.figures import FiguresService

        return FiguresService(self.context)

    @cached_property
    def safety(self) -> SafetyService:
        from nrtd_desktop.services.safety import SafetyService

        return SafetyService(self.context)

    @cached_property
    def exchange(self) -> ExchangeService:
        from nrtd_desktop.services.exchange import ExchangeService

        return ExchangeService(self.context)

    @cached_property
    def imports(self) -> ImportService:
        from nrtd_desktop.services.imports import ImportService

        return ImportService(self.context)

    @cached_property
    def calendar(self) -> CalendarService:
        from nrtd_desktop.services.reporting_calendar import CalendarService

        return CalendarService(self.context)

    @cached_property
    def drafts(self) -> DraftService:
        from nrtd_desktop.services.drafts import DraftService

        return DraftService(self.context)

    def stats(self) -> Stats:
        return self._stats.stats()

    def close(self) -> None:
        self.context.engine.dispose()
        while self.on_close:
            self.on_close.pop()()

    # ``with open_services(path) as services:`` closes the database (and lets go of its lock)
    # however the block ends.
    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
