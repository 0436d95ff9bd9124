"""A fuller implementation plan written into a benchmark database (``bench/build.py``).

The benchmark builder writes recommendation actions and their progress only. The plan area also
reads cluster actions, partners, indicators (of actions and of recommendations), progress linked
to indicators, undated and cancelled actions, clusters without a lead entity, and challenges;
``enrich_plan`` adds all of them, seeded, with plain sqlite3 inserts (no history: these are
fixtures). Used by the tests of this folder and to time the plan area on the 267,000 file.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 29)  # the builder's and the tests' "today"
STAMP = "2026-11-29 09:46:00.000000"
CATEGORIES = (
    "legislative",
    "institutional",
    "financial",
    "human_capacity",
    "data_statistics",
    "social_cultural",
    "coordination",
    "other",
)
CHALLENGE_STATUSES = ("open", "being_addressed", "resolved")
ACTION_STATUSES = ("not_started", "in_progress", "completed", "cancelled")


def _id(rng: random.Random) -> str:
    raw = f"{rng.getrandbits(128):032x}"
    return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-a{raw[17:20]}-{raw[20:32]}"


def _stamped(rng: random.Random, n: int, **values: Any) -> dict[str, Any]:
    # created_at varies so that "oldest first" lists have an order to keep (ids break the ties).
    created = f"2026-{1 + n % 11:02d}-{1 + n % 27:02d} 10:00:{n % 60:02d}.000000"
    return {
        "id": _id(rng),
        "version": 1,
        "created_at": created,
        "updated_at": STAMP,
        "created_by": "synthetic",
        "updated_by": "synthetic",
        "updated_site": "",
        **values,
    }


def _insert(db: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    marks = ", ".join("?" for _ in columns)
    db.executemany(
        f"insert into {table} ({', '.join(columns)}) values ({marks})",
        [tuple(row[c] for c in columns) for row in rows],
    )


def _day(rng: random.Random, low: int, high: int) -> str:
    return (TODAY + timedelta(days=rng.randint(low, high))).isoformat()


def enrich_plan(path: Path, seed: int = 5, challenge_share: float = 0.02) -> None:
    """Add the rest of a plan to the database at ``path`` (see the module docstring)."""
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    try:
        entities = [e for (e,) in db.execute("select id from entities order by code")]
        clusters = [c for (c,) in db.execute("select id from clusters order by id")]
        recs = [r for (r,) in db.execute("select id from recommendations order by reference")]
        actions = [a for (a,) in db.execute("select id from actions order by id")]

        # A third of the clusters lose their lead entity, so "no lead entity" reaches members.
        for cluster in clusters[::3]:
            db.execute("update clusters set lead_entity_id = null where id = ?", (cluster,))
        # Some actions lose a date, some are cancelled.
        for action in actions:
            draw = rng.random()
            if draw < 0.02:
                db.execute("update actions set end_date = null where id = ?", (action,))
            elif draw < 0.03:
                db.execute("update actions set start_date = null where id = ?", (action,))
            elif draw < 0.06:
                db.execute("update actions set status = 'cancelled' where id = ?", (action,))

        new_actions = []
        for n, cluster in enumerate(clusters[: len(clusters) * 2 // 3]):
            for k in range(rng.randint(1, 2)):
                start = _day(rng, -700, -30)
                new_actions.append(
                    _stamped(
                        rng,
                        n * 3 + k,
                        recommendation_id=None,
                        cluster_id=cluster,
                        sort_order=k + 1,
                        title_ar=f"إجراء مشترك {n}-{k}",
                        title_en=f"Shared action {n}-{k}",
                        description_ar="",
                        description_en="",
                        lead_entity_id=rng.choice([*entities, None]),
                        start_date=start if rng.random() > 0.1 else None,
                        end_date=_day(rng, -200, 500),
                        status=rng.choice(ACTION_STATUSES),
                        budget="",
                        expected_output_ar="",
                        expected_output_en="",
                    )
                )
        _insert(db, "actions", new_actions)
        actions += [a["id"] for a in new_actions]
        planned = [
            r
            for (r,) in db.execute(
                "select distinct recommendation_id from actions where recommendation_id is not null"
            )
        ]

        _insert(
            db,
            "action_partners",
            [
                {"action_id": a, "entity_id": e}
                for a in actions
                if rng.random() < 0.1
                for e in rng.sample(entities, 2)
            ],
        )

        indicators = []
        for n, action in enumerate(actions):
            for _k in range(rng.choice((0, 0, 1, 1, 2))):
                indicators.append(_indicator(rng, len(indicators) + n, action_id=action, entities=entities))
        # Indicators of recommendations: some planned ones, some with no action at all.
        for n, rec in enumerate(rng.sample(planned, len(planned) // 8) + rng.sample(recs, len(recs) // 200)):
            indicators.append(_indicator(rng, n, recommendation_id=rec, entities=entities))
        _insert(db, "indicators", indicators)

        progress = []
        by_action = [i for i in indicators if i["action_id"]]
        for n, indicator in enumerate(rng.sample(by_action, len(by_action) // 2)):
            progress.append(
                _stamped(
                    rng,
                    n,
                    action_id=indicator["action_id"],
                    indicator_id=indicator["id"],
                    reported_on=_day(rng, -300, 0),
                    narrative_ar="تقدم في المؤشر",
                    narrative_en="",
                    percent=rng.choice((None, 20, 50, 80)),
                    evidence="",
                    entity_id=None,
                    reporter="synthetic",
                )
            )
        for n, action in enumerate(rng.sample(actions, len(actions) // 10)):
            progress.append(
                _stamped(
                    rng,
                    n + 7,
                    action_id=action,
                    indicator_id=None,
                    reported_on=_day(rng, -200, 0),
                    narrative_ar="تقدم في الإجراء",
                    narrative_en="",
                    percent=rng.choice((None, 10, 40, 100)),
                    evidence="",
                    entity_id=rng.choice(entities),
                    reporter="synthetic",
                )
            )
        _insert(db, "progress_updates", progress)

        challenges = []
        for n in range(max(1, int(len(recs) * challenge_share))):
            attach = rng.choice(("rec", "action", "entity", "rec+entity", "action+entity"))
            challenges.append(
                _stamped(
                    rng,
                    n,
                    recommendation_id=rng.choice(recs) if "rec" in attach else None,
                    action_id=rng.choice(actions) if "action" in attach else None,
                    entity_id=rng.choice(entities) if "entity" in attach else None,
                    category=rng.choice(CATEGORIES),
                    description_ar=f"عقبة رقم {n}",
                    description_en=f"Obstacle {n}",
                    effect_ar="",
                    effect_en="",
                    mitigation_ar="",
                    mitigation_en="",
                    support_needed_ar="دعم فني" if rng.random() < 0.3 else "",
                    support_needed_en=" " if rng.random() < 0.1 else "",
                    status=rng.choice(CHALLENGE_STATUSES),
                    reported_on=_day(rng, -400, 0),
                )
            )
        _insert(db, "challenges", challenges)
        db.commit()
        db.execute("analyze")
    finally:
        db.close()


def _indicator(
    rng: random.Random,
    n: int,
    *,
    entities: list[str],
    action_id: str | None = None,
    recommendation_id: str | None = None,
) -> dict[str, Any]:
    return _stamped(
        rng,
        n,
        action_id=action_id,
        recommendation_id=recommendation_id,
        indicator_type=rng.choice(("structural", "process", "outcome")),
        name_ar=f"مؤشر {n}",
        name_en=f"Indicator {n}",
        baseline="0",
        target="100",
        current_value="",
        unit="%",
        data_source="",
        frequency="",
        due_date=None,
        responsible_entity_id=rng.choice([*entities, None, None]),
    )
