"""A PostgreSQL server for the tests, when one is named (issue 24).

``NRTD_TEST_POSTGRES`` holds the URL of a login that may create databases (``.ci/run`` starts
Debian's server and sets it, for example ``postgresql://nrtd:nrtd@localhost/postgres``). Each test
gets a database of its own, made from a template (the demo committee, built once per run) and
dropped afterwards. Without the variable, or with a server that does not answer, the tests that
need one are skipped with the reason: a fresh clone passes the README's test command as it is.
"""

from __future__ import annotations

import os
import uuid
from functools import cache

import pytest

ENV = "NRTD_TEST_POSTGRES"


def admin_url() -> str | None:
    return os.environ.get(ENV) or None


@cache
def unavailable() -> str | None:
    """Why no server can be used, or None when one answers."""
    url = admin_url()
    if url is None:
        return f"no PostgreSQL server: set {ENV} to a URL that may create databases (see .ci/run)"
    try:
        import psycopg

        with psycopg.connect(_libpq(url), connect_timeout=5) as connection:
            connection.execute("SELECT 1")
    except Exception as exc:
        return f"the PostgreSQL server of {ENV} does not answer: {type(exc).__name__}: {exc}"
    return None


def require() -> str:
    """The admin URL, or skip the calling test with the reason."""
    reason = unavailable()
    if reason is not None:
        pytest.skip(reason)
    return admin_url()  # type: ignore[return-value]


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(_libpq(url)).set(database=name).render_as_string(hide_password=False)


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(_libpq(require()), autocommit=True) as connection:
        connection.execute(sql)


def create_database(template: str | None = None, prefix: str = "nrtd_test") -> str:
    """A new empty database (or a copy of ``template``'s); returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    # FILE_COPY: a copy of the template's files, faster than WAL_LOG's page by page at this size.
    _admin(f'CREATE DATABASE "{name}" STRATEGY FILE_COPY' + (f' TEMPLATE "{template}"' if template else ""))
    return _with_database(require(), name)


def database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(_libpq(url)).database)


def drop_database(url: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')
