"""The start-up check and the daily backup beside the window (issue 11): writes wait for the
check, a failed check blocks them and writes nothing, the backup is made and verified in the
background, and after an unclean shutdown the full check still runs before anything opens."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from nrtd_desktop.app import open_services
from nrtd_desktop.atomic import is_temp_name
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.safety import background, backup
from nrtd_desktop.safety.backup import create_backup, list_backups
from nrtd_desktop.safety.checks import CheckInterrupted, Interrupter, check_database, read_facts, run_check
from nrtd_desktop.safety.gate import WritesBlockedError
from nrtd_desktop.safety.startup import DamagedDatabaseError, can_check_in_background
from tests.safety.conftest import add_recommendations, backups_folder, digest
from tests.safety.test_faults import _flip_page_of


class SlowCheck:
    """Stands in for the check: the real one, but only once the test lets it finish."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.may_finish = threading.Event()

    def __call__(self, connection: Any, path: Path, *, full: bool, interrupter: Any = None) -> Any:
        self.started.set()
        while not self.may_finish.wait(0.01):
            if interrupter is not None and interrupter.stopped:
                raise CheckInterrupted()
        return run_check(connection, path, full=full, interrupter=interrupter)


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> SlowCheck:
    fake = SlowCheck()
    monkeypatch.setattr(background, "run_check", fake)
    return fake


def _write_in_thread(services: Any, reference: str) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def write() -> None:
        try:
            add_recommendations(services, reference, 1)
            outcome.append("saved")
        except NrtdError as error:
            outcome.append(error)

    thread = threading.Thread(target=write)
    thread.start()
    return thread, outcome


def test_the_window_opens_before_the_check_and_writes_wait_until_it_passes(
    db_path: Path, slow_check: SlowCheck
) -> None:
    services = open_services(db_path, background=True, auto_backup=False)
    try:
        guard = services.safety.startup.guard
        assert guard is not None and slow_check.started.wait(5)
        assert not guard.checked  # open returned while the check still runs
        assert services.recommendations.count() == 12  # reading does not wait
        thread, outcome = _write_in_thread(services, "EARLY")
        thread.join(0.5)
        assert thread.is_alive() and outcome == []  # the write is held...
        assert services.recommendations.count() == 12  # ...and nothing of it is in the file yet
        slow_check.may_finish.set()
        thread.join(10)
        assert outcome == ["saved"]  # ...and goes through once the check passed
        assert services.recommendations.count() == 13
        assert guard.checked and services.safety.startup.check.check == "quick_check"
        assert services.safety.startup.check.ok
    finally:
        services.close()
    assert not db_path.with_name("nrtd.sqlite.lock").exists()  # a clean close


def test_a_failed_background_check_blocks_every_write_and_writes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path, auto_backup=False)
    good = services.safety.backup_now()
    services.close()
    _flip_page_of(db_path, "recommendations")
    damaged = digest(db_path)

    services = open_services(db_path, background=True, auto_backup=False)
    guard = services.safety.startup.guard
    try:
        assert guard.wait_checked(30) and guard.failed
        with pytest.raises(WritesBlockedError) as caught:
            add_recommendations(services, "AFTER-DAMAGE", 1)
        error = caught.value
        assert error.key == "db.writes_blocked"
        assert "damaged" in error.text("en") and "was not saved" in error.text("en")
        assert "تالفة" in error.text("ar") and "لم يُحفظ" in error.text("ar")
        assert error.damage.backup is not None and error.damage.backup.path == good.path  # the offer
        with pytest.raises(WritesBlockedError), services.context.engine.begin() as connection:  # no back door
            connection.execute(text("DELETE FROM recommendations"))
        assert digest(db_path) == damaged
    finally:
        services.close()
    assert digest(db_path) == damaged  # not even the close checkpointed into it
    # The lock stays marked unclean: the next start runs the full check before opening anything.
    with pytest.raises(DamagedDatabaseError) as again:
        open_services(db_path, background=True)
    assert again.value.result.check == "integrity_check"
    assert digest(db_path) == damaged
    result = again.value.restore()
    assert result.recommendations == 12 and digest(result.kept_aside[0]) == damaged


def test_a_write_waiting_when_the_check_fails_is_refused(db_path: Path, slow_check: SlowCheck) -> None:
    _flip_page_of(db_path, "recommendations")
    damaged = digest(db_path)
    services = open_services(db_path, background=True, auto_backup=False)
    try:
        assert slow_check.started.wait(5)
        thread, outcome = _write_in_thread(services, "WAITING")
        thread.join(0.3)
        assert thread.is_alive()
        slow_check.may_finish.set()
        thread.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], WritesBlockedError)
    finally:
        services.close()
    assert digest(db_path) == damaged


def test_the_daily_backup_is_made_in_the_background_once_released_and_verified(
    db_path: Path, tmp_path: Path
) -> None:
    folder = backups_folder(tmp_path)
    services = open_services(db_path, background=True)
    try:
        guard = services.safety.startup.guard
        assert guard.wait_checked(30) and guard.gate.is_open
        time.sleep(0.2)
        assert list_backups(folder) == []  # not before the window is on screen
        add_recommendations(services, "WHILE-OPEN", 2)
        guard.release_backup()
        assert guard.wait(30)
        made = services.safety.startup.daily_backup
        assert made is not None and made.reason == "daily" and made.recommendations == 14
        assert services.safety.startup.backup_error is None
        assert [b.path for b in list_backups(folder)] == [made.path]
        assert check_database(made.path, full=True).ok and read_facts(made.path).recommendations == 14
        assert not any(is_temp_name(p.name) for p in folder.iterdir())
    finally:
        services.close()


def test_the_background_backup_copes_with_writes_during_the_copy(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "STEP_PAGES", 1)  # a step per page: the writer gets between steps
    services = open_services(db_path, auto_backup=False)
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        while not stop.is_set():
            add_recommendations(services, f"W{len(written)}", 1)
            written.append(1)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 2:
            time.sleep(0.01)
        made = create_backup(db_path, "daily", folder=tmp_path / "bk", interrupter=Interrupter())
    finally:
        stop.set()
        writer.join(10)
        services.close()
    assert check_database(made.path, full=True).ok
    assert 12 + 2 <= made.recommendations <= 12 + len(written)  # one consistent moment of the writes


def test_a_failed_background_backup_is_reported_and_the_database_still_works(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        raise NrtdError("backup.failed", path="/backups/nrtd.sqlite", reason="No space left on device")

    monkeypatch.setattr(background, "backup_if_due", full_disk)
    services = open_services(db_path, background=True)
    try:
        guard = services.safety.startup.guard
        guard.release_backup()
        assert guard.wait(30)
        error = services.safety.startup.backup_error
        assert error is not None and "No space left" in error.text("en")
        add_recommendations(services, "AFTER", 1)
        assert services.recommendations.count() == 13
    finally:
        services.close()


def test_closing_during_the_check_stops_it_at_once_and_leaves_a_clean_lock(
    db_path: Path, slow_check: SlowCheck
) -> None:
    before = digest(db_path)
    services = open_services(db_path, background=True)
    guard = services.safety.startup.guard
    assert slow_check.started.wait(5)
    started = time.perf_counter()
    services.close()
    assert time.perf_counter() - started < 2
    assert guard.cancelled and not guard.failed and guard.finished
    assert not db_path.with_name("nrtd.sqlite.lock").exists()  # nothing was written: a clean close
    assert digest(db_path) == before
    assert list_backups(backups_folder(db_path.parent.parent)) == []


def test_after_an_unclean_shutdown_the_full_check_runs_before_anything_opens(
    db_path: Path, slow_check: SlowCheck
) -> None:
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text(f'{{"host": "{os.uname().nodename}", "pid": 0}}')
    services = open_services(db_path, background=True)
    try:
        report = services.safety.startup
        assert not slow_check.started.is_set()  # no background check...
        assert report.unclean and report.check.check == "integrity_check" and report.check.ok  # ...a full one
        assert services.context.write_gate.is_open
        add_recommendations(services, "AFTER-CRASH", 1)  # writes are not held
        assert report.daily_backup is None  # the daily backup still waits for the window
        report.guard.release_backup()
        assert report.guard.wait(30) and report.daily_backup.recommendations == 13
    finally:
        services.close()

    lock.write_text(f'{{"host": "{os.uname().nodename}", "pid": 0}}')
    _flip_page_of(db_path, "history")
    damaged = digest(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_services(db_path, background=True)
    assert caught.value.result.check == "integrity_check" and digest(db_path) == damaged


def test_a_database_to_migrate_or_a_new_one_is_checked_before_opening(db_path: Path, tmp_path: Path) -> None:
    assert can_check_in_background(db_path, unclean=False)
    assert not can_check_in_background(db_path, unclean=True)
    assert not can_check_in_background(tmp_path / "new.sqlite", unclean=False)
    import sqlite3

    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0003_exchange_sync'")
    connection.commit()
    connection.close()
    assert not can_check_in_background(db_path, unclean=False)  # a migration writes: check first
    created = open_services(tmp_path / "new.sqlite", background=True)
    try:
        assert created.safety.startup.guard is None and created.context.write_gate.is_open
    finally:
        created.close()


def test_a_failed_check_leaves_the_damaged_file_and_its_wal_as_they_were(
    db_path: Path, tmp_path: Path
) -> None:
    """A crash left changes in the WAL and someone deleted the lock file (so the start looks
    clean): closing after the failed check must not checkpoint the WAL into the damaged file."""
    import shutil
    import sqlite3

    crashed = tmp_path / "crashed" / "nrtd.sqlite"
    crashed.parent.mkdir()
    live = sqlite3.connect(db_path, isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("INSERT INTO meta (key, value) VALUES ('crash-note', '1')")  # a frame in the WAL
    root = live.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history'").fetchone()[0]
    page_size = live.execute("PRAGMA page_size").fetchone()[0]
    shutil.copy2(db_path, crashed)  # the state a crash leaves: main file + WAL, no clean close
    shutil.copy2(db_path.with_name("nrtd.sqlite-wal"), crashed.with_name("nrtd.sqlite-wal"))
    live.close()
    with crashed.open("r+b") as handle:  # as _flip_page_of, without opening it (that would checkpoint)
        handle.seek((root - 1) * page_size + 3)
        handle.write(b"\xff\xff\xff\x0f")
    wal = crashed.with_name("nrtd.sqlite-wal")
    before = (digest(crashed), digest(wal))
    assert wal.stat().st_size > 0

    services = open_services(crashed, background=True, auto_backup=False)
    try:
        assert services.safety.startup.guard.wait_checked(30) and services.safety.startup.guard.failed
        services.recommendations.count()  # the window reads meanwhile
    finally:
        services.close()
    assert (digest(crashed), digest(wal)) == before


def test_a_held_check_waits_for_the_window_to_paint_and_writes_wait_with_it(
    db_path: Path, slow_check: SlowCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's start holds the check until its first rows are painted (issue 25): reading
    the whole file competed with the first paint. Writes wait for the check all the while."""
    services = open_services(db_path, background=True, auto_backup=False, hold_check=True)
    try:
        guard = services.safety.startup.guard
        assert not slow_check.started.wait(0.5)  # held: not begun
        assert services.recommendations.count() == 12  # reading does not wait
        thread, outcome = _write_in_thread(services, "HELD")
        thread.join(0.3)
        assert thread.is_alive() and outcome == []
        guard.release_check()  # the window has painted
        assert slow_check.started.wait(5)
        slow_check.may_finish.set()
        thread.join(10)
        assert outcome == ["saved"] and guard.checked and services.safety.startup.check.ok
    finally:
        services.close()


def test_a_held_check_that_nothing_releases_still_runs(
    db_path: Path, slow_check: SlowCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes wait for the check: it may not wait for a window that never paints."""
    monkeypatch.setattr(background, "HOLD_CHECK_S", 0.2)
    services = open_services(db_path, background=True, auto_backup=False, hold_check=True)
    try:
        assert slow_check.started.wait(5)
        slow_check.may_finish.set()
        assert services.safety.startup.guard.wait_checked(10) and services.safety.startup.check.ok
    finally:
        services.close()
