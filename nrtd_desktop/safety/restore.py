"""Putting a backup back: verified first, the current state saved first, checked after.

The program's own connections must be closed (``Services.close``) and no other program may hold
the database. The chosen file is copied beside the database and checked, then renamed over it:
at every moment the database path holds either the old file or the whole restored one.

A damaged current file cannot be backed up, so it is kept instead: hard-linked (or copied) to
``nrtd.sqlite.damaged-<time>``, with its ``-wal`` and ``-shm`` renamed the same way. The ``-wal``
must never stay beside the restored file: SQLite would replay the old frames into it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nrtd_desktop.atomic import atomic_write, fsync_folder
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety.backup import BackupInfo, _copy_into, create_backup, newest_good_backup
from nrtd_desktop.safety.checks import check_database, has_sqlite_header, read_facts, verify_nrtd_file
from nrtd_desktop.safety.encryption import keep_former_keys
from nrtd_desktop.safety.lock import acquire_lock, held_here

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class RestoreResult:
    db_path: Path
    restored_from: Path
    recommendations: int
    safety_backup: BackupInfo | None  # the "before-restore" backup of the state replaced
    kept_aside: tuple[Path, ...]  # the damaged file and its -wal/-shm, when the current file was damaged


def _keep_aside(db_path: Path, stamp: str) -> list[Path]:
    """Keep the current (damaged) file and its WAL under timestamped names; return them."""
    kept: list[Path] = []
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    if db_path.exists():
        try:
            os.link(db_path, aside)  # the rename over the database will not touch this name
        except OSError:
            shutil.copy2(db_path, aside)
        kept.append(aside)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            target = aside.with_name(aside.name + suffix)
            os.replace(side, target)
            kept.append(target)
    return kept


def restore_backup(db_path: Path, backup_path: Path, *, folder: Path | None = None,
                   now: datetime | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``backup_path``.

    Raises ``NrtdError`` when the backup fails its check or is not an NRTD database of a known
    schema (nothing is changed then), or when the database is open in this or another program.
    """
    db_path = Path(os.path.abspath(db_path))
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise NrtdError("backup.not_found", path=str(backup_path))
    if held_here(db_path):
        raise DatabaseError("db.open_here", path=str(db_path))
    verify_nrtd_file(backup_path)
    when = (now or datetime.now()).replace(microsecond=0, tzinfo=None)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    with acquire_lock(db_path):
        safety: BackupInfo | None = None
        current_whole = False
        if db_path.exists() and has_sqlite_header(db_path):
            with contextlib.suppress(NrtdError):
                current_whole = check_database(db_path, full=False).ok and bool(read_facts(db_path))
        if current_whole:
            safety = create_backup(db_path, "before-restore", folder=folder, now=when)
        kept: list[Path] = []
        with atomic_write(db_path) as tmp:
            _copy_into(backup_path, tmp)
            keep_former_keys(tmp)  # an encrypted backup: today's passphrase opens every older backup still
            result = check_database(tmp, full=True)
            if not result.ok:
                raise NrtdError("backup.check_failed", path=str(backup_path), problems=result.summary())
            if current_whole:
                for suffix in SIDE_FILES:  # their content is in the safety backup
                    db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            else:
                kept = _keep_aside(db_path, stamp)
        fsync_folder(db_path.parent)
        after = check_database(db_path, full=True)
        if not after.ok:
            raise NrtdError("backup.check_failed", path=str(db_path), problems=after.summary())
        facts = read_facts(db_path)
    return RestoreResult(db_path=db_path, restored_from=backup_path, recommendations=facts.recommendations,
                         safety_backup=safety, kept_aside=tuple(kept))


def restore_newest_good(db_path: Path, *, folder: Path | None = None) -> RestoreResult:
    """Restore the newest backup of ``db_path`` that passes the check (the damaged-start offer)."""
    found = newest_good_backup(db_path, folder)
    if found is None:
        raise NrtdError("restore.no_good_backup", path=str(db_path))
    return restore_backup(db_path, found[0].path, folder=folder)
