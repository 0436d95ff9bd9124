"""Exchange packages between laptops: export, review, resolve, apply (see nrtd_desktop/exchange).

Roles are a guard against mistakes, not a security boundary (anyone with the passphrase and the
program can change the settings):

- the *coordinator* exports any entity's slice or the whole plan, imports every package, and
  resolves conflicts field by field;
- a *member* exports the changes of their laptop since the last package (``since_last``), or
  their own entity's slice; imports only the coordinator's packages; cannot resolve conflicts:
  on a member's laptop a conflicting field keeps the member's value, the record's base is not
  moved, so the value goes back to the coordinator, who sees the conflict and decides.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from nrtd_desktop.exchange import container, store
from nrtd_desktop.exchange.apply import ApplyResult, apply_plan
from nrtd_desktop.exchange.container import OpenedPackage
from nrtd_desktop.exchange.export import ExportRequest, ExportResult, export_package
from nrtd_desktop.exchange.manifest import Manifest, Party
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.plan import MergePlan, build_plan
from nrtd_desktop.exchange.snapshot import snapshot_before_merge
from nrtd_desktop.services.base import Service

COORDINATOR = "coordinator"
MEMBER = "member"


@dataclass
class ImportReview:
    """An opened package and its merge plan; resolve conflicts on ``plan``, then apply."""

    opened: OpenedPackage
    plan: MergePlan
    file_name: str

    @property
    def manifest(self) -> Manifest:
        return self.opened.manifest


@dataclass(frozen=True)
class PackageRecord:
    package_id: str
    direction: str
    sequence: int
    channel: str
    created_at: str
    file_name: str


class ExchangeService(Service):
    def me(self, role: str, user_entity: str = "") -> Party:
        actor = self.context.actor
        return Party(
            site_id=actor.site_id,
            name=actor.name,
            entity=(user_entity or actor.entity).upper(),
            computer=socket.gethostname(),
            role=role,
        )

    def export(
        self,
        out: Path,
        passphrase: str,
        request: ExportRequest,
        role: str = COORDINATOR,
        user_entity: str = "",
    ) -> ExportResult:
        """Write a package; the sent versions are remembered in the same transaction."""
        codes = tuple(code.strip().upper() for code in request.entity_codes if code.strip())
        if not codes and not request.whole_plan and not request.since_last:
            raise ExchangeError("exchange.no_scope")
        if role != COORDINATOR:
            own = (user_entity or self.context.actor.entity).upper()
            if request.whole_plan or any(code != own for code in codes):
                raise ExchangeError("exchange.member_scope", entity=own or "?")
        request = ExportRequest(
            entity_codes=codes, whole_plan=request.whole_plan, since_last=request.since_last,
            to_peer=request.to_peer,
        )
        with self.context.write() as session:
            return export_package(session, self.me(role, user_entity), Path(out), passphrase, request)

    def read_manifest(self, path: Path) -> Manifest:
        """Who sent the package and what it holds, before the passphrase is asked (not yet trusted)."""
        return container.read_manifest(Path(path))

    def review(self, path: Path, passphrase: str, role: str = COORDINATOR, lang: str = "ar") -> ImportReview:
        """Open, authenticate and compare the package with this laptop. Writes nothing."""
        opened = container.open_package(Path(path), passphrase)
        with self.context.read() as session:
            plan = build_plan(session, opened, self.context.actor.site_id, role, lang)
        return ImportReview(opened=opened, plan=plan, file_name=Path(path).name)

    def apply(self, review: ImportReview, snapshot: bool = True) -> ApplyResult:
        """Snapshot, then merge in one transaction. Unresolved conflicts or problems refuse first."""
        plan = review.plan
        if not plan.already_applied:
            if plan.problems:
                raise ExchangeError("exchange.blocked", reason=" ".join(p.text("en") for p in plan.problems))
            if plan.unresolved_count():
                raise ExchangeError("exchange.unresolved", count=plan.unresolved_count())
            if snapshot and not plan.is_empty():
                snapshot_before_merge(self.context)
        manifest = review.manifest
        detail = (
            f"{review.file_name} #{manifest.sequence} {manifest.sender.name} {manifest.sender.entity}".strip()
        )
        with self.context.write() as session:
            return apply_plan(session, plan, self.context.actor, detail[:300], review.file_name)

    def packages(self) -> list[PackageRecord]:
        with self.context.read() as session:
            return [
                PackageRecord(p.package_id, p.direction, p.sequence, p.channel, p.created_at, p.file_name)
                for p in session.scalars(
                    select(store.ExchangePackage).order_by(store.ExchangePackage.recorded_at)
                )
            ]
