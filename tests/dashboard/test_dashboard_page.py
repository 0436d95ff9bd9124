"""The dashboard page: clicking a tile or a chart segment shows exactly those records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODAY
from tests.dashboard.independent import OPEN_ACTION, Sql


@pytest.fixture
def services(demo_db: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services

    opened = open_services(demo_db, today=TODAY)
    yield opened
    opened.close()


@pytest.fixture
def sql(demo_db: Path) -> Iterator[Sql]:
    database = Sql(demo_db)
    yield database
    database.close()


@pytest.fixture
def window(qtbot: Any, services: Any) -> Any:
    from nrtd_desktop.settings import Settings, save_settings
    from nrtd_desktop.ui.application import create_application, install_translations
    from nrtd_desktop.ui.main_window import MainWindow

    app = create_application(lang="ar")
    settings = Settings(language="ar")  # type: ignore[arg-type]
    save_settings(settings)
    install_translations(app, "ar")
    shown = MainWindow(services, settings)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_area("dashboard")
    page = shown.areas["dashboard"]
    page.refresh_now()
    return shown


def register_references(window: Any) -> list[str]:
    model = window.areas["recommendations"].model
    return sorted(model.row_at(row).reference for row in range(model.rowCount()))


def test_clicking_a_theme_segment_filters_the_register(window: Any, sql: Sql) -> None:
    page = window.areas["dashboard"]
    chart = page.by_theme
    top = chart.rows[0]  # the largest theme, drawn at the top (the last category for QtCharts)
    status_index = next(n for n, s in enumerate(top.segments) if s.count)
    chart.bar_sets[status_index].clicked.emit(len(chart.rows) - 1)

    expected = sql.references(
        "r.status = ? AND r.id IN (SELECT recommendation_id FROM recommendation_themes WHERE theme_key = ?)",
        top.segments[status_index].key,
        top.key,
    )
    assert window.current_area() is window.areas["recommendations"]
    assert register_references(window) == sorted(expected)
    assert len(expected) == top.segments[status_index].count > 0


def test_clicking_a_mechanism_segment_filters_the_register(window: Any, sql: Sql) -> None:
    chart = window.areas["dashboard"].by_mechanism
    row = next(r for r in chart.rows if r.key == "TB")
    implemented = [s.key for s in row.segments].index("in_progress")
    chart.bar_sets[implemented].clicked.emit(list(reversed(chart.rows)).index(row))
    expected = sql.references("r.mechanism = 'TB' AND r.status = 'in_progress'")
    assert register_references(window) == sorted(expected)
    assert expected


def test_the_overdue_tile_opens_the_overdue_recommendations(window: Any, sql: Sql, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    page = window.areas["dashboard"]
    qtbot.mouseClick(page.tiles["overdue"], Qt.MouseButton.LeftButton)
    expected = sql.references(sql.overdue_where(TODAY))
    assert register_references(window) == sorted(expected)
    assert int(page.tiles["overdue"].text().split("\n")[0]) == len(expected) > 0


def test_an_entity_segment_after_a_mechanism_filter(window: Any, sql: Sql) -> None:
    page = window.areas["dashboard"]
    page.mechanism.setCurrentIndex(page.mechanism.findData("UPR"))
    page.refresh_now()
    chart = page.by_entity
    top = chart.rows[0]
    status_index = next(n for n, s in enumerate(top.segments) if s.count)
    chart.open_segment(len(chart.rows) - 1, status_index)
    expected = sql.references(
        "r.mechanism = 'UPR' AND r.status = ?"
        " AND r.lead_entity_id = (SELECT id FROM entities WHERE code = ?)",
        top.segments[status_index].key,
        top.key,
    )
    assert register_references(window) == sorted(expected)
    assert len(expected) == top.segments[status_index].count


def test_an_action_tile_lists_exactly_those_actions(window: Any, sql: Sql, qtbot: Any) -> None:
    from datetime import timedelta

    page = window.areas["dashboard"]
    page.tiles["due_90"].click()
    dialog = page.records_dialog
    end = (TODAY + timedelta(days=90)).isoformat()
    expected = sql.action_ids(f"a.end_date BETWEEN '{TODAY.isoformat()}' AND '{end}' AND {OPEN_ACTION}")
    assert dialog.table.rowCount() == len(expected) > 0
    titles = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    placeholders = ",".join("?" * len(expected))
    expected_titles = {
        t
        for (t,) in sql.rows(
            f"SELECT COALESCE(NULLIF(title_ar, ''), title_en) FROM actions WHERE id IN ({placeholders})",
            *expected,
        )
    }
    assert titles == expected_titles
    dialog.close()


def test_a_challenge_bar_lists_its_challenges(window: Any, sql: Sql) -> None:
    chart = window.areas["dashboard"].challenges
    index = max(range(len(chart.figures)), key=lambda i: chart.figures[i].count)
    chart.bar_sets[0].clicked.emit(index)
    category = chart.figures[index].key
    expected = sql.scalar(
        "SELECT COUNT(*) FROM challenges WHERE category = ? AND status IN ('open', 'being_addressed')",
        category,
    )
    assert window.areas["dashboard"].records_dialog.table.rowCount() == expected > 0


def test_the_dashboard_refreshes_after_a_write(window: Any, services: Any, qtbot: Any) -> None:
    from nrtd_desktop.dto.register import RecommendationFilter

    page = window.areas["dashboard"]
    before = int(page.tiles["implemented"].text().split("\n")[0])
    row = services.recommendations.list(RecommendationFilter(status=("not_started",)), limit=1)[0]
    with qtbot.waitSignal(page.figures_shown, timeout=5000):
        services.plan.override_status(row.id, "implemented", "Adopted")
    assert int(page.tiles["implemented"].text().split("\n")[0]) == before + 1


def test_the_window_stops_listening_when_it_is_rebuilt(window: Any, services: Any, qtbot: Any) -> None:
    """A language switch builds a new window: the old one's relay must stop listening."""
    listeners = services.context.listeners
    count = len(listeners)
    from PySide6.QtCore import QCoreApplication, QEvent

    window.change_relay.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: len(listeners) == count - 1, timeout=2000)


def _choose_mechanism(page: Any, key: str) -> None:
    page.mechanism.setCurrentIndex(page.mechanism.findData(key))


def test_the_charts_fill_one_by_one_as_their_figures_arrive(window: Any, services: Any, qtbot: Any) -> None:
    """Each chart draws when its own figures come; until then it says it is counting."""
    from nrtd_desktop.dto.figures import FIGURE_PARTS
    from nrtd_desktop.dto.register import RecommendationFilter

    page = window.areas["dashboard"]
    charts = {"status_by_mechanism": page.by_mechanism, "status_by_theme": page.by_theme,
              "status_by_lead_entity": page.by_entity, "progress_by_month": page.progress,
              "challenges_by_category": page.challenges}
    seen: list[tuple[str, list[str]]] = []  # each set as it was drawn, and the charts still waiting then
    page.part_shown.connect(lambda part: seen.append(
        (part.name, sorted(name for name, chart in charts.items() if chart.waiting))))
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        _choose_mechanism(page, "UPR")
        assert all(chart.waiting for chart in charts.values())  # nothing of UPR's on screen yet
        assert page.tiles["total"].text().startswith("…") and page.tiles["total"].figure is None
    assert [name for name, _waiting in seen] == list(FIGURE_PARTS)
    for n, (name, waiting) in enumerate(seen):
        later = {later_name for later_name, _ in seen[n + 1:]}
        assert set(waiting) == later & set(charts), name  # drawn so far: not waiting; to come: waiting
    expected = services.figures.figures(RecommendationFilter(mechanism=("UPR",)))
    assert page.figures == expected
    assert page.by_theme.rows == [r for r in expected.status_by_theme if r.total][:5]
    assert page.by_mechanism.rows == [r for r in expected.status_by_mechanism if r.total][:5]
    total = int(page.tiles["total"].text().split("\n")[0].replace(",", ""))
    assert total == expected.headline.recommendations.count


def test_a_second_filter_change_discards_the_first_ones_late_figures(
    window: Any, services: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The member picks TB, then UPR before TB's figures came: TB's figures, computed late, never
    reach the screen, and the dashboard shows UPR's."""
    import threading

    from PySide6.QtCore import QThreadPool

    from nrtd_desktop.dto.register import RecommendationFilter

    page = window.areas["dashboard"]
    QThreadPool.globalInstance().waitForDone(10000)  # the fixture's own refresh is over
    slow = RecommendationFilter(mechanism=("TB",))
    release = threading.Event()
    computed: list[str] = []
    original = services.figures.figure_parts

    def figure_parts(f: Any = None, *args: Any, **kwargs: Any) -> Any:
        for part in original(f, *args, **kwargs):
            if f == slow:
                release.wait(10)  # TB's figures come only after UPR's were shown
                computed.append(part.name)
            yield part

    monkeypatch.setattr(services.figures, "figure_parts", figure_parts)
    shown: list[Any] = []
    page.part_shown.connect(lambda part: shown.append(part.filter))
    _choose_mechanism(page, "TB")
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        _choose_mechanism(page, "UPR")
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # whatever TB's task queued is delivered now (and must be dropped)
    upr = RecommendationFilter(mechanism=("UPR",))
    assert computed  # TB's work did reach its figures, late
    assert shown and set(shown) == {upr}
    assert page.figures == services.figures.figures(upr)
    assert page.by_mechanism.rows == [r for r in page.figures.status_by_mechanism if r.total][:5]
