"""What every write of a recommendation needs, done in one place at flush.

A recommendation's ``search_text`` (the normalised shadow the full-text index is built from) and
its ``search_rowid`` (the index's integer key) were set by each path that wrote one: the editor,
the package merge, the demo. One that forgot left a record that search could not find. The
history listener (``db/history.py``) calls :func:`prepare` on every flush, so every ORM path gets
them; the bulk paths of the importer and the benchmark use :func:`search_text` and
:func:`next_search_rowid` from here. The FTS index itself follows in ``db/fts.py``.
"""

from __future__ import annotations

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.models import Recommendation
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.stemming import index_text

# The columns the search text is made of: a change to one of them renews it.
SEARCHED_COLUMNS = ("reference", "document_symbol", "text_ar", "text_en")


def search_text(reference: str | None, symbol: str | None, text_ar: str | None, text_en: str | None) -> str:
    """What the index holds of a recommendation (``domain.stemming``, docs/search.md): every
    path that writes one, the ORM's at flush and the bulk ones of the importer and the
    benchmark, calls this."""
    return index_text(reference, symbol, text_ar, text_en)


def search_text_of(record: Recommendation) -> str:
    return search_text(record.reference, record.document_symbol, record.text_ar, record.text_en)


def next_search_rowid(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Recommendation.search_rowid), 0))) or 0) + 1


def prepare(session: Session) -> None:
    """Give the recommendations of this flush their search text, their reference's sort key
    and, when new, a rowid."""
    records = [r for r in (*session.new, *session.dirty) if isinstance(r, Recommendation)]
    if not records:
        return
    next_rowid: int | None = None
    for record in records:
        if record.search_rowid is None:
            if next_rowid is None:
                with session.no_autoflush:
                    next_rowid = next_search_rowid(session)
                # Rowids a caller gave other new records of this flush are not in the table yet.
                taken = [r.search_rowid for r in records if r.search_rowid is not None]
                next_rowid = max([next_rowid, *(rowid + 1 for rowid in taken)])
            record.search_rowid = next_rowid
            next_rowid += 1
        if record in session.new or _searched_changed(record):
            text = search_text_of(record)
            if record.search_text != text:
                record.search_text = text
            # The reference is one of the searched columns: its natural-order key follows it.
            order = reference_order(record.reference or "")
            if record.reference_order != order:
                record.reference_order = order


def _searched_changed(record: Recommendation) -> bool:
    """Did this flush change what the search text is made of? (A status edit of 41,066 records
    should not normalise 41,066 texts again.)"""
    state = inspect(record)
    return any(state.attrs[name].history.has_changes() for name in SEARCHED_COLUMNS)
