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


def _database(value: str | os.PathLike[str]) -> Path | str:
    """A file's path, or a server's URL kept as text (a Path would fold its ``//``)."""
    from nrtd_desktop.db.engine import is_server

    text = os.fspath(value)
    return text.strip() if is_server(text) else Path(text).expanduser()


def default_db_path() -> Path | str:
    """``NRTD_DB`` if set (a file or a ``postgresql://`` URL), else the database in the per-user
    data folder."""
    override = os.environ.get("NRTD_DB")
    return _database(override) if override else data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path | str:
    """The database a command works on: ``--db`` first, then ``NRTD_DB``, then the default. A
    ``postgresql://`` URL names a server (issue 24) and stays text."""
    return _database(cli_value) if cli_value else default_db_path()
