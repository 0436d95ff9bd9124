"""The GUI launcher behind the ``nrtd-desktop`` command: ``main(argv) -> int``.

The database is chosen by ``--db PATH``, else ``$NRTD_DB``, else the per-user data folder. The
:class:`DesktopController` owns what outlives one window (application, settings, services) and
rebuilds the window when the person switches language.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from nrtd_desktop.paths import data_dir, resolve_db_path
from nrtd_desktop.services import Services
from nrtd_desktop.settings import Settings, load_settings, save_settings
from nrtd_desktop.ui.application import create_application, install_translations
from nrtd_desktop.ui.backup_startup import open_services_with_dialogs, watch_startup
from nrtd_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
DB_ENV = "NRTD_DB"
# The speed benchmark (tests.bench) sets this: the window prints how long it took to
# paint the register's first rows, and quits.
BENCH_STARTUP_ENV = "NRTD_BENCH_STARTUP"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def choose_db_path(args: argparse.Namespace) -> Path:
    """``--demo``, else ``--db``, else ``$NRTD_DB``, else the per-user database."""
    return demo_db_path() if args.demo else resolve_db_path(args.db)


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
        self.window = window
        return window

    def _settings_changed(self, settings: Settings) -> None:
        self.settings = settings

    def switch_language(self, lang: str) -> MainWindow:
        """Save the choice, install the other translators, and replace the window with a new one."""
        old = self.window
        self.settings = self.settings.with_changes(language=lang)
        save_settings(self.settings)
        if old is not None:
            old.save_layout()
        install_translations(self.app, lang)
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
    app = create_application(sys.argv[:1], settings.language)
    db_path = choose_db_path(args)
    db_path.parent.mkdir(parents=True, exist_ok=True)
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
    if settings.last_database != str(db_path):
        settings = settings.with_changes(last_database=str(db_path))
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


if __name__ == "__main__":
    raise SystemExit(main())
