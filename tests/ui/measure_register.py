"""How fast the register opens, sorts, filters and searches at scale (not a test: a measurement).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.measure_register 41066 267000

The demo register (61 recommendations) is multiplied inside SQLite until it holds N rows (copies
get new ids, references and search row ids, keep their themes and the full-text index), since the
importer of the real files is another issue. Then the window is built and timed through the
services, as a person would use it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def scaled_database(folder: Path, rows: int) -> Path:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo

    path = folder / f"register-{rows}.sqlite"
    services = open_services(path)
    load_demo(services)
    services.close()
    db = sqlite3.connect(path)
    base = db.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    columns = [r[1] for r in db.execute("PRAGMA table_info(recommendations)")]
    copies = -(-rows // base) - 1
    top = db.execute("SELECT max(search_rowid) FROM recommendations").fetchone()[0]
    db.execute("CREATE TEMP TABLE originals AS SELECT * FROM recommendations")
    for copy in range(1, copies + 1):
        values = {c: c for c in columns}
        values.update(id="lower(hex(randomblob(16)))", reference=f"reference || '/{copy}'",
                      search_rowid=f"search_rowid + {top * copy}", source_key="NULL")
        db.execute(f"INSERT INTO recommendations ({', '.join(columns)}) "
                   f"SELECT {', '.join(values[c] for c in columns)} FROM originals")
        db.execute("INSERT INTO recommendation_themes (recommendation_id, theme_key) "
                   "SELECT r.id, t.theme_key FROM recommendations r JOIN originals o "
                   f"ON r.reference = o.reference || '/{copy}' "
                   "JOIN recommendation_themes t ON t.recommendation_id = o.id")
    db.execute("DELETE FROM recommendation_fts")
    db.execute("INSERT INTO recommendation_fts(rowid, stems, words) "  # the halves of db/fts.py
               "SELECT search_rowid, substr(search_text, 1, instr(search_text, char(10)) - 1), "
               "substr(search_text, instr(search_text, char(10)) + 1) FROM recommendations")
    extra = db.execute("SELECT count(*) FROM recommendations").fetchone()[0] - rows
    if extra > 0:
        db.execute("DELETE FROM recommendation_fts WHERE rowid IN (SELECT search_rowid FROM recommendations "
                   "WHERE reference LIKE '%/%' ORDER BY reference DESC LIMIT ?)", (extra,))
        db.execute("DELETE FROM recommendations WHERE id IN (SELECT id FROM recommendations "
                   "WHERE reference LIKE '%/%' ORDER BY reference DESC LIMIT ?)", (extra,))
        db.execute("DELETE FROM recommendation_themes "
                   "WHERE recommendation_id NOT IN (SELECT id FROM recommendations)")
    db.commit()
    db.close()
    return path


def measure(rows: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.app import open_services
    from nrtd_desktop.dto.register import RecommendationFilter
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.main_window import MainWindow
    from nrtd_desktop.ui.recommendation_model import COL_REFERENCE, COL_STATUS

    path = scaled_database(Path(tempfile.mkdtemp(prefix="nrtd-measure-")), rows)
    app = QApplication.instance()
    start = time.perf_counter()
    services = open_services(path)
    opened = time.perf_counter() - start
    window = MainWindow(services, Settings())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    page = window.areas["recommendations"]
    first = time.perf_counter() - start
    assert page.model.rowCount() == rows, page.model.rowCount()

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    to_end = timed(lambda: page.table.scrollToBottom())
    sort = timed(lambda: page.table.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder))
    back = timed(lambda: page.table.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder))
    page.search.setText("التعذيب")
    search = timed(page._apply_search)
    found = page.model.rowCount()
    two_facets = RecommendationFilter(status=("in_progress",), priority=("high",))
    page.search.clear()
    facet = timed(lambda: page._apply_filter(two_facets))
    facet_list = timed(lambda: page.facets.buttons["theme"].reload())
    print(f"{rows:>7,} rows: database opened and checked {opened * 1000:.0f} ms, "
          f"window with first rows {(first - opened) * 1000:.0f} ms; jump to the end {to_end:.0f} ms; "
          f"sort by status {sort:.0f} ms, back by reference {back:.0f} ms; search 'التعذيب' {search:.0f} ms "
          f"({found:,} found); two facets {facet:.0f} ms; theme list with counts {facet_list:.0f} ms")
    window.close()
    services.close()


def main(argv: list[str]) -> int:
    os.environ.setdefault("NRTD_CONFIG_DIR", tempfile.mkdtemp(prefix="nrtd-measure-config-"))
    from nrtd_desktop.ui.application import create_application

    create_application(sys.argv[:1], "ar")
    for rows in [int(a) for a in argv] or [41066]:
        measure(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
