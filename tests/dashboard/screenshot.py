"""A screenshot of the dashboard at 1366x768, in Arabic (and English), on the demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.dashboard.screenshot

Writes docs/screenshots/dashboard-ar.png and dashboard-en.png. Settings go to a temporary folder.
Look at the pictures after a change: bars readable, Arabic joined and right to left, nothing cut off.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
TODAY = date(2026, 11, 29)  # the demo data's "today" (tests/conftest.py)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="nrtd-dashboard-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController

    services = open_services(work / "demo.sqlite", today=TODAY)
    load_demo(services)
    app = create_application(sys.argv[:1], "ar")
    controller = DesktopController(app, services, Settings(language="ar"))
    controller.build_window()
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        window = controller.window
        assert window is not None
        window.resize(*SIZE)
        window.show()
        window.show_area("dashboard")
        page = window.areas["dashboard"]
        page.refresh_now()
        for _ in range(30):
            app.processEvents()
        path = OUT / name
        window.grab().save(str(path))
        print(f"{path} ({window.width()}x{window.height()}, {QApplication.layoutDirection().name})")

    shoot("dashboard-ar.png")
    controller.switch_language("en")
    shoot("dashboard-en.png")
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
