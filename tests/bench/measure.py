"""What a person waits for in the register, timed in one process over a built database.

Run as a child process by ``__main__`` (``python -m tests.bench.measure DB RUNS``): it
opens the services and the real register page offscreen, then times each step from the call
that starts it to the first page of rows read for the view (``*_painted_ms``: and painted, Qt's
own drawing of some 20 rows by 9 columns included, about 8 ms here):

- a search keystroke (after the search box's pause): ``_apply_search``, which counts, resets the
  model and fetches the first page;
- a facet choice, the detail of a chosen row, a sort by priority, the dashboard's figures.

Prints one JSON object of medians in milliseconds.

DB may be a PostgreSQL server's URL (issue 24): the same steps timed over the server, e.g. a
267,000 register copied there with ``nrtd db copy`` (figures in the closing note of issue 24).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEARCHES = {
    "en": ["torture", "women rights", "disab", "freedom of expression", "child marriage"],
    "ar": ["التعذيب", "حقوق المرأة", "الإعاقة", "حرية التعبير", "الاتجار بالأشخاص"],
}
# The theme chosen is the most common one of the database.
FACETS = [("status", ("in_progress",)), ("theme", ()), ("body", ("CAT",)), ("priority", ("high",)),
          ("position", ("noted",)), ("mechanism", ("UPR",))]
# One or two letters, as the search box gets them while a word is begun (issue 25): each is a
# query once the box's pause has passed.
SHORT_SEARCHES = ["c", "co", "t", "to", "ح", "حق", "ت", "تع"]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


# The CPU time of this thread for the last ``timed`` action (median): on a shared machine the
# wall time also counts the waits for a core (issue 25).
LAST_CPU: list[float] = [0.0]


def timed(action: Callable[[], Any], runs: int, before: Callable[[], Any] | None = None) -> float:
    """The median of ``runs`` timings of ``action`` (``before`` runs untimed each time); the
    median CPU time of the same runs is left in ``LAST_CPU``."""
    found, cpu = [], []
    for _ in range(runs):
        if before is not None:
            before()
        started, started_cpu = time.perf_counter(), time.thread_time()
        action()
        cpu.append(time.thread_time() - started_cpu)
        found.append(time.perf_counter() - started)
    LAST_CPU[0] = _ms(statistics.median(cpu))
    return _ms(statistics.median(found))


def measure(db: Path | str, runs: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from nrtd_desktop.app import open_services
    from nrtd_desktop.dto.register import RecommendationFilter
    from nrtd_desktop.settings import Settings
    from nrtd_desktop.ui.areas import AreaContext
    from nrtd_desktop.ui.recommendation_model import COL_PRIORITY, COL_REFERENCE
    from nrtd_desktop.ui.register_page import RegisterPage
    from tests.bench.build import TODAY, unlock_for_bench

    app = QApplication.instance() or QApplication(["bench"])
    unlock_for_bench(db)  # an encrypted run (--encrypted): the key from the benchmark's keyring
    services = open_services(db, auto_backup=False, today=TODAY)
    out: dict[str, Any] = {}
    try:
        settings = Settings(user_name="bench")
        page = RegisterPage(AreaContext(services, settings, "ar", QUndoStack(), None))
        page.resize(1366, 700)
        page.show()
        app.processEvents()

        def paint() -> None:
            app.processEvents()  # the view lays out the reset model and paints it
            if page.model.rowCount() and not page.model._pages:
                page.table.viewport().repaint()
            if page.model.rowCount() and not page.model._pages:
                raise RuntimeError("the first page was not painted: the timing would mean nothing")

        def search(text: str, painted: bool = False) -> Callable[[], None]:
            """The search box's pause has passed: the page filters; then either the first page is
            read as the view will ask for it (the figure the targets speak of) or really painted."""
            def run() -> None:
                page.search.blockSignals(True)
                page.search.setText(text)
                page.search.blockSignals(False)
                page._apply_search()
                if painted:
                    paint()
                else:
                    page.model.row_at(0)
            return run

        def clear_search() -> None:
            search("")()

        for lang, queries in SEARCHES.items():
            # A query's first keystroke: its hit count not yet kept (db/fts.py, db/search_pg.py
            # keep the counts until the database changes), which the repeated runs below reuse.
            first = {q: timed(search(q), 1, clear_search) for q in queries}
            out[f"search_{lang}_first_ms"] = statistics.median(first.values())
            out[f"search_{lang}_first_max_ms"] = max(first.values())
            per_query = {q: timed(search(q), runs, clear_search) for q in queries}
            out[f"search_{lang}_ms"] = statistics.median(per_query.values())
            out[f"search_{lang}_max_ms"] = max(per_query.values())
            out[f"search_{lang}_queries"] = per_query
            painted = {q: timed(search(q, painted=True), runs, clear_search) for q in queries}
            out[f"search_{lang}_painted_ms"] = statistics.median(painted.values())
            out[f"search_{lang}_hits"] = {q: services.recommendations.count(RecommendationFilter(search=q))
                                          for q in queries}
        # Typing a word letter by letter: each prefix is a query once the pause has passed.
        word = "discrimination"
        prefixes = (word[:n] for n in (3, 5, 8, 14))
        out["search_prefixes_max_ms"] = max(timed(search(prefix), runs, clear_search) for prefix in prefixes)
        short = {q: timed(search(q), runs, clear_search) for q in SHORT_SEARCHES}
        out["search_short_max_ms"] = max(short.values())
        out["search_short_queries"] = short
        clear_search()

        facet_times, facet_cpu = {}, {}
        common_theme = max(services.recommendations.facet_values("theme"), key=lambda v: v.count).key
        for facet, keys in FACETS:
            keys = (common_theme,) if facet == "theme" else keys
            button = page.facets.buttons[facet]

            def choose(button: Any = button, keys: tuple[str, ...] = keys) -> None:
                button.set_chosen(keys)
                page.model.row_at(0)

            def unchoose(button: Any = button) -> None:
                button.set_chosen(())
            facet_times[facet] = timed(choose, runs, unchoose)
            facet_cpu[facet] = LAST_CPU[0]
            unchoose()
        # Every other facet: its commonest value chosen (the most records to count and page).
        for facet, button in page.facets.buttons.items():
            if facet in facet_times:
                continue
            values = services.recommendations.facet_values(facet)
            if not values:
                continue
            keys = (max(values, key=lambda v: v.count).key,)

            def choose_common(button: Any = button, keys: tuple[str, ...] = keys) -> None:
                button.set_chosen(keys)
                page.model.row_at(0)

            def unchoose_common(button: Any = button) -> None:
                button.set_chosen(())
            facet_times[facet] = timed(choose_common, runs, unchoose_common)
            facet_cpu[facet] = LAST_CPU[0]
            unchoose_common()
        out["facet_ms"] = statistics.median(facet_times.values())
        out["facet_max_ms"] = max(facet_times.values())
        out["facet_each_ms"] = facet_times
        out["facet_max_cpu_ms"] = max(facet_cpu.values())
        out["facet_each_cpu_ms"] = facet_cpu

        def facet_list(facet: str = "theme") -> Callable[[], None]:
            return lambda: page.facets.buttons[facet].reload()
        out["facet_list_open_ms"] = timed(facet_list(), runs)
        # Every facet's list opened, alone and with a status chosen (the counts under a filter).
        lists = {facet: timed(facet_list(facet), runs) for facet in page.facets.buttons}
        page.facets.buttons["status"].set_chosen(("in_progress",))
        lists_under = {facet: timed(facet_list(facet), runs)
                       for facet in page.facets.buttons if facet != "status"}
        page.facets.buttons["status"].set_chosen(())
        out["facet_list_max_ms"] = max(max(lists.values()), max(lists_under.values()))
        out["facet_list_each_ms"] = lists
        out["facet_list_under_status_ms"] = lists_under

        rows = iter(range(10, 10 + runs * 3))

        def detail() -> None:
            page.table.selectRow(next(rows))
            page.detail.repaint()
            if page.selected_id() is None:
                raise RuntimeError("no row was chosen: the timing would mean nothing")
        out["detail_ms"] = timed(detail, runs)
        page.table.clearSelection()

        def sort_priority() -> None:
            page.model.sort(COL_PRIORITY)
            page.model.row_at(0)

        def sort_reference() -> None:
            page.model.sort(COL_REFERENCE)
        out["sort_priority_ms"] = timed(sort_priority, runs, sort_reference)
        sort_reference()

        # The reference order itself, from another order and both ways, with the first rows read
        # (issue 21: the natural order of references, CAT-2016-8 before CAT-2016-40).
        def reference_ascending() -> None:
            page.model.sort(COL_REFERENCE)
            page.model.row_at(0)

        def reference_descending() -> None:
            page.model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
            page.model.row_at(0)
        out["sort_reference_ms"] = timed(reference_ascending, runs, sort_priority)
        out["sort_reference_desc_ms"] = timed(reference_descending, runs, sort_priority)
        sort_reference()

        def to_end() -> None:
            page.model.row_at(page.model.rowCount() - 1)

        def to_top() -> None:
            page.model.refresh()
        out["scroll_to_end_ms"] = timed(to_end, runs, to_top)

        out["dashboard_figures_ms"] = timed(lambda: services.figures.figures(), runs)
        out["dashboard_figures_cpu_ms"] = LAST_CPU[0]
        out.update(index_size(services))
        page.close()
    finally:
        services.close()
    return out


def index_size(services: Any) -> dict[str, float]:
    """The full-text index in MiB: its index proper (terms, positions, lengths) and with the copy
    of the text FTS5 keeps (``dbstat``; {} where SQLite was built without it)."""
    from sqlalchemy import text

    try:
        with services.context.read() as session:
            sizes = dict(session.execute(text(
                "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'recommendation_fts%' GROUP BY name"
            )).all())
    except Exception:  # no dbstat: nothing to report
        return {}
    total = sum(sizes.values())
    content = sizes.get("recommendation_fts_content", 0)
    return {"search_index_mib": round((total - content) / 2**20, 2),
            "search_index_with_text_mib": round(total / 2**20, 2)}


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nrtd_desktop.db.engine import is_server

    db: Path | str = sys.argv[1] if is_server(sys.argv[1]) else Path(sys.argv[1])
    runs = int(sys.argv[2])
    print("NRTD_BENCH " + json.dumps(measure(db, runs), ensure_ascii=False), flush=True)
    os._exit(0)  # skip Qt's teardown at interpreter exit: nothing left to measure


if __name__ == "__main__":
    main()
