"""The set-based plan health, timeline and analysis on a bigger plan: the lists compared with a
plain Python reading of the tables, and the number of SQL statements, which must not grow with
the number of rows (the old lists ran one probe per recommendation, the timeline one query per
recommendation planned)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from nrtd_desktop.domain.references import reference_order
from tests.conftest import TODAY
from tests.plan.synthetic import enrich_plan
from tests.raw_db import Raw

FINISHED = {"completed", "cancelled"}


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.bench.build import build_database

    path = tmp_path_factory.mktemp("plan-2000") / "plan.sqlite"
    build_database(path, 2000)
    enrich_plan(path)
    return path


@pytest.fixture
def big_services(big_template: Path, tmp_path: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services

    target = tmp_path / "plan.sqlite"
    shutil.copyfile(big_template, target)
    services = open_services(target, auto_backup=False, today=TODAY)
    yield services
    services.close()


@pytest.fixture(scope="module")
def big_server_template(big_template: Path) -> Iterator[str]:
    """The same bigger plan copied onto the PostgreSQL server once (``nrtd db copy``'s function)."""
    from nrtd_desktop.db.copy import copy_database
    from tests import pg_server as postgres

    url = postgres.create_database(prefix="nrtd_plan")
    copy_database(big_template, url)
    yield postgres.database_name(url)
    postgres.drop_database(url)


@pytest.fixture
def big_services_on(db_engine: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The bigger plan on the engine of the test's ``demo_services``."""
    if db_engine == "sqlite":
        yield request.getfixturevalue("big_services")
        return
    from nrtd_desktop.app import open_services
    from tests import pg_server as postgres

    url = postgres.create_database(template=request.getfixturevalue("big_server_template"))
    services = open_services(url, auto_backup=False, today=TODAY)
    yield services
    services.close()
    postgres.drop_database(url)


def _tables(path: str) -> dict[str, dict[str, dict[str, Any]]]:
    db = Raw(path, rows_as_dicts=True)
    tables = {
        name: {row["id"]: dict(row) for row in db.execute(f"select * from {name}")}
        for name in ("recommendations", "clusters", "actions", "indicators", "entities")
    }
    tables["progress"] = {
        str(n): dict(row) for n, row in enumerate(db.execute("select * from progress_updates"))
    }
    db.close()
    return tables


def _first_null(value: Any) -> tuple[bool, Any]:
    """SQLite's ascending order: empty values first."""
    return (value is not None, value if value is not None else "")


class Expected:
    """Each health list computed in Python from the rows, as the module docstring defines it."""

    def __init__(self, path: str, today: date, stale_days: int) -> None:
        t = _tables(path)
        self.t, self.today = t, today
        recs, clusters, actions, indicators = (
            t["recommendations"],
            t["clusters"],
            t["actions"],
            t["indicators"],
        )
        own = {a["recommendation_id"] for a in actions.values() if a["recommendation_id"]}
        shared = {a["cluster_id"] for a in actions.values() if a["cluster_id"]}
        by_reference = sorted(recs.values(), key=lambda r: reference_order(r["reference"]))
        self.lists: dict[str, list[dict[str, Any]]] = {
            "no_lead_entity": [
                r
                for r in by_reference
                if not r["lead_entity_id"]
                and not (r["cluster_id"] and clusters[r["cluster_id"]]["lead_entity_id"])
            ],
            "no_action": [
                r
                for r in by_reference
                if r["id"] not in own and r["cluster_id"] not in shared and r["position"] != "noted"
            ],
        }
        plan_order = sorted(
            actions.values(),
            key=lambda a: (
                _first_null(a["recommendation_id"]),
                _first_null(a["cluster_id"]),
                a["sort_order"],
                a["id"],
            ),
        )
        measured = {i["action_id"] for i in indicators.values() if i["action_id"]}
        self.lists["action_no_indicator"] = [a for a in plan_order if a["id"] not in measured]
        self.lists["action_no_dates"] = [a for a in plan_order if not a["start_date"] or not a["end_date"]]
        self.lists["overdue_actions"] = sorted(
            (
                a
                for a in actions.values()
                if a["end_date"] and a["end_date"] < today.isoformat() and a["status"] not in FINISHED
            ),
            key=lambda a: (a["end_date"], a["sort_order"], a["id"]),
        )
        cutoff = (today - timedelta(days=stale_days)).isoformat()
        recent = [p for p in t["progress"].values() if p["reported_on"] >= cutoff]
        reported = {p["indicator_id"] for p in recent}
        reported_actions = {p["action_id"] for p in recent}
        reported_recs = {actions[a]["recommendation_id"] for a in reported_actions}
        self.lists["stale_indicators"] = sorted(
            (
                i
                for i in indicators.values()
                if i["id"] not in reported
                and i["action_id"] not in reported_actions
                and (not i["recommendation_id"] or i["recommendation_id"] not in reported_recs)
                and not (i["action_id"] and actions[i["action_id"]]["status"] in FINISHED)
            ),
            key=lambda i: (i["created_at"], i["id"]),
        )

    def owner(self, kind: str, row: dict[str, Any]) -> tuple[str, str, str]:
        t = self.t
        if kind == "recommendation":
            rec_id, cluster_id = row["id"], None
        elif kind == "action":
            rec_id, cluster_id = row["recommendation_id"], row["cluster_id"]
        else:
            action = t["actions"].get(row["action_id"] or "", {})
            rec_id = row["recommendation_id"] or action.get("recommendation_id")
            cluster_id = action.get("cluster_id")
        if rec_id:
            return ("recommendation", rec_id, t["recommendations"][rec_id]["reference"])
        return ("cluster", cluster_id, t["clusters"][cluster_id]["name_en"])

    def entity(self, kind: str, row: dict[str, Any]) -> str | None:
        entity_id = {"action": "lead_entity_id", "indicator": "responsible_entity_id"}.get(kind)
        return self.t["entities"][row[entity_id]]["code"] if entity_id and row[entity_id] else None

    def when(self, key: str, row: dict[str, Any]) -> date | None:
        if key == "overdue_actions":
            return date.fromisoformat(row["end_date"])
        if key != "stale_indicators":
            return None
        dates = [
            p["reported_on"]
            for p in self.t["progress"].values()
            if p["indicator_id"] == row["id"] or (row["action_id"] and p["action_id"] == row["action_id"])
        ]
        return date.fromisoformat(max(dates)) if dates else None


KINDS = {
    "no_lead_entity": "recommendation",
    "no_action": "recommendation",
    "action_no_indicator": "action",
    "action_no_dates": "action",
    "overdue_actions": "action",
    "stale_indicators": "indicator",
}


@pytest.mark.parametrize("stale_days", [30, 90, 365])
def test_health_lists_match_a_python_reading_of_the_tables(big_services, stale_days) -> None:
    path = str(big_services.context.engine.url.database)
    expected = Expected(path, TODAY, stale_days)
    full = big_services.plan.health(stale_days=stale_days, limit=None)
    cut = big_services.plan.health(stale_days=stale_days, limit=25)
    for key, kind in KINDS.items():
        rows = expected.lists[key]
        assert rows, key  # the synthetic plan has some of each
        described = [
            (kind, r["id"], expected.owner(kind, r), expected.entity(kind, r), expected.when(key, r))
            for r in rows
        ]
        found = [
            (i.kind, i.id, (i.owner.kind, i.owner.id, i.owner.label_en), i.entity, i.when)
            for i in full.lists[key].items
        ]
        assert found == described, key
        assert full.lists[key].count == len(rows)
        assert cut.lists[key].count == len(rows)
        assert [i.id for i in cut.lists[key].items] == [r["id"] for r in rows[:25]], key


def _statements(services: Any) -> Callable[[Callable[[], Any]], int]:
    def count(call: Callable[[], Any]) -> int:
        issued: list[str] = []

        def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            issued.append(statement)

        event.listen(services.context.engine, "before_cursor_execute", listen)
        try:
            call()
        finally:
            event.remove(services.context.engine, "before_cursor_execute", listen)
        return len(issued)

    return count


def test_statements_do_not_grow_with_the_rows(big_services_on, demo_services) -> None:
    big_services = big_services_on
    small, big = _statements(demo_services), _statements(big_services)
    sizes = [Raw(s).execute("select count(*) from actions").fetchone()[0]
             for s in (demo_services, big_services)]
    assert sizes[1] > 5 * sizes[0]  # the bigger plan is really bigger
    for days in (30, 90):
        on_small = small(lambda days=days: demo_services.plan.health(stale_days=days))
        on_big = big(lambda days=days: big_services.plan.health(stale_days=days))
        assert on_big == on_small <= 15
        on_big_unlimited = big(lambda days=days: big_services.plan.health(stale_days=days, limit=None))
        assert on_big_unlimited == on_small
    assert big(big_services.plan.timeline) == small(demo_services.plan.timeline) <= 6
    assert big(big_services.plan.challenges.stats) == small(demo_services.plan.challenges.stats) <= 10


def test_timeline_limit_cuts_the_bars_not_the_counts(big_services) -> None:
    whole = big_services.plan.timeline()
    db = Raw(big_services)
    dated = db.execute("select count(*) from actions where start_date is not null and end_date is not null")
    assert whole.total == len(whole.bars) == dated.fetchone()[0] > 100
    assert whole.overdue == sum(b.overdue for b in whole.bars) > 0
    for limit in (1, 37, 100):
        cut = big_services.plan.timeline(limit=limit)
        assert cut.bars == whole.bars[:limit]
        assert (cut.total, cut.overdue, cut.undated, cut.first, cut.last) == (
            whole.total,
            whole.overdue,
            whole.undated,
            whole.first,
            whole.last,
        )
    keys = [(b.start, b.end, b.owner.label_en) for b in whole.bars]
    assert keys == sorted(keys)
