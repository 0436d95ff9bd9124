"""One committee per package: the check made at review, before anything is planned or written.

Every database has a committee id (``db/identity.py``), carried in every package's manifest with
the ids of the last packages the sender applied. At review:

- the same committee: go on;
- a package of a program older than committees (format 1): go on, with a warning that it
  cannot be checked;
- another committee: refused (``exchange.other_committee``: a package of another committee's
  database, even with the same passphrase, must not be merged and spread on by ``--since-last``),
  unless
  - the member explicitly joins it (``join``: ``--join-committee``, a choice in the window);
  - this laptop starts from nothing (no committee data, no package applied yet): a new laptop
    joins the committee of the first package it applies;
  - the two are databases older than committees, of laptops that exchanged before (the sender is
    a known peer, or names a package we sent among those it applied): a *provisional* id (given
    at the upgrade to a member's database) gives way to a confirmed one, and of two provisional
    ones the smaller wins, so that all the laptops that exchange end with one id.

The verdict says which committee this laptop takes when the package is applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nrtd_desktop.db import identity
from nrtd_desktop.db.identity import Committee
from nrtd_desktop.db.models import SHARED_MODELS, Tombstone
from nrtd_desktop.exchange import store
from nrtd_desktop.exchange.manifest import Manifest
from nrtd_desktop.exchange.messages import ExchangeError

APPLIED_SHOWN = 20  # how many of the last applied packages a manifest names


@dataclass(frozen=True)
class CommitteeVerdict:
    adopt: Committee | None = None  # the committee this laptop takes with the package
    warnings: tuple[tuple[str, dict[str, Any]], ...] = ()  # (message key, parameters)


def manifest_committee(session: Session) -> dict[str, Any]:
    """What a package says about its committee (``Manifest.committee``)."""
    mine = identity.committee(session)
    applied = session.scalars(
        select(store.ExchangePackage.package_id)
        .where(store.ExchangePackage.direction == "applied")
        .order_by(store.ExchangePackage.recorded_at.desc())
        .limit(APPLIED_SHOWN)
    ).all()
    if mine is None:
        return {"applied": list(applied)}
    return {"id": mine.id, "provisional": mine.provisional, "applied": list(applied)}


def committee_of(manifest: Manifest) -> Committee | None:
    raw = manifest.committee or {}
    found = raw.get("id")
    if not isinstance(found, str) or not found:
        return None
    return Committee(id=found, provisional=bool(raw.get("provisional", False)))


def starts_from_nothing(session: Session) -> bool:
    """No committee data yet and no package applied: a new laptop."""
    for model in SHARED_MODELS.values():
        if session.scalar(select(model.id).limit(1)) is not None:
            return False
    if session.scalar(select(Tombstone.record_id).limit(1)) is not None:
        return False
    applied = select(store.ExchangePackage.package_id).where(store.ExchangePackage.direction == "applied")
    return session.scalar(applied.limit(1)) is None


def known_laptop(session: Session, manifest: Manifest) -> bool:
    """We exchanged with the sender before: it is a peer, or it applied a package we sent."""
    if session.get(store.ExchangePeer, manifest.sender.site_id) is not None:
        return True
    named = [p for p in (manifest.committee or {}).get("applied", []) if isinstance(p, str)][:APPLIED_SHOWN]
    if not named:
        return False
    sent = select(store.ExchangePackage.package_id).where(
        store.ExchangePackage.direction == "sent", store.ExchangePackage.package_id.in_(named)
    )
    return session.scalar(sent.limit(1)) is not None


def _sender(manifest: Manifest) -> str:
    sender = manifest.sender
    return " / ".join(p for p in (sender.name, sender.entity, sender.computer) if p) or sender.site_id


def check_committee(session: Session, manifest: Manifest, *, join: bool = False) -> CommitteeVerdict:
    """The verdict of the module docstring; raises ``exchange.other_committee``."""
    theirs = committee_of(manifest)
    if theirs is None:
        return CommitteeVerdict(warnings=(("exchange.warn_no_committee", {"sender": _sender(manifest)}),))
    mine = identity.committee(session)
    if mine is None:
        return CommitteeVerdict(adopt=theirs)
    if mine.id == theirs.id:
        # the coordinator confirmed what was provisional here
        return CommitteeVerdict(adopt=theirs if mine.provisional and not theirs.provisional else None)
    if join:
        return CommitteeVerdict(adopt=theirs, warnings=(
            ("exchange.warn_joining", {"theirs": theirs.short(), "mine": mine.short()}),))
    if starts_from_nothing(session):
        return CommitteeVerdict(adopt=theirs)
    if (mine.provisional or theirs.provisional) and known_laptop(session, manifest):
        if mine.provisional and (not theirs.provisional or theirs.id < mine.id):
            return CommitteeVerdict(adopt=theirs)
        if theirs.provisional and (not mine.provisional or mine.id < theirs.id):
            return CommitteeVerdict()  # the sender takes ours with our next package
    raise ExchangeError("exchange.other_committee", theirs=theirs.short(), mine=mine.short(),
                        sender=_sender(manifest))


def entity_warning(manifest: Manifest, my_entity: str) -> tuple[str, dict[str, Any]] | None:
    """A package addressed to an entity, on a laptop of another entity."""
    addressed = (manifest.receiver.entity or "").upper()
    mine = (my_entity or "").strip().upper()
    if not addressed or not mine or mine in addressed.split("+"):
        return None
    return "exchange.warn_other_entity", {"entity": addressed, "mine": mine}


def same_site_copy(session: Session, manifest: Manifest, my_site: str) -> bool:
    """The sender has our site id but the package was not made here: a copy of this database
    that kept the same site (copied before this version, or answered "keep")."""
    if manifest.sender.site_id != my_site:
        return False
    return session.get(store.ExchangePackage, manifest.package_id) is None
