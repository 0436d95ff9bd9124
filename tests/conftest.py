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


_CHECKOUT = Path(__file__).resolve().parents[1]
_DOCS = _CHECKOUT / "docs"
# What a run may add at the top of the checkout: caches of the tools, never a file of the program
# (a path taken relative to the working folder, such as a server database's name, lands here).
_CACHES = {".pytest_cache", ".mypy_cache", ".ruff_cache", "__pycache__", ".hypothesis", ".venv"}


def _docs_state() -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in _DOCS.rglob("*") if p.is_file()}


@pytest.fixture(autouse=True, scope="session")
def _docs_are_never_written() -> Iterator[None]:
    """Tests write only to temporary folders: the committed pictures and documents under docs/
    are made by scripts (tests/ui/screenshots.py), never by a test run, and nothing new appears
    at the top of the checkout."""
    before, top = _docs_state(), {p.name for p in _CHECKOUT.iterdir()}
    yield
    after = _docs_state()
    changed = sorted(set(before.items()) ^ set(after.items()))
    assert not changed, f"a test wrote into docs/: {sorted({name for name, _ in changed})[:10]}"
    added = sorted({p.name for p in _CHECKOUT.iterdir()} - top - _CACHES)
    assert not added, f"a test wrote into the checkout: {added}"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    services = open_services(path, today=TODAY)
    load_demo(services)
    services.close()
    return path


# The tests of the services run on both engines when a PostgreSQL server is named
# (tests/pg_server.py): every test of these folders that uses ``demo_services`` or
# ``empty_services`` runs once on SQLite and once on PostgreSQL. The window's tests, the file
# safety tests (locks, backups, damaged files) and the screenshot tours stay on SQLite.
BOTH_ENGINES = ("tests/unit/", "tests/plan/", "tests/dashboard/", "tests/drafting/", "tests/db/",
                "tests/reports/", "tests/classify/", "tests/exchange/", "tests/transfer/", "tests/postgres/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" in metafunc.fixturenames:
        path = Path(str(metafunc.definition.fspath)).as_posix()
        wanted = {"demo_services", "empty_services"} & set(metafunc.fixturenames)
        if wanted and any(folder in path for folder in BOTH_ENGINES) and "test_ui" not in path:
            metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": the engine under a test's ``demo_services``/``empty_services``."""
    engine = getattr(request, "param", "sqlite")
    if engine == "postgresql":
        from tests import pg_server as postgres

        postgres.require()
    return engine


@pytest.fixture(scope="session")
def pg_demo_template() -> Iterator[str]:
    """The demo committee on the PostgreSQL server, built once per run: its database's name."""
    from nrtd_desktop.app import open_services
    from nrtd_desktop.demo.loader import load_demo
    from tests import pg_server as postgres

    url = postgres.create_database(prefix="nrtd_demo")
    try:
        services = open_services(url, today=TODAY)
        load_demo(services)
        services.close()
    except BaseException:  # a template that failed to build is not left on the server
        postgres.drop_database(url)
        raise
    yield postgres.database_name(url)
    postgres.drop_database(url)


@pytest.fixture
def pg_demo_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh copy of the demo committee on the server, for one test: its URL."""
    from tests import pg_server as postgres

    url = postgres.create_database(template=request.getfixturevalue("pg_demo_template"))
    yield url
    postgres.drop_database(url)


@pytest.fixture
def pg_empty_url() -> Iterator[str]:
    from tests import pg_server as postgres

    url = postgres.create_database()
    yield url
    postgres.drop_database(url)


@pytest.fixture
def demo_location(db_engine: str, request: pytest.FixtureRequest) -> Path | str:
    """Where a test's demo committee is: a copied file, or a copied database on the server."""
    if db_engine == "postgresql":
        return request.getfixturevalue("pg_demo_url")
    return request.getfixturevalue("demo_db")


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_services(demo_location: Path | str) -> Iterator[object]:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor

    services = open_services(demo_location, Actor(name="Test member", entity="HRC"), today=TODAY)
    yield services
    services.close()


@pytest.fixture
def empty_services(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db.history import Actor

    on_server = db_engine == "postgresql"
    location = request.getfixturevalue("pg_empty_url") if on_server else tmp_path / "empty.sqlite"
    services = open_services(location, Actor(name="Test member", entity="HRC"), today=TODAY)
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
