"""Other members' changes appear without restarting (issue 24): the change counter a window polls."""

from __future__ import annotations

from tests.postgres.conftest import open_db


def test_a_member_sees_what_another_saved_meanwhile(pg_demo_url: str) -> None:
    amal, badr = open_db(pg_demo_url), open_db(pg_demo_url)
    try:
        assert amal.changes.poll() is None  # the first poll takes the counter
        assert amal.changes.poll() is None  # nothing changed since
        action = badr.plan.timeline().bars[0]
        badr.plan.update_action(action.action_id, {"title_en": "Saved by Badr"})
        seen = amal.changes.poll()
        assert seen is not None and seen.tables == {"actions"}
        assert amal.plan.get_action(action.action_id).title_en == "Saved by Badr"
        assert amal.changes.poll() is None  # seen once
        rec = badr.recommendations.list(limit=1)[0]
        badr.recommendations.update(rec.id, {"text_en": "Wording saved by Badr"})
        badr.plan.update_action(action.action_id, {"title_en": "Saved again"})
        assert amal.changes.poll().tables == {"actions", "recommendations"}
    finally:
        amal.close()
        badr.close()
