"""One committee per package (issue 16, fault 5).

A committee identity is created with the database and carried in every package. A package made
from another committee's database, even with the same passphrase, is refused (nothing written,
a sentence in both languages) unless the member explicitly joins that committee; a new laptop
that starts from nothing joins the committee of its first package. A package addressed to one
entity warns before it is applied on another entity's laptop, and the command line wants a flag.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

from nrtd_desktop.cli.main import main
from nrtd_desktop.db.models import Entity, MetaValue
from nrtd_desktop.exchange.container import read_manifest
from nrtd_desktop.exchange.manifest import MANIFEST_NAME
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.settings import Settings, save_settings
from tests.exchange.conftest import MEMBER_ENTITY, PASSPHRASE, Laptop, open_laptop


def _other_committee(new_laptop: Any, code: str = MEMBER_ENTITY) -> Laptop:
    """Another committee's coordinator: its own database, made from nothing, same passphrase."""
    other = new_laptop("other-committee", "HRC", "coordinator")
    other.add(Entity(code=code, name_ar="جهة في لجنة أخرى", name_en="An entity of another committee"))
    return other


def _state(laptop: Laptop) -> tuple[Any, int]:
    return laptop.records(), laptop.history_count()


def test_every_package_carries_the_committee_of_its_database(coordinator: Laptop, member: Laptop) -> None:
    committee = coordinator.services.exchange.committee()
    assert committee.id
    package = coordinator.export("to-moj-2.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    assert read_manifest(package).committee["id"] == committee.id
    # the member started from nothing: it joined the committee of its first package
    assert member.services.exchange.committee().id == committee.id


def test_a_package_of_another_committee_is_refused(coordinator: Laptop, new_laptop: Any) -> None:
    other = _other_committee(new_laptop)
    package = other.export("from-other.nrtdpkg", whole_plan=True)
    before = _state(coordinator)
    with pytest.raises(ExchangeError) as refused:
        coordinator.review(package)
    assert refused.value.key == "exchange.other_committee"
    assert "another committee" in refused.value.text("en") and "لجنة أخرى" in refused.value.text("ar")
    assert _state(coordinator) == before
    assert coordinator.services.exchange.committee().id != other.services.exchange.committee().id


def test_joining_the_other_committee_is_an_explicit_choice(coordinator: Laptop, new_laptop: Any) -> None:
    other = _other_committee(new_laptop, code="NGO")
    package = other.export("from-other.nrtdpkg", whole_plan=True)
    review = coordinator.services.exchange.review(package, PASSPHRASE, role="coordinator", lang="en",
                                                  join_committee=True)
    review.plan.resolve_all("mine")
    coordinator.services.exchange.apply(review)
    assert coordinator.services.exchange.committee().id == other.services.exchange.committee().id


def test_a_member_that_started_from_nothing_refuses_a_second_committee(
    coordinator: Laptop, member: Laptop, new_laptop: Any
) -> None:
    other = _other_committee(new_laptop)
    with pytest.raises(ExchangeError) as refused:
        member.review(other.export("from-other.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    assert refused.value.key == "exchange.other_committee"


def test_databases_from_before_committees_agree_through_the_coordinator(
    coordinator: Laptop, member: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both laptops exchanged before this version: each gets a committee at its first open, the
    member's gives way to the coordinator's with the first package from it; a stranger's does not."""
    paths = {}
    for name, laptop in (("coordinator", coordinator), ("member", member)):
        with laptop.services.context.write() as session:
            session.execute(delete(MetaValue).where(MetaValue.key == "committee"))
        paths[name] = laptop.services.safety.db_path
        laptop.services.close()
    config = tmp_path / "cfg"
    save_settings(Settings(role="coordinator", user_entity="HRC"), config)
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(config))
    coordinator2 = open_laptop(paths["coordinator"], "Coordinator", "HRC", "coordinator")
    save_settings(Settings(role="member", user_entity=MEMBER_ENTITY), config)
    member2 = open_laptop(paths["member"], "member", MEMBER_ENTITY, "member")
    try:
        assert not coordinator2.services.exchange.committee().provisional
        assert member2.services.exchange.committee().provisional
        assert coordinator2.services.exchange.committee().id != member2.services.exchange.committee().id
        # the member's package reaches the coordinator (a known laptop, a provisional committee)
        update = sorted(member2.records()["progress_updates"])[0]
        member2.edit("progress_updates", update, evidence="محضر")
        coordinator2.import_(member2.export("moj-after.nrtdpkg", since_last=True))
        # the coordinator's package makes the member take the coordinator's committee
        member2.import_(coordinator2.export("to-moj-after.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
        assert member2.services.exchange.committee().id == coordinator2.services.exchange.committee().id
    finally:
        coordinator2.services.close()
        member2.services.close()


def test_a_package_for_one_entity_warns_on_another_entitys_laptop(
    coordinator: Laptop, new_laptop: Any
) -> None:
    moi = new_laptop("moi", "MOI")
    package = coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    review = moi.review(package)
    keys = [notice.key for notice in review.plan.warnings]
    assert "exchange.warn_other_entity" in keys
    warning = next(n for n in review.plan.warnings if n.key == "exchange.warn_other_entity")
    assert MEMBER_ENTITY in warning.text("en") and "MOI" in warning.text("ar")
    with pytest.raises(ExchangeError) as refused:
        moi.services.exchange.apply(review)
    assert refused.value.key == "exchange.confirm_other_entity"
    assert moi.records()["recommendations"] == {}
    review.confirmed = True
    moi.services.exchange.apply(review)
    assert moi.records()["recommendations"]
    # the right entity's laptop is not warned
    moj = new_laptop("moj", MEMBER_ENTITY)
    assert "exchange.warn_other_entity" not in [n.key for n in moj.review(package).plan.warnings]


def test_the_command_line_wants_flags_for_another_committee_and_another_entity(
    coordinator: Laptop, new_laptop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NRTD_PASSPHRASE", PASSPHRASE)
    to_moj = coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    other = _other_committee(new_laptop)
    foreign = other.export("from-other.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    coordinator.services.close()
    other.services.close()
    config = tmp_path / "cfg-moi"
    save_settings(Settings(role="member", user_entity="MOI", user_name="MOI member"), config)
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(config))
    db = str(tmp_path / "moi" / "nrtd.sqlite")

    assert main(["--lang", "ar", "--db", db, "package", "import", str(to_moj)]) == 1
    out, err = capsys.readouterr()
    assert "--accept-other-entity" in err and MEMBER_ENTITY in out + err and "unexpected" not in err
    assert main(["--db", db, "package", "import", str(to_moj), "--accept-other-entity"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "package", "import", str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "another committee" in err and "--join-committee" in err


def test_a_manifest_of_an_older_version_reads_without_a_committee(coordinator: Laptop) -> None:
    """Packages made before this version carry no committee: their manifest still reads."""
    from nrtd_desktop.exchange.manifest import Manifest

    package = coordinator.export("to-moj-old.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    with zipfile.ZipFile(package) as source:
        manifest = json.loads(source.read(MANIFEST_NAME))
    assert manifest["format_version"] >= 2 and manifest["committee"]["id"]
    manifest.pop("committee")
    manifest["format_version"] = 1
    old = Manifest.from_bytes(json.dumps(manifest).encode("utf-8"), "old.nrtdpkg")
    assert old.committee == {} and old.sequence == manifest["sequence"]
