"""The counts the database keeps (db/counts.py, revision 0015) equal the records, whatever wrote
them: each test compares them, and what the facet lists and counts show, with counts taken by
hand-written SQL from the records and links (tests/dashboard/independent.py)."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from tests.conftest import TODAY
from tests.dashboard.independent import Sql, facet_counts, kept_count_differences

SCHEMAS = Path(__file__).parent.parent / "db" / "schemas"
FACETS = ("mechanism", "body", "cycle", "position", "status", "priority", "theme", "affected_group", "sdg",
          "country", "mandate", "lead_entity", "cluster", "entity")


def shown(services: Any, facet: str, f: RecommendationFilter | None = None) -> dict[str, int]:
    return {v.key: v.count for v in services.recommendations.facet_values(facet, f) if v.count}


def agree(services: Any) -> None:
    """The kept counts, every facet list (alone and under a mechanism and a status), and the count
    of the commonest value of each facet equal the independent counts, on a file and on a server
    (db/counts_pg.py keeps them there)."""
    sql = Sql(services)
    try:
        assert kept_count_differences(sql) == []
        for facet in FACETS:
            expected = {k: n for k, n in facet_counts(sql, facet).items() if n}
            if facet == "cluster":  # the list names existing clusters only, as the query always did
                expected = {k: n for k, n in expected.items() if k == "none" or sql.scalar(
                    "SELECT COUNT(*) FROM clusters WHERE id = ?", k)}
            assert shown(services, facet) == expected, facet
            if facet not in ("mechanism", "status"):
                under = RecommendationFilter(mechanism=("UPR",), status=("not_started", "in_progress"))
                where = "r.mechanism = 'UPR' AND r.status IN ('not_started', 'in_progress')"
                expected_under = {k: n for k, n in facet_counts(sql, facet, where).items() if n}
                if facet == "cluster":
                    expected_under = {k: n for k, n in expected_under.items() if k in expected}
                assert shown(services, facet, under) == expected_under, facet
            if expected:
                key = max(expected, key=lambda k: expected[k])
                chosen = RecommendationFilter(cycle=(int(key),)) if facet == "cycle" else (
                    RecommendationFilter(**{facet: (key,)}))
                assert services.recommendations.count(chosen) == expected[key], (facet, key)
                assert len(services.recommendations.ids(chosen)) == expected[key], (facet, key)
    finally:
        sql.close()


def test_the_demo_databases_counts_agree(demo_services: Any, demo_db: Path) -> None:
    agree(demo_services)


def test_every_write_of_the_window_keeps_the_counts(demo_services: Any, demo_db: Path) -> None:
    s = demo_services
    cluster = s.clusters.list()[0]
    created = s.recommendations.create(RecommendationInput(
        reference="TEST-25-1", body="CAT", text_en="Prevent torture in places of detention",
        themes=("uhri.torture_and_other_cruel_inhuman_or_degrading_treatment_or_punishment",),
        affected_groups=("women_girls",),
        sdg_targets=("16.1",), lead_entity="MOJ", supporting_entities=("MOJ", "HRC"),
        cluster=cluster.id, priority="high", status="in_progress"))
    agree(s)
    s.recommendations.update(created.id, {"body": "CEDAW", "status": "implemented", "priority": None,
                                          "lead_entity": "HRC", "themes": ("uhri.womens_rights",),
                                          "supporting_entities": ("MOJ",), "cluster": None})
    agree(s)
    upr = s.recommendations.find("UPR-3-122.3")
    s.recommendations.update(upr.id, {"status": "partially_implemented", "supporting_entities": ()})
    agree(s)
    deletion = s.recommendations.delete(upr.id)
    agree(s)
    s.deletions.restore(deletion)
    agree(s)
    deletion = s.clusters.delete(cluster.id)  # its members lose their cluster
    agree(s)
    s.deletions.restore(deletion)
    agree(s)
    moj = next(e for e in s.entities.list() if e.code == "MOJ")
    deletion = s.entities.delete(moj.id)  # what it led and supported is detached
    agree(s)
    s.deletions.restore(deletion)
    agree(s)


def test_an_older_database_is_counted_when_it_opens(tmp_path: Path) -> None:
    from nrtd_desktop.app import open_services

    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMAS / "0001.sqlite", path)
    services = open_services(path, today=TODAY, auto_backup=False)
    try:
        assert services.recommendations.count() > 0
        agree(services)
    finally:
        services.close()


def test_a_revision_that_copies_the_register_leaves_the_counts_kept(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alembic's batch mode copies a table to change it, and the copy has no triggers: the
    upgrade puts them back and counts again, and later writes are counted."""
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db import migrate

    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations)
    head = migrate.HEAD_REVISION
    (migrations / "versions" / "9999_copy.py").write_text(textwrap.dedent(f'''
        from alembic import op
        revision = "9999_copy"
        down_revision = "{head}"
        branch_labels = None
        depends_on = None

        def upgrade():
            for table in ("recommendations", "recommendation_themes"):
                with op.batch_alter_table(table, recreate="always"):
                    pass
            op.execute("UPDATE recommendations SET status = 'implemented'")

        def downgrade():
            pass
    '''))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_copy")
    services = open_services(demo_db, today=TODAY, auto_backup=False)
    try:
        with sqlite3.connect(demo_db) as raw:
            triggers = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"counts_recommendation_update", "counts_theme_insert"} <= triggers
        agree(services)
        record = services.recommendations.find("UPR-3-122.3")
        changes = {"status": "not_started", "themes": ("uhri.womens_rights",)}
        services.recommendations.update(record.id, changes)
        agree(services)
        assert services.recommendations.count(RecommendationFilter(status=("not_started",))) == 1
    finally:
        services.close()
