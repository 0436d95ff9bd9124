"""Screenshots of the main window at 1366x768, in Arabic and in English, on the demo data.

    xvfb-run -a .venv/bin/python -m tests.ui.screenshots          # a real X server (preferred)
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots

Writes docs/screenshots/register-ar.png and register-en.png. Settings and window state go to a
temporary folder, so the user's own are never touched. Look at the pictures after a change.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="nrtd-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController

    services = open_services(work / "demo.sqlite")
    load_demo(services)
    app = create_application(sys.argv[:1], "ar")
    controller = DesktopController(app, services, Settings(language="ar"))
    window = controller.build_window()
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        current = controller.window
        assert current is not None
        current.resize(*SIZE)
        current.show()
        page = current.areas["recommendations"]
        page.table.selectRow(0)
        page.select_id(page.model.row_at(1).id)  # a row with its detail panel filled
        for _ in range(20):
            app.processEvents()
        path = OUT / name
        current.grab().save(str(path))
        print(f"{path} ({current.width()}x{current.height()}, {QApplication.layoutDirection().name})")

    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    shoot("register-ar.png")
    controller.switch_language("en")
    shoot("register-en.png")
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
