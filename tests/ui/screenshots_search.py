"""Screenshots of searching the register at 1366x768, on the demo data: a highlighted match in
Arabic and in English, and the no-result state.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots_search OUT_FOLDER
    xvfb-run -a .venv/bin/python -m tests.ui.screenshots_search OUT_FOLDER

Settings and the database go to a temporary folder. Look at the pictures after a change.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)
# (file, language, search, the reference to select or None)
SHOTS = [
    ("register-search-ar.png", "ar", "المرأة", "UPR-4-38.172"),
    ("register-search-en.png", "en", "women rights", "CEDAW-2018-44"),
    ("register-no-result-ar.png", "ar", "التعذيب الفضاء", None),
    ("register-no-result-en.png", "en", "torture zanzibar", None),
]


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="nrtd-search-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nrtd-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController

    services = open_services(work / "demo.sqlite")
    load_demo(services)
    app = create_application(sys.argv[:1], "ar")
    controller = DesktopController(app, services, Settings(language="ar", user_name="عضو اللجنة"))
    window = controller.build_window()
    current = "ar"
    for name, lang, search, reference in SHOTS:
        if lang != current:
            window, current = controller.switch_language(lang), lang
        window.resize(*SIZE)
        window.show()
        page = window.areas["recommendations"]
        page.search.setText(search)
        page._apply_search()
        if reference is not None:
            for row in range(page.model.rowCount()):
                found = page.model.row_at(row)
                if found is not None and found.reference == reference:
                    page.select_id(found.id)
                    break
        for _ in range(20):
            app.processEvents()
        path = out / name
        window.grab().save(str(path))
        direction = QApplication.layoutDirection().name
        print(f"{path} ({window.width()}x{window.height()}, {direction}, {page.model.rowCount()} rows)")
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
