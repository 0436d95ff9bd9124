"""A backup of an encrypted database made by copying its encrypted pages as they are (issue 26).

Why: a backup keeps the database's key and salt (``db/cipher.py``: one family, one passphrase),
so each page of the backup is, byte for byte, the page of the database. SQLite's online backup
API does not know that: through SQLCipher it decrypts every page of the source and encrypts it
again for the copy (measured: 2.8x the time of a plain backup). Here the file's bytes are copied
instead, and only when that gives exactly one committed state of the database:

1. A checkpoint (``PASSIVE``: it waits for nobody) folds what the write-ahead log holds into the
   file, when no reader holds it back.
2. A read transaction is opened on a read-only connection: it sees one committed state (its
   snapshot) for as long as it lasts.
3. The wal-index header is read from the ``-shm`` file (https://sqlite.org/walformat.html: two
   copies of the header, then ``nBackfill``). When the log's last frame ``mxFrame`` equals
   ``nBackfill`` (every frame is in the file) then every page of the snapshot is in the file,
   and stays so while the read transaction lasts: a checkpoint never copies into the file a
   frame newer than what an open reader sees (SQLite's read marks), so writers go on writing
   to the log meanwhile and are never blocked.
4. The pages the snapshot has (``PRAGMA page_count``) are copied; SQLite's lock-byte page (at
   1 GiB, never written by SQLite, locked on Windows) is written as zeros, as the backup API does.

When any condition does not hold (no ``-shm``, a torn header, frames not yet in the file because
another reader holds them back or a writer just committed, a source under a former key, another
page size) nothing is copied and the caller uses the backup API as before. The copy is then
verified like every backup (``integrity_check`` through the key, ``backup.py``).
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path
from typing import Any

from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DRIVER_ERRORS, DatabaseKey

log = logging.getLogger(__name__)

_HEADER_BYTES = 48  # one copy of the wal-index header
_CKPT_INFO = 2 * _HEADER_BYTES  # WalCkptInfo follows the two copies: nBackfill first
_SHM_READ = _CKPT_INFO + 4
_CHUNK_PAGES = 256  # 1 MiB a read with 4 KiB pages; the interrupter is asked between chunks
PENDING_BYTE = 0x40000000  # SQLite's lock-byte page starts here


def wal_fully_backfilled(db_path: Path) -> bool:
    """Every frame of the write-ahead log of ``db_path`` is in the database file (read from the
    wal-index in ``-shm``, native byte order as SQLite writes it). False when it cannot be told."""
    shm = Path(f"{db_path}-shm")
    for _attempt in range(3):
        try:
            with shm.open("rb") as handle:
                data = handle.read(_SHM_READ)
        except OSError:
            return False
        if len(data) < _SHM_READ:
            return False
        first, second = data[:_HEADER_BYTES], data[_HEADER_BYTES:_CKPT_INFO]
        if first != second:  # a writer was changing it: read again, as SQLite does
            continue
        version, _unused, _change, is_init = struct.unpack_from("=IIIB", first)
        if not is_init or version != 3007000:
            return False
        (max_frame,) = struct.unpack_from("=I", first, 16)
        (backfilled,) = struct.unpack_from("=I", data, _CKPT_INFO)
        return bool(max_frame == backfilled)
    return False


def _checkpoint(db_path: Path, key: DatabaseKey) -> None:
    """Fold the log into the file as far as readers allow, waiting for nobody."""
    connection = cipher.connect(db_path, key, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout=0")
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except DRIVER_ERRORS as exc:  # busy, or another checkpoint running: the test below decides
        log.debug("checkpoint before the page copy: %s", exc)
    finally:
        connection.close()


def copy_encrypted_pages(db_path: Path, destination: Path, interrupter: Any | None = None) -> bool:
    """Copy the encrypted database at ``db_path`` page by page, unchanged, into the new file
    ``destination`` (same key, same salt). True when done; False (``destination`` not made)
    when the conditions of this module's docstring do not hold and the backup API must copy."""
    db_path = Path(db_path)
    key = cipher.key_for_file(db_path, required=False)
    if key is None or key != cipher.current_key(db_path):  # plain, or a former key: re-encrypt
        return False
    _checkpoint(db_path, key)
    reader = cipher.connect(cipher.read_only_uri(db_path), key, uri=True, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot is taken
        if reader.execute("PRAGMA journal_mode").fetchone()[0] != "wal" or not wal_fully_backfilled(db_path):
            return False
        page_size = int(reader.execute("PRAGMA page_size").fetchone()[0])
        pages = int(reader.execute("PRAGMA page_count").fetchone()[0])
        with db_path.open("rb") as source:
            source.seek(0, 2)
            if source.tell() < pages * page_size:
                return False
            with Path(destination).open("wb") as target:
                _copy(source, target, page_size, pages, interrupter)
        reader.execute("COMMIT")
    finally:
        reader.close()
    return True


def _copy(source: Any, target: Any, page_size: int, pages: int, interrupter: Any | None) -> None:
    lock_page = PENDING_BYTE // page_size + 1  # 1-based, as SQLite counts
    page = 1
    while page <= pages:
        if interrupter is not None:
            interrupter.raise_if_stopped()
        count = min(_CHUNK_PAGES, pages - page + 1)
        if page <= lock_page < page + count:  # read around the lock-byte page, write zeros for it
            count = lock_page - page if lock_page > page else 1
        offset = (page - 1) * page_size
        if page == lock_page:
            data = bytes(page_size)
        else:
            source.seek(offset)
            data = source.read(count * page_size)
            if len(data) != count * page_size:
                raise OSError("the database file ended before its last page")
        target.seek(offset)
        target.write(data)
        page += count
