"""The implementation status of a recommendation, rolled up from its actions, and "overdue".

The committee plans per recommendation and per cluster: a recommendation is carried out by its
own actions *and* by the actions of the cluster it belongs to. Its status is read from them:

- no action at all: the roll-up has no opinion (``None``): a status typed or imported by hand
  is kept, because there is nothing to derive it from;
- cancelled actions do not count (they will never be done); only cancelled ones: not started;
- every counted action completed: implemented;
- some completed, not all: partially implemented;
- none completed, but one in progress (or reported with some progress): in progress;
- otherwise: not started.

"Overdue" is never stored: an action is overdue when today is past its end date and it is
neither completed nor cancelled; a recommendation is overdue when one of its actions is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from nrtd_desktop.domain.enums import ActionStatus, ImplementationStatus

FINISHED = (ActionStatus.COMPLETED, ActionStatus.CANCELLED)


@dataclass(frozen=True)
class ActionFacts:
    """What the roll-up needs to know about one action."""

    status: str
    end_date: date | None = None
    latest_percent: int | None = None  # the percentage of its newest progress update


def is_overdue(status: str, end_date: date | None, today: date) -> bool:
    """Past its end date (strictly: the end day itself is still on time) and not finished."""
    return end_date is not None and end_date < today and status not in FINISHED


def rollup_status(actions: Iterable[ActionFacts]) -> ImplementationStatus | None:
    """The recommendation's status from its actions (see the module docstring), or None."""
    actions = list(actions)
    if not actions:
        return None
    counted = [a for a in actions if a.status != ActionStatus.CANCELLED]
    if not counted:
        return ImplementationStatus.NOT_STARTED
    completed = sum(1 for a in counted if a.status == ActionStatus.COMPLETED)
    if completed == len(counted):
        return ImplementationStatus.IMPLEMENTED
    if completed:
        return ImplementationStatus.PARTIALLY_IMPLEMENTED
    started = any(a.status == ActionStatus.IN_PROGRESS or (a.latest_percent or 0) > 0 for a in counted)
    return ImplementationStatus.IN_PROGRESS if started else ImplementationStatus.NOT_STARTED


def any_overdue(actions: Iterable[ActionFacts], today: date) -> bool:
    return any(is_overdue(a.status, a.end_date, today) for a in actions)
