"""The safety tools of an open database, on the ``Services`` facade as ``services.safety``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nrtd_desktop.safety.backup import BackupInfo, backup_folder, create_backup, db_path_of, list_backups
from nrtd_desktop.safety.checks import CheckResult, check_database
from nrtd_desktop.safety.startup import StartupReport
from nrtd_desktop.services.base import Service, ServiceContext


class SafetyService(Service):
    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.startup: StartupReport | None = None  # filled by app.open_services
        self.reader: Any | None = None  # app.ReaderReport, filled by app.open_reader

    @property
    def db_path(self) -> Path:
        return db_path_of(self.context.engine)

    def backup_folder(self) -> Path:
        return backup_folder()

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        """A verified backup of the open database into the backup folder."""
        return create_backup(self.context.engine, reason)

    def backups(self) -> list[BackupInfo]:
        """The backups of this database, newest first, with their counts of recommendations."""
        return list_backups(backup_folder(), self.db_path.stem)

    def check(self, full: bool = True) -> CheckResult:
        """Check the open database (read-only; safe while the program works)."""
        return check_database(self.db_path, full=full)
