"""The ``.nrtdpkg`` file: a zip written atomically (``atomic.atomic_write``) and read defensively.

Reading refuses, before anything is decrypted: names with ``..``, absolute or drive paths and
backslashes, unexpected or repeated entries, too many entries, entries or files larger than the
limits (checked on the bytes actually read, not only the sizes the zip declares).
"""

from __future__ import annotations

import dataclasses
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from nrtd_desktop.atomic import atomic_write
from nrtd_desktop.domain.errors import Localized, os_reason
from nrtd_desktop.exchange import crypto
from nrtd_desktop.exchange.manifest import (
    ENTRY_NAMES,
    KEY_CHECK_NAME,
    MANIFEST_NAME,
    PART_NAMES,
    Manifest,
)
from nrtd_desktop.exchange.messages import ExchangeError

MAX_ENTRIES = 16
MAX_MANIFEST = 1024 * 1024
MAX_PART = 256 * 1024 * 1024
MAX_FILE = 600 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class OpenedPackage:
    manifest: Manifest
    parts: dict[str, bytes]  # part name -> plaintext (JSON bytes)
    path: str


def write_package(path: Path, manifest: Manifest, plaintexts: dict[str, bytes], passphrase: str) -> Manifest:
    """Encrypt and write; returns the manifest as written (with part digests and key parameters)."""
    crypto.check_passphrase(passphrase)
    kdf = crypto.new_kdf()
    key = crypto.derive_key(passphrase, kdf)
    parts = {
        name: {"sha256": crypto.digest(plaintexts[name]), "size": len(plaintexts[name])}
        for name in PART_NAMES
    }
    manifest = dataclasses.replace(manifest, parts=parts, kdf=kdf)
    manifest_bytes = manifest.to_bytes()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as tmp:
        with zipfile.ZipFile(tmp, "w") as archive:
            archive.comment = crypto.FILE_MAC_PLACEHOLDER
            archive.writestr(MANIFEST_NAME, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr(KEY_CHECK_NAME, crypto.seal_key_check(key))
            for name in PART_NAMES:
                archive.writestr(name, crypto.seal_part(key, name, plaintexts[name], manifest_bytes))
        # The zip's comment, its last bytes, carries a MAC of every other byte of the file: a byte
        # flipped anywhere, even in zip fields no reader looks at, is refused.
        data = tmp.read_bytes()
        with tmp.open("r+b") as handle:
            handle.seek(len(data) - len(crypto.FILE_MAC_PLACEHOLDER))
            handle.write(crypto.file_mac(key, data))
    return manifest


_ZIP_ENCRYPTED = 0x1  # general purpose bit 0 of a zip entry


def _unsafe(name: str) -> bool:
    pure = PurePosixPath(name)
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or ".." in pure.parts
        or any(ord(c) < 32 for c in name)
    )


def _read_entries(path: Path) -> dict[str, bytes]:
    shown = str(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise ExchangeError("exchange.too_large", path=shown)
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ExchangeError("exchange.too_large", path=shown)
            for info in infos:
                if _unsafe(info.filename):
                    raise ExchangeError("exchange.unsafe_entry", path=shown, name=info.filename)
                if info.flag_bits & _ZIP_ENCRYPTED:
                    # Never written by the program (its parts are sealed with AES-GCM inside the
                    # zip): a changed byte in the entry's flags, which zipfile would report as a
                    # RuntimeError asking for a password.
                    raise ExchangeError("exchange.tampered", path=shown, part=info.filename)
            names = [info.filename for info in infos]
            if sorted(names) != sorted(ENTRY_NAMES):
                unexpected = Localized("unexpected contents", "محتوى غير متوقع")
                raise ExchangeError("exchange.not_a_package", path=shown, reason=unexpected)
            entries = {}
            for info in infos:
                limit = MAX_MANIFEST if info.filename == MANIFEST_NAME else MAX_PART
                if info.file_size > limit:
                    raise ExchangeError("exchange.too_large", path=shown)
                with archive.open(info) as member:
                    data = member.read(limit + 1)
                if len(data) > limit:
                    raise ExchangeError("exchange.too_large", path=shown)
                entries[info.filename] = data
            return entries
    except ExchangeError:
        raise
    except FileNotFoundError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        KeyError,
    ) as error:
        # A changed byte usually breaks the zip's CRC or structure before the cipher sees it.
        raise ExchangeError("exchange.tampered", path=shown, part=str(error)[:60]) from error
    except OSError as error:
        raise ExchangeError(
            "exchange.not_a_package", path=shown, reason=os_reason(error)
        ) from error


def read_manifest(path: Path) -> Manifest:
    """The manifest alone (who sent it, for whom), before the passphrase is asked. Not trusted yet."""
    entries = _read_entries(Path(path))
    return Manifest.from_bytes(entries[MANIFEST_NAME], str(path))


def open_package(path: Path, passphrase: str) -> OpenedPackage:
    """Read, authenticate and decrypt the package; raise ExchangeError for anything wrong."""
    path = Path(path)
    entries = _read_entries(path)
    manifest_bytes = entries[MANIFEST_NAME]
    manifest = Manifest.from_bytes(manifest_bytes, str(path))
    key = crypto.derive_key(passphrase or "", manifest.kdf)
    crypto.verify_key_check(key, entries[KEY_CHECK_NAME])
    crypto.verify_file_mac(key, path.read_bytes(), str(path))
    parts = {
        name: crypto.open_part(
            key, name, entries[name], manifest_bytes, str(manifest.parts[name].get("sha256", "")), str(path)
        )
        for name in PART_NAMES
    }
    return OpenedPackage(manifest=manifest, parts=parts, path=str(path))
