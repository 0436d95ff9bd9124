"""Full-text search over the analysed shadow column, SQLite FTS5 only.

SQLite's tokenizers know neither Arabic nor stems, so ``recommendations.search_text`` holds what
``domain.stemming.index_text`` makes of a record: the stem of each word, in order, then (after a
line break) the few words a typed beginning could miss otherwise. An FTS5 table indexes the two
halves as its columns ``stems`` and ``words``, keyed by the stable integer
``recommendations.search_rowid``. A search is read by ``domain.search_query`` and written here as
an FTS5 expression (:func:`match_expression`). On other databases the services fall back to LIKE
over ``search_text``.

The index is kept up to date from Python (ORM events below, :func:`index_rows` and
:func:`index_table_rows` for bulk loads), not by SQL triggers: with ``trusted_schema=OFF``
(docs/design/RELIABILITY.md) SQLite refuses virtual tables inside triggers. :func:`reindex` analyses every
record again (revision 0009_search_stems, and whenever the analysis changes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import product
from typing import Any

from sqlalchemy import Connection, inspect, text
from sqlalchemy.orm import Mapper

from nrtd_desktop.db.events import listen_once
from nrtd_desktop.domain.search_query import (
    BooleanSyntax,
    QueryTerm,
    QueryWord,
    SearchQuery,
    boolean_expressions,
)
from nrtd_desktop.domain.stemming import SEPARATOR, index_text

FTS_TABLE = "recommendation_fts"
_HIT_COUNTS = "nrtd_fts_hit_counts"
_HIT_COUNTS_STATE = "nrtd_fts_hit_counts_state"
_HIT_COUNTS_KEPT = 64
# A phrase with several forms of each word is asked as one FTS5 phrase per combination of forms,
# at most this many (beyond, each word keeps its first forms: its own stem and the commonest).
MAX_PHRASES = 48
# Relevance: bm25 with the stems weighing twice the kept words (a typed beginning's matches).
RANK = f"bm25({FTS_TABLE}, 1.0, 0.5)"

CREATE_STATEMENT = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "stems, words, tokenize='unicode61 remove_diacritics 2')"
)
# The two halves of search_text, in SQL (for the bulk loads that fill the index inside SQLite).
_STEMS_SQL = "substr(search_text, 1, instr(search_text, char(10)) - 1)"
_WORDS_SQL = "substr(search_text, instr(search_text, char(10)) + 1)"
assert SEPARATOR == "\n"

Progress = Callable[[int, int], None]


def create(connection: Connection) -> None:
    connection.exec_driver_sql(CREATE_STATEMENT)


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def split(search_text: str | None) -> tuple[str, str]:
    stems, _sep, words = (search_text or "").partition(SEPARATOR)
    return stems, words


def index_rows(connection: Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Add or replace the indexed text of (search_rowid, search_text) pairs."""
    if not is_sqlite(connection):
        return
    rows = list(rows)
    if not rows:
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(rowid,) for rowid, _ in rows])
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, stems, words) VALUES (?, ?, ?)",
        [(rowid, *split(text)) for rowid, text in rows],
    )


def index_table_rows(connection: Connection, table: str, first_rowid: int) -> None:
    """Index the rows of ``table`` from ``first_rowid`` on, never indexed before, in one statement
    inside SQLite (no 41,066 strings handed to the driver a second time)."""
    if is_sqlite(connection):
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, stems, words) "
            f"SELECT search_rowid, {_STEMS_SQL}, {_WORDS_SQL} FROM {table} WHERE search_rowid >= ? "
            "ORDER BY search_rowid",
            (first_rowid,),
        )


def unindex_rows(connection: Connection, rowids: Iterable[int]) -> None:
    if not is_sqlite(connection):
        return
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(rowid,) for rowid in rowids])


def reindex(connection: Connection, progress: Progress | None = None, chunk: int = 5000) -> int:
    """Analyse every record again: its ``search_text``, then the whole index. Returns the count.

    Runs in the caller's transaction, ``chunk`` records at a time, calling ``progress(done,
    total)`` after each (the window's progress bar, the command line's percentage); an empty
    register reports nothing.
    """
    total = int(connection.exec_driver_sql("SELECT count(*) FROM recommendations").scalar() or 0)
    if not total:
        progress = None
    if progress is not None:
        progress(0, total)
    done, last_id = 0, ""
    while True:
        # text(): named parameters that every driver takes (sqlite3's ``?``, psycopg's ``%s``).
        rows = connection.execute(text(
            "SELECT id, reference, document_symbol, text_ar, text_en FROM recommendations "
            "WHERE id > :last ORDER BY id LIMIT :chunk"), {"last": last_id, "chunk": chunk}).all()
        if not rows:
            break
        connection.execute(
            text("UPDATE recommendations SET search_text = :text WHERE id = :id"),
            [{"text": index_text(reference, symbol, text_ar, text_en), "id": rec_id}
             for rec_id, reference, symbol, text_ar, text_en in rows],
        )
        done += len(rows)
        last_id = rows[-1][0]
        if progress is not None:
            progress(done, total)
    if is_sqlite(connection):
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
        index_table_rows(connection, "recommendations", 0)
    return total


# -- queries ---------------------------------------------------------------------------------

def _quoted(text: str) -> str:
    # Quoting keeps FTS5 operators typed by the user (AND, NEAR, ``*``, ``"``) from being syntax.
    return '"' + text.replace('"', '""') + '"'


def _word(word: QueryWord) -> str:
    """A word in any of its forms; a word being typed also as the beginning of a stem or word."""
    parts = []
    stems = word.stems
    if word.typed:
        parts.append(f"{{stems words}} : {_quoted(word.typed)}*")
        stems = tuple(s for s in stems if not s.startswith(word.typed))  # already found by the prefix
    parts += [f"stems : {_quoted(s)}" for s in stems]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _phrase(words: tuple[QueryWord, ...]) -> str:
    """Consecutive stems, one phrase per combination of the words' forms."""
    choices = [list(w.stems) for w in words]
    keep = max(len(c) for c in choices)
    while keep > 1 and _combinations(choices, keep) > MAX_PHRASES:
        keep -= 1
    choices = [c[:keep] for c in choices]
    phrases = [" ".join(_quoted(s)[1:-1] for s in combo) for combo in product(*choices)]
    written = [f'"{p}"' for p in phrases]
    last = words[-1]
    if last.typed:  # a phrase still open: its last word is a beginning
        written += [f'"{" ".join(_quoted(s)[1:-1] for s in combo)} {_quoted(last.typed)[1:-1]}"*'
                    for combo in product(*choices[:-1])]
    return "stems : (" + " OR ".join(written) + ")"


def _combinations(choices: list[list[str]], keep: int) -> int:
    count = 1
    for c in choices:
        count *= min(len(c), keep)
    return count


def _term(term: QueryTerm) -> str:
    return _phrase(term.words) if term.phrase else _word(term.words[0])


FTS5 = BooleanSyntax(" AND ", " OR ", "({included}) NOT {excluded}")


def match_expression(query: SearchQuery) -> str | None:
    """The FTS5 expression of the records the query finds: every included term, none of the
    excluded ones. None when the query includes nothing (see :func:`excluded_expression`)."""
    return boolean_expressions(query, _term, FTS5)[0]


def excluded_expression(query: SearchQuery) -> str | None:
    """The FTS5 expression of what the query leaves out (``-word``), or None."""
    return boolean_expressions(query, _term, FTS5)[1]


def hit_count(connection: Connection, match: str) -> int:
    """How many records ``match`` finds, from the index alone.

    A search asks this two or three times (the status bar's count, then the plan of the page's
    query), and a MATCH of a common word costs up to ~20 ms at 267,000 records: the counts are
    kept per SQLite connection until the database changes. ``PRAGMA data_version`` moves when
    another connection commits, ``total_changes`` when this one writes.
    """
    state = (
        connection.exec_driver_sql("PRAGMA data_version").scalar(),
        connection.connection.driver_connection.total_changes,  # type: ignore[union-attr]
    )
    cache: dict[str, int] = connection.info.setdefault(_HIT_COUNTS, {})
    if connection.info.get(_HIT_COUNTS_STATE) != state or len(cache) > _HIT_COUNTS_KEPT:
        cache.clear()
        connection.info[_HIT_COUNTS_STATE] = state
    if match not in cache:
        statement = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
        cache[match] = int(connection.exec_driver_sql(statement, (match,)).scalar() or 0)
    return cache[match]


RANKED_SQL = f"SELECT rowid AS hit_rowid, {RANK} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"


def ranked_rowids(connection: Connection, match: str, offset: int, limit: int) -> list[tuple[int, float]]:
    """(search_rowid, bm25) of the hits from ``offset`` on, most relevant first (ties unordered)."""
    rows = connection.exec_driver_sql(f"{RANKED_SQL} ORDER BY score LIMIT :limit OFFSET :offset",
                                      {"match": match, "limit": limit, "offset": offset})
    return [(int(r), float(s)) for r, s in rows]


# -- keeping the index in step with the ORM ------------------------------------------------------

def _after_insert(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    index_rows(connection, [(target.search_rowid, target.search_text)])


def _after_update(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    state = inspect(target)
    if state.attrs.search_text.history.has_changes() or state.attrs.search_rowid.history.has_changes():
        old = state.attrs.search_rowid.history.deleted
        if old:
            unindex_rows(connection, old)
        index_rows(connection, [(target.search_rowid, target.search_text)])


def _after_delete(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    unindex_rows(connection, [target.search_rowid])


def install(model: type) -> None:
    """Keep the index in step with every ORM insert, update and delete of ``model``."""
    for name, listener in (
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        listen_once(model, name, listener)
