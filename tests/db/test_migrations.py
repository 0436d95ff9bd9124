"""Opening databases: a new one, every released schema upgraded, and files that must be refused."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.db.migrate import head_revision
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.dto.register import RecommendationFilter

SCHEMAS = Path(__file__).with_name("schemas")
KEPT = sorted(SCHEMAS.glob("*.sqlite"))


def test_a_database_of_every_released_schema_is_kept() -> None:
    assert [p.stem for p in KEPT] == ["0001"]  # add the file of each new release here


def test_the_head_revision_written_in_the_code_is_alembics_head() -> None:
    """Opening an up-to-date file trusts HEAD_REVISION instead of asking Alembic: a new
    migration must move it too, or files would be opened without being migrated."""
    from alembic.script import ScriptDirectory

    from nrtd_desktop.db.migrate import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Alembic costs ~0.1 s of every start; it is needed only when a file must be migrated."""
    path = tmp_path / "current.sqlite"
    open_services(path).close()
    script = (
        "import sys\n"
        "from nrtd_desktop.app import open_services\n"
        f"services = open_services({str(path)!r}, auto_backup=False)\n"
        "print(services.stats().schema_version, services.recommendations.count())\n"
        "services.close()\n"
        "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [f"{head_revision()} 0", "[]"]


def test_a_new_database_is_at_the_head_schema_with_reference_data(tmp_path: Path) -> None:
    services = open_services(tmp_path / "new.sqlite")
    stats = services.stats()
    assert stats.schema_version == head_revision()
    assert len(services.reference.sdg_targets()) == 169
    assert len(services.reference.bodies()) == 13  # with TB: a treaty body not identified
    services.close()
    with sqlite3.connect(tmp_path / "new.sqlite") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("kept", KEPT, ids=lambda p: p.stem)
def test_every_released_schema_opens_and_keeps_its_data(kept: Path, tmp_path: Path) -> None:
    """Each file was written by a released version; the program upgrades it and loses nothing."""
    copy = tmp_path / kept.name
    shutil.copyfile(kept, copy)
    services = open_services(copy)
    try:
        assert services.stats().schema_version == head_revision()
        assert services.recommendations.count() == 3
        assert [
            r.reference for r in services.recommendations.list(RecommendationFilter(search="الاطفال"))
        ] == ["CRC-2016-18"]
        assert services.recommendations.find("UPR-3-122.45").themes[0].name_en == "Women's rights"
    finally:
        services.close()


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_services(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as error:
        open_services(path)
    assert "9999_future" in error.value.text("en")
    assert "أحدث" in error.value.text("ar")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"", b"hello, this is a text file\n", b"SQLite format 3\x00" + b"\x00" * 10]
)
def test_a_file_that_is_not_a_database_is_refused_and_not_overwritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError):
        open_services(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseError):
        open_services(path)
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_an_older_database_gains_sources_and_states_under_review_from_what_it_stored(tmp_path: Path) -> None:
    """Revision 0008 reads the State under review back from a UPR Info reference or a treaty
    body's symbol, and makes every (source, key) a row of recommendation_sources."""
    import sqlalchemy as sa

    from nrtd_desktop.db.migrate import open_engine

    copy = tmp_path / "old.sqlite"
    shutil.copyfile(KEPT[0], copy)
    with sqlite3.connect(copy) as connection:
        states = connection.execute("SELECT count(*) FROM states").fetchone()[0]
        assert states > 190  # the reference data that the backfill checks codes against
        connection.execute(
            "UPDATE recommendations SET reference = 'UPR-1-4-SAU-3fa9c1', source_format = 'upr_info', "
            "source_key = 'upr_info:abc:1' WHERE reference = 'UPR-3-122.46'"
        )
        connection.execute(
            "UPDATE recommendations SET document_symbol = 'CRC/C/SAU/CO/3-4' WHERE reference = 'CRC-2016-18'"
        )
    engine = open_engine(copy)
    try:
        with engine.connect() as connection:
            countries = connection.execute(
                sa.text(
                    "SELECT r.reference, c.state_alpha3 FROM recommendation_countries c "
                    "JOIN recommendations r ON r.id = c.recommendation_id ORDER BY r.reference"
                )
            ).all()
            sources = connection.execute(
                sa.text("SELECT source_format, source_key FROM recommendation_sources")
            ).all()
    finally:
        engine.dispose()
    assert [tuple(row) for row in countries] == [("CRC-2016-18", "SAU"), ("UPR-1-4-SAU-3fa9c1", "SAU")]
    assert [tuple(row) for row in sources] == [("upr_info", "upr_info:abc:1")]


def test_the_search_index_is_rebuilt_on_stems_when_an_old_database_opens(tmp_path: Path) -> None:
    """Revision 0009_search_stems analyses every record again, reporting how far it got, and the
    old file's records are then found in every form of their words."""
    copy = tmp_path / "0001.sqlite"
    shutil.copyfile(SCHEMAS / "0001.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        before = connection.execute("SELECT count(*) FROM recommendation_fts WHERE recommendation_fts "
                                    "MATCH 'اطفال'").fetchone()[0]
    assert before == 0  # the old index held «الاطفال» only
    reports: list[tuple[str, int, int]] = []
    services = open_services(copy, progress=lambda step, done, total: reports.append((step, done, total)))
    try:
        assert reports[0] == ("search_index", 0, 3) and reports[-1] == ("search_index", 3, 3)
        for search, found in (("أطفال", ["CRC-2016-18"]), ("للأطفال", ["CRC-2016-18"]),
                              ("والمرأة", ["UPR-3-122.45"]), ("right", ["UPR-3-122.45"]),
                              ("penalties", ["UPR-3-122.46"])):
            listed = services.recommendations.list(RecommendationFilter(search=search))
            assert [r.reference for r in listed] == found
        with services.context.engine.connect() as connection:
            connection.exec_driver_sql(
                "INSERT INTO recommendation_fts(recommendation_fts, rank) VALUES ('integrity-check', 1)")
            connection.rollback()
    finally:
        services.close()
    reports.clear()
    open_services(copy, progress=lambda *report: reports.append(report)).close()
    assert reports == []  # at head: nothing to migrate


def test_the_command_line_shows_how_far_the_migration_got(tmp_path: Path) -> None:
    copy = tmp_path / "0001.sqlite"
    shutil.copyfile(SCHEMAS / "0001.sqlite", copy)
    command = [sys.executable, "-m", "nrtd_desktop.cli.main", "--db", str(copy), "list", "--search", "أطفال",
               "--count"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"
    assert "Updating the database for the new search: 3 of 3 recommendations analysed (100%)." in done.stderr


def _indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return {name: " ".join((sql or "").split()) for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'recommendations'")}


@pytest.mark.parametrize("kept", KEPT, ids=lambda p: p.stem)
def test_the_registers_order_indexes_survive_every_revision(kept: Path, tmp_path: Path) -> None:
    """The register sorts by status, priority, position and mechanism in their vocabulary's order
    through indexes on expressions, which Alembic cannot reflect: a revision that copies the
    table in batch mode would drop them without a word, and every sort of a large register would
    scan it. A new database and an upgraded one keep them, the same as each other."""
    new = tmp_path / "new.sqlite"
    open_services(new).close()
    upgraded = tmp_path / kept.name
    shutil.copyfile(kept, upgraded)
    open_services(upgraded).close()
    indexes = _indexes(new)
    for order in ("status", "priority", "position", "mechanism", "body", "cycle", "updated"):
        assert "reference_order" in indexes.get(f"ix_recommendations_{order}_order", ""), order
    assert "CASE status WHEN" in indexes["ix_recommendations_status_order"]
    assert _indexes(upgraded) == indexes
