"""The figures of ``nrtd stats`` (and the headline numbers of the dashboard)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import SQLColumnExpression, func, select

from nrtd_desktop.db.base import Base
from nrtd_desktop.db.migrate import current_revision
from nrtd_desktop.db.models import (
    Action,
    Challenge,
    Cluster,
    Entity,
    Indicator,
    ProgressUpdate,
    Recommendation,
)
from nrtd_desktop.domain.enums import ImplementationStatus, MechanismKind, Position, Priority
from nrtd_desktop.dto.register import Stats
from nrtd_desktop.services.base import Service

R = Recommendation


class StatsService(Service):
    def stats(self) -> Stats:
        with self.context.read() as session:

            def count(model: type[Base]) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)

            def by(column: SQLColumnExpression[Any], keys: Iterable[object]) -> dict[str, int]:
                found = {
                    ("none" if k is None else str(k)): n
                    for k, n in session.execute(select(column, func.count()).group_by(column)).all()
                }
                result = {str(k): found.pop(str(k), 0) for k in keys}
                result.update(found)  # values from elsewhere are shown, not hidden
                return result

            return Stats(
                recommendations=count(R),
                by_mechanism=by(R.mechanism, list(MechanismKind)),
                by_position=by(R.position, [*Position, "none"]),
                by_status=by(R.status, list(ImplementationStatus)),
                by_priority=by(R.priority, [*Priority, "none"]),
                actions=count(Action),
                indicators=count(Indicator),
                progress_updates=count(ProgressUpdate),
                challenges=count(Challenge),
                entities=count(Entity),
                clusters=count(Cluster),
                schema_version=current_revision(self.context.engine) or "",
            )
