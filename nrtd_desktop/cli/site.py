"""``nrtd site show | new | keep``: this database's site and committee, and the answer to "copied?".

A database copied from another computer is refused by every command that writes until it is
answered (``sites.py``): ``nrtd site new`` makes the copy a new site of the same
committee (its data and exchange bookkeeping stay true, ``exchange/site.py``); ``nrtd site keep``
says that this computer replaces the other one for good. ``nrtd site new`` also works on a
database that is not recognised as a copy: two laptops that share one site since before this
version (a package then reads "made by a copy of this database") are told apart that way.
"""

from __future__ import annotations

import argparse

from nrtd_desktop.cli import common
from nrtd_desktop.domain.errors import render_message


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = subparsers.add_parser("site", help="this database's site and committee; a copied database")
    actions = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the site id, this installation and the committee")
    new = actions.add_parser("new", help="make this database (a copy from another computer) a new site")
    keep = actions.add_parser("keep", help="this computer replaces the one the database was copied from")
    for parser, handler in ((show, run_show), (new, run_new), (keep, run_keep)):
        common.add_db_option(parser)
        parser.set_defaults(handler=handler)


def run_show(args: argparse.Namespace) -> int:
    from nrtd_desktop.db import identity
    from nrtd_desktop.settings import installation_id

    services = common.open_reader(args)
    try:
        with services.context.read() as session:
            site = identity.site_id(session, create=False)
            owner = identity.site_owner(session)
            committee = identity.committee(session)
    finally:
        services.close()
    lang = common.message_language(args)
    installation = installation_id()
    provisional = render_message("site.provisional", {}, lang) if committee and committee.provisional else ""
    print(render_message("site.show", {"site": site or "-", "installation": installation or "-",
                                       "committee": committee.id if committee else "-",
                                       "provisional": provisional}, lang))
    if owner is not None and installation is not None and owner.installation != installation:
        print(render_message("site.copied_cli", {"computer": owner.computer or "?"}, lang))
    return 0


def run_new(args: argparse.Namespace) -> int:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.paths import resolve_db_path
    from nrtd_desktop.settings import installation_id
    from nrtd_desktop.sites import NEW_SITE, SiteCopiedError, make_new_site

    path = resolve_db_path(getattr(args, "db", None))
    try:
        services = open_services(path, create=False)
    except SiteCopiedError as copied:
        services = open_services(path, create=False, copied_site=NEW_SITE)
        former, made = copied.site, services.context.actor.site_id
    else:
        try:
            former, made = make_new_site(services.context.engine, installation_id())
        except BaseException:
            services.close()
            raise
    services.close()
    print(render_message("site.new_done", {"site": made, "former": former}, common.message_language(args)))
    return 0


def run_keep(args: argparse.Namespace) -> int:
    from nrtd_desktop.sites import KEEP_SITE

    services = common.open_services(args, copied_site=KEEP_SITE)
    site = services.context.actor.site_id
    services.close()
    print(render_message("site.kept", {"site": site}, common.message_language(args)))
    return 0
