"""Unlocking an encrypted database: from the keyring, a passphrase, or the recovery key.

The window (``ui/unlock_dialog``) and the command line (``cli/unlock``) ask; this module decides.
Each way ends in ``cipher.remember_key``: the key is held in memory for this process (the
database, its backups and snapshots open with it), never written anywhere by this module except
the keyring when the member ticked "remember on this computer".

Wrong passphrases: a clear sentence and a growing delay before the next try (1, 2, 4 … 60 s),
counted per database in the configuration folder, so that closing and reopening the program
does not reset it. The derivation itself (PBKDF2-SHA512, 256,000 rounds, ~0.3 s) is what makes
guessing slow for someone who copied the file; the delay is for the person at the keyboard.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from nrtd_desktop.atomic import atomic_write_text
from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DatabaseKey
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.safety import keystore

PASSPHRASE_ENV = "NRTD_DB_PASSPHRASE"
MIN_PASSPHRASE = 10
MAX_DELAY_S = 60.0
ATTEMPTS_FILE = "unlock-attempts.json"

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "unlock.wait": (
        "Too many wrong passphrases: wait {seconds} seconds before the next try.",
        "عبارات مرور خاطئة كثيرة: انتظر {seconds} ثانية قبل المحاولة التالية.",
    ),
    "unlock.wrong_wait": (
        "This passphrase does not open '{path}'. Check the keyboard language and Caps Lock. "
        "The next try is possible in {seconds} seconds.",
        "عبارة المرور هذه لا تفتح «{path}». تحقّق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة. "
        "يمكن المحاولة التالية بعد {seconds} ثانية.",
    ),
    "unlock.too_short": (
        "A passphrase needs at least {minimum} characters (a few words are easier to remember than "
        "symbols).",
        "تحتاج عبارة المرور إلى {minimum} أحرف على الأقل (بضع كلمات أسهل في التذكّر من الرموز).",
    ),
    "unlock.not_same": (
        "The two passphrases are not the same.",
        "عبارتا المرور غير متطابقتين.",
    ),
}

# A former-keys row that cannot be read is no former key (the driver's errors, bad hex or JSON).
_UNREADABLE: tuple[type[Exception], ...] = (*cipher.DRIVER_ERRORS, ValueError, TypeError)


@dataclass(frozen=True)
class Unlocked:
    key: DatabaseKey
    source: str  # "held", "keyring", "passphrase", "environment", "recovery"


# ---- the delay after wrong passphrases ------------------------------------------------------------

def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong passphrases in a row: 0, then 1, 2, 4 … 60."""
    return 0.0 if failures <= 0 else min(MAX_DELAY_S, 2.0 ** (failures - 1))


def _attempts_path() -> Path:
    from nrtd_desktop.settings import config_dir

    return config_dir() / ATTEMPTS_FILE


def _read_attempts() -> dict[str, dict[str, float]]:
    try:
        data = json.loads(_attempts_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_attempts(data: dict[str, dict[str, float]]) -> None:
    try:
        _attempts_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(_attempts_path(), json.dumps(data))
    except OSError:  # a read-only configuration folder: the delay then lasts this process only
        pass


_memory: dict[str, dict[str, float]] = {}


def _state(salt: bytes) -> dict[str, float]:
    name = salt.hex()
    stored = _read_attempts().get(name) or {}
    held = _memory.get(name) or {}
    return held if held.get("last", 0) >= stored.get("last", 0) else stored


def wait_remaining(salt: bytes, now: float | None = None) -> float:
    """Seconds before the next passphrase may be tried for this database."""
    state = _state(salt)
    failures = int(state.get("failures", 0))
    if failures <= 0:
        return 0.0
    now = time.time() if now is None else now
    return max(0.0, float(state.get("last", 0)) + delay_after(failures) - now)


def failures(salt: bytes) -> int:
    return int(_state(salt).get("failures", 0))


def _record(salt: bytes, *, failed: bool) -> None:
    data = _read_attempts()
    name = salt.hex()
    if failed:
        count = failures(salt) + 1
        data[name] = _memory[name] = {"failures": count, "last": time.time()}
    else:
        data.pop(name, None)
        _memory.pop(name, None)
    _write_attempts(data)


# ---- the ways in -----------------------------------------------------------------------------------

def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise DatabaseError("unlock.too_short", minimum=MIN_PASSPHRASE)
    if repeated is not None and repeated != passphrase:
        raise DatabaseError("unlock.not_same")


def needs_unlock(path: Path) -> bool:
    """An encrypted database whose key this program does not hold yet."""
    return Path(path).exists() and cipher.locked(Path(path))


def _salt(path: Path) -> bytes:
    salt = cipher.salt_of(path)
    if salt is None or not cipher.looks_encrypted(path):
        raise DatabaseError("db.not_a_database", path=str(path))
    return salt


def hold(keys: list[DatabaseKey]) -> None:
    """Hold every key (former ones first, so that the current one comes out first)."""
    for key in reversed(keys):
        cipher.remember_key(key)


def hold_former_keys(path: Path, key: DatabaseKey) -> None:
    """Hold, besides ``key``, the keys the database had before a change of passphrase (kept inside
    it, meta ``former_keys``): its older backups then open too. Read-only; a file that cannot be
    read that way (damaged) keeps only ``key``."""
    import json

    former: list[DatabaseKey] = []
    try:
        connection = cipher.connect(cipher.read_only_uri(path), key, uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'former_keys'").fetchone()
        finally:
            connection.close()
        for hex_key in json.loads(row[0]) if row else []:
            candidate = DatabaseKey(bytes.fromhex(hex_key), key.salt)
            if candidate != key:
                former.append(candidate)
    except _UNREADABLE:
        pass
    hold([key, *former])


def from_keyring(path: Path) -> Unlocked | None:
    """The remembered key, if it still opens the file (a changed passphrase elsewhere: None)."""
    salt = cipher.salt_of(path)
    if salt is None:
        return None
    keys = keystore.recall(salt)
    if keys and cipher.opens(path, keys[0]):
        hold(keys)
        hold_former_keys(path, keys[0])
        return Unlocked(keys[0], "keyring")
    return None


def with_passphrase(path: Path, passphrase: str, *, remember: bool = False, source: str = "passphrase",
                    wait: bool = False) -> Unlocked:
    """Derive the key from ``passphrase`` and check that it opens ``path``.

    Raises ``unlock.wait`` while the delay after wrong passphrases runs (``wait=True``: sleeps
    instead, the command line's way) and ``unlock.wrong_wait`` for a wrong one.
    """
    path = Path(path)
    salt = _salt(path)
    remaining = wait_remaining(salt)
    if remaining > 0:
        if not wait:
            raise DatabaseError("unlock.wait", seconds=int(remaining + 0.999))
        time.sleep(remaining)
    key = cipher.derive_key(passphrase, salt)
    if not cipher.opens(path, key):
        _record(salt, failed=True)
        raise DatabaseError("unlock.wrong_wait", path=str(path), seconds=int(delay_after(failures(salt))))
    _record(salt, failed=False)
    hold_former_keys(path, key)
    if remember:
        keystore.remember([key, *[k for k in cipher.known_keys(salt) if k != key]])
    return Unlocked(key, source)


def with_recovery_key(path: Path, text: str, *, backup_folder: Path | None = None) -> Unlocked:
    """The coordinator's printed recovery key: finds the key in the escrow files."""
    from nrtd_desktop.safety import recovery

    path = Path(path)
    salt = _salt(path)
    if backup_folder is None:
        from nrtd_desktop.safety.backup import backup_folder as default_folder

        backup_folder = default_folder()
    key = recovery.recover_key(path, recovery.RecoveryKey.parse(text),
                               recovery.escrow_paths(path, backup_folder))
    hold_former_keys(path, key)
    _record(salt, failed=False)  # the committee's key proves the person: the delay is over
    _recovered.add(key.key_id)
    return Unlocked(key, "recovery")


_recovered: set[str] = set()


def recovered_here() -> set[str]:
    """The keys found with the recovery key in this process (they may set a new passphrase
    without the forgotten one)."""
    return set(_recovered)


def from_environment(path: Path) -> Unlocked | None:
    """``NRTD_DB_PASSPHRASE`` (scripts, CI); None when it is not set."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        return None
    return with_passphrase(path, passphrase, source="environment", wait=True)


def without_asking(path: Path) -> Unlocked | None:
    """Held already, else the keyring, else the environment; None: a person must be asked."""
    path = Path(path)
    held = cipher.key_for_file(path, required=False)
    if held is not None:
        return Unlocked(held, "held")
    return from_keyring(path) or from_environment(path)
