"""The window's part of the self-check (issue 25): the installed program opens its window
offscreen over the self-check's database, paints the register's rows and draws a dashboard chart.

Loaded by name from ``nrtd_desktop.selfcheck`` (which stays Qt-free, so that ``nrtd --help`` never
loads Qt): a Qt module, a platform plugin or a library left out of the installer fails here, in
the check, instead of on a committee member's screen. Nothing is written outside the check's
folder: the window is hidden and dropped, never closed (closing saves its layout).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from nrtd_desktop.domain.lang import Lang


def _wait(app: Any, done: Any, seconds: float = 20.0) -> bool:
    ended = time.monotonic() + seconds
    while not done():
        if time.monotonic() > ended:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def _coloured_share(image: Any) -> float:
    """The share of the image's pixels in colour (the bars): a chart without its bars has only
    white, greys and black text."""
    from PySide6.QtGui import QColor

    step = 4
    seen = coloured = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = QColor(image.pixel(x, y))
            seen += 1
            channels = (colour.red(), colour.green(), colour.blue())
            coloured += max(channels) - min(channels) > 60
    return coloured / max(seen, 1)


def check_window(services: Any, folder: Path, lang: Lang = "ar") -> str:
    """Open the window offscreen, paint the register and draw the dashboard's mechanism chart;
    returns what was seen, raises ``RuntimeError`` with one sentence when something is missing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.main_window import MainWindow

    # Qt's notes about the offscreen platform ("does not support propagateSizeHints") are not
    # the check's business: its output is the report, and a failure raises.
    previous = qInstallMessageHandler(lambda *_args: None)
    app = create_application(["nrtd-selfcheck"], lang)
    window = MainWindow(services, Settings(user_name="self-check", language=lang))
    try:
        window.resize(1280, 800)
        window.show()
        register: Any = window.areas["recommendations"]  # the pages are QWidgets to the window
        table = register.table
        if not _wait(app, lambda: table.model().rowCount() > 0):
            raise RuntimeError("the register shows no rows in the window")
        table.viewport().repaint()
        rows = table.model().rowCount()
        window.show_area("dashboard")
        dashboard: Any = window.areas["dashboard"]
        dashboard.refresh_now()
        chart = dashboard.by_mechanism
        chart.resize(640, 420)
        image = chart.grab().toImage()
        path = folder / "selfcheck-chart.png"
        if not image.save(str(path)):
            raise RuntimeError(f"the chart could not be saved as {path.name}")
        share = _coloured_share(image)
        if share < 0.02:
            raise RuntimeError(f"the dashboard's chart drew no bars ({share:.1%} of its pixels in colour)")
        platform = QApplication.platformName()
    finally:
        window.hide()
        window.deleteLater()
        app.processEvents()
        qInstallMessageHandler(previous)
    return (f"window opened ({platform}): {rows} rows of the register painted, the dashboard's chart "
            f"drawn ({share:.0%} of {path.name} in colour)")
