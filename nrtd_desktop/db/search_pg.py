"""Full-text search on PostgreSQL: the queries of ``db/fts.py`` written as ``tsquery``.

Revisions 0016_postgresql_search and 0018_pg_search_no_recheck keep
``recommendations.search_vector``, a ``tsvector`` generated from ``search_text``: the stems as
they are, the kept words with a mark in front (``~word``), each token at its position, with a
GIN index. A search is read by ``domain.search_query`` as on SQLite and written here term by term
the way :mod:`nrtd_desktop.db.fts` writes it for FTS5, so the same query finds the same records
on both engines (tests/postgres/test_search_same.py):

=========================  ==============================  ===========================
what                       FTS5                            tsquery
=========================  ==============================  ===========================
one of a word's stems      ``stems : "s"``                 ``'s'``
a typed beginning          ``{stems words} : "t"*``        ``('t':* | '~t':*)``
a phrase                   ``stems : ("a b" OR "c b")``    ``('a' <-> 'b') | …``
left out                   ``(…) NOT (…)``                 ``(…) & !(…)``
=========================  ==============================  ===========================

No query asks for a weight: the GIN index holds none, and a query with one (revision 0016 told
the halves apart by weight) made PostgreSQL read every hit's row again to check it — 316 ms to
count the 17,285 hits of "torture" at 267,000 records, a few ms now that the index alone answers.

Relevance is ``ts_rank`` with the stems (weight A) weighing twice the kept words (weight B), as
FTS5's bm25 weights: the records found are the same, their order among equals may differ.
"""

from __future__ import annotations

from itertools import product

from sqlalchemy import Connection, text

from nrtd_desktop.db.fts import MAX_PHRASES, _combinations
from nrtd_desktop.domain.search_query import (
    BooleanSyntax,
    QueryTerm,
    QueryWord,
    SearchQuery,
    boolean_expressions,
)

# The vectors, one per recommendation by its search_rowid, with its reference's natural order key
# (revision 0018), in a table of their own.
SEARCH_TABLE = "recommendation_search"
VECTOR = f"{SEARCH_TABLE}.search_vector"
# Before each kept word in the vector (revision 0018): a stem never begins with it.
KEPT_MARK = "~"
# ts_rank's weights are {D, C, B, A}: the kept words (B) half the stems (A), as bm25(1.0, 0.5).
RANK = f"ts_rank('{{0, 0, 0.5, 1.0}}', {VECTOR}, CAST(:tsquery AS tsquery))"


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _word(word: QueryWord) -> str:
    parts = []
    stems = word.stems
    if word.typed:
        parts += [f"{_lexeme(word.typed)}:*", f"{_lexeme(KEPT_MARK + word.typed)}:*"]
        stems = tuple(s for s in stems if not s.startswith(word.typed))
    parts += [_lexeme(s) for s in stems]
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def _phrase(words: tuple[QueryWord, ...]) -> str:
    choices = [list(w.stems) for w in words]
    keep = max(len(c) for c in choices)
    while keep > 1 and _combinations(choices, keep) > MAX_PHRASES:
        keep -= 1
    choices = [c[:keep] for c in choices]
    phrases = [" <-> ".join(map(_lexeme, combo)) for combo in product(*choices)]
    last = words[-1]
    if last.typed:  # a phrase still open: its last word is a beginning (of a stem, as in FTS5)
        phrases += [" <-> ".join([*map(_lexeme, combo), f"{_lexeme(last.typed)}:*"])
                    for combo in product(*choices[:-1])]
    return "(" + " | ".join(f"({p})" for p in phrases) + ")"


def _term(term: QueryTerm) -> str:
    return _phrase(term.words) if term.phrase else _word(term.words[0])


TSQUERY = BooleanSyntax(" & ", " | ", "({included}) & !{excluded}")


def match_query(query: SearchQuery) -> str | None:
    """The tsquery of the records ``query`` finds; None when it includes nothing."""
    return boolean_expressions(query, _term, TSQUERY)[0]


def excluded_query(query: SearchQuery) -> str | None:
    """The tsquery of what ``-word`` leaves out, or None."""
    return boolean_expressions(query, _term, TSQUERY)[1]


def hits_sql(param: str = "tsquery") -> str:
    """The search_rowids of the records that match the tsquery bound as ``param``."""
    return f"SELECT search_rowid FROM {SEARCH_TABLE} WHERE {VECTOR} @@ CAST(:{param} AS tsquery)"


def matches_sql(param: str = "tsquery") -> str:
    """The SQL condition "the record matches the tsquery bound as ``param``"."""
    return f"recommendations.search_rowid IN ({hits_sql(param)})"


# (search_rowid, relevance) of every hit, ``:tsquery`` bound (the ranked page joins it).
RANKED_SQL = (f"SELECT search_rowid AS hit_rowid, {RANK} AS score "
              f"FROM {SEARCH_TABLE} WHERE {VECTOR} @@ CAST(:tsquery AS tsquery)")
# The hits at least as relevant as the one at place ``:last`` (from 0) of the ranking, ties included:
# a page up to that place is among them, and only they need their records read.
TOP_RANKED_SQL = (f"WITH hits AS MATERIALIZED ({RANKED_SQL}) SELECT hit_rowid, score FROM hits "
                  "WHERE score >= coalesce((SELECT score FROM hits ORDER BY score DESC OFFSET :last LIMIT 1),"
                  " '-Infinity'::real)")

# The search_rowids of a page of the hits in the reference's order, from the search table alone.
PAGE_SQL = (f"SELECT search_rowid FROM {SEARCH_TABLE} WHERE {VECTOR} @@ CAST(:tsquery AS tsquery) "
            "ORDER BY reference_order OFFSET :offset LIMIT :limit")
PAGE_SQL_DESC = PAGE_SQL.replace("ORDER BY reference_order", "ORDER BY reference_order DESC")

_HIT_COUNTS = "nrtd_pg_hit_counts"
_HIT_COUNTS_STATE = "nrtd_pg_hit_counts_state"
_HIT_COUNTS_KEPT = 64


def hit_count(connection: Connection, tsquery: str) -> int:
    """How many records ``tsquery`` finds.

    A keystroke asks this three or four times (the status bar's count, whether to rank, the
    page), and the count of a common word reads every hit's row (PostgreSQL counts no row
    from an index alone): 15-30 ms for 10,000-17,000 hits at 267,000 records. The counts are
    kept per connection as long as the database shows the same committed state: the same
    snapshot (``pg_current_snapshot()``: no transaction of the server has taken a transaction
    id since, so none can have committed) seen outside a transaction that writes itself.
    """
    snapshot, writing = connection.exec_driver_sql(
        "SELECT pg_current_snapshot()::text, txid_current_if_assigned()").one()
    cache: dict[str, int] = connection.info.setdefault(_HIT_COUNTS, {})
    stale = connection.info.get(_HIT_COUNTS_STATE) != snapshot or len(cache) > _HIT_COUNTS_KEPT
    if writing is not None or stale:
        cache.clear()
        connection.info[_HIT_COUNTS_STATE] = None if writing is not None else snapshot
    if tsquery not in cache:
        statement = text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {VECTOR} @@ CAST(:tsquery AS tsquery)")
        cache[tsquery] = int(connection.execute(statement, {"tsquery": tsquery}).scalar() or 0)
    return cache[tsquery]
