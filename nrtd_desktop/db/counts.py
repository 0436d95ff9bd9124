"""Counts of the register that the database keeps itself, for the dashboard and the facet lists.

At 267,000 recommendations, counting the records of every theme by status takes seconds (533,000
links, each joined to its record), and the facet lists scanned whole indexes on every opening
(issue 25). Two small tables hold those counts, and SQLite triggers keep them on every write:

- ``register_counts``: records per (mechanism, body, cycle, position, status, priority, lead
  entity): every count and facet list of a filter on those columns is a sum over a few thousand
  rows at most;
- ``link_counts``: per (facet, value, mechanism, status), the records linked to that value:
  themes, affected groups, SDG targets, States under review, special-procedure mandates,
  supporting entities (``support``), the record's cluster (``cluster``, "" for none), and the
  supporting entities that also lead the record (``support_lead``, so that the "entity" facet,
  lead or supporting, counts a record once).

Triggers, not Python: the ORM flush, the bulk importer's Core inserts, deletions and their
undo, package merges, vocabulary mappings and migrations all write through the database, so none
of them can forget the counts. A PostgreSQL server keeps the same counts by the same rules with
statement-level PL/pgSQL triggers (``db/counts_pg.py``, revision 0019); this module's functions
dispatch to it there. What a trigger counts is defined once: a link is counted while both
the link row and its record exist, under the record's current mechanism and status; so the order
in which a record and its links are written or deleted does not matter.

A NULL is kept as "" (text) or -1 (cycle): a primary key would treat two NULLs as different.
Alembic's batch mode copies a table to change it: the copy has no triggers, and SQLite will not
rename a copy while a trigger on another table names the one it replaces. So ``migrate.upgrade``
sets the triggers aside (``suspend``) before any revision runs and ``ensure`` puts them back
after, counting again (about 5 s at 267,000 records, once per schema upgrade); a server does the
same, its revisions' bulk rewrites then not counted statement by statement. ``recount`` rebuilds
both tables from the data (the same SQL on both engines).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table

metadata = MetaData()

register_counts = Table(
    "register_counts",
    metadata,
    Column("mechanism", String, primary_key=True),
    Column("body_code", String, primary_key=True),
    Column("cycle", Integer, primary_key=True),
    Column("position", String, primary_key=True),
    Column("status", String, primary_key=True),
    Column("priority", String, primary_key=True),
    Column("lead_entity_id", String, primary_key=True),
    Column("n", Integer, nullable=False),
)

link_counts = Table(
    "link_counts",
    metadata,
    Column("facet", String, primary_key=True),
    Column("item", String, primary_key=True),
    Column("mechanism", String, primary_key=True),
    Column("status", String, primary_key=True),
    Column("n", Integer, nullable=False),
)

NO_CYCLE = -1  # what register_counts keeps for a record without a cycle ("" for other columns)

# facet name -> (link table, its value column)
LINKS: dict[str, tuple[str, str]] = {
    "theme": ("recommendation_themes", "theme_key"),
    "affected_group": ("recommendation_groups", "group_key"),
    "sdg": ("recommendation_sdg_targets", "target_code"),
    "country": ("recommendation_countries", "state_alpha3"),
    "mandate": ("recommendation_mandates", "mandate_code"),
    "support": ("recommendation_supporting_entities", "entity_id"),
}
SUPPORT_TABLE, SUPPORT_COLUMN = LINKS["support"]
CUBE_COLUMNS = ("mechanism", "body_code", "cycle", "position", "status", "priority", "lead_entity_id")

TABLES_SQL = (
    "CREATE TABLE IF NOT EXISTS register_counts ("
    " mechanism TEXT NOT NULL, body_code TEXT NOT NULL, cycle INTEGER NOT NULL, position TEXT NOT NULL,"
    " status TEXT NOT NULL, priority TEXT NOT NULL, lead_entity_id TEXT NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY (mechanism, body_code, cycle, position, status, priority, lead_entity_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS link_counts ("
    " facet TEXT NOT NULL, item TEXT NOT NULL, mechanism TEXT NOT NULL, status TEXT NOT NULL,"
    " n INTEGER NOT NULL, PRIMARY KEY (facet, item, mechanism, status)) WITHOUT ROWID",
)


def _cube_values(row: str) -> str:
    """The cube key of a record row (``new`` or ``old`` in a trigger, ``r`` in a query)."""
    return (
        f"coalesce({row}.mechanism, ''), coalesce({row}.body_code, ''), coalesce({row}.cycle, {NO_CYCLE}),"
        f" coalesce({row}.position, ''), coalesce({row}.status, ''), coalesce({row}.priority, ''),"
        f" coalesce({row}.lead_entity_id, '')"
    )


def _cube_match(row: str) -> str:
    return " AND ".join(
        f"{column} = coalesce({row}.{column}, {NO_CYCLE if column == 'cycle' else chr(39) * 2})"
        for column in CUBE_COLUMNS
    )


CUBE_UPSERT = (
    f"ON CONFLICT ({', '.join(CUBE_COLUMNS)}) DO UPDATE SET n = n + excluded.n"
)
LINK_UPSERT = "ON CONFLICT (facet, item, mechanism, status) DO UPDATE SET n = n + excluded.n"


def _record_added(row: str) -> list[str]:
    """Statements counting the record ``row`` (new) and the links it already has."""
    kind = f"coalesce({row}.mechanism, ''), coalesce({row}.status, '')"
    statements = [
        f"INSERT INTO register_counts VALUES ({_cube_values(row)}, 1) {CUBE_UPSERT}",
        f"INSERT INTO link_counts VALUES ('cluster', coalesce({row}.cluster_id, ''), {kind}, 1)"
        f" {LINK_UPSERT}",
    ]
    for facet, (table, column) in LINKS.items():
        statements.append(
            f"INSERT INTO link_counts SELECT '{facet}', {column}, {kind}, count(*) FROM {table}"
            f" WHERE recommendation_id = {row}.id GROUP BY {column} {LINK_UPSERT}"
        )
    statements.append(
        f"INSERT INTO link_counts SELECT 'support_lead', {SUPPORT_COLUMN}, {kind}, 1 FROM {SUPPORT_TABLE}"
        f" WHERE recommendation_id = {row}.id AND {SUPPORT_COLUMN} = {row}.lead_entity_id {LINK_UPSERT}"
    )
    return statements


def _record_removed(row: str) -> list[str]:
    """Statements taking the record ``row`` (old) and its links out of the counts."""
    kind = f"mechanism = coalesce({row}.mechanism, '') AND status = coalesce({row}.status, '')"
    statements = [
        f"UPDATE register_counts SET n = n - 1 WHERE {_cube_match(row)}",
        f"UPDATE link_counts SET n = n - 1 WHERE facet = 'cluster' AND item = coalesce({row}.cluster_id, '')"
        f" AND {kind}",
    ]
    for facet, (table, column) in LINKS.items():
        statements.append(
            f"UPDATE link_counts SET n = n - 1 WHERE facet = '{facet}' AND {kind}"
            f" AND item IN (SELECT {column} FROM {table} WHERE recommendation_id = {row}.id)"
        )
    statements.append(
        f"UPDATE link_counts SET n = n - 1 WHERE facet = 'support_lead' AND {kind}"
        f" AND item = {row}.lead_entity_id AND EXISTS (SELECT 1 FROM {SUPPORT_TABLE}"
        f" WHERE recommendation_id = {row}.id AND {SUPPORT_COLUMN} = {row}.lead_entity_id)"
    )
    return statements


def _link_added(facet: str, column: str, row: str) -> list[str]:
    record = f"FROM recommendations r WHERE r.id = {row}.recommendation_id"
    kind = "coalesce(r.mechanism, ''), coalesce(r.status, '')"
    statements = [
        f"INSERT INTO link_counts SELECT '{facet}', {row}.{column}, {kind}, 1 {record} {LINK_UPSERT}"
    ]
    if facet == "support":
        statements.append(
            f"INSERT INTO link_counts SELECT 'support_lead', {row}.{column}, {kind}, 1 {record}"
            f" AND r.lead_entity_id = {row}.{column} {LINK_UPSERT}"
        )
    return statements


def _link_removed(facet: str, column: str, row: str) -> list[str]:
    kind = (
        "(mechanism, status) = (SELECT coalesce(r.mechanism, ''), coalesce(r.status, '')"
        f" FROM recommendations r WHERE r.id = {row}.recommendation_id"
    )
    statements = [
        f"UPDATE link_counts SET n = n - 1 WHERE facet = '{facet}' AND item = {row}.{column} AND {kind})"
    ]
    if facet == "support":
        statements.append(
            f"UPDATE link_counts SET n = n - 1 WHERE facet = 'support_lead' AND item = {row}.{column}"
            f" AND {kind} AND r.lead_entity_id = {row}.{column})"
        )
    return statements


RECORD_COLUMNS = ("id", *CUBE_COLUMNS, "cluster_id")


def _trigger(name: str, event: str, statements: list[str], when: str = "") -> str:
    body = "".join(f"\n  {statement};" for statement in statements)
    condition = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER {name} {event}{condition} BEGIN{body}\nEND"


def triggers() -> dict[str, str]:
    """Every trigger that keeps the counts, by name."""
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in RECORD_COLUMNS)
    found = {
        "counts_recommendation_insert": _trigger(
            "counts_recommendation_insert", "AFTER INSERT ON recommendations", _record_added("new")
        ),
        "counts_recommendation_delete": _trigger(
            "counts_recommendation_delete", "AFTER DELETE ON recommendations", _record_removed("old")
        ),
        "counts_recommendation_update": _trigger(
            "counts_recommendation_update",
            f"AFTER UPDATE OF {', '.join(RECORD_COLUMNS)} ON recommendations",
            _record_removed("old") + _record_added("new"),
            when=changed,
        ),
    }
    for facet, (table, column) in LINKS.items():
        found[f"counts_{facet}_insert"] = _trigger(
            f"counts_{facet}_insert", f"AFTER INSERT ON {table}", _link_added(facet, column, "new")
        )
        found[f"counts_{facet}_delete"] = _trigger(
            f"counts_{facet}_delete", f"AFTER DELETE ON {table}", _link_removed(facet, column, "old")
        )
        found[f"counts_{facet}_update"] = _trigger(
            f"counts_{facet}_update",
            f"AFTER UPDATE ON {table}",
            _link_removed(facet, column, "old") + _link_added(facet, column, "new"),
        )
    # A lead entity chosen or changed moves the record's supporting links in and out of support_lead:
    # handled by the record's update trigger (lead_entity_id is one of its columns).
    return found


def recount(connection: Connection) -> None:
    """Both tables counted again from the data (inside the caller's transaction). On a server
    the transaction's changes not yet folded into the counts are dropped too: counted here."""
    run = connection.exec_driver_sql
    run("DELETE FROM register_counts")
    run("DELETE FROM link_counts")
    if _server(connection):
        from nrtd_desktop.db.counts_pg import PENDING_TABLES

        for table in PENDING_TABLES:
            run(f"DELETE FROM {table}")
    run(
        f"INSERT INTO register_counts SELECT {_cube_values('r')}, count(*) FROM recommendations r"
        f" GROUP BY {', '.join(f'{n}' for n in range(1, 8))}"
    )
    kind = "coalesce(r.mechanism, ''), coalesce(r.status, '')"
    run(
        f"INSERT INTO link_counts SELECT 'cluster', coalesce(r.cluster_id, ''), {kind}, count(*)"
        " FROM recommendations r GROUP BY 2, 3, 4"
    )
    for facet, (table, column) in LINKS.items():
        run(
            f"INSERT INTO link_counts SELECT '{facet}', l.{column}, {kind}, count(*) FROM {table} l"
            f" JOIN recommendations r ON r.id = l.recommendation_id GROUP BY 2, 3, 4"
        )
    run(
        f"INSERT INTO link_counts SELECT 'support_lead', l.{SUPPORT_COLUMN}, {kind}, count(*)"
        f" FROM {SUPPORT_TABLE} l JOIN recommendations r ON r.id = l.recommendation_id"
        f" AND r.lead_entity_id = l.{SUPPORT_COLUMN} GROUP BY 2, 3, 4"
    )


def _server(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def install(connection: Connection) -> None:
    """Create the tables and triggers (replacing triggers of an older definition) and count."""
    if _server(connection):
        from nrtd_desktop.db import counts_pg

        counts_pg.install(connection)
        return
    run = connection.exec_driver_sql
    for statement in TABLES_SQL:
        run(statement)
    for name in _existing_triggers(connection):
        run(f"DROP TRIGGER {name}")
    for sql in triggers().values():
        run(sql)
    recount(connection)


def _existing_triggers(connection: Connection) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'counts\\_%' ESCAPE '\\'"
    )
    return [name for (name,) in rows]


def suspend(connection: Connection) -> None:
    """Drop the triggers before schema revisions run (``migrate.upgrade``): SQLite refuses to
    rename a copied table while a trigger elsewhere names the table it replaces, and a revision
    may change the data without them. ``ensure`` puts them back and counts again. A server's
    triggers are set aside the same way (``db/counts_pg.py``)."""
    if _server(connection):
        from nrtd_desktop.db import counts_pg

        counts_pg.suspend(connection)
    elif connection.dialect.name == "sqlite":
        for name in _existing_triggers(connection):
            connection.exec_driver_sql(f"DROP TRIGGER {name}")


def ensure(connection: Connection) -> bool:
    """Put back the triggers and the counts after schema revisions (``suspend``, a copied
    table): True when something was missing and the counts were taken again."""
    if _server(connection):
        from nrtd_desktop.db import counts_pg

        return counts_pg.ensure(connection)
    if connection.dialect.name != "sqlite":
        return False
    tables = {
        name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name IN ('register_counts', 'link_counts')"
        )
    }
    if not tables:
        return False  # a schema from before the counts: its revisions are still to come
    expected = triggers()
    present = {
        name: sql for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'counts\\_%' ESCAPE '\\'"
        )
    }
    if len(tables) == 2 and present == expected:
        return False
    install(connection)
    return True
