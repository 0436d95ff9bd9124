"""Backups of an encrypted database copy its encrypted pages as they are (safety/pagecopy.py), and
only a committed state: a writer that keeps writing meanwhile never tears a backup."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.db import cipher
from nrtd_desktop.safety import pagecopy
from nrtd_desktop.safety.backup import create_backup
from nrtd_desktop.safety.checks import check_database
from tests.safety.conftest import add_recommendations

PASSPHRASE = "a passphrase for the backup tests"
PAD_ROWS = 200
PAGE = 4096


def _encrypted_database(tmp_path: Path) -> tuple[Path, cipher.DatabaseKey]:
    db = tmp_path / "nrtd.sqlite"
    key = cipher.new_key(PASSPHRASE)
    services = open_services(db, key=key, auto_backup=False)
    try:
        add_recommendations(services, "UPR", 30)
    finally:
        services.close()
    return db, key


def _pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i:i + PAGE] for i in range(0, len(data), PAGE)]


def test_a_backup_of_an_encrypted_database_is_its_pages_unchanged_and_opens_with_the_passphrase(
        tmp_path: Path) -> None:
    db, _key = _encrypted_database(tmp_path)
    info = create_backup(db, "manual", folder=tmp_path / "backups")
    # Same salt, and every page after the first (whose header now says "no WAL") byte for byte the
    # database's: copied, not decrypted and encrypted again (new random IVs would change them all).
    assert cipher.salt_of(info.path) == cipher.salt_of(db)
    original, copy = _pages(db), _pages(info.path)
    assert len(copy) == len(original)
    assert copy[1:] == original[1:]
    assert copy[0][:16] == original[0][:16] and copy[0] != original[0]
    # The passphrase alone opens it (no key held), it passes integrity_check, it holds the data.
    cipher.forget_keys()
    key = cipher.derive_key(PASSPHRASE, cipher.salt_of(info.path) or b"")
    connection = cipher.connect(info.path, key)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT count(*) FROM recommendations").fetchone()[0] == 30
    finally:
        connection.close()


def test_a_backup_under_a_former_key_is_copied_under_the_current_one(tmp_path: Path) -> None:
    """A restored older backup must open with today's passphrase: no page copy then."""
    db, key = _encrypted_database(tmp_path)
    newer = cipher.DatabaseKey(cipher.derive_key("today's passphrase", key.salt).key, key.salt)
    cipher.remember_key(key)
    cipher.remember_key(newer)  # the family's current key is now another one
    assert pagecopy.copy_encrypted_pages(db, tmp_path / "copy.sqlite") is False
    assert not (tmp_path / "copy.sqlite").exists()


class _Writer(threading.Thread):
    """Commits one small transaction after another: a log row, the counter, one padding row
    rewritten, so that pages all over the file change and the log is checkpointed often."""

    def __init__(self, db: Path, key: cipher.DatabaseKey) -> None:
        super().__init__(daemon=True)
        self.db, self.key = db, key
        self.stop = threading.Event()
        self.commits = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            connection = cipher.connect(self.db, self.key, isolation_level=None, timeout=10)
            connection.execute("PRAGMA wal_autocheckpoint=8")
            while not self.stop.is_set():
                n = self.commits + 1
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("INSERT INTO w_log(n) VALUES (?)", (n,))
                connection.execute("UPDATE w_count SET n = ?", (n,))
                connection.execute("UPDATE w_pad SET n = ?, body = ? WHERE id = ?",
                                   (n, bytes([n % 251]) * 3000, n % PAD_ROWS))
                connection.execute("COMMIT")
                self.commits = n
                time.sleep(0.001)
            connection.close()
        except BaseException as exc:  # reported by the test
            self.error = exc


def _consistent(path: Path, key: cipher.DatabaseKey) -> int:
    """The copy's committed state: integrity_check passes and the writer's invariants hold."""
    connection = cipher.connect(path, key)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = connection.execute("SELECT n FROM w_count").fetchone()[0]
        assert connection.execute("SELECT count(*) FROM w_log").fetchone()[0] == count
        written = sorted(r[0] for r in connection.execute("SELECT n FROM w_pad WHERE n > 0"))
        # every padding row holds the last transaction that wrote it, none from the future
        assert written == list(range(max(1, count - PAD_ROWS + 1), count + 1))
        for n, body in connection.execute("SELECT n, body FROM w_pad WHERE n > 0"):
            assert body == bytes([n % 251]) * 3000
        return int(count)
    finally:
        connection.close()


def test_a_writer_that_keeps_writing_never_tears_a_page_copied_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, key = _encrypted_database(tmp_path)
    setup = cipher.connect(db, key, isolation_level=None)
    setup.execute("CREATE TABLE w_log (n INTEGER PRIMARY KEY)")
    setup.execute("CREATE TABLE w_count (n INTEGER NOT NULL)")
    setup.execute("INSERT INTO w_count VALUES (0)")
    setup.execute("CREATE TABLE w_pad (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, body BLOB)")
    setup.executemany("INSERT INTO w_pad VALUES (?, 0, zeroblob(3000))", [(i,) for i in range(PAD_ROWS)])
    setup.close()
    # One page at a time: each copy lasts long enough for the writer to commit and checkpoint
    # many times while it runs.
    monkeypatch.setattr(pagecopy, "_CHUNK_PAGES", 1)
    writer = _Writer(db, key)
    writer.start()
    copied, overlapped, states = 0, 0, []
    try:
        deadline = time.monotonic() + 60
        while (copied < 5 or overlapped < 3) and time.monotonic() < deadline:
            target = tmp_path / f"copy-{copied}-{overlapped}-{len(states)}.sqlite"
            before = writer.commits
            done = pagecopy.copy_encrypted_pages(db, target)
            if done:
                copied += 1
                overlapped += writer.commits > before  # the writer committed during the copy
                states.append(_consistent(target, key))
            # and the program's own backup (verified, page copy or backup API) the same
            info = create_backup(db, "manual", folder=tmp_path / "backups", thin=False)
            states.append(_consistent(info.path, key))
    finally:
        writer.stop.set()
        writer.join(10)
    assert writer.error is None, writer.error
    assert copied >= 5 and overlapped >= 3, (copied, overlapped)
    assert writer.commits > max(states) > 0
    assert check_database(db, full=True).ok


def test_without_a_wal_index_the_backup_api_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _key = _encrypted_database(tmp_path)
    monkeypatch.setattr(pagecopy, "wal_fully_backfilled", lambda _path: False)
    info = create_backup(db, "manual", folder=tmp_path / "backups")
    original, copy = _pages(db), _pages(info.path)
    assert copy[1:] != original[1:]  # encrypted again page by page (new IVs)
    assert check_database(info.path, full=True).ok


def test_the_full_check_of_an_encrypted_file_keeps_its_pages_in_the_larger_cache(tmp_path: Path) -> None:
    """integrity_check rereads index pages: on an encrypted file each reread was decrypted again."""
    from nrtd_desktop.db.engine import ENCRYPTED_CACHE_KIB
    from nrtd_desktop.safety.checks import connect_read_only, run_check

    db, _key = _encrypted_database(tmp_path)
    for full in (True, False):
        connection = connect_read_only(db)
        try:
            before = connection.execute("PRAGMA cache_size").fetchone()[0]
            assert before > -ENCRYPTED_CACHE_KIB  # SQLCipher's own default is much smaller
            assert run_check(connection, db, full=full).ok
            after = connection.execute("PRAGMA cache_size").fetchone()[0]
            # the full check: the larger cache; quick_check reads each page once and keeps the default
            assert after == (-ENCRYPTED_CACHE_KIB if full else before)
        finally:
            connection.close()


def test_a_full_check_of_a_file_with_an_unreadable_schema_reports_it(tmp_path: Path) -> None:
    """The larger cache is asked for inside the check: a damaged first page is a finding, not a crash."""
    import os
    import sqlite3

    from nrtd_desktop.safety.checks import run_check

    path = tmp_path / "damaged.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (a)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 100,)] * 2000)
    connection.commit()
    connection.close()
    data = bytearray(path.read_bytes())
    data[100:PAGE] = os.urandom(PAGE - 100)  # the schema's page, past SQLite's header
    path.write_bytes(bytes(data))
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        result = run_check(reader, path, full=True)
    finally:
        reader.close()
    assert not result.ok
    assert any("malformed" in problem for problem in result.problems)
