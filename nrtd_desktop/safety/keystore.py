""""Remember on this computer": the database key in the operating system's keyring.

Through the ``keyring`` package: Windows Credential Manager, the macOS Keychain, the Secret
Service (GNOME Keyring, KWallet) on Linux. What is kept is the raw database key (never the
passphrase), under the service ``NRTD Desktop`` and a name made from the database's salt, so the
same entry opens the database wherever the file is moved, and its backups.

A computer without a keyring service (a Linux session without the Secret Service, a minimal
desktop) is told apart and said in a sentence (``keystore.unavailable``); nothing breaks: the
passphrase is asked at each start instead. Every keyring failure is caught here: a keyring that
cannot be reached must never keep the committee from its data.

Which backend: ``keyring`` finds the platform's by loading every backend plugin it knows
(importlib.metadata entry points, then each backend's viability test): ~0.1 s of CPU and up to
0.4 s of wall time at each start (issue 26c). So the class that last served the key (found it, or
kept it) is remembered per user (``keyring-backend.json`` beside the settings, module and class
name only) and made directly at the next start. Keyring's own configuration always wins: with
``PYTHON_KEYRING_BACKEND`` or a ``keyringrc.cfg`` the choice is keyring's, as if nothing were
remembered. A remembered class that cannot be imported, is no backend, is not viable here
(its ``priority`` raises), fails, or no longer holds the key: forgotten, and keyring's discovery
runs as before.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nrtd_desktop.atomic import atomic_write_text
from nrtd_desktop.db.cipher import DatabaseKey

log = logging.getLogger(__name__)

SERVICE = "NRTD Desktop"
BACKEND_FILE = "keyring-backend.json"  # the backend class that last served the key (per user)

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
    """This process's keyring backend: keyring's own choice when it was configured (or is already
    made), else the remembered class made directly, else keyring's discovery."""
    import keyring
    import keyring.core

    if getattr(keyring.core, "_keyring_backend", None) is None and not configured_explicitly():
        remembered = _remembered_backend()
        if remembered is not None:
            keyring.set_keyring(remembered)
    return keyring.get_keyring()


def configured_explicitly() -> bool:
    """Whether the member (or an administrator) chose the backend in keyring's own ways."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        import keyring.core

        config_path: Callable[[], Path] = keyring.core._config_path  # where keyring reads keyringrc.cfg
        return config_path().exists()
    except Exception:  # no configuration folder to look at: keyring would find none either
        return False


def _backend_path() -> Path:
    from nrtd_desktop.settings import config_dir

    return config_dir() / BACKEND_FILE


def _remembered_name() -> str:
    try:
        data = json.loads(_backend_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    name = data.get("backend") if isinstance(data, dict) else None
    return name if isinstance(name, str) else ""


def _remembered_backend() -> Any:
    """The remembered backend, made without discovery; None (and forgotten) when it cannot be."""
    name = _remembered_name()
    if not name:
        return None
    try:
        from keyring.backend import KeyringBackend
        from keyring.core import load_keyring

        backend = load_keyring(name)  # imports the module, asks its priority (viability), makes it
        if not isinstance(backend, KeyringBackend) or not _rememberable(backend):
            raise TypeError(f"{name} is not a keyring backend that keeps keys")
    except Exception as exc:  # gone with an update, D-Bus not there, a hand-edited file
        log.info("the remembered keyring backend %s is not used: %s", name, exc)
        _forget_backend()
        return None
    return backend


def _rememberable(backend: Any) -> bool:
    """A backend that keeps keys itself (not fail/null, and not the chainer, which discovers)."""
    module = type(backend).__module__
    return not module.endswith((".fail", ".null", ".chainer"))


def _remember_backend(backend: Any) -> None:
    if configured_explicitly() or not _rememberable(backend):
        return
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if name == _remembered_name():
        return
    try:
        _backend_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(_backend_path(), json.dumps({"backend": name}))
    except OSError as exc:  # a read-only configuration folder: discovery at each start, as before
        log.info("could not remember the keyring backend: %s", exc)


def _forget_backend() -> None:
    with contextlib.suppress(OSError):
        _backend_path().unlink(missing_ok=True)


def _rediscover() -> Any:
    """Keyring's own discovery, after the remembered backend failed here."""
    import keyring
    import keyring.core

    _forget_backend()
    keyring.core.init_backend()
    return keyring.get_keyring()


def _name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _served_by(backend: Any, act: Callable[[Any], Any], *, kept: bool) -> tuple[Any, Any]:
    """Run ``act`` on ``backend``; through keyring's chainer, on its backends one by one as the
    chainer does (a read: the first that has it; a write: the first that accepts it), to know
    which one served. Returns (result, the backend that served or None)."""
    chained = getattr(backend, "backends", None) if type(backend).__module__.endswith(".chainer") else None
    if not chained:
        result = act(backend)
        return result, (backend if (kept or result is not None) else None)
    for one in chained:
        try:
            result = act(one)
        except NotImplementedError:
            continue
        if kept or result is not None:
            return result, one
    return None, None


def _through_keyring(act: Callable[[Any], Any], *, kept: bool) -> Any:
    """``act`` on this process's backend; when that was the remembered one and it fails, once
    more on keyring's own choice. The backend that served is remembered for the next start."""
    backend = _backend()
    try:
        result, served = _served_by(backend, act, kept=kept)
    except Exception as exc:
        from keyring.errors import PasswordDeleteError

        if isinstance(exc, PasswordDeleteError):  # no such entry: an answer, not a failure
            raise
        if configured_explicitly() or _name(backend) != _remembered_name():
            raise
        log.info("the remembered keyring backend failed (%s): keyring's own choice instead", exc)
        chosen = _rediscover()
        if _name(chosen) == _name(backend):  # keyring chooses the same: no second try (nor prompt)
            raise
        result, served = _served_by(chosen, act, kept=kept)
    if served is not None:
        _remember_backend(served)
    return result


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
    name = entry_name(keys[0].salt)
    try:
        _through_keyring(lambda b: b.set_password(SERVICE, name, value), kept=True)
    except Exception as exc:  # locked keyring, D-Bus gone, the user refused
        log.warning("could not keep the key in the keyring: %s", exc)
        return KeystoreResult(False, f"{type(exc).__name__}: {exc}")
    return KeystoreResult(True)


def recall(salt: bytes) -> list[DatabaseKey]:
    """The keys remembered for the family of ``salt`` (empty: none, or no keyring)."""
    name = entry_name(salt)
    try:
        value = _through_keyring(lambda b: b.get_password(SERVICE, name), kept=False)
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
    name = entry_name(salt)
    try:
        _through_keyring(lambda b: b.delete_password(SERVICE, name), kept=False)
        return True
    except Exception:  # no such entry, or no keyring
        return False


def is_remembered(salt: bytes) -> bool:
    return bool(recall(salt))
