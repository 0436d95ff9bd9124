"""The start-up check and the daily backup, run beside the window instead of before it.

Why: on the 790 MB benchmark database ``quick_check`` takes 1.8 s and ``foreign_key_check`` 1.7 s,
and the first start of a day also copied and verified the whole file, all before the window
showed (issue 11). After a clean shutdown there is no particular reason to doubt the file, so
the window opens at once and the :class:`StartupGuard` thread does, in order:

0. with ``hold_check`` (the window), it waits until the window has painted its first rows
   (:meth:`StartupGuard.release_check`, at most ``HOLD_CHECK_S``): on the 2-core machines the
   committee uses, reading the whole file competed with the first paint for the disk and a core
   (issue 25);

1. ``quick_check`` + ``foreign_key_check`` through its own read-only connection (WAL lets it
   read while the window reads). Until the verdict every write waits on the :class:`WriteGate`;
   a failed check blocks them for good (``WritesBlockedError``), and ``damage`` holds the
   ``DamagedDatabaseError`` offering the newest good backup, for the window to show;
2. once the window is on screen (:meth:`StartupGuard.release_backup`), the daily backup when due,
   through the online backup API (``backup.create_backup``, verified before it is kept); its
   failure goes to ``report.backup_error``, as before.

After an unclean shutdown, for a new database or one to migrate, ``app.open_services`` still
checks synchronously before anything opens: safety first when there is reason to doubt. The
daily backup then still waits for the window (a guard made with ``checked=True``).

A failed check keeps its read-only connection open until the program closes: SQLite checkpoints
the WAL into the main file when the last connection closes, unless another connection still
reads it; the read-only one never checkpoints. So the damaged file is left byte for byte as it
was, its WAL beside it, for the restore to keep aside.

Callbacks (:meth:`on_checked`, :meth:`on_backup_done`) run on the guard's thread: the window
forwards them to its own thread (``ui/backup_startup.py``). Qt-free.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from nrtd_desktop.db.cipher import DRIVER_ERRORS
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.safety.backup import backup_if_due, newest_good_backup
from nrtd_desktop.safety.checks import (
    CheckInterrupted,
    CheckResult,
    Interrupter,
    connect_read_only,
    has_sqlite_header,
    run_check,
)
from nrtd_desktop.safety.gate import WriteGate
from nrtd_desktop.safety.startup import DamagedDatabaseError, StartupReport

log = logging.getLogger(__name__)
CLOSE_TIMEOUT_S = 30.0  # a stopped check or copy ends within one step; this only guards against a hang
# A held check starts at the latest this long after the services opened, released or not: writes
# wait for it, so nothing may hold it forever.
HOLD_CHECK_S = 5.0

Callback = Callable[[], None]


class StartupGuard:
    """One database's background start-up work; ``start()`` it, ``close()`` it with the services."""

    def __init__(self, db_path: Path, report: StartupReport, *, auto_backup: bool = True,
                 backup_folder: Path | None = None, checked: bool = False, hold_check: bool = False) -> None:
        """``checked``: the check already ran before opening (after an unclean shutdown): the
        guard only makes the daily backup once the window shows; writes are never held.
        ``hold_check``: the check waits for :meth:`release_check` (the window's first rows on
        screen), at most ``HOLD_CHECK_S``."""
        self.db_path = Path(db_path)
        self.report = report
        self.auto_backup = auto_backup
        self.backup_folder = backup_folder
        self._check_first = not checked
        self.gate = WriteGate.held() if self._check_first else WriteGate()
        self.damage: DamagedDatabaseError | None = None
        self.cancelled = False  # closed before the check decided: nothing was written meanwhile
        self._interrupter = Interrupter()
        self._backup_released = threading.Event()
        self._check_released = threading.Event()
        if not hold_check:
            self._check_released.set()
        self._checked = threading.Event()
        self._finished = threading.Event()
        self._callbacks_guard = threading.Lock()
        self._on_checked: list[Callback] = []
        self._on_backup_done: list[Callback] = []
        self._kept: sqlite3.Connection | None = None  # the failed check's connection (see the module)
        self._thread = threading.Thread(target=self._run, name=f"nrtd-startup-check {self.db_path.name}",
                                        daemon=True)

    # ---- what the window and the services use ------------------------------------------------

    def start(self) -> StartupGuard:
        self._thread.start()
        return self

    @property
    def checked(self) -> bool:
        """The check has given its verdict (passed or failed)."""
        return self._checked.is_set() and not self.cancelled

    @property
    def failed(self) -> bool:
        return self.damage is not None

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    def release_check(self) -> None:
        """The window has painted its first rows: the check may read the file now."""
        self._check_released.set()

    def release_backup(self) -> None:
        """The window is on screen: the daily backup may run (after the check has passed)."""
        self._backup_released.set()

    def wait_checked(self, timeout: float | None = None) -> bool:
        return self._checked.wait(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for all of the guard's work (the check, and the backup if released)."""
        return self._finished.wait(timeout)

    def on_checked(self, callback: Callback) -> None:
        """Call ``callback`` (on the guard's thread, or now) once the check has decided."""
        self._subscribe(self._on_checked, self._checked, callback)

    def on_backup_done(self, callback: Callback) -> None:
        """Call ``callback`` once the daily backup was made, skipped (not due) or failed."""
        self._subscribe(self._on_backup_done, self._finished, callback)

    def close(self) -> None:
        """Stop the check or the backup at once (the program is closing) and wait for the thread.
        Call it after the engine's connections were closed (``Services.close`` does)."""
        self._interrupter.stop()
        self._check_released.set()  # wake the thread if it waits for the window
        self._backup_released.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(CLOSE_TIMEOUT_S)
        if self._kept is not None:
            with contextlib.suppress(*DRIVER_ERRORS):
                self._kept.close()
            self._kept = None

    # ---- the thread --------------------------------------------------------------------------------

    def _subscribe(self, callbacks: list[Callback], done: threading.Event, callback: Callback) -> None:
        with self._callbacks_guard:
            if not done.is_set():
                callbacks.append(callback)
                return
        callback()

    def _fire(self, callbacks: list[Callback], done: threading.Event) -> None:
        with self._callbacks_guard:
            done.set()
            waiting, callbacks[:] = list(callbacks), []
        for callback in waiting:
            try:
                callback()
            except Exception:  # a listener's bug must not stop the guard (writes would wait forever)
                log.exception("a start-up listener failed")

    def _run(self) -> None:
        try:
            if self._check_first:
                self._check()
        except Exception:  # a bug: logged; the gate below blocks writes rather than open unchecked
            log.exception("the start-up check could not run")
        finally:
            if not self.gate.is_decided:  # stopped, or an unexpected error: never leave writers hanging
                self.cancelled = self.cancelled or self._interrupter.stopped
                if not self.cancelled:  # not checked is not passed: treated as damage, offered a backup
                    self.damage = _unfinished(self.db_path)
                self.gate.block(self.damage or _unfinished(self.db_path))
            self._fire(self._on_checked, self._checked)
        try:
            if self.gate.is_open and self.auto_backup:
                self._daily_backup()
        finally:
            self._fire(self._on_backup_done, self._finished)

    def _check(self) -> None:
        connection: sqlite3.Connection | None = None
        self._check_released.wait(HOLD_CHECK_S)
        try:
            if self._interrupter.stopped:
                raise CheckInterrupted()
            if not has_sqlite_header(self.db_path):
                raise sqlite3.DatabaseError("file is not a database")
            connection = connect_read_only(self.db_path, check_same_thread=False)
            result = run_check(connection, self.db_path, full=False, interrupter=self._interrupter)
        except CheckInterrupted:
            self.cancelled = True
            _close(connection)
            return
        except DRIVER_ERRORS as exc:  # could not even open it read-only: that is damage too
            result = CheckResult(self.db_path, "quick_check", (str(exc),))
        self.report.check = result
        if result.ok:
            _close(connection)
            self.gate.open()
            return
        self._kept = connection
        log.error("start-up %s of %s failed: %s", result.check, self.db_path, result.summary())
        try:
            found = newest_good_backup(self.db_path, self.backup_folder, interrupter=self._interrupter)
        except (NrtdError, CheckInterrupted):  # closing meanwhile: the damage stands, without an offer
            found = None
        self.damage = DamagedDatabaseError(self.db_path, result, found[0] if found else None)
        self.gate.block(self.damage)

    def _daily_backup(self) -> None:
        self._backup_released.wait()
        if self._interrupter.stopped:
            return
        try:
            self.report.daily_backup = backup_if_due(self.db_path, folder=self.backup_folder,
                                                     interrupter=self._interrupter)
        except CheckInterrupted:
            log.info("the daily backup was stopped: the program closed; it is made at the next start")
        except NrtdError as error:  # a backup problem must not lock the committee out of its data
            log.warning("the automatic backup failed: %s", error)
            self.report.backup_error = error
        except Exception as exc:  # an unexpected one is reported the same way, never swallowed
            log.exception("the automatic backup failed")
            self.report.backup_error = NrtdError("backup.failed", path=str(self.db_path), reason=str(exc))


def _close(connection: sqlite3.Connection | None) -> None:
    if connection is not None:
        with contextlib.suppress(*DRIVER_ERRORS):
            connection.close()


def _unfinished(db_path: Path) -> DamagedDatabaseError:
    """What blocks writes when the check could not decide (the program closed, or a bug)."""
    result = CheckResult(db_path, "quick_check", ("the start-up check did not finish",))
    return DamagedDatabaseError(db_path, result, None)
