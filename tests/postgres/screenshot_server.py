"""The window connected to a PostgreSQL server, in Arabic (issue 24).

    NRTD_TEST_POSTGRES=postgresql://… QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m tests.postgres.screenshot_server OUT_DIR

Builds the demo committee in a new database on the server, opens the window on it and saves
``server-register-ar.png`` (and the conflict message of a save against a record saved meanwhile,
as the window shows it) into OUT_DIR; drops the database afterwards. Writes nothing in the checkout.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nrtd-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.domain.errors import StaleRecordError
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController
    from tests import pg_server

    url = pg_server.create_database(prefix="nrtd_shot")
    try:
        services = open_services(url, Actor(name="أمل", entity="HRC"))
        load_demo(services)
        app = create_application(sys.argv[:1], "ar")
        controller = DesktopController(app, services, Settings(language="ar"))
        window = controller.build_window()
        window.resize(*SIZE)
        window.show()
        page = window.areas["recommendations"]
        page.table.selectRow(0)
        page.select_id(page.model.row_at(1).id)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out / "server-register-ar.png"))
        # Another member saves the record first; this window's save is then a conflict.
        record = services.recommendations.get(page.model.row_at(1).id)
        other = open_services(url, Actor(name="بدر", entity="MOJ"))
        other.recommendations.update(record.id, {"text_en": "Wording saved by Badr meanwhile"},
                                     expected_version=record.version)
        other.close()
        try:
            services.recommendations.update(record.id, {"text_en": "Amal's wording"},
                                            expected_version=record.version)
        except StaleRecordError as conflict:
            box = QMessageBox(QMessageBox.Icon.Warning, "تعارض في الحفظ", conflict.text("ar"), parent=window)
            box.show()
            for _ in range(20):
                app.processEvents()
            box.grab().save(str(out / "server-conflict-ar.png"))
            box.close()
        print(f"{out}: server-register-ar.png, server-conflict-ar.png ({window.width()}x{window.height()}, "
              f"{QApplication.layoutDirection().name})")
        services.close()
    finally:
        pg_server.drop_database(url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
