"""The register's counts kept by a PostgreSQL server, as SQLite's triggers keep them (issue 24d).

``db/counts.py`` says what is counted: ``register_counts`` per record cube key, ``link_counts``
per (facet, value, mechanism, status); a link is counted while both the link row and its record
exist, under the record's current mechanism and status; NULL kept as "" (cycle -1). The same
rules here, written for a server:

- **Statement-level triggers with transition tables** (``REFERENCING NEW TABLE AS new_rows OLD
  TABLE AS old_rows``) for INSERT and DELETE of records and for every change of links: a
  statement that writes many rows (the importer's and a package merge's multi-row INSERTs,
  ``db/engine.py``) is counted by one aggregated statement, not row by row. Each changed row gives
  a **sign** (+1 new, -1 old), grouped by the counted key, net zeros dropped.
- A record's **UPDATE is a row-level trigger** with ``UPDATE OF`` the counted columns and a
  ``WHEN`` that compares them: nearly every UPDATE of a record (a save of its texts or notes, the
  version, the priority recompute's scores) changes none of them, and the server then calls no
  function at all (PostgreSQL allows neither a column list nor a ``WHEN`` on a trigger with
  transition tables: it ran for each of the recompute's 41,066 single-row UPDATEs, 0.3 ms each).
- **Counted at commit.** The triggers write their signed rows to ``*_pending`` tables (unlogged,
  append-only, each transaction sees only its own rows) and ask once per transaction, through a
  deferred constraint trigger on ``counts_pending_fold``, for the fold: at commit the
  transaction's rows are summed per key and upserted ``n = n + EXCLUDED.n`` in the key's order.
  Adding to the counts row by row instead made a long transaction slow (41,066 updates of the
  same few rows leave 41,066 versions of them, each read again by the next update), and held
  every counts row it touched until its commit: a member's import blocked every other member's
  save for as long. Now an open transaction holds no counts row, and two transactions that
  commit at the same moment take the rows they share in the same order (no deadlock). Within
  its own transaction a change is not yet in the counts (the program reads them after commit).
- A link's trigger reads its records ``FOR SHARE``: a member changing a record's status and
  another adding a link to it at the same moment would each miss the other's uncommitted change
  (the link counted under the old status, the status change not moving the new link). The share
  lock makes the later one wait for the earlier one's commit, and each statement of a
  PL/pgSQL function reads the data committed when it starts (READ COMMITTED): whichever comes
  second counts the other's change. A record's trigger needs no such lock: a link writer holds
  the share lock on the record, which the record's UPDATE or DELETE waits for.
- ``SECURITY DEFINER`` functions, owned by the login that ran the migration (the tables'
  owner), with a fixed ``search_path``: an entity member may not write the counts tables
  (``db/roles.py``), yet a permitted change (the status roll-up of its action) still counts; a
  refused change raises before or during its statement and the whole transaction, counts
  included, is rolled back.

A statement that both writes a record and its links in one statement (data-modifying CTEs)
would be seen twice; the program never writes that way.
"""

from __future__ import annotations

from sqlalchemy import Connection

from nrtd_desktop.db.counts import (
    CUBE_COLUMNS,
    LINKS,
    NO_CYCLE,
    RECORD_COLUMNS,
    SUPPORT_COLUMN,
    SUPPORT_TABLE,
)

TABLES_SQL = (
    "CREATE TABLE IF NOT EXISTS register_counts ("
    " mechanism text NOT NULL, body_code text NOT NULL, cycle integer NOT NULL, position text NOT NULL,"
    " status text NOT NULL, priority text NOT NULL, lead_entity_id text NOT NULL, n integer NOT NULL,"
    " PRIMARY KEY (mechanism, body_code, cycle, position, status, priority, lead_entity_id))"
    " WITH (fillfactor = 50)",
    "CREATE TABLE IF NOT EXISTS link_counts ("
    " facet text NOT NULL, item text NOT NULL, mechanism text NOT NULL, status text NOT NULL,"
    " n integer NOT NULL, PRIMARY KEY (facet, item, mechanism, status)) WITH (fillfactor = 50)",
)
# fillfactor 50: a count changed is a new version of its row; room on the page keeps it a HOT
# update (no new index entry), and the tables are small (a few thousand rows at 267,000 records).
PENDING_SQL = (
    "CREATE UNLOGGED TABLE IF NOT EXISTS register_counts_pending ("
    " mechanism text NOT NULL, body_code text NOT NULL, cycle integer NOT NULL, position text NOT NULL,"
    " status text NOT NULL, priority text NOT NULL, lead_entity_id text NOT NULL, n integer NOT NULL)",
    "CREATE UNLOGGED TABLE IF NOT EXISTS link_counts_pending ("
    " facet text NOT NULL, item text NOT NULL, mechanism text NOT NULL, status text NOT NULL,"
    " n integer NOT NULL)",
    "CREATE UNLOGGED TABLE IF NOT EXISTS counts_pending_fold (xid xid8 PRIMARY KEY)",
)
PENDING_TABLES = ("register_counts_pending", "link_counts_pending", "counts_pending_fold")

LINK_KEY = ("facet", "item", "mechanism", "status")
# The group roles of db/roles.py, when ``nrtd db roles setup`` already ran on this server: the
# tables are granted as that command grants every table (members read them; only the triggers,
# as the owner, write them for a member's change).
GRANTS = """
DO $$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'nrtd_member') THEN
    GRANT SELECT ON register_counts, link_counts TO nrtd_member;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'nrtd_coordinator') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON register_counts, link_counts TO nrtd_coordinator;
  END IF;
END $$
"""


def _text(column: str) -> str:
    return f"coalesce({column}, {NO_CYCLE})" if column.endswith(".cycle") else f"coalesce({column}, '')"


def _pending(table: str, key: tuple[str, ...], rows: str) -> str:
    """Note ``rows`` (the key's columns and ``sign``) for ``table``, summed per key, net zeros
    dropped: folded into the counts at commit (``FOLD``)."""
    columns = ", ".join(key)
    return (
        f"INSERT INTO {table}_pending ({columns}, n)"
        f" SELECT {columns}, sum(sign) FROM ({rows}) AS d GROUP BY {columns} HAVING sum(sign) <> 0"
    )


def _fold(table: str, key: tuple[str, ...]) -> str:
    """The transaction's notes for ``table`` added to it, in the key's order."""
    columns = ", ".join(key)
    return (
        f"INSERT INTO {table} AS c ({columns}, n)"
        f" SELECT {columns}, sum(n) FROM {table}_pending GROUP BY {columns} HAVING sum(n) <> 0"
        f" ORDER BY {columns}"
        f" ON CONFLICT ({columns}) DO UPDATE SET n = c.n + EXCLUDED.n"
    )


def _record_sql(changed: str) -> list[str]:
    """Statements counting the records of ``changed`` (a query of the record columns and
    ``sign``) with the links they have now."""
    cube = ", ".join(f"{_text('ch.' + c)} AS {c}" for c in CUBE_COLUMNS)
    kind = f"{_text('ch.mechanism')} AS mechanism, {_text('ch.status')} AS status"
    parts = [f"SELECT 'cluster' AS facet, {_text('ch.cluster_id')} AS item, {kind}, ch.sign FROM ch"]
    for facet, (table, column) in LINKS.items():
        parts.append(f"SELECT '{facet}', l.{column}, {kind}, ch.sign FROM ch"
                     f" JOIN {table} l ON l.recommendation_id = ch.id")
    parts.append(f"SELECT 'support_lead', l.{SUPPORT_COLUMN}, {kind}, ch.sign FROM ch"
                 f" JOIN {SUPPORT_TABLE} l ON l.recommendation_id = ch.id"
                 f" AND l.{SUPPORT_COLUMN} = ch.lead_entity_id")
    with_changed = f"WITH ch AS ({changed}) "
    return [
        with_changed + _pending("register_counts", CUBE_COLUMNS, f"SELECT {cube}, ch.sign FROM ch"),
        with_changed + _pending("link_counts", LINK_KEY, " UNION ALL ".join(parts)),
    ]


def _link_sql(facet: str, changed: str) -> list[str]:
    """Statements counting the links of ``changed`` (``recommendation_id``, ``item``, ``sign``)
    under their records, the records read FOR SHARE (see the module's docstring)."""
    records = ("SELECT id, mechanism, status, lead_entity_id FROM recommendations"
               " WHERE id IN (SELECT recommendation_id FROM ch) ORDER BY id FOR SHARE")
    kind = f"{_text('r.mechanism')} AS mechanism, {_text('r.status')} AS status"
    parts = [f"SELECT '{facet}' AS facet, ch.item, {kind}, ch.sign FROM ch"
             f" JOIN r ON r.id = ch.recommendation_id"]
    if facet == "support":
        parts.append(f"SELECT 'support_lead', ch.item, {kind}, ch.sign FROM ch"
                     f" JOIN r ON r.id = ch.recommendation_id AND r.lead_entity_id = ch.item")
    return [f"WITH ch AS ({changed}), r AS ({records}) "
            + _pending("link_counts", LINK_KEY, " UNION ALL ".join(parts))]


_RECORD = ", ".join(RECORD_COLUMNS)


def _record_changed(event: str) -> str:
    if event == "INSERT":
        return f"SELECT {_RECORD}, 1 AS sign FROM new_rows"
    if event == "DELETE":
        return f"SELECT {_RECORD}, -1 AS sign FROM old_rows"
    # UPDATE, one row (``_record_update_body``): the row as it was, taken out, and as it is now.
    return " UNION ALL ".join(
        f"SELECT {', '.join(f'{row}.{c} AS {c}' for c in RECORD_COLUMNS)}, {sign} AS sign"
        for row, sign in (("OLD", -1), ("NEW", 1)))


def _distinct(columns: tuple[str, ...]) -> str:
    return (f"({', '.join(f'OLD.{c}' for c in columns)}) IS DISTINCT FROM"
            f" ({', '.join(f'NEW.{c}' for c in columns)})")


# What the links are counted under: a change of these moves the record's links.
LINKED_BY = ("id", "mechanism", "status", "lead_entity_id", "cluster_id")


def _record_update_body() -> str:
    """A record's UPDATE, row by row: its old counts out, its new ones in; the links only when
    what they are counted under changed (a priority does not move them)."""
    cube, links = _record_sql(_record_changed("UPDATE"))
    return "\n".join([
        "", "BEGIN",
        f"  IF {_distinct(CUBE_COLUMNS)} THEN", f"    {cube};", "  END IF;",
        f"  IF {_distinct(LINKED_BY)} THEN", f"    {links};", "  END IF;",
        "  INSERT INTO counts_pending_fold VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;",
        "  RETURN NULL;", "END", ""])


def _link_changed(column: str, event: str) -> str:
    new = f"SELECT recommendation_id, {column} AS item, 1 AS sign FROM new_rows"
    old = f"SELECT recommendation_id, {column} AS item, -1 AS sign FROM old_rows"
    return {"INSERT": new, "DELETE": old}.get(event, f"{new} UNION ALL {old}")


EVENTS = ("INSERT", "UPDATE", "DELETE")
TRANSITIONS = {"INSERT": "NEW TABLE AS new_rows", "DELETE": "OLD TABLE AS old_rows",
               "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows"}


# PL/pgSQL plans a query once per session and keeps the plan; a query over the transition tables
# is planned for the rows the first statement changed. Planned for one row, it looks up each
# changed row's links by index; planned for 41,000 (a bulk UPDATE), it hashes whole link tables,
# and every later single-row save of the session did the same (18 ms a row instead of 0.2).
# Statements of more rows than this are planned afresh each time (EXECUTE), so the kept plans are
# always those of a few rows.
PLANNED_AFRESH_FROM = 100


def _body(statements: list[str], rows_of: str) -> str:
    """The statements, then (when they noted something) the transaction's fold asked for once."""
    lines = ["DECLARE", "  noted bigint := 0;", "  rows bigint;", "  many boolean;", "BEGIN"]
    lines.append(f"  many := (SELECT count(*) FROM {rows_of}) >= {PLANNED_AFRESH_FROM};")
    for statement in statements:
        lines += ["  IF many THEN", f"    EXECUTE $sql${statement}$sql$;", "  ELSE", f"    {statement};",
                  "  END IF;", "  GET DIAGNOSTICS rows = ROW_COUNT;", "  noted := noted + rows;"]
    lines += ["  IF noted > 0 THEN",
              "    INSERT INTO counts_pending_fold VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;",
              "  END IF;",
              "  RETURN NULL;", "END"]
    return "\n" + "\n".join(lines) + "\n"


# The constraint trigger's function: the transaction's notes added to the counts at its commit.
FOLD = (
    "\nBEGIN\n"
    f"  {_fold('register_counts', CUBE_COLUMNS)};\n"
    f"  {_fold('link_counts', LINK_KEY)};\n"
    "  DELETE FROM register_counts_pending;\n"
    "  DELETE FROM link_counts_pending;\n"
    "  DELETE FROM counts_pending_fold WHERE xid = NEW.xid;\n"
    "  RETURN NULL;\n"
    "END\n"
)
FOLD_TRIGGER = (
    "CREATE CONSTRAINT TRIGGER counts_fold AFTER INSERT ON counts_pending_fold"
    " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nrtd_counts_fold()"
)


def functions() -> dict[str, str]:
    """Every trigger function's name -> its PL/pgSQL body (as ``pg_proc.prosrc`` keeps it)."""
    found = {}
    for event in EVENTS:
        rows_of = "old_rows" if event == "DELETE" else "new_rows"
        records = _record_sql(_record_changed(event))
        found[f"nrtd_counts_recommendation_{event.lower()}"] = (
            _record_update_body() if event == "UPDATE" else _body(records, rows_of))
        for facet, (_table, column) in LINKS.items():
            statements = _link_sql(facet, _link_changed(column, event))
            found[f"nrtd_counts_{facet}_{event.lower()}"] = _body(statements, rows_of)
    found["nrtd_counts_fold"] = FOLD
    return found


def triggers() -> dict[str, tuple[str, str]]:
    """Every trigger's name -> (its table, its CREATE TRIGGER statement)."""
    found = {}
    tables = {"recommendation": "recommendations", **{facet: table for facet, (table, _c) in LINKS.items()}}
    for name, table in tables.items():
        for event in EVENTS:
            trigger = f"counts_{name}_{event.lower()}"
            if name == "recommendation" and event == "UPDATE":
                # Row by row, and only when a counted column changed: nearly every UPDATE of a
                # record (a save of its text or notes, a version, a score of the priority
                # recompute) changes none, and the server then calls no function at all. A
                # statement-level trigger must run for every UPDATE and would compare its
                # transition tables itself (0.3 ms a row more for the recompute's 41,066).
                found[trigger] = (table, (
                    f"CREATE TRIGGER {trigger} AFTER UPDATE OF {_RECORD} ON {table} FOR EACH ROW"
                    f" WHEN ({_distinct(RECORD_COLUMNS)}) EXECUTE FUNCTION nrtd_{trigger}()"))
                continue
            found[trigger] = (table, (
                f"CREATE TRIGGER {trigger} AFTER {event} ON {table} REFERENCING {TRANSITIONS[event]}"
                f" FOR EACH STATEMENT EXECUTE FUNCTION nrtd_{trigger}()"))
    found["counts_fold"] = ("counts_pending_fold", FOLD_TRIGGER)
    return found


def _create_function(name: str, body: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql"
            f" SECURITY DEFINER SET search_path = public, pg_temp AS $nrtd${body}$nrtd$")


def install(connection: Connection) -> None:
    """Create the tables, functions and triggers (replacing older definitions), grant, count."""
    from nrtd_desktop.db.counts import recount

    run = connection.exec_driver_sql
    for statement in TABLES_SQL + PENDING_SQL:
        run(statement)
    for trigger, table in _existing_triggers(connection):
        run(f"DROP TRIGGER {trigger} ON {table}")
    for name, body in functions().items():
        run(_create_function(name, body))
    for _table, sql in triggers().values():
        run(sql)
    run(GRANTS)
    recount(connection)
    run("ANALYZE register_counts")
    run("ANALYZE link_counts")


def _existing_triggers(connection: Connection) -> list[tuple[str, str]]:
    rows = connection.exec_driver_sql(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " WHERE NOT t.tgisinternal AND starts_with(t.tgname, 'counts_')"
        " AND c.relnamespace = current_schema()::regnamespace")
    return [(str(name), str(table)) for name, table in rows]


def suspend(connection: Connection) -> None:
    """Drop the triggers before schema revisions run (as on SQLite): a revision that rewrites
    records or links in bulk is then not counted row by row, and ``ensure`` counts once after."""
    for trigger, table in _existing_triggers(connection):
        connection.exec_driver_sql(f"DROP TRIGGER {trigger} ON {table}")


def ensure(connection: Connection) -> bool:
    """Put back what is missing or of an older definition (tables, functions, triggers) and
    count again: True when it did."""
    tables = {str(name) for (name,) in connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        " AND tablename IN ('register_counts', 'link_counts')")}
    if not tables:
        return False  # a schema from before revision 0019: its revisions are still to come
    present = {str(name): str(source) for name, source in connection.exec_driver_sql(
        "SELECT p.proname, p.prosrc FROM pg_proc p WHERE starts_with(p.proname, 'nrtd_counts_')"
        " AND p.pronamespace = current_schema()::regnamespace")}
    expected_triggers = {(name, table) for name, (table, _sql) in triggers().items()}
    triggered = set(_existing_triggers(connection))
    if len(tables) == 2 and present == functions() and triggered == expected_triggers:
        return False
    install(connection)
    return True


def drop(connection: Connection) -> None:
    """Everything ``install`` made (revision 0019's downgrade)."""
    run = connection.exec_driver_sql
    for trigger, table in _existing_triggers(connection):
        run(f"DROP TRIGGER {trigger} ON {table}")
    for name in functions():
        run(f"DROP FUNCTION IF EXISTS {name}()")
    for table in ("link_counts", "register_counts", *PENDING_TABLES):
        run(f"DROP TABLE IF EXISTS {table}")
