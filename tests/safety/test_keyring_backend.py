"""The keyring backend that served the key is made directly at the next start (issue 26c).

``keyring`` finds the platform's backend by loading every backend plugin: ~0.1 s of CPU, up to
0.4 s of wall time at each start. The program remembers the class that found or kept the key and
makes it directly next time; keyring's own configuration (``PYTHON_KEYRING_BACKEND``, a
``keyringrc.cfg``) still wins, and a remembered class that cannot be used falls back to discovery.

Each test is "a new start": keyring has made no backend yet in the process, and its discovery is
replaced by a stand-in that counts its calls (or fails the test when it must not run).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import keyring.backend
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from nrtd_desktop.db.cipher import DatabaseKey
from nrtd_desktop.safety import keystore

SALT = bytes(range(16))
KEYS = [DatabaseKey(bytes([7]) * 32, SALT), DatabaseKey(bytes([9]) * 32, SALT)]
HERE = __name__  # tests.safety.test_keyring_backend


class HomeKeyring(KeyringBackend):
    """The computer's keyring: what it keeps outlives the process's backend object."""

    priority = 1  # type: ignore[assignment]
    entries: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")  # as keyring's own backends say it


class OtherKeyring(HomeKeyring):
    """Another keyring, empty, that the member may name in keyring's own configuration."""

    entries: ClassVar[dict[tuple[str, str], str]] = {}


class Unviable(HomeKeyring):
    """A backend whose service is not on this computer (its priority raises, as keyring's do)."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("no such service here")


class Broken(HomeKeyring):
    """Viable, but every call fails (a D-Bus connection gone, a locked keychain)."""

    calls: ClassVar[int] = 0

    def get_password(self, service: str, username: str) -> str | None:
        Broken.calls += 1
        raise RuntimeError("the service stopped answering")


class Discovery:
    """Stands in for keyring's discovery of every backend plugin, and counts its runs."""

    def __init__(self, found: list[Any]) -> None:
        self.found, self.runs = found, 0

    def __call__(self) -> list[Any]:
        self.runs += 1
        return list(self.found)


@pytest.fixture
def new_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Discovery]:
    """No backend made yet in this process, no keyring configuration, discovery counted."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "_config_path", lambda: tmp_path / "keyring-config" / "keyringrc.cfg")
    discovery = Discovery([HomeKeyring()])
    monkeypatch.setattr(keyring.backend, "get_all_keyring", discovery)
    HomeKeyring.entries.clear()
    OtherKeyring.entries.clear()
    yield discovery
    HomeKeyring.entries.clear()
    OtherKeyring.entries.clear()


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program starts again: keyring has made no backend in the new process."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


def _remembered() -> str:
    path = keystore._backend_path()
    return str(json.loads(path.read_text(encoding="utf-8"))["backend"]) if path.exists() else ""


def _remember_name(name: str) -> None:
    path = keystore._backend_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"backend": name}), encoding="utf-8")


def _keep_at_home() -> None:
    HomeKeyring.entries[(keystore.SERVICE, keystore.entry_name(SALT))] = json.dumps(
        {"keys": [k.key.hex() for k in KEYS]})


def test_the_backend_that_kept_the_key_opens_the_next_start_without_discovery(
        new_start: Discovery, monkeypatch: pytest.MonkeyPatch) -> None:
    assert keystore.remember(KEYS).ok
    assert new_start.runs == 1  # the first start: keyring's discovery chose the backend
    assert _remembered() == f"{HERE}.HomeKeyring"

    _restart(monkeypatch)

    def no_discovery() -> list[Any]:
        raise AssertionError("keyring's discovery ran although the backend was remembered")

    monkeypatch.setattr(keyring.backend, "get_all_keyring", no_discovery)
    assert keystore.recall(SALT) == KEYS
    assert type(keyring.core.get_keyring()) is HomeKeyring
    assert keystore.availability().ok


def test_a_key_found_by_discovery_is_remembered_and_then_found_directly(
        new_start: Discovery, monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_at_home()  # kept by an earlier version, which remembered no backend
    assert keystore.recall(SALT) == KEYS
    assert new_start.runs == 1 and _remembered() == f"{HERE}.HomeKeyring"
    _restart(monkeypatch)
    assert keystore.recall(SALT) == KEYS
    assert new_start.runs == 1  # the second start did not discover


@pytest.mark.parametrize("name", [
    f"{HERE}_gone.HomeKeyring",  # a module no longer there (an update removed it)
    f"{HERE}.NoSuchClass",
    f"{HERE}.Unviable",  # its service is not on this computer
    "json.JSONDecoder",  # not a keyring backend (a hand-edited file)
    "keyring.backends.null.Keyring",  # keeps nothing
    "",
])
def test_a_remembered_backend_that_cannot_serve_falls_back_to_discovery(
        new_start: Discovery, name: str) -> None:
    _keep_at_home()
    _remember_name(name)
    assert keystore.recall(SALT) == KEYS
    assert new_start.runs == 1
    assert type(keyring.core.get_keyring()) is HomeKeyring
    assert _remembered() == f"{HERE}.HomeKeyring"  # the one that served, for the next start


def test_a_remembered_backend_that_fails_gives_way_to_discovery(new_start: Discovery) -> None:
    _keep_at_home()
    _remember_name(f"{HERE}.Broken")
    assert keystore.recall(SALT) == KEYS
    assert new_start.runs == 1
    assert _remembered() == f"{HERE}.HomeKeyring"


def test_a_remembered_backend_that_does_not_hold_this_key_says_so_without_discovery(
        new_start: Discovery) -> None:
    """Another database's key not remembered: the passphrase will be asked; no discovery for that."""
    _remember_name(f"{HERE}.HomeKeyring")
    assert keystore.recall(SALT) == []
    assert new_start.runs == 0
    assert _remembered() == f"{HERE}.HomeKeyring"


def test_python_keyring_backend_wins_over_the_remembered_backend(
        new_start: Discovery, monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_at_home()
    _remember_name(f"{HERE}.HomeKeyring")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"{HERE}.OtherKeyring")
    assert keystore.recall(SALT) == []  # the named keyring holds nothing: not read from the remembered one
    assert type(keyring.core.get_keyring()) is OtherKeyring
    assert keystore.remember(KEYS).ok
    assert OtherKeyring.entries and keystore.recall(SALT) == KEYS
    assert _remembered() == f"{HERE}.HomeKeyring"  # keyring's configuration is never written over
    assert new_start.runs == 0


def test_a_keyringrc_wins_over_the_remembered_backend(
        new_start: Discovery, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_at_home()
    _remember_name(f"{HERE}.HomeKeyring")
    config = keyring.core._config_path()
    config.parent.mkdir(parents=True)
    config.write_text(f"[backend]\ndefault-keyring = {HERE}.OtherKeyring\n", encoding="utf-8")
    assert keystore.recall(SALT) == []
    assert type(keyring.core.get_keyring()) is OtherKeyring
    assert new_start.runs == 0


def test_through_the_chainer_the_backend_that_holds_the_key_is_remembered(
        new_start: Discovery, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two keyrings on the computer: keyring chains them; the one that held the key is remembered
    (the chainer itself would discover again at each start)."""
    _keep_at_home()
    new_start.found = [OtherKeyring(), HomeKeyring(), ChainerBackend()]
    assert isinstance(keyring.core.get_keyring(), ChainerBackend)
    assert keystore.recall(SALT) == KEYS
    assert _remembered() == f"{HERE}.HomeKeyring"
    _restart(monkeypatch)
    runs = new_start.runs
    assert keystore.recall(SALT) == KEYS and new_start.runs == runs


def test_when_keyring_would_choose_the_same_failing_backend_it_is_asked_once(
        new_start: Discovery) -> None:
    """A locked keyring that the member refused to unlock is not asked a second time."""
    _remember_name(f"{HERE}.Broken")
    new_start.found = [Broken()]
    Broken.calls = 0
    assert keystore.recall(SALT) == []
    assert Broken.calls == 1 and new_start.runs == 1


def test_forgetting_a_key_the_remembered_backend_does_not_hold_keeps_the_backend(
        new_start: Discovery) -> None:
    _remember_name(f"{HERE}.HomeKeyring")
    assert keystore.forget(SALT) is False  # nothing to forget: said, and no discovery for it
    assert new_start.runs == 0 and _remembered() == f"{HERE}.HomeKeyring"
    _keep_at_home()
    assert keystore.forget(SALT) is True and keystore.recall(SALT) == []
    assert new_start.runs == 0
