"""The use cases of the program. Each call owns its transaction and returns plain data."""

from __future__ import annotations

from nrtd_desktop.services.base import ServiceContext
from nrtd_desktop.services.clusters import ClusterService
from nrtd_desktop.services.dto import Stats
from nrtd_desktop.services.entities import EntityService
from nrtd_desktop.services.recommendations import RecommendationService
from nrtd_desktop.services.reference import ReferenceService
from nrtd_desktop.services.stats import StatsService


class Services:
    """Every service over one database, built once by ``app.open_services``."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.recommendations = RecommendationService(context)
        self.entities = EntityService(context)
        self.clusters = ClusterService(context)
        self.reference = ReferenceService(context)
        self._stats = StatsService(context)

    def stats(self) -> Stats:
        return self._stats.stats()

    def close(self) -> None:
        self.context.engine.dispose()
