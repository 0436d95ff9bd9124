"""A copied database becomes a new site, and its exchange bookkeeping stays true.

A database file copied to a second computer (``safety/identity.py`` recognises it) must not keep
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

from datetime import UTC, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from nrtd_desktop.db import identity
from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.models import SHARED_MODELS, Tombstone
from nrtd_desktop.exchange import store
from nrtd_desktop.exchange.records import LINKS, TABLE_ORDER, content_of

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
    session.flush()  # the chunks below are let go of as they are read: nothing pending may go with them
    session.execute(delete(store.ExchangeRecord).where(store.ExchangeRecord.peer_key == former))
    rows = 0
    for table in TABLE_ORDER:
        model = SHARED_MODELS[table]
        ids = list(session.scalars(select(model.id).order_by(model.id)))
        loads = [selectinload(getattr(model, name)) for name in LINKS.get(table, {})]
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            values = []
            for record in session.scalars(select(model).where(model.id.in_(chunk)).options(*loads)):
                content = store.dumps(content_of(record))
                values.append(dict(peer_key=former, record_id=record.id, table_name=table,
                                   peer_version=record.version, received_local_version=record.version,
                                   received_content=content, sent_version=record.version,
                                   sent_content=content))
            if values:
                session.execute(insert(store.ExchangeRecord), values)
                rows += len(values)
            session.expunge_all()
    tombs = [dict(peer_key=former, record_id=t.record_id, table_name=t.table_name, peer_version=t.version,
                  received_local_version=t.version, received_content=None, sent_version=t.version,
                  sent_content=None)
             for t in session.scalars(select(Tombstone)) if t.table_name in SHARED_MODELS]
    for start in range(0, len(tombs), _BATCH):
        session.execute(insert(store.ExchangeRecord), tombs[start : start + _BATCH])
    return rows + len(tombs)
