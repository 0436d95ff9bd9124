"""One recorded change, as the history panel, the exports and the recommendation sheet show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HistoryRow:
    """One recorded change: who, when, which record and field, old and new value, from where."""

    id: int
    at: datetime
    actor: str
    actor_entity: str
    site_id: str
    origin: str  # ChangeOrigin: local | import | package
    origin_detail: str  # the imported file or package
    table_name: str
    record_id: str
    operation: str  # create | update | delete
    field: str
    old_value: str | None
    new_value: str | None
