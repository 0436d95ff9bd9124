"""Nothing is ever lost: one writer per database, start-up checks, verified backups, restore.

Qt-free. The public entry points:

- :func:`backup_before` (``backup_before(services, "before-import")``) before any bulk change;
- :func:`create_backup`, :func:`list_backups`, :func:`restore_backup`, :func:`restore_newest_good`;
- :func:`check_database`; :func:`acquire_lock`; :func:`location_warning`, :func:`move_to_local`;
- :class:`DamagedDatabaseError` (raised by ``app.open_services`` with the backup it offers);
- :class:`StartupGuard`, :class:`WriteGate`, :class:`WritesBlockedError`: the start-up check and
  daily backup beside the window (``open_services(..., background=True)``), writes held until
  the check has passed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nrtd_desktop.safety.background import StartupGuard
    from nrtd_desktop.safety.backup import (
        BackupInfo,
        backup_before,
        backup_folder,
        create_backup,
        list_backups,
        newest_good_backup,
        plan_thinning,
    )
    from nrtd_desktop.safety.checks import CheckResult, check_database, verify_nrtd_file
    from nrtd_desktop.safety.gate import WriteGate, WritesBlockedError
    from nrtd_desktop.safety.location import LocationWarning, location_warning, move_to_local
    from nrtd_desktop.safety.lock import DatabaseLock, acquire_lock
    from nrtd_desktop.safety.restore import RestoreResult, restore_backup, restore_newest_good
    from nrtd_desktop.safety.startup import DamagedDatabaseError, StartupReport

# Each name is imported from its module when first asked for: ``from nrtd_desktop.safety.lock
# import ...`` reads the lock without the backups, the restore or the encryption (the window's
# first rows, issue 25), and nothing here imports SQLAlchemy.
_EXPORTS = {
    "BackupInfo": "backup",
    "CheckResult": "checks",
    "DamagedDatabaseError": "startup",
    "DatabaseLock": "lock",
    "LocationWarning": "location",
    "RestoreResult": "restore",
    "StartupGuard": "background",
    "StartupReport": "startup",
    "WriteGate": "gate",
    "WritesBlockedError": "gate",
    "acquire_lock": "lock",
    "backup_before": "backup",
    "backup_folder": "backup",
    "check_database": "checks",
    "create_backup": "backup",
    "list_backups": "backup",
    "location_warning": "location",
    "move_to_local": "location",
    "newest_good_backup": "backup",
    "plan_thinning": "backup",
    "restore_backup": "restore",
    "restore_newest_good": "restore",
    "verify_nrtd_file": "checks",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BackupInfo", "CheckResult", "DamagedDatabaseError", "DatabaseLock", "LocationWarning",
    "RestoreResult", "StartupGuard", "StartupReport", "WriteGate", "WritesBlockedError", "acquire_lock",
    "backup_before", "backup_folder", "check_database", "create_backup", "list_backups", "location_warning",
    "move_to_local", "newest_good_backup", "plan_thinning", "restore_backup", "restore_newest_good",
    "verify_nrtd_file",
]
