"""Screenshots of the drafting screen at 1366x768, in Arabic (and English), on the demo data.

    xvfb-run -a .venv/bin/python -m tests.drafting.screenshots [OUT_FOLDER]
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.drafting.screenshots /work/notes/shots22

The demo's mid-term draft is opened on a cluster section that a ministry edited and whose figures
changed since (a recommendation implemented): the "what changed" panel shows. Settings and data
go to a temporary folder. Look at the pictures after a change.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

SIZE = (1366, 768)


def main(argv: list[str]) -> int:
    # The committed pictures come from tests/ui/screenshots.py; this one writes where it is told,
    # else to a temporary folder.
    out = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix="nrtd-drafting-pictures-"))
    work = Path(tempfile.mkdtemp(prefix="nrtd-drafting-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.dto.drafts import SectionInput
    from nrtd_desktop.settings import Settings, save_settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController

    today = date(2026, 11, 29)
    services = open_services(work / "demo.sqlite", Actor("عضو اللجنة", "HRC"), today=today)
    load_demo(services)
    view = services.drafts.get("upr:4:midterm")
    section = next(s for s in view.sections if "UPR-4-38.85" in s.recommendations)
    services.drafts.update_section(
        section.id,
        SectionInput(
            text_ar=section.text_ar + "\nوأضافت وزارة العدل أن المحاكم المتخصصة باشرت أعمالها في ثلاث مناطق.",
            state="in_review",
        ),
    )
    rec = services.recommendations.find("UPR-4-38.85")
    services.plan.override_status(rec.id, "implemented", "صدر النظام")
    save_settings(Settings(language="ar"))
    app = create_application(argv[:1], "ar")
    controller = DesktopController(app, services, Settings(language="ar"))
    controller.build_window()
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(40):
            app.processEvents()
        page = controller.window.areas["drafting"]
        for task in list(page._tasks):
            while not task.done:
                app.processEvents()

    def shoot(name: str, key: str, calendar: bool = False) -> None:
        window = controller.window
        assert window is not None
        window.resize(*SIZE)
        window.show()
        window.show_area("drafting")
        page = window.areas["drafting"]
        page.select_entry("upr:4:midterm")
        settle()
        for item in page._items():
            if page._section_by_id(item.data(0, 256)).key == key:
                page.sections.setCurrentItem(item)
        if calendar:  # the calendar pulled open, as a member does to read it
            page.splitter.setSizes([430, 200])
        settle()
        path = out / name
        window.grab().save(str(path))
        print(f"{path} ({window.width()}x{window.height()}, {QApplication.layoutDirection().name})")

    shoot("drafting-ar.png", section.key)
    shoot("drafting-ar-methodology.png", "methodology")
    shoot("drafting-ar-calendar.png", "methodology", calendar=True)
    controller.switch_language("en")
    shoot("drafting-en.png", section.key)
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
