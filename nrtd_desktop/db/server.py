"""What only a PostgreSQL server needs: its migration under a lock, and who is connected.

A server is shared: two members starting a new version of the program at the same moment would
both find the schema old. PostgreSQL's DDL is transactional, and a transaction-level advisory
lock makes the second wait for the first and then find the schema at head.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

from nrtd_desktop.db import migrate

# pg_advisory_xact_lock's key: "NRTD" in ASCII.
MIGRATION_LOCK = 0x4E525444


def migrate_server(engine: Engine, progress: migrate.MigrationProgress | None = None) -> str:
    """Bring the server's schema to head, one program at a time; returns the revision."""
    if migrate.current_revision(engine) == migrate.head_revision():
        return migrate.head_revision()
    with engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        return migrate.upgrade_on(connection, progress=progress)


def login(engine: Engine) -> str:
    """The database login of this program's connections (``session_user``)."""
    with engine.connect() as connection:
        return str(connection.execute(text("SELECT session_user")).scalar())
