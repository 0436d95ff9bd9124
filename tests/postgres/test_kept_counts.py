"""The register's counts kept by the server itself (db/counts_pg.py, revision 0019): under the
entity roles (a permitted change counts, a refused one changes nothing), with two members saving
at the same moment, after ``nrtd db copy`` into a server, and through the server's migrations.
Each test compares the kept counts with the same counts taken again by hand-written SQL
(tests/dashboard/independent.py)."""

from __future__ import annotations

import shutil
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.db import counts_pg
from nrtd_desktop.db.copy import copy_database
from nrtd_desktop.db.history import Actor
from nrtd_desktop.dto.register import RecommendationFilter
from tests.conftest import TODAY
from tests.dashboard.independent import Sql, kept_count_differences
from tests.dashboard.test_kept_counts import agree
from tests.postgres.test_roles import actions_of, logins, member  # noqa: F401 (logins: a fixture)
from tests.raw_db import Raw

COUNTED = "SELECT * FROM register_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7"
LINKS_COUNTED = "SELECT * FROM link_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4"


def differences(target: Any) -> list[str]:
    sql = Sql(target)
    try:
        return kept_count_differences(sql)
    finally:
        sql.close()


def kept(raw: Raw) -> tuple[list[tuple], list[tuple]]:
    return raw.execute(COUNTED).fetchall(), raw.execute(LINKS_COUNTED).fetchall()


def libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _commit_in_a_thread(
    connection: Any, sql: str, params: tuple[Any, ...]
) -> tuple[threading.Thread, list[Any]]:
    """Another member's statement and commit, on its own thread (it may wait for a lock); its
    outcome ("committed", or the exception) is in the list once the thread has ended."""
    outcome: list[Any] = []

    def member() -> None:
        try:
            connection.execute(sql, params)
            connection.commit()
            outcome.append("committed")
        except Exception as exc:  # reported by the caller's assertion
            outcome.append(exc)

    thread = threading.Thread(target=member)
    thread.start()
    return thread, outcome


def test_an_entitys_permitted_change_counts_and_a_refused_one_changes_nothing(logins: dict[str, str]) -> None:  # noqa: F811
    admin = Raw(logins["admin"])
    # An action of MOJ in progress, its recommendation in progress: completing it makes the
    # recommendation partially implemented or implemented (the roll-up, written by the entity's
    # own login).
    own, record = admin.execute(
        "SELECT a.id, r.id FROM actions a JOIN entities e ON e.id = a.lead_entity_id"
        " JOIN recommendations r ON r.id = a.recommendation_id"
        " WHERE e.code = 'MOJ' AND r.status = 'in_progress' AND NOT r.status_overridden"
        " AND a.status = 'in_progress' ORDER BY a.id").fetchone()
    other = actions_of(admin, "HRC")[0]
    before = kept(admin)

    # Refused: in one transaction the entity's login changes a status (its column grant allows
    # the roll-up's columns, and the trigger counts it) and then another entity's action: the
    # server refuses the second, and the first, counts included, is rolled back with it.
    with psycopg.connect(libpq(logins["moj"])) as connection:
        connection.execute("UPDATE recommendations SET status = 'implemented' WHERE id = %s", (record,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE actions SET title_en = 'x' WHERE id = %s", (other,))
        connection.rollback()
    assert kept(admin) == before

    # Permitted: the program, logged in as MOJ, completes its action; the roll-up changes the
    # recommendation's status, and the counts the login may not write follow it.
    services = member(logins["moj"])
    try:
        in_progress = services.recommendations.count(RecommendationFilter(status=("in_progress",)))
        services.plan.update_action(own, {"status": "completed"})
        assert services.recommendations.get(record).status in ("partially_implemented", "implemented")
        now_in_progress = services.recommendations.count(RecommendationFilter(status=("in_progress",)))
        assert now_in_progress == in_progress - 1
    finally:
        services.close()
    assert kept(admin) != before
    assert differences(logins["admin"]) == []
    with pytest.raises(psycopg.errors.InsufficientPrivilege), psycopg.connect(libpq(logins["moj"])) as moj:
        moj.execute("UPDATE register_counts SET n = n + 1")  # the counts are the server's own
    admin.close()


def _same_cell(raw: Raw) -> tuple[str, str, str]:
    """Two records counted in the same register_counts row, and a status neither has."""
    first, second, status = raw.execute(
        "SELECT min(id), max(id), min(status) FROM recommendations"
        " GROUP BY mechanism, body_code, cycle, position, status, priority, lead_entity_id"
        " HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 1").fetchone()
    target = next(s for s in ("in_progress", "not_started", "implemented") if s != status)
    return first, second, target


def test_two_members_saving_the_same_status_at_once_both_commit_and_count(pg_demo_url: str) -> None:
    """Two records counted in the same row change to the same status in two members'
    transactions: the second commits while the first is still open (the counts are added at
    commit, so an open transaction holds no counts row), then the first commits; both counted,
    no deadlock, no increment lost."""
    admin = Raw(pg_demo_url)
    first, second, status = _same_cell(admin)
    counted = admin.execute("SELECT count(*) FROM recommendations WHERE status = ?", (status,)).fetchone()[0]
    a = psycopg.connect(libpq(pg_demo_url))
    b = psycopg.connect(libpq(pg_demo_url))
    try:
        a.execute("UPDATE recommendations SET status = %s WHERE id = %s", (status, first))
        thread, outcome = _commit_in_a_thread(
            b, "UPDATE recommendations SET status = %s WHERE id = %s", (status, second))
        thread.join(timeout=30)
        assert outcome == ["committed"]  # while A's transaction is open
        assert differences(pg_demo_url) == []  # B counted; A's change not committed yet
        a.commit()
    finally:
        a.close()
        b.close()
    now = admin.execute("SELECT count(*) FROM recommendations WHERE status = ?", (status,)).fetchone()[0]
    assert now == counted + 2
    assert differences(pg_demo_url) == []
    admin.close()


def test_a_link_added_while_another_member_changes_the_status_counts_under_the_new_status(
    pg_demo_url: str,
) -> None:
    """Member A changes a record's status, member B adds a theme to the same record before A
    commits (a vocabulary mapping or an import writes links without touching the record). B's
    count waits for A's commit and counts the link under the status A saved; counted under the
    status B saw, the theme would be one record off under both statuses for good."""
    admin = Raw(pg_demo_url)
    record, status = admin.execute(
        "SELECT id, status FROM recommendations WHERE id NOT IN"
        " (SELECT recommendation_id FROM recommendation_themes WHERE theme_key = 'uhri.womens_rights')"
        " ORDER BY id").fetchone()
    new_status = "implemented" if status != "implemented" else "not_started"
    a = psycopg.connect(libpq(pg_demo_url))
    b = psycopg.connect(libpq(pg_demo_url))
    b_pid = b.info.backend_pid
    try:
        a.execute("UPDATE recommendations SET status = %s WHERE id = %s", (new_status, record))
        thread, outcome = _commit_in_a_thread(
            b, "INSERT INTO recommendation_themes VALUES (%s, 'uhri.womens_rights')", (record,))
        waited = None
        for _ in range(100):
            waited = admin.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?",
                                   (b_pid,)).fetchone()[0]
            if waited == "Lock":
                break
            time.sleep(0.05)
        assert waited == "Lock"
        a.commit()
        thread.join(timeout=30)
        assert outcome == ["committed"]
    finally:
        a.close()
        b.close()
    assert differences(pg_demo_url) == []
    admin.close()


def test_two_members_saving_through_the_program_at_once(pg_demo_url: str) -> None:
    """Two members' programs change statuses of their records at the same moments, ten times."""
    first = open_services(pg_demo_url, Actor(name="First member"), today=TODAY)
    second = open_services(pg_demo_url, Actor(name="Second member"), today=TODAY)
    rows = first.recommendations.list(limit=40)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def saves(services: Any, records: list[Any]) -> None:
        try:
            for n, record in enumerate(records):
                barrier.wait(timeout=30)
                status = ("in_progress", "implemented")[n % 2]
                changes = {"status": status, "themes": ("uhri.womens_rights",)}
                services.recommendations.update(record.id, changes)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=saves, args=(first, rows[0:20:2])),
               threading.Thread(target=saves, args=(second, rows[1:20:2]))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert errors == []
        assert differences(pg_demo_url) == []
        agree(first)
    finally:
        first.close()
        second.close()


def test_a_copy_into_a_server_keeps_the_counts(
    demo_template: Path, pg_empty_url: str, tmp_path: Path
) -> None:
    demo = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, demo)
    copy_database(demo, pg_empty_url)
    assert differences(pg_empty_url) == []
    services = open_services(pg_empty_url, Actor(name="After the copy"), today=TODAY)
    try:
        record = services.recommendations.list(limit=1)[0]
        changes = {"status": "implemented", "themes": ("uhri.womens_rights",)}
        services.recommendations.update(record.id, changes)
        agree(services)
    finally:
        services.close()


def _triggers(raw: Raw) -> set[str]:
    return {name for (name,) in raw.execute(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND starts_with(tgname, 'counts_')")}


def test_a_server_upgraded_to_the_kept_counts_counts_its_records(pg_demo_url: str) -> None:
    """A committee on a server from before revision 0019 (downgraded here): the upgrade at the next
    opening creates the counts and counts the records already there."""
    from alembic import command

    from nrtd_desktop.db import migrate
    from nrtd_desktop.db.engine import make_engine

    engine = make_engine(pg_demo_url)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0017_order_ids")
    engine.dispose()
    with Raw(pg_demo_url) as raw:
        assert _triggers(raw) == set()
        assert raw.execute("SELECT to_regclass('register_counts')").fetchone()[0] is None
    services = open_services(pg_demo_url, Actor(name="After the upgrade"), today=TODAY)
    try:
        with Raw(pg_demo_url) as raw:
            assert _triggers(raw) == set(counts_pg.triggers())
        agree(services)
    finally:
        services.close()


def test_a_revision_that_rewrites_records_leaves_the_counts_kept(
    pg_demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's triggers are set aside while revisions run and put back after them with the
    counts taken again (as on a file): a revision's bulk rewrite is counted, and so are later saves."""
    from nrtd_desktop.db import migrate

    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9999_rewrite.py").write_text(textwrap.dedent(f'''
        from alembic import op
        revision = "9999_rewrite"
        down_revision = "{migrate.HEAD_REVISION}"
        branch_labels = None
        depends_on = None

        def upgrade():
            op.execute("UPDATE recommendations SET status = 'implemented'")
            op.execute("DELETE FROM recommendation_themes WHERE theme_key = 'uhri.womens_rights'")

        def downgrade():
            pass
    '''))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_rewrite")
    services = open_services(pg_demo_url, Actor(name="After the upgrade"), today=TODAY)
    try:
        with Raw(pg_demo_url) as raw:
            assert _triggers(raw) == set(counts_pg.triggers())
        assert services.recommendations.count(RecommendationFilter(status=("in_progress",))) == 0
        agree(services)
        record = services.recommendations.list(limit=1)[0]
        changes = {"status": "in_progress", "themes": ("uhri.womens_rights",)}
        services.recommendations.update(record.id, changes)
        assert services.recommendations.count(RecommendationFilter(status=("in_progress",))) == 1
        agree(services)
    finally:
        services.close()


def test_the_upr_info_rows_imported_into_a_server_are_counted(pg_upr_info: str) -> None:
    """The bulk importer's multi-row statements (41,066 UPR Info rows and their links), counted by
    the statement triggers, equal the records."""
    assert differences(pg_upr_info) == []
    services = open_services(pg_upr_info, Actor(name="Reader"), today=TODAY)
    try:
        themes = services.recommendations.facet_values("theme")
        assert sum(v.count for v in themes) > 41_066  # the records' themes, from the counts
        common = max(themes, key=lambda v: v.count)
        chosen = RecommendationFilter(theme=(common.key,))
        counted = services.recommendations.count(chosen)
        assert counted == len(services.recommendations.ids(chosen)) == common.count
    finally:
        services.close()
