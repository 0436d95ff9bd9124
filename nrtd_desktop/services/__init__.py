"""The use cases of the program. Each call owns its transaction and returns plain data."""

from __future__ import annotations

from collections.abc import Callable

from nrtd_desktop.services.base import ServiceContext
from nrtd_desktop.services.bulk import BulkEditService
from nrtd_desktop.services.cluster_ops import ClusterOpsService
from nrtd_desktop.services.clusters import ClusterService
from nrtd_desktop.services.dto import Stats
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
from nrtd_desktop.services.responsibility import ResponsibilityService
from nrtd_desktop.services.safety import SafetyService
from nrtd_desktop.services.similarity import SimilarityService
from nrtd_desktop.services.stats import StatsService


class Services:
    """Every service over one database, built once by ``app.open_services``."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.recommendations = RecommendationService(context)
        self.entities = EntityService(context)
        self.clusters = ClusterService(context)
        self.reference = ReferenceService(context)
        self.bulk = BulkEditService(context)
        self.cluster_ops = ClusterOpsService(context)
        self.links = LinkService(context)
        self.similarity = SimilarityService(context)
        self.priority = PriorityService(context)
        self.responsibility = ResponsibilityService(context)
        self.plan = PlanService(context)
        self._stats = StatsService(context)
        self.history = HistoryService(context)
        self.figures = FiguresService(context)
        self.safety = SafetyService(context)
        self.exchange = ExchangeService(context)
        self.imports = ImportService(context)
        self.on_close: list[Callable[[], None]] = []  # the database lock's release (app.open_services)

    def stats(self) -> Stats:
        return self._stats.stats()

    def close(self) -> None:
        self.context.engine.dispose()
        while self.on_close:
            self.on_close.pop()()
