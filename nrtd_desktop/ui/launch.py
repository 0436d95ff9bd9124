"""The GUI launcher behind the ``nrtd-desktop`` command: ``main(argv) -> int``.

The database is chosen by ``--db PATH``, else ``$NRTD_DB``, else the per-user data folder. The
:class:`DesktopController` owns what outlives one window (application, settings, services) and
rebuilds the window when the person switches language.

When opening the database will ask nothing (``nrtd_desktop/opening.py``), the window is shown over the
register's first rows, read without SQLAlchemy, and the database opens once they are painted;
otherwise the start is as it always was: the questions first, then the window. This module
imports neither SQLAlchemy nor the services before the first rows are on screen (issue 25).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QApplication

from nrtd_desktop.db.engine import is_server
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.paths import data_dir, resolve_db_path
from nrtd_desktop.settings import Settings, load_settings, save_settings
from nrtd_desktop.ui.application import create_application, install_translations
from nrtd_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from nrtd_desktop.db.first_page import Opening
    from nrtd_desktop.services import Services

log = logging.getLogger(__name__)
DB_ENV = "NRTD_DB"
# The speed benchmark (tests.bench) sets this: the window prints how long it took to
# paint the register's first rows, and quits.
BENCH_STARTUP_ENV = "NRTD_BENCH_STARTUP"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def choose_db_path(args: argparse.Namespace, settings: Settings | None = None) -> Path | str:
    """``--demo``, else ``--db``, else ``$NRTD_DB``, else the server chosen last in the open
    dialog (issue 24), else the per-user database."""
    if args.demo:
        return demo_db_path()
    last = settings.last_database if settings is not None else ""
    if not args.db and not os.environ.get(DB_ENV) and is_server(last):
        return last
    return resolve_db_path(args.db)


def remembered(db: Path | str) -> str:
    """What the settings keep of a database: a file's path, a server's URL without its password
    (libpq finds it in ``~/.pgpass`` or ``PGPASSWORD``, or the open dialog asks again)."""
    if not is_server(db):
        return str(db)
    from sqlalchemy.engine import URL, make_url

    url = make_url(str(db))  # URL.set(password=None) would keep it: None means "unchanged" there
    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query).render_as_string(hide_password=False)


class DesktopController:
    """Builds the window over open services; ``switch_language`` rebuilds it in the other language."""

    def __init__(self, app: QApplication, services: Services, settings: Settings) -> None:
        self.app = app
        self.services = services
        self.settings = settings
        self.window: MainWindow | None = None

    def build_window(self) -> MainWindow:
        window = MainWindow(self.services, self.settings)
        window.controller = self  # the Security menu rebuilds the window after encrypting
        window.language_requested.connect(self.switch_language)
        window.settings_changed.connect(self._settings_changed)
        window.database_requested.connect(self.switch_database)
        self.window = window
        return window

    def _settings_changed(self, settings: Settings) -> None:
        self.settings = settings

    def switch_database(self, location: Path | str) -> MainWindow | None:
        """Open another database (the open dialog): a file or a server. The window is built
        anew over it and the former services closed; None (nothing changed) if it cannot open."""
        from nrtd_desktop.ui.backup_startup import open_services_with_dialogs

        opened = open_services_with_dialogs(location, self.settings, self.window)
        if opened is None:
            return None
        services, location = opened
        old, old_services = self.window, self.services
        if old is not None:
            old.save_layout()
        self.services = services
        self.settings = load_settings().with_changes(last_database=remembered(location))
        save_settings(self.settings)
        window = self._replace_window(old)
        old_services.close()
        return window

    def switch_language(self, lang: Lang) -> MainWindow:
        """Save the choice, install the other translators, and replace the window with a new one."""
        old = self.window
        self.settings = self.settings.with_changes(language=lang)
        save_settings(self.settings)
        if old is not None:
            old.save_layout()
        install_translations(self.app, lang)
        return self._replace_window(old)

    def _replace_window(self, old: MainWindow | None) -> MainWindow:
        """A new window over the current services and settings, shown before the former one
        goes, so that the program never has no window (Qt would quit)."""
        window = self.build_window()
        window.show()
        if old is not None:
            old.language_requested.disconnect(self.switch_language)
            old.hide()
            old.deleteLater()
        return window


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nrtd-desktop", description="NRTD Desktop")
    parser.add_argument("--db", help=f"the database file (default: ${DB_ENV} or the per-user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo committee database (made in the data folder the first time)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    if "--self-check" in (sys.argv[1:] if argv is None else argv):  # verify the install: no window at all
        from nrtd_desktop.selfcheck import main as self_check

        return self_check(sys.argv[1:] if argv is None else argv)
    args = _parse(sys.argv[1:] if argv is None else argv)
    settings = load_settings()
    db_path = choose_db_path(args, settings)
    from nrtd_desktop.opening import quiet_opening
    from nrtd_desktop.ui.recommendation_model import PAGE_SIZE

    opening = None if args.demo else quiet_opening(db_path, settings, PAGE_SIZE)
    # With first rows to paint, the core's sentences load as the database opens (open_services).
    app = create_application(sys.argv[:1], settings.language, sentences=opening is None)
    if opening is not None:
        return _open_under_first_rows(app, db_path, settings, opening)
    from nrtd_desktop.ui.backup_startup import open_services_with_dialogs, watch_startup

    if not is_server(db_path):
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    # The protections of docs/design/RELIABILITY.md speak to the person here: a damaged database offers the
    # newest good backup, a risky location offers a move, and the member's name is asked once.
    # After a clean shutdown the start-up check runs beside the window (writes wait for it).
    # The demo is loaded before the member is asked who they are, so that its entities are offered.
    prepare = None
    if args.demo:
        from nrtd_desktop.demo.loader import load_demo

        prepare = load_demo  # adds nothing when the demo is already there
    # The start-up check waits for the first rows on screen (watch_startup releases it).
    opened = open_services_with_dialogs(db_path, settings, background=True, hold_check=True, prepare=prepare)
    if opened is None:
        return 1
    services, db_path = opened
    settings = load_settings()  # the identity dialog may have saved the member's name
    if settings.last_database != remembered(db_path):
        settings = settings.with_changes(last_database=remembered(db_path))
        save_settings(settings)
    controller = DesktopController(app, services, settings)
    window = controller.build_window()
    if os.environ.get(BENCH_STARTUP_ENV) == "1":
        from nrtd_desktop.ui.startup_probe import report_first_paint

        report_first_paint(window, app)
    window.show()
    if args.demo:  # the first start on the demo: a few steps over the window, once
        from PySide6.QtCore import QTimer

        from nrtd_desktop.ui.tour import maybe_start_tour

        QTimer.singleShot(0, lambda: maybe_start_tour(controller.window, demo=True))
    watch_startup(controller)  # the check's verdict and the daily backup, once the window shows
    try:
        return app.exec()
    finally:
        controller.services.close()  # the services may have been replaced after a restore


def _open_under_first_rows(app: QApplication, db_path: Path | str, settings: Settings,
                           opening: Opening) -> int:
    """The window over the register's first rows at once; the database opens after their paint
    and its services take over (``ui/first_rows.py``)."""
    from nrtd_desktop.opening import OpeningServices
    from nrtd_desktop.ui.first_rows import AfterFirstPaint, OpeningGuard

    stand_in = OpeningServices(opening)
    controller = DesktopController(app, cast("Services", stand_in), settings)
    window = controller.build_window()
    if os.environ.get(BENCH_STARTUP_ENV) == "1":
        from nrtd_desktop.ui.startup_probe import report_first_paint

        report_first_paint(window, app)
    guard = OpeningGuard(window)
    opened: list[bool] = []
    failed: list[BaseException] = []

    def open_database() -> None:
        try:
            opened.append(_take_over(controller, window, guard, db_path))
        except BaseException as error:  # raised from main below, as the usual start would
            failed.append(error)
            guard.finish()
            app.exit(1)

    painted = AfterFirstPaint(window, open_database)
    window.show()
    try:
        code = app.exec()
    finally:
        guard.finish()
        del painted
        controller.services.close()  # the services may have been replaced after a restore
    if failed:
        raise failed[0]
    return 1 if opened == [False] else code


def _take_over(controller: DesktopController, window: MainWindow, guard: Any, db_path: Path | str) -> bool:
    """Open the database as the usual start does (its dialogs, should one come, alone) and hand
    its services to the window; False (the program quits) when it does not open."""
    from nrtd_desktop import catalogue
    from nrtd_desktop.ui.backup_startup import open_services_with_dialogs, watch_startup

    catalogue.load()
    settings = controller.settings
    opened = open_services_with_dialogs(db_path, settings, background=True, hold_check=True)
    if opened is None:
        guard.finish()
        controller.app.exit(1)
        window.close()
        return False
    services, db_path = opened
    settings = load_settings()  # the identity dialog may have saved the member's name
    if settings.last_database != remembered(db_path):
        settings = settings.with_changes(last_database=remembered(db_path))
        save_settings(settings)
    controller.services, controller.settings = services, settings
    if guard.stepped_aside:  # a question came all the same: the window the usual start builds
        guard.finish()
        controller.build_window().show()
        window.deleteLater()
    else:
        window.settings = settings
        window.take_services(services)
        guard.finish()
    watch_startup(controller)  # the check's verdict and the daily backup, once the window shows
    return True


if __name__ == "__main__":
    raise SystemExit(main())
