"""Who may change what, enforced by the server (issue 24): an entity's login changes its own
plan and is refused another entity's, by the database itself and with a clear message in both
languages; the coordinator changes everything; the history names the database login."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from nrtd_desktop.app import open_services
from nrtd_desktop.cli.main import main
from nrtd_desktop.db.engine import make_engine
from nrtd_desktop.db.history import Actor
from nrtd_desktop.domain.errors import RefusedError
from nrtd_desktop.dto.plan import ChallengeInput, ProgressInput
from tests import pg_server as postgres
from tests.conftest import TODAY
from tests.raw_db import Raw


def as_login(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


@pytest.fixture
def logins(pg_demo_url: str) -> Iterator[dict[str, str]]:
    """Two logins made by the administrator with the command line: MOJ's and the coordinator's."""
    tag = uuid.uuid4().hex[:8]
    made = {"moj": f"nrtd_t{tag}_moj", "coordinator": f"nrtd_t{tag}_coord"}
    assert main(["db", "roles", "add", made["moj"], "--entity", "MOJ", "--password", "pw-moj",
                 "--db", pg_demo_url]) == 0
    assert main(["db", "roles", "add", made["coordinator"], "--coordinator", "--password", "pw-co",
                 "--db", pg_demo_url]) == 0
    urls = {"moj": as_login(pg_demo_url, made["moj"], "pw-moj"),
            "coordinator": as_login(pg_demo_url, made["coordinator"], "pw-co"),
            "admin": pg_demo_url, "moj_login": made["moj"]}
    yield urls
    postgres.drop_database(pg_demo_url)  # the logins' sessions end with it
    for login in made.values():
        postgres._admin(f'DROP ROLE IF EXISTS "{login}"')


def actions_of(raw: Raw, code: str) -> list[str]:
    return [a for (a,) in raw.execute(
        "SELECT a.id FROM actions a JOIN entities e ON e.id = a.lead_entity_id"
        " WHERE e.code = ? ORDER BY a.id",
        (code,))]


def member(url: str) -> Any:
    return open_services(url, Actor(name="Member typed name", entity="MOJ"), today=TODAY)


def test_an_entity_login_changes_its_own_plan_and_is_refused_another_entitys(logins: dict[str, str]) -> None:
    admin = Raw(logins["admin"])
    own, other = actions_of(admin, "MOJ")[0], actions_of(admin, "HRC")[0]
    before = admin.execute("SELECT title_ar, version FROM actions WHERE id = ?", (other,)).fetchone()
    services = member(logins["moj"])
    try:
        services.plan.update_action(own, {"title_en": "Changed by the Ministry of Justice"})
        with pytest.raises(RefusedError) as refused:
            services.plan.update_action(other, {"title_ar": "ليس من شأن الوزارة"})
        english, arabic = refused.value.text("en"), refused.value.text("ar")
        assert logins["moj_login"] in english and "own entity" in english and "Nothing was saved" in english
        assert logins["moj_login"] in arabic and "بجهته" in arabic and "لم يُحفظ شيء" in arabic
        with pytest.raises(RefusedError):
            services.plan.delete_action(other)
        with pytest.raises(RefusedError):  # a progress update on another entity's action
            services.plan.add_progress(other, ProgressInput(narrative_ar="تقدم", percent=10))
        with pytest.raises(RefusedError):  # a challenge of another entity
            services.plan.challenges.create(ChallengeInput(description_ar="عقبة", action_id=other))
        rec = services.recommendations.list(limit=1)[0]
        with pytest.raises(RefusedError):  # the register is the coordinator's
            services.recommendations.update(rec.id, {"text_en": "An entity may not rewrite this"})
    finally:
        services.close()
    assert admin.execute("SELECT title_ar, version FROM actions WHERE id = ?", (other,)).fetchone() == before
    assert admin.execute("SELECT title_en FROM actions WHERE id = ?", (own,)).fetchone()[0] == (
        "Changed by the Ministry of Justice")
    # The history names the database login beside the name typed in the settings.
    actors = {a for (a,) in admin.execute(
        "SELECT DISTINCT actor FROM history WHERE record_id = ? AND field = 'title_en'", (own,))}
    assert actors == {f"Member typed name ({logins['moj_login']})"}
    admin.close()


def test_the_server_refuses_without_the_program(logins: dict[str, str]) -> None:
    """Plain SQL as the entity's login: the database itself refuses, the program is not involved."""
    admin = Raw(logins["admin"])
    other = actions_of(admin, "HRC")[0]
    hrc = admin.execute("SELECT id FROM entities WHERE code = 'HRC'").fetchone()[0]
    libpq = logins["moj"].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(libpq, autocommit=True) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE actions SET title_en = 'x' WHERE id = %s", (other,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM progress_updates WHERE action_id = %s", (other,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # taking an action for MOJ
            connection.execute("UPDATE actions SET lead_entity_id ="
                               " (SELECT id FROM entities WHERE code = 'MOJ') WHERE id = %s", (other,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # giving its own away
            connection.execute("UPDATE actions SET lead_entity_id = %s WHERE id = %s",
                               (hrc, actions_of(admin, "MOJ")[0]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM entities")
        assert connection.execute("SELECT count(*) FROM actions").fetchone()[0] > 0  # it reads everything
    admin.close()


def test_the_coordinator_changes_any_entitys_plan(logins: dict[str, str]) -> None:
    admin = Raw(logins["admin"])
    other = actions_of(admin, "HRC")[0]
    services = member(logins["coordinator"])
    try:
        services.plan.update_action(other, {"title_en": "Changed by the coordinator"})
    finally:
        services.close()
    assert admin.execute("SELECT title_en FROM actions WHERE id = ?", (other,)).fetchone()[0] == (
        "Changed by the coordinator")
    admin.close()


def test_roles_are_refused_on_a_file(tmp_path: Any, capsys: Any) -> None:
    assert main(["db", "roles", "setup", "--db", str(tmp_path / "c.sqlite")]) != 0
    assert "PostgreSQL" in capsys.readouterr().err
    assert make_engine(tmp_path / "x.sqlite").dialect.name == "sqlite"
