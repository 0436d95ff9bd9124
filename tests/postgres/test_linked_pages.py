"""A page of themes, affected groups or SDG targets alone, or of entities alone (lead or
supporting), on a server, found by walking the reference's index with the linked ids hashed
(``RecommendationService._linked_page_pg``), holds the same records in the same order as on
SQLite, page after page, both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from nrtd_desktop.dto.register import RecommendationFilter
from tests.postgres.conftest import open_db

PAGE = 4


def pages(services: Any, f: RecommendationFilter, descending: bool) -> list[str]:
    """Every record of ``f`` read page by page as the window reads them, without ``total`` so
    that each page is read from its own side."""
    found: list[str] = []
    while True:
        rows = services.recommendations.list(f, descending=descending, offset=len(found), limit=PAGE)
        found += [r.reference for r in rows]
        if len(rows) < PAGE:
            return found


def walked_statements(services: Any) -> list[str]:
    """The statements of ``services`` that test the linked ids hashed, as they are sent."""
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if "IS true" in statement:
            statements.append(statement)
    event.listen(services.context.engine, "before_cursor_execute", seen)
    return statements


def test_linked_pages_walked_on_the_server_are_those_of_sqlite(demo_db: Path, pg_demo_url: str) -> None:
    sqlite, server = open_db(demo_db), open_db(pg_demo_url)
    try:
        with server.context.write() as session:  # the server's statistics, which decide the walk
            session.execute(text("ANALYZE recommendations"))
        walked = walked_statements(server)
        filters = []
        for facet, field in (("theme", "theme"), ("affected_group", "affected_group"), ("sdg", "sdg"),
                             ("entity", "entity")):
            values = sorted(sqlite.recommendations.facet_values(facet), key=lambda v: -v.count)
            filters += [RecommendationFilter(**{field: (v.key,)}) for v in values[:3]]
        themes = sqlite.recommendations.facet_values("theme")
        groups = sqlite.recommendations.facet_values("affected_group")
        filters.append(RecommendationFilter(theme=tuple(v.key for v in themes[:2]),
                                            affected_group=(groups[0].key,)))
        sizes = []
        for f in filters:
            for descending in (False, True):
                on_sqlite, on_server = pages(sqlite, f, descending), pages(server, f, descending)
                assert on_server == on_sqlite, f"{f}, descending={descending}"
                # Each page is the slice of the whole list in that order: none lost or doubled.
                rows = sqlite.recommendations.list(f, descending=descending, limit=None)
                whole = [r.reference for r in rows]
                assert on_server == whole
                sizes.append(len(on_server))
        # The pages compared hold records, more than a page of them for the commonest values, and
        # the server really walked (the mechanism under test, not the sorted fallback).
        assert min(sizes) > 0 and max(sizes) > PAGE
        assert len(walked) >= len(filters)
    finally:
        sqlite.close()
        server.close()
