"""Import, export and the plan PDF, one timed run per child process (the first use of
openpyxl or ReportLab in a session is part of what the person waits for).

``python -m tests.bench.io_bench KIND WORKDIR`` with KIND one of ``import_csv``,
``import_xlsx``, ``reimport_csv`` (the five UPR Info files again into the database they were
imported into: its time and its share of the first import's), ``import_nrtd`` (the program's own
workbook of the 41,066 UPR Info recommendations re-imported into their database, then into an
empty one), ``export_xlsx``, ``plan_pdf`` (1,000 recommendations with three actions each),
``plan_pdf_41066`` (the size of the UPR Info register, three actions each), ``backup`` (a verified
backup of the 5,000-recommendation register); prints one JSON line.
The plan and workbook figures include the process's peak memory (the kernel's high-water mark).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.build import (
    TODAY,
    cached_database,
    encrypted_runs,
    new_database_key,
    unlock_for_bench,
)
from tests.bench.texts import upr_info


def csv_paths() -> tuple[Path, ...]:
    return tuple(sorted(upr_info().glob("*.csv")))


def xlsx_paths(workdir: Path) -> tuple[Path, ...]:
    """The five UPR Info files saved as xlsx once (same columns, same rows), cached."""
    from nrtd_desktop.importers.csv_reader import read_csv

    folder = workdir / "upr-info-xlsx"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for source in csv_paths():
        target = folder / (source.stem + ".xlsx")
        if not target.exists():
            from openpyxl import Workbook

            table = read_csv(source)
            book = Workbook(write_only=True)
            sheet = book.create_sheet("Recommendations")
            sheet.append(list(table.headers))
            for row in table.rows:
                sheet.append([row.values.get(h) for h in table.headers])
            book.save(target.with_suffix(".tmp"))
            os.replace(target.with_suffix(".tmp"), target)
        paths.append(target)
    return tuple(paths)


def _fresh_services(folder: Path) -> Any:
    from nrtd_desktop.app import open_services

    return open_services(folder / "import.sqlite", auto_backup=False, today=TODAY, key=new_database_key())


def run_import(paths: tuple[Path, ...]) -> dict[str, Any]:
    from nrtd_desktop.services.imports import ImportRequest

    with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
        services = _fresh_services(Path(folder))
        try:
            started, cpu = time.perf_counter(), time.process_time()
            services.imports.run(ImportRequest(paths=paths, format="upr_info"))
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu
            count = services.recommendations.count()
        finally:
            services.close()
    # CPU beside wall time: on the shared 2-core machine the load inflates wall time far more
    # (issue 26: the encrypted import was compared with the plain one on both).
    return {"seconds": round(seconds, 3), "cpu_s": round(cpu, 3), "rows": count}


def run_reimport(paths: tuple[Path, ...]) -> dict[str, Any]:
    """The files imported into an empty database, then the same files again (nothing to write):
    the second import's seconds and its share of the first's."""
    from nrtd_desktop.services.imports import ImportRequest

    with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
        services = _fresh_services(Path(folder))
        try:
            started = time.perf_counter()
            services.imports.run(ImportRequest(paths=paths, format="upr_info"))
            first = time.perf_counter() - started
            started = time.perf_counter()
            again = services.imports.run(ImportRequest(paths=paths, format="upr_info"))
            seconds = time.perf_counter() - started
            assert again.backup is None, "the same files again wrote something"
            count = services.recommendations.count()
        finally:
            services.close()
    return {"seconds": round(seconds, 3), "first_s": round(first, 3), "share": round(seconds / first, 3),
            "rows": count}


def _upr_info_database(workdir: Path) -> Path:
    """The 41,066 UPR Info rows imported once into a database of their own, cached."""
    source = workdir / ("upr-info-41066-encrypted.sqlite" if encrypted_runs() else "upr-info-41066.sqlite")
    if not source.exists():
        from nrtd_desktop.services.imports import ImportRequest

        services = _fresh_services(workdir)
        try:
            services.imports.run(ImportRequest(paths=csv_paths(), format="upr_info"))
        finally:
            services.close()
        os.replace(workdir / "import.sqlite", source)
    unlock_for_bench(source)
    return source


def nrtd_workbook(workdir: Path) -> Path:
    """The program's own workbook of the 41,066 UPR Info recommendations, exported once, cached."""
    from nrtd_desktop.app import open_services

    target = workdir / ("upr-info-41066-encrypted.xlsx" if encrypted_runs() else "upr-info-41066.xlsx")
    if not target.exists():
        services = open_services(_upr_info_database(workdir), auto_backup=False, today=TODAY)
        try:
            services.imports.export_xlsx(target)
        finally:
            services.close()
    return target


def run_import_nrtd(workdir: Path, into_empty: bool) -> dict[str, Any]:
    """The program's own workbook imported into a copy of the database it was exported from
    (``into_empty`` False: every row found unchanged) or into an empty database."""
    import shutil

    from nrtd_desktop.app import open_services
    from nrtd_desktop.services.imports import ImportRequest

    workbook = nrtd_workbook(workdir)
    with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
        target = Path(folder) / "import.sqlite"
        if not into_empty:
            shutil.copyfile(_upr_info_database(workdir), target)
        services = open_services(target, auto_backup=False, today=TODAY,
                                 key=new_database_key() if into_empty else None)
        try:
            started, cpu = time.perf_counter(), time.process_time()
            outcome = services.imports.run(ImportRequest(paths=(workbook,)))
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu
            count = services.recommendations.count()
        finally:
            services.close()
    return {"seconds": round(seconds, 3), "cpu_s": round(cpu, 3), "rows": count,
            "new": outcome.preview.new, "peak_mb": round(peak_rss_mb(), 1)}


def run_export(workdir: Path) -> dict[str, Any]:
    """The register of the 41,066 UPR Info rows (imported once, cached) exported to xlsx."""
    source = _upr_info_database(workdir)
    from nrtd_desktop.app import open_services

    services = open_services(source, auto_backup=False, today=TODAY)
    try:
        with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
            started = time.perf_counter()
            services.imports.export_xlsx(Path(folder) / "register.xlsx")
            seconds = time.perf_counter() - started
        count = services.recommendations.count()
    finally:
        services.close()
    return {"seconds": round(seconds, 3), "rows": count}


def run_backup(workdir: Path, size: int = 5000) -> dict[str, Any]:
    """A verified backup of the register of ``size`` recommendations (``safety.backup``: copied,
    ``integrity_check``, facts read), plain or encrypted (issue 26): seconds and CPU."""
    from nrtd_desktop.safety.backup import create_backup

    db = cached_database(workdir, size, log=lambda _line: None)
    unlock_for_bench(db)
    with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
        started, cpu = time.perf_counter(), time.process_time()
        info = create_backup(db, "manual", folder=Path(folder), thin=False)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
    return {"seconds": round(seconds, 3), "cpu_s": round(cpu, 3), "bytes": info.size}


def peak_rss_mb() -> float:
    """The process's peak memory: the kernel's high-water mark (startup_probe has the same, but
    importing it would load Qt into this measurement)."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_plan_pdf(workdir: Path, size: int = 1000) -> dict[str, Any]:
    """The Arabic action plan of ``size`` recommendations with three actions each: seconds (wall
    and CPU), pages and the process's peak memory."""
    from nrtd_desktop.app import open_services
    from nrtd_desktop.reports.common_report import ReportOptions

    db = cached_database(workdir, size, actions_per=3, log=lambda _line: None)
    unlock_for_bench(db)
    services = open_services(db, auto_backup=False, today=TODAY)
    try:
        with tempfile.TemporaryDirectory(prefix="nrtd-bench-") as folder:
            started, cpu = time.perf_counter(), time.process_time()
            doc = services.reports.document(ReportOptions("plan", lang="ar", report_date=TODAY))
            doc.write(Path(folder) / "plan.pdf")
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu
    finally:
        services.close()
    return {"seconds": round(seconds, 3), "cpu_s": round(cpu, 3), "pages": doc.pages,
            "peak_mb": round(peak_rss_mb(), 1)}


def main() -> None:
    kind, workdir = sys.argv[1], Path(sys.argv[2])
    if kind == "import_csv":
        result = run_import(csv_paths())
    elif kind == "import_xlsx":
        paths = xlsx_paths(workdir)
        result = run_import(paths)
    elif kind == "reimport_csv":
        result = run_reimport(csv_paths())
    elif kind == "import_nrtd":
        result = run_import_nrtd(workdir, into_empty=False)
    elif kind == "import_nrtd_empty":
        result = run_import_nrtd(workdir, into_empty=True)
    elif kind == "export_xlsx":
        result = run_export(workdir)
    elif kind == "backup":
        result = run_backup(workdir)
    elif kind == "plan_pdf":
        result = run_plan_pdf(workdir)
    elif kind == "plan_pdf_41066":
        result = run_plan_pdf(workdir, 41066)
    else:
        raise SystemExit(f"unknown measurement {kind}")
    print("NRTD_BENCH " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
