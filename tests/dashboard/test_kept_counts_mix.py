"""The counts the database keeps (db/counts.py on a file, db/counts_pg.py on a server) after a
random mix of every kind of write the program makes: saves of the window, records created,
deleted and restored, a bulk import, vocabulary mappings and a package merged from another
laptop. After each write the kept counts equal the counts taken again from the records and links
by hand-written SQL (tests/dashboard/independent.py); at the end every facet list agrees too."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from nrtd_desktop.app import open_services
from nrtd_desktop.db.history import Actor
from nrtd_desktop.dto.register import RecommendationInput
from nrtd_desktop.exchange.export import ExportRequest
from nrtd_desktop.services.imports import ImportRequest
from tests.conftest import TODAY
from tests.dashboard.independent import Sql, kept_count_differences
from tests.dashboard.test_kept_counts import agree
from tests.importers.builders import UHRI_ROWS, write_uhri

PASSPHRASE = "committee passphrase for tests"
STATUSES = ("not_started", "in_progress", "partially_implemented", "implemented")
PRIORITIES = ("high", "medium", "low", None)
THEMES = ("uhri.womens_rights", "uhri.torture_and_other_cruel_inhuman_or_degrading_treatment_or_punishment",
          "uhri.childrens_rights")
GROUPS = ("women_girls", "children")


def differences(services: Any) -> list[str]:
    sql = Sql(services)
    try:
        return kept_count_differences(sql)
    finally:
        sql.close()


class Mix:
    """Random writes of the window's kind on one committee."""

    def __init__(self, services: Any, rng: random.Random, tmp_path: Path) -> None:
        self.s, self.rng, self.tmp = services, rng, tmp_path
        self.deleted: list[Any] = []
        self.created = 0
        self.codes = [e.code for e in services.entities.list()]
        self.clusters = [c.id for c in services.clusters.list()] + [None]

    def record(self) -> str:
        rows = self.s.recommendations.list(limit=None)
        return str(self.rng.choice(rows).id)

    def save(self) -> str:
        """A save of the window: some of the counted fields changed at once."""
        rng = self.rng
        fields: dict[str, Any] = {
            "status": lambda: rng.choice(STATUSES),
            "priority": lambda: rng.choice(PRIORITIES),
            "lead_entity": lambda: rng.choice([*self.codes, None]),
            "supporting_entities": lambda: tuple(rng.sample(self.codes, rng.randint(0, 2))),
            "themes": lambda: tuple(rng.sample(THEMES, rng.randint(0, 2))),
            "affected_groups": lambda: tuple(rng.sample(GROUPS, rng.randint(0, 2))),
            "cluster": lambda: rng.choice(self.clusters),
            "notes": lambda: f"note {rng.random()}",
        }
        chosen = rng.sample(sorted(fields), rng.randint(1, 4))
        self.s.recommendations.update(self.record(), {name: fields[name]() for name in chosen})
        return "save " + ", ".join(chosen)

    def create(self) -> str:
        self.created += 1
        rng = self.rng
        lead = rng.choice(self.codes)
        self.s.recommendations.create(RecommendationInput(
            reference=f"MIX-{self.created}-{rng.randint(0, 10**6)}", body=rng.choice(("CAT", "CEDAW", "CRC")),
            text_en="Prevent torture and protect the rights of women", themes=(rng.choice(THEMES),),
            affected_groups=(rng.choice(GROUPS),), lead_entity=lead,
            supporting_entities=(lead, rng.choice(self.codes)), cluster=rng.choice(self.clusters),
            status=rng.choice(STATUSES)))
        return "create"

    def delete(self) -> str:
        self.deleted.append(self.s.recommendations.delete(self.record()))
        return "delete"

    def restore(self) -> str:
        if not self.deleted:
            return self.delete()
        self.s.deletions.restore(self.deleted.pop(self.rng.randrange(len(self.deleted))))
        return "restore"

    def import_(self) -> str:
        """The bulk importer (Core inserts, and updates of records it knows), then mappings of
        the labels it did not know."""
        rows = [dict(row) for row in UHRI_ROWS]
        tag = self.rng.randint(0, 10**6)
        rows[1]["Themes"] = f"- Right to the moon {tag}\n- Women's rights"
        rows[2]["Themes"] = f"- Right to the moon {tag}"
        rows[3]["UPR Position"] = self.rng.choice(("Noted", "Supported"))
        self.s.imports.run(ImportRequest((write_uhri(self.tmp / f"uhri-{tag}.xlsx", rows),)))
        assert differences(self.s) == []
        self.s.vocabulary.map("theme", f"Right to the moon {tag}", "Right to development")
        return "import and map"

    def step(self) -> str:
        action = self.rng.choices([self.save, self.create, self.delete, self.restore, self.import_],
                                  weights=[10, 2, 2, 2, 1])[0]
        return action()


def merge_a_laptops_package(server: Any, tmp_path: Path, rng: random.Random) -> None:
    """A laptop joins from the committee's package, changes the register, and its package is
    merged back (the exchange's own merge writes)."""
    whole = tmp_path / "whole.nrtdpkg"
    server.exchange.export(whole, PASSPHRASE, ExportRequest(whole_plan=True), role="coordinator")
    laptop = open_services(tmp_path / "laptop.sqlite", Actor(name="Laptop", entity="HRC"), today=TODAY)
    try:
        laptop.exchange.apply(laptop.exchange.review(whole, PASSPHRASE, join_committee=True))
        mix = Mix(laptop, rng, tmp_path)
        for _ in range(6):
            mix.save()
        mix.create()
        assert differences(laptop) == []
        back = tmp_path / "back.nrtdpkg"
        laptop.exchange.export(back, PASSPHRASE, ExportRequest(whole_plan=True), role="coordinator")
    finally:
        laptop.close()
    review = server.exchange.review(back, PASSPHRASE)
    review.plan.resolve_all("theirs")
    result = server.exchange.apply(review)
    assert result is not None


def test_a_random_mix_of_writes_keeps_the_counts(demo_services: Any, tmp_path: Path) -> None:
    rng = random.Random(2024)
    mix = Mix(demo_services, rng, tmp_path)
    done = []
    for _ in range(30):
        done.append(mix.step())
        assert differences(demo_services) == [], done
    merge_a_laptops_package(demo_services, tmp_path, rng)
    assert differences(demo_services) == [], "after the merge"
    agree(demo_services)
