"""Field checks shared by the services: each raises ValidationError naming the field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Literal, TypeVar, overload

from nrtd_desktop.domain.errors import ValidationError


def required_text(field: str, value: str | None) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError("validation.required", field=field)
    return value


@overload
def choice(
    field: str, value: str | None, allowed: type[StrEnum] | Iterable[str], *, optional: Literal[False] = False
) -> str: ...
@overload
def choice(
    field: str, value: str | None, allowed: type[StrEnum] | Iterable[str], *, optional: bool
) -> str | None: ...
def choice(
    field: str, value: str | None, allowed: type[StrEnum] | Iterable[str], *, optional: bool = False
) -> str | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError("validation.required", field=field)
    values = {str(v) for v in allowed}
    if str(value) not in values:
        raise ValidationError("validation.invalid_choice", field=field, value=value)
    return str(value)


E = TypeVar("E", bound=StrEnum)


def member(field: str, value: str | None, vocabulary: type[E]) -> E:
    """``value`` as the member of ``vocabulary`` it names; a clear bilingual error otherwise."""
    return vocabulary(choice(field, value, vocabulary))


def int_range(field: str, value: object, low: int, high: int, *, optional: bool = True) -> int | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError("validation.required", field=field)
    try:
        # Any value is tried: what int() refuses is reported below as out of range.
        number: int = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise ValidationError("validation.out_of_range", field=field, low=low, high=high) from None
    if not low <= number <= high:
        raise ValidationError("validation.out_of_range", field=field, low=low, high=high)
    return number


def as_date(field: str, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError("validation.invalid_date", field=field, value=value) from None


def date_order(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValidationError("validation.date_order", field="end_date")
