""""Remember on this computer": the database key in the operating system's keyring.

Through the ``keyring`` package: Windows Credential Manager, the macOS Keychain, the Secret
Service (GNOME Keyring, KWallet) on Linux. What is kept is the raw database key (never the
passphrase), under the service ``NRTD Desktop`` and a name made from the database's salt, so the
same entry opens the database wherever the file is moved, and its backups.

A computer without a keyring service (a Linux session without the Secret Service, a minimal
desktop) is told apart and said in a sentence (``keystore.unavailable``); nothing breaks: the
passphrase is asked at each start instead. Every keyring failure is caught here: a keyring that
cannot be reached must never keep the committee from its data.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from nrtd_desktop.db.cipher import DatabaseKey

log = logging.getLogger(__name__)

SERVICE = "NRTD Desktop"

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "keystore.unavailable": (
        "This computer has no keyring service that NRTD Desktop can use ({reason}): the passphrase "
        "cannot be remembered here and will be asked at each start.",
        "لا توجد على هذا الحاسوب خدمة سلسلة مفاتيح يستطيع البرنامج استخدامها ({reason}): لا يمكن تذكّر "
        "عبارة المرور هنا، وستُطلب عند كل تشغيل.",
    ),
}


@dataclass(frozen=True)
class KeystoreResult:
    ok: bool
    reason: str = ""  # why the keyring could not be used (shown in keystore.unavailable)


def entry_name(salt: bytes) -> str:
    return f"database-{salt.hex()}"


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def availability() -> KeystoreResult:
    """Whether a real keyring is there (the ``fail`` and ``null`` backends are not)."""
    try:
        backend = _backend()
    except Exception as exc:  # a broken backend configuration
        return KeystoreResult(False, f"{type(exc).__name__}: {exc}")
    module = type(backend).__module__
    if module.endswith((".fail", ".null")):
        return KeystoreResult(False, "no Secret Service, Credential Manager or Keychain was found")
    return KeystoreResult(True)


def remember(keys: list[DatabaseKey]) -> KeystoreResult:
    """Keep ``keys`` (the current first, then the former ones for old backups) for their family."""
    if not keys:
        return KeystoreResult(False, "no key")
    state = availability()
    if not state.ok:
        return state
    value = json.dumps({"keys": [k.key.hex() for k in keys]})
    try:
        _backend().set_password(SERVICE, entry_name(keys[0].salt), value)
    except Exception as exc:  # locked keyring, D-Bus gone, the user refused
        log.warning("could not keep the key in the keyring: %s", exc)
        return KeystoreResult(False, f"{type(exc).__name__}: {exc}")
    return KeystoreResult(True)


def recall(salt: bytes) -> list[DatabaseKey]:
    """The keys remembered for the family of ``salt`` (empty: none, or no keyring)."""
    try:
        value = _backend().get_password(SERVICE, entry_name(salt))
    except Exception as exc:
        log.info("the keyring could not be read: %s", exc)
        return []
    if not value:
        return []
    try:
        return [DatabaseKey(bytes.fromhex(h), salt) for h in json.loads(value)["keys"]]
    except (ValueError, KeyError, TypeError):
        return []


def forget(salt: bytes) -> bool:
    try:
        _backend().delete_password(SERVICE, entry_name(salt))
        return True
    except Exception:  # no such entry, or no keyring
        return False


def is_remembered(salt: bytes) -> bool:
    return bool(recall(salt))
