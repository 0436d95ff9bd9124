"""Builds everything once: the database (locked, checked, migrated, backed up), the services, the actor."""

from __future__ import annotations

import json
import os
import socket
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from nrtd_desktop.db import history, migrate, reference_sync
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.engine import make_session_factory
from nrtd_desktop.db.models import MetaValue
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety import errors as safety_errors
from nrtd_desktop.safety import startup
from nrtd_desktop.safety.background import StartupGuard
from nrtd_desktop.safety.gate import WriteGate, WritesBlockedError, install_fence, seal
from nrtd_desktop.safety.lock import acquire_lock
from nrtd_desktop.safety.startup import StartupReport, check_at_start
from nrtd_desktop.services import Services
from nrtd_desktop.services.base import ServiceContext

SITE_KEY = "site_id"


def site_id(engine: Engine) -> str:
    """This database's own id, made once: exchange packages tell laptops apart by it."""
    with Session(engine) as session, session.begin():
        stored = session.get(MetaValue, SITE_KEY)
        if stored is None:
            stored = MetaValue(key=SITE_KEY, value=json.dumps(new_id()))
            session.add(stored)
        return str(json.loads(stored.value))


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


def open_services(db_path: Path, actor: history.Actor | None = None, *, create: bool = True,
                  today: date | None = None, before_migration=None,  # type: ignore[no-untyped-def]
                  auto_backup: bool | None = None, background: bool = False,
                  progress: migrate.MigrationProgress | None = None) -> Services:
    """Open (creating or upgrading as needed) the database at ``db_path``.

    The protections of RELIABILITY.md, in order (see ``safety/startup.py``): the lock (a second
    program is refused), the read-only start-up check (``DamagedDatabaseError`` offers the newest
    good backup), a snapshot before any migration, then stale temporary files removed and the
    daily backup made when due (``auto_backup``; default: on unless ``NRTD_AUTO_BACKUP=0``, which
    test suites may set to save ~0.15 s per opened database). ``Services.close()`` releases the
    lock; what the start-up found is in ``services.safety.startup``.

    ``background`` (the window): after a clean shutdown, with no migration due, the check and the
    daily backup run on a thread instead (``safety/background.py``, the guard is
    ``services.safety.startup.guard``): this returns at once, every write waits until the check
    has passed and is refused if it failed. The command line keeps the synchronous check.
    ``progress(step, done, total)`` hears how a long migration goes (``migrate.MigrationProgress``).
    """
    if auto_backup is None:
        auto_backup = os.environ.get("NRTD_AUTO_BACKUP", "1") != "0"
    path = Path(os.path.abspath(db_path))
    if not create and not path.exists():
        raise DatabaseError("db.cannot_open", path=str(path), reason="file not found")
    migrate.check_file(path)  # an empty, text or foreign file: refused before anything is created
    lock = acquire_lock(path)
    guard: StartupGuard | None = None
    try:
        report = StartupReport(db_path=path, created=not path.exists(), unclean=lock.took_over_stale)
        if background and startup.can_check_in_background(path, unclean=lock.took_over_stale):
            guard = report.guard = StartupGuard(path, report, auto_backup=auto_backup).start()
        else:
            report.check = check_at_start(path, unclean=lock.took_over_stale)
            if background and auto_backup and not report.created:  # checked: only the backup waits
                guard = report.guard = StartupGuard(path, report, checked=True).start()
        snapshot = _chain(startup.snapshot_before_migration, before_migration)
        engine = _open_engine(path, create, snapshot, progress)
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
        reference_sync.sync(engine)
        site = site_id(engine)
        startup.after_open(report, engine, auto_backup=auto_backup and guard is None)
    except BaseException as exc:
        engine.dispose()
        if guard is not None:
            guard.close()
        lock.release(unclean=True)
        if isinstance(exc, WritesBlockedError):
            raise exc.damage from exc  # the same offer as a synchronous check's
        raise
    actor = actor or actor_from_settings()
    actor = history.Actor(name=actor.name, entity=actor.entity, site_id=site)
    sessions = make_session_factory(engine)
    history.install(sessions)
    context = ServiceContext(engine=engine, sessions=sessions, actor=actor, today_override=today,
                             write_gate=gate)
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
        services.on_close.append(lambda: guard.failed and seal(engine, gate))
    return services


def _open_engine(path: Path, create: bool, before_migration,  # type: ignore[no-untyped-def]
                 progress: migrate.MigrationProgress | None = None) -> Engine:
    """Open and migrate; a failed migration is rolled back (SQLite DDL is transactional) and
    reported as a sentence, the snapshot taken before it being in the backup folder."""
    try:
        return migrate.open_engine(path, create=create, before_migration=before_migration, progress=progress)
    except NrtdError:
        raise
    except Exception as exc:
        raise DatabaseError("db.cannot_open", path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc


def _chain(first, second):  # type: ignore[no-untyped-def]
    """Both ``before_migration`` callbacks: the program's snapshot, then the caller's."""
    if second is None:
        return first

    def both(engine: Engine, revision: str) -> None:
        first(engine, revision)
        second(engine, revision)

    return both
