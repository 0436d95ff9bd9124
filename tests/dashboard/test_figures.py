"""The figures service: every number equals a count computed independently over the database file,
and every figure's selection selects exactly the records it counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from nrtd_desktop.dto.figures import ActionFilter, ChallengeScope, Figure
from nrtd_desktop.dto.register import RecommendationFilter
from tests.conftest import TODAY
from tests.dashboard.independent import CONCERNS, OPEN_ACTION, Sql


@pytest.fixture
def sql(demo_services: Any) -> Iterator[Sql]:
    database = Sql(demo_services)
    yield database
    database.close()


def references(services: Any, f: RecommendationFilter) -> set[str]:
    """The references the register shows for ``f`` (the same query the register page runs)."""
    ids = services.figures.recommendation_ids(f)
    return {services.recommendations.get(i).reference for i in ids}


def by_key(figures: tuple[Figure, ...]) -> dict[str, int]:
    return {f.key: f.count for f in figures}


def test_headline_equals_independent_counts(demo_services: Any, sql: Sql) -> None:
    headline = demo_services.figures.figures().headline

    assert headline.recommendations.count == sql.scalar("SELECT COUNT(*) FROM recommendations") > 0
    statuses = sql.group("r.status")
    assert by_key(headline.by_status) == {
        s: statuses.get(s, 0) for s in ("not_started", "in_progress", "partially_implemented", "implemented")
    }
    assert {k: n for k, n in by_key(headline.by_mechanism).items() if n} == sql.group("r.mechanism")
    assert {k: n for k, n in by_key(headline.by_position).items() if n} == sql.group("r.position")
    assert headline.overdue.count == sql.scalar(
        f"SELECT COUNT(*) FROM recommendations r WHERE {sql.overdue_where(TODAY)}"
    )
    assert headline.overdue.count > 0  # the demo has late actions: the comparison is not 0 == 0


def test_action_figures_equal_independent_counts(demo_services: Any, sql: Sql) -> None:
    headline = demo_services.figures.figures().headline
    for figure, days in ((headline.actions_due_30, 30), (headline.actions_due_90, 90)):
        end = (TODAY + timedelta(days=days)).isoformat()
        expected = sql.action_ids(f"a.end_date BETWEEN '{TODAY.isoformat()}' AND '{end}' AND {OPEN_ACTION}")
        assert figure.count == len(expected)
        assert {a.id for a in demo_services.figures.actions(figure.selection)} == expected
    late = sql.action_ids(f"a.end_date < '{TODAY.isoformat()}' AND {OPEN_ACTION}")
    assert headline.actions_overdue.count == len(late) > 0
    assert headline.actions_due_90.count >= headline.actions_due_30.count
    assert headline.actions_due_90.count > 0


def test_every_recommendation_figure_selects_exactly_its_records(demo_services: Any, sql: Sql) -> None:
    headline = demo_services.figures.figures().headline
    for figure in (*headline.by_status, *headline.by_mechanism, *headline.by_position, headline.overdue):
        assert len(references(demo_services, figure.selection)) == figure.count, figure.key
    overdue = sql.references(sql.overdue_where(TODAY))
    assert references(demo_services, headline.overdue.selection) == overdue


def test_status_by_mechanism_theme_and_lead_entity(demo_services: Any, sql: Sql) -> None:
    figures = demo_services.figures.figures()

    def shown(rows: Any) -> dict[str, dict[str, int]]:
        return {r.key: {s.key: s.count for s in r.segments if s.count} for r in rows if r.total}

    assert shown(figures.status_by_mechanism) == sql.status_by("r.mechanism")
    themes = sql.status_by("t.theme_key", "JOIN recommendation_themes t ON t.recommendation_id = r.id")
    assert shown(figures.status_by_theme) == themes
    entities = sql.status_by("e.code", "LEFT JOIN entities e ON e.id = r.lead_entity_id")
    assert shown(figures.status_by_lead_entity) == entities
    # the largest themes come first, and each total is the sum of its segments
    totals = [r.total for r in figures.status_by_theme]
    assert totals == sorted(totals, reverse=True)
    assert all(r.total == sum(s.count for s in r.segments) for r in figures.status_by_theme)


def test_segments_select_exactly_their_records(demo_services: Any, sql: Sql) -> None:
    figures = demo_services.figures.figures()
    theme = figures.status_by_theme[0]
    segment = next(s for s in theme.segments if s.count)
    expected = sql.references(
        "r.status = ? AND r.id IN (SELECT recommendation_id FROM recommendation_themes WHERE theme_key = ?)",
        segment.key,
        theme.key,
    )
    assert references(demo_services, segment.selection) == expected
    assert len(expected) == segment.count

    entity = figures.status_by_lead_entity[0]
    for segment in entity.segments:
        expected = sql.references(
            "r.status = ? AND r.lead_entity_id = (SELECT id FROM entities WHERE code = ?)",
            segment.key,
            entity.key,
        )
        assert references(demo_services, segment.selection) == expected
        assert len(expected) == segment.count


def test_challenges_by_category(demo_services: Any, sql: Sql) -> None:
    figures = demo_services.figures.figures()
    assert {k: n for k, n in by_key(figures.challenges_by_category).items() if n} == (
        sql.open_challenges_by_category()
    )
    assert figures.headline.open_challenges.count == sum(sql.open_challenges_by_category().values()) > 0
    category = max(figures.challenges_by_category, key=lambda f: f.count)
    rows = demo_services.figures.challenges(category.selection)
    assert len(rows) == category.count
    assert {r.category for r in rows} == {category.key}
    assert {r.status for r in rows} <= {"open", "being_addressed"}


def test_progress_by_month(demo_services: Any, sql: Sql) -> None:
    start, end = date(2026, 1, 1), date(2026, 11, 29)
    figures = demo_services.figures.figures(date_from=start, date_to=end)
    expected = {
        month: (n, avg)
        for month, n, avg in sql.rows(
            "SELECT substr(CAST(reported_on AS TEXT), 1, 7), COUNT(*), AVG(percent) FROM progress_updates"
            " WHERE reported_on BETWEEN ? AND ? GROUP BY 1",
            start.isoformat(),
            end.isoformat(),
        )
    }
    points = figures.progress_by_month
    assert [p.month for p in points] == [date(2026, m, 1) for m in range(1, 12)]
    got = {p.month.isoformat()[:7]: (p.updates, p.average_percent) for p in points if p.updates}
    assert got.keys() == expected.keys()
    for month, (n, avg) in expected.items():
        assert got[month][0] == n
        assert got[month][1] == (None if avg is None else round(float(avg), 1))
    busiest = max(points, key=lambda p: p.updates)
    reported = sql.rows(
        "SELECT DISTINCT action_id FROM progress_updates WHERE reported_on BETWEEN ? AND ?",
        busiest.selection.reported_from.isoformat(),
        busiest.selection.reported_to.isoformat(),
    )
    assert {a.id for a in demo_services.figures.actions(busiest.selection)} == {a for (a,) in reported}


def test_period_defaults_to_twelve_months(demo_services: Any) -> None:
    points = demo_services.figures.figures().progress_by_month
    assert len(points) == 12
    assert points[-1].month == date(TODAY.year, TODAY.month, 1)


def test_filtered_figures_equal_independent_counts(demo_services: Any, sql: Sql) -> None:
    base = RecommendationFilter(mechanism=("TB",))
    figures = demo_services.figures.figures(base)
    where = "r.mechanism = 'TB'"
    assert figures.headline.recommendations.count == sql.scalar(
        f"SELECT COUNT(*) FROM recommendations r WHERE {where}"
    )
    assert figures.headline.overdue.count == len(sql.references(f"{where} AND {sql.overdue_where(TODAY)}"))
    themes = sql.status_by("t.theme_key", "JOIN recommendation_themes t ON t.recommendation_id = r.id", where)
    assert {r.key: r.total for r in figures.status_by_theme} == {
        k: sum(v.values()) for k, v in themes.items()
    }
    due = figures.headline.actions_due_90
    end = (TODAY + timedelta(days=90)).isoformat()
    expected = sql.action_ids(
        f"a.end_date BETWEEN '{TODAY.isoformat()}' AND '{end}' AND {OPEN_ACTION}", where
    )
    assert {a.id for a in demo_services.figures.actions(due.selection)} == expected
    assert due.count == len(expected)
    assert by_key(figures.challenges_by_category) == {
        **{k: 0 for k in by_key(figures.challenges_by_category)},
        **sql.open_challenges_by_category(where),
    }
    assert figures.headline.open_challenges.count == demo_services.figures.challenge_count(
        figures.headline.open_challenges.selection
    )


def test_a_theme_filter_keeps_the_theme_breakdown_exact(demo_services: Any) -> None:
    """Under "theme A or B", a recommendation with themes A and C must not be counted under C."""
    everything = demo_services.figures.figures()
    first, second = everything.status_by_theme[0].key, everything.status_by_theme[1].key
    figures = demo_services.figures.figures(RecommendationFilter(theme=(first, second)))
    assert {r.key for r in figures.status_by_theme} <= {first, second}
    for row in figures.status_by_theme:
        for segment in row.segments:
            assert len(demo_services.figures.recommendation_ids(segment.selection)) == segment.count


def test_a_figure_the_filter_excludes_selects_nothing(demo_services: Any) -> None:
    figures = demo_services.figures.figures(RecommendationFilter(status=("implemented",)))
    counts = by_key(figures.headline.by_status)
    assert counts["not_started"] == 0 and counts["implemented"] > 0
    for figure in figures.headline.by_status:
        assert len(demo_services.figures.recommendation_ids(figure.selection)) == figure.count


def test_figures_follow_a_write(demo_services: Any) -> None:
    before = by_key(demo_services.figures.figures().headline.by_status)
    row = demo_services.recommendations.list(RecommendationFilter(status=("not_started",)), limit=1)[0]
    detail = demo_services.recommendations.get(row.id)
    demo_services.plan.override_status(detail.id, "implemented", "Adopted by the Council of Ministers")
    after = by_key(demo_services.figures.figures().headline.by_status)
    assert after["not_started"] == before["not_started"] - 1
    assert after["implemented"] == before["implemented"] + 1


def test_action_filter_scope_includes_cluster_actions(demo_services: Any, sql: Sql) -> None:
    (cluster_id, reference) = sql.rows(
        "SELECT r.cluster_id, r.reference FROM recommendations r"
        " WHERE r.cluster_id IN (SELECT cluster_id FROM actions WHERE cluster_id IS NOT NULL) LIMIT 1"
    )[0]
    ids = tuple(i for (i,) in sql.rows("SELECT id FROM recommendations WHERE reference = ?", reference))
    actions = demo_services.figures.actions(ActionFilter(scope=RecommendationFilter(ids=ids)))
    expected = sql.action_ids(f"a.recommendation_id = '{ids[0]}' OR a.cluster_id = '{cluster_id}'")
    assert {a.id for a in actions} == expected
    assert any(a.owner.kind == "cluster" for a in actions)


def test_challenge_recommendations(demo_services: Any, sql: Sql) -> None:
    scope = ChallengeScope(statuses=("open", "being_addressed"))
    f = demo_services.figures.challenge_recommendations(scope)
    expected = {
        r
        for (r,) in sql.rows(
            f"SELECT DISTINCT k.recommendation_id FROM ({CONCERNS}) k"
            " JOIN challenges c ON c.id = k.challenge_id"
            " WHERE c.status IN ('open', 'being_addressed')"
        )
    }
    assert set(f.ids) == expected
