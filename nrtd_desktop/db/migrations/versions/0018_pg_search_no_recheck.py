"""PostgreSQL search answered from a table of its own, without rechecking rows (issue 24).

Revision 0016 kept the search's ``tsvector`` in ``recommendations`` (a generated column, 780 bytes of
a 1,800-byte row) and told the two halves of ``search_text`` apart by weight (stems A, kept words
B), so a stem was asked as ``'s':A``. A GIN index holds no weights: every record it found for such
a query was read again to check its vector, and every count and page went through the wide rows.
At 267,000 records the 17,285 hits of "torture" read 15,000 pages of the table and its TOAST: 316 ms
to count them, as much again for the page.

Now:

- each kept word is stored with a mark in front (``~word``), so a stem is asked as plain ``'s'``
  (only the unmarked stems match it) and a typed beginning as ``'t':* | '~t':*``: a query without
  weights needs no recheck (phrases still do: they need the positions);
- the vectors live in ``recommendation_search (search_rowid, reference_order, search_vector)``,
  beside each record's reference in its natural order (revision 0010): a count, a ranking and a
  page of hits in the reference's order are answered there, and only the page's records are read
  (joining all 7,456 hits of "freedom of expression" with their records read 30,000 pages for a
  page of 100); the vectors are read from
  this table's own pages, not from 0016's TOASTed values of the wide records;
- a trigger keeps it: a recommendation inserted, or its ``search_text`` or reference changed,
  writes its row, a recommendation deleted deletes it (SECURITY DEFINER: an entity's login, which
  may not write this table, still saves). No foreign key: the database cascades no delete between
  committee tables (tests/db/test_deletions.py), and this table is an index, as FTS5's is on
  SQLite;
- ``recommendations`` loses 0016's column: its rows are 40 % narrower for every other read (once
  rewritten: a database upgraded in place keeps the dropped column's space until
  ``VACUUM FULL recommendations``; a copy made by ``nrtd db copy`` never had it).

The stems keep weight A and the kept words B, for ``ts_rank``'s relevance only.

On SQLite this revision changes nothing.

Revision ID: 0018_pg_search_no_recheck
Revises: 0016_postgresql_search
Create Date: 2026-12-16 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0018_pg_search_no_recheck"
down_revision = "0016_postgresql_search"
branch_labels = None
depends_on = None

# The mark before each kept word (db/search_pg.py KEPT_MARK); the analysis never makes it part of
# a token (domain.stemming cuts text into letters and digits).
MARKED_POSITIONS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION nrtd_marked_positions(words text, mark text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           '''' || mark || replace(replace(token, '\', '\\'), '''', '''''') || ''':'
                || least(position, 16383), ' '), '')::tsvector
  FROM regexp_split_to_table(btrim(words), '\s+') WITH ORDINALITY AS t(token, position)
  WHERE token <> ''
$$
"""
LEXEMES_FUNCTION = r"""
CREATE OR REPLACE FUNCTION nrtd_search_lexemes(search_text text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(nrtd_marked_positions(split_part(coalesce(search_text, ''), E'\n', 1), ''), 'A')
      || setweight(nrtd_marked_positions(CASE WHEN strpos(search_text, E'\n') > 0
                                              THEN substr(search_text, strpos(search_text, E'\n') + 1)
                                              ELSE '' END, '~'), 'B')
$$
"""
TRIGGER_FUNCTION = r"""
CREATE OR REPLACE FUNCTION nrtd_index_search() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM recommendation_search WHERE search_rowid = OLD.search_rowid;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.search_rowid <> NEW.search_rowid THEN
      DELETE FROM recommendation_search WHERE search_rowid = OLD.search_rowid;
    END IF;
  END IF;
  INSERT INTO recommendation_search (search_rowid, reference_order, search_vector)
  VALUES (NEW.search_rowid, NEW.reference_order, nrtd_search_lexemes(NEW.search_text))
  ON CONFLICT (search_rowid) DO UPDATE
    SET reference_order = EXCLUDED.reference_order, search_vector = EXCLUDED.search_vector;
  RETURN NULL;
END
$$
"""
# The group roles of db/roles.py, when ``nrtd db roles setup`` already ran on this server: the
# new table is granted as that command grants every table.
GRANTS = r"""
DO $$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'nrtd_member') THEN
    GRANT SELECT ON recommendation_search TO nrtd_member;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'nrtd_coordinator') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON recommendation_search TO nrtd_coordinator;
  END IF;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(MARKED_POSITIONS_FUNCTION)
    op.execute(LEXEMES_FUNCTION)
    op.execute("DROP INDEX IF EXISTS ix_recommendations_search_vector")
    op.execute("ALTER TABLE recommendations DROP COLUMN IF EXISTS search_vector")
    op.execute(
        "CREATE TABLE recommendation_search ("
        " search_rowid integer PRIMARY KEY,"
        " reference_order varchar NOT NULL,"
        " search_vector tsvector NOT NULL)"
    )
    op.execute("INSERT INTO recommendation_search (search_rowid, reference_order, search_vector) "
               "SELECT search_rowid, reference_order, nrtd_search_lexemes(search_text) FROM recommendations")
    op.execute("CREATE INDEX ix_recommendation_search_vector "
               "ON recommendation_search USING gin (search_vector)")
    op.execute(TRIGGER_FUNCTION)
    op.execute("CREATE TRIGGER nrtd_index_search"
               " AFTER INSERT OR DELETE OR UPDATE OF search_text, search_rowid, reference_order"
               " ON recommendations"
               " FOR EACH ROW EXECUTE FUNCTION nrtd_index_search()")
    op.execute(GRANTS)
    op.execute("ANALYZE recommendation_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS nrtd_index_search ON recommendations")
    op.execute("DROP FUNCTION IF EXISTS nrtd_index_search()")
    op.execute("DROP TABLE IF EXISTS recommendation_search")
    op.execute("ALTER TABLE recommendations ADD COLUMN IF NOT EXISTS search_vector tsvector "
               "GENERATED ALWAYS AS (nrtd_search_vector(search_text)) STORED")
    op.execute("CREATE INDEX IF NOT EXISTS ix_recommendations_search_vector "
               "ON recommendations USING gin (search_vector)")
    op.execute("DROP FUNCTION IF EXISTS nrtd_search_lexemes(text)")
    op.execute("DROP FUNCTION IF EXISTS nrtd_marked_positions(text, text)")
