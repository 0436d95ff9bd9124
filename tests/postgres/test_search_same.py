"""The same search finds the same records on SQLite (FTS5) and PostgreSQL (tsvector), over the
demo committee and the 41,066 UPR Info rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.dto.register import RecommendationFilter
from tests.postgres.conftest import open_db

DEMO_QUERIES = (
    "torture", "tortu", "children", "child", "women's rights", "\"human rights\"", "حقوق", "الحقوق",
    "حقوق الانسان", "\"حقوق الإنسان\"", "المرأة", "امراه", "الأطفال", "إعدام", "torture -police",
    "-torture", "education -\"girls\"", "تعذيب", "Penal Code", "UPR-4-38", "CAT/C", "\"national human",
)
UPR_QUERIES = (
    "torture", "tortur", "women", "children rights", "\"death penalty\"", "death penalty -abolish",
    "-women", "domestic violence", "\"freedom of expression\"", "migrant work", "disab", "journalists",
    "\"child marriage\"", "ratify \"optional protocol\"", "roma", "indigenous peoples land",
    "\"national human rights institution\" paris", "LGBT", "female genital", "trafficking -labour",
)


def found(services: Any, query: str) -> list[str]:
    rows = services.recommendations.list(RecommendationFilter(search=query), limit=None)
    return sorted(r.reference for r in rows)


def compare(sqlite: Any, server: Any, queries: tuple[str, ...]) -> list[int]:
    counts = []
    for query in queries:
        on_sqlite, on_server = found(sqlite, query), found(server, query)
        assert on_server == on_sqlite, f"{query!r}: SQLite {len(on_sqlite)}, PostgreSQL {len(on_server)}"
        counts.append(len(on_sqlite))
    return counts


def test_the_demo_gives_the_same_records_on_both_engines(demo_db: Path, pg_demo_url: str) -> None:
    sqlite, server = open_db(demo_db), open_db(pg_demo_url)
    try:
        counts = compare(sqlite, server, DEMO_QUERIES)
    finally:
        sqlite.close()
        server.close()
    # The queries find something (a comparison of empty lists would prove nothing), not everything.
    assert sum(1 for c in counts if c) >= len(DEMO_QUERIES) - 3
    assert max(counts) < 61


@pytest.mark.slow
def test_the_upr_info_rows_give_the_same_records_on_both_engines(
        upr_info_template: Path, pg_upr_info: str) -> None:
    sqlite, server = open_db(upr_info_template), open_db(pg_upr_info)
    try:
        assert server.stats().recommendations == sqlite.stats().recommendations == 41_066
        counts = compare(sqlite, server, UPR_QUERIES)
        # Ranked the same way: the records of the first page of a relevance order are found by both.
        torture = RecommendationFilter(search="torture")
        first = sqlite.recommendations.list(torture, order_by="relevance", limit=50)
        again = server.recommendations.list(torture, order_by="relevance", limit=2000)
        assert {r.reference for r in first} <= {r.reference for r in again}
    finally:
        sqlite.close()
        server.close()
    assert all(counts[:6]) and max(counts) < 41_066
