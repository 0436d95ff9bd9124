"""Many members on one server: a save against a record changed meanwhile is a conflict that
shows both values, and nothing of it is written; the copy between engines is whole."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from nrtd_desktop.db.history import Actor
from nrtd_desktop.domain.errors import NrtdError, StaleRecordError
from tests import pg_server
from tests.conftest import TODAY


def _open(url: str, name: str):  # type: ignore[no-untyped-def]
    from nrtd_desktop.app import open_services

    return open_services(url, Actor(name=name, entity="HRC"), today=TODAY)


def test_a_save_on_a_record_saved_meanwhile_shows_both_values(pg_demo_url: str) -> None:
    amal, badr = _open(pg_demo_url, "Amal"), _open(pg_demo_url, "Badr")
    try:
        record = amal.recommendations.list(limit=1)[0]
        opened_by_amal = amal.recommendations.get(record.id)
        opened_by_badr = badr.recommendations.get(record.id)
        badr.recommendations.update(record.id, {"text_en": "Badr's wording"},
                                    expected_version=opened_by_badr.version)
        with pytest.raises(StaleRecordError) as conflict:
            amal.recommendations.update(record.id, {"text_en": "Amal's wording"},
                                        expected_version=opened_by_amal.version)
        message = conflict.value.text("en")
        assert "Badr's wording" in message and "Amal's wording" in message
        assert "«Badr's wording»" in conflict.value.text("ar")
        assert amal.recommendations.get(record.id).text_en == "Badr's wording"
    finally:
        amal.close()
        badr.close()


def test_two_members_saving_at_the_same_moment_cannot_both_win(pg_demo_url: str) -> None:
    """The version check and the write are one statement (UPDATE … WHERE version = read one):
    of members who all read version v and save at once, exactly one succeeds."""
    members = [_open(pg_demo_url, f"Member {n}") for n in range(6)]
    try:
        record = members[0].recommendations.list(limit=1)[0]
        version = members[0].recommendations.get(record.id).version
        barrier = threading.Barrier(len(members))
        outcomes: list[str] = []

        def save(n: int) -> None:
            barrier.wait()
            try:
                members[n].recommendations.update(record.id, {"text_en": f"wording {n}"},
                                                  expected_version=version)
                outcomes.append("saved")
            except NrtdError as error:
                outcomes.append(error.key)

        threads = [threading.Thread(target=save, args=(n,)) for n in range(len(members))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outcomes.count("saved") == 1, outcomes
        assert all(o.startswith("record.stale") for o in outcomes if o != "saved"), outcomes
        final = members[0].recommendations.get(record.id)
        assert final.version == version + 1
    finally:
        for member in members:
            member.close()


def _nrtd(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "nrtd_desktop.cli.main", *args], capture_output=True,
                          text=True, env=env, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_sqlite_to_server_to_sqlite_gives_the_same_stats(demo_db: Path, pg_url: str, tmp_path: Path) -> None:
    back = tmp_path / "back.sqlite"
    _nrtd("db", "copy", str(demo_db), pg_url)
    _nrtd("db", "copy", pg_url, str(back))
    stats = [json.loads(_nrtd("--db", str(where), "stats", "--json")) for where in (demo_db, pg_url, back)]
    assert stats[0] == stats[1] == stats[2]
    assert stats[0]["recommendations"] == 61 and stats[0]["actions"] > 0
    # A target that holds a committee is refused, and left as it was.
    command = [sys.executable, "-m", "nrtd_desktop.cli.main", "db", "copy", str(demo_db), pg_url]
    again = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    assert again.returncode != 0 and "already holds a committee" in again.stderr
    assert json.loads(_nrtd("--db", pg_url, "stats", "--json")) == stats[0]


def test_every_table_checks_the_same_after_the_copy(demo_db: Path, pg_url: str) -> None:
    from nrtd_desktop.db.copy import check, copy_database
    from nrtd_desktop.db.engine import make_engine

    report = copy_database(demo_db, pg_url)
    engine = make_engine(demo_db)
    try:
        assert check(engine) == report
    finally:
        engine.dispose()
    assert report.rows > 1000 and len(report.tables) > 30
    assert pg_server.database_name(pg_url)
