"""The fault tests of docs/design/RELIABILITY.md that are not about killing: each does the harm, then checks
what a committee member would check (the data, the file, the message)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event

from nrtd_desktop.app import open_services
from nrtd_desktop.atomic import is_temp_name
from nrtd_desktop.db import migrate
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety.backup import create_backup, list_backups
from nrtd_desktop.safety.checks import check_database, read_facts
from nrtd_desktop.safety.startup import DamagedDatabaseError
from tests.safety.children import ChildReader, fork_child, say
from tests.safety.conftest import add_recommendations, backups_folder, digest
from tests.safety.test_kill import run_import


def _counts(db_path: Path) -> tuple[int, int]:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return (
            connection.execute("SELECT count(*) FROM recommendations").fetchone()[0],
            connection.execute("SELECT count(*) FROM history").fetchone()[0],
        )
    finally:
        connection.close()


# ---- disk full -------------------------------------------------------------------------------------


def test_disk_full_gives_a_clear_message_and_writes_nothing(db_path: Path) -> None:
    services = open_services(db_path, auto_backup=False)
    try:
        before = (services.recommendations.count(), _counts(db_path))
        engine = services.context.engine
        with engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        engine.dispose()  # new connections get the limit: a disk with room for ~5 more pages

        def limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 5}")

        event.listen(engine, "connect", limit)
        with pytest.raises(DatabaseError) as caught:
            run_import(services, "FULL")
        assert caught.value.key == "db.disk_full"
        assert "disk is full" in caught.value.text("en")
        assert "القرص ممتلئ" in caught.value.text("ar")
        assert (services.recommendations.count(), _counts(db_path)) == before
        event.remove(engine, "connect", limit)
        engine.dispose()
        add_recommendations(services, "AFTER-FULL", 1)  # room again: the database still works
        assert services.recommendations.count() == before[0] + 1
    finally:
        services.close()
    assert check_database(db_path, full=True).ok


# ---- a second instance, a stale lock ----------------------------------------------------------------


def test_a_second_program_is_refused_naming_the_holder(db_path: Path) -> None:
    def hold(fd: int) -> None:
        import time

        services = open_services(db_path, auto_backup=False)
        say(fd, "HOLDING")
        time.sleep(30)
        services.close()

    pid, fd = fork_child(hold)
    child = ChildReader(pid, fd)
    try:
        assert child.wait_for(lambda lines: "HOLDING" in lines, 15), child.lines
        before = digest(db_path)
        with pytest.raises(DatabaseError) as caught:
            open_services(db_path)
        message = caught.value.text("en")
        assert caught.value.key == "db.locked"
        assert f"process {pid}" in message and os.uname().nodename in message
        assert f"العملية {pid}" in caught.value.text("ar")
        assert digest(db_path) == before
        assert list_backups(backups_folder(db_path.parent.parent)) == []  # not even a backup was made
    finally:
        child.kill()


def test_a_stale_lock_from_a_dead_process_is_taken_over(db_path: Path) -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)  # a process id that is certainly dead now
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text(f'{{"host": "{os.uname().nodename}", "pid": {pid}, "user": "x", "started": "yesterday"}}')
    services = open_services(db_path, auto_backup=False)
    try:
        report = services.safety.startup
        assert report.unclean and report.check.check == "integrity_check"
        assert str(os.getpid()) in lock.read_text()
        add_recommendations(services, "AFTER-STALE", 1)
    finally:
        services.close()
    assert not lock.exists()


def test_a_lock_held_on_another_computer_is_never_broken(db_path: Path) -> None:
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text('{"host": "committee-laptop-2", "pid": 4242, "user": "amal", "started": "2026-11-28"}')
    with pytest.raises(DatabaseError) as caught:
        open_services(db_path)
    assert "committee-laptop-2" in caught.value.text("en") and "4242" in caught.value.text("en")
    assert "committee-laptop-2" in lock.read_text()


# ---- flipped bytes --------------------------------------------------------------------------------------


def _flip_page_of(db_path: Path, table: str) -> None:
    connection = sqlite3.connect(db_path)
    root, page_size = (
        connection.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0],
        connection.execute("PRAGMA page_size").fetchone()[0],
    )
    connection.close()
    with db_path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 3)  # the b-tree page header: cell count, content start
        handle.write(b"\xff\xff\xff\x0f")


def test_flipped_bytes_are_found_writes_blocked_and_the_newest_good_backup_restored(
    db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path, auto_backup=False)
    add_recommendations(services, "OLDER", 2)
    older = services.safety.backup_now()
    add_recommendations(services, "NEWER", 3)
    good = services.safety.backup_now()
    services.close()
    bad_backup = backups_folder(tmp_path) / "nrtd-29991231-235959-manual.sqlite"  # newest, but damaged
    shutil.copy2(good.path, bad_backup)
    _flip_page_of(bad_backup, "recommendations")
    _flip_page_of(db_path, "recommendations")
    damaged = digest(db_path)

    with pytest.raises(DamagedDatabaseError) as caught:
        open_services(db_path)
    error = caught.value
    assert error.result.check == "quick_check"  # the last session closed cleanly
    assert error.backup is not None and error.backup.path == good.path  # the damaged newer one is skipped
    assert f"{12 + 5} " in error.text("en") and "damaged" in error.text("en")
    assert digest(db_path) == damaged  # nothing was written to it
    with pytest.raises(DamagedDatabaseError):  # and it stays refused at every start
        open_services(db_path)
    assert digest(db_path) == damaged

    result = error.restore()
    assert result.recommendations == 12 + 5 and result.safety_backup is None
    kept = [p for p in result.kept_aside if p.name.startswith("nrtd.sqlite.damaged-")]
    assert kept and digest(kept[0]) == damaged  # the damaged file is kept, as it was
    services = open_services(db_path, auto_backup=False)
    try:
        assert services.recommendations.count() == 12 + 5
        assert older.recommendations == 14
    finally:
        services.close()


def test_damage_after_an_unclean_shutdown_is_looked_for_with_the_full_check(db_path: Path) -> None:
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text(f'{{"host": "{os.uname().nodename}", "pid": 0}}')
    _flip_page_of(db_path, "history")
    with pytest.raises(DamagedDatabaseError) as caught:
        open_services(db_path)
    assert caught.value.result.check == "integrity_check"
    assert caught.value.backup is None and "no backup" in caught.value.text("en")


# ---- not a database -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content", [b"", b"Minutes of the committee meeting\n" * 50, b"PK\x03\x04" + b"\0" * 600]
)
def test_an_empty_or_foreign_file_is_refused_and_left_as_it_was(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "nrtd.sqlite"
    path.write_bytes(content)
    for create in (True, False):
        with pytest.raises(DatabaseError) as caught:
            open_services(path, create=create)
        assert caught.value.key == "db.not_a_database"
        assert str(path) in caught.value.text("en")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == [
        "nrtd.sqlite"
    ]  # no lock, no -wal


def test_a_truncated_database_is_refused_and_left_as_it_was(db_path: Path) -> None:
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    before = digest(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_services(db_path)
    assert "damaged" in caught.value.text("en")
    assert digest(db_path) == before


# ---- migrations -----------------------------------------------------------------------------------------


def test_a_migration_failing_half_way_is_rolled_back_and_the_snapshot_kept(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_failing.py").write_text(
        textwrap.dedent(f'''
        import sqlalchemy as sa
        from alembic import op

        revision = "9999_failing"
        down_revision = "{head}"
        branch_labels = None
        depends_on = None

        def upgrade():
            op.create_table("safety_probe", sa.Column("id", sa.Integer, primary_key=True))
            with op.batch_alter_table("meta") as batch:
                batch.add_column(sa.Column("probe", sa.Text))
            op.execute("DELETE FROM recommendations")
            raise RuntimeError("the disk went away half way")

        def downgrade():
            pass
    ''')
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_failing")  # as a release adding it would
    with pytest.raises(DatabaseError) as caught:
        open_services(db_path)
    assert caught.value.key == "db.cannot_open" and "half way" in caught.value.text("en")
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = {r for (r,) in connection.execute("SELECT name FROM sqlite_master")}
        meta_columns = {row[1] for row in connection.execute("PRAGMA table_info(meta)")}
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = connection.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    finally:
        connection.close()
    assert "safety_probe" not in tables and "probe" not in meta_columns
    assert (revision, count) == (head, 12)
    snapshots = [b for b in list_backups(backups_folder(tmp_path)) if b.reason == "before-migration"]
    assert len(snapshots) == 1 and snapshots[0].recommendations == 12
    assert read_facts(snapshots[0].path).revision == head
    monkeypatch.undo()
    services = open_services(db_path, auto_backup=False)  # the program that knows the schema still opens it
    services.close()


def test_a_database_from_a_newer_version_is_refused(db_path: Path, tmp_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    connection.commit()
    connection.close()
    before = digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        open_services(db_path)
    assert caught.value.key == "db.newer_schema" and "newer version" in caught.value.text("en")
    assert digest(db_path) == before
    assert list_backups(backups_folder(tmp_path)) == []


# ---- an interrupted backup --------------------------------------------------------------------------------


def test_an_interrupted_backup_leaves_only_a_temp_file_cleaned_at_next_start(
    db_path: Path, tmp_path: Path
) -> None:
    folder = backups_folder(tmp_path)

    def back_up_slowly(fd: int) -> None:
        import time

        from nrtd_desktop.safety import backup

        def stalled_check(path, *, full):  # type: ignore[no-untyped-def]
            say(fd, "COPIED")
            time.sleep(30)

        backup.check_database = stalled_check
        backup.create_backup(db_path, "manual", folder=folder)

    pid, fd = fork_child(back_up_slowly)
    child = ChildReader(pid, fd)
    assert child.wait_for(lambda lines: "COPIED" in lines, 15), child.lines
    child.kill()
    left = sorted(p.name for p in folder.iterdir())
    assert left and all(is_temp_name(name) for name in left)  # no backup file, half-made or not
    assert list_backups(folder) == []
    services = open_services(db_path)  # the next start
    try:
        assert {p.name for p in services.safety.startup.cleaned} >= set(left)
        assert [b.reason for b in list_backups(folder)] == ["daily"]  # and the daily backup is made
        assert not any(is_temp_name(p.name) for p in folder.iterdir())
    finally:
        services.close()


def test_a_backup_that_fails_its_check_is_not_kept(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.safety import backup
    from nrtd_desktop.safety.checks import CheckResult

    monkeypatch.setattr(
        backup,
        "check_database",
        lambda path, *, full: CheckResult(path, "integrity_check", ("Page 7: btree damaged",)),
    )
    with pytest.raises(NrtdError) as caught:
        create_backup(db_path, "manual", folder=tmp_path / "bk")
    assert "Page 7" in caught.value.text("en")
    assert list((tmp_path / "bk").iterdir()) == []
