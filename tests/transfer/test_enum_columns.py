"""The closed vocabularies are enum members in the code and the same plain text in the database
(issue 19): nothing stored changes, and a bad value from a file is still refused in words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from nrtd_desktop.db.models import Action, Challenge, Recommendation
from nrtd_desktop.domain.enums import (
    ActionStatus,
    ChallengeStatus,
    ImplementationStatus,
    Position,
    Priority,
)
from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.exporters.xlsx import ExportOptions
from nrtd_desktop.services.imports import ImportRequest
from tests.transfer.conftest import open_db

COLUMNS = (
    (Recommendation, "position", Position),
    (Recommendation, "status", ImplementationStatus),
    (Recommendation, "priority", Priority),
    (Action, "status", ActionStatus),
    (Challenge, "status", ChallengeStatus),
)


def _stored(path: Path, table: str, column: str) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return set(db.execute(f"SELECT typeof({column}), {column} FROM {table} WHERE {column} IS NOT NULL"))


def test_records_give_members_and_the_database_keeps_the_same_text(demo_db: Path) -> None:
    before = {(m.__tablename__, c): _stored(demo_db, m.__tablename__, c) for m, c, _ in COLUMNS}
    assert all(before.values())
    services = open_db(demo_db)
    try:
        with services.context.read() as session:
            for model, column, vocabulary in COLUMNS:
                values = [getattr(r, column) for r in session.scalars(select(model))]
                assert values and all(isinstance(v, vocabulary) for v in values if v is not None), column
                selected = session.scalars(select(getattr(model, column))).all()
                assert all(isinstance(v, vocabulary) for v in selected if v is not None), column
        # A change through the services: set as text, kept as a member, stored as the same text.
        with services.context.write() as session:
            record = session.scalars(select(Recommendation)).first()
            assert record is not None
            record.status = "implemented"  # type: ignore[assignment]  # as the services hand over text
            assert record.status is ImplementationStatus.IMPLEMENTED
            record_id = record.id
    finally:
        services.close()
    with sqlite3.connect(demo_db) as db:
        assert db.execute("SELECT typeof(status), status FROM recommendations WHERE id = ?",
                          (record_id,)).fetchone() == ("text", "implemented")
    for model, column, vocabulary in COLUMNS:
        stored = _stored(demo_db, model.__tablename__, column)
        assert {kind for kind, _ in stored} == {"text"}
        assert {value for _, value in stored} <= {str(v) for v in vocabulary}


def test_a_bad_status_in_a_workbook_is_refused_in_both_languages(demo_db: Path, tmp_path: Path) -> None:
    services = open_db(demo_db)
    try:
        path = services.imports.export_xlsx(tmp_path / "en.xlsx", ExportOptions(lang="en")).path
        book = openpyxl.load_workbook(path)
        sheet = book["Recommendations"]
        header = [cell.value for cell in sheet[1]]
        reference = sheet.cell(2, header.index("Reference") + 1).value
        sheet.cell(2, header.index("Status") + 1).value = "Almost done"
        book.save(path)
        before = services.recommendations.get(services.recommendations.find(reference).id).status
        with pytest.raises(NrtdError) as refused:
            services.imports.run(ImportRequest((path,)))
        english, arabic = refused.value.text("en"), refused.value.text("ar")
        assert "row 2" in english and "'Status'" in english and "'Almost done' is not one of" in english
        assert "الصف 2" in arabic and "«Almost done»" in arabic and "ليست من القيم المسموح بها" in arabic
        assert services.recommendations.get(services.recommendations.find(reference).id).status == before
    finally:
        services.close()


def test_a_value_the_vocabulary_does_not_know_is_read_back_as_text(demo_db: Path) -> None:
    """A value written outside the services (by hand, by a newer version, in an exchange
    package) does not break reading the register."""
    with sqlite3.connect(demo_db) as db:
        reference = db.execute("SELECT reference FROM recommendations LIMIT 1").fetchone()[0]
        db.execute("UPDATE recommendations SET status = 'on_hold', priority = 'urgent' WHERE reference = ?",
                   (reference,))
    services = open_db(demo_db)
    try:
        found = services.recommendations.get(services.recommendations.find(reference).id)
        assert (found.status, found.priority) == ("on_hold", "urgent")
        assert services.stats().recommendations > 0
    finally:
        services.close()
