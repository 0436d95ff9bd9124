"""Where things live on the user's machine (platformdirs), with overrides for tests and scripts."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "NRTD Desktop"
DB_FILENAME = "nrtd.sqlite"


def data_dir() -> Path:
    """The per-user data folder (``NRTD_DATA_DIR`` overrides it)."""
    override = os.environ.get("NRTD_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """``NRTD_DB`` if set, else the database in the per-user data folder."""
    override = os.environ.get("NRTD_DB")
    return Path(override).expanduser() if override else data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """The database a command works on: ``--db`` first, then ``NRTD_DB``, then the default."""
    return Path(cli_value).expanduser() if cli_value else default_db_path()
