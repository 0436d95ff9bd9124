"""The database encrypted at rest: SQLCipher 4 through the ``sqlcipher3`` binding.

What is encrypted, and with what (docs/encryption.md has the reasoning):

- The key of an encrypted database is SQLCipher 4's own derivation of the member's passphrase:
  PBKDF2-HMAC-SHA512, 256,000 iterations, over the 16-byte salt SQLCipher keeps at the start of
  the file. It is computed here once (:func:`derive_key`, ~0.3 s) and every connection is then
  keyed with the raw key (``PRAGMA key = "x'<key><salt>'"``), so that opening a connection costs
  no derivation. Any SQLCipher 4 tool opens the file with the passphrase alone.
- Backups and snapshots are written with the same key *and the same salt*: the database and every
  copy of it form one family that the same passphrase opens. The key registry below is therefore
  kept by salt: once the member has unlocked the database, every backup of it opens too.
- The ``-wal`` file holds encrypted pages; the ``-shm`` file holds no content (page numbers and
  checksums). SQLite's own temporary files stay in memory (the wheel is built with
  ``SQLITE_TEMP_STORE=2``; :func:`connect` also says ``temp_store=MEMORY``).

A plain database is opened with the standard ``sqlite3`` module, as before; an encrypted one with
``sqlcipher3`` (its own SQLite with FTS5, the same DB-API). Code that catches driver errors uses
:data:`DRIVER_ERRORS`, which holds both modules' ``Error``.

Nothing here asks for a passphrase: the window (``ui/unlock_dialog``) and the command line
(``cli/unlock``) find the key (keyring, ``NRTD_DB_PASSPHRASE``, a prompt) through
``safety.unlock`` and put it in the registry with :func:`remember_key` before opening.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from nrtd_desktop.domain.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default (kdf_iter), with PBKDF2-HMAC-SHA512
KDF_ALGORITHM = "sha512"
MIN_PAGE = 512

DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "db.encrypted_locked": (
        "The database '{path}' is protected with a passphrase: unlock it first (the window asks for the "
        "passphrase; on the command line set NRTD_DB_PASSPHRASE, or type it when asked).",
        "قاعدة البيانات «{path}» محمية بعبارة مرور: افتحها بها أولاً (تطلبها النافذة؛ وفي سطر الأوامر "
        "اضبط NRTD_DB_PASSPHRASE أو اكتبها عند طلبها).",
    ),
    "db.wrong_passphrase": (
        "This passphrase does not open '{path}'. Check the keyboard language and Caps Lock, and try again.",
        "عبارة المرور هذه لا تفتح «{path}». تحقّق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة "
        "ثم أعد المحاولة.",
    ),
}


@dataclass(frozen=True)
class DatabaseKey:
    """The raw key of an encrypted database and the salt of its family (database and backups)."""

    key: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a database key is 32 bytes and its salt 16 bytes")

    def pragma_value(self) -> str:
        """SQLCipher's raw key with its salt: no derivation at connect, the salt used for a new file."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    @property
    def key_id(self) -> str:
        """A short name of the key that reveals nothing of it (the keyring and the logs use it)."""
        return hashlib.sha256(b"nrtd-key-id" + self.key + self.salt).hexdigest()[:16]

    def __repr__(self) -> str:  # never print the key itself
        return f"DatabaseKey(id={self.key_id})"


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC, so that an Arabic passphrase typed on two keyboards (decomposed or composed hamza,
    madda) gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes) -> DatabaseKey:
    """SQLCipher 4's key derivation of ``passphrase`` with the file's ``salt`` (~0.3 s)."""
    secret = normalize_passphrase(passphrase)
    raw = hashlib.pbkdf2_hmac(KDF_ALGORITHM, secret, salt, KDF_ITERATIONS, KEY_BYTES)
    return DatabaseKey(key=raw, salt=salt)


def new_key(passphrase: str) -> DatabaseKey:
    """The key of a database about to be encrypted: a new random salt."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


# ---- what a file is -----------------------------------------------------------------------------

def read_header(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(SALT_BYTES)
    except OSError:
        return b""


def is_plain(path: Path) -> bool:
    """The file starts with SQLite's header: an unencrypted database."""
    return read_header(path) == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """A file that may be an encrypted database: no SQLite header, whole pages, no text.

    An encrypted file is indistinguishable from random bytes; this only keeps an empty file, a
    text file or another program's document from being taken for one (they are "not a database").
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if not path.is_file() or size < MIN_PAGE * 2 or size % MIN_PAGE:
        return False
    head = read_header(path)
    if head == SQLITE_HEADER or len(head) < SALT_BYTES:
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return printable < len(head) - 2 and head[:4] not in (b"PK\x03\x04", b"%PDF")


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes), None for a plain or missing one."""
    head = read_header(path)
    if len(head) < SALT_BYTES or head == SQLITE_HEADER:
        return None
    return head


# ---- the keys this program holds (in memory only) --------------------------------------------------

_keys: dict[bytes, list[DatabaseKey]] = {}
_keys_guard = threading.Lock()


def remember_key(key: DatabaseKey) -> None:
    """Hold ``key`` for this process: every file of its family opens with it from now on."""
    with _keys_guard:
        family = _keys.setdefault(key.salt, [])
        if key in family:
            family.remove(key)
        family.insert(0, key)  # the newest first: the database's current key


def forget_keys() -> None:
    with _keys_guard:
        _keys.clear()


def known_keys(salt: bytes) -> list[DatabaseKey]:
    with _keys_guard:
        return list(_keys.get(salt, ()))


def key_for_file(path: Path, *, required: bool = True) -> DatabaseKey | None:
    """The key that opens ``path``: None for a plain (or missing) file. An encrypted file with no
    key held raises ``db.encrypted_locked`` (``required``) or gives None."""
    path = Path(path)
    salt = salt_of(path)
    if salt is None or not looks_encrypted(path):
        return None
    candidates = known_keys(salt)
    if len(candidates) > 1:  # a backup made before a change of passphrase: the key that opens it
        candidates = [k for k in candidates if opens(path, k)] or candidates
    if candidates:
        return candidates[0]
    if required:
        raise DatabaseError("db.encrypted_locked", path=str(path))
    return None


def current_key(path: Path) -> DatabaseKey | None:
    """The key a *new* file of ``path``'s family is written with (a backup, a restored copy): the
    family's current key, even when ``path`` itself is an older backup under a former key."""
    key = key_for_file(path)
    if key is None:
        return None
    return known_keys(key.salt)[0]


def locked(path: Path) -> bool:
    """An encrypted file whose key this program does not hold yet."""
    return looks_encrypted(path) and key_for_file(path, required=False) is None


# ---- connections --------------------------------------------------------------------------------

_log_quiet = False


def _quiet(connection: Any) -> None:
    """SQLCipher logs a failed HMAC (a wrong key) on stderr: the program says it in a sentence."""
    global _log_quiet
    if not _log_quiet:
        connection.execute("PRAGMA cipher_log_level = NONE")
        _log_quiet = True


def apply_key(connection: Any, key: DatabaseKey) -> None:
    """Key a new sqlcipher3 connection; must be its first statement."""
    _quiet(connection)
    connection.execute(f'PRAGMA key = "{key.pragma_value()}"')
    connection.execute("PRAGMA temp_store = MEMORY")


def connect(database: str | os.PathLike[str], key: DatabaseKey | None, *, uri: bool = False,
            **kwargs: Any) -> Any:
    """A DB-API connection to ``database`` (a path, or a ``file:`` URI with ``uri=True``).

    With ``key``: a ``sqlcipher3`` connection keyed with it (a new file is created encrypted, with
    the key's salt). Without: the standard ``sqlite3`` connection, as for every plain database.
    """
    if key is None:
        return sqlite3.connect(database, uri=uri, **kwargs)
    connection = sqlcipher3.connect(str(database), uri=uri, **kwargs)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def read_only_uri(path: Path) -> str:
    """SQLite's URI of ``path`` opened read-only (quoted: ``#``, ``?``, ``%``, spaces, Arabic)."""
    return f"file:{quote(str(Path(path).absolute()))}?mode=ro"


def opens(path: Path, key: DatabaseKey | None) -> bool:
    """``key`` reads ``path`` (read-only: nothing is written, the WAL not checkpointed)."""
    try:
        connection = connect(read_only_uri(path), key, uri=True)
    except DRIVER_ERRORS:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DRIVER_ERRORS:
        return False
    finally:
        connection.close()


def driver_module(key: DatabaseKey | None) -> Any:
    return sqlite3 if key is None else sqlcipher3


def has_fts5() -> bool:
    """The bundled SQLCipher has FTS5 (the search index needs it)."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(a)")
        return True
    except sqlcipher3.Error:
        return False
    finally:
        connection.close()


# ---- files the program derives from an encrypted database (caches) ---------------------------------

SEALED_MAGIC = b"NRTD-SEALED-1\n"


@dataclass(frozen=True)
class Sealer:
    """Encrypts a file the program derives from an encrypted database (the similarity cache):
    AES-256-GCM under a key derived (HKDF) from the database key, never the key itself."""

    key: DatabaseKey
    purpose: str

    def _aead(self) -> Any:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=self.key.salt,
                       info=b"nrtd-derived-file:" + self.purpose.encode()).derive(self.key.key)
        return AESGCM(derived)

    def seal(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        sealed: bytes = self._aead().encrypt(nonce, data, self.purpose.encode())
        return SEALED_MAGIC + nonce + sealed

    def unseal(self, data: bytes) -> bytes | None:
        """The plain bytes, or None for a file not sealed with this key (then rebuilt)."""
        from cryptography.exceptions import InvalidTag

        if not data.startswith(SEALED_MAGIC):
            return None
        body = data[len(SEALED_MAGIC):]
        try:
            plain: bytes = self._aead().decrypt(body[:12], body[12:], self.purpose.encode())
            return plain
        except (InvalidTag, ValueError):
            return None


def sealer_for(path: Path, purpose: str) -> Sealer | None:
    """The sealer of files derived from the database at ``path``; None for a plain database."""
    key = key_for_file(path, required=False)
    return Sealer(known_keys(key.salt)[0], purpose) if key is not None else None


# ---- converting and rekeying ----------------------------------------------------------------------

def export_copy(source: Path, destination: Path, source_key: DatabaseKey | None,
                destination_key: DatabaseKey | None) -> None:
    """Copy the database at ``source`` into the new file ``destination`` with another key (or
    none): SQLCipher's ``sqlcipher_export`` (the backup API cannot change the encryption).

    The copy is made from a read-only connection to ``source`` (so nothing of it changes) and
    left in rollback-journal mode; the caller verifies it before using it.
    """
    connection = sqlcipher3.connect(read_only_uri(source), uri=True, isolation_level=None)
    try:
        _quiet(connection)
        if source_key is not None:
            connection.execute(f'PRAGMA key = "{source_key.pragma_value()}"')
        target_key = destination_key.pragma_value() if destination_key is not None else ""
        connection.execute("ATTACH DATABASE ? AS target KEY ?", (str(destination), target_key))
        try:
            connection.execute("SELECT sqlcipher_export('target')").fetchall()
            version = connection.execute("PRAGMA main.user_version").fetchone()[0]
            connection.execute(f"PRAGMA target.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE target")
    finally:
        connection.close()


def rekey(connection: Any, key: DatabaseKey) -> None:
    """Re-encrypt the open (keyed) database with ``key``: SQLCipher rewrites every page in one
    transaction, so a crash leaves the old key in force."""
    connection.execute(f'PRAGMA rekey = "{key.pragma_value()}"')
