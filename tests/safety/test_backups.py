"""Backups, thinning, restore, the atomic writer, and the location warning."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.atomic import atomic_open, atomic_write, clean_stale_temps, is_temp_name, temp_path_for
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety.backup import (
    BackupInfo,
    backup_before,
    backup_if_due,
    create_backup,
    list_backups,
    plan_thinning,
)
from nrtd_desktop.safety.location import location_warning
from nrtd_desktop.safety.restore import restore_backup
from tests.safety.conftest import add_recommendations, backups_folder, digest

NOW = datetime(2026, 11, 29, 9, 0, 0)


def _daily(days_ago: float, reason: str = "daily") -> BackupInfo:
    when = NOW - timedelta(days=days_ago)
    return BackupInfo(
        path=Path(f"nrtd-{when:%Y%m%d-%H%M%S}-{reason}.sqlite"), created=when, reason=reason, size=1
    )


def test_thinning_keeps_7_daily_4_weekly_12_monthly_and_every_manual_backup() -> None:
    backups = [_daily(d) for d in range(0, 400)] + [_daily(d + 0.5) for d in range(0, 10)]  # two a day lately
    backups += [_daily(300, "manual"), _daily(5, "manual")]
    removed = {b.path for b in plan_thinning(backups, NOW)}
    kept = [b for b in backups if b.path not in removed]
    kept_daily = sorted((b.created for b in kept if b.reason == "daily"), reverse=True)
    # the newest of each of the last 7 days...
    made = [b.created for b in backups if b.reason == "daily"]
    days = sorted({d.date() for d in made}, reverse=True)[:7]
    assert kept_daily[:7] == [max(d for d in made if d.date() == day) for day in days]
    # ...and of 4 weeks and 12 months: never more than 7 + 4 + 12 daily backups, the oldest within a year
    assert len(kept_daily) <= 7 + 4 + 12
    assert len({(d.year, d.month) for d in kept_daily}) == 12
    assert min(kept_daily) > NOW - timedelta(days=366)
    assert all(b.reason == "daily" for b in backups if b.path in removed)  # manual ones are never removed
    assert plan_thinning(kept, NOW) == []  # thinning twice changes nothing


def test_snapshots_before_operations_are_kept_30_days_and_at_least_the_10_newest() -> None:
    snapshots = [_daily(d * 10, "before-import") for d in range(20)]  # every 10 days
    removed = {b.created for b in plan_thinning(snapshots, NOW)}
    assert removed == {NOW - timedelta(days=d * 10) for d in range(10, 20)}
    recent = [_daily(d, "before-merge") for d in range(15)]
    assert plan_thinning(recent, NOW) == []  # all within 30 days


def test_a_backup_is_verified_named_listed_with_its_count_and_thinned(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    first = create_backup(db_path, "daily", folder=folder, now=NOW - timedelta(days=40))
    assert first.path.name == "nrtd-20261020-090000-daily.sqlite" and first.recommendations == 12
    with open(first.path, "rb") as handle:
        assert handle.read(16) == b"SQLite format 3\x00"
    for d in range(19, -1, -1):
        create_backup(db_path, "daily", folder=folder, now=NOW - timedelta(days=d))
    listed = list_backups(folder)
    assert [b.created for b in listed] == sorted((b.created for b in listed), reverse=True)
    assert all(b.recommendations == 12 for b in listed)
    assert listed[0].created == NOW and len(listed) < 21  # thinned as they were made
    assert listed[-1].path == first.path  # October's only backup stays, as its month's
    assert not [p for p in folder.iterdir() if is_temp_name(p.name)]
    with pytest.raises(NrtdError):
        create_backup(db_path, "because", folder=folder)


def test_daily_backup_at_start_only_when_the_last_is_older_than_a_day(db_path: Path, tmp_path: Path) -> None:
    folder = backups_folder(tmp_path)
    services = open_services(db_path)
    services.close()
    assert [b.reason for b in list_backups(folder)] == ["daily"]
    services = open_services(db_path)
    services.close()
    assert len(list_backups(folder)) == 1  # not again the same day
    assert backup_if_due(db_path, folder=folder, now=datetime.now() + timedelta(hours=25)) is not None


def test_backup_before_an_operation_is_a_named_snapshot(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    info = backup_before(services, "before-import")
    assert info.reason == "before-import" and info.path.parent == backups_folder(tmp_path)
    assert "-before-import" in info.path.name and info.recommendations == 12
    with pytest.raises(NrtdError):
        backup_before(services, "daily")


def test_the_backup_folder_from_the_settings_is_used(db_path: Path, tmp_path: Path) -> None:
    from nrtd_desktop.settings import Settings, save_settings

    save_settings(Settings(backup_folder=str(tmp_path / "usb-copy")))
    services = open_services(db_path)
    try:
        assert services.safety.backup_now().path.parent == tmp_path / "usb-copy"
    finally:
        services.close()


def test_restore_backs_up_the_current_state_first_and_checks_the_result(
    db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path, auto_backup=False)
    chosen = services.safety.backup_now()
    add_recommendations(services, "LATER", 4)
    with pytest.raises(DatabaseError) as caught:  # not while this program has it open
        restore_backup(db_path, chosen.path)
    assert caught.value.key == "db.open_here"
    services.close()

    result = restore_backup(db_path, chosen.path)
    assert result.recommendations == 12 and result.kept_aside == ()
    assert result.safety_backup is not None and result.safety_backup.recommendations == 16
    assert not db_path.with_name("nrtd.sqlite-wal").exists()
    services = open_services(db_path, auto_backup=False)
    try:
        assert services.recommendations.count() == 12
    finally:
        services.close()
    result = restore_backup(db_path, result.safety_backup.path)  # and back again
    assert result.recommendations == 16


def test_restore_refuses_a_file_that_is_not_a_good_nrtd_backup(db_path: Path, tmp_path: Path) -> None:
    before = digest(db_path)
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    for bad in (text, empty, tmp_path / "missing.sqlite"):
        with pytest.raises(NrtdError):
            restore_backup(db_path, bad)
    assert digest(db_path) == before
    assert list_backups(backups_folder(tmp_path)) == []  # refused before anything was done


def test_atomic_write_replaces_whole_or_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(OSError), atomic_open(target, "wb") as handle:
        handle.write(b"half of the new")
        raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    with atomic_write(target) as tmp:
        assert tmp.parent == tmp_path and is_temp_name(tmp.name)
        tmp.write_bytes(b"new report")
    assert target.read_bytes() == b"new report"


def test_clean_stale_temps_removes_only_temps_of_dead_processes(tmp_path: Path) -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    dead = tmp_path / f".backup.sqlite.{pid}-0123abcd.nrtd-tmp"
    dead.write_bytes(b"x")
    dead_wal = tmp_path / f".backup.sqlite.{pid}-0123abcd.nrtd-tmp-journal"
    dead_wal.write_bytes(b"x")
    live = temp_path_for(tmp_path / "export.xlsx")  # this process is still writing it
    live.write_bytes(b"x")
    other = tmp_path / ".hidden-file-of-the-user.tmp"
    other.write_bytes(b"x")
    assert sorted(clean_stale_temps(tmp_path)) == sorted([dead, dead_wal])
    assert live.exists() and other.exists()


def test_location_warning_names_network_cloud_and_removable_places(tmp_path: Path) -> None:
    mounts = [
        ("/dev/sda2", "/", "ext4"),
        ("//server/share", "/mnt/committee", "cifs"),
        ("server:/export", "/srv/nfs", "nfs4"),
        ("gvfsd-fuse", "/run/user/1000/gvfs", "fuse.gvfsd-fuse"),
        ("/dev/sdb1", "/media/amal/USB STICK", "vfat"),
    ]
    cases = {
        "/home/amal/nrtd.sqlite": None,
        "/mnt/committee/nrtd.sqlite": "network",
        "/srv/nfs/data/nrtd.sqlite": "network",
        "/run/user/1000/gvfs/smb-share/nrtd.sqlite": "network",
        "/media/amal/USB STICK/nrtd.sqlite": "removable",
        "/home/amal/OneDrive - Committee/nrtd.sqlite": "cloud",
        "/home/amal/Dropbox/nrtd.sqlite": "cloud",
        "/home/amal/Google Drive/My Drive/nrtd.sqlite": "cloud",
        "/Users/amal/Library/Mobile Documents/com~apple~CloudDocs/nrtd.sqlite": "cloud",
        "/home/amal/Dropboxes-old/nrtd.sqlite": None,
    }
    for path, kind in cases.items():
        warning = location_warning(Path(path), mounts=mounts)
        assert (warning.kind if warning else None) == kind, path
    warning = location_warning(Path("/mnt/committee/nrtd.sqlite"), mounts=mounts)
    assert "network share" in warning.text("en") and "مجلد شبكي" in warning.text("ar")
    assert location_warning(tmp_path / "nrtd.sqlite") is None  # the test's own folder is local


def test_move_to_local_copies_the_database_verified(db_path: Path, tmp_path: Path) -> None:
    from nrtd_desktop.safety.location import move_to_local

    target = move_to_local(db_path)
    assert target == tmp_path / "data" / "nrtd.sqlite"
    services = open_services(target, create=False, auto_backup=False)
    try:
        assert services.recommendations.count() == 12
    finally:
        services.close()
    with pytest.raises(NrtdError):
        move_to_local(db_path)  # never over an existing database
