"""What the window shows while the database opens: the register's first rows, read before
SQLAlchemy is imported (issue 25). Qt-free; the window's part is ``ui/first_rows.py``.

Importing SQLAlchemy and the mapped models costs more CPU than everything else the window does
before its first rows (0.4 of 0.8 s on the team's 2-core machine). :func:`quiet_opening` reads the
first page, the register's size and the names its cells show with the standard library's
``sqlite3`` (read-only), through the register's own definition of that page
(``db/first_page.py``), only when opening the database will ask nothing and say nothing: a
database file (not a server) that exists, is not encrypted (the passphrase is asked first), is not
held by another program and was closed cleanly (no lock file: else the full check runs before
anything is shown), lies in a safe place (no move offered), is at this program's schema (no
migration), belongs to this installation (no "copied from another computer?"), holds the shipped
reference data, and when the member's name is known. Anything else, or anything unreadable, is
the usual start, unchanged. :class:`OpeningServices` is what the window reads meanwhile.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nrtd_desktop.db import cipher, first_page
from nrtd_desktop.db.engine import is_server
from nrtd_desktop.db.meta_keys import REFERENCE_DIGEST_KEY, SITE_INSTALLATION_KEY
from nrtd_desktop.db.migrate import HEAD_REVISION, REVISION_QUERY
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import Label, RecommendationFilter, RecommendationRow
from nrtd_desktop.settings import Settings, installation_id

_META_SQL = "SELECT key, value FROM meta WHERE key IN (?, ?)"


def quiet_opening(db: Path | str, settings: Settings, limit: int) -> first_page.Opening | None:
    """The register's opening (its first ``limit`` rows) read from ``db`` when opening it asks
    and says nothing (see the module docstring); None for the usual start."""
    if is_server(db) or not settings.user_name.strip():
        return None
    from nrtd_desktop.safety.location import location_warning
    from nrtd_desktop.safety.lock import lock_path_for, writer_present

    path = Path(os.path.abspath(db))
    try:
        if not path.is_file() or not cipher.is_plain(path):
            return None
        if lock_path_for(path).exists() or writer_present(path) is not None:
            return None
        if location_warning(path) is not None:
            return None
        connection = sqlite3.connect(cipher.read_only_uri(path), uri=True, isolation_level=None)
        try:
            connection.execute("PRAGMA trusted_schema=OFF")
            connection.execute("BEGIN")  # one snapshot for every read
            if not _opens_quietly(connection):
                return None
            return first_page.read_opening(connection.execute, settings.language, limit)
        finally:
            connection.close()
    except (OSError, ValueError, sqlite3.Error):
        return None  # the usual start says what is wrong


def _opens_quietly(connection: sqlite3.Connection) -> bool:
    """At this program's schema, this installation's site, the shipped reference data."""
    revision = connection.execute(REVISION_QUERY).fetchone()
    if revision is None or revision[0] != HEAD_REVISION:
        return False
    meta = dict(connection.execute(_META_SQL, (SITE_INSTALLATION_KEY, REFERENCE_DIGEST_KEY)).fetchall())
    owner = json.loads(meta[SITE_INSTALLATION_KEY]) if SITE_INSTALLATION_KEY in meta else None
    installation = installation_id()
    if isinstance(owner, dict) and installation is not None and owner.get("installation") != installation:
        return False  # sites.settle_site would ask whether the file was copied from another computer
    from nrtd_desktop.reference.catalog import reference_digest

    return meta.get(REFERENCE_DIGEST_KEY) == reference_digest()


class _NotOpenYet(AttributeError):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what}: the database is still opening (nrtd_desktop/opening.py); only the "
                         "register's first page can be read")


class _Recommendations:
    def __init__(self, opening: first_page.Opening) -> None:
        self._opening = opening

    def count(self, f: RecommendationFilter | None = None) -> int:
        if f is not None and not f.is_empty():
            raise _NotOpenYet("recommendations.count(filter)")
        return self._opening.total

    def list(self, f: RecommendationFilter | None = None, order_by: str = "reference",
             descending: bool = False, offset: int = 0, limit: int | None = 200, lang: Lang = "ar",
             total: int | None = None) -> list[RecommendationRow]:
        if (f is not None and not f.is_empty()) or order_by != "reference" or descending:
            raise _NotOpenYet("recommendations.list(filter, order)")
        # Rows past the first page (a window taller than 100 rows) stay blank until the
        # database's services take over a moment later.
        rows = list(self._opening.rows[offset:])
        return rows[:limit] if limit is not None else rows


class _Reference:
    def __init__(self, opening: first_page.Opening) -> None:
        self._opening = opening

    def themes(self) -> list[Label]:
        return list(self._opening.themes)

    def bodies(self) -> list[Label]:
        return list(self._opening.bodies)


class _Entities:
    def __init__(self, opening: first_page.Opening) -> None:
        self._opening = opening

    def names(self) -> dict[str, tuple[str, str]]:
        return dict(self._opening.entity_names)


class _Context:
    is_sqlite = True
    generation = 0
    read_only = False

    def __init__(self) -> None:
        self.listeners: list[Callable[[Any], None]] = []


class OpeningServices:
    """What the window reads while the database opens: the register's first page, its size, the
    names its cells show. Anything else is refused (the window takes no input meanwhile)."""

    opening = True

    def __init__(self, opening: first_page.Opening) -> None:
        self.recommendations = _Recommendations(opening)
        self.reference = _Reference(opening)
        self.entities = _Entities(opening)
        self.context = _Context()

    def __getattr__(self, name: str) -> Any:
        raise _NotOpenYet(f"services.{name}")

    def close(self) -> None:
        """Nothing is open: the rows were read and the connection closed."""


def is_opening(services: Any) -> bool:
    """Whether ``services`` are the first rows' stand-in, not the database's services yet."""
    return isinstance(services, OpeningServices)
