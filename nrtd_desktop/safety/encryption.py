"""Encrypting a plain database, decrypting one, and changing the passphrase.

Converting (``nrtd encrypt|decrypt``, the window's Security menu): under the database's lock,
with the program's own connections closed. The file is checked in full, its WAL folded in, then
copied with SQLCipher's ``sqlcipher_export`` into a temporary file beside it (``atomic.py``),
which is checked (``integrity_check``) and compared table by table with the original; only then
is it renamed over the original, so the plain file disappears only once the encrypted copy is
verified, and a crash at any moment leaves one whole database. The backups and snapshots of the
database in the backup folder are converted the same way, one by one (a plain backup left behind
would give away what the encryption hides).

Changing the passphrase is a real rekey (``PRAGMA rekey``: every page re-encrypted in one
transaction), done on the open database. The former key is kept *inside* the database (meta
``former_keys``, encrypted with the new key) so that backups made before the change still open
once the database is unlocked; it is sealed to the recovery key too.

What no program can do: erase the blocks of the plain file on an SSD (wear levelling keeps old
copies). The closing note and docs/encryption.md say so: full-disk encryption (BitLocker,
FileVault, LUKS) is the complement for a laptop that held the plain database before.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nrtd_desktop.atomic import atomic_write, fsync_folder
from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DRIVER_ERRORS, DatabaseKey
from nrtd_desktop.domain.errors import DatabaseError, NrtdError
from nrtd_desktop.safety import keystore, recovery, unlock
from nrtd_desktop.safety.lock import acquire_lock, held_here

log = logging.getLogger(__name__)

META_FORMER_KEYS = "former_keys"
SIDE_FILES = ("-wal", "-shm")

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "encryption.already": (
        "'{path}' is already encrypted.",
        "الملف «{path}» مشفّر من قبل.",
    ),
    "encryption.server": (
        "This database is on a server ({dialect}): this program does not encrypt it. It relies on the "
        "server's own protections: its encrypted disk, its accounts and an encrypted connection (TLS).",
        "قاعدة البيانات هذه على خادم ({dialect}): لا يشفّرها هذا البرنامج، بل تعتمد على وسائل حماية الخادم "
        "نفسه: قرصه المشفّر وحساباته واتصال مشفّر (TLS).",
    ),
    "encryption.exists": (
        "'{path}' already exists: encrypt it with 'nrtd encrypt' instead.",
        "الملف «{path}» موجود من قبل: شفّره بالأمر 'nrtd encrypt' بدلاً من ذلك.",
    ),
    "encryption.not_encrypted": (
        "'{path}' is not encrypted.",
        "الملف «{path}» غير مشفّر.",
    ),
    "encryption.check_failed": (
        "The {what} copy of '{path}' did not pass its check ({problems}); the original is kept as it was.",
        "لم تجتز النسخة {what} من «{path}» الفحص ({problems})؛ بقي الأصل كما كان.",
    ),
    "encryption.wrong_current": (
        "The current passphrase is not right: the passphrase was not changed.",
        "عبارة المرور الحالية غير صحيحة: لم تُغيَّر عبارة المرور.",
    ),
    "encryption.done": (
        "'{path}' is encrypted ({backups} backups and snapshots too).",
        "شُفّر «{path}» (ومعه {backups} من النسخ الاحتياطية واللقطات).",
    ),
    "encryption.decrypted": (
        "'{path}' is no longer encrypted ({backups} backups and snapshots too). Anyone who has the file "
        "can now read it.",
        "لم يعد «{path}» مشفّراً (ومعه {backups} من النسخ الاحتياطية واللقطات). يستطيع الآن كل من يملك "
        "الملف قراءته.",
    ),
    "encryption.left_plain": (
        "Not encrypted: {names} beside the database, copies of a damaged database kept aside by a "
        "restore. They are plain: delete them once they are no longer needed.",
        "لم يُشفَّر: {names} بجانب قاعدة البيانات، وهي نسخ من قاعدة بيانات تالفة احتُفظ بها عند استعادة "
        "سابقة. إنها غير مشفّرة: احذفها متى لم تعد بحاجة إليها.",
    ),
    "encryption.changed": (
        "The passphrase of '{path}' was changed.",
        "غُيّرت عبارة المرور لـ «{path}».",
    ),
}

# What a backup's conversion may meet: it is then skipped and named, the others go on.
_CONVERT_ERRORS: tuple[type[Exception], ...] = (NrtdError, OSError, *DRIVER_ERRORS)


@dataclass(frozen=True)
class ConversionResult:
    db_path: Path
    key: DatabaseKey | None  # None after decrypting
    recovery: recovery.RecoveryKey | None  # shown once, never stored by the program
    backups: tuple[Path, ...] = ()  # the backups and snapshots converted too
    escrow: tuple[Path, ...] = ()
    remembered: keystore.KeystoreResult | None = None
    skipped: tuple[str, ...] = field(default_factory=tuple)  # backups left as they were, and why
    left_plain: tuple[Path, ...] = ()  # damaged copies a restore kept aside: plain, for the person to delete


# ---- helpers ---------------------------------------------------------------------------------------

def _fold_wal(path: Path, key: DatabaseKey | None) -> None:
    """Put the WAL's pages into the file and leave it in rollback mode with no side files."""
    connection = cipher.connect(path, key, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()
    for suffix in SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _table_counts(path: Path, key: DatabaseKey | None) -> dict[str, int]:
    connection = cipher.connect(cipher.read_only_uri(path), key, uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def _verify_copy(original: Path, original_key: DatabaseKey | None, copy: Path, copy_key: DatabaseKey | None,
                 what: str) -> None:
    """The copy passes ``integrity_check`` and holds every table with the original's rows."""
    connection = cipher.connect(cipher.read_only_uri(copy), copy_key, uri=True)
    try:
        rows = connection.execute("PRAGMA integrity_check(20)").fetchall()
    except DRIVER_ERRORS as exc:
        rows = [(str(exc),)]
    finally:
        connection.close()
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    if not problems and _table_counts(original, original_key) != _table_counts(copy, copy_key):
        problems.append("the number of rows differs")
    if problems:
        raise NrtdError("encryption.check_failed", what=what, path=str(original),
                        problems="; ".join(problems[:3]))


def _convert_file(path: Path, old: DatabaseKey | None, new: DatabaseKey | None, what: str,
                  extra: dict[str, Any] | None = None) -> None:
    """Replace ``path`` by a verified copy under ``new`` (atomic; the original whole until then)."""
    _fold_wal(path, old)
    with atomic_write(path) as tmp:
        cipher.export_copy(path, tmp, old, new)
        _verify_copy(path, old, tmp, new, what)
        if extra:  # after the comparison, which counts the rows of meta too
            _write_meta(tmp, new, extra)
    fsync_folder(path.parent)


def _write_meta(path: Path, key: DatabaseKey | None, values: dict[str, Any]) -> None:
    connection = cipher.connect(path, key, isolation_level=None)
    try:
        for name, value in values.items():
            if value is None:
                connection.execute("DELETE FROM meta WHERE key = ?", (name,))
            else:
                connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                   (name, json.dumps(value)))
    finally:
        connection.close()


def _read_meta(connection: Any, name: str) -> Any:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return None


def _backups_of(db_path: Path, folder: Path | None) -> list[Path]:
    from nrtd_desktop.safety.backup import backup_folder, list_backups

    folder = Path(folder) if folder is not None else backup_folder()
    return [b.path for b in list_backups(folder, db_path.stem, with_counts=False)]


def _closed_here(db_path: Path) -> None:
    if held_here(db_path):
        raise DatabaseError("db.open_here", path=str(db_path))


# ---- encrypt / decrypt -------------------------------------------------------------------------------

def encrypt_database(db_path: Path, passphrase: str, *, backup_folder: Path | None = None,
                     remember: bool = False) -> ConversionResult:
    """Encrypt the plain database at ``db_path`` (closed) and its backups with ``passphrase``.

    Returns the recovery key to show once. Raises before changing anything when the passphrase is
    too short, the file is not plain, the database is open, or its check fails."""
    from nrtd_desktop.safety.backup import backup_folder as default_folder
    from nrtd_desktop.safety.checks import check_database

    db_path = Path(db_path).absolute()
    unlock.check_new_passphrase(passphrase)
    if not db_path.is_file() or not cipher.is_plain(db_path):
        raise NrtdError("encryption.already" if cipher.looks_encrypted(db_path) else "db.not_a_database",
                        path=str(db_path))
    _closed_here(db_path)
    folder = Path(backup_folder) if backup_folder is not None else default_folder()
    with acquire_lock(db_path):
        result = check_database(db_path, full=True)
        if not result.ok:
            raise NrtdError("backup.check_failed", path=str(db_path), problems=result.summary())
        key = cipher.new_key(passphrase)
        recovery_key = recovery.RecoveryKey.new()
        _convert_file(db_path, None, key, "encrypted",
                      extra={recovery.META_PUBLIC_KEY: recovery_key.public.hex(), META_FORMER_KEYS: None})
        cipher.remember_key(key)
        escrow = recovery.add_to_escrow(db_path, key, recovery_key.public, folder)
        converted, skipped = _convert_backups(db_path, folder, None, key)
    remembered = keystore.remember([key]) if remember else None
    return ConversionResult(db_path, key, recovery_key, tuple(converted), tuple(escrow), remembered,
                            tuple(skipped), kept_aside_plain(db_path))


def kept_aside_plain(db_path: Path) -> tuple[Path, ...]:
    """The plain copies of a damaged database a restore kept aside beside it
    (``nrtd.sqlite.damaged-<time>``, ``safety/restore.py``): damaged, they cannot be converted
    and verified, and they are the person's to delete, so they are named, not touched."""
    aside = sorted(Path(db_path).parent.glob(Path(db_path).name + ".damaged-*"))
    plain: list[Path] = []
    for copy in (p for p in aside if p.is_file() and not p.name.endswith(SIDE_FILES)):
        if cipher.looks_encrypted(copy):
            continue  # a damaged copy of an encrypted database: encrypted too
        plain.append(copy)
        plain.extend(side for side in (copy.with_name(copy.name + s) for s in SIDE_FILES)
                     if side.is_file() and side.stat().st_size > 0)
    return tuple(plain)


def _convert_backups(db_path: Path, folder: Path, old: DatabaseKey | None, new: DatabaseKey | None
                     ) -> tuple[list[Path], list[str]]:
    converted: list[Path] = []
    skipped: list[str] = []
    for backup in _backups_of(db_path, folder):
        plain = cipher.is_plain(backup)
        if (new is not None and not plain) or (new is None and plain):
            continue  # already as wanted
        source_key = None if plain else cipher.key_for_file(backup, required=False)
        if not plain and source_key is None:
            skipped.append(f"{backup.name}: no key opens it")
            continue
        try:
            _convert_file(backup, source_key, new, "encrypted" if new is not None else "decrypted")
            converted.append(backup)
        except _CONVERT_ERRORS as exc:
            log.warning("the backup %s was not converted: %s", backup, exc)
            skipped.append(f"{backup.name}: {exc}")
    return converted, skipped


def decrypt_database(db_path: Path, *, backup_folder: Path | None = None) -> ConversionResult:
    """Make the encrypted database at ``db_path`` (unlocked, closed) and its backups plain again."""
    from nrtd_desktop.safety.backup import backup_folder as default_folder
    from nrtd_desktop.safety.checks import check_database

    db_path = Path(db_path).absolute()
    if not db_path.is_file() or cipher.is_plain(db_path):
        raise NrtdError("encryption.not_encrypted", path=str(db_path))
    key = cipher.key_for_file(db_path)  # db.encrypted_locked without it
    _closed_here(db_path)
    folder = Path(backup_folder) if backup_folder is not None else default_folder()
    with acquire_lock(db_path):
        result = check_database(db_path, full=True)
        if not result.ok:
            raise NrtdError("backup.check_failed", path=str(db_path), problems=result.summary())
        _convert_file(db_path, key, None, "decrypted",
                      extra={recovery.META_PUBLIC_KEY: None, META_FORMER_KEYS: None})
        converted, skipped = _convert_backups(db_path, folder, key, None)
        for escrow in recovery.escrow_paths(db_path, folder):
            escrow.unlink(missing_ok=True)
    if key is not None:
        keystore.forget(key.salt)
    return ConversionResult(db_path, None, None, tuple(converted), (), None, tuple(skipped))


# ---- change of passphrase --------------------------------------------------------------------------

def change_passphrase(target: Any, current: str | None, new: str, *, repeated: str | None = None,
                      backup_folder: Path | None = None) -> DatabaseKey:
    """Re-encrypt the database of ``target`` (open Services, or a closed database's path) with
    ``new``; ``current`` must open it (a person at an unlocked laptop cannot lock the owner out).
    ``current=None``: the key was just found with the recovery key (``unlock.with_recovery_key``)
    in this process, which is proof enough.

    The database stays open and usable: its engine's pooled connections are closed and reopen
    with the new key. The keyring entry, if there was one, is updated; the new key is sealed to
    the recovery key."""
    from nrtd_desktop.safety.backup import backup_folder as default_folder
    from nrtd_desktop.safety.backup import db_path_of

    unlock.check_new_passphrase(new, repeated)
    refuse_server_database(target)
    db_path = Path(db_path_of(target)).absolute()
    old = cipher.key_for_file(db_path)
    if old is None:
        raise NrtdError("encryption.not_encrypted", path=str(db_path))
    if current is None:
        if old.key_id not in unlock.recovered_here():
            raise NrtdError("encryption.wrong_current")
    elif cipher.derive_key(current, old.salt) != old:
        raise NrtdError("encryption.wrong_current")
    key = cipher.derive_key(new, old.salt)
    engine = getattr(getattr(target, "context", None), "engine", None)
    folder = Path(backup_folder) if backup_folder is not None else default_folder()
    was_remembered = keystore.is_remembered(old.salt)
    if engine is not None:
        public, former = _rekey_through_engine(engine, old, key)
    else:
        with acquire_lock(db_path):
            public, former = _rekey_file(db_path, old, key)
    cipher.remember_key(key)
    if public:
        recovery.add_to_escrow(db_path, key, bytes.fromhex(public), folder)
    if was_remembered:
        keystore.remember([key, *former])
    return key


def _former_after(connection: Any, old: DatabaseKey) -> list[DatabaseKey]:
    stored = _read_meta(connection, META_FORMER_KEYS) or []
    former = [old] + [DatabaseKey(bytes.fromhex(h), old.salt) for h in stored if h != old.key.hex()]
    return former


Rekeyed = tuple[str | None, list[DatabaseKey]]  # the recovery public key (hex), the former keys


def _rekey_connection(connection: Any, old: DatabaseKey, key: DatabaseKey) -> Rekeyed:
    former = _former_after(connection, old)
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                           (META_FORMER_KEYS, json.dumps([k.key.hex() for k in former])))
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(*DRIVER_ERRORS):
            connection.execute("ROLLBACK")
        raise
    public = _read_meta(connection, recovery.META_PUBLIC_KEY)
    cipher.rekey(connection, key)
    # Fold the re-encrypted pages into the file now: no frame of the old key stays in the WAL.
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return public, former


def _rekey_through_engine(engine: Any, old: DatabaseKey, key: DatabaseKey) -> Rekeyed:
    engine.dispose()  # every pooled connection holds the old key
    raw = engine.raw_connection()
    try:
        result = _rekey_connection(raw.driver_connection, old, key)
    finally:
        raw.invalidate()  # never handed out again: the next ones are keyed with the new key
    engine.dispose()
    return result


def _rekey_file(db_path: Path, old: DatabaseKey, key: DatabaseKey) -> Rekeyed:
    connection = cipher.connect(db_path, old, isolation_level=None)
    try:
        return _rekey_connection(connection, old, key)
    finally:
        connection.close()


def keep_former_keys(path: Path) -> None:
    """Write into the (encrypted) file at ``path`` every key of its family this program holds
    besides the current one: a restored backup, which may predate a change of passphrase, then
    still knows the keys of the backups made since."""
    key = cipher.key_for_file(path, required=False)
    if key is None:
        return
    held = [k.key.hex() for k in cipher.known_keys(key.salt) if k != key]
    connection = cipher.connect(path, key, isolation_level=None)
    try:
        stored = _read_meta(connection, META_FORMER_KEYS) or []
        merged = held + [h for h in stored if h not in held and h != key.key.hex()]
        if merged != stored:
            connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                               (META_FORMER_KEYS, json.dumps(merged)))
    finally:
        connection.close()


def hold_former_keys(engine: Any) -> None:
    """After opening an encrypted database: hold the keys it had before a change of passphrase, so
    that its older backups open too."""
    from nrtd_desktop.safety.backup import db_path_of

    key = cipher.key_for_file(db_path_of(engine), required=False)
    if key is None:
        return
    raw = engine.raw_connection()
    try:
        stored = _read_meta(raw.driver_connection, META_FORMER_KEYS) or []
    except DRIVER_ERRORS:
        stored = []
    finally:
        raw.close()
    for hex_key in reversed(stored):
        with contextlib.suppress(ValueError):
            former = DatabaseKey(bytes.fromhex(hex_key), key.salt)
            if former != key:
                cipher.remember_key(former)
    cipher.remember_key(key)  # the current key stays first


def refuse_server_database(target: Any) -> None:
    """A server database (the PostgreSQL mode, when there is one) is the server's to protect."""
    engine = getattr(getattr(target, "context", None), "engine", None)
    dialect = getattr(getattr(engine, "dialect", None), "name", "sqlite")
    if dialect != "sqlite":
        raise NrtdError("encryption.server", dialect=dialect)


def new_recovery_key(target: Any, *, backup_folder: Path | None = None) -> recovery.RecoveryKey:
    """A new recovery key for the encrypted database of ``target`` (open Services, or a closed
    database's path): for a database created encrypted, or when the printed key is lost. Its
    public half replaces the old one in the database; every key the program holds for the
    database (the current one and those of older backups) is sealed to it. Shown once."""
    from nrtd_desktop.safety.backup import backup_folder as default_folder
    from nrtd_desktop.safety.backup import db_path_of

    refuse_server_database(target)
    db_path = Path(db_path_of(target)).absolute()
    key = cipher.key_for_file(db_path)
    if key is None:
        raise NrtdError("encryption.not_encrypted", path=str(db_path))
    folder = Path(backup_folder) if backup_folder is not None else default_folder()
    made = recovery.RecoveryKey.new()
    engine = getattr(getattr(target, "context", None), "engine", None)
    if engine is not None:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (recovery.META_PUBLIC_KEY, json.dumps(made.public.hex())))
        finally:
            raw.close()
    else:
        with acquire_lock(db_path):
            _write_meta(db_path, key, {recovery.META_PUBLIC_KEY: made.public.hex()})
    for held in reversed(cipher.known_keys(key.salt)):
        recovery.add_to_escrow(db_path, held, made.public, folder)
    return made
