"""A bounded load test of a shared PostgreSQL server (issue 24): figures printed, not a timed test.

    .venv/bin/python -m tests.bench.server_load postgresql://user:pw@localhost/DB \\
        [--clients 20] [--operations 2000]

DB must hold a committee (the demo: ``nrtd db copy`` of a demo file, or ``--demo`` here to load
it first into an empty database). CLIENTS threads, each with its own services (its own pool, as
a member's program would), share OPERATIONS mixed operations: one in four an edit of a
recommendation read just before (``expected_version``, so a save against a record changed
meanwhile is a conflict, shown, not lost), the rest reads (a register page, a detail, a search).
Afterwards each edited field is checked: its final value is the last save that succeeded (no lost
update), and the errors other than conflicts are counted (there must be none).
"""

from __future__ import annotations

import argparse
import random
import statistics
import threading
import time
from typing import Any

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.domain.errors import StaleRecordError
from nrtd_desktop.dto.register import RecommendationFilter


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def run(url: str, clients: int, operations: int, seed: int = 7) -> dict[str, Any]:
    setup = open_services(url, Actor(name="bench"))
    ids = [row.id for row in setup.recommendations.list(limit=200)]
    setup.close()
    lock = threading.Lock()
    saves: list[float] = []
    reads: list[float] = []
    won: dict[str, tuple[int, str]] = {}  # record -> (version, text) of its latest successful save
    counts = {"saved": 0, "conflicts": 0, "errors": 0, "reads": 0}
    queue = list(range(operations))

    def client(n: int) -> None:
        rng = random.Random(seed + n)
        services = open_services(url, Actor(name=f"client {n}"))
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    op = queue.pop()
                record = rng.choice(ids[:40])  # a few hot records: conflicts happen
                try:
                    if op % 4 == 0:
                        detail = services.recommendations.get(record)
                        text = f"client {n} op {op}"
                        started = time.perf_counter()
                        after = services.recommendations.update(record, {"notes": text},
                                                                expected_version=detail.version)
                        elapsed = time.perf_counter() - started
                        with lock:
                            saves.append(elapsed)
                            counts["saved"] += 1
                            won[record] = max(won.get(record, (0, "")), (after.version, text))
                    else:
                        started = time.perf_counter()
                        if op % 4 == 1:
                            services.recommendations.list(RecommendationFilter(search="torture"), limit=50)
                        elif op % 4 == 2:
                            services.recommendations.get(rng.choice(ids))
                        else:
                            services.recommendations.list(limit=100)
                        with lock:
                            reads.append(time.perf_counter() - started)
                            counts["reads"] += 1
                except StaleRecordError:
                    with lock:
                        counts["conflicts"] += 1
                except Exception:  # counted: the target is none
                    with lock:
                        counts["errors"] += 1
        finally:
            services.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    check = open_services(url, Actor(name="bench"))
    lost = [r for r, (_v, text) in won.items() if check.recommendations.get(r).notes != text]
    check.close()
    return {**counts, "lost_updates": len(lost), "seconds": round(wall, 1),
            "save_p50_ms": round(_p(saves, 0.5), 1), "save_p95_ms": round(_p(saves, 0.95), 1),
            "read_p50_ms": round(_p(reads, 0.5), 1), "read_p95_ms": round(_p(reads, 0.95), 1),
            "read_median_ms": round(statistics.median(reads) * 1000, 1) if reads else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--operations", type=int, default=2000)
    parser.add_argument("--demo", action="store_true", help="load the demo committee first")
    args = parser.parse_args()
    if args.demo:
        from nrtd_desktop.demo.loader import load_demo

        services = open_services(args.url, Actor(name="bench"))
        load_demo(services)
        services.close()
    for key, value in run(args.url, args.clients, args.operations).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
