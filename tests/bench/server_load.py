"""A bounded load test of a shared PostgreSQL server (issue 24): figures printed, not a timed test.

    .venv/bin/python -m tests.bench.server_load postgresql://user:pw@localhost/DB \\
        [--clients 20] [--operations 2000] [--threads]

DB must hold a committee (the demo: ``nrtd db copy`` of a demo file, or ``--demo`` here to load
it first into an empty database). CLIENTS members, each a process of its own with its own services
(its own pool, as a member's program would; ``--threads`` runs them as threads of one process, as
the first measurement did, which the GIL serialises), share OPERATIONS mixed operations: one in four
an edit of a recommendation read just before (``expected_version``, so a save against a record
changed meanwhile is a conflict, shown, not lost), the rest reads (a register page, a detail, a
search), one after the other (``--pause-ms``: with a pause between two, as a member works).
Every client waits for the others to be connected before the first operation.

Afterwards each edited field is checked: its final value is the last save that succeeded (no lost
update), and the errors other than conflicts are counted (there must be none); the counts the
database keeps (register_counts, link_counts) are compared with the records (``--status``: every
edit changes a status too, so every save changes them). What a save costs
the server is counted on each client's engine: statements sent (``after_cursor_execute``),
transactions (BEGIN/COMMIT: one round trip each with psycopg) and pool check-outs (each a ping,
``pool_pre_ping``); the server's ``synchronous_commit`` is printed beside the figures.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.domain.errors import StaleRecordError
from nrtd_desktop.dto.register import RecommendationFilter

HOT_RECORDS = 40  # the edits go to a few records: conflicts happen


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


class _Counter:
    """What one client's engine sends: statements, transactions, check-outs (each a ping), and the
    time from sending each statement to having its answer (the server's work, the round trip and
    the wait for a lock or a CPU; not the commit, whose flush to disk is compared by running the
    test with ``synchronous_commit`` off)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements = self.transactions = self.checkouts = 0
        self.waited = 0.0
        self._sent = 0.0
        event.listen(engine, "before_cursor_execute", self._send)
        event.listen(engine, "after_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)
        event.listen(engine.pool, "checkout", self._checkout)

    def _send(self, *_args: Any) -> None:
        self._sent = time.perf_counter()

    def _statement(self, *_args: Any) -> None:
        self.statements += 1
        self.waited += time.perf_counter() - self._sent

    def _begin(self, *_args: Any) -> None:
        self.transactions += 1

    def _checkout(self, *_args: Any) -> None:
        self.checkouts += 1

    def snapshot(self) -> tuple[float, ...]:
        return self.statements, self.transactions, self.checkouts, self.waited


STATUSES = ("not_started", "in_progress", "partially_implemented", "implemented")


def client(url: str, n: int, ids: list[str], take: Callable[[], int | None], wait: Callable[[], Any],
           seed: int, pause: float = 0.0, status: bool = False) -> dict[str, Any]:
    """One member: its own services, operations taken until none are left; its figures.
    ``pause``: the mean seconds a member waits between two operations (0: none). ``status``: each
    edit also changes the record's status, so that every save changes the counts the database
    keeps (db/counts.py)."""
    rng = random.Random(seed + n)
    services = open_services(url, Actor(name=f"client {n}"))
    counter = _Counter(services.context.engine)
    out: dict[str, Any] = {"saves": [], "reads": [], "won": {}, "per_save": [],
                           "saved": 0, "conflicts": 0, "errors": 0, "reads_done": 0, "error_kinds": []}
    try:
        services.recommendations.get(ids[0])  # connected, and the pool's first connection made
        wait()
        while (op := take()) is not None:
            if pause:
                time.sleep(rng.uniform(0, 2 * pause))
            record = rng.choice(ids[:HOT_RECORDS])
            try:
                if op % 4 == 0:
                    detail = services.recommendations.get(record)
                    text = f"client {n} op {op}"
                    before = counter.snapshot()
                    started = time.perf_counter()
                    changes: dict[str, Any] = {"notes": text}
                    if status:
                        changes["status"] = rng.choice(STATUSES)
                    after = services.recommendations.update(record, changes, expected_version=detail.version)
                    out["saves"].append(time.perf_counter() - started)
                    spent = zip(before, counter.snapshot(), strict=True)
                    out["per_save"].append(tuple(b - a for a, b in spent))
                    out["saved"] += 1
                    out["won"][record] = max(out["won"].get(record, (0, "")), (after.version, text))
                else:
                    started = time.perf_counter()
                    if op % 4 == 1:
                        services.recommendations.list(RecommendationFilter(search="torture"), limit=50)
                    elif op % 4 == 2:
                        services.recommendations.get(rng.choice(ids))
                    else:
                        services.recommendations.list(limit=100)
                    out["reads"].append(time.perf_counter() - started)
                    out["reads_done"] += 1
            except StaleRecordError:
                out["conflicts"] += 1
            except Exception as exc:  # counted: the target is none
                out["errors"] += 1
                out["error_kinds"].append(f"{type(exc).__name__}: {str(exc)[:200]}")
    finally:
        services.close()
    return out


def _process_client(url: str, n: int, ids: list[str], left: Any, barrier: Any, results: Any,
                    seed: int, pause: float, status: bool) -> None:
    def take() -> int | None:
        with left.get_lock():
            if left.value <= 0:
                return None
            left.value -= 1
            return int(left.value)
    try:
        results.put(client(url, n, ids, take, barrier.wait, seed, pause, status))
    except BaseException as exc:  # the parent must not wait for a result that never comes
        results.put({"fatal": f"{type(exc).__name__}: {exc}"})


def run(url: str, clients: int, operations: int, seed: int = 7, threads: bool = False,
        pause: float = 0.0, status: bool = False) -> dict[str, Any]:
    setup = open_services(url, Actor(name="bench"))
    ids = [row.id for row in setup.recommendations.list(limit=200)]
    with setup.context.read() as session:
        from sqlalchemy import text
        synchronous_commit = session.execute(text("SHOW synchronous_commit")).scalar()
        fsync = session.execute(text("SHOW fsync")).scalar()
    setup.close()
    started = time.perf_counter()
    if threads:
        queue = list(range(operations))
        lock = threading.Lock()
        barrier = threading.Barrier(clients)
        found: list[dict[str, Any]] = []

        def take() -> int | None:
            with lock:
                return queue.pop() if queue else None

        def body(n: int) -> None:
            found.append(client(url, n, ids, take, barrier.wait, seed, pause, status))
        workers = [threading.Thread(target=body, args=(n,)) for n in range(clients)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    else:
        context = multiprocessing.get_context("fork")  # the parent's imports are reused
        left = context.Value("i", operations)
        process_barrier = context.Barrier(clients)
        results = context.Queue()
        processes = [context.Process(target=_process_client,
                                     args=(url, n, ids, left, process_barrier, results, seed, pause,
                                           status))
                     for n in range(clients)]
        for process in processes:
            process.start()
        found = [results.get() for _ in processes]
        for process in processes:
            process.join()
    wall = time.perf_counter() - started
    fatal = [r["fatal"] for r in found if "fatal" in r]
    if fatal:
        raise RuntimeError("a client failed: " + "; ".join(fatal))
    saves = [s for r in found for s in r["saves"]]
    reads = [s for r in found for s in r["reads"]]
    won: dict[str, tuple[int, str]] = {}
    for result in found:
        for record, latest in result["won"].items():
            won[record] = max(won.get(record, (0, "")), tuple(latest))
    check = open_services(url, Actor(name="bench"))
    lost = [r for r, (_v, text) in won.items() if check.recommendations.get(r).notes != text]
    check.close()
    from tests.dashboard.independent import Sql, kept_count_differences

    sql = Sql(url)
    try:
        counts_wrong: int | str = len(kept_count_differences(sql))
    except Exception as exc:  # a program from before the counts on a server (a "before" run)
        counts_wrong = f"not kept ({type(exc).__name__})"
    finally:
        sql.close()
    per_save = [p for r in found for p in r["per_save"]]
    kinds = sorted({k for r in found for k in r["error_kinds"]})
    return {
        "clients": clients, "as": "threads" if threads else "processes", "operations": operations,
        "pause_ms": round(pause * 1000),
        "saved": sum(r["saved"] for r in found), "conflicts": sum(r["conflicts"] for r in found),
        "errors": sum(r["errors"] for r in found), "error_kinds": kinds[:5],
        "reads": sum(r["reads_done"] for r in found), "lost_updates": len(lost),
        "status_edited": status, "kept_counts_wrong": counts_wrong,
        "seconds": round(wall, 1),
        "save_p50_ms": round(_p(saves, 0.5), 1), "save_p95_ms": round(_p(saves, 0.95), 1),
        "read_p50_ms": round(_p(reads, 0.5), 1), "read_p95_ms": round(_p(reads, 0.95), 1),
        "statements_per_save": statistics.median(p[0] for p in per_save) if per_save else 0,
        "transactions_per_save": statistics.median(p[1] for p in per_save) if per_save else 0,
        "checkouts_per_save": statistics.median(p[2] for p in per_save) if per_save else 0,
        "save_statements_p50_ms": round(_p([p[3] for p in per_save], 0.5), 1),
        "save_statements_p95_ms": round(_p([p[3] for p in per_save], 0.95), 1),
        "synchronous_commit": synchronous_commit, "fsync": fsync,
        "load_average": " ".join(f"{v:.2f}" for v in os.getloadavg()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--operations", type=int, default=2000)
    parser.add_argument("--threads", action="store_true", help="clients as threads of one process")
    parser.add_argument("--pause-ms", type=float, default=0.0,
                        help="mean pause of a member between two operations (uniform 0..2x; default none)")
    parser.add_argument("--demo", action="store_true", help="load the demo committee first")
    parser.add_argument("--status", action="store_true",
                        help="each edit also changes the status (the database's kept counts change)")
    args = parser.parse_args()
    if args.demo:
        from nrtd_desktop.demo.loader import load_demo

        services = open_services(args.url, Actor(name="bench"))
        load_demo(services)
        services.close()
    print("load average before:", " ".join(f"{v:.2f}" for v in os.getloadavg()))
    for key, value in run(args.url, args.clients, args.operations, threads=args.threads,
                          pause=args.pause_ms / 1000, status=args.status).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
