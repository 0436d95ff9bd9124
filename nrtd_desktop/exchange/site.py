"""A copied database becomes a new site, and its exchange bookkeeping stays true.

A database file copied to a second computer (``sites.py`` recognises it) must not keep
the first computer's site id: the first computer's packages would be refused on the copy as
"made on this laptop", the copy's packages would be taken on every other laptop for the first
computer's (the same sequence numbers, the same record versions), and changes would be skipped as
stale. So the copy takes a new site id.

What stays true: everything in the bookkeeping tables (``exchange/store.py``) describes the data
the copy holds, since that data is the first computer's at the moment of the copy: what each peer
last had, which packages were applied. The copy keeps it all. And one more fact is added: the
former site itself had every record exactly as the copy has it now. Each record and tombstone
gets a bookkeeping row under the former site's id, as if both had just exchanged, so that:

- the former site's later packages are compared with that content (a record it did not change
  since is *stale* and skipped; one it changed merges three-way against the copy's content), and
- the copy's packages to it name that version as their base, so a field the copy changed and the
  former site did not is taken as a change there, not shown as a conflict.

Record versions are per laptop: the copy goes on counting from the versions it has, which is
right because the peers keep one view per site.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, inspect, select
from sqlalchemy.orm import Session

from nrtd_desktop.db import identity
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.content import LINKS, ROW_LISTS, TABLE_ORDER, content_columns, row_lists
from nrtd_desktop.db.content import plain as _plain
from nrtd_desktop.db.models import SHARED_MODELS, Tombstone
from nrtd_desktop.exchange import store

_BATCH = 500


def become_new_site(session: Session, owner: identity.SiteOwner) -> tuple[str, str]:
    """Give the database a new site id owned by ``owner``; returns (former, new)."""
    former = identity.site_id(session)
    made = new_id()
    seed_former_site(session, former)
    history = identity.former_sites(session)
    history.append({"site": former, "until": datetime.now(UTC).isoformat(timespec="seconds")})
    identity.set_meta(session, identity.FORMER_SITES_KEY, history)
    identity.set_meta(session, identity.SITE_KEY, made)
    identity.set_site_owner(session, owner)
    return former, made


def seed_former_site(session: Session, former: str) -> int:
    """Bookkeeping rows saying that ``former`` had every record as this database has it now."""
    session.flush()
    session.execute(delete(store.ExchangeRecord).where(store.ExchangeRecord.peer_key == former))
    rows = 0
    for table in TABLE_ORDER:
        for chunk in _chunks(contents(session, table)):
            values = [dict(peer_key=former, record_id=record_id, table_name=table, peer_version=version,
                           received_local_version=version, received_content=text, sent_version=version,
                           sent_content=text)
                      for record_id, version, content in chunk
                      for text in (store.dumps(content),)]
            session.execute(insert(store.ExchangeRecord.__table__), values)
            rows += len(values)
    tombs = [dict(peer_key=former, record_id=t.record_id, table_name=t.table_name, peer_version=t.version,
                  received_local_version=t.version, received_content=None, sent_version=t.version,
                  sent_content=None)
             for t in session.scalars(select(Tombstone)) if t.table_name in SHARED_MODELS]
    for start in range(0, len(tombs), _BATCH):
        session.execute(insert(store.ExchangeRecord.__table__), tombs[start : start + _BATCH])
    return rows + len(tombs)


def contents(session: Session, table: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(id, version, content) of every record of ``table``: ``records.content_of`` read with
    plain queries (one per column set, one per link table) instead of loading every record and
    its links as objects, 4 times faster (tests/exchange/test_copied_site.py compares the two)."""
    model = SHARED_MODELS[table]
    names = content_columns(table)
    ids = list(session.scalars(select(model.id).order_by(model.id)))
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        links = {name: _link_keys(session, model, name, key, chunk)
                 for name, (_model, key) in LINKS.get(table, {}).items()}
        rows = row_lists(session, table, chunk) if table in ROW_LISTS else {}
        query = select(model.id, model.version, *(getattr(model, name) for name in names))
        query = query.where(model.id.in_(chunk))
        for row in session.execute(query.order_by(model.id)):
            content = {name: _plain(value) for name, value in zip(names, row[2:], strict=True)}
            for name, found in links.items():
                content[name] = sorted(found.get(row[0], ()))
            if table in ROW_LISTS:
                content.update(rows[row[0]])
            yield row[0], row[1], content


def _link_keys(session: Session, model: Any, name: str, key: str, ids: list[str]) -> dict[str, list[str]]:
    relationship = inspect(model).relationships[name]
    link = relationship.secondary
    target = relationship.mapper
    local = next(c for c in link.columns if any(fk.column.table is model.__table__ for fk in c.foreign_keys))
    remote = next(c for c in link.columns
                  if any(fk.column.table is target.local_table for fk in c.foreign_keys) and c is not local)
    referenced = next(iter(remote.foreign_keys)).column
    key_column = target.attrs[key].columns[0]
    query = (select(local, key_column).select_from(link.join(target.local_table, remote == referenced))
             .where(local.in_(ids)))
    found: dict[str, list[str]] = defaultdict(list)
    for owner, value in session.execute(query):
        found[owner].append(str(value))
    return found


def _chunks(rows: Iterator[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == _BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
