"""Every database opened in one process gets the history listener and the storage-error
translation, also after earlier ones were closed and collected.

SQLAlchemy's ``event.contains`` answers by the ``id()`` of the target and keeps the key after the
target is collected: guarded by it, a new session factory or engine that reused a collected
one's id was taken for already set up. Its edits then saved without history and without a
version bump, so an exchange package overwrote them without showing a conflict.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from nrtd_desktop.db import history
from nrtd_desktop.db.engine import make_session_factory
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.safety import errors

FACTORIES = 60  # with the old guard more than half of them went without a listener


def test_every_new_session_factory_records_history() -> None:
    engine = create_engine("sqlite://")
    without = 0
    for _ in range(FACTORIES):
        sessions = make_session_factory(engine)
        history.install(sessions)
        history.install(sessions)  # twice: still one listener
        with sessions() as session:
            installed = [f for f in session.dispatch.before_flush if f is history._before_flush]
        without += len(installed) != 1
        del sessions, session
        gc.collect()
    assert without == 0


def test_every_new_engine_translates_storage_errors(tmp_path: Path) -> None:
    untranslated = 0
    for number in range(FACTORIES // 4):  # engines: the same guard, the same fix
        engine = create_engine(f"sqlite:///{tmp_path / f'{number}.sqlite'}")
        errors.install(engine)
        with engine.connect() as connection:
            connection.execute(text("PRAGMA query_only = 1"))
            with pytest.raises(Exception) as raised:
                connection.execute(text("CREATE TABLE t (a)"))
        untranslated += not (isinstance(raised.value, DatabaseError) and raised.value.key == "db.read_only")
        engine.dispose()
        del engine
        gc.collect()
    assert untranslated == 0

