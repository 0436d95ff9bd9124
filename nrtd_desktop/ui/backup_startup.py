"""Opening the database with the window's answers to what the start-up found.

``open_services_with_dialogs(db_path, settings)`` replaces a bare ``open_services`` in the
launcher: a damaged database offers the newest good backup; a database on a network share, in a
cloud folder or on a removable drive offers a move to the local data folder; a failed automatic
backup is reported; and the member's name and entity are asked once. Returns the services and the
path finally opened (it changes after a move), or None when the person gave up.

With ``background=True`` (the launcher) the start-up check after a clean shutdown and the daily
backup run beside the window (``safety/background.py``); :func:`watch_startup` brings their
outcome to the window once it shows: a failed check closes the window's database and offers the
newest good backup (restored: the window is rebuilt over it; refused: the program quits), a
failed backup is reported as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.safety.location import local_target, move_to_local
from nrtd_desktop.safety.startup import DamagedDatabaseError
from nrtd_desktop.services import Services
from nrtd_desktop.settings import Settings
from nrtd_desktop.sites import KEEP_SITE, NEW_SITE, SiteCopiedError

# The daily backup starts this long after the window shows: its first rows are painted by then,
# and the copy does not compete with them.
BACKUP_DELAY_MS = 1500


def _damaged_title() -> str:
    return QCoreApplication.translate("Startup", "The database is damaged")


def _risky_title() -> str:
    return QCoreApplication.translate("Startup", "A risky place for the database")


def offer_restore(error: DamagedDatabaseError, lang: Lang, parent: QWidget | None = None) -> bool:
    """Show what is damaged; restore the offered backup if the person agrees. True if restored."""
    return ask_restore(error, lang, parent) and restore_offered(error, lang, parent)


def ask_restore(error: DamagedDatabaseError, lang: Lang, parent: QWidget | None = None) -> bool:
    """Show what is damaged and ask; True when the person chose to restore the offered backup."""
    box = QMessageBox(QMessageBox.Icon.Critical, _damaged_title(), error.text(lang),
                      QMessageBox.StandardButton.NoButton, parent)
    restore = None
    if error.backup is not None:
        restore_text = QCoreApplication.translate("Startup", "Restore the backup")
        restore = box.addButton(restore_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def restore_offered(error: DamagedDatabaseError, lang: Lang, parent: QWidget | None = None) -> bool:
    """Restore the backup ``error`` offers (the database must be closed); True if restored."""
    try:
        result = error.restore()
    except NrtdError as failure:
        QMessageBox.critical(parent, _damaged_title(), failure.text(lang))
        return False
    kept = ", ".join(str(p) for p in result.kept_aside) or "—"
    done = QCoreApplication.translate(
        "Startup", "The backup was restored ({count} recommendations). The damaged file is kept as: {kept}")
    QMessageBox.information(parent, QCoreApplication.translate("Startup", "Backup restored"),
                            done.format(count=result.recommendations, kept=kept))
    return True


def copied_site_box(error: SiteCopiedError, lang: Lang, parent: QWidget | None = None) -> QMessageBox:
    """The one question asked about a database copied from another computer (not shown yet)."""
    title = QCoreApplication.translate("Startup", "This database was copied from another computer")
    box = QMessageBox(QMessageBox.Icon.Question, title, error.text(lang), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("copied_site")
    box.setInformativeText(QCoreApplication.translate(
        "Startup", "Making it a new site changes no data: this computer then sends and receives packages "
                   "under its own name, and the other computer keeps its own."))
    new = box.addButton(QCoreApplication.translate("Startup", "Make it a new site (recommended)"),
                        QMessageBox.ButtonRole.AcceptRole)
    new.setObjectName(NEW_SITE)
    keep = box.addButton(QCoreApplication.translate("Startup", "This computer replaces the other one"),
                         QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName(KEEP_SITE)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(new)
    return box


def ask_copied_site(error: SiteCopiedError, lang: Lang, parent: QWidget | None = None) -> str | None:
    """Ask once; returns ``NEW_SITE``, ``KEEP_SITE`` or None (quit)."""
    box = copied_site_box(error, lang, parent)
    box.exec()
    clicked = box.clickedButton()
    answer = clicked.objectName() if clicked is not None else ""
    return answer if answer in (NEW_SITE, KEEP_SITE) else None


def offer_move(services: Services, lang: Lang, parent: QWidget | None = None) -> tuple[Any, Path]:
    """Warn about a risky place and move the database to the local data folder if asked."""
    from nrtd_desktop.app import open_services

    report = services.safety.startup
    path = services.safety.db_path
    if report is None or report.location is None:
        return services, path
    target = local_target(path)
    box = QMessageBox(QMessageBox.Icon.Warning, _risky_title(), report.location.text(lang),
                      QMessageBox.StandardButton.NoButton, parent)
    question = QCoreApplication.translate("Startup", "Move it to {target}? The file where it is now is left "
                                                     "untouched.")
    box.setInformativeText(question.format(target=target))
    move = box.addButton(QCoreApplication.translate("Startup", "Move it to this computer"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Keep it here"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not move:
        return services, path
    services.close()
    try:
        moved = move_to_local(path, target)
    except NrtdError as error:
        QMessageBox.warning(parent, _risky_title(), error.text(lang))
        return open_services(path), path
    return open_services(moved, create=False), moved


def open_services_with_dialogs(db_path: Path | str, settings: Settings, parent: QWidget | None = None, *,
                               background: bool = False, hold_check: bool = False,
                               prepare: Callable[[Any], Any] | None = None) -> tuple[Any, Path | str] | None:
    """``background``: check beside the window after a clean shutdown (call :func:`watch_startup`
    once the window shows); else the check and the daily backup are done before returning.
    ``hold_check``: that check starts once the window has painted (``watch_startup`` releases it).
    ``prepare(services)`` runs before the member is asked who they are (``--demo`` loads the
    demo there, so that its entities are offered)."""
    from nrtd_desktop.app import open_services
    from nrtd_desktop.ui.identity_dialog import ask_identity_if_needed
    from nrtd_desktop.ui.migration_progress import MigrationProgressDialog
    from nrtd_desktop.ui.unlock_dialog import ensure_unlocked

    lang = settings.language
    # An encrypted database file: its passphrase first (a server has its own accounts).
    if not isinstance(db_path, str) and not ensure_unlocked(db_path, lang, parent):
        return None
    copied_site: str | None = None
    progress = MigrationProgressDialog(parent)
    for _attempt in range(3):
        try:
            if copied_site is None:
                services = open_services(db_path, background=background, progress=progress,
                                         hold_check=hold_check)
            else:  # a new site records what the former one had: seconds on a large register
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    services = open_services(db_path, background=background, copied_site=copied_site,
                                             progress=progress)
                finally:
                    QApplication.restoreOverrideCursor()
            break
        except DamagedDatabaseError as error:
            if not offer_restore(error, lang, parent):
                return None
        except SiteCopiedError as error:  # asked once; nothing was written before the answer
            copied_site = ask_copied_site(error, lang, parent)
            if copied_site is None:
                return None
        except NrtdError as error:
            title = QCoreApplication.translate("Startup", "NRTD Desktop")
            QMessageBox.critical(parent, title, error.text(lang))
            return None
        finally:
            progress.close()
    else:
        return None
    report = services.safety.startup
    if report is not None and report.backup_error is not None:
        show_backup_failure(report.backup_error, lang, parent)
    if not isinstance(db_path, str):  # a server URL has no risky folder to move from (issue 24)
        services, db_path = offer_move(services, lang, parent)
    if prepare is not None:
        prepare(services)
    ask_identity_if_needed(services, settings, parent)
    return services, db_path


def show_backup_failure(error: NrtdError, lang: Lang, parent: QWidget | None = None) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Startup", "The automatic backup failed"),
                        error.text(lang))


class StartupWatcher(QObject):
    """Brings the background start-up work's outcome to the GUI thread.

    The guard calls back on its own thread; emitting these signals there queues the slots to this
    object's thread (the GUI's), as ``ui/worker.py`` does for tasks. ``controller`` is the
    launcher's ``DesktopController`` (``app``, ``services``, ``settings``, ``window``,
    ``build_window()``). The watcher has no Qt parent: the controller keeps it
    (``controller.startup_watcher``), so it lives as long as the controller, across the windows a
    language switch or a restore replaces, and no longer (its pending timer dies with it).
    """

    checked = Signal()
    backup_done = Signal()

    def __init__(self, controller: Any) -> None:
        super().__init__()
        self.controller = controller
        self.guard: Any | None = None
        self.checked.connect(self._on_checked)
        self.backup_done.connect(self._on_backup_done)
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.timeout.connect(self._release_backup)

    def watch(self, services: Services, backup_delay_ms: int = BACKUP_DELAY_MS) -> bool:
        """Follow ``services``' background check, if it has one: let a held check start once the
        window has painted, and its daily backup ``backup_delay_ms`` after the window shows."""
        report = services.safety.startup
        guard = getattr(report, "guard", None) if report is not None else None
        self.guard = guard
        if guard is None:
            return False
        self._release_check_after_paint(guard)
        guard.on_checked(lambda g=guard: self._emit_for(g, self.checked))
        guard.on_backup_done(lambda g=guard: self._emit_for(g, self.backup_done))
        self._backup_timer.start(backup_delay_ms)
        return True

    def _release_check_after_paint(self, guard: Any) -> None:
        """The check reads the whole file: it starts after the window's first paint (the
        register's first rows), not beside it."""
        app = QCoreApplication.instance()
        window = getattr(self.controller, "window", None)
        if app is None or window is None:
            guard.release_check()
            return
        self._painted = _FirstPaint(window, lambda: guard.release_check())
        app.installEventFilter(self._painted)

    @Slot()
    def _release_backup(self) -> None:
        if self.guard is not None:
            self.guard.release_backup()

    def _emit_for(self, guard: Any, signal: Any) -> None:
        if guard is self.guard:  # not from the guard of services already replaced
            signal.emit()

    @Slot()
    def _on_checked(self) -> None:
        guard = self.guard
        if guard is None or guard.damage is None:
            return
        self.guard = None  # nothing more from these services
        self.offer_after_damage(guard.damage)

    @Slot()
    def _on_backup_done(self) -> None:
        guard = self.guard
        if guard is None or guard.report.backup_error is None:
            return
        controller = self.controller
        show_backup_failure(guard.report.backup_error, controller.settings.language, controller.window)

    def offer_after_damage(self, error: DamagedDatabaseError) -> bool:
        """The check failed while the window was open (writes are blocked meanwhile). Offer the
        newest good backup; closing the services first keeps the damaged file as it was. True if
        the window now works over the restored database."""
        controller = self.controller
        lang = controller.settings.language
        old_window = controller.window
        restore = ask_restore(error, lang, old_window)
        if old_window is not None:
            old_window.hide()
        # The lock stays marked unclean (the next start checks fully) and the engine is sealed:
        # nothing the old window still does can reopen the damaged file.
        controller.services.close()
        if restore and restore_offered(error, lang, None):
            opened = open_services_with_dialogs(error.db_path, controller.settings, background=True)
            if opened is not None:
                controller.services = opened[0]
                window = controller.build_window()
                window.show()
                if old_window is not None:
                    old_window.deleteLater()
                self.watch(controller.services)
                return True
        controller.app.exit(1)  # refused or failed: quit, the damaged file kept and refused at every start
        return False


class _FirstPaint(QObject):
    """Calls ``then`` once, after the first paint of anything in ``window`` has been handled
    (the window paints all its widgets in one pass: the register's first rows with it)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__()
        self._window = window
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if (self._then is not None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window):
            then, self._then = self._then, None
            QTimer.singleShot(0, then)
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        return False


def watch_startup(controller: Any, backup_delay_ms: int = BACKUP_DELAY_MS) -> StartupWatcher:
    """Call once the window shows: follows the background check and the daily backup."""
    watcher = StartupWatcher(controller)
    controller.startup_watcher = watcher
    watcher.watch(controller.services, backup_delay_ms)
    return watcher
