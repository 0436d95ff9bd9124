"""Verified backups through SQLite's online backup API, named, thinned, and listed.

A backup is copied page by page from the live database (``sqlite3.Connection.backup``: a
consistent snapshot even while the program writes) into a temporary file in the backup folder,
switched to a self-contained rollback journal, checked with ``integrity_check`` and only then
renamed into place (``atomic.atomic_write``). A crash leaves at most a temporary file, removed at
the next start.

The automatic daily backup runs on the window's start-up thread (``safety.background``) while
the person already works: it reads through its own read-only connection, a step of pages at a
time so that closing the program can stop it, and SQLite restarts the copy when another
connection wrote between two steps; after a few restarts it copies in one step (in WAL mode one
read transaction, which never blocks the writers). Backups are made one at a time.

Names say when and why: ``nrtd-20261129-090812-before-import.sqlite`` (local time).

Thinning, so that the folder stays a set a person can understand:

- ``manual`` backups (asked for by a person) are never removed automatically;
- ``daily`` backups: the newest of each of the 7 most recent days that have one, of each of the
  4 most recent weeks, and of each of the 12 most recent months;
- snapshots before an operation (``before-import``, ``before-migration``, ``before-restore``,
  ``before-merge``, ``before-move``): kept 30 days, and the 10 newest are always kept.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from nrtd_desktop.atomic import atomic_write, clean_stale_temps
from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DRIVER_ERRORS
from nrtd_desktop.domain.errors import NrtdError, os_reason
from nrtd_desktop.safety.checks import (
    CheckInterrupted,
    DatabaseFacts,
    Interrupter,
    check_database,
    connect_read_only,
    read_facts,
)
from nrtd_desktop.safety.pagecopy import copy_encrypted_pages

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
SNAPSHOT_REASONS = ("before-import", "before-migration", "before-restore", "before-merge", "before-move")
REASONS = (DAILY, MANUAL, *SNAPSHOT_REASONS)
BACKUP_SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y%m%d-%H%M%S"

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SNAPSHOT_KEEP_DAYS, SNAPSHOT_KEEP_MIN = 30, 10
DAILY_INTERVAL = timedelta(days=1)
STEP_PAGES = 2048  # 8 MB a step with 4 KB pages: closing the program waits for one step at most
MAX_RESTARTS = 3  # copies restarted by concurrent writes before copying in one step

# One backup at a time: two in the same second would race for the same name, and two full copies
# of a large file at once only slow both down.
_making = threading.Lock()

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>" + "|".join(map(re.escape, REASONS))
                   + r")(?:-(?P<n>\d+))?" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; ``recommendations`` is read from the file itself (None: unreadable)."""

    path: Path
    created: datetime  # local time, from the name
    reason: str
    size: int
    recommendations: int | None = None
    serial: int = 1  # 2, 3... for backups made within the same second
    written_ns: int = 0  # the file's modification time: orders two backups of the same second

    @property
    def order(self) -> tuple[datetime, int, int]:
        return self.created, self.serial, self.written_ns

    @property
    def is_snapshot(self) -> bool:
        return self.reason in SNAPSHOT_REASONS


# ---- where --------------------------------------------------------------------------------------

def backup_folder(settings: Any | None = None) -> Path:
    """The folder chosen in the settings, else ``backups`` in the per-user data folder."""
    from nrtd_desktop.paths import data_dir

    if settings is None:
        from nrtd_desktop.settings import load_settings

        settings = load_settings()
    chosen = getattr(settings, "backup_folder", "") or ""
    return Path(chosen).expanduser() if chosen else data_dir() / "backups"


def db_path_of(target: Any) -> Path:
    """The database file of a Services, a ServiceContext, an Engine or a path."""
    context = getattr(target, "context", target)
    engine = getattr(context, "engine", context)
    url = getattr(engine, "url", None)
    if url is not None:
        return Path(str(url.database))
    return Path(target)


def _engine_of(target: Any) -> Any | None:
    context = getattr(target, "context", target)
    engine = getattr(context, "engine", context)
    return engine if hasattr(engine, "raw_connection") else None


def backup_name(db_path: Path, reason: str, when: datetime) -> str:
    return f"{db_path.stem}-{when.strftime(STAMP_FORMAT)}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> tuple[str, datetime, str, int] | None:
    """(database stem, time, reason, serial) from a backup's name, or None for other files."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group("stamp"), STAMP_FORMAT)
    except ValueError:
        return None
    return match.group("stem"), when, match.group("reason"), int(match.group("n") or 1)


# ---- making one -----------------------------------------------------------------------------------

def _copy_into(target: Any, destination: Path, interrupter: Interrupter | None = None) -> None:
    """Page-by-page copy of the live database into ``destination`` (a new file).

    An encrypted database is copied into a file keyed with the same key and salt (the backup API
    copies pages between two databases of the same encryption): the backup is encrypted too, and
    the same passphrase opens it. A backup made before a change of passphrase (a former key) is
    copied under the current key: a restored database opens with the passphrase of today."""
    key = cipher.current_key(db_path_of(target))  # an older backup being restored: the current key
    # Encrypted: the pages copied as they are when that gives one committed state (pagecopy.py),
    # instead of decrypting and encrypting each again through the backup API.
    copied = key is not None and copy_encrypted_pages(db_path_of(target), destination, interrupter)
    dest = cipher.connect(destination, key, isolation_level=None)
    try:
        if not copied:
            _copy_through_backup_api(target, dest, interrupter)
        # The copy carries the source's WAL flag; a backup must be one self-contained file.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _copy_through_backup_api(target: Any, dest: Any, interrupter: Interrupter | None) -> None:
    engine = _engine_of(target)
    if engine is not None:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(dest)
        finally:
            raw.close()
        return
    source = connect_read_only(db_path_of(target), check_same_thread=interrupter is None)
    try:
        if interrupter is None:
            source.backup(dest)
        else:
            _copy_in_steps(source, dest, interrupter)
    finally:
        source.close()


class _Restarted(Exception):
    """Other connections wrote too often during a stepped copy."""


def _copy_in_steps(source: sqlite3.Connection, dest: sqlite3.Connection, interrupter: Interrupter) -> None:
    """``STEP_PAGES`` at a time, checking ``interrupter`` between steps. SQLite restarts a stepped
    copy whose source another connection changed; after ``MAX_RESTARTS`` the copy is made in one
    step instead (one consistent read of the WAL snapshot; writers go on meanwhile)."""
    last_remaining: list[int] = []

    def progress(_status: int, remaining: int, _total: int) -> None:
        interrupter.raise_if_stopped()
        if last_remaining and remaining > last_remaining[-1]:
            last_remaining.append(-1)  # a restart: the count of pages left went up again
            if last_remaining.count(-1) > MAX_RESTARTS:
                raise _Restarted()
        last_remaining.append(remaining)

    try:
        source.backup(dest, pages=STEP_PAGES, progress=progress)
    except _Restarted:
        log.info("the backup was restarted %d times by concurrent writes: copying in one step", MAX_RESTARTS)
        interrupter.raise_if_stopped()
        source.backup(dest)


def create_backup(target: Any, reason: str = MANUAL, *, folder: Path | None = None, out: Path | None = None,
                  now: datetime | None = None, thin: bool = True, interrupter: Interrupter | None = None
                  ) -> BackupInfo:
    """Back up the database of ``target`` (Services, Engine or path) and return the new backup.

    Into ``out`` when given (``nrtd backup OUT``), else into ``folder`` (default: the backup
    folder) under a name with the time and ``reason``. The file is verified before it is kept;
    raises ``NrtdError("backup.failed" | "backup.check_failed")`` and leaves no file otherwise.
    With ``interrupter`` (a path ``target``: the background daily backup) the copy goes in steps
    and ``CheckInterrupted`` is raised, leaving no file, when it is stopped.
    """
    if reason not in REASONS:
        raise NrtdError("backup.unknown_reason", reason=reason)
    with _making:
        return _create_backup(target, reason, folder=folder, out=out, now=now, thin=thin,
                              interrupter=interrupter)


def _create_backup(target: Any, reason: str, *, folder: Path | None, out: Path | None, now: datetime | None,
                   thin: bool, interrupter: Interrupter | None) -> BackupInfo:
    db_path = db_path_of(target)
    when = (now or datetime.now()).replace(microsecond=0, tzinfo=None)
    serial = 2
    if out is None:
        folder = Path(folder) if folder is not None else backup_folder()
        base = backup_name(db_path, reason, when).removesuffix(BACKUP_SUFFIX)
        final, serial = folder / f"{base}{BACKUP_SUFFIX}", 2
        while final.exists():  # two backups in the same second
            final, serial = folder / f"{base}-{serial}{BACKUP_SUFFIX}", serial + 1
    else:
        final = Path(out)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(final) as tmp:
            _copy_into(target, tmp, interrupter)
            result = (check_database(tmp, full=True) if interrupter is None
                      else check_database(tmp, full=True, interrupter=interrupter))
            if not result.ok:
                raise NrtdError("backup.check_failed", path=str(final), problems=result.summary())
            facts = read_facts(tmp)
    except OSError as exc:
        raise NrtdError("backup.failed", path=str(final), reason=os_reason(exc)) from exc
    except DRIVER_ERRORS as exc:
        if interrupter is not None and interrupter.stopped:
            raise CheckInterrupted() from exc
        raise NrtdError("backup.failed", path=str(final), reason=str(exc)) from exc
    info = BackupInfo(path=final, created=when, reason=reason, size=final.stat().st_size,
                      recommendations=facts.recommendations, serial=serial - 1 if out is None else 1)
    if out is None and thin:
        thin_backups(final.parent, db_path.stem, now=when)
    log.info("backup %s written (%s recommendations)", final, facts.recommendations)
    return info


def backup_before(target: Any, reason: str) -> BackupInfo | None:
    """The named snapshot to take before an import, a migration, a restore or a merge.

    ``backup_before(services, "before-import")``: call it before the operation's transaction; if
    it raises, do not run the operation (there would be no way back). None on a PostgreSQL
    server: there is no file to copy, the operation is one transaction, and the server is backed
    up by its administrator (``pg_dump``, README).
    """
    if reason not in SNAPSHOT_REASONS:
        raise NrtdError("backup.unknown_reason", reason=reason)
    context = getattr(target, "context", target)
    engine = getattr(context, "engine", None)
    if engine is not None and engine.dialect.name != "sqlite":
        return None
    return create_backup(target, reason)


def backup_if_due(target: Any, *, folder: Path | None = None, now: datetime | None = None,
                  interval: timedelta = DAILY_INTERVAL, interrupter: Interrupter | None = None
                  ) -> BackupInfo | None:
    """The automatic backup at start: made when the newest backup of this database (of any
    kind) is older than ``interval``, or there is none."""
    folder = Path(folder) if folder is not None else backup_folder()
    now = (now or datetime.now()).replace(tzinfo=None)
    newest = next(iter(list_backups(folder, db_path_of(target).stem, with_counts=False)), None)
    if newest is not None and now - newest.created < interval:
        return None
    return create_backup(target, DAILY, folder=folder, now=now, interrupter=interrupter)


# ---- listing and thinning ---------------------------------------------------------------------------

def list_backups(folder: Path | None = None, stem: str | None = None, *, with_counts: bool = True
                 ) -> list[BackupInfo]:
    """The backups in ``folder`` (of the database named ``stem``, if given), newest first.

    With ``with_counts`` each file is opened read-only to count its recommendations (None when
    the file cannot be read: the list still shows it)."""
    folder = Path(folder) if folder is not None else backup_folder()
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        parsed = parse_backup_name(entry)
        if parsed is None or (stem is not None and parsed[0] != stem) or not entry.is_file():
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        found.append(BackupInfo(path=entry, created=parsed[1], reason=parsed[2], size=stat.st_size,
                                serial=parsed[3], written_ns=stat.st_mtime_ns))
    found.sort(key=lambda b: b.order, reverse=True)
    if with_counts:
        found = [replace(b, recommendations=_count_or_none(b.path)) for b in found]
    return found


def _count_or_none(path: Path) -> int | None:
    try:
        return read_facts(path).recommendations
    except NrtdError:
        return None


def plan_thinning(backups: Iterable[BackupInfo], now: datetime, *, daily: int = KEEP_DAILY,
                  weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY,
                  snapshot_days: int = SNAPSHOT_KEEP_DAYS, snapshot_min: int = SNAPSHOT_KEEP_MIN
                  ) -> list[BackupInfo]:
    """Which backups to remove under the rules of the module docstring (pure, for the tests)."""
    ordered = sorted(backups, key=lambda b: b.order, reverse=True)
    remove: list[BackupInfo] = []
    snapshots = [b for b in ordered if b.is_snapshot]
    for index, snap in enumerate(snapshots):
        if index >= snapshot_min and now - snap.created > timedelta(days=snapshot_days):
            remove.append(snap)
    periodic = [b for b in ordered if b.reason == DAILY]
    keep: set[Path] = set()
    for key_of, limit in ((lambda d: d.date(), daily),
                          (lambda d: tuple(d.isocalendar())[:2], weekly),
                          (lambda d: (d.year, d.month), monthly)):
        seen: list[object] = []
        for backup in periodic:  # newest first: the first one met in a period is its newest
            period = key_of(backup.created)
            if period in seen:
                continue
            seen.append(period)
            if len(seen) > limit:
                break
            keep.add(backup.path)
    remove.extend(b for b in periodic if b.path not in keep)
    return remove


def thin_backups(folder: Path, stem: str, *, now: datetime | None = None) -> list[Path]:
    """Remove the backups of ``stem`` in ``folder`` that the rules no longer keep."""
    now = (now or datetime.now()).replace(tzinfo=None)
    removed = []
    for backup in plan_thinning(list_backups(folder, stem, with_counts=False), now):
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", backup.path, exc)
    return removed


def newest_good_backup(db_path: Path, folder: Path | None = None, *, interrupter: Interrupter | None = None
                       ) -> tuple[BackupInfo, DatabaseFacts] | None:
    """The newest backup of ``db_path`` that passes the full check, with what it holds."""
    from nrtd_desktop.safety.checks import verify_nrtd_file

    for backup in list_backups(folder, Path(db_path).stem, with_counts=False):
        with contextlib.suppress(NrtdError):
            facts = verify_nrtd_file(backup.path, interrupter=interrupter)
            return replace(backup, recommendations=facts.recommendations), facts
    return None


def clean_backup_folder(folder: Path | None = None) -> list[Path]:
    """Remove the temporary files an interrupted backup left (called at start)."""
    folder = Path(folder) if folder is not None else backup_folder()
    return clean_stale_temps(folder) if os.path.isdir(folder) else []
