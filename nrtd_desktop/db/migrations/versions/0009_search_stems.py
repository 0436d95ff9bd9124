"""Search: every recommendation analysed again into stems, and the index rebuilt on them.

The index of revision 0001 held the normalised words, so «تعذيب» missed «التعذيب» and «للتعذيب».
``recommendations.search_text`` now holds what ``domain.stemming.index_text`` makes of a record
(its stems, then the words a typed beginning needs) and ``recommendation_fts`` indexes the two
halves in its columns ``stems`` and ``words`` (``db/fts.py``). Every record is analysed again,
5,000 at a time, telling ``progress`` (the window's dialog, the command line's percentage):
about 20 s at 267,000 recommendations, 3 s at 41,000.

The index is created as ``db/fts.py`` builds it now and filled by its own ``reindex``, so that a
later revision that changes the analysis again finds the same shape whichever revision a file
started from.

Revision ID: 0009_search_stems
Revises: 0008_uhri_vocabulary
Create Date: 2026-12-07 10:00:00
"""

from __future__ import annotations

from alembic import context, op

from nrtd_desktop.db import fts

revision = "0009_search_stems"
down_revision = "0008_uhri_vocabulary"
branch_labels = None
depends_on = None

# The index as revision 0001 made it: one column of normalised words.
FTS_1 = ("CREATE VIRTUAL TABLE IF NOT EXISTS recommendation_fts USING fts5("
         "search_text, tokenize='unicode61 remove_diacritics 2')")


def upgrade() -> None:
    bind = op.get_bind()
    report = context.config.attributes.get("progress")
    if bind.dialect.name == "sqlite":
        fts.drop(bind)
        fts.create(bind)
    fts.reindex(bind, progress=(lambda done, total: report("search_index", done, total)) if report else None)


def downgrade() -> None:
    """Back to normalised words (the older program's search cannot read stems)."""
    from nrtd_desktop.domain.arabic import normalize

    bind = op.get_bind()
    rows = bind.exec_driver_sql(
        "SELECT id, reference, document_symbol, text_ar, text_en FROM recommendations").all()
    if rows:
        bind.exec_driver_sql(
            "UPDATE recommendations SET search_text = ? WHERE id = ?",
            [(" ".join(p for p in map(normalize, parts) if p), rec_id) for rec_id, *parts in rows],
        )
    if bind.dialect.name == "sqlite":
        fts.drop(bind)
        bind.exec_driver_sql(FTS_1)
        bind.exec_driver_sql("INSERT INTO recommendation_fts(rowid, search_text) "
                             "SELECT search_rowid, search_text FROM recommendations")
