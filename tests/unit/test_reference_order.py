"""The natural order of references (issue 21, point 5): CAT-2016-8 before CAT-2016-40 and
UPR-3-122.25 before UPR-3-122.140, in the register (SQL, both ways, paged from either end) and in
every list of references; the sort key is kept in step by every path that writes a record."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.db.models import Recommendation
from nrtd_desktop.domain.references import natural_sorted, reference_order
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.exporters.xlsx import ExportOptions
from nrtd_desktop.services.imports import ImportRequest
from tests.conftest import TODAY

ACTOR = Actor(name="Test member", entity="HRC")


def keys_in_step(services: Any) -> None:
    """Every record's stored key is the key of its reference."""
    with services.context.read() as session:
        rows = session.execute(select(Recommendation.reference, Recommendation.reference_order)).all()
    wrong = [ref for ref, key in rows if key != reference_order(ref)]
    assert rows and not wrong, wrong


def test_the_key_orders_numbers_as_numbers() -> None:
    assert natural_sorted(["CAT-2016-40", "UPR-3-122.140", "CAT-2016-8", "UPR-3-122.25", "UPR-3-122.3"]) == [
        "CAT-2016-8", "CAT-2016-40", "UPR-3-122.3", "UPR-3-122.25", "UPR-3-122.140"]
    # two spellings of one number stay two keys; a reference that starts another comes first
    assert reference_order("CAT-08") != reference_order("CAT-8")
    assert natural_sorted(["UPR-3-122.1", "UPR-3-122"]) == ["UPR-3-122", "UPR-3-122.1"]


def test_the_register_lists_references_in_their_natural_order(demo_services: Any) -> None:
    s = demo_services
    listed = [r.reference for r in s.recommendations.list(limit=None)]
    assert listed.index("CAT-2016-8") < listed.index("CAT-2016-40")
    assert listed.index("UPR-3-122.25") < listed.index("UPR-3-122.140")
    assert listed == natural_sorted(listed)
    backwards = [r.reference for r in s.recommendations.list(descending=True, limit=None)]
    assert backwards == listed[::-1]
    total = len(listed)
    pages = [r.reference for offset in range(0, total, 7)
             for r in s.recommendations.list(offset=offset, limit=7, total=total)]
    assert pages == listed  # the second half is read from the other end of the same order
    tied = [r.reference for r in s.recommendations.list(order_by="status", limit=None)
            if r.status == "in_progress"]
    assert tied == natural_sorted(tied)  # ties of another order break by the natural reference
    assert s.recommendations.references() == listed


def test_every_write_path_keeps_the_key(demo_db: Path, tmp_path: Path) -> None:
    services = open_services(demo_db, ACTOR, today=TODAY)
    try:
        keys_in_step(services)  # the demo loader
        created = services.recommendations.create(RecommendationInput(
            reference="CAT-2016-9", body="CAT", text_ar="نص تجريبي", status="not_started"))
        listed = [r.reference for r in services.recommendations.list(limit=None)]
        assert listed.index("CAT-2016-8") < listed.index("CAT-2016-9") < listed.index("CAT-2016-40")
        services.recommendations.update(created.id, {"reference": "CAT-2016-100"})
        listed = [r.reference for r in services.recommendations.list(limit=None)]
        assert listed.index("CAT-2016-40") < listed.index("CAT-2016-100") < listed.index("CEDAW-2018-12")
        keys_in_step(services)
        deletion = services.recommendations.delete(created.id)
        services.deletions.restore(deletion.id)  # put back from what the deletion kept
        keys_in_step(services)
        workbook = services.imports.export_xlsx(tmp_path / "all.xlsx", ExportOptions(lang="ar")).path
    finally:
        services.close()
    target = open_services(tmp_path / "copy.sqlite", ACTOR, today=TODAY)
    try:
        target.imports.run(ImportRequest((workbook,)))  # the workbook's bulk insert
        keys_in_step(target)
        assert [r.reference for r in target.recommendations.list(limit=None)][:4] == [
            "CAT-2016-8", "CAT-2016-18", "CAT-2016-30", "CAT-2016-40"]
    finally:
        target.close()


def test_an_older_database_gets_the_key_when_upgraded(tmp_path: Path) -> None:
    kept = Path(__file__).resolve().parents[1] / "db" / "schemas" / "0001.sqlite"
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(kept, copy)
    services = open_services(copy, ACTOR, today=TODAY)
    try:
        keys_in_step(services)
        assert services.recommendations.count(RecommendationFilter()) == 3
    finally:
        services.close()
