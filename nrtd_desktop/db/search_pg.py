"""Full-text search on PostgreSQL: the queries of ``db/fts.py`` written as ``tsquery``.

Revision 0016_postgresql_search keeps ``recommendations.search_vector``, a ``tsvector`` generated
from ``search_text`` (the stems weighted A, the kept words B, each token at its position) with a
GIN index. A search is read by ``domain.search_query`` as on SQLite and written here term by term
the way :mod:`nrtd_desktop.db.fts` writes it for FTS5, so the same query finds the same records
on both engines (tests/postgres/test_search_same.py):

=========================  ==============================  ===========================
what                       FTS5                            tsquery
=========================  ==============================  ===========================
one of a word's stems      ``stems : "s"``                 ``'s':A``
a typed beginning          ``{stems words} : "t"*``        ``'t':*``
a phrase                   ``stems : ("a b" OR "c b")``    ``('a':A <-> 'b':A) | …``
left out                   ``(…) NOT (…)``                 ``(…) & !(…)``
=========================  ==============================  ===========================

Relevance is ``ts_rank`` with the stems weighing twice the kept words (FTS5's bm25 weights):
the records found are the same, their order among equals may differ.
"""

from __future__ import annotations

from itertools import product

from sqlalchemy import Connection, text

from nrtd_desktop.db.fts import MAX_PHRASES, _combinations
from nrtd_desktop.domain.search_query import QueryTerm, QueryWord, SearchQuery

VECTOR = "recommendations.search_vector"
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
        parts.append(f"{_lexeme(word.typed)}:*")
        stems = tuple(s for s in stems if not s.startswith(word.typed))
    parts += [f"{_lexeme(s)}:A" for s in stems]
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def _phrase(words: tuple[QueryWord, ...]) -> str:
    choices = [list(w.stems) for w in words]
    keep = max(len(c) for c in choices)
    while keep > 1 and _combinations(choices, keep) > MAX_PHRASES:
        keep -= 1
    choices = [c[:keep] for c in choices]
    phrases = [" <-> ".join(f"{_lexeme(s)}:A" for s in combo) for combo in product(*choices)]
    last = words[-1]
    if last.typed:  # a phrase still open: its last word is a beginning (of a stem, as in FTS5)
        phrases += [" <-> ".join([*(f"{_lexeme(s)}:A" for s in combo), f"{_lexeme(last.typed)}:*A"])
                    for combo in product(*choices[:-1])]
    return "(" + " | ".join(f"({p})" for p in phrases) + ")"


def _term(term: QueryTerm) -> str:
    return _phrase(term.words) if term.phrase else _word(term.words[0])


def match_query(query: SearchQuery) -> str | None:
    """The tsquery of the records ``query`` finds; None when it includes nothing."""
    included = [_term(t) for t in query.included]
    if not included:
        return None
    expression = " & ".join(included)
    excluded = excluded_query(query)
    return f"({expression}) & !{excluded}" if excluded else expression


def excluded_query(query: SearchQuery) -> str | None:
    """The tsquery of what ``-word`` leaves out, or None."""
    excluded = [_term(t) for t in query.excluded]
    return "(" + " | ".join(excluded) + ")" if excluded else None


def matches_sql(param: str = "tsquery") -> str:
    """The SQL condition "the record matches the tsquery bound as ``param``"."""
    return f"{VECTOR} @@ CAST(:{param} AS tsquery)"


def hit_count(connection: Connection, tsquery: str) -> int:
    statement = text(f"SELECT count(*) FROM recommendations WHERE {matches_sql()}")
    return int(connection.execute(statement, {"tsquery": tsquery}).scalar() or 0)
