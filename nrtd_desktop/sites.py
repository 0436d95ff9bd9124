"""At open: is this database's site this computer's, and which committee is it?

A database's site belongs to the installation that made it (``settings.installation_id``, kept
in the per-user configuration folder; ``meta`` "site_installation" in the database). When another
installation opens the file it was copied there: the program asks once (the window: a dialog;
the command line: ``nrtd site new`` / ``nrtd site keep``) and, with the answer, either makes it a
new site (``exchange/site.py``: the bookkeeping stays true) or takes the site over (this
computer replaces the other one for good). Nothing is written before the answer.

Never asked: a database this installation made or opened before, a backup of it restored here,
and a database older than this check (it has no owner yet: the installation opening it adopts
it, which is all that can be known). Commands that only read never ask.

The committee is settled at the same moment (``db/identity.py``): a database without one gets
one, provisional when it is older than committees and this laptop is a member's.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from nrtd_desktop.db import identity
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.safety.process import host_name

NEW_SITE = "new"
KEEP_SITE = "keep"
ANSWERS = (NEW_SITE, KEEP_SITE)


class SiteCopiedError(DatabaseError):
    """The database is another installation's site: ask, then open again with the answer."""

    def __init__(self, db_path: Path, site: str, computer: str, *, key: str = "site.copied") -> None:
        super().__init__(key, path=str(db_path), site=site, computer=computer or "?")
        self.db_path = db_path
        self.site = site
        self.computer = computer

    def for_command_line(self) -> SiteCopiedError:
        return SiteCopiedError(self.db_path, self.site, self.computer, key="site.copied_cli")


def settle_site(engine: Engine, db_path: Path, *, installation: str | None, answer: str | None,
                created: bool, role: str) -> str:
    """The site id to work as, after the checks of the module docstring; raises
    :class:`SiteCopiedError` for a copy when ``answer`` is None (nothing written then)."""
    if answer is not None and answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")
    computer = host_name()
    with Session(engine) as session, session.begin():
        site = identity.site_id(session)
        owner = identity.site_owner(session)
        if installation is not None:
            if owner is None:
                identity.set_site_owner(session, identity.SiteOwner(installation, computer))
            elif owner.installation != installation:
                if answer is None:  # leaving the block rolls back: nothing written
                    raise SiteCopiedError(db_path, site, owner.computer)
                if answer == NEW_SITE:
                    from nrtd_desktop.exchange.site import become_new_site

                    site = become_new_site(session, identity.SiteOwner(installation, computer))[1]
                else:
                    identity.set_site_owner(session, identity.SiteOwner(installation, computer))
            elif owner.computer != computer:  # the computer was renamed: the same installation
                identity.set_site_owner(session, identity.SiteOwner(installation, computer))
        identity.ensure_committee(session, provisional=not created and role != "coordinator")
    return site


def make_new_site(engine: Engine, installation: str | None) -> tuple[str, str]:
    """``nrtd site new`` on an open database, copied or not: (former site, new site)."""
    from nrtd_desktop.exchange.site import become_new_site

    with Session(engine) as session, session.begin():
        return become_new_site(session, identity.SiteOwner(installation or "", host_name()))
