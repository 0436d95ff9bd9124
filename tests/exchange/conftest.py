"""Laptops for exchange tests: the coordinator's (the demo database) and members' built from it.

Edits go through ``services.context.write()`` with ORM objects: the same path every service takes
(the history listener bumps versions and records history), without depending on each editing
service's signature.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.db.models import SHARED_MODELS, Entity, HistoryEntry, Recommendation
from nrtd_desktop.exchange.export import ExportRequest
from nrtd_desktop.exchange.records import content_of
from tests.conftest import TODAY

PASSPHRASE = "نخيل الرياض 2026"  # an Arabic passphrase, as a committee would choose
MEMBER_ENTITY = "MOJ"


@dataclass
class Laptop:
    services: Any
    role: str
    entity: str
    folder: Path

    def export(self, name: str, **request: Any) -> Path:
        out = self.folder / name
        self.services.exchange.export(
            out, PASSPHRASE, ExportRequest(**request), role=self.role, user_entity=self.entity
        )
        return out

    def review(self, package: Path, passphrase: str = PASSPHRASE) -> Any:
        return self.services.exchange.review(package, passphrase, role=self.role, lang="en")

    def import_(self, package: Path, resolve: str | None = None) -> Any:
        review = self.review(package)
        if resolve:
            review.plan.resolve_all(resolve)
        return self.services.exchange.apply(review)

    # -- edits as the program makes them ---------------------------------------------------
    def edit(self, table: str, record_id: str, **changes: Any) -> None:
        with self.services.context.write() as session:
            record = session.get(SHARED_MODELS[table], record_id)
            for name, value in changes.items():
                setattr(record, name, value)

    def delete(self, table: str, record_id: str) -> None:
        with self.services.context.write() as session:
            session.delete(session.get(SHARED_MODELS[table], record_id))

    def add(self, record: Any) -> str:
        with self.services.context.write() as session:
            session.add(record)
            session.flush()
            return str(record.id)

    def get(self, table: str, record_id: str) -> dict[str, Any] | None:
        with self.services.context.read() as session:
            record = session.get(SHARED_MODELS[table], record_id)
            return None if record is None else content_of(record)

    def version(self, table: str, record_id: str) -> int | None:
        with self.services.context.read() as session:
            record = session.get(SHARED_MODELS[table], record_id)
            return None if record is None else record.version

    def records(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every shared record's content, by table and id: to compare laptops and states."""
        with self.services.context.read() as session:
            return {
                table: {r.id: content_of(r) for r in session.scalars(select(model))}
                for table, model in SHARED_MODELS.items()
            }

    def history_count(self) -> int:
        with self.services.context.read() as session:
            return int(session.scalar(select(func.count()).select_from(HistoryEntry)) or 0)

    def history(self, record_id: str, field: str) -> list[HistoryEntry]:
        with self.services.context.read() as session:
            return list(
                session.scalars(
                    select(HistoryEntry)
                    .where(HistoryEntry.record_id == record_id, HistoryEntry.field == field)
                    .order_by(HistoryEntry.id)
                )
            )

    def entity_id(self, code: str) -> str:
        with self.services.context.read() as session:
            return str(session.scalar(select(Entity.id).where(Entity.code == code)))

    def recommendation_led_by(self, code: str) -> str:
        with self.services.context.read() as session:
            return str(
                session.scalar(
                    select(Recommendation.id)
                    .join(Entity, Recommendation.lead_entity_id == Entity.id)
                    .where(Entity.code == code)
                    .order_by(Recommendation.reference)
                    .limit(1)
                )
            )


def open_laptop(path: Path, name: str, entity: str, role: str) -> Laptop:
    services = open_services(path, Actor(name=name, entity=entity), today=TODAY)
    return Laptop(services=services, role=role, entity=entity, folder=path.parent)


@pytest.fixture
def coordinator(demo_db: Path) -> Iterator[Laptop]:
    laptop = open_laptop(demo_db, "Coordinator", "HRC", "coordinator")
    yield laptop
    laptop.services.close()


@pytest.fixture
def new_laptop(tmp_path: Path) -> Iterator[Any]:
    """Make an empty laptop: ``new_laptop(name, entity)``."""
    opened: list[Laptop] = []

    def make(name: str = "member", entity: str = MEMBER_ENTITY, role: str = "member") -> Laptop:
        folder = tmp_path / name
        folder.mkdir()
        laptop = open_laptop(folder / "nrtd.sqlite", name, entity, role)
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        laptop.services.close()


@pytest.fixture
def member(coordinator: Laptop, new_laptop: Any) -> Laptop:
    """A ministry's laptop that started from nothing with the coordinator's package for MOJ."""
    laptop = new_laptop("moj", MEMBER_ENTITY)
    laptop.import_(coordinator.export("to-moj-1.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    return laptop


@pytest.fixture
def app_ar(qapp: Any) -> Iterator[Any]:
    """The application in Arabic (translations and right-to-left), as a committee member runs it."""
    from nrtd_desktop.ui.application import create_application, install_translations

    app = create_application(lang="ar")
    yield app
    install_translations(app, "ar")
