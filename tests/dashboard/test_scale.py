"""The figures at the scale of the real UPR Info export (41,066 recommendations, a synthetic plan):
equal to independent SQL counts, and quick enough for a dashboard."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.dto.register import RecommendationFilter
from tests.dashboard.independent import Sql
from tests.dashboard.scale import TODAY, build


@pytest.fixture(scope="module")
def scale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    from nrtd_desktop.app import open_services

    path = tmp_path_factory.mktemp("scale") / "scale.sqlite"
    services = open_services(path, today=TODAY)
    build(services)
    yield services, path
    services.close()


def test_figures_at_41066_recommendations(scale: tuple[Any, Path]) -> None:
    services, path = scale
    services.figures.figures()  # warm the page cache, as a dashboard that is open would be
    started = time.perf_counter()
    figures = services.figures.figures()
    elapsed = time.perf_counter() - started
    sql = Sql(path)
    try:
        assert figures.headline.recommendations.count == 41_066
        statuses = sql.group("r.status")
        assert {f.key: f.count for f in figures.headline.by_status} == statuses
        assert figures.headline.overdue.count == sql.scalar(
            f"SELECT COUNT(*) FROM recommendations r WHERE {sql.overdue_where(TODAY)}"
        )
        themes = sql.status_by("t.theme_key", "JOIN recommendation_themes t ON t.recommendation_id = r.id")
        assert {r.key: r.total for r in figures.status_by_theme} == {
            k: sum(v.values()) for k, v in themes.items()
        }
        assert {f.key: f.count for f in figures.challenges_by_category if f.count} == (
            sql.open_challenges_by_category()
        )
    finally:
        sql.close()
    # A generous bound on a shared 2-core machine (measured about 0.6 s): a regression to one
    # query per recommendation would take minutes.
    assert elapsed < 5.0


def test_a_filtered_segment_at_scale(scale: tuple[Any, Path]) -> None:
    services, path = scale
    figures = services.figures.figures(RecommendationFilter(position=("supported",)))
    row = figures.status_by_lead_entity[0]
    segment = row.segments[0]
    sql = Sql(path)
    try:
        expected = sql.scalar(
            "SELECT COUNT(*) FROM recommendations r JOIN entities e ON e.id = r.lead_entity_id"
            " WHERE r.position = 'supported' AND e.code = ? AND r.status = ?",
            row.key,
            segment.key,
        )
    finally:
        sql.close()
    assert segment.count == expected > 0
    assert len(services.figures.recommendation_ids(segment.selection)) == expected
