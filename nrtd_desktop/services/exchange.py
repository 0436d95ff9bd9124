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

from nrtd_desktop.db import identity
from nrtd_desktop.db.identity import Committee
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.exchange import container, store
from nrtd_desktop.exchange.apply import ApplyResult, apply_plan
from nrtd_desktop.exchange.committee import check_committee, entity_warning, same_site_copy
from nrtd_desktop.exchange.container import OpenedPackage
from nrtd_desktop.exchange.export import ExportRequest, ExportResult, export_package
from nrtd_desktop.exchange.manifest import Manifest, Party
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.exchange.plan import MergePlan, Notice, build_plan
from nrtd_desktop.exchange.snapshot import snapshot_before_merge
from nrtd_desktop.services.base import Service

COORDINATOR = "coordinator"
MEMBER = "member"


@dataclass
class ImportReview:
    """An opened package and its merge plan; resolve conflicts on ``plan``, then apply.

    ``adopt_committee``: the committee this laptop takes with the package (a new laptop, an
    explicit join, a provisional id giving way). ``needs_confirmation``: the package is addressed
    to another entity (a warning in ``plan.warnings``): ``apply`` refuses until ``confirmed``."""

    opened: OpenedPackage
    plan: MergePlan
    file_name: str
    adopt_committee: Committee | None = None
    needs_confirmation: bool = False
    confirmed: bool = False

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

    def committee(self) -> Committee:
        """The committee of this database (``db/identity.py``); an empty id if it has none yet."""
        with self.context.read() as session:
            return identity.committee(session) or Committee(id="")

    def review(self, path: Path, passphrase: str, role: str = COORDINATOR, lang: Lang = "ar", *,
               join_committee: bool = False) -> ImportReview:
        """Open, authenticate and compare the package with this laptop. Writes nothing.

        A package of another committee is refused (``exchange.other_committee``) unless
        ``join_committee`` (see ``exchange/committee.py``); one addressed to another entity
        carries a warning and needs ``review.confirmed`` before it is applied."""
        opened = container.open_package(Path(path), passphrase)
        manifest = opened.manifest
        site = self.context.actor.site_id
        with self.context.read() as session:
            if same_site_copy(session, manifest, site):
                raise ExchangeError("exchange.same_site_copy", computer=manifest.sender.computer or "?")
            verdict = check_committee(session, manifest, join=join_committee)
            plan = build_plan(session, opened, site, role, lang)
        notices = [Notice(key, params) for key, params in verdict.warnings]
        other_entity = entity_warning(manifest, self.context.actor.entity)
        if other_entity is not None:
            notices.append(Notice(*other_entity))
        plan.warnings[:0] = notices
        return ImportReview(opened=opened, plan=plan, file_name=Path(path).name,
                            adopt_committee=verdict.adopt, needs_confirmation=other_entity is not None)

    def apply(self, review: ImportReview, snapshot: bool = True) -> ApplyResult:
        """Snapshot, then merge in one transaction. Unresolved conflicts or problems refuse first."""
        plan = review.plan
        if review.needs_confirmation and not review.confirmed:
            receiver = review.manifest.receiver.entity
            raise ExchangeError("exchange.confirm_other_entity", entity=receiver,
                                mine=self.context.actor.entity.upper())
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
            result = apply_plan(session, plan, self.context.actor, detail[:300], review.file_name)
            if review.adopt_committee is not None:
                identity.set_committee(session, review.adopt_committee)
            return result

    def packages(self) -> list[PackageRecord]:
        with self.context.read() as session:
            return [
                PackageRecord(p.package_id, p.direction, p.sequence, p.channel, p.created_at, p.file_name)
                for p in session.scalars(
                    select(store.ExchangePackage).order_by(store.ExchangePackage.recorded_at)
                )
            ]
