"""``python -m tests.bench [--sizes 5000,267000] [--runs 5] [--only register,recall]
[--workdir DIR]``: build (or reuse) the databases, measure, print ONE JSON object.

Every figure is the median of ``--runs`` runs. Start-up and memory are whole processes of the real
launcher (``NRTD_BENCH_STARTUP=1``, see ``startup_probe``); register timings run in one child per
size (``measure``); import, export and PDF in one child per run (``io_bench``); the search's recall
once, in one child (``recall``). Settings, data folder and backups of the children live under the
work folder, never the user's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from nrtd_desktop.safety.keystore import BACKEND_FILE
from tests.bench.build import ENCRYPTED_ENV, cached_database, default_workdir
from tests.bench.unlock_bench import KEYRING_MODE_ENV

ALL = ("startup", "register", "import", "export", "pdf", "recall", "draft", "backup")
TARGETS = {
    "startup_s": 1.0, "search_ms_267000": 30, "search_ms_5000": 10, "facet_ms": 30, "detail_ms": 20,
    "import_csv_s": 3, "import_xlsx_s": 6, "reimport_csv_share": 0.333, "import_nrtd_s": 8,
    "import_nrtd_peak_mb": 300, "export_xlsx_s": 5, "plan_pdf_s": 5, "peak_rss_mb_267000": 300,
    "plan_pdf_41066_s": 90, "plan_pdf_41066_peak_mb": 500,
    # issue 17: every attached or suffixed form found; the index at most 1.6x its size before (54 MiB
    # at 267,000 now: it was 44.4 MiB of index and 108 MiB of stored text, 152.5 MiB together)
    "recall": 1.0, "search_index_mib_267000": 1.6 * 44.39,
    "draft_docx_s": 5, "draft_docx_en_s": 5, "draft_pdf_s": 5,
    # issue 25: the whole index stays instant at 267,000
    "dashboard_figures_ms_267000": 300, "facet_max_ms": 20, "facet_list_max_ms": 20,
    "search_short_max_ms": 50, "startup_first_rows_s": 0.6,
}


ROOT = Path(__file__).resolve().parents[2]  # the checkout


def _child_env(workdir: Path) -> dict[str, str]:
    config = workdir / "config"
    config.mkdir(parents=True, exist_ok=True)
    settings = config / "settings.json"
    if not settings.exists():  # a member's name, so the identity dialog does not wait for one
        settings.write_text(json.dumps({"user_name": "bench", "language": "ar"}), encoding="utf-8")
    # The children import tests.bench: the checkout's root on their path, wherever they start.
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "NRTD_CONFIG_DIR": str(config), "NRTD_DATA_DIR": str(workdir / "data"),
            "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "0", "PYTHONPATH": path}


def _child(args: list[str], env: dict[str, str], timeout: float = 900) -> dict[str, Any]:
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=timeout)
    for line in done.stdout.splitlines():
        if line.startswith("NRTD_BENCH "):
            return dict(json.loads(line[len("NRTD_BENCH "):]))
    tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
    return {"error": " | ".join(tail) or f"exit {done.returncode}"}


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def _keyring_run(env: dict[str, str]) -> None:
    """Before each child of ``--keyring discovered``: no remembered backend, so keyring discovers
    (the program would remember the backend again at the end of each run)."""
    if env.get(KEYRING_MODE_ENV) == "discovered":
        (Path(env["NRTD_CONFIG_DIR"]) / BACKEND_FILE).unlink(missing_ok=True)


def measure_startup(db: Path, runs: int, env: dict[str, str]) -> dict[str, Any]:
    script = f"from nrtd_desktop.ui.launch import main; raise SystemExit(main(['--db', {str(db)!r}]))"
    if env.get(KEYRING_MODE_ENV):  # the file keyring known to keyring's discovery, as a platform's is
        script = "import tests.bench.keyring_file; " + script
    bench_env = {**env, "NRTD_BENCH_STARTUP": "1"}
    _keyring_run(env)
    _child(["-c", script], bench_env)  # warm the file cache and make the day's backup, untimed
    results, walls = [], []
    for _ in range(runs):
        _keyring_run(env)
        started = time.perf_counter()
        result = _child(["-c", script], bench_env)
        if "error" in result:
            return result
        walls.append(time.perf_counter() - started)
        results.append(result)
    # The machine is shared: the wall time counts the waits for a core too. The CPU time to the
    # first rows (every thread's, and the GUI thread's) says what the start costs; the fastest
    # run is the nearest to a quiet moment (issue 25).
    # The first rows may be painted before the database opens (ui/first_rows.py): ``ready_s`` is
    # when its services have taken over and the register has painted again (the same moment as
    # the first rows otherwise).
    figures = {"startup_s": _median([r["startup_s"] for r in results]),
               "startup_min_s": round(min(r["startup_s"] for r in results), 3),
               "startup_cpu_s": _median([r["startup_cpu_s"] for r in results]),
               "startup_main_cpu_s": _median([r["startup_main_cpu_s"] for r in results]),
               "first_rows_early": all(r.get("first_rows_early", False) for r in results),
               "sqlalchemy_at_first_rows": any(r.get("sqlalchemy_at_first_rows", True) for r in results),
               "ready_s": _median([r.get("ready_s", r["startup_s"]) for r in results]),
               "ready_cpu_s": _median([r.get("ready_cpu_s", r["startup_cpu_s"]) for r in results]),
               "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
               "heavy_modules_at_start": results[0]["modules"]}
    if env.get(ENCRYPTED_ENV) == "1":  # issue 26: the unlock step alone, in a process of its own
        unlocks = []
        for _ in range(runs):
            _keyring_run(env)
            unlocks.append(_child(["-m", "tests.bench.unlock_bench", str(db)], env))
        if all("error" not in u for u in unlocks):
            figures["unlock_s"] = _median([u["seconds"] for u in unlocks])
            figures["unlock_cpu_s"] = _median([u["cpu_s"] for u in unlocks])
            figures["unlock_source"] = unlocks[0]["source"]
            figures["unlock_backend"] = unlocks[0].get("backend", "")
            figures["unlock_backend_modules"] = max(len(u.get("backend_modules", [])) for u in unlocks)
        else:
            figures["unlock_error"] = next(u["error"] for u in unlocks if "error" in u)
    return figures


def measure_io(kind: str, workdir: Path, runs: int, env: dict[str, str],
               module: str = "tests.bench.io_bench") -> dict[str, Any]:
    results = [_child(["-m", module, kind, str(workdir)], env) for _ in range(runs)]
    failed = [r for r in results if "error" in r]
    if failed:
        return failed[0]
    out = {f"{kind}_s": _median([r["seconds"] for r in results])}
    if "cpu_s" in results[0]:
        out[f"{kind}_cpu_s"] = _median([r["cpu_s"] for r in results])
    if "peak_mb" in results[0]:
        out[f"{kind}_peak_mb"] = max(r["peak_mb"] for r in results)
    if "share" in results[0]:
        out[f"{kind}_share"] = _median([r["share"] for r in results])
        out[f"{kind}_first_s"] = _median([r["first_s"] for r in results])
    for key in ("rows", "pages", "words", "bytes"):
        if key in results[0]:
            out[f"{kind}_{key}"] = results[0][key]
    return out


def machine() -> dict[str, Any]:
    """The machine, and how busy it was (other work shares its cores: figures are worth what the
    load average allows; issue 25)."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(terse=True), "load_average": _load()}


def _load() -> list[float] | None:
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:  # not measured here
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--sizes", default="5000,267000", help="register sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (the median is printed)")
    parser.add_argument("--only", default=",".join(ALL), help=f"a subset of {','.join(ALL)}")
    parser.add_argument("--workdir", type=Path, default=default_workdir(), help="cached databases and files")
    parser.add_argument("--encrypted", action="store_true",
                        help="the same measurements on the databases encrypted with SQLCipher (issue 26)")
    parser.add_argument("--keyring", choices=("named", "discovered", "remembered"), default="named",
                        help="with --encrypted: the keyring backend named by PYTHON_KEYRING_BACKEND "
                             "(default), found by keyring's discovery at each start, or remembered by "
                             "the program from the previous start (issue 26c)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    workdir = args.workdir.expanduser().resolve()
    env = _child_env(workdir)
    # The databases are built here and opened by the children: one installation for both, or the
    # children would take them for copies from another computer and ask (sites.py).
    os.environ["NRTD_CONFIG_DIR"] = env["NRTD_CONFIG_DIR"]
    os.environ["NRTD_DATA_DIR"] = env["NRTD_DATA_DIR"]
    if args.encrypted:  # the key of each encrypted database is kept in a keyring file of the work folder
        extra = {ENCRYPTED_ENV: "1", "PYTHON_KEYRING_BACKEND": "tests.bench.keyring_file.FileKeyring",
                 "NRTD_BENCH_KEYRING": str(workdir / "keyring.json")}
        env.update(extra)
        os.environ.update(extra)
        if args.keyring != "named":  # the children choose as on a member's computer: no keyring
            # configuration (an empty configuration folder for keyring), discovery or the remembered class
            env.pop("PYTHON_KEYRING_BACKEND")
            env.update({KEYRING_MODE_ENV: args.keyring, "XDG_CONFIG_HOME": str(workdir / "xdg-config")})

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    figures: dict[str, Any] = {"machine": machine(), "runs": args.runs, "targets": TARGETS,
                               "encrypted": bool(args.encrypted),
                               "keyring": args.keyring if args.encrypted else None}
    for size in sizes:
        db = cached_database(workdir, size, log=log)
        per_size: dict[str, Any] = {}
        if "startup" in only:
            log(f"start-up, {size} recommendations")
            per_size.update(measure_startup(db, args.runs, env))
        if "register" in only:
            log(f"register, {size} recommendations")
            per_size.update(_child(["-m", "tests.bench.measure", str(db), str(args.runs)], env))
        figures[str(size)] = per_size
    for kind, wanted in (("import_csv", "import"), ("import_xlsx", "import"), ("reimport_csv", "import"),
                         ("import_nrtd", "import"), ("import_nrtd_empty", "import"),
                         ("export_xlsx", "export"), ("plan_pdf", "pdf"), ("plan_pdf_41066", "pdf"),
                         ("backup", "backup")):
        if wanted in only:
            log(kind)
            # The 41,066-recommendation plan takes a minute or more: it is run once, not --runs times.
            runs = 1 if kind == "plan_pdf_41066" else args.runs
            figures.update(measure_io(kind, workdir, runs, env))
    if "recall" in only:
        log("recall of the search")
        figures["recall"] = _child(["-m", "tests.bench.recall", str(workdir)], env)
    if "draft" in only:  # issue 22: a 10,000-word report with the annex of 1,000 recommendations
        for kind in ("draft_docx", "draft_docx_en", "draft_pdf"):
            log(kind)
            figures.update(measure_io(kind, workdir, args.runs, env, "tests.bench.draft_bench"))
    figures["machine"]["load_average_after"] = _load()
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
