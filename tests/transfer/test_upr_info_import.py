"""The five published UPR Info files into an empty database, again, and for one country."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nrtd_desktop.db.models import HistoryEntry, Recommendation
from nrtd_desktop.domain.stemming import index_text
from nrtd_desktop.dto.register import RecommendationFilter
from nrtd_desktop.importers.writer import search_text
from nrtd_desktop.services.imports import ImportRequest
from tests.transfer.conftest import fts_count, history_count, state_of

REFERENCE = re.compile(r"^UPR-(\d)-(\d{1,2})-([A-Z]{3})-[0-9a-f]{6}(?:-\d+)?$")


def test_five_files_give_every_recommendation_with_its_position(upr_info_services: Any) -> None:
    stats = upr_info_services.stats()
    assert stats.recommendations == 41_066
    assert stats.by_position["supported"] == 30_472
    assert stats.by_position["noted"] == 10_594
    assert stats.by_mechanism["UPR"] == 41_066


def test_references_follow_the_rule_and_are_unique(upr_info_services: Any) -> None:
    with upr_info_services.context.read() as session:
        rows = session.execute(
            select(Recommendation.reference, Recommendation.cycle, Recommendation.session)
        ).all()
    assert len({row.reference for row in rows}) == len(rows) == 41_066
    for reference, cycle, session in rows:
        match = REFERENCE.match(reference)
        assert match, reference
        assert int(match.group(1)) == cycle and match.group(2) == session


def test_history_and_search_index_are_written_for_every_row(upr_info_services: Any) -> None:
    with upr_info_services.context.read() as session:
        created = session.execute(
            select(HistoryEntry.origin, HistoryEntry.origin_detail).where(
                HistoryEntry.table_name == "recommendations", HistoryEntry.operation == "create"
            )
        ).all()
    assert len(created) == 41_066
    assert {origin for origin, _detail in created} == {"import"}
    assert "1-5.csv" in created[0].origin_detail and "17-20.csv" in created[0].origin_detail
    assert fts_count(upr_info_services) == 41_066
    found = upr_info_services.recommendations.count(RecommendationFilter(search="torture"))
    with upr_info_services.context.read() as session:
        texts = session.scalars(select(Recommendation.text_en)).all()
    # torture, tortures, tortured, torturing: every form of the word (not «torturers», another stem)
    forms = re.compile(r"\btortur(?:e|es|ed|ing)\b")
    assert found == sum(bool(forms.search(text.casefold())) for text in texts) > 100


def test_search_text_equals_the_domain_normalisation(upr_info_services: Any) -> None:
    with upr_info_services.context.read() as session:
        rows = session.execute(
            select(
                Recommendation.reference,
                Recommendation.document_symbol,
                Recommendation.text_ar,
                Recommendation.text_en,
                Recommendation.search_text,
            )
        ).all()
    for row in rows:
        assert row.search_text == index_text(row.reference, row.document_symbol, row.text_ar, row.text_en)
    samples = ["Côte d'Ivoire  Ensure\tX", "ﻻ Arabic أحمد", "ABC def", "  ", "Straße"]
    for sample in samples:
        assert search_text("R-1", None, sample, "Text") == index_text("R-1", None, sample, "Text")


def test_importing_the_same_files_again_adds_and_changes_nothing(
    upr_info_services: Any, upr_info_files: tuple[Path, ...]
) -> None:
    before = state_of(upr_info_services)
    started = time.perf_counter()
    outcome = upr_info_services.imports.run(ImportRequest(upr_info_files))
    seconds = time.perf_counter() - started
    assert (outcome.preview.new, outcome.preview.updated, outcome.preview.unchanged) == (0, 0, 41_066)
    assert outcome.backup is None
    assert state_of(upr_info_services) == before
    print(f"second import of the five files: {seconds:.2f} s")


def test_country_keeps_only_the_rows_addressed_to_one_state(
    new_services: Any, upr_info_files: tuple[Path, ...]
) -> None:
    outcome = new_services.imports.run(ImportRequest(upr_info_files, country="Saudi Arabia"))
    assert outcome.preview.new == 348 and outcome.preview.rows_read == 41_066
    rows = new_services.recommendations.list(limit=None, lang="en")
    assert len(rows) == 348
    assert Counter(row.session for row in rows) == {"17": 235, "4": 113}
    assert all("-SAU-" in row.reference for row in rows)
    # Another spelling of the same State selects the same rows.
    again = new_services.imports.run(ImportRequest(upr_info_files, country="المملكة العربية السعودية"))
    assert (again.preview.new, again.preview.unchanged) == (0, 348)
    assert history_count(new_services) == 348
