"""What happens before the program touches a database, and right after it opened it.

Order (``app.open_services``):

1. take the lock (a second program is refused, naming the holder; a crashed one's is taken over);
2. check the file read-only: the full ``integrity_check`` when the last session did not close
   cleanly (its lock file was still there), else ``quick_check``; then ``foreign_key_check``.
   A damaged file raises :class:`DamagedDatabaseError`, nothing is written to it, and the newest
   backup that passes the check is offered (``error.restore()``);
3. migrate, taking a ``before-migration`` snapshot first;
4. remove temporary files left by interrupted writes, and make the daily backup when due;
5. note whether the database sits somewhere risky (network, cloud folder, removable drive).

The window (``open_services(..., background=True)``) moves steps 2 and 4 off its critical path
after a clean shutdown, when no migration is due (:func:`can_check_in_background`): the
``safety.background.StartupGuard`` checks beside the window while every write waits on the write
gate, then makes the daily backup once the window shows. The command line keeps the order above.

Why the damaged file is not renamed at once: the database path would then be empty, and the next
start would quietly create an empty database, as if years of work were gone. It stays where it is,
refused at every start, until the person restores a backup: the restore keeps it aside then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nrtd_desktop.atomic import clean_stale_temps
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety.backup import (
    BackupInfo,
    backup_folder,
    backup_if_due,
    clean_backup_folder,
    create_backup,
    newest_good_backup,
)
from nrtd_desktop.safety.checks import CheckResult, check_database
from nrtd_desktop.safety.location import LocationWarning, location_warning

if TYPE_CHECKING:
    from nrtd_desktop.safety.restore import RestoreResult

log = logging.getLogger(__name__)


class DamagedDatabaseError(DatabaseError):
    """The start-up check failed. ``backup`` is the newest good backup (None: there is none)."""

    def __init__(self, db_path: Path, result: CheckResult, backup: BackupInfo | None) -> None:
        params: dict[str, Any] = {"path": str(db_path), "problems": result.summary()}
        if backup is not None:
            params.update(backup_date=backup.created.strftime("%Y-%m-%d %H:%M"),
                          backup_count=backup.recommendations if backup.recommendations is not None else "?")
        super().__init__("db.damaged_with_backup" if backup else "db.damaged_no_backup", **params)
        self.db_path = db_path
        self.result = result
        self.backup = backup

    def restore(self, folder: Path | None = None) -> RestoreResult:
        """Restore the offered backup (the damaged file is kept aside); returns a RestoreResult."""
        from nrtd_desktop.safety.restore import restore_backup

        if self.backup is None:
            raise NrtdError("restore.no_good_backup", path=str(self.db_path))
        return restore_backup(self.db_path, self.backup.path, folder=folder)


@dataclass
class StartupReport:
    """What the start-up found and did; the window shows the warnings."""

    db_path: Path
    created: bool = False
    unclean: bool = False
    check: CheckResult | None = None
    location: LocationWarning | None = None
    daily_backup: BackupInfo | None = None
    backup_error: NrtdError | None = None  # the automatic backup failed (the database still opened)
    cleaned: list[Path] = field(default_factory=list)
    # The background check and daily backup (a ``safety.background.StartupGuard``), when the
    # check was not made before opening; ``check`` and ``daily_backup`` are filled as it goes.
    guard: Any | None = None


def check_at_start(db_path: Path, *, unclean: bool) -> CheckResult | None:
    """Step 2: None for a new database; raises ``DamagedDatabaseError`` or ``db.not_a_database``."""
    if not db_path.exists():
        return None
    result = check_database(db_path, full=unclean)
    if not result.ok:
        log.error("start-up %s of %s failed: %s", result.check, db_path, result.summary())
        found = newest_good_backup(db_path)
        raise DamagedDatabaseError(db_path, result, found[0] if found else None)
    return result


def can_check_in_background(db_path: Path, *, unclean: bool) -> bool:
    """True when the start-up check may run beside the window: the last session closed cleanly,
    the file exists and its schema is this program's (a migration writes, so it is checked first).
    Anything unreadable here says False: the synchronous check then reports it."""
    if unclean or not db_path.exists():
        return False
    from nrtd_desktop.db import migrate
    from nrtd_desktop.db.cipher import DRIVER_ERRORS
    from nrtd_desktop.safety.checks import connect_read_only

    try:
        connection = connect_read_only(db_path)
        try:
            row = connection.execute(migrate.REVISION_QUERY).fetchone()
        finally:
            connection.close()
    except DRIVER_ERRORS:
        return False
    return row is not None and row[0] == migrate.head_revision()


def snapshot_before_migration(engine: Any, from_revision: str) -> None:
    """The ``before_migration`` callback of ``migrate.open_engine``: no snapshot, no migration."""
    log.info("schema %s is older than this program's: taking a snapshot before migrating", from_revision)
    create_backup(engine, "before-migration")


def after_open(report: StartupReport, engine: Any, *, auto_backup: bool = True) -> StartupReport:
    """Steps 4 and 5, on a database that passed its check and is migrated."""
    report.cleaned.extend(clean_stale_temps(report.db_path.parent))
    folder = backup_folder()
    report.cleaned.extend(clean_backup_folder(folder))
    if auto_backup and not report.created:
        try:
            report.daily_backup = backup_if_due(engine, folder=folder)
        except NrtdError as error:  # a backup problem must not lock the committee out of its data
            log.warning("the automatic backup failed: %s", error)
            report.backup_error = error
    report.location = location_warning(report.db_path)
    return report
