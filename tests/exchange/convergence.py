"""Three laptops of one committee, driven step by step: the world of the convergence property test.

The coordinator's laptop holds the demo committee; two members' laptops started from its whole
plan. Members exchange only with the coordinator (the program refuses member-to-member packages).
Every value a step saves is unique, so the test can ask afterwards where each one went.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import literal_column, select

from nrtd_desktop.app import open_services
from nrtd_desktop.db import deletions
from nrtd_desktop.db.content import content_of
from nrtd_desktop.db.history import Actor
from nrtd_desktop.db.models import SHARED_MODELS, Action, DeletionSet, HistoryEntry, ProgressUpdate
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.exchange.export import ExportRequest
from tests.conftest import TODAY

PASSPHRASE = "نخيل الرياض 2026"

# What a step may edit: table -> (field, kind of value).
EDITABLE: dict[str, tuple[tuple[str, str], ...]] = {
    "recommendations": (("notes", "text"), ("priority", "priority")),
    "actions": (("title_ar", "text"), ("budget", "text")),
    "indicators": (("current_value", "text"),),
    "progress_updates": (("narrative_ar", "text"), ("percent", "percent")),
    "challenges": (("mitigation_ar", "text"),),
    "clusters": (("description_ar", "text"),),
    "entities": (("notes", "text"),),
}
DELETABLE = ("recommendations", "actions", "indicators", "progress_updates", "challenges", "clusters")


@dataclass
class Laptop:
    name: str
    role: str
    entity: str
    path: Path
    services: Any = None

    def open(self) -> None:
        self.services = open_services(self.path, Actor(name=self.name, entity=self.entity), today=TODAY,
                                      auto_backup=False)

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None

    @property
    def site(self) -> str:
        return str(self.services.context.actor.site_id)

    def ids(self, table: str) -> list[str]:
        """In the order of insertion: ids are random, and Hypothesis must see the same choice
        lead to the same record when it replays a case."""
        model = SHARED_MODELS[table]
        with self.services.context.read() as session:
            return list(session.scalars(select(model.id).order_by(literal_column("rowid"))))

    def state(self) -> dict[str, dict[str, dict[str, Any]]]:
        with self.services.context.read() as session:
            return {
                table: {r.id: content_of(r) for r in session.scalars(select(model))}
                for table, model in SHARED_MODELS.items()
            }

    def edit(self, table: str, record_id: str, name: str, value: Any) -> None:
        with self.services.context.write() as session:
            setattr(session.get(SHARED_MODELS[table], record_id), name, value)

    def delete(self, table: str, record_id: str) -> None:
        with self.services.context.write() as session:
            deletions.delete(session, [session.get(SHARED_MODELS[table], record_id)])

    def open_deletions(self) -> list[str]:
        with self.services.context.read() as session:
            return list(session.scalars(select(DeletionSet.id).where(DeletionSet.restored_at.is_(None))
                                        .order_by(literal_column("rowid"))))

    def restore(self, deletion_id: str) -> bool:
        try:
            self.services.deletions.restore(deletion_id)
        except NrtdError:
            return False  # its parent was deleted since, or a package already brought it back
        return True

    def add_progress(self, action_id: str, narrative: str) -> str:
        from datetime import date

        with self.services.context.write() as session:
            if session.get(Action, action_id) is None:
                return ""
            update = ProgressUpdate(action_id=action_id, reported_on=date(2026, 11, 1),
                                    narrative_ar=narrative)
            session.add(update)
            session.flush()
            return str(update.id)

    def export(self, out: Path, to: Laptop | None) -> Path:
        request = ExportRequest(since_last=True, whole_plan=to is not None, to_peer=to.site if to else "")
        self.services.exchange.export(out, PASSPHRASE, request, role=self.role, user_entity=self.entity)
        return out

    def apply(self, package: Path, choose: Any, log: list[str] | None = None) -> Any:
        """Review and apply; the coordinator resolves each conflict with ``choose(item, conflict)``."""
        review = self.services.exchange.review(package, PASSPHRASE, role=self.role, lang="en")
        if self.role == "coordinator":
            for item in review.plan.conflicts:
                for conflict in item.unresolved():
                    review.plan.resolve(item.key, conflict.field, choose(item, conflict))
        if log is not None:
            plan = review.plan
            log.append(f"  {self.name} applies {package.name}: {plan.counts()} "
                       f"{'(already applied)' if plan.already_applied else ''}")
            for item in plan.items:
                choice = plan.choice_of(item)[0] if item.group else [c.choice for c in item.conflicts]
                log.append(f"    {item.kind.value} {item.table} {item.record_id[:8]} v{item.their_version}"
                           f" base={item.base_version} mine=v{item.my_version} group={item.group[:14]}"
                           f" follows={item.follows[-8:]} local_only={item.local_only} choice={choice}"
                           f" take={item.take}")
        return self.services.exchange.apply(review, snapshot=False)

    def history_values(self) -> set[str]:
        """Every value this laptop's history keeps as replaced, lost in a conflict or deleted."""
        values: set[str] = set()
        with self.services.context.read() as session:
            for operation, old, new in session.execute(
                select(HistoryEntry.operation, HistoryEntry.old_value, HistoryEntry.new_value)
            ):
                if operation == "delete" and old:
                    values.update(str(v) for v in json.loads(old).values() if v is not None)
                elif operation == "conflict":
                    values.update(str(v) for v in (old, new) if v is not None)
                elif old is not None:
                    values.add(old)
        return values


@dataclass
class World:
    coordinator: Laptop
    members: list[Laptop]
    folder: Path
    postbox: dict[str, list[Path]] = field(default_factory=dict)  # receiver name -> packages sent to it
    # (laptop, table, id, field, value) of every value a step saved
    saved: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    counter: int = 0
    log: list[str] = field(default_factory=list)  # what happened, shown when a case fails

    @property
    def laptops(self) -> list[Laptop]:
        return [self.coordinator, *self.members]

    def laptop(self, name: str) -> Laptop:
        return next(laptop for laptop in self.laptops if laptop.name == name)

    def unique(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-{self.counter}"

    def send(self, sender: Laptop, receiver: Laptop) -> Path:
        out = self.folder / f"{self.unique('pkg')}-{sender.name}-to-{receiver.name}.nrtdpkg"
        sender.export(out, receiver if sender.role == "coordinator" else None)
        self.postbox.setdefault(receiver.name, []).append(out)
        self.log.append(f"{sender.name} sends {out.name}")
        return out

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()


def build_template(folder: Path, demo_db: Path) -> dict[str, Path]:
    """The three laptops' files once: the coordinator's demo database, and members that imported its
    whole plan and sent one package back (so that the coordinator knows them)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name / "nrtd.sqlite" for name in ("coordinator", "moj", "moe")}
    for path in paths.values():
        path.parent.mkdir()
    shutil.copyfile(demo_db, paths["coordinator"])
    world = open_world(folder, paths)
    try:
        whole = world.folder / "whole.nrtdpkg"
        world.coordinator.services.exchange.export(
            whole, PASSPHRASE, ExportRequest(whole_plan=True), role="coordinator", user_entity="HRC")
        for member in world.members:
            member.apply(whole, None)
            world.coordinator.apply(member.export(world.folder / f"hello-{member.name}.nrtdpkg", None), None)
    finally:
        world.close()
    return paths


def open_world(folder: Path, paths: dict[str, Path]) -> World:
    coordinator = Laptop("coordinator", "coordinator", "HRC", paths["coordinator"])
    members = [Laptop("moj", "member", "MOJ", paths["moj"]), Laptop("moe", "member", "MOE", paths["moe"])]
    for laptop in (coordinator, *members):
        laptop.open()
    return World(coordinator, members, folder)


def copy_world(template: dict[str, Path], folder: Path) -> World:
    paths = {}
    for name, path in template.items():
        target = folder / name / "nrtd.sqlite"
        target.parent.mkdir(parents=True)
        for source in path.parent.glob(path.name + "*"):
            if not source.name.endswith(".lock"):
                shutil.copy2(source, target.parent / source.name)
        paths[name] = target
    return open_world(folder, paths)
