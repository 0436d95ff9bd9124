"""Every file the program writes is written whole or not at all.

The one way to write a file (backups, PDFs, spreadsheets, packages, settings): write a temporary
file in the same folder (so the final rename never crosses file systems), flush it to the disk,
``os.replace`` it over the target (atomic on POSIX and Windows), and make the rename durable by
syncing the folder. If anything fails the temporary file is removed and the old file is untouched.

Temporary files are named ``.<target name>.<pid>-<random>.nrtd-tmp``: a crash (SIGKILL, power
cut) can leave one behind, and :func:`clean_stale_temps` at the next start removes those whose
writing process is gone, never a file of another program.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".nrtd-tmp"
# The temp itself, and the journal files SQLite may make beside a temp database (backups).
_TEMP_PATTERN = re.compile(r"^\..+\.(?P<pid>\d+)-[0-9a-f]{8}" + re.escape(TEMP_SUFFIX)
                           + r"(?:-wal|-shm|-journal)?$")
_MAX_TEMP_AGE_S = 7 * 24 * 3600  # a temp this old is garbage even if its pid is alive (reused pid)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and needs nothing."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends without error, the file written
    there replaces ``path`` (fsync, ``os.replace``, folder fsync). On error it is removed.

    For writers that want a file name (ReportLab, openpyxl, sqlite3's backup)::

        with atomic_write(target) as tmp:
            workbook.save(tmp)
    """
    target = Path(path)
    tmp = temp_path_for(target)
    try:
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"nothing was written to the temporary file {tmp}")
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None,
                **kwargs: Any) -> Iterator[IO[Any]]:
    """Like ``open(path, mode)`` for writing, but atomic: the target changes only when the block
    ends without error. ``mode`` is "w" or "wb" (with "t"/"b" and "x" variants refused)."""
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_open writes whole files: mode must be 'w' or 'wb', not {mode!r}")
    if "b" not in mode and encoding is None:
        encoding = "utf-8"
    with atomic_write(path) as tmp, open(tmp, mode, encoding=encoding, **kwargs) as handle:
        yield handle
        handle.flush()


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_open(path, "wb") as handle:
        handle.write(data)
    return Path(path)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    with atomic_open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    return Path(path)


def is_temp_name(name: str) -> bool:
    return _TEMP_PATTERN.match(name) is not None


def clean_stale_temps(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files a crashed write left in ``folder``; return what was removed.

    A temp is stale when the process that wrote it is gone (or it is more than a week old). The
    temps of writes still running in a live process, including this one, are left alone.
    """
    from nrtd_desktop.safety.process import pid_alive

    base = Path(folder)
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP_PATTERN.match(entry.name)
        if match is None or not entry.is_file():
            continue
        pid = int(match.group("pid"))
        try:
            old = now - entry.stat().st_mtime > _MAX_TEMP_AGE_S
        except OSError:
            continue
        if pid_alive(pid) and not old:
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except OSError as exc:
            log.warning("could not remove the stale temporary file %s: %s", entry, exc)
    return removed
