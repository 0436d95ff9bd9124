"""THE script of the committed screenshots: every area of the window and its main dialogs, in
Arabic and in English, at 1366x768, on the demo data; the merge review; the reports' first pages.

    .venv/bin/python -m tests.ui.screenshots             # docs/screenshots (offscreen, a 1366x768 screen)
    .venv/bin/python -m tests.ui.screenshots --out DIR   # elsewhere
    ... --only register,plan-editor --langs ar --size 1280x720 --no-reports
    .venv/bin/python -m tests.ui.screenshots --guide     # the pictures the user guide names,
                                                         # into resources/guide/images

Every picture in docs/screenshots comes from here (the README names this script); tests never
write there. Settings, window state and the database go to a temporary folder, so the user's own
are never touched. Look at the pictures after a change: Arabic joined and right to left, codes and
dates in their own order, nothing cut, no English in the Arabic window.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "screenshots"
GUIDE_IMAGES = ROOT / "resources" / "guide" / "images"
TODAY = date(2026, 11, 29)  # the demo data's "today" (tests/conftest.py)


SAMPLE_TEXTS = (
    "Continue its efforts to promote the rights of women and girls",
    "Strengthen the independence of the national human rights institution",
    "Ratify the Optional Protocol to the Convention against Torture",
    "Adopt a comprehensive law on domestic workers",
    "Take further steps to protect the rights of persons with disabilities",
    "Ensure that all detainees have access to a lawyer from the outset of their detention",
)


def upr_info_sample(path: Path) -> Path:
    """A small file in the UPR Info export's layout: the first rows of the real export (kept in
    tests/data/upr-info), else a few rows written here."""
    from tests.shared_data import upr_info_dir

    try:
        folder = upr_info_dir()
        sources = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    except OSError:
        sources = []
    if sources:
        with sources[0].open(encoding="mac_roman", newline="") as lines, \
                path.open("w", encoding="utf-8", newline="") as kept:
            for number, line in enumerate(lines):
                if number > 400:
                    break
                kept.write(line)
        return path
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response",
                         "Action", "Issue", "Session"])
        for number, text in enumerate(SAMPLE_TEXTS * 4):
            state = ("France", "Brazil", "Japan", "Kenya")[number % 4]
            writer.writerow(["Saudi Arabia", "Asia", "", f"{text} ({number + 1})", state, "WEOG", "",
                             "Accepted" if number % 3 else "Noted", str(number % 5 + 1),
                             "Women's rights", "31"])
    return path


def settle(app: Any, rounds: int = 40) -> None:
    """Let the workers finish and the window paint what they read."""
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(25)
    for _ in range(10):
        app.processEvents()


class Shooter:
    def __init__(self, app: Any, controller: Any, services: Any, out: Path, size: tuple[int, int],
                 only: set[str] | None, work: Path) -> None:
        self.app, self.controller, self.services = app, controller, services
        self.out, self.size, self.only, self.work = out, size, only, work
        self.written: list[Path] = []

    @property
    def window(self) -> Any:
        return self.controller.window

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def save(self, widget: Any, name: str, lang: str) -> None:
        settle(self.app)
        path = self.out / f"{name}-{lang}.png"
        widget.grab().save(str(path))
        self.written.append(path)
        print(f"{path} ({widget.width()}x{widget.height()})")

    def area(self, name: str, lang: str, key: str, prepare: Callable[[Any], None] | None = None) -> None:
        if not self.wanted(name):
            return
        window = self.window
        window.show_area(key)
        settle(self.app)
        if prepare is not None:
            prepare(window.areas[key])
        self.save(window, name, lang)

    def dialog(self, name: str, lang: str, make: Callable[[], Any]) -> None:
        if not self.wanted(name):
            return
        dialog = make()
        dialog.show()
        self.save(dialog, name, lang)
        dialog.close()
        dialog.deleteLater()

    # -- the tour of one language --------------------------------------------------------
    def tour(self, lang: str) -> None:
        window = self.window
        window.resize(*self.size)
        window.show()
        settle(self.app)

        def register(page: Any) -> None:
            page.model.row_at(0)
            page.select_id(self.services.recommendations.find("CAT-2016-18").id)

        self.area("register", lang, "recommendations", register)
        if self.wanted("register-editor"):
            self.window.show_area("recommendations")
            page = window.areas["recommendations"]
            register(page)
            page.edit_selected()
            editor = page.editor
            editor.tabs.setCurrentIndex(2)
            self.save(editor, "register-editor", lang)
            editor.reject()

        def clusters(page: Any, tab: int = 0) -> None:
            justice = next(c for c in page.list_model.rows() if c.name_en == "Justice and due process")
            page.select_cluster(justice.id)
            page.tabs.setCurrentIndex(tab)
            settle(self.app)
            if tab == 2:
                page.duplicates.threshold.setValue(0.3)  # the demo's one likely pair
                page.duplicates.scan()

        self.area("clusters", lang, "clusters", clusters)
        self.area("clusters-similar", lang, "clusters", lambda page: clusters(page, 1))
        self.area("clusters-duplicates", lang, "clusters", lambda page: clusters(page, 2))

        def plan(tab: int) -> Callable[[Any], None]:
            def prepare(page: Any) -> None:
                page.tabs.setCurrentIndex(tab)
                settle(self.app)
                if tab == 0:
                    page.open_plan("recommendation", self.services.recommendations.find("CAT-2016-8").id)
                    page.editor.actions.table.selectRow(0)
                if tab == 3:
                    page.health.select_list("overdue_actions")
            return prepare

        for tab, name in enumerate(("plan-editor", "timeline", "challenges", "plan-health")):
            self.area(name, lang, "plan", plan(tab))

        def entities(page: Any) -> None:
            from nrtd_desktop.ui.similarity_panel import select_row

            rows = page.model.rows()
            select_row(page.table, next(i for i, e in enumerate(rows) if e.code == "HRSD"))

        self.area("entities", lang, "entities", entities)
        self.area("dashboard", lang, "dashboard", lambda page: page.refresh_now())
        self.area("reports", lang, "reports")
        def drafting(page: Any) -> None:
            page.select_entry("upr:4:midterm")  # the demo's mid-term report, as a member opens it
            settle(self.app)

        self.area("drafting", lang, "drafting", drafting)
        self.area("vocabulary", lang, "vocabulary")
        self.area("backups", lang, "backups")
        self.dialogs(lang)
        self.help(lang)

    def help(self, lang: str) -> None:
        """The user guide opened by F1 on two areas, its search, and the tour's first step."""
        from nrtd_desktop.ui.screen_fit import fit_to_screen

        window = self.window
        for name, key in (("guide-plan", "plan"), ("guide-backups", "backups")):
            if self.wanted(name):
                window.show_area(key)
                settle(self.app)
                guide = window.show_guide_for_current()
                fit_to_screen(guide, 1100, 700)
                self.save(guide, name, lang)
                guide.close()
        if self.wanted("guide-search"):
            guide = window.show_guide("start")
            fit_to_screen(guide, 1100, 700)
            guide.search.setText("مؤشرات" if lang == "ar" else "indicators")
            guide.results.setCurrentRow(0)
            guide.open_topic(*guide.results.item(0).data(256))  # Qt.UserRole
            self.save(guide, "guide-search", lang)
            guide.search.clear()
            guide.close()
        if self.wanted("tour"):
            tour = window.start_tour()
            self.save(window, "tour", lang)
            tour.next()
            self.save(window, "tour-search", lang)
            tour.skip()

    def dialogs(self, lang: str) -> None:
        from nrtd_desktop.ui.deletions_dialog import DeletionsDialog
        from nrtd_desktop.ui.export_dialog import ExportDialog
        from nrtd_desktop.ui.identity_dialog import IdentityDialog, entity_choices
        from nrtd_desktop.ui.import_wizard import ImportWizard
        from nrtd_desktop.ui.priority_dialog import PriorityWeightsDialog

        window, services = self.window, self.services
        settings = window.settings
        self.dialog("identity", lang, lambda: IdentityDialog(
            entity_choices(services, lang), settings.with_changes(user_name="", user_entity="MOJ"), window))
        self.dialog("deletions", lang, lambda: DeletionsDialog(services, lang, lambda: None, window))
        self.dialog("export", lang, lambda: ExportDialog(services, lang, window.register_filter(), window))
        self.dialog("priority-weights", lang, lambda: PriorityWeightsDialog(services, lang, window))
        if any(map(self.wanted, ("import-wizard", "import-wizard-files", "import-wizard-preview"))):
            sample = upr_info_sample(self.work / "upr-info-sample.csv")
            wizard = ImportWizard(services, lang, window)
            wizard.files_page.add_paths([sample])
            wizard.show()
            self.save(wizard, "import-wizard-files", lang)
            wizard.next()
            settle(self.app, 200)
            self.save(wizard, "import-wizard-preview", lang)
            wizard.reject()


def run(shooter: type[Shooter] = Shooter, work: Path | None = None, langs: tuple[str, ...] = ("ar", "en"),
        size: tuple[int, int] | None = None, out: Path = DOCS, only: set[str] | None = None,
        with_reports: bool = True) -> list[int]:
    """The tour of every language with ``shooter`` (tests/ui/window_check.py inspects instead of
    saving); ``size`` None: the screen's work area. Returns the screen's work area."""
    work = work or Path(tempfile.mkdtemp(prefix="nrtd-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("NRTD_INSTALLATION_ID", "screenshots")
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.settings import Settings, save_settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.launch import DesktopController
    from nrtd_desktop.ui.screen_fit import available_size

    settings = Settings(language=langs[0], user_name="منسق اللجنة", user_entity="HRC")  # type: ignore[arg-type]
    save_settings(settings)
    services = open_services(work / "demo.sqlite", Actor(name="منسق اللجنة", entity="HRC"), today=TODAY)
    load_demo(services)
    services.safety.backup_now()  # one backup, so that the backups area shows a line
    deleted = services.recommendations.find("UPR-4-38.270")
    services.recommendations.delete(deleted.id)  # one deletion to put back, for its dialog
    app = create_application(sys.argv[:1], langs[0])
    screen = list(available_size())
    controller = DesktopController(app, services, settings)
    controller.build_window()
    out.mkdir(parents=True, exist_ok=True)
    shooter_ = shooter(app, controller, services, out, size or (screen[0], screen[1]), only, work)
    try:
        for number, lang in enumerate(langs):
            if number:
                controller.switch_language(lang)
            shooter_.tour(lang)
        if only is None or "merge-review" in only:
            from tests.exchange.screenshot_merge_review import shoot

            if shooter is Shooter:
                shooter_.written += shoot(app, out, langs)
        if with_reports and only is None:
            from tests.reports.screenshots import write_pictures

            shooter_.written += write_pictures(services, out)
    finally:
        services.close()
        shutil.rmtree(work, ignore_errors=True)
    if shooter is Shooter:
        print(f"{len(shooter_.written)} pictures in {out}")
    return screen


def guide_pictures() -> set[str]:
    """The names of the pictures the user guide shows (``register`` for register-ar.png and
    register-en.png): the guide's chapters are the list, so a picture added to a chapter is made."""
    from nrtd_desktop.guide.content import LANGS, load_guide

    names = set()
    for lang in LANGS:
        for chapter in load_guide(lang):
            names |= {image.removesuffix(f"-{lang}.png") for image in chapter.images}
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DOCS,
                        help="where the pictures go (default: docs/screenshots)")
    parser.add_argument("--only", help="comma-separated picture names (register, plan-editor, ...)")
    parser.add_argument("--langs", default="ar,en")
    parser.add_argument("--size", default="1366x768", help="the window's size, WIDTHxHEIGHT")
    parser.add_argument("--no-reports", action="store_true", help="leave out the reports' pages")
    parser.add_argument("--guide", action="store_true",
                        help="the pictures the user guide names, into resources/guide/images")
    args = parser.parse_args(argv)
    if args.guide:
        args.out, args.only, args.no_reports = GUIDE_IMAGES, ",".join(sorted(guide_pictures())), True
    width, height = (int(n) for n in args.size.lower().split("x"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # A screen of the pictures' size, so that dialogs fit it as they would a laptop's.
        screen = Path(tempfile.mkdtemp(prefix="nrtd-screen-")) / "offscreen.json"
        screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpi": 96, "logicalBpi": 96,
                                                   "dpr": 1.0}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    run(langs=tuple(lang for lang in args.langs.split(",") if lang), size=(width, height), out=args.out,
        only=set(args.only.split(",")) if args.only else None, with_reports=not args.no_reports)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
