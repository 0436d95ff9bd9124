"""Who a database is: its site (one computer of the committee) and its committee, kept in ``meta``.

- ``site_id``: the id packages tell laptops apart by (made once, with the database);
- ``site_installation``: the installation (``settings.installation_id``) and computer the site
  belongs to, so that a file copied to another computer is recognised there
  (``sites.py`` asks, then makes the copy a new site);
- ``former_sites``: the sites this database was before (a copy made a new site), oldest first;
- ``committee``: the committee the data belongs to, carried in every package
  (``exchange/committee.py``). ``provisional`` marks an id given at upgrade to a database older
  than committees: it gives way to the coordinator's at the first package from a known laptop.

Values are JSON text, like every ``meta`` value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from nrtd_desktop.db.base import new_id
from nrtd_desktop.db.meta_keys import SITE_INSTALLATION_KEY
from nrtd_desktop.db.models import MetaValue

SITE_KEY = "site_id"
FORMER_SITES_KEY = "former_sites"
COMMITTEE_KEY = "committee"


@dataclass(frozen=True)
class SiteOwner:
    installation: str
    computer: str = ""


@dataclass(frozen=True)
class Committee:
    id: str
    provisional: bool = False

    def short(self) -> str:
        return self.id[:8]


def get_meta(session: Session, key: str) -> Any | None:
    stored = session.get(MetaValue, key)
    if stored is None:
        return None
    try:
        return json.loads(stored.value)
    except ValueError:
        return None


def set_meta(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    stored = session.get(MetaValue, key)
    if stored is None:
        session.add(MetaValue(key=key, value=text))
    elif stored.value != text:
        stored.value = text


def site_id(session: Session, *, create: bool = True) -> str:
    """This database's site id ("" when it has none and ``create`` is False)."""
    found = get_meta(session, SITE_KEY)
    if isinstance(found, str) and found:
        return found
    if not create:
        return ""
    made = new_id()
    set_meta(session, SITE_KEY, made)
    return made


def site_owner(session: Session) -> SiteOwner | None:
    found = get_meta(session, SITE_INSTALLATION_KEY)
    if not isinstance(found, dict) or not isinstance(found.get("installation"), str):
        return None
    return SiteOwner(installation=found["installation"], computer=str(found.get("computer") or ""))


def set_site_owner(session: Session, owner: SiteOwner) -> None:
    set_meta(session, SITE_INSTALLATION_KEY, {"installation": owner.installation, "computer": owner.computer})


def former_sites(session: Session) -> list[dict[str, str]]:
    found = get_meta(session, FORMER_SITES_KEY)
    return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


def committee(session: Session) -> Committee | None:
    found = get_meta(session, COMMITTEE_KEY)
    if not isinstance(found, dict) or not isinstance(found.get("id"), str) or not found["id"]:
        return None
    return Committee(id=found["id"], provisional=bool(found.get("provisional", False)))


def set_committee(session: Session, value: Committee) -> None:
    set_meta(session, COMMITTEE_KEY, {"id": value.id, "provisional": value.provisional})


def ensure_committee(session: Session, *, provisional: bool) -> Committee:
    """The database's committee, made now if it has none (a new database: a committee of its own;
    a database older than committees: ``provisional``, see the module docstring)."""
    found = committee(session)
    if found is None:
        found = Committee(id=new_id(), provisional=provisional)
        set_committee(session, found)
    return found
