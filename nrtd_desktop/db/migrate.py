"""Opening a database file: recognise it, refuse a newer schema, migrate an older one.

Every schema change is an Alembic revision in ``migrations/versions``; they run automatically
at open, after a snapshot of the file, in one transaction (SQLite DDL is transactional).

Alembic (with Mako and its dialect modules, ~0.1 s) is imported only when a file is not at
``HEAD_REVISION``: opening an up-to-date database, every start but the first after an upgrade,
reads the one row of Alembic's ``alembic_version`` table and nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from nrtd_desktop.db import cipher
from nrtd_desktop.db.engine import AUTO, make_engine
from nrtd_desktop.domain.errors import NOT_FOUND, DatabaseError, Localized

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# SQLAlchemy is imported by the functions that use it: the window reads a file's revision and
# ``HEAD_REVISION`` before SQLAlchemy is imported, to paint its first rows (issue 25).

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
# The newest revision in migrations/versions. A new revision changes this line too:
# tests/db/test_migrations.py compares it with Alembic's own head.
HEAD_REVISION = "0019_pg_kept_counts"
# Where Alembic records a file's revision (one row); read directly so that opening a file at
# head needs no Alembic, and by the checks on a plain read-only sqlite3 connection.
REVISION_QUERY = "SELECT version_num FROM alembic_version"
# Told how a long migration step goes: (step, done, total). Steps: "search_index" (revision
# 0009_search_stems analyses every recommendation again). The window shows a progress dialog,
# the command line a percentage; a revision finds it in ``context.config.attributes``.
MigrationProgress = Callable[[str, int, int], None]
# Runs before an existing database is migrated: (engine, the revision it is at), e.g. a snapshot.
BeforeMigration = Callable[["Engine", str], None]
MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "migration.search_index": (
        "Updating the database for the new search: {done} of {total} recommendations analysed ({percent}%).",
        "تحديث قاعدة البيانات للبحث الجديد: حُلّلت {done} من أصل {total} توصية ({percent}٪).",
    ),
}


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision Alembic recorded in the file; None for a file it never touched."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text(REVISION_QUERY)).scalar()


def upgrade_on(connection: Connection, progress: MigrationProgress | None = None) -> str:
    """Bring the schema to head inside the caller's transaction on ``connection`` (a server's:
    ``db/server.py`` holds its lock there); the same refusals as :func:`upgrade`."""
    from sqlalchemy import inspect, text

    found = None
    if inspect(connection).has_table("alembic_version"):
        found = connection.execute(text(REVISION_QUERY)).scalar()
    head = head_revision()
    if found == head:
        return head
    if found is None:
        if set(inspect(connection).get_table_names()) - {"alembic_version"}:
            raise DatabaseError("db.not_a_database", path=str(connection.engine.url.database))
    elif found not in known_revisions():
        raise DatabaseError("db.newer_schema", found=found, known=head)
    from alembic import command

    from nrtd_desktop.db import counts

    config = alembic_config()
    config.attributes["connection"] = connection
    config.attributes["progress"] = progress
    # The counts' triggers set aside for the revisions and put back after them, counted once
    # (as ``upgrade`` does on a file; db/counts.py).
    counts.suspend(connection)
    command.upgrade(config, "head")
    counts.ensure(connection)
    return head


def check_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database (zero bytes, text, truncated).

    An encrypted database (``db/cipher.py``) passes when this program holds its key; without
    it: ``db.encrypted_locked`` (unlock first), before anything is created or locked."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError("db.not_a_database", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return
    if not cipher.looks_encrypted(path):
        raise DatabaseError("db.not_a_database", path=str(path))
    # Without its key: db.encrypted_locked. A held key that no longer opens the file (a damaged
    # first page) is the start-up check's to report, with the newest good backup.
    cipher.key_for_file(path)


def upgrade(engine: Engine, *, before_migration: BeforeMigration | None = None,
            progress: MigrationProgress | None = None) -> str:
    """Bring the schema to the head revision; returns the revision now in force.

    ``before_migration(engine, from_revision)`` runs first when an existing database is
    about to change (the caller takes its snapshot there); ``progress`` hears of long steps.
    """
    from sqlalchemy import inspect

    from nrtd_desktop.db import counts

    found = current_revision(engine)
    head = head_revision()
    if found == head:
        return head
    if found is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            # A SQLite file of some other program: never write to it.
            raise DatabaseError("db.not_a_database", path=str(engine.url.database))
    elif found not in known_revisions():
        raise DatabaseError("db.newer_schema", found=found, known=head)
    elif before_migration is not None:
        before_migration(engine, found)
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection, _foreign_keys_off(connection), connection.begin():
        config.attributes["connection"] = connection
        config.attributes["progress"] = progress
        # The triggers that keep the register's counts name the recommendations and their link
        # tables: a revision that copies one of them (batch mode) could not rename the copy while
        # they exist, and its copy would have none. They are set aside for the revisions and put
        # back after them, the counts taken again (db/counts.py).
        counts.suspend(connection)
        command.upgrade(config, "head")
        counts.ensure(connection)
        _check_foreign_keys(connection)
    return head


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """SQLite's own advice for schema changes that copy a table: with foreign keys on, dropping
    the old table deletes its rows first and runs their ON DELETE actions (revision 0006 removed
    a cascade that way). The pragma is a no-op inside a transaction, so it is set on the driver's
    connection before ours begins, and set back whatever happens."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    driver.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _check_foreign_keys(connection: Connection) -> None:
    """Refuse (and so roll back) a migration that left a reference to a missing record."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _fk = broken[0]
        raise DatabaseError(
            "db.cannot_open", path=str(connection.engine.url.database),
            reason=Localized(
                f"{len(broken)} broken references after the upgrade ({table} row {rowid} -> {parent})",
                f"{len(broken)} إحالة مقطوعة بعد الترقية ({table} الصف {rowid} -> {parent})",
            ),
        )


def open_engine(path: Path, *, create: bool = True, before_migration: BeforeMigration | None = None,
                progress: MigrationProgress | None = None, key: cipher.DatabaseKey | None = AUTO) -> Engine:
    """An engine on ``path`` with the schema at head. ``create=False`` refuses a missing file.
    ``key`` encrypts a new file (an existing one is opened with the key this program holds)."""
    from sqlalchemy import exc as sa_exc

    check_file(path)
    if not path.exists() and not create:
        raise DatabaseError("db.cannot_open", path=str(path), reason=NOT_FOUND)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, key=key if not path.exists() else AUTO)
    try:
        upgrade(engine, before_migration=before_migration, progress=progress)
    except sa_exc.DatabaseError as error:
        engine.dispose()
        # SQLite says "file is not a database" (or "database disk image is malformed") for a
        # truncated or damaged file: one sentence for the person, the file left as it is.
        if "not a database" in str(error.orig) or "malformed" in str(error.orig):
            raise DatabaseError("db.not_a_database", path=str(path)) from error
        raise DatabaseError("db.cannot_open", path=str(path), reason=str(error.orig)) from error
    except Exception:
        engine.dispose()
        raise
    return engine
