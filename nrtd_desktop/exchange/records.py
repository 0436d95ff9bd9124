"""A shared record as exchanged data: the content form of ``db/content.py``, and what the merge
needs on top of it (the records a content points at, a label a person recognises).

Reference tables are the same on every laptop and are never exchanged. Bookkeeping columns
(version, stamps, the search shadow columns) are not content: the merge never compares them.
"""

from __future__ import annotations

from typing import Any

from nrtd_desktop.db.base import BOOKKEEPING_COLUMNS
from nrtd_desktop.db.content import (
    LINKS,
    REFERENCES,
    STAMPS,
    TABLE_ORDER,
    all_fields,
    content_columns,
    content_of,
    label_of,
    stamps_of,
    write_fields,
    write_stamps,
)

BOOKKEEPING = BOOKKEEPING_COLUMNS

__all__ = [
    "BOOKKEEPING",
    "LINKS",
    "REFERENCES",
    "STAMPS",
    "TABLE_ORDER",
    "all_fields",
    "content_columns",
    "content_of",
    "label_of",
    "referenced_keys",
    "stamps_of",
    "write_fields",
    "write_stamps",
]


def referenced_keys(table: str, content: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, target table or reference model name, key) for every record ``content`` points at."""
    refs = [
        (name, target, str(content[name])) for name, target in REFERENCES[table].items() if content.get(name)
    ]
    for name, (model, _key) in LINKS.get(table, {}).items():
        target = model.__tablename__
        refs.extend((name, target, str(key)) for key in content.get(name) or [])
    return refs
