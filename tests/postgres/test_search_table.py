"""The search's own table on PostgreSQL (revision 0018_pg_search_no_recheck): it follows every
write, the hit counts kept between keystrokes follow other members' saves, and a ranked page is
the same piece of the whole ranking however it is read."""

from __future__ import annotations

import psycopg

from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from tests.postgres.conftest import open_db

WORD = "zanzibarite"  # in no text of the demo


def found(services, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    rows = services.recommendations.list(RecommendationFilter(search=query), limit=None)
    return {r.reference for r in rows}


def count(services, query: str) -> int:  # type: ignore[no-untyped-def]
    return int(services.recommendations.count(RecommendationFilter(search=query)))


def test_the_search_follows_creations_edits_and_deletions(pg_demo_url: str) -> None:
    services = open_db(pg_demo_url)
    try:
        assert count(services, WORD) == 0
        created = services.recommendations.create(RecommendationInput(
            reference="UPR-9-1.1", body="UPR", text_en=f"Protect the {WORD} minority",
            text_ar="حماية الأقلية"))
        assert found(services, WORD) == {"UPR-9-1.1"} and count(services, WORD) == 1
        other = next(r for r in services.recommendations.list(limit=5) if r.id != created.id)
        services.recommendations.update(other.id, {"text_en": f"Consult the {WORD} people"})
        assert found(services, WORD) == {"UPR-9-1.1", other.reference}
        assert count(services, f"{WORD[:6]}") == 2  # a typed beginning finds the kept words too
        services.recommendations.update(created.id, {"text_en": "Protect the minority",
                                                     "reference": "UPR-9-1.2"})
        assert found(services, WORD) == {other.reference} and count(services, WORD) == 1
        services.recommendations.delete(other.id)
        assert found(services, WORD) == set() and count(services, WORD) == 0
        with psycopg.connect(pg_demo_url) as raw:  # one row per record, with its reference's order
            rows = raw.execute("SELECT (SELECT count(*) FROM recommendation_search),"
                               " (SELECT count(*) FROM recommendations),"
                               " (SELECT count(*) FROM recommendations r JOIN recommendation_search s"
                               "  USING (search_rowid) WHERE s.reference_order = r.reference_order)"
                               ).fetchone()
        assert rows is not None and rows[0] == rows[1] == rows[2]
    finally:
        services.close()


def test_a_count_kept_between_keystrokes_follows_another_members_save(pg_demo_url: str) -> None:
    member, other = open_db(pg_demo_url), open_db(pg_demo_url)
    try:
        before = count(member, "torture")
        assert before > 0 and count(member, "torture") == before  # asked again: the same
        record = next(r for r in other.recommendations.list(limit=None) if "torture" not in r.text_en.lower())
        other.recommendations.update(record.id, {"text_en": record.text_en + " Prevent torture."})
        assert count(member, "torture") == before + 1
        # A change written outside the program is seen as well.
        with psycopg.connect(pg_demo_url) as raw:
            raw.execute("UPDATE recommendations SET search_text = replace(search_text, 'tortur', 'x')"
                        " WHERE id = %s", (record.id,))
        assert count(member, "torture") == before
    finally:
        member.close()
        other.close()


def test_a_ranked_page_is_the_same_piece_of_the_whole_ranking(pg_demo_url: str) -> None:
    services = open_db(pg_demo_url)
    try:
        search = RecommendationFilter(search="rights")
        whole = [r.reference for r in services.recommendations.list(search, order_by="relevance", limit=None)]
        assert len(whole) > 12
        pages = [r.reference for offset in range(0, len(whole), 5)
                 for r in services.recommendations.list(search, order_by="relevance", offset=offset, limit=5)]
        assert pages == whole
        assert services.recommendations.ranked_by_relevance(search)
    finally:
        services.close()
