"""Columns that hold a closed vocabulary of ``domain/enums.py``: enum members in the code, the
same plain strings in the database (issue 19).

The stored form is the member's value as text, exactly as before (no schema change, no CHECK
constraint, no native ENUM type on PostgreSQL), so databases, exchange packages and the JSON of
the command line are unchanged. Values are refused in the services (``validation.choice``) with
the bilingual message before they reach a record; a value the vocabulary does not know that is
already in a database (written by hand or by a newer version) is read back as its text rather
than failing the whole query.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from nrtd_desktop.domain.enums import as_member as as_member  # the models' name for it


class StrEnumText(TypeDecorator[Any]):
    """A ``String`` column whose values are members of ``vocabulary`` on the Python side."""

    impl = String
    cache_ok = True

    def __init__(self, vocabulary: type[StrEnum], length: int) -> None:
        super().__init__(length)
        self.vocabulary = vocabulary

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return as_member(self.vocabulary, value)

    @property
    def python_type(self) -> type[Any]:
        return self.vocabulary
