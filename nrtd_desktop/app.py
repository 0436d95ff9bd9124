"""Builds everything once: the database (locked, checked, migrated, backed up), the services, the actor.

Two ways in: :func:`open_services` for the program and every command that writes (the lock, the
start-up checks, the migration, the site and committee settled), and :func:`open_reader` for
commands that only read (no lock, a read-only connection beside the writer, nothing written).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from nrtd_desktop import catalogue
from nrtd_desktop.db import cipher, history, identity, migrate, reference_sync
from nrtd_desktop.db.cipher import DRIVER_ERRORS, DatabaseKey
from nrtd_desktop.db.engine import is_server, make_read_only_engine, make_session_factory
from nrtd_desktop.domain.errors import NOT_FOUND, DatabaseError, NrtdError
from nrtd_desktop.safety import errors as safety_errors
from nrtd_desktop.safety import startup
from nrtd_desktop.safety.background import StartupGuard
from nrtd_desktop.safety.gate import WriteGate, WritesBlockedError, install_fence, install_reader_fence, seal
from nrtd_desktop.safety.lock import LockHolder, acquire_lock, writer_present
from nrtd_desktop.safety.startup import StartupReport, check_at_start
from nrtd_desktop.services import Services
from nrtd_desktop.services.base import ServiceContext
from nrtd_desktop.sites import SiteCopiedError, settle_site

SITE_KEY = identity.SITE_KEY


def site_id(engine: Engine) -> str:
    """This database's own id, made once: exchange packages tell laptops apart by it."""
    with Session(engine) as session, session.begin():
        return identity.site_id(session)


def default_actor_name() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or os.environ.get("USERNAME") or socket.gethostname()


def actor_from_settings() -> history.Actor:
    """Who is working: the member's name and entity kept in the settings (asked once by the
    window), else the computer's login name."""
    from nrtd_desktop.settings import load_settings

    settings = load_settings()
    return history.Actor(name=settings.user_name or default_actor_name(), entity=settings.user_entity)


def open_services(db_path: Path | str, actor: history.Actor | None = None, *, create: bool = True,
                  today: date | None = None, before_migration: migrate.BeforeMigration | None = None,
                  auto_backup: bool | None = None, background: bool = False,
                  copied_site: str | None = None, ask_site: bool = True,
                  progress: migrate.MigrationProgress | None = None,
                  key: DatabaseKey | None = None, hold_check: bool = False) -> Services:
    """Open (creating or upgrading as needed) the database at ``db_path``.

    The protections of docs/design/RELIABILITY.md, in order (see ``safety/startup.py``): the lock (a second
    program is refused), the read-only start-up check (``DamagedDatabaseError`` offers the newest
    good backup), a snapshot before any migration, then stale temporary files removed and the
    daily backup made when due (``auto_backup``; default: on unless ``NRTD_AUTO_BACKUP=0``, which
    test suites may set to save ~0.15 s per opened database). ``Services.close()`` releases the
    lock; what the start-up found is in ``services.safety.startup``.

    ``background`` (the window): after a clean shutdown, with no migration due, the check and the
    daily backup run on a thread instead (``safety/background.py``, the guard is
    ``services.safety.startup.guard``): this returns at once, every write waits until the check
    has passed and is refused if it failed. The command line keeps the synchronous check.
    ``hold_check`` (the window's start): the background check waits until
    ``guard.release_check()`` (the first rows painted), at most ``safety.background.HOLD_CHECK_S``.

    A database that is another installation's site (copied from another computer) raises
    ``sites.SiteCopiedError`` before anything is written; open it again with
    ``copied_site`` "new" (make it a new site) or "keep" (this computer takes the site over).
    ``ask_site=False`` skips that question (a reader upgrading the file before it reads).

    ``progress(step, done, total)`` hears how a long migration goes (``migrate.MigrationProgress``).

    An encrypted database (``db/cipher.py``) opens when this program holds its key (the window and
    the command line unlock it first, ``safety/unlock.py``), else ``db.encrypted_locked`` before
    anything is touched. ``key``: held from now on, and a database created here is encrypted
    with it (its backups and snapshots too).

    ``db_path`` may name a PostgreSQL server (``postgresql://…``): see :func:`open_server`.
    """
    catalogue.load()  # the sentences of every area, before anything can be said
    if is_server(db_path):
        return open_server(str(db_path), actor, today=today, progress=progress)
    if key is not None:
        cipher.remember_key(key)
    if auto_backup is None:
        auto_backup = os.environ.get("NRTD_AUTO_BACKUP", "1") != "0"
    path = Path(os.path.abspath(db_path))
    if not create and not path.exists():
        raise DatabaseError("db.cannot_open", path=str(path), reason=NOT_FOUND)
    migrate.check_file(path)  # an empty, text or foreign file: refused before anything is created
    lock = acquire_lock(path)
    guard: StartupGuard | None = None
    try:
        report = StartupReport(db_path=path, created=not path.exists(), unclean=lock.took_over_stale)
        if background and startup.can_check_in_background(path, unclean=lock.took_over_stale):
            guard = report.guard = StartupGuard(path, report, auto_backup=auto_backup,
                                                hold_check=hold_check).start()
        else:
            report.check = check_at_start(path, unclean=lock.took_over_stale)
            if background and auto_backup and not report.created:  # checked: only the backup waits
                guard = report.guard = StartupGuard(path, report, checked=True).start()
        snapshot = _chain(startup.snapshot_before_migration, before_migration)
        engine = _open_engine(path, create, snapshot, progress, key)
        lock.guard_file()  # a database made just now: its file's own lock (safety/lock.py)
        _hold_former_keys(engine, path)
    except BaseException:
        if guard is not None:
            guard.close()
        lock.release(unclean=path.exists())
        raise
    gate = guard.gate if guard is not None else WriteGate()
    try:
        safety_errors.install(engine)
        if guard is not None:
            install_fence(engine, gate)  # the writes at open below (rare) wait for the check too
        if ask_site:
            from nrtd_desktop.settings import installation_id, load_settings

            site = settle_site(engine, path, installation=installation_id(), answer=copied_site,
                               created=report.created, role=load_settings().role)
        else:
            site = site_id(engine)
        reference_sync.sync(engine)
        startup.after_open(report, engine, auto_backup=auto_backup and guard is None)
    except BaseException as exc:
        engine.dispose()
        if guard is not None:
            guard.close()
        # A question to ask is no fault of the file: the next start need not check it fully.
        lock.release(unclean=not isinstance(exc, SiteCopiedError))
        if isinstance(exc, WritesBlockedError):
            raise exc.damage from exc  # the same offer as a synchronous check's
        raise
    actor = actor or actor_from_settings()
    actor = history.Actor(name=actor.name, entity=actor.entity, site_id=site)
    sessions = make_session_factory(engine)
    history.install(sessions)
    context = ServiceContext(engine=engine, sessions=sessions, actor=actor, today_override=today,
                             write_gate=gate)
    context.listeners.append(lambda _changes: lock.keep_marker())  # a lock file removed under us is put back
    services = Services(context)
    services.safety.startup = report
    if guard is None:
        services.on_close.append(lock.release)
    else:
        # Run last to first: after a failed check the engine is sealed (nothing reopens the file),
        # the guard stops (and lets go of the failed check's connection only now, after the
        # engine's: see safety/background.py), then the lock is released, unclean when the check
        # failed so that the next start checks fully before opening.
        services.on_close.append(lambda: lock.release(unclean=guard.failed))
        services.on_close.append(guard.close)

        def seal_if_failed() -> None:
            if guard.failed:
                seal(engine, gate)

        services.on_close.append(seal_if_failed)
    return services


@dataclass(frozen=True)
class ReaderReport:
    """What a reader found when it opened: ``writer`` holds the database for writing (what is read
    may be a moment old then), ``opened_at`` is the moment of the data read, ``upgraded``: the
    file was migrated (under the lock, no writer) before being read."""

    writer: LockHolder | None
    opened_at: datetime
    upgraded: bool = False


def open_reader(db_path: Path | str, actor: history.Actor | None = None, *, today: date | None = None,
                progress: migrate.MigrationProgress | None = None) -> Services:
    """Services that only read the database at ``db_path``, beside the program writing it.

    No lock is taken and nothing is written: the connection is read-only (``mode=ro``), its
    services refuse every change with ``db.reader_cannot_write``, no start-up check, reference
    sync or backup runs, and a copied database is not asked about (reading needs no site). A
    WAL database is read as last committed while the writer goes on (https://sqlite.org/wal.html):
    ``services.safety.reader.writer`` says whether a writer holds it, so that the caller can say
    the data may be a moment old. A database of an older schema is upgraded first when nobody
    holds it (the full :func:`open_services`, snapshot included), else refused with a sentence.
    A server (``postgresql://``) is read through the same services as :func:`open_server`'s:
    PostgreSQL's own transactions let readers and writers work side by side.
    """
    catalogue.load()  # the sentences of every area, before anything can be said
    if is_server(db_path):
        return open_server(str(db_path), actor, today=today, progress=progress)
    path = Path(os.path.abspath(db_path))
    if not path.is_file():
        raise DatabaseError("db.cannot_open", path=str(path), reason=NOT_FOUND)
    migrate.check_file(path)
    upgraded = _upgrade_for_reading(path, progress)
    writer = writer_present(path)
    opened_at = datetime.now().astimezone()
    engine = make_read_only_engine(path)
    try:
        safety_errors.install(engine)
        install_reader_fence(engine)
        _hold_former_keys(engine, path)
        with Session(engine) as session, session.begin():
            site = identity.site_id(session, create=False)
    except BaseException:
        engine.dispose()
        raise
    actor = actor or actor_from_settings()
    actor = history.Actor(name=actor.name, entity=actor.entity, site_id=site)
    context = ServiceContext(engine=engine, sessions=make_session_factory(engine), actor=actor,
                             today_override=today, read_only=True)
    services = Services(context)
    services.safety.reader = ReaderReport(writer=writer, opened_at=opened_at, upgraded=upgraded)
    return services


def _hold_former_keys(engine: Engine, path: Path) -> None:
    """An encrypted database: its keys from before a change of passphrase open its older backups."""
    if cipher.key_for_file(path, required=False) is not None:
        from nrtd_desktop.safety.encryption import hold_former_keys

        hold_former_keys(engine)


def open_server(url: str, actor: history.Actor | None = None, *, today: date | None = None,
                progress: migrate.MigrationProgress | None = None) -> Services:
    """The services over a committee's PostgreSQL server (issue 24).

    What protects a file on a laptop is the server's own work there: no lock file (many members
    work at once; a save against a record changed meanwhile is a conflict, ``services/base.py``),
    no start-up integrity check and no file snapshots (the server's administrator backs it up
    with ``pg_dump``, README). The schema is migrated under an advisory lock, so that two members
    starting a new version at once do not both migrate. The server is one site for the exchange:
    every member connected to it works as that site.
    """
    from sqlalchemy import exc as sa_exc

    from nrtd_desktop.db.engine import display_name, make_engine
    from nrtd_desktop.db.server import migrate_server

    shown = display_name(url)
    engine = make_engine(url)
    try:
        migrate_server(engine, progress=progress)
        with Session(engine) as session, session.begin():
            site = identity.site_id(session)
            identity.ensure_committee(session, provisional=False)
        reference_sync.sync(engine)
    except NrtdError:
        engine.dispose()
        raise
    except sa_exc.SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError("db.cannot_open", path=shown, reason=reason) from exc
    actor = actor or actor_from_settings()
    actor = history.Actor(name=actor.name, entity=actor.entity, site_id=site)
    sessions = make_session_factory(engine)
    history.install(sessions)
    context = ServiceContext(engine=engine, sessions=sessions, actor=actor, today_override=today)
    return Services(context)


def _upgrade_for_reading(path: Path, progress: migrate.MigrationProgress | None = None) -> bool:
    """Bring an older schema to this program's before reading it; True when it was upgraded."""
    from nrtd_desktop.safety.checks import connect_read_only

    try:
        connection = connect_read_only(path)
        try:
            row = connection.execute(migrate.REVISION_QUERY).fetchone()
        finally:
            connection.close()
    except DRIVER_ERRORS as exc:
        if "no such table" in str(exc):
            raise DatabaseError("db.not_a_database", path=str(path)) from exc
        error = safety_errors.storage_error(exc)
        raise error or DatabaseError("db.cannot_open", path=str(path), reason=str(exc)) from exc
    revision = str(row[0]) if row else ""
    if revision == migrate.head_revision():
        return False
    if revision not in migrate.known_revisions():
        raise DatabaseError("db.newer_schema", found=revision or "?", known=migrate.head_revision())
    if writer_present(path) is not None:
        raise DatabaseError("db.reader_needs_upgrade", path=str(path))
    try:
        open_services(path, create=False, ask_site=False, progress=progress).close()
    except DatabaseError as exc:
        if exc.key.startswith("db.locked"):  # a writer came in between
            raise DatabaseError("db.reader_needs_upgrade", path=str(path)) from exc
        raise
    return True


def _open_engine(path: Path, create: bool, before_migration: migrate.BeforeMigration | None,
                 progress: migrate.MigrationProgress | None = None, key: DatabaseKey | None = None) -> Engine:
    """Open and migrate; a failed migration is rolled back (SQLite DDL is transactional) and
    reported as a sentence, the snapshot taken before it being in the backup folder."""
    try:
        return migrate.open_engine(path, create=create, before_migration=before_migration, progress=progress,
                                   key=key)
    except NrtdError:
        raise
    except Exception as exc:
        raise DatabaseError("db.cannot_open", path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc


def _chain(first: migrate.BeforeMigration,
           second: migrate.BeforeMigration | None) -> migrate.BeforeMigration:
    """Both ``before_migration`` callbacks: the program's snapshot, then the caller's."""
    if second is None:
        return first

    def both(engine: Engine, revision: str) -> None:
        first(engine, revision)
        second(engine, revision)

    return both


def create_encrypted(db_path: Path, passphrase: str, *, remember: bool = False,
                     **options: Any) -> tuple[Services, Any]:
    """A new database encrypted from its first byte (issue 26), and its recovery key, to show
    once (``safety.recovery.RecoveryKey``). ``options`` go to :func:`open_services`; the services
    are returned open."""
    from nrtd_desktop.domain.errors import NrtdError
    from nrtd_desktop.safety import encryption, keystore, unlock

    unlock.check_new_passphrase(passphrase)
    path = Path(os.path.abspath(db_path))
    if path.exists():
        raise NrtdError("encryption.already" if not cipher.is_plain(path) else "encryption.exists",
                        path=str(path))
    key = cipher.new_key(passphrase)
    services = open_services(path, key=key, **options)
    try:
        made = encryption.new_recovery_key(services)
        if remember:
            keystore.remember([key])
    except BaseException:
        services.close()
        raise
    return services, made
