"""Who may change what on a PostgreSQL server, enforced by the server itself (issue 24).

Roles (cluster-wide, no login): ``nrtd_member`` reads the whole committee; ``nrtd_coordinator``
(a member) may change everything; ``nrtd_entity_<code>`` (a member, one per entity code) may
change only the actions, indicators, progress updates and challenges of that entity, and the
bookkeeping every change writes (history, tombstones, deletions, the roll-up of a
recommendation's status). A member's login is a role with LOGIN in one of these groups
(:func:`add_login`). Logins in no group (the server's administrator, who owns the tables and ran
the migrations) are not restricted.

On the four plan tables, row-level security checks every new row (INSERT, and the row an UPDATE
writes), and a BEFORE UPDATE OR DELETE trigger checks the row as it was: a row-level security
policy alone would skip another entity's row silently (0 rows updated, which the program would
show as a conflict); the trigger refuses it loudly with SQLSTATE 42501, which
``services/base.py`` shows as a refusal in the member's language. A BEFORE INSERT trigger on
``history`` adds the database login (``current_user``) to every history row, so that the history
names who was connected whatever name the member typed in the settings.

Nothing here runs on SQLite: a file on a laptop has one member. ``setup`` is idempotent; run it
again after a migration adds a table (``nrtd db roles setup``).
"""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import Connection, Engine, text

MEMBER, COORDINATOR, ENTITY_PREFIX = "nrtd_member", "nrtd_coordinator", "nrtd_entity_"
PLAN_TABLES = ("actions", "indicators", "progress_updates", "challenges")
# What every change of the plan writes besides the plan rows themselves.
BOOKKEEPING_TABLES = ("history", "tombstones", "deletion_sets", "action_partners")
# The roll-up of a recommendation's status follows its actions (domain/rollup.py).
ROLLUP_COLUMNS = ("status", "version", "updated_at", "updated_by", "updated_site")

# The entity a row belongs to, as SQL over the row's columns (``{r}`` = the row's prefix).
_MINE = {
    "actions": "{r}lead_entity_id IN (SELECT nrtd_my_entities())",
    "indicators": "{r}responsible_entity_id IN (SELECT nrtd_my_entities())"
                  " OR nrtd_entity_action({r}action_id)",
    "progress_updates": "{r}entity_id IN (SELECT nrtd_my_entities()) OR nrtd_entity_action({r}action_id)",
    "challenges": "{r}entity_id IN (SELECT nrtd_my_entities()) OR nrtd_entity_action({r}action_id)",
}

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION nrtd_unrestricted() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{COORDINATOR}', 'MEMBER')
      OR NOT pg_has_role(current_user, '{MEMBER}', 'MEMBER') $$;
CREATE OR REPLACE FUNCTION nrtd_my_entities() RETURNS SETOF varchar LANGUAGE sql STABLE AS $$
  SELECT e.id FROM entities e JOIN pg_roles r ON r.rolname = '{ENTITY_PREFIX}' || lower(e.code)
  WHERE pg_has_role(current_user, r.oid, 'MEMBER') $$;
CREATE OR REPLACE FUNCTION nrtd_entity_action(action varchar) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM actions a WHERE a.id = action
                 AND a.lead_entity_id IN (SELECT nrtd_my_entities())) $$;
CREATE OR REPLACE FUNCTION nrtd_history_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.actor = '' THEN NEW.actor := current_user;
  ELSIF NEW.actor <> current_user::text THEN NEW.actor := NEW.actor || ' (' || current_user || ')';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS nrtd_history_login ON history;
CREATE TRIGGER nrtd_history_login BEFORE INSERT ON history FOR EACH ROW EXECUTE FUNCTION nrtd_history_login();
"""


def _allowed(table: str, row: str = "") -> str:
    return f"(nrtd_unrestricted() OR coalesce(({_MINE[table].format(r=row)}), false))"


def _table_sql(table: str) -> str:
    return f"""
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS nrtd_read ON {table};
DROP POLICY IF EXISTS nrtd_insert ON {table};
DROP POLICY IF EXISTS nrtd_update ON {table};
DROP POLICY IF EXISTS nrtd_delete ON {table};
CREATE POLICY nrtd_read ON {table} FOR SELECT USING (true);
CREATE POLICY nrtd_insert ON {table} FOR INSERT WITH CHECK {_allowed(table)};
CREATE POLICY nrtd_update ON {table} FOR UPDATE USING (true) WITH CHECK {_allowed(table)};
CREATE POLICY nrtd_delete ON {table} FOR DELETE USING (true);
CREATE OR REPLACE FUNCTION nrtd_guard_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT {_allowed(table, "OLD.")} THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('nrtd: %s may not change %s %s of another entity',
                       current_user, TG_TABLE_NAME, OLD.id);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS nrtd_guard ON {table};
CREATE TRIGGER nrtd_guard BEFORE UPDATE OR DELETE ON {table}
  FOR EACH ROW EXECUTE FUNCTION nrtd_guard_{table}();
"""


def _ensure_role(connection: Connection, name: str, *, login: bool = False, password: str | None = None,
                 member_of: tuple[str, ...] = ()) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    quoted = _ident(name)
    if exists is None:
        _run(connection, f"CREATE ROLE {quoted} {'LOGIN' if login else 'NOLOGIN'}")
    if password is not None:
        connection.execute(text("SELECT set_config('nrtd.pw', :p, true)"), {"p": password})
        _run(connection,
            "DO $$ BEGIN EXECUTE format('ALTER ROLE %I PASSWORD %L', "
            f"'{name}', current_setting('nrtd.pw')); END $$")
    for group in member_of:
        _run(connection, f"GRANT {_ident(group)} TO {quoted}")


def _run(connection: Connection, sql: str) -> None:
    """DDL as it is: through the driver's cursor without parameters, so that psycopg leaves the
    ``%`` of ``format()`` alone."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise ValueError(f"not a role name: {name!r}")
    return name


def entity_role(code: str) -> str:
    """The group role of an entity: ``nrtd_entity_`` + its code in lower case (non-letters as _)."""
    return _ident(ENTITY_PREFIX + re.sub(r"[^a-z0-9_]", "_", code.strip().lower()))


def setup(engine: Engine) -> None:
    """Create the group roles, the grants, the row-level security and the triggers (idempotent)."""
    if engine.dialect.name != "postgresql":
        raise ValueError("roles exist only on a PostgreSQL server")
    with engine.begin() as connection:
        # CREATE ROLE is cluster-wide: one setup at a time (the migration's lock key + 1).
        connection.execute(text("SELECT pg_advisory_xact_lock(1314018373)"))
        _ensure_role(connection, MEMBER)
        _ensure_role(connection, COORDINATOR, member_of=(MEMBER,))
        _run(connection, f"GRANT USAGE ON SCHEMA public TO {MEMBER}")
        _run(connection, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {MEMBER}")
        _run(connection, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {MEMBER}")
        _run(connection,
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {COORDINATOR}")
        for table in PLAN_TABLES + BOOKKEEPING_TABLES:
            _run(connection, f"GRANT INSERT, UPDATE, DELETE ON {table} TO {MEMBER}")
        _run(connection, f"GRANT UPDATE ({', '.join(ROLLUP_COLUMNS)}) ON recommendations TO {MEMBER}")
        _run(connection, _FUNCTIONS)
        for table in PLAN_TABLES:
            _run(connection, _table_sql(table))


def add_login(engine: Engine, login: str, password: str, *, entity: str | None = None,
              coordinator: bool = False) -> str:
    """A member's login in the coordinator group or in one entity's group; returns the group."""
    if (entity is None) == (not coordinator):
        raise ValueError("a login is either the coordinator's or one entity's")
    setup(engine)
    with engine.begin() as connection:
        if coordinator:
            group = COORDINATOR
        else:
            assert entity is not None
            found = connection.execute(text("SELECT code FROM entities WHERE upper(code) = upper(:c)"),
                                       {"c": entity}).scalar()
            if found is None:
                raise LookupError(entity)
            group = entity_role(str(found))
            _ensure_role(connection, group, member_of=(MEMBER,))
        _ensure_role(connection, _ident(login), login=True, password=password, member_of=(group,))
    return group


def groups_of(engine: Engine) -> list[tuple[str, str]]:
    """(login, group) of every login in the program's groups, for ``nrtd db roles list``."""
    with engine.connect() as connection:
        rows = connection.execute(text("""
            SELECT m.rolname, g.rolname FROM pg_auth_members a
            JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
            WHERE m.rolcanlogin AND (g.rolname = :c OR g.rolname LIKE :e) ORDER BY 1, 2"""),
            {"c": COORDINATOR, "e": ENTITY_PREFIX + "%"})
        return [(str(a), str(b)) for a, b in rows]


def program_role(engine: Engine) -> tuple[Literal["coordinator", "member"], str]:
    """(role, entity code) of this login as the program's exchange knows them, from the server's
    roles rather than a laptop's settings: the coordinator's login and a login in none of the
    program's groups (the administrator) are "coordinator"; an entity's login is a "member" of it."""
    with engine.connect() as connection:
        found = {str(n) for (n,) in connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:m, :c)"), {"m": MEMBER, "c": COORDINATOR})}
        if MEMBER not in found or COORDINATOR not in found:
            return "coordinator", ""
        if connection.execute(text(
                "SELECT pg_has_role(current_user, :c, 'MEMBER')"
                " OR NOT pg_has_role(current_user, :m, 'MEMBER')"),
                {"c": COORDINATOR, "m": MEMBER}).scalar():
            return "coordinator", ""
        code = connection.execute(text(
            "SELECT e.code FROM entities e JOIN pg_roles r ON r.rolname = :p || lower(e.code)"
            " WHERE pg_has_role(current_user, r.oid, 'MEMBER') ORDER BY 1 LIMIT 1"),
            {"p": ENTITY_PREFIX}).scalar()
        return "member", str(code or "")
