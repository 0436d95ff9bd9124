"""Issue 25: the register's first rows are painted before SQLAlchemy is imported, read by the
register's own definition of its first page (``db/first_page.py``), and the database's services
take over without a row changing (``ui/first_rows.py``, ``MainWindow.take_services``). Every
start that asks or says something is the usual one."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
import weakref
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from nrtd_desktop.db import cipher, first_page
from nrtd_desktop.db.meta_keys import REFERENCE_DIGEST_KEY, SITE_INSTALLATION_KEY
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
from nrtd_desktop.opening import OpeningServices, is_opening, quiet_opening
from nrtd_desktop.settings import Settings, installation_id, load_settings, save_settings
from nrtd_desktop.ui.first_rows import OpeningGuard
from nrtd_desktop.ui.recommendation_model import COLUMN_COUNT, PAGE_SIZE
from tests.ui.sample_data import ENTITIES, TEXTS

ROOT = Path(__file__).resolve().parents[2]
RECORDS = 130  # more than a page
DELETED = "CAT-2016-2"  # in the first page, by the natural order, until deleted


def _reference(n: int) -> str:
    # CAT-2016-1 ... CAT-2016-119 then UPR and special procedures: the natural order (CAT-2016-9
    # before CAT-2016-10) is not the text's (CAT-2016-10 before CAT-2016-9), across the page's end.
    if n < 120:
        return f"CAT-2016-{n + 1}"
    if n < 125:
        return f"UPR-3-122.{(5, 45, 6, 100, 7)[n - 120]}"
    return f"SP-2020-{n - 124}"


def build_register(path: Path) -> None:
    from nrtd_desktop.app import open_services

    services = open_services(path, auto_backup=False)
    try:
        for code, name_ar, name_en in ENTITIES:
            services.entities.create(code, name_ar, name_en)
        cluster = services.clusters.create("العنف ضد المرأة", "Violence against women", lead_entity="HRC")
        ids = {}
        for n in range(RECORDS):
            text_ar, text_en, theme, group = TEXTS[n % len(TEXTS)]
            reference = _reference(n)
            body = "CAT" if reference.startswith("CAT") else "UPR" if reference.startswith("UPR") else "SP"
            detail = services.recommendations.create(RecommendationInput(
                reference=reference, body=body, text_ar=text_ar if n % 5 else "", text_en=text_en,
                cycle=3 if body == "UPR" else None, position="supported" if body == "UPR" else None,
                status=("not_started", "in_progress", "implemented")[n % 3],
                priority=("high", None, "low")[n % 3],
                themes=(theme, TEXTS[(n + 1) % len(TEXTS)][2]) if n % 2 else (theme,),
                affected_groups=(group,), lead_entity=ENTITIES[n % len(ENTITIES)][0] if n % 4 else None,
                cluster=cluster.id if n % 7 == 0 else None, document_symbol=f"CAT/C/SAU/CO/{n}",
            ))
            ids[reference] = detail.id
        services.recommendations.delete(ids[DELETED])
    finally:
        services.close()
    # Two special-procedure mandates on each SP record (an import of UHRI writes them).
    with closing(sqlite3.connect(path)) as connection, connection:
        for reference, rec_id in ids.items():
            if reference.startswith("SP-"):
                connection.executemany(
                    "INSERT INTO recommendation_mandates (recommendation_id, mandate_code) VALUES (?, ?)",
                    [(rec_id, "WGAD"), (rec_id, "SR_CULTURAL_RIGHTS")])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("first_rows")
    with pytest.MonkeyPatch.context() as patch:  # the builder's settings and backups: its own folder
        patch.setenv("NRTD_CONFIG_DIR", str(folder / "config"))
        patch.setenv("NRTD_DATA_DIR", str(folder / "data"))
        path = folder / "register.sqlite"
        build_register(path)
    return path


@pytest.fixture
def register(template: Path, tmp_path: Path) -> Path:
    """A copy of the register, this installation's (tests/conftest.py), the member's name known."""
    target = tmp_path / "nrtd.sqlite"
    target.write_bytes(template.read_bytes())
    owner = json.loads(_meta_value(target, SITE_INSTALLATION_KEY))
    assert owner["installation"] == installation_id()
    save_settings(load_settings().with_changes(user_name="عضو اللجنة", user_entity="HRC", language="ar"))
    return target


def _meta_value(path: Path, key: str) -> str:
    with closing(sqlite3.connect(path)) as connection, connection:
        return str(connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])


def _settings(lang: str = "ar") -> Settings:
    return load_settings().with_changes(language=lang)


@pytest.fixture
def services(register: Path) -> Iterator[Any]:
    from nrtd_desktop.app import open_services

    opened = open_services(register, auto_backup=False)
    yield opened
    opened.close()


# -- the one definition of the first page ------------------------------------------------------

@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_first_page_read_without_sqlalchemy_is_the_registers_first_page(register: Path, services: Any,
                                                                            lang: Any) -> None:
    with closing(sqlite3.connect(cipher.read_only_uri(register), uri=True)) as connection:
        early = first_page.read(connection.execute, lang, PAGE_SIZE)
    service = services.recommendations
    assert early == service.list(lang=lang, limit=PAGE_SIZE)
    # The register's general query for the same page (a blank search is no search, and no longer
    # the opening's page): the same rows, themes, mandates, clusters and entities.
    assert early == service.list(RecommendationFilter(search=" "), lang=lang, limit=PAGE_SIZE)
    whole = service.list(lang=lang, limit=None)  # the whole register: its links read another way
    assert [(r.id, sorted(r.themes)) for r in early] == [(r.id, sorted(r.themes)) for r in whole[:PAGE_SIZE]]
    # The natural order of the references (issue 21), the deleted record left out.
    references = [_reference(n) for n in range(RECORDS) if _reference(n) != DELETED]
    assert [r.reference for r in early] == sorted(references, key=reference_order)[:PAGE_SIZE]
    assert DELETED not in {r.reference for r in early}
    assert [r.reference for r in early[7:10]] == ["CAT-2016-9", "CAT-2016-10", "CAT-2016-11"]
    assert any(r.text_ar.startswith("تعزيز") for r in early) and any(not r.text_ar for r in early)
    assert any(r.cluster == ("العنف ضد المرأة" if lang == "ar" else "Violence against women") for r in early)


def test_the_special_procedures_mandates_and_the_registers_size(register: Path, services: Any) -> None:
    """The last records (past the first page of the natural order) seen from the other end: the
    mandates as the register's lines show them; the size as the register counts it."""
    with closing(sqlite3.connect(cipher.read_only_uri(register), uri=True)) as connection:
        opening = first_page.read_opening(connection.execute, "en", RECORDS)
    assert opening.total == services.recommendations.count() == RECORDS - 1
    special = [r for r in opening.rows if r.body == "SP"]
    assert len(special) == 5
    assert all(r.body_shown("en") == "SP: SR on cultural rights; WG on Arbitrary Detention" for r in special)
    assert list(opening.rows) == services.recommendations.list(lang="en", limit=RECORDS)
    assert {t.key: t.label("ar") for t in opening.themes} == {t.key: t.label("ar")
                                                              for t in services.reference.themes()}
    assert set(opening.bodies) == set(services.reference.bodies())
    assert opening.entity_names == services.entities.names()


# -- the window: painted first, then taken over ---------------------------------------------------

def _cells(window: Any) -> tuple[int, list[Any], list[list[Any]], str]:
    model = window.areas["recommendations"].table.model()
    rows = [model.data(model.index(r, 0), model.ROW_ROLE) for r in range(PAGE_SIZE)]
    cells = [[model.data(model.index(r, c)) for c in range(COLUMN_COUNT)] for r in range(PAGE_SIZE)]
    return model.rowCount(), rows, cells, window.count_label.text()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_rows_painted_first_are_exactly_those_the_real_model_shows(
        register: Path, qtbot: Any, app_ar: Any, lang: Any) -> None:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.ui.application import install_translations
    from nrtd_desktop.ui.main_window import MainWindow

    install_translations(app_ar, lang)
    settings = _settings(lang)
    opening = quiet_opening(register, settings, PAGE_SIZE)
    assert opening is not None
    stand_in = OpeningServices(opening)
    window = MainWindow(stand_in, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table = window.areas["recommendations"].table
    painted = _cells(window), table.viewport().grab().toImage(), table.horizontalHeader().grab().toImage()
    services = open_services(register, auto_backup=False)
    try:
        window.take_services(services)
        QApplication.processEvents()
        assert window.services is services and not is_opening(window.services)
        real = _cells(window), table.viewport().grab().toImage(), table.horizontalHeader().grab().toImage()
        assert painted[0] == real[0]
        count, rows, _cells_shown, status = real[0]
        assert count == RECORDS - 1 and len([r for r in rows if r is not None]) == PAGE_SIZE
        assert rows == services.recommendations.list(lang=lang, limit=PAGE_SIZE)
        assert f"{RECORDS - 1:,}" in status
        assert painted[1] == real[1] and painted[2] == real[2]  # the same pixels, row by row
        assert table.layoutDirection() == (Qt.LayoutDirection.RightToLeft if lang == "ar"
                                           else Qt.LayoutDirection.LeftToRight)
        # Nothing of the window holds on to the stand-in: every read goes to the database now.
        watched = weakref.ref(stand_in)
        del stand_in, opening
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the former change relay
        gc.collect()
        assert watched() is None
        window.areas["recommendations"].search.setText("تعزيز")
        qtbot.waitUntil(lambda: 0 < window.areas["recommendations"].model.rowCount() < RECORDS - 1)
    finally:
        install_translations(app_ar, "ar")
        window.close()
        services.close()


def test_while_the_database_opens_the_window_takes_no_input(register: Path, qtbot: Any, app_ar: Any) -> None:
    from nrtd_desktop.app import open_services
    from nrtd_desktop.ui.main_window import MainWindow

    opening = quiet_opening(register, _settings(), PAGE_SIZE)
    assert opening is not None
    window = MainWindow(OpeningServices(opening), _settings())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    guard = OpeningGuard(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.areas["recommendations"]
    services = open_services(register, auto_backup=False)
    try:
        assert QApplication.overrideCursor() is not None  # busy
        qtbot.keyClicks(page.search, "ratify")  # QTest types Latin letters only
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton)
        assert page.search.text() == "" and page.selected_id() is None
        window.take_services(services)
        guard.finish()
        assert QApplication.overrideCursor() is None
        qtbot.keyClicks(page.search, "ratify")
        qtbot.waitUntil(lambda: 0 < page.model.rowCount() < RECORDS - 1)
    finally:
        guard.finish()
        window.close()
        services.close()


# -- when the start asks or says something, the usual start --------------------------------------

def _encrypt(path: Path) -> None:
    from nrtd_desktop.safety import encryption

    encryption.encrypt_database(path, "كلمة مرور طويلة بما يكفي 2026", backup_folder=path.parent / "backups")


def _meta(path: Path, key: str, value: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))


def _older_schema(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0015_figures'")


CASES = {
    "a server": lambda path: "postgresql://nrtd@localhost/nrtd",
    "no database yet (it is created)": lambda path: path.with_name("new.sqlite"),
    "not a database": lambda path: (path.write_text("hello"), path)[1],
    "a migration due": lambda path: (_older_schema(path), path)[1],
    "a copy from another computer": lambda path: (_meta(path, SITE_INSTALLATION_KEY, json.dumps(
        {"installation": "another-installation", "computer": "elsewhere"})), path)[1],
    "newer reference data": lambda path: (_meta(path, REFERENCE_DIGEST_KEY, "older"), path)[1],
    "left open by a program that stopped (the full check first)": lambda path: (
        path.with_name(path.name + ".lock").write_text("{}"), path)[1],
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_start_that_may_ask_or_say_something_paints_nothing_early(register: Path, case: str) -> None:
    assert quiet_opening(register, _settings(), PAGE_SIZE) is not None
    assert quiet_opening(CASES[case](register), _settings(), PAGE_SIZE) is None


def test_an_encrypted_database_a_risky_folder_an_unknown_member_and_a_held_database_too(
        register: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nrtd_desktop.safety import location
    from nrtd_desktop.safety.lock import acquire_lock

    assert quiet_opening(register, _settings().with_changes(user_name=" "), PAGE_SIZE) is None
    lock = acquire_lock(register)  # this program, or another, holds it
    try:
        assert quiet_opening(register, _settings(), PAGE_SIZE) is None
    finally:
        lock.release()
    assert quiet_opening(register, _settings(), PAGE_SIZE) is not None
    monkeypatch.setattr(location, "location_warning",
                        lambda path: location.LocationWarning(path, "cloud", str(path.parent)))
    assert quiet_opening(register, _settings(), PAGE_SIZE) is None
    monkeypatch.undo()
    _encrypt(register)
    assert not cipher.is_plain(register)
    assert quiet_opening(register, _settings(), PAGE_SIZE) is None


@pytest.mark.usefixtures("qapp")
def test_an_encrypted_database_asks_its_passphrase_before_any_window(
        register: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nrtd_desktop.ui import launch, unlock_dialog

    _encrypt(register)
    cipher.forget_keys()
    asked: list[bool] = []

    def refuse(dialog: Any) -> int:
        windows = QApplication.topLevelWidgets()
        asked.append(any(w.isVisible() and w.objectName() == "main_window" for w in windows))
        return 0

    monkeypatch.setattr(launch, "create_application", lambda argv, lang, **_: QApplication.instance())
    monkeypatch.setattr(unlock_dialog.UnlockDialog, "exec", refuse)
    assert launch.main(["--db", str(register)]) == 1
    assert asked == [False]


@pytest.mark.usefixtures("qapp")
def test_a_question_the_opening_did_not_foresee_is_asked_alone_then_the_window_opens(
        register: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another installation's copy whose question the early look missed (here: told to miss
    it): the window steps aside while the question is asked, then the usual window opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from nrtd_desktop import opening as opening_module
    from nrtd_desktop.ui import launch
    from nrtd_desktop.ui.main_window import MainWindow

    opening = quiet_opening(register, _settings(), PAGE_SIZE)
    other = {"installation": "another-installation", "computer": "x"}
    _meta(register, SITE_INSTALLATION_KEY, json.dumps(other))
    monkeypatch.setattr(opening_module, "quiet_opening", lambda db, settings, limit: opening)
    monkeypatch.setattr(launch, "create_application", lambda argv, lang, **_: QApplication.instance())
    seen: dict[str, Any] = {}

    def answer(box: QMessageBox) -> int:
        box.show()  # as exec would: the window steps aside
        QApplication.processEvents()
        seen["windows while asked"] = [w for w in QApplication.topLevelWidgets()
                                       if isinstance(w, MainWindow) and w.isVisible()]
        box.hide()
        new = next(b for b in box.buttons() if b.objectName() == "new")
        box.clickedButton = lambda: new  # type: ignore[method-assign]
        return 0

    def close_when_open() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if "windows while asked" not in seen or any(is_opening(w.services) for w in shown) or not shown:
            return  # still opening
        seen["windows after"] = [(is_opening(w.services), w.services.recommendations.count()) for w in shown]
        poll.stop()
        for window in shown:
            window.close()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    poll = QTimer()
    poll.timeout.connect(close_when_open)
    poll.start(100)
    assert launch.main(["--db", str(register)]) == 0
    assert seen["windows while asked"] == []
    assert seen["windows after"] == [(False, RECORDS - 1)]


def test_the_launcher_paints_the_first_rows_before_importing_sqlalchemy(register: Path,
                                                                        tmp_path: Path) -> None:
    """The whole program in a process of its own, as the benchmark starts it (its probe,
    ``ui/startup_probe.py``): the first rows on screen without SQLAlchemy, then the database's
    services take over and the register shows every record."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NRTD_BENCH_STARTUP": "1",
           "NRTD_CONFIG_DIR": os.environ["NRTD_CONFIG_DIR"], "NRTD_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    script = "import sys; from nrtd_desktop.ui.launch import main; sys.exit(main(['--db', sys.argv[1]]))"
    done = subprocess.run([sys.executable, "-c", script, str(register)], env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("NRTD_BENCH "))
    found = json.loads(line[len("NRTD_BENCH "):])
    assert found["first_rows_early"] is True and found["sqlalchemy_at_first_rows"] is False
    assert found["rows"] == RECORDS - 1
    assert found["startup_s"] <= found["ready_s"]


@pytest.mark.usefixtures("qapp")
def test_a_server_opens_as_it_always_did(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--db postgresql://``: nothing is read early (the server has its own accounts and no
    file); the window opens over the server's services after they opened."""
    from PySide6.QtCore import QTimer

    from nrtd_desktop.ui import launch
    from nrtd_desktop.ui.main_window import MainWindow
    from tests import pg_server

    pg_server.require()
    url = pg_server.create_database()
    try:
        save_settings(load_settings().with_changes(user_name="عضو اللجنة", language="ar"))
        assert quiet_opening(url, _settings(), PAGE_SIZE) is None
        monkeypatch.setattr(launch, "create_application", lambda argv, lang, **_: QApplication.instance())
        seen: list[tuple[bool, bool]] = []

        def close_when_shown() -> None:
            for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
                if window.isVisible():
                    seen.append((is_opening(window.services), window.services.context.is_sqlite))
                    window.close()

        poll = QTimer()
        poll.timeout.connect(close_when_shown)
        poll.start(100)
        assert launch.main(["--db", url]) == 0
        poll.stop()
        assert seen[:1] == [(False, False)]
    finally:
        pg_server.drop_database(url)
