"""A lost laptop gives nothing away: the database, its WAL, backups and snapshots encrypted.

The test a person would make: write a known Arabic sentence, then look for it in every byte the
program left on the disk. On a plain database it is there (the same test, so the search can
find it); on an encrypted one it is in none.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from nrtd_desktop.app import open_reader, open_services
from nrtd_desktop.db import cipher
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.exporters.xlsx import ExportOptions
from nrtd_desktop.safety import encryption, keystore, recovery, unlock
from nrtd_desktop.safety.backup import backup_before, create_backup, list_backups
from nrtd_desktop.safety.checks import check_database, read_facts
from nrtd_desktop.safety.restore import restore_backup
from nrtd_desktop.services.imports import ImportRequest
from tests.safety.children import ChildReader, fork_child, say
from tests.safety.conftest import backups_folder

SENTENCE = "تلتزم اللجنة بحماية المدافعين عن حقوق الإنسان في السجون السرية"
PASSPHRASE = "سماء زرقاء فوق الرياض ٢٠٢٦"
NEW_PASSPHRASE = "a different long passphrase"
SCHEMAS = Path(__file__).parents[1] / "db" / "schemas"


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring standing in for the operating system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Any:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _recommendation(reference: str, text_ar: str = "نص توصية") -> RecommendationInput:
    return RecommendationInput(reference=reference, body="UPR", cycle=4,
                               text_en=f"Recommendation {reference}", text_ar=text_ar)


def _files_left(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _holding(paths: list[Path], needles: list[bytes]) -> list[str]:
    return [f"{p.name}: {n.decode('utf-8', 'replace')}"
            for p in paths for n in needles if n in p.read_bytes()]


def _needles() -> list[bytes]:
    """The sentence, each of its longer words and their stems (what the search index and the
    similarity cache keep), in UTF-8 (SQLite's text) and the sentence in UTF-16."""
    from nrtd_desktop.domain.stemming import stem_text

    words = [w for w in SENTENCE.split() if len(w) >= 5]
    stems = [s for s in stem_text(SENTENCE).split() if len(s) >= 4]
    assert stems  # the analysis does make stems of this sentence
    return [SENTENCE.encode("utf-8"), SENTENCE.encode("utf-16-le"),
            *(w.encode("utf-8") for w in [*words, *stems])]


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_known_arabic_sentence_is_in_no_byte_of_an_encrypted_database_wal_backups_or_snapshots(
        tmp_path: Path, encrypted: bool) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    db = folder / "nrtd.sqlite"
    # An older schema, so that opening it migrates and takes the before-migration snapshot.
    shutil.copyfile(SCHEMAS / "0001.sqlite", db)
    key = None
    if encrypted:
        result = encryption.encrypt_database(db, PASSPHRASE)
        key = result.key
        assert not cipher.is_plain(db)
    services = open_services(db)
    try:
        services.recommendations.create(_recommendation("UPR-4-1", SENTENCE))
        exported = folder / "register.xlsx"
        services.imports.export_xlsx(exported, ExportOptions(lang="ar"))
        exported.unlink()  # a person's own export is theirs to keep or protect (see test_protected_exports)
        backup_before(services, "before-merge")
        create_backup(services, "manual")
        services.similarity.index_info()  # the similarity cache, written beside the database
        assert list((folder / "cache").glob("*.similarity.zip"))
        # The database stays open: its -wal holds the last writes and its -shm is there.
        assert (folder / "nrtd.sqlite-wal").stat().st_size > 0
        assert (folder / "nrtd.sqlite-shm").exists()
        on_disk = _files_left(tmp_path)
        held = _holding(on_disk, _needles())
        if encrypted:
            assert held == [], held
        else:
            assert any("nrtd.sqlite" in h for h in held)  # the live file or its WAL
            assert any("similarity" in h for h in held)  # the cache keeps the words' stems
        # The snapshots and backups the program made are all there and each is read by the program.
        backups = list_backups(backups_folder(tmp_path))
        reasons = {b.reason for b in backups}
        assert {"before-migration", "before-merge", "manual"} <= reasons
        for backup in backups:
            assert cipher.is_plain(backup.path) is (not encrypted)
            holds = _holding([backup.path], [SENTENCE.encode("utf-8")])
            if backup.reason == "before-migration":
                assert holds == []  # taken before the sentence was written
            else:
                assert bool(holds) is (not encrypted), backup.path.name
        # The search index (FTS5) finds it on both.
        assert services.recommendations.count(RecommendationFilter(search="المدافعين السجون")) == 1
    finally:
        services.close()
    if encrypted:
        # The database closed: still nothing in any file, and without the key nothing opens.
        assert _holding(_files_left(tmp_path), _needles()) == []
        cipher.forget_keys()
        with pytest.raises(DatabaseError) as caught:
            open_services(db)
        assert caught.value.key == "db.encrypted_locked"
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(db).execute("SELECT count(*) FROM recommendations").fetchone()
        assert key is not None


def test_the_passphrase_opens_it_and_a_wrong_one_is_refused_with_a_growing_delay(tmp_path: Path) -> None:
    db = tmp_path / "nrtd.sqlite"
    open_services(db, key=cipher.new_key(PASSPHRASE)).close()
    cipher.forget_keys()
    assert unlock.needs_unlock(db)
    with pytest.raises(DatabaseError) as first:
        unlock.with_passphrase(db, "not the passphrase at all")
    assert first.value.key == "unlock.wrong_wait"
    assert "Caps Lock" in first.value.text("en") and "لوحة المفاتيح" in first.value.text("ar")
    salt = cipher.salt_of(db)
    assert salt is not None
    # At once again: refused without even trying, and told how long to wait.
    with pytest.raises(DatabaseError) as waiting:
        unlock.with_passphrase(db, PASSPHRASE)
    assert waiting.value.key == "unlock.wait"
    delays = [unlock.delay_after(n) for n in range(1, 9)]
    assert delays == sorted(delays) and delays[0] >= 1 and delays[-1] == unlock.MAX_DELAY_S
    assert unlock.failures(salt) == 1
    time.sleep(unlock.wait_remaining(salt) + 0.05)
    with pytest.raises(DatabaseError):
        unlock.with_passphrase(db, "still not the passphrase")
    assert unlock.failures(salt) == 2 and unlock.wait_remaining(salt) > 1.0  # longer than the first
    time.sleep(unlock.wait_remaining(salt) + 0.05)
    opened = unlock.with_passphrase(db, PASSPHRASE)
    assert opened.source == "passphrase" and unlock.failures(salt) == 0
    services = open_services(db)
    services.close()


def test_the_delay_survives_closing_the_program(tmp_path: Path) -> None:
    db = tmp_path / "nrtd.sqlite"
    open_services(db, key=cipher.new_key(PASSPHRASE)).close()
    cipher.forget_keys()
    with pytest.raises(DatabaseError):
        unlock.with_passphrase(db, "wrong wrong wrong")
    unlock._memory.clear()  # what a new process knows: only the configuration folder
    salt = cipher.salt_of(db)
    assert salt is not None and unlock.wait_remaining(salt) > 0


def test_remember_on_this_computer_keeps_the_key_not_the_passphrase(tmp_path: Path,
                                                                    memory_keyring: Any) -> None:
    db = tmp_path / "nrtd.sqlite"
    open_services(db, key=cipher.new_key(PASSPHRASE)).close()
    cipher.forget_keys()
    unlock.with_passphrase(db, PASSPHRASE, remember=True)
    stored = " ".join(memory_keyring.entries.values())
    assert PASSPHRASE not in stored and stored
    cipher.forget_keys()
    opened = unlock.without_asking(db)
    assert opened is not None and opened.source == "keyring"
    open_services(db).close()


def test_without_a_keyring_service_it_says_so_and_still_opens(tmp_path: Path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        db = tmp_path / "nrtd.sqlite"
        open_services(db, key=cipher.new_key(PASSPHRASE)).close()
        cipher.forget_keys()
        assert unlock.from_keyring(db) is None
        unlock.with_passphrase(db, PASSPHRASE, remember=True)  # no error: the passphrase still works
        state = keystore.availability()
        assert not state.ok
        message = NrtdError("keystore.unavailable", reason=state.reason)
        assert "asked at each start" in message.text("en") and "عند كل تشغيل" in message.text("ar")
    finally:
        keyring.set_keyring(previous)


def test_the_environment_passphrase_opens_it_for_the_command_line(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "nrtd.sqlite"
    open_services(db, key=cipher.new_key(PASSPHRASE)).close()
    cipher.forget_keys()
    assert unlock.without_asking(db) is None
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    opened = unlock.without_asking(db)
    assert opened is not None and opened.source == "environment"


def _encrypted_with_backups(tmp_path: Path) -> tuple[Path, encryption.ConversionResult]:
    db = tmp_path / "db" / "nrtd.sqlite"
    db.parent.mkdir()
    services = open_services(db)
    services.recommendations.create(_recommendation("UPR-4-1", SENTENCE))
    services.close()
    create_backup(db, "manual")
    result = encryption.encrypt_database(db, PASSPHRASE)
    return db, result


def test_a_plain_database_is_converted_with_its_backups_and_keeps_every_record(tmp_path: Path) -> None:
    db = tmp_path / "db" / "nrtd.sqlite"
    db.parent.mkdir()
    services = open_services(db)
    for n in range(25):
        services.recommendations.create(_recommendation(f"UPR-4-{n}", f"{SENTENCE} {n}"))
    services.close()
    create_backup(db, "manual")
    with pytest.raises(DatabaseError):
        encryption.encrypt_database(db, "short")  # a passphrase too short changes nothing
    assert cipher.is_plain(db)
    result = encryption.encrypt_database(db, PASSPHRASE)
    assert result.recovery is not None and result.recovery.text.startswith("NRTD-")
    assert result.backups and all(not cipher.is_plain(b) for b in result.backups)
    assert _holding(_files_left(tmp_path), _needles()) == []
    assert read_facts(db).recommendations == 25
    assert check_database(db, full=True).ok
    with pytest.raises(NrtdError) as again:
        encryption.encrypt_database(db, PASSPHRASE)
    assert again.value.key == "encryption.already"
    # And back: plain again, the backups too, the records all there.
    back = encryption.decrypt_database(db)
    assert cipher.is_plain(db) and all(cipher.is_plain(b) for b in back.backups)
    assert not any(p.name.endswith(recovery.ESCROW_SUFFIX) for p in _files_left(tmp_path))
    cipher.forget_keys()
    assert read_facts(db).recommendations == 25
    assert _holding([db], [SENTENCE.encode("utf-8")])


def test_a_conversion_that_fails_its_check_leaves_the_plain_file_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "db" / "nrtd.sqlite"
    db.parent.mkdir()
    services = open_services(db)
    services.recommendations.create(_recommendation("UPR-4-1", SENTENCE))
    services.close()

    original = cipher.export_copy

    def copy_losing_rows(source: Path, destination: Path, old: Any, new: Any) -> None:
        original(source, destination, old, new)
        _drop_rows(destination, new)

    monkeypatch.setattr(cipher, "export_copy", copy_losing_rows)
    before = db.read_bytes()
    with pytest.raises(NrtdError) as caught:
        encryption.encrypt_database(db, PASSPHRASE)
    assert caught.value.key == "encryption.check_failed"
    assert cipher.is_plain(db) and read_facts(db).recommendations == 1
    assert check_database(db, full=True).ok and len(db.read_bytes()) >= len(before) // 2
    assert [p.name for p in db.parent.iterdir() if ".nrtd-tmp" in p.name] == []


def _drop_rows(path: Path, key: Any) -> None:
    connection = cipher.connect(path, key, isolation_level=None)
    try:
        connection.execute("DELETE FROM recommendation_fts")
        connection.execute("DELETE FROM meta WHERE key = 'site_id'")
    finally:
        connection.close()


def test_a_change_of_passphrase_rekeys_and_older_backups_still_restore(tmp_path: Path,
                                                                       memory_keyring: Any) -> None:
    db, _result = _encrypted_with_backups(tmp_path)
    unlock.with_passphrase(db, PASSPHRASE, remember=True)
    services = open_services(db)
    with pytest.raises(NrtdError) as wrong:
        encryption.change_passphrase(services, "not the current one", NEW_PASSPHRASE)
    assert wrong.value.key == "encryption.wrong_current"
    old_bytes = db.read_bytes()[:8192]
    encryption.change_passphrase(services, PASSPHRASE, NEW_PASSPHRASE)
    services.recommendations.create(_recommendation("UPR-4-2"))  # the open window goes on writing
    services.close()
    assert db.read_bytes()[:16] == old_bytes[:16]  # same salt: the same family
    assert db.read_bytes()[16:8192] != old_bytes[16:8192]  # every page re-encrypted
    cipher.forget_keys()
    with pytest.raises(DatabaseError):
        unlock.with_passphrase(db, PASSPHRASE)  # the old passphrase no longer opens it
    salt = cipher.salt_of(db)
    assert salt is not None
    time.sleep(unlock.wait_remaining(salt) + 0.05)
    unlock.with_passphrase(db, NEW_PASSPHRASE)
    services = open_services(db)
    services.close()
    # The backup of before the change (former key) is listed, checked and restored, and the
    # restored database opens with today's passphrase.
    older = [b for b in list_backups(backups_folder(tmp_path)) if b.reason == "manual"]
    assert older and older[-1].recommendations == 1
    restore_backup(db, older[-1].path)
    cipher.forget_keys()
    unlock.with_passphrase(db, NEW_PASSPHRASE)
    services = open_services(db)
    assert services.recommendations.count() == 1
    services.close()
    # The keyring entry followed the change.
    cipher.forget_keys()
    opened = unlock.from_keyring(db)
    assert opened is not None and opened.key == cipher.derive_key(NEW_PASSPHRASE, salt)


def test_the_recovery_key_opens_it_after_the_passphrase_is_forgotten_and_changed(tmp_path: Path) -> None:
    db, result = _encrypted_with_backups(tmp_path)
    assert result.recovery is not None
    printed = result.recovery.text
    services = open_services(db)
    encryption.change_passphrase(services, PASSPHRASE, NEW_PASSPHRASE)
    services.close()
    cipher.forget_keys()
    with pytest.raises(NrtdError) as bad:
        unlock.with_recovery_key(db, "NRTD-AAAA-BBBB", backup_folder=backups_folder(tmp_path))
    assert bad.value.key == "recovery.bad_text"
    other = recovery.RecoveryKey.new().text
    with pytest.raises(NrtdError) as wrong:
        unlock.with_recovery_key(db, other, backup_folder=backups_folder(tmp_path))
    assert wrong.value.key == "recovery.wrong_key"
    typed = printed.lower().replace("-", " ")  # typed by hand from the paper
    opened = unlock.with_recovery_key(db, typed, backup_folder=backups_folder(tmp_path))
    assert opened.source == "recovery"
    # The escrow beside the database lost: the copy in the backup folder still serves.
    (db.parent / (db.name + recovery.ESCROW_SUFFIX)).unlink()
    cipher.forget_keys()
    unlock.with_recovery_key(db, printed, backup_folder=backups_folder(tmp_path))
    services = open_services(db)
    encryption.change_passphrase(services, NEW_PASSPHRASE, "the member chose a third one")
    services.close()


def test_readers_checks_restore_and_lock_work_on_an_encrypted_database(tmp_path: Path) -> None:
    db, _result = _encrypted_with_backups(tmp_path)

    def hold(fd: int) -> None:  # the window of another program, the key held there
        services = open_services(db, auto_backup=False)
        services.recommendations.create(_recommendation("UPR-4-2"))
        say(fd, "HOLDING")
        time.sleep(30)
        services.close()

    pid, fd = fork_child(hold)
    child = ChildReader(pid, fd)
    try:
        assert child.wait_for(lambda lines: "HOLDING" in lines, 15), child.lines
        with pytest.raises(DatabaseError) as second:
            open_services(db)
        assert second.value.key == "db.locked" and f"process {pid}" in second.value.text("en")
        reader = open_reader(db)  # beside the writer, read-only, with the key held here
        try:
            assert reader.recommendations.count() == 2
            assert reader.safety.reader.writer is not None
        finally:
            reader.close()
    finally:
        child.kill()
    assert check_database(db, full=True).ok
    newest = list_backups(backups_folder(tmp_path))[0]
    result = restore_backup(db, newest.path)
    assert result.recommendations in (1, 2) and not cipher.is_plain(db)
    assert any(b.reason == "before-restore" and not cipher.is_plain(b.path)
               for b in list_backups(backups_folder(tmp_path)))


def test_a_damaged_encrypted_database_offers_its_newest_backup(tmp_path: Path) -> None:
    from nrtd_desktop.safety.startup import DamagedDatabaseError

    db, _result = _encrypted_with_backups(tmp_path)
    open_services(db).close()
    create_backup(db, "manual")
    data = bytearray(db.read_bytes())
    page = 4096 * 3
    data[page + 100:page + 140] = bytes(40)  # a flipped page fails its HMAC
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_services(db)
    assert caught.value.backup is not None
    restored = caught.value.restore()
    assert restored.recommendations == 1 and restored.kept_aside
    open_services(db).close()


def test_fts5_is_compiled_into_the_bundled_sqlcipher_and_temporary_files_stay_in_memory(
        tmp_path: Path) -> None:
    assert cipher.has_fts5()
    connection = cipher.connect(":memory:", cipher.new_key(PASSPHRASE))
    version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    options = {row[0] for row in connection.execute("PRAGMA compile_options")}
    connection.close()
    assert version.startswith("4.")
    # SQLite's temporary files (sorts, temporary tables, a VACUUM's copy) would hold plain pages
    # outside the database: the program's connections keep them in memory.
    assert "TEMP_STORE=2" in options
    services = open_services(tmp_path / "nrtd.sqlite", key=cipher.new_key(PASSPHRASE))
    try:
        with services.context.engine.connect() as program_connection:
            assert program_connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
    finally:
        services.close()


def test_an_encrypted_database_keeps_its_larger_page_cache_after_an_import(tmp_path: Path) -> None:
    """Every page read from an encrypted file is decrypted: its connections keep a larger cache
    (``db/engine.ENCRYPTED_CACHE_KIB``), which an import's own cache must not shrink afterwards."""
    from nrtd_desktop.db.engine import ENCRYPTED_CACHE_KIB, PLAIN_CACHE_KIB

    source = open_services(tmp_path / "source.sqlite")
    source.recommendations.create(_recommendation("UPR-4-9", SENTENCE))
    workbook = tmp_path / "register.xlsx"
    source.imports.export_xlsx(workbook, ExportOptions(lang="ar"))
    source.close()
    for key, expected in ((cipher.new_key(PASSPHRASE), ENCRYPTED_CACHE_KIB), (None, PLAIN_CACHE_KIB)):
        folder = tmp_path / ("encrypted" if key else "plain")
        folder.mkdir()
        services = open_services(folder / "nrtd.sqlite", key=key)
        try:
            services.imports.run(ImportRequest((workbook,)))
            engine = services.context.engine
            sizes = set()
            for _ in range(engine.pool.size() + 1):  # every pooled connection, the import's among them
                with engine.connect() as connection:
                    sizes.add(connection.exec_driver_sql("PRAGMA cache_size").scalar())
            assert sizes == {-expected}, (key, sizes)
        finally:
            services.close()


def test_an_import_into_an_encrypted_database_snapshots_it_encrypted(tmp_path: Path) -> None:
    source = open_services(tmp_path / "source.sqlite")
    source.recommendations.create(_recommendation("UPR-4-9", SENTENCE))
    workbook = tmp_path / "register.xlsx"
    source.imports.export_xlsx(workbook, ExportOptions(lang="ar"))
    source.close()
    db = tmp_path / "nrtd.sqlite"
    target = open_services(db, key=cipher.new_key(PASSPHRASE))
    try:
        outcome = target.imports.run(ImportRequest((workbook,)))
        assert outcome is not None
        assert target.recommendations.count(RecommendationFilter(search="المدافعين")) == 1
    finally:
        target.close()
    snapshots = [b for b in list_backups(backups_folder(tmp_path)) if b.reason == "before-import"]
    assert snapshots and all(not cipher.is_plain(b.path) for b in snapshots)
    assert _holding([db, *[b.path for b in snapshots]], [SENTENCE.encode("utf-8")]) == []


def test_a_server_database_is_said_to_rely_on_the_servers_protections() -> None:
    class _Dialect:
        name = "postgresql"

    class _Engine:
        dialect = _Dialect()

    class _Context:
        engine = _Engine()

    class _Services:
        context = _Context()

    with pytest.raises(NrtdError) as caught:
        encryption.change_passphrase(_Services(), PASSPHRASE, NEW_PASSPHRASE)
    assert caught.value.key == "encryption.server"
    assert "TLS" in caught.value.text("en") and "الخادم" in caught.value.text("ar")
