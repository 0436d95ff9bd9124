"""The 41,066 UPR Info recommendations with a synthetic plan around them, for the dashboard at scale.

The recommendations come from the real export (read by tests/classify/upr_info.py: Mac Roman, bare
CR line ends, csv module, SQLAlchemy Core inserts). The export has no statuses, entities or plan,
so a seeded random generator gives them statuses, lead entities, actions, progress updates and
challenges, all through SQLAlchemy Core.

Run as a script to time the figures:  .venv/bin/python -m tests.dashboard.scale
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.models import Action, Challenge, Entity, ProgressUpdate, Recommendation
from tests.classify.upr_info import load_into, read_rows

TODAY = date(2026, 11, 29)
STATUSES = ["not_started", "in_progress", "partially_implemented", "implemented"]
CATEGORIES = ["legislative", "institutional", "financial", "human_capacity", "data_statistics", "other"]


def build(services: Any, seed: int = 7) -> int:
    """Fill an empty database; returns the number of recommendations."""
    load_into(services, read_rows())
    chance = random.Random(seed)
    engine = services.context.engine
    with engine.begin() as connection:
        entities = [
            {
                "id": new_id(),
                "code": f"ENT{n:02d}",
                "name_ar": f"الجهة {n}",
                "name_en": f"Entity {n}",
                "kind": "other",
            }
            for n in range(1, 21)
        ]
        connection.execute(insert(Entity), entities)
        ids = list(connection.scalars(select(Recommendation.id)))
        connection.execute(
            update(Recommendation)
            .where(Recommendation.id == bindparam("rid"))
            .values(status=bindparam("new_status"), lead_entity_id=bindparam("lead")),
            [
                {
                    "rid": rid,
                    "new_status": chance.choice(STATUSES),
                    "lead": chance.choice(entities)["id"] if chance.random() < 0.8 else None,
                }
                for rid in ids
            ],
        )
        actions = []
        for rid in chance.sample(ids, 20_000):
            end = TODAY + timedelta(days=chance.randint(-400, 400))
            actions.append(
                {
                    "id": new_id(),
                    "recommendation_id": rid,
                    "title_en": "Action",
                    "start_date": end - timedelta(days=180),
                    "end_date": end,
                    "status": chance.choice(["not_started", "in_progress", "completed", "cancelled"]),
                }
            )
        connection.execute(insert(Action), actions)
        updates = [
            {
                "id": new_id(),
                "action_id": chance.choice(actions)["id"],
                "reported_on": TODAY - timedelta(days=chance.randint(0, 400)),
                "percent": chance.choice([None, *range(0, 101, 5)]),
            }
            for _ in range(30_000)
        ]
        connection.execute(insert(ProgressUpdate), updates)
        challenges = [
            {
                "id": new_id(),
                "recommendation_id": chance.choice(ids) if n % 2 else None,
                "action_id": None if n % 2 else chance.choice(actions)["id"],
                "category": chance.choice(CATEGORIES),
                "status": chance.choice(["open", "being_addressed", "resolved"]),
            }
            for n in range(3_000)
        ]
        connection.execute(insert(Challenge), challenges)
    return len(ids)


def main() -> None:  # pragma: no cover - a measurement, run by hand
    import tempfile

    from nrtd_desktop.app import open_services
    from nrtd_desktop.dto.register import RecommendationFilter

    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "scale.sqlite", today=TODAY)
        started = time.perf_counter()
        count = build(services)
        print(f"built {count} recommendations in {time.perf_counter() - started:.2f} s")
        for label, f in (
            ("no filter", RecommendationFilter()),
            (
                "mechanism UPR + position supported",
                RecommendationFilter(mechanism=("UPR",), position=("supported",)),
            ),
            ("search 'torture'", RecommendationFilter(search="torture")),
            ("lead entity ENT03", RecommendationFilter(lead_entity=("ENT03",))),
        ):
            times = []
            for _ in range(5):
                started = time.perf_counter()
                figures = services.figures.figures(f)
                times.append(time.perf_counter() - started)
            times.sort()
            print(
                f"{label}: median {times[2] * 1000:.0f} ms (min {times[0] * 1000:.0f}),"
                f" {figures.headline.recommendations.count} recommendations"
            )
        services.close()


if __name__ == "__main__":  # pragma: no cover
    main()
