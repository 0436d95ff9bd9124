"""One program per database: a lock file beside it, naming who holds it, fenced by OS locks.

``nrtd.sqlite.lock`` holds JSON naming the computer, process, user and start time of the holder,
so a refused second program can say who has the database open. The locks that count are the
operating system's; the file is only what they say about the holder:

1. The operating system's lock on the lock file (``flock`` on POSIX, ``msvcrt.locking`` on
   Windows), held for as long as the database is open. The kernel drops it when the process dies,
   even by SIGKILL or a power cut, so a lock file whose OS lock is free was left by a crash.
2. On Linux, an OS lock on the database file itself, which nobody can delete from under the
   holder: a lock file removed while the window is open (the old message invited it) no longer
   lets a second writer in. It is an open-file-description lock (``F_OFD_SETLK``) on one byte of
   SQLite's lock-byte page, past the bytes SQLite locks itself (``_DB_LOCK_OFFSET``): SQLite's
   own POSIX locks use other bytes, and unlike a classic POSIX lock it is not dropped when any
   other descriptor of the file closes in this process (SQLite opens and closes them freely).
   ``flock`` on the database would be simpler but is emulated over NFS by a whole-file POSIX lock
   that would refuse SQLite's own locks. Windows needs no second lock: a file open there cannot
   be deleted. :func:`writer_present` tests this lock without taking it (``F_OFD_GETLK``), so
   that readers can say that a writer is at work.
3. The recorded host and process id: a lock file naming another computer is never broken (over a
   shared folder its OS lock may not reach us), and one naming a live process here is respected.

A holder whose lock file was removed puts it back at its next write (:meth:`DatabaseLock.keep_marker`),
so the file again names it and keeps marking an unclean shutdown.

Why not SQLite's ``locking_mode=EXCLUSIVE`` as the second fence: in WAL mode the first connection
then keeps the database lock until it closes, which refuses every other connection of the same
program (SQLAlchemy's pool, the worker threads of the window, the backup API's reading
connection): checked on SQLite 3.40, a second connection gets "database is locked". The OS lock
gives the same guarantee between programs without that cost.

Inside one program the lock is re-entrant: opening the same database twice (the window and a
command run in-process, tests) counts holders and removes the file when the last one closes.

The lock file doubles as the clean-shutdown marker: it is removed on a clean close, so finding
one (stale) at start means the previous session ended uncleanly, and the start-up check is the
full ``integrity_check``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.safety.process import host_name, pid_alive, process_start_marker, user_name

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte far past the JSON so others can still read who holds it
# SQLite's lock-byte page starts at 1 GiB (PENDING_BYTE); SQLite locks its first 512 bytes
# (pending, reserved, shared range) and never stores data on that page. Byte 0x300 of it is free
# of SQLite's locks and lies on the page for any page size from 1024 bytes (ours is 4096).
_DB_LOCK_OFFSET = 0x40000000 + 0x300
_FLOCK_STRUCT = "hhqqi4x"  # struct flock on 64-bit Linux: type, whence, start, len, pid (+padding)


@dataclass(frozen=True)
class LockHolder:
    """What a lock file says about the program holding the database."""

    host: str = ""
    pid: int = 0
    user: str = ""
    started: str = ""  # ISO time, local
    pid_start: str = ""  # process start marker (Linux), to tell a reused pid apart
    program: str = "NRTD Desktop"

    @classmethod
    def me(cls) -> LockHolder:
        pid = os.getpid()
        return cls(host=host_name(), pid=pid, user=user_name(),
                   started=datetime.now().astimezone().isoformat(timespec="seconds"),
                   pid_start=process_start_marker(pid))

    @classmethod
    def parse(cls, text: str) -> LockHolder | None:
        try:
            data = json.loads(text)
            return cls(host=str(data.get("host", "")), pid=int(data.get("pid", 0)),
                       user=str(data.get("user", "")), started=str(data.get("started", "")),
                       pid_start=str(data.get("pid_start", "")), program=str(data.get("program", "")))
        except (ValueError, TypeError, AttributeError):
            return None

    def is_stale(self) -> bool:
        """True when this holder is certainly gone: same computer, and its process is dead or the
        pid now belongs to another process. A holder on another computer is never stale to us."""
        if self.host != host_name():
            return False
        if self.pid == os.getpid():
            return True  # our pid, but not in our registry: a former process that had the same id
        if not pid_alive(self.pid):
            return True
        current = process_start_marker(self.pid)
        return bool(self.pid_start and current and current != self.pid_start)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def read_holder(db_path: Path) -> LockHolder | None:
    """Who holds the database according to its lock file (None if there is none or it is unreadable)."""
    try:
        return LockHolder.parse(lock_path_for(db_path).read_text(encoding="utf-8"))
    except OSError:
        return None


def _os_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _can_lock_database_file() -> bool:
    import struct

    if not sys.platform.startswith("linux") or struct.calcsize("P") != 8:
        return False
    import fcntl

    return hasattr(fcntl, "F_OFD_SETLK")


def _flock_struct(lock_type: int) -> bytes:
    import struct

    return struct.pack(_FLOCK_STRUCT, lock_type, os.SEEK_SET, _DB_LOCK_OFFSET, 1, 0)


def _lock_database_file(db_path: Path) -> int | None:
    """The OS lock on the database file itself (fence 2): the descriptor holding it, None when
    there is nothing to lock (no such lock here, or no file yet), or raise ``_Taken``."""
    if not _can_lock_database_file():
        return None
    import fcntl

    try:
        fd = os.open(db_path, os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError:
        return None  # a read-only file: SQLite will say so when it must write
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _flock_struct(fcntl.F_WRLCK))
    except OSError:
        os.close(fd)
        raise _Taken() from None
    return fd


def database_file_locked(db_path: Path) -> bool:
    """True when another open of the database file holds fence 2 (tested, not taken)."""
    if not _can_lock_database_file():
        return False
    import fcntl
    import struct

    try:
        fd = os.open(db_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        answer = fcntl.fcntl(fd, fcntl.F_OFD_GETLK, _flock_struct(fcntl.F_WRLCK))
    except OSError:
        return False
    finally:
        os.close(fd)
    return bool(struct.unpack(_FLOCK_STRUCT, answer)[0] != fcntl.F_UNLCK)


class _Taken(Exception):
    """The database file's own lock is held by another program."""


def _same_file(fd: int, path: Path) -> bool:
    """Did we lock the file that is at ``path`` now? A holder removes the file as it releases, so
    the file we opened a moment ago may already be unlinked."""
    if sys.platform == "win32":  # pragma: no cover - Windows cannot unlink an open file
        return True
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _read_fd(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
        if sum(len(c) for c in chunks) > 64 * 1024:
            break
    return b"".join(chunks).decode("utf-8", errors="replace").strip("\x00 \r\n")


def _refuse(db_path: Path, holder: LockHolder | None, *, os_lock_held: bool = True) -> DatabaseError:
    """The refusal naming the holder. ``os_lock_held``: an OS lock says a program holds the
    database now, so the message never mentions the lock file; False only for a lock file naming
    another computer, whose program our OS locks may not see (a shared folder)."""
    holder = holder or LockHolder(host="?", pid=0, user="?", started="?")
    key = "db.locked" if os_lock_held or holder.host == host_name() else "db.locked_elsewhere"
    return DatabaseError(key, path=str(db_path), host=holder.host or "?", pid=holder.pid,
                         user=holder.user or "?", since=holder.started or "?",
                         lock=str(lock_path_for(db_path)))


def _refuse_unnamed(db_path: Path) -> DatabaseError:
    """The database file's own lock is held, but no lock file names the holder (it was removed)."""
    return DatabaseError("db.locked_no_file", path=str(db_path), lock=str(lock_path_for(db_path)))


@dataclass
class _Held:
    fd: int
    pid: int
    count: int = 1
    db_fd: int | None = None  # fence 2, the database file's own lock (Linux)


_registry_guard = threading.Lock()
_HELD: dict[str, _Held] = {}


@dataclass
class DatabaseLock:
    """A held lock; ``release`` once (``Services.close`` does it)."""

    db_path: Path
    took_over_stale: bool = False  # a lock file was left behind: the last session did not close cleanly
    previous: LockHolder | None = None
    _released: bool = field(default=False, repr=False)

    @property
    def lock_path(self) -> Path:
        return lock_path_for(self.db_path)

    def release(self, *, unclean: bool = False) -> None:
        """Let go of the database. ``unclean``: the open failed half way (damaged file, failed
        migration): leave a lock file naming no live process, so that the next start treats the
        last session as unclean and runs the full check."""
        if self._released:
            return
        self._released = True
        key = str(self.lock_path)
        with _registry_guard:
            held = _HELD.get(key)
            if held is None or held.pid != os.getpid():
                return
            held.count -= 1
            if held.count > 0:
                return
            del _HELD[key]
            if held.db_fd is not None:  # first, so that a program starting now meets the lock file's fence
                os.close(held.db_fd)
            if unclean:
                with contextlib.suppress(OSError):
                    _write_holder(held.fd, LockHolder(host=host_name(), pid=0, user=user_name(),
                                                      started=LockHolder.me().started))
                _os_unlock(held.fd)
                os.close(held.fd)
                return
            if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
                _os_unlock(held.fd)
                os.close(held.fd)
                with contextlib.suppress(OSError):
                    self.lock_path.unlink()
                return
            if _same_file(held.fd, self.lock_path):
                with contextlib.suppress(OSError):
                    self.lock_path.unlink()
            _os_unlock(held.fd)
            os.close(held.fd)

    def guard_file(self) -> None:
        """Take fence 2 once the database file exists (a new database is created after the lock
        file is taken); raise ``db.locked_no_file`` if another program holds the file already."""
        with _registry_guard:
            held = _HELD.get(str(self.lock_path))
            if held is None or held.pid != os.getpid() or held.db_fd is not None:
                return
            try:
                held.db_fd = _lock_database_file(self.db_path)
            except _Taken:
                raise _refuse_unnamed(self.db_path) from None

    def keep_marker(self) -> None:
        """Put the lock file back if it was removed while we hold the database (cheap: one
        ``stat``; the services call it after every write)."""
        key = str(self.lock_path)
        with _registry_guard:
            held = _HELD.get(key)
            if held is None or held.pid != os.getpid() or _same_file(held.fd, self.lock_path):
                return
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except OSError:
                return  # another program is making one this moment: its database check refuses it
            if not _os_lock(fd):
                os.close(fd)
                return
            _write_holder(fd, LockHolder.me())
            _os_unlock(held.fd)
            os.close(held.fd)
            held.fd = fd

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def writer_present(db_path: Path) -> LockHolder | None:
    """Who holds the database for writing now, as far as can be told without taking anything:
    the database file's OS lock (Linux), or a lock file naming a live program. None: nobody.
    A holder whose lock file was removed is reported with ``pid`` 0."""
    db_path = _resolved(db_path)
    holder = read_holder(db_path)
    if database_file_locked(db_path) or held_here(db_path):
        return holder if holder is not None and holder.pid else LockHolder(host=host_name(), pid=0)
    if holder is not None and holder.pid and not holder.is_stale():
        return holder
    return None


def held_here(db_path: Path) -> bool:
    """True when this program has the database open (so it must be closed before a restore)."""
    held = _HELD.get(str(lock_path_for(_resolved(db_path))))
    return held is not None and held.pid == os.getpid()


def _resolved(db_path: Path) -> Path:
    return Path(os.path.abspath(db_path))


def acquire_lock(db_path: Path) -> DatabaseLock:
    """Take the lock of ``db_path`` or raise ``DatabaseError("db.locked")`` naming the holder.

    A lock left by a dead process on this computer is taken over (``took_over_stale``).
    """
    db_path = _resolved(db_path)
    lock_path = lock_path_for(db_path)
    key = str(lock_path)
    with _registry_guard:
        held = _HELD.get(key)
        if held is not None and held.pid == os.getpid():
            held.count += 1
            return DatabaseLock(db_path)
        _HELD.pop(key, None)  # inherited through fork: that lock belongs to the parent
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        for _attempt in range(5):
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
                existed = False
            except FileExistsError:
                try:
                    fd = os.open(lock_path, os.O_RDWR)
                except FileNotFoundError:
                    continue  # the holder released it between our two calls
                existed = True
            if not _os_lock(fd):
                holder = LockHolder.parse(_read_fd(fd))
                os.close(fd)
                raise _refuse(db_path, holder)
            if not _same_file(fd, lock_path):
                _os_unlock(fd)
                os.close(fd)
                continue
            previous = LockHolder.parse(_read_fd(fd)) if existed else None
            if previous is not None and not previous.is_stale():
                # The OS lock was free, yet the holder may be alive: another computer over a
                # shared folder, or a live process here. Never break it.
                _os_unlock(fd)
                os.close(fd)
                raise _refuse(db_path, previous, os_lock_held=False)
            try:
                db_fd = _lock_database_file(db_path)
            except _Taken:
                # A program holds the database although no lock file says so: its lock file was
                # removed under it. Leave no lock file of ours: it would name the wrong holder.
                if not existed and _same_file(fd, lock_path):
                    with contextlib.suppress(OSError):
                        lock_path.unlink()
                _os_unlock(fd)
                os.close(fd)
                raise _refuse_unnamed(db_path) from None
            _write_holder(fd, LockHolder.me())
            _HELD[key] = _Held(fd=fd, pid=os.getpid(), db_fd=db_fd)
            return DatabaseLock(db_path, took_over_stale=existed, previous=previous)
    raise _refuse(db_path, read_holder(db_path))


def _write_holder(fd: int, holder: LockHolder) -> None:
    data = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)
    os.fsync(fd)
