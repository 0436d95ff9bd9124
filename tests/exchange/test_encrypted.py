"""The exchange between two laptops whose databases are both encrypted (issue 26): packages go
both ways, the snapshot taken before a merge is encrypted, and what came through a package is in
no plain byte of the receiving laptop's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.db import cipher
from nrtd_desktop.db.history import Actor
from nrtd_desktop.safety import encryption
from nrtd_desktop.safety.backup import backup_folder, list_backups
from tests.conftest import TODAY
from tests.exchange.conftest import MEMBER_ENTITY, Laptop, open_laptop

COORDINATOR_PASSPHRASE = "عبارة مرور حاسوب المنسق"
MEMBER_PASSPHRASE = "عبارة مرور حاسوب الوزارة"
NOTE = "ملاحظة سرية من الوزارة عن العوائق"


def _bytes_holding(paths: list[Path], needle: bytes) -> list[str]:
    return [p.name for p in paths if p.is_file() and needle in p.read_bytes()]


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_packages_go_both_ways_between_encrypted_laptops(demo_db: Path, tmp_path: Path,
                                                         encrypted: bool) -> None:
    if encrypted:
        encryption.encrypt_database(demo_db, COORDINATOR_PASSPHRASE)
    coordinator = open_laptop(demo_db, "Coordinator", "HRC", "coordinator")
    folder = tmp_path / "moj"
    folder.mkdir()
    member_services = open_services(folder / "nrtd.sqlite", Actor(name="moj", entity=MEMBER_ENTITY),
                                    today=TODAY, key=cipher.new_key(MEMBER_PASSPHRASE) if encrypted else None)
    member = Laptop(services=member_services, role="member", entity=MEMBER_ENTITY, folder=folder)
    try:
        member.import_(coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
        assert member.services.recommendations.count() > 0
        recommendation = member.recommendation_led_by(MEMBER_ENTITY)
        member.edit("recommendations", recommendation, notes=NOTE)
        package = member.export("from-moj.nrtdpkg", since_last=True)
        coordinator.import_(package)
        changed = coordinator.get("recommendations", recommendation)
        assert changed is not None and changed["notes"] == NOTE
        # The coordinator's snapshot before the merge: encrypted, and it holds the records.
        snapshots = [b for b in list_backups(stem="demo") if b.reason == "before-merge"]
        assert snapshots and all(cipher.is_plain(b.path) != encrypted for b in snapshots)
        assert snapshots[0].recommendations == coordinator.services.recommendations.count()
        assert cipher.is_plain(demo_db) != encrypted and cipher.is_plain(folder / "nrtd.sqlite") != encrypted
    finally:
        member.services.close()
        coordinator.services.close()
    # The note crossed in a package (encrypted) into two databases: encrypted, no byte of either
    # laptop's database, WAL or backups holds it; plain, the same search finds it.
    written = [*demo_db.parent.glob(demo_db.name + "*"), *folder.rglob("*"), *backup_folder().rglob("*")]
    holding = _bytes_holding(written, NOTE.encode("utf-8"))
    assert holding == [] if encrypted else holding
