"""Shared fixtures: an isolated configuration, and a demo database built once per run.

Tests copy one prepared demo database instead of building it each time (as Anki's tests do).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Qt runs without a screen in tests unless a test starts Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One installation for the whole run: each test's own configuration folder is still "this
# computer", so a database built once and copied into a test is not a copy from another computer
# (tests/safety/test_copied_site.py sets other ids, or removes this, on purpose).
os.environ.setdefault("NRTD_INSTALLATION_ID", f"tests-{uuid.uuid4().hex}")

# No test reads or writes the developer's own keyring: the null backend remembers nothing
# (tests of "remember on this computer" install an in-memory one, tests/safety/test_encryption.py).
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

TODAY = date(2026, 11, 29)  # a fixed "today" for overdue logic


def pytest_sessionstart(session: pytest.Session) -> None:
    """Every sentence of the program, as its entry points register them (``nrtd_desktop/catalogue.py``):
    tests call modules directly, without the window or the command line."""
    from nrtd_desktop.cli import catalogue

    catalogue.load()


@pytest.fixture(autouse=True)
def _no_database_keys_across_tests() -> Iterator[None]:
    """The keys an unlocked database leaves in memory (``db/cipher.py``) end with each test."""
    yield
    from nrtd_desktop.db import cipher

    cipher.forget_keys()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's own settings or data folder."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("NRTD_DATA_DIR", str(base / "data"))
    monkeypatch.delenv("NRTD_DB", raising=False)


_DOCS = Path(__file__).resolve().parents[1] / "docs"


def _docs_state() -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in _DOCS.rglob("*") if p.is_file()}


@pytest.fixture(autouse=True, scope="session")
def _docs_are_never_written() -> Iterator[None]:
    """Tests write only to temporary folders: the committed pictures and documents under docs/
    are made by scripts (tests/ui/screenshots.py), never by a test run."""
    before = _docs_state()
    yield
    after = _docs_state()
    changed = sorted(set(before.items()) ^ set(after.items()))
    assert not changed, f"a test wrote into docs/: {sorted({name for name, _ in changed})[:10]}"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    services = open_services(path, today=TODAY)
    load_demo(services)
    services.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_services(demo_db: Path) -> Iterator[object]:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor

    services = open_services(demo_db, Actor(name="Test member", entity="HRC"), today=TODAY)
    yield services
    services.close()


@pytest.fixture
def empty_services(tmp_path: Path) -> Iterator[object]:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor

    services = open_services(tmp_path / "empty.sqlite", Actor(name="Test member", entity="HRC"), today=TODAY)
    yield services
    services.close()


# PySide6 6.12 under Python 3.11 can abort at interpreter shutdown after a long Qt session
# ("Fatal Python error: bool_dealloc" while garbage-collecting Qt wrappers): every test has
# passed and been reported by then, but the abort would turn a green run into exit code 134.
# Leave the process as soon as pytest is done, with pytest's own exit status.
_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    if _exit_status and "PySide6.QtCore" in __import__("sys").modules:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])
