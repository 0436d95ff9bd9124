"""The window on a PostgreSQL server, in Arabic, as an entity's login refused another entity's
action (issue 24).

    NRTD_TEST_POSTGRES=postgresql://… QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m tests.postgres.screenshot_roles OUT_DIR

Builds the demo committee in a new database on the server, makes a login of the Ministry of
Justice (MOJ) with ``nrtd db roles add``, opens the window as that login on the plan of a
recommendation whose action the Human Rights Commission (HRC) leads, edits that action and
saves: the server refuses, and the editor shows why. Saves ``server-refused-ar.png`` (the window
with the editor drawn over it) into OUT_DIR; drops the database and the login afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

SIZE = (1366, 768)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nrtd-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from nrtd_desktop.app import open_services
    from nrtd_desktop.cli.main import main as cli
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController
    from tests import pg_server
    from tests.postgres.test_roles import as_login
    from tests.raw_db import Raw

    url = pg_server.create_database(prefix="nrtd_shot")
    login = f"nrtd_s{uuid.uuid4().hex[:8]}_moj"
    try:
        admin = open_services(url, Actor(name="المسؤول", entity="HRC"))
        load_demo(admin)
        admin.close()
        assert cli(["db", "roles", "add", login, "--entity", "MOJ", "--password", "pw", "--db", url]) == 0
        raw = Raw(url)
        action_id, rec_id = raw.execute(
            "SELECT a.id, a.recommendation_id FROM actions a JOIN entities e ON e.id = a.lead_entity_id"
            " WHERE e.code = 'HRC' AND a.recommendation_id IS NOT NULL ORDER BY a.id LIMIT 1").fetchone()
        raw.close()
        services = open_services(as_login(url, login, "pw"), Actor(name="سارة", entity="MOJ"))
        app = create_application(sys.argv[:1], "ar")
        controller = DesktopController(app, services, Settings(language="ar"))
        window = controller.build_window()
        window.resize(*SIZE)
        window.show()
        plan = window.areas["plan"]
        window.stack.setCurrentWidget(plan)
        plan.open_plan("recommendation", rec_id)
        for _ in range(20):
            app.processEvents()
        plan.editor.actions.select_id(action_id)
        plan.editor.edit_action()
        dialog = plan.editor.dialog
        dialog.inputs["title_ar"].setText(dialog.inputs["title_ar"].text() + " (تعديل من وزارة العدل)")
        dialog.try_save()
        for _ in range(30):
            app.processEvents()
        shot = window.grab()
        painter = QPainter(shot)
        face = dialog.grab()
        corner = QPoint((shot.width() - face.width()) // 2, (shot.height() - face.height()) // 2)
        painter.drawPixmap(corner, face)
        painter.end()
        shot.save(str(out / "server-refused-ar.png"))
        print(f"{out / 'server-refused-ar.png'}: {dialog.general_error.text()}")
        dialog.close()
        services.close()
    finally:
        pg_server.drop_database(url)
        pg_server._admin(f'DROP ROLE IF EXISTS "{login}"')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
