"""The closed vocabularies of the domain, stored as their string values.

Values are stable identifiers written to the database, to exchange packages and to the JSON
of the command line; labels for people live in ``labels.py``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


def as_member(vocabulary: type[E], value: object) -> E | Any:
    """``value`` as a member of ``vocabulary`` when it names one; None and unknown text as they are
    (a value written by hand or by a newer version: ``db/enum_type.py``)."""
    if value is None or isinstance(value, vocabulary):
        return value
    try:
        return vocabulary(str(value))
    except ValueError:
        return value


class MechanismKind(StrEnum):
    """The three families of UN human-rights mechanisms."""

    UPR = "UPR"  # Universal Periodic Review
    TB = "TB"  # treaty bodies
    SP = "SP"  # special procedures


class Position(StrEnum):
    """The State's position on a UPR recommendation (none for other mechanisms)."""

    SUPPORTED = "supported"
    SUPPORTED_IN_PART = "supported_in_part"
    NOTED = "noted"
    PENDING = "pending"


class ImplementationStatus(StrEnum):
    """Where the implementation of a recommendation stands; "overdue" is derived, not stored."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTIALLY_IMPLEMENTED = "partially_implemented"
    IMPLEMENTED = "implemented"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class AnnotationType(StrEnum):
    RECOMMENDATION = "recommendation"
    OBSERVATION = "observation"  # a concern or observation rather than a recommendation


class IndicatorType(StrEnum):
    """OHCHR's indicator framework."""

    STRUCTURAL = "structural"
    PROCESS = "process"
    OUTCOME = "outcome"


class ChallengeCategory(StrEnum):
    LEGISLATIVE = "legislative"
    INSTITUTIONAL = "institutional"
    FINANCIAL = "financial"
    HUMAN_CAPACITY = "human_capacity"
    DATA_STATISTICS = "data_statistics"
    SOCIAL_CULTURAL = "social_cultural"
    COORDINATION = "coordination"
    OTHER = "other"


class ChallengeStatus(StrEnum):
    OPEN = "open"
    BEING_ADDRESSED = "being_addressed"
    RESOLVED = "resolved"


class EntityRole(StrEnum):
    """How an entity is responsible for a recommendation or a cluster."""

    LEAD = "lead"
    SUPPORTING = "supporting"


class ChangeOrigin(StrEnum):
    """Where a recorded change came from: typed on this laptop, an imported file, a package, or a
    suggestion of the program that a person accepted (issue 23: the actor is who accepted it)."""

    LOCAL = "local"
    IMPORT = "import"
    PACKAGE = "package"
    SUGGESTION = "suggestion"
