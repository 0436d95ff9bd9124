"""A recommendation's detail on a server is read in one statement (every list joined), and shows
the same fields as the detail read list by list, for every record of the demo."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from nrtd_desktop.services.convert import detail_of
from tests.postgres.conftest import open_db


def test_a_detail_on_the_server_is_one_statement_with_every_list(pg_demo_url: str) -> None:
    services = open_db(pg_demo_url)
    sent: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)
    try:
        service = services.recommendations
        ids = service.ids()
        lists = 0
        for record_id in ids:
            with services.context.read() as session:
                expected = detail_of(service._load(session, record_id))
            event.listen(services.context.engine, "before_cursor_execute", seen)
            try:
                sent.clear()
                detail = service.get(record_id)
            finally:
                event.remove(services.context.engine, "before_cursor_execute", seen)
            assert detail == expected, detail.reference
            assert len(sent) == 1, (detail.reference, sent)
            lists += len(detail.themes) + len(detail.recommending_states) + len(detail.affected_groups)
        # Records with lists were compared (an empty list equals an empty list whatever the read).
        assert len(ids) > 50 and lists > len(ids)
    finally:
        services.close()
