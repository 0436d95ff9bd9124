"""Search on a PostgreSQL server with the same analysis as SQLite's FTS5 index (issue 24).

``recommendations.search_text`` already holds the analysed record (``domain.stemming``): its stems
in order, a line break, then the kept words. SQLite indexes the two halves in an FTS5 table; on
PostgreSQL a generated ``tsvector`` column holds the same tokens at the same positions, the
stems weighted A and the kept words B, with a GIN index. The tokens are the words of
``search_text`` split at white space, never PostgreSQL's own parser or dictionaries: the text is
analysed once, in Python, for both engines, and ``db/search_pg.py`` writes the queries that
``db/fts.py`` writes for FTS5 (a stem as ``'stem':A``, a typed beginning as ``'typed':*``, a
phrase with ``<->`` over the stems).

On SQLite this revision changes nothing.

Revision ID: 0016_postgresql_search
Revises: 0015_figures
Create Date: 2026-12-12 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0016_postgresql_search"
down_revision = "0015_figures"
branch_labels = None
depends_on = None

# The tokens of a white-space separated text as a tsvector, each at its position (PostgreSQL
# keeps positions up to 16,383: a longer record's tail shares the last one).
POSITIONS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION nrtd_positions(words text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           '''' || replace(replace(token, '\', '\\'), '''', '''''') || ''':' || least(position, 16383),
           ' '), '')::tsvector
  FROM regexp_split_to_table(btrim(words), '\s+') WITH ORDINALITY AS t(token, position)
  WHERE token <> ''
$$
"""
# search_text's stems (before the line break) weighted A, its kept words B.
VECTOR_FUNCTION = r"""
CREATE OR REPLACE FUNCTION nrtd_search_vector(search_text text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(nrtd_positions(split_part(coalesce(search_text, ''), E'\n', 1)), 'A')
      || setweight(nrtd_positions(CASE WHEN strpos(search_text, E'\n') > 0
                                       THEN substr(search_text, strpos(search_text, E'\n') + 1)
                                       ELSE '' END), 'B')
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(POSITIONS_FUNCTION)
    op.execute(VECTOR_FUNCTION)
    op.execute("ALTER TABLE recommendations ADD COLUMN IF NOT EXISTS search_vector tsvector "
               "GENERATED ALWAYS AS (nrtd_search_vector(search_text)) STORED")
    op.execute("CREATE INDEX IF NOT EXISTS ix_recommendations_search_vector "
               "ON recommendations USING gin (search_vector)")
    op.execute("ANALYZE recommendations")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_recommendations_search_vector")
    op.execute("ALTER TABLE recommendations DROP COLUMN IF EXISTS search_vector")
    op.execute("DROP FUNCTION IF EXISTS nrtd_search_vector(text)")
    op.execute("DROP FUNCTION IF EXISTS nrtd_positions(text)")
