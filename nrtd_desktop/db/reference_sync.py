"""Copy the reference data shipped with the program into the database tables.

Runs at open, but only when the shipped data differs from what the database holds (a digest is
kept in ``meta``), so an ordinary start costs one small query. Rows are updated and added,
never deleted: a recommendation may still point at a theme a newer list renamed. The version of
the vocabularies (data/version.json) is kept in ``meta`` too; after a newer list is written, the
labels that imports kept because no vocabulary knew them are matched again (db/vocabulary.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from nrtd_desktop.db.meta_keys import REFERENCE_DIGEST_KEY
from nrtd_desktop.db.models import (
    AffectedGroup,
    Body,
    Mandate,
    MetaValue,
    Region,
    SdgGoal,
    SdgTarget,
    State,
    Theme,
)
from nrtd_desktop.reference.catalog import get_catalog, reference_digest

VERSION_KEY = "reference_version"


def _digest() -> str:
    return reference_digest()


def _rows() -> list[tuple[type[Any], str, list[dict[str, Any]]]]:
    catalog = get_catalog()
    return [
        (
            Body,
            "code",
            [
                dict(code=b.code, mechanism=str(b.kind), name_en=b.name_en, name_ar=b.name_ar)
                for b in catalog.bodies()
            ],
        ),
        (
            State,
            "alpha3",
            [
                dict(
                    alpha3=s.alpha3,
                    alpha2=s.alpha2,
                    name_en=s.name_en,
                    name_ar=s.name_ar,
                    un_member=s.un_member,
                )
                for s in catalog.states()
            ],
        ),
        (
            Theme,
            "key",
            [
                dict(key=t.key, name_en=t.name_en, name_ar=t.name_ar, source=t.source)
                for t in catalog.themes()
            ],
        ),
        (
            AffectedGroup,
            "key",
            [dict(key=g.key, name_en=g.name_en, name_ar=g.name_ar) for g in catalog.affected_groups()],
        ),
        (
            SdgGoal,
            "number",
            [dict(number=g.number, title_en=g.title_en, title_ar=g.title_ar) for g in catalog.sdg_goals()],
        ),
        (
            SdgTarget,
            "code",
            [
                dict(code=t.code, goal=t.goal, title_en=t.title_en, title_ar=t.title_ar)
                for t in catalog.sdg_targets()
            ],
        ),
        (Region, "key", [dict(key=r.key, name_en=r.name_en, name_ar=r.name_ar) for r in catalog.regions()]),
        (
            Mandate,
            "code",
            [
                dict(
                    code=m.code,
                    name_en=m.name_en,
                    name_ar=m.name_ar,
                    short_en=m.short_en,
                    country=m.country,
                    established=m.established,
                    ended=m.ended,
                )
                for m in catalog.mandates()
            ],
        ),
    ]


def sync(engine: Engine) -> bool:
    """Bring the reference tables up to the shipped data; returns whether anything was written."""
    digest = _digest()
    with Session(engine) as session, session.begin():
        stored = session.get(MetaValue, REFERENCE_DIGEST_KEY)
        if stored is not None and stored.value == digest:
            return False
        for model, key, rows in _rows():
            existing = {getattr(obj, key): obj for obj in session.scalars(select(model))}
            for row in rows:
                obj = existing.get(row[key])
                if obj is None:
                    session.add(model(**row))
                else:
                    for name, value in row.items():
                        setattr(obj, name, value)
            session.flush()  # goals before the targets that point at them
        if stored is None:
            session.add(MetaValue(key=REFERENCE_DIGEST_KEY, value=digest))
        else:
            stored.value = digest
        version = session.get(MetaValue, VERSION_KEY)
        if version is None:
            session.add(MetaValue(key=VERSION_KEY, value=get_catalog().version))
        else:
            version.value = get_catalog().version
        session.flush()
        from nrtd_desktop.db.vocabulary import rematch_labels

        rematch_labels(session.connection(), _history_stamp())
    return True


def _history_stamp() -> dict[str, Any]:
    """History columns of a change the program makes on its own (a newer vocabulary)."""
    from nrtd_desktop.db.base import utcnow

    return {
        "at": utcnow(),
        "actor": "NRTD Desktop",
        "actor_entity": "",
        "site_id": "",
        "origin": "import",
        "origin_detail": f"reference data {get_catalog().version}",
    }
