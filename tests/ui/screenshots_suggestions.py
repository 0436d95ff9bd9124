"""Screenshots of the suggested labels (issue 23) at 1366x768 in Arabic, on the demo data and a few
unlabelled recommendations: the editor's classification tab with its suggestions, the register's
suggestions for a search before and after a bulk accept, and the history saying who accepted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots_suggestions OUT_FOLDER

Settings and the database go to a temporary folder. Look at the pictures after a change.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1366, 768)
# Recommendations as a new import brings them: text, no themes, groups or targets yet.
UNLABELLED = [
    ("UPR-4-40.1", "اتخاذ تدابير لمكافحة العنف المنزلي وتجريم الاغتصاب الزوجي وحماية النساء الضحايا",
     "Take measures to combat domestic violence, criminalize marital rape and protect women victims"),
    ("UPR-4-40.2", "ضمان التعليم الابتدائي المجاني والإلزامي لجميع الأطفال، بمن فيهم الفتيات",
     "Ensure free and compulsory primary education for all children, including girls"),
    ("UPR-4-40.3", "التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب وإنشاء آلية وقائية وطنية",
     "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive "
     "mechanism"),
    ("UPR-4-40.4", "حماية العمال المهاجرين والعمال المنزليين من الاستغلال والعمل الجبري",
     "Protect migrant workers and domestic workers from exploitation and forced labour"),
    ("UPR-4-40.5", "تعزيز استقلال المؤسسة الوطنية لحقوق الإنسان وفقاً لمبادئ باريس",
     "Strengthen the independence of the national human rights institution in line with the Paris "
     "Principles"),
    ("UPR-4-40.6", "ضمان تسجيل جميع المواليد ومنح الجنسية للأطفال عديمي الجنسية", ""),
]


def _settle(app: object, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def _choose(table: object, row: int) -> None:
    """Select a row as a click does (``selectRow`` selects nothing in a right-to-left table whose
    columns fill its width)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(  # type: ignore[attr-defined]
        table.model().index(row, 0), flags.ClearAndSelect | flags.Rows  # type: ignore[attr-defined]
    )


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="nrtd-suggest-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nrtd-shots-"))
    os.environ["NRTD_CONFIG_DIR"] = str(work / "config")
    os.environ["NRTD_DATA_DIR"] = str(work / "data")
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
    from nrtd_desktop.settings import Settings, save_settings
    from nrtd_desktop.ui.application import create_application
    from nrtd_desktop.ui.history_panel import HistoryPanel
    from nrtd_desktop.ui.launch import DesktopController

    settings = Settings(language="ar", user_name="هدى العتيبي")
    save_settings(settings)  # the history names the member who accepted
    services = open_services(work / "demo.sqlite")
    load_demo(services)
    new_ids = [
        services.recommendations.create(RecommendationInput(reference=reference, body="UPR", text_ar=text_ar,
                                                            text_en=text_en, cycle=4)).id
        for reference, text_ar, text_en in UNLABELLED
    ]
    app = create_application(sys.argv[:1], "ar")
    controller = DesktopController(app, services, settings)
    window = controller.build_window()
    window.resize(*SIZE)
    window.show()
    page = window.areas["recommendations"]

    # 1. the editor of an unlabelled recommendation, on its classification tab
    page.apply_filter(RecommendationFilter(ids=tuple(new_ids)))  # the new import, as a drill-down shows it
    _settle(app)
    page.model.row_at(0)
    page.select_id(services.recommendations.find("UPR-4-40.1").id)
    page.edit_selected()
    editor = page.editor
    editor.resize(*SIZE)
    editor.tabs.setCurrentIndex(editor.suggestions_tab)
    _settle(app)
    _choose(editor.suggestions.table, 0)
    _settle(app)
    editor.grab().save(str(out / "editor-suggestions-ar.png"))
    editor.suggestions.accept_all_sure()
    _settle(app)
    editor.grab().save(str(out / "editor-suggestions-accepted-ar.png"))
    editor.try_save()
    _settle(app)

    # 2. the register's suggestions for its search, then a bulk accept
    dialog = page.open_suggestions()
    dialog.resize(*SIZE)
    deadline = time.monotonic() + 120  # the worker reports back through the event loop
    while dialog.task is not None and not dialog.task.done and time.monotonic() < deadline:
        _settle(app, 5)
        time.sleep(0.05)
    dialog.confidence.setValue(0.3)
    _settle(app)
    dialog.grab().save(str(out / "bulk-suggestions-ar.png"))
    _choose(dialog.table, 0)
    dialog.confidence.setValue(0.9)  # accept the surest at once, then see what is left to decide
    _settle(app)
    from PySide6.QtWidgets import QMessageBox

    # the member says yes to the count asked
    QMessageBox.question = staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.accept_all.click()
    deadline = time.monotonic() + 120  # accepted on a worker
    while not dialog.outcome.text() and time.monotonic() < deadline:
        _settle(app, 5)
        time.sleep(0.05)
    dialog.confidence.setValue(0.3)
    _settle(app)
    dialog.grab().save(str(out / "bulk-accepted-ar.png"))
    dialog.close()

    # 3. the history of one record: suggested, accepted by the member
    history = HistoryPanel(services, "recommendations", services.recommendations.find("UPR-4-40.3").id)
    history.resize(SIZE[0], 320)
    history.show()
    _settle(app)
    history.grab().save(str(out / "history-suggested-ar.png"))
    for name in sorted(p.name for p in out.glob("*.png")):
        print(out / name)
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
