"""A copied database made a new site exchanges with the original (issue 16, fault 4).

Before: the copy kept the original's site id, so every package of the original was refused on it
("made on this laptop") and deletions never reached it through ``--all``. After the question the
copy is a new site whose bookkeeping still knows what the original had at the copy: the original's
``--all`` package (deletions included) applies on it, and the copy's changes go back to the
original as plain changes, not as conflicts.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.exchange.messages import ExchangeError
from tests.conftest import TODAY
from tests.exchange.conftest import MEMBER_ENTITY, Laptop, open_laptop


def _copy_to_laptop_b(coordinator: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    source = coordinator.services.safety.db_path
    coordinator.services.close()
    copy = tmp_path / "laptop-b" / "nrtd.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(source, copy)
    installation = coordinator.services.context.actor.site_id  # any value: this test's own laptop
    monkeypatch.setenv("NRTD_INSTALLATION_ID", f"laptop-b-{installation}")
    services = open_services(copy, Actor(name="B", entity=MEMBER_ENTITY), today=TODAY, copied_site="new")
    return Laptop(services=services, role="member", entity=MEMBER_ENTITY, folder=copy.parent)


def test_a_copy_made_a_new_site_exchanges_with_the_original_both_ways(
    coordinator: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original_installation = os.environ["NRTD_INSTALLATION_ID"]
    source = coordinator.services.safety.db_path
    copy = _copy_to_laptop_b(coordinator, tmp_path, monkeypatch)
    monkeypatch.setenv("NRTD_INSTALLATION_ID", original_installation)
    coordinator = open_laptop(source, "Coordinator", "HRC", "coordinator")
    try:
        assert copy.services.context.actor.site_id != coordinator.services.context.actor.site_id
        # the original deletes a recommendation the copy has, and sends the whole plan
        gone = sorted(coordinator.records()["recommendations"])[-1]
        coordinator.delete("recommendations", gone)
        review = copy.review(coordinator.export("all-1.nrtdpkg", whole_plan=True))  # no "own package"
        assert any(item.record_id == gone for item in review.plan.items)
        if review.plan.conflicts:
            review.plan.resolve_all("theirs")
        review.confirmed = True
        copy.services.exchange.apply(review)
        assert gone not in copy.records()["recommendations"]
        # the copy's change goes back alone, and is taken as a change, not a conflict
        rec = copy.recommendation_led_by(MEMBER_ENTITY)
        copy.edit("recommendations", rec, notes="ملاحظة من الحاسوب الثاني")
        package = copy.export("from-b.nrtdpkg", since_last=True)
        back = coordinator.review(package)
        assert back.manifest.counts["recommendations"] == 1
        assert [(item.record_id, item.kind.value, item.take) for item in back.plan.items] == [
            (rec, "changed", ["notes"])
        ]
        coordinator.services.exchange.apply(back)
        assert coordinator.get("recommendations", rec)["notes"] == "ملاحظة من الحاسوب الثاني"  # type: ignore[index]
    finally:
        copy.services.close()
        coordinator.services.close()


def test_a_package_from_a_copy_that_kept_the_same_site_says_how_to_get_out(
    coordinator: Laptop, tmp_path: Path
) -> None:
    """Two laptops already sharing one site (copied before this version): the refusal names the way out."""
    source = coordinator.services.safety.db_path
    package = coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    coordinator.services.close()
    twin_path = tmp_path / "twin" / "nrtd.sqlite"
    twin_path.parent.mkdir()
    shutil.copyfile(source, twin_path)
    with sqlite3.connect(twin_path) as connection:  # the package was made after the copy
        connection.execute("DELETE FROM exchange_packages")
    twin = open_laptop(twin_path, "twin", MEMBER_ENTITY, "member")
    try:
        with pytest.raises(ExchangeError) as refused:
            twin.review(package)
        assert refused.value.key == "exchange.same_site_copy"
        assert "nrtd site new" in refused.value.text("en") and "nrtd site new" in refused.value.text("ar")
    finally:
        twin.services.close()


def test_the_seeded_content_is_the_exchanged_content_of_every_record(coordinator: Laptop) -> None:
    """The new site's bookkeeping reads the records with plain queries (fast on a large register);
    it must say exactly what ``records.content_of`` says, or the first merges would see conflicts."""
    from nrtd_desktop.exchange.site import contents

    expected = coordinator.records()
    with coordinator.services.context.read() as session:
        for table, rows in expected.items():
            seeded = {record_id: content for record_id, _version, content in contents(session, table)}
            assert seeded == rows, table
    assert sum(len(rows) for rows in expected.values()) > 100
