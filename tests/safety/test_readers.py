"""Readers never wait for the writer (issue 16, fault 3).

Commands that only read open the database read-only, without the writer's lock: twenty of them
at once all answer, beside the window (a process holding the lock with a write transaction open)
or an import, and say that what they show may be a moment old. They write nothing, and their
services refuse to write with a sentence.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.app import open_reader, open_services
from nrtd_desktop.cli.main import main
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.dto.register import RecommendationInput
from nrtd_desktop.safety.lock import acquire_lock
from tests.safety.children import ChildReader, fork_child, say
from tests.safety.conftest import digest

SCHEMA_0001 = Path(__file__).parents[1] / "db" / "schemas" / "0001.sqlite"
PARALLEL = 20


def _hold_with_open_write(db_path: Path):  # type: ignore[no-untyped-def]
    """A child that is "the window": it holds the lock and keeps a write transaction open in
    which every recommendation is deleted, not committed."""

    def body(fd: int) -> None:
        from sqlalchemy import text

        services = open_services(db_path, auto_backup=False)
        writing = services.context.write()
        session = writing.__enter__()
        session.execute(text("DELETE FROM recommendations"))
        session.flush()
        say(fd, "HOLDING")
        time.sleep(120)

    pid, fd = fork_child(body)
    child = ChildReader(pid, fd)
    said = child.wait_for(lambda lines: "HOLDING" in lines or any("ERROR" in x for x in lines), 30)
    assert said, child.lines
    assert "HOLDING" in child.lines, child.lines
    return child


def _nrtd(*argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "nrtd_desktop.cli.main", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env or dict(os.environ))


def _parallel_counts(db_path: Path, *extra: str) -> list[tuple[int, str, str]]:
    started = [_nrtd("list", "--count", "--db", str(db_path), *extra) for _ in range(PARALLEL)]
    results = []
    for process in started:
        out, err = process.communicate(timeout=180)
        results.append((process.returncode, out.strip(), err))
    return results


def test_twenty_parallel_counts_all_answer_with_nothing_else_open(db_path: Path) -> None:
    before = digest(db_path)
    results = _parallel_counts(db_path)
    assert [r[0] for r in results] == [0] * PARALLEL, [r[2] for r in results if r[0]]
    assert {r[1] for r in results} == {"12"}
    assert not any(r[2].strip() for r in results)  # nobody writes: no "a moment old" note
    assert digest(db_path) == before  # read-only: not a byte of the database changed
    assert not db_path.with_name(db_path.name + ".lock").exists()


def test_twenty_parallel_counts_answer_beside_the_window_and_say_it(db_path: Path) -> None:
    child = _hold_with_open_write(db_path)
    try:
        results = _parallel_counts(db_path)
        assert [r[0] for r in results] == [0] * PARALLEL, [r[2] for r in results if r[0]]
        assert {r[1] for r in results} == {"12"}  # the committed data, not the open transaction's
        assert all("a moment old" in r[2] and f"process {child.pid}" in r[2] for r in results)
        arabic = _nrtd("list", "--count", "--db", str(db_path), "--lang", "ar")
        out, err = arabic.communicate(timeout=60)
        assert arabic.returncode == 0 and out.strip() == "12" and "قد تكون" in err, err
        assert child.pid > 0 and os.waitpid(child.pid, os.WNOHANG) == (0, 0)  # the writer still runs
    finally:
        child.kill()


def test_stats_history_report_and_export_answer_beside_the_window(
    db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    child = _hold_with_open_write(db_path)
    db = ["--db", str(db_path)]
    try:
        assert main(["stats", "--json", *db]) == 0
        out, err = capsys.readouterr()
        assert json.loads(out)["recommendations"] == 12 and "a moment old" in err
        assert main(["history", "--ref", "UPR-3-10-2", "--json", *db]) == 0
        out, err = capsys.readouterr()
        assert [row["operation"] for row in json.loads(out)] == ["create"] and "a moment old" in err
        report = tmp_path / "plan.pdf"
        assert main(["report", "plan", str(report), "--lang", "en", *db]) == 0
        assert report.read_bytes().startswith(b"%PDF") and "a moment old" in capsys.readouterr().err
        workbook = tmp_path / "register.xlsx"
        assert main(["export", "xlsx", str(workbook), "--lang", "en", *db]) == 0
        assert workbook.stat().st_size > 0 and "a moment old" in capsys.readouterr().err
        for argv in (["dashboard", "--json"], ["plan", "health", "--json"], ["challenges", "stats"],
                     ["entity", "list"], ["cluster", "list"], ["similar", "--ref", "UPR-3-10-2"],
                     ["duplicates"], ["plan", "timeline"], ["priority", "explain", "--ref", "UPR-3-10-2"],
                     ["priority", "weights"], ["plan", "rollup", "--dry-run"],
                     ["link", "list", "UPR-3-10-2"]):
            code = main([*argv, *db])
            err = capsys.readouterr().err
            assert code == 0, (argv, err)
            assert "a moment old" in err, argv
        # a command that writes is still refused while the window holds the database
        assert main(["priority", "recompute", *db]) == 1
        assert "already open" in capsys.readouterr().err
    finally:
        child.kill()


def test_a_reader_writes_nothing_and_its_services_refuse_to_write(db_path: Path) -> None:
    before = digest(db_path)
    services = open_reader(db_path)
    try:
        assert services.recommendations.count() == 12
        with pytest.raises(DatabaseError) as refused:
            services.recommendations.create(RecommendationInput(reference="X-1", body="UPR", cycle=3,
                                                                text_en="x", text_ar="س"))
        assert refused.value.key == "db.reader_cannot_write"
        assert "only reads" in refused.value.text("en") and "للقراءة" in refused.value.text("ar")
        with pytest.raises(DatabaseError), services.context.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM recommendations")
        assert services.recommendations.count() == 12
    finally:
        services.close()
    assert digest(db_path) == before
    assert not db_path.with_name(db_path.name + ".lock").exists()


def test_a_reader_does_not_migrate_under_a_writer_and_migrates_when_the_lock_is_free(
    tmp_path: Path, capsys: Any
) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMA_0001, old)
    lock = acquire_lock(old)  # "the window of an older version" holds it
    try:
        before = digest(old)
        assert main(["--lang", "ar", "list", "--count", "--db", str(old)]) == 1
        err = capsys.readouterr().err
        assert "افتحها في البرنامج" in err and "unexpected" not in err
        assert digest(old) == before
    finally:
        lock.release()
    assert main(["list", "--count", "--db", str(old)]) == 0
    out, err = capsys.readouterr()
    assert int(out.strip()) >= 0 and "upgraded" in err
    from nrtd_desktop.db.migrate import head_revision
    from nrtd_desktop.safety.checks import read_facts

    assert read_facts(old).revision == head_revision()
