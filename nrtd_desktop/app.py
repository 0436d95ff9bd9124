"""Builds everything once: the database (checked and migrated), the services, the actor."""

from __future__ import annotations

import json
import os
import socket
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from nrtd_desktop.db import history, migrate, reference_sync
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.engine import make_session_factory
from nrtd_desktop.db.models import MetaValue
from nrtd_desktop.services import Services
from nrtd_desktop.services.base import ServiceContext

SITE_KEY = "site_id"


def site_id(engine: Engine) -> str:
    """This database's own id, made once: exchange packages tell laptops apart by it."""
    with Session(engine) as session, session.begin():
        stored = session.get(MetaValue, SITE_KEY)
        if stored is None:
            stored = MetaValue(key=SITE_KEY, value=json.dumps(new_id()))
            session.add(stored)
        return str(json.loads(stored.value))


def default_actor_name() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or os.environ.get("USERNAME") or socket.gethostname()


def open_services(
    db_path: Path,
    actor: history.Actor | None = None,
    *,
    create: bool = True,
    today: date | None = None,
    before_migration=None,
) -> Services:  # type: ignore[no-untyped-def]
    """Open (creating or upgrading as needed) the database at ``db_path``."""
    engine = migrate.open_engine(Path(db_path), create=create, before_migration=before_migration)
    try:
        reference_sync.sync(engine)
        site = site_id(engine)
    except Exception:
        engine.dispose()
        raise
    actor = actor or history.Actor(name=default_actor_name())
    actor = history.Actor(name=actor.name, entity=actor.entity, site_id=site)
    sessions = make_session_factory(engine)
    history.install(sessions)
    return Services(ServiceContext(engine=engine, sessions=sessions, actor=actor, today_override=today))
