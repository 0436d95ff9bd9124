"""Where the live database should not be: a network share, a cloud-synced folder, a removable drive.

SQLite's locking and durability rely on a local disk: network file systems get locks and fsync
wrong, synchronisation clients copy a file half-written or overwrite it with another laptop's
copy, and a USB stick is pulled out mid-write. :func:`location_warning` says why a place is risky;
the window then offers :func:`move_to_local` (a verified copy into the local data folder).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from nrtd_desktop.domain.errors import NrtdError, render_message
from nrtd_desktop.domain.lang import Lang

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "davfs",
              "sshfs", "glusterfs", "ceph", "lustre"}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/usb", "/Volumes/")
# Folder names of synchronisation clients (compared case-insensitively to each path component).
CLOUD_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud drive",
                 "iclouddrive", "mobile documents", "cloudstorage", "box sync", "nextcloud", "owncloud",
                 "pcloud drive", "mega")


@dataclass(frozen=True)
class LocationWarning:
    """Why the database's place is risky: ``kind`` is "network", "cloud" or "removable"."""

    path: Path
    kind: str
    detail: str

    @property
    def key(self) -> str:
        return f"location.{self.kind}"

    def text(self, lang: Lang = "en") -> str:
        return render_message(self.key, {"path": str(self.path), "detail": self.detail}, lang)


def _cloud_folder(path: Path) -> str | None:
    for part in path.parts:
        lowered = part.lower()
        for name in CLOUD_FOLDERS:
            if lowered == name or lowered.startswith(name + " -") or lowered.startswith(name + "-"):
                return part
    return None


def read_mounts(mounts_file: str = "/proc/mounts") -> list[tuple[str, str, str]]:
    """(device, mount point, file-system type) of each mount, from /proc/mounts (Linux)."""
    mounts = []
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 3:
                    # Spaces in mount points are written as \040.
                    mounts.append((parts[0], parts[1].replace("\\040", " "), parts[2]))
    except OSError:
        pass
    return mounts


def _mount_of(path: Path, mounts: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    best = None
    text = str(path)
    for mount in mounts:
        point = mount[1].rstrip("/") or "/"
        inside = text == point or text.startswith(point if point.endswith("/") else point + "/")
        if inside and (best is None or len(point) > len(best[1].rstrip("/") or "/")):
            best = mount
    return best


def _removable_block_device(device: str) -> bool:
    """/sys/class/block/<dev>/removable (or of its parent disk) says 1 for USB sticks, cards."""
    if not device.startswith("/dev/"):
        return False
    name = Path(device).name
    block = Path("/sys/class/block") / name
    for candidate in (block / "removable", block.resolve().parent / "removable"):
        try:
            if candidate.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def _linux_warning(path: Path, mounts: list[tuple[str, str, str]]) -> LocationWarning | None:
    mount = _mount_of(path, mounts)
    if mount is not None:
        device, point, fstype = mount
        if fstype in NETWORK_FS or (fstype.startswith("fuse.") and fstype != "fuse.portal"):
            return LocationWarning(path, "network", f"{fstype} {device}")
        if _removable_block_device(device):
            return LocationWarning(path, "removable", f"{device} {point}")
    text = str(path)
    for root in REMOVABLE_ROOTS:
        if text.startswith(root):
            return LocationWarning(path, "removable", root.rstrip("/"))
    return None


def _windows_warning(path: Path) -> LocationWarning | None:  # pragma: no cover - Windows only
    import ctypes

    text = str(path)
    if text.startswith("\\\\"):
        return LocationWarning(path, "network", text.split("\\")[2] if len(text.split("\\")) > 2 else text)
    root = os.path.splitdrive(text)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    if kind == 4:  # DRIVE_REMOTE
        return LocationWarning(path, "network", root)
    if kind in (2, 5):  # DRIVE_REMOVABLE, DRIVE_CDROM
        return LocationWarning(path, "removable", root)
    return None


def location_warning(db_path: Path, *, mounts: list[tuple[str, str, str]] | None = None
                     ) -> LocationWarning | None:
    """Why ``db_path`` is a risky place for the live database, or None when it is local."""
    path = Path(os.path.abspath(db_path))
    if sys.platform == "win32":  # pragma: no cover - Windows only
        warning = _windows_warning(path)
    elif sys.platform.startswith("linux") or mounts is not None:
        warning = _linux_warning(path, read_mounts() if mounts is None else mounts)
    else:  # macOS: external volumes live under /Volumes
        external = str(path).startswith("/Volumes/")
        warning = LocationWarning(path, "removable", "/Volumes") if external else None
    if warning is not None:
        return warning
    cloud = _cloud_folder(path)
    return LocationWarning(path, "cloud", cloud) if cloud else None


def local_target(db_path: Path) -> Path:
    from nrtd_desktop.paths import DB_FILENAME, data_dir

    return data_dir() / (Path(db_path).name or DB_FILENAME)


def move_to_local(db_path: Path, target: Path | None = None) -> Path:
    """Copy the database (closed: no program has it open) into the local data folder, verified.

    The original is left where it was (renamed nothing, deleted nothing): the person decides what
    to do with it. Returns the new path, which the caller opens from now on.
    """
    from nrtd_desktop.safety.backup import create_backup
    from nrtd_desktop.safety.lock import acquire_lock

    target = Path(target) if target is not None else local_target(db_path)
    if target.exists():
        raise NrtdError("location.target_exists", path=str(target))
    with acquire_lock(Path(db_path)):
        create_backup(Path(db_path), "manual", out=target)
    return target
