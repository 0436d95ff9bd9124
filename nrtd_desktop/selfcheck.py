"""The installed program checks itself: ``nrtd selfcheck`` and ``nrtd-desktop --self-check``.

A committee laptop gets the program from an installer and never sees the internet, so the
person who installs it needs one command that proves the copy works: it creates a temporary
database (running every Alembic migration from the files shipped in the bundle), writes the
demo committee into it, prints an Arabic PDF with the report engine and an Excel sheet of the
register, and checks each file the way a reader would open it. Everything happens in a
temporary folder (the install folder may be read-only), and any attempt to open a network
connection during the check fails it: the program must never need one.

Qt-free on purpose (the ``nrtd`` command has no window); the shipped Qt translations are
checked as files, found without importing Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import re
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from nrtd_desktop import __version__, catalogue
from nrtd_desktop.domain.lang import Lang, as_lang

# Fixed words of the check's own output, English and Arabic (the details are numbers and paths).
STEPS = {
    "resources": ("Resources", "الملفات المرافقة"),
    "database": ("Database", "قاعدة البيانات"),
    "demo": ("Demo data", "البيانات التجريبية"),
    "pdf": ("PDF report", "تقرير PDF"),
    "xlsx": ("Excel sheet", "جدول Excel"),
    "docx": ("Word report draft", "مشروع تقرير Word"),
    "encryption": ("Encrypted database", "قاعدة البيانات المشفّرة"),
    "similarity": ("Similar recommendations", "التوصيات المتشابهة"),
    "window": ("Window and chart", "النافذة والرسم البياني"),
}
WORDS = {
    "title": ("NRTD Desktop {version} self-check", "الفحص الذاتي لبرنامج NRTD Desktop {version}"),
    "passed": (
        "Self-check passed: {count} checks in {seconds:.1f} s, no network used.",
        "نجح الفحص الذاتي: {count} فحوص في {seconds:.1f} ث، دون أي اتصال بالشبكة.",
    ),
    "failed": ("Self-check FAILED at {step}: {reason}", "فشل الفحص الذاتي عند «{step}»: {reason}"),
    "kept": ("The files are kept in {folder}", "حُفظت الملفات في {folder}"),
}

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TTF_MAGICS = (b"\x00\x01\x00\x00", b"true", b"OTTO")
FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf", "Amiri-Slanted.ttf", "Amiri-BoldSlanted.ttf")
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class CheckFailed(Exception):
    """One sentence saying what is wrong with the installation."""


@dataclass(frozen=True)
class CheckResult:
    step: str
    detail: str
    seconds: float


def word(key: str, lang: Lang, **params: Any) -> str:
    english, arabic = WORDS[key]
    return (arabic if lang == "ar" else english).format(**params)


def step_name(step: str, lang: Lang) -> str:
    english, arabic = STEPS[step]
    return arabic if lang == "ar" else english


def where_running() -> str:
    """Where this copy runs from: the bundle folder when frozen, else the source checkout."""
    if getattr(sys, "frozen", False):
        return f"installed bundle {Path(sys.executable).resolve().parent}"
    return f"source checkout {Path(__file__).resolve().parent.parent}"


# --- the network guard -----------------------------------------------------------------------
@contextlib.contextmanager
def no_network() -> Iterator[None]:
    """Make any outgoing connection fail while the check runs, so a hidden network use shows."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise CheckFailed("the program tried to open a network connection, which it must never need")

    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection)
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection = saved  # type: ignore[method-assign]


# --- the steps ---------------------------------------------------------------------------------
def _require_file(path: Path, magics: Sequence[bytes], what: str) -> None:
    if not path.is_file():
        raise CheckFailed(f"{what} is missing: {path}")
    with path.open("rb") as handle:
        head = handle.read(max(len(m) for m in magics))
    if not any(head.startswith(m) for m in magics):
        raise CheckFailed(f"{what} is damaged (unexpected content): {path}")


def qt_translations_dir() -> Path | None:
    """Qt's own translations (``qtbase_ar.qm``) as shipped with PySide6, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "translations"


def check_resources() -> str:
    """Fonts with their licence, the program's and Qt's Arabic translations, the reference tables."""
    from nrtd_desktop.paths_resources import fonts_dir, resources_dir

    fonts = fonts_dir()
    for name in FONT_FILES:
        _require_file(fonts / name, TTF_MAGICS, f"the font {name}")
    if not (fonts / "OFL.txt").is_file():
        raise CheckFailed(f"the font licence OFL.txt is missing from {fonts}")
    i18n = resources_dir().parent / "i18n"
    translations = sorted(i18n.glob("*_ar.qm"))
    if not any(p.name == "nrtd_ar.qm" for p in translations):
        raise CheckFailed(f"the Arabic translation nrtd_ar.qm is missing from {i18n}")
    for path in translations:
        _require_file(path, (QM_MAGIC,), f"the translation {path.name}")
    qt_dir = qt_translations_dir()
    if qt_dir is None:
        raise CheckFailed("the Qt library (PySide6) is missing")
    _require_file(qt_dir / "qtbase_ar.qm", (QM_MAGIC,), "Qt's Arabic translation qtbase_ar.qm")
    tables = sorted(
        (entry for entry in resources.files("nrtd_desktop.reference").joinpath("data").iterdir()
         if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
    for table in tables:
        try:
            json.loads(table.read_text("utf-8"))
        except ValueError as error:
            raise CheckFailed(f"the reference table {table.name} is damaged: {error}") from error
    if not tables:
        raise CheckFailed("the reference tables (bodies, States, SDG targets...) are missing")
    return (
        f"{len(FONT_FILES)} Amiri fonts and their licence, {len(translations)} Arabic translation(s) "
        f"({', '.join(p.name for p in translations)}), Qt's qtbase_ar.qm, {len(tables)} reference tables"
    )


class _Session:
    """What the steps share: the temporary folder and the open services."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.services: Any = None
        self.recommendations = 0

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None


def check_database(state: _Session) -> str:
    """Create the database: every migration is read from the shipped revision files."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from nrtd_desktop.app import open_services
    from nrtd_desktop.db import migrate
    from nrtd_desktop.db.history import Actor

    path = state.folder / "selfcheck.sqlite"
    state.services = open_services(path, Actor(name="self-check"), today=date.today())
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(script.walk_revisions())
    head = script.get_current_head()
    found = migrate.current_revision(state.services.context.engine)
    if not revisions or found != head:
        raise CheckFailed(f"the database schema is at {found!r}, not at the newest revision {head!r}")
    with state.services.context.engine.connect() as connection:
        integrity = connection.execute(text("PRAGMA integrity_check")).scalar()
    if integrity != "ok":
        raise CheckFailed(f"SQLite reports the new database damaged: {integrity}")
    return (
        f"created at schema {head} ({len(revisions)} migration files read from {script.dir}), "
        f"integrity ok"
    )


def check_demo(state: _Session) -> str:
    from nrtd_desktop.demo.loader import load_demo
    from nrtd_desktop.dto.register import RecommendationFilter

    added = load_demo(state.services)
    counted = state.services.recommendations.count(RecommendationFilter())
    if added <= 0 or counted != added:
        raise CheckFailed(f"the demo data wrote {added} recommendations but the register counts {counted}")
    state.recommendations = counted
    stats = state.services.stats()
    # The search's stemmer (PyStemmer, a compiled module) is in the bundle and joins «التعذيب»,
    # «للتعذيب» and «تعذيب»: three demo texts.
    found = state.services.recommendations.count(RecommendationFilter(search="تعذيب"))
    if found != 3:
        raise CheckFailed(f"a search for تعذيب finds {found} demo recommendations, not 3")
    return f"{counted} recommendations written and read back, searched by stem; schema {stats.schema_version}"


def _register_rows(state: _Session) -> list[Any]:
    from nrtd_desktop.dto.register import RecommendationFilter

    return list(state.services.recommendations.list(RecommendationFilter(), limit=None, lang="ar"))


def count_pdf_pages(data: bytes) -> int:
    """Page objects in a PDF (ReportLab writes them uncompressed); enough to see it has pages."""
    return len(PDF_PAGE.findall(data))


def check_pdf(state: _Session) -> str:
    """An Arabic report through the report engine, the way the program prints every report."""
    from nrtd_desktop.domain.labels import label
    from nrtd_desktop.reports.blocks import Heading, Paragraph, Table
    from nrtd_desktop.reports.engine import ReportDocument

    rows = _register_rows(state)[:12]
    doc = ReportDocument(
        "ar",
        title="فحص التثبيت",
        committee="اللجنة الدائمة لإعداد مسودات التقارير الوطنية",
        subtitle=f"NRTD Desktop {__version__}",
        report_date=date.today(),
        contents=False,
    )
    doc.add(
        Heading("عينة من سجل التوصيات"),
        Paragraph(
            "يتحقق هذا التقرير من أن البرنامج المثبّت يطبع العربية موصولة الحروف ومن اليمين إلى اليسار "
            f"بخط أميري، وأن قاعدة البيانات المؤقتة تضم {state.recommendations} توصية."
        ),
        Table(
            ("الرمز", "نص التوصية", "حالة التنفيذ"),
            [(r.reference, r.text("ar")[:160], label("status", r.status, "ar")) for r in rows],
            widths=(1.2, 5, 1.3),
        ),
    )
    path = doc.write(state.folder / "selfcheck.pdf")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"the report {path.name} is not a complete PDF file")
    pages = count_pdf_pages(data)
    if pages < 1:
        raise CheckFailed(f"the report {path.name} has no pages")
    if b"Amiri" not in data:
        raise CheckFailed(f"the report {path.name} does not embed the Amiri font")
    return f"{path.name}: {pages} page(s), {len(data) // 1024} KB, Amiri embedded"


def check_xlsx(state: _Session) -> str:
    """The register as an Excel sheet, written and opened again as the reader would."""
    from openpyxl import Workbook, load_workbook

    from nrtd_desktop.domain.labels import label

    rows = _register_rows(state)
    book = Workbook()
    sheet = book.active
    sheet.title = "السجل"
    sheet.sheet_view.rightToLeft = True
    sheet.append(["الرمز", "الآلية", "نص التوصية", "الموقف", "حالة التنفيذ", "الجهة الرائدة"])
    for r in rows:
        sheet.append(
            [
                r.reference,
                label("mechanism", r.mechanism, "ar"),
                r.text("ar"),
                label("position", r.position, "ar"),
                label("status", r.status, "ar"),
                r.lead_entity or "",
            ]
        )
    path = state.folder / "selfcheck.xlsx"
    book.save(path)
    reopened = load_workbook(path, read_only=True)
    try:
        values = list(reopened["السجل"].iter_rows(values_only=True))
    finally:
        reopened.close()
    if len(values) != len(rows) + 1:
        raise CheckFailed(f"{path.name} has {len(values) - 1} data rows instead of {len(rows)}")
    if rows and (values[1][0] != rows[0].reference or values[1][2] != rows[0].text("ar")):
        raise CheckFailed(f"{path.name} does not read back what was written in its first row")
    size = path.stat().st_size // 1024
    return f"{path.name}: {len(rows)} rows of the register and a header, read back, {size} KB"


def check_docx(state: _Session) -> str:
    """The demo's report draft as a Word document: python-docx's template is in the bundle, and
    the document is right to left with Amiri inside it."""
    import zipfile

    from nrtd_desktop.exporters.docx_report import DocxOptions, write_docx

    drafts = state.services.drafts
    view = drafts.get(drafts.list()[0].id)
    path = write_docx(view, drafts.matrix(view.id), state.folder / "selfcheck.docx", DocxOptions("ar"))
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml").decode("utf-8")
        names = package.namelist()
    if "<w:bidi/>" not in document or view.sections[0].heading_ar not in document:
        raise CheckFailed(f"{path.name} is not the right-to-left draft that was written")
    if "word/fonts/font1.odttf" not in names:
        raise CheckFailed(f"{path.name} does not embed the Amiri font")
    return f"{path.name}: {len(view.sections)} sections and the annex, right to left, Amiri embedded"


def check_similarity(state: _Session) -> str:
    """The TF-IDF similarity (numpy and scipy.sparse, which the installer keeps only in part):
    a demo recommendation on torture finds another one among its nearest."""
    from nrtd_desktop.dto.register import RecommendationFilter

    torture = state.services.recommendations.list(RecommendationFilter(search="تعذيب"), limit=None)
    if len(torture) < 2:
        raise CheckFailed(f"the demo data has {len(torture)} recommendations on torture, not 2 or more")
    found = state.services.similarity.similar(torture[0].id, limit=5)
    others = {row.id for row in torture[1:]}
    if not found or not others & {match.row.id for match in found}:
        raise CheckFailed(f"no recommendation on torture is among the nearest to {torture[0].reference}")
    best = found[0]
    return f"the nearest to {torture[0].reference}: {best.row.reference} ({best.score:.2f}, {best.language})"


# The window's check lives with the window (Qt); loaded by name so that this module, and the
# command line that imports it, never import Qt themselves.
WINDOW_CHECK = "nrtd_desktop.ui.selfcheck_window"


def window_available() -> bool:
    """Whether this installation has the window (Qt) at all: always, for the installed program."""
    return importlib.util.find_spec("PySide6") is not None


def check_window(state: _Session) -> str:
    import importlib

    try:
        return str(importlib.import_module(WINDOW_CHECK).check_window(state.services, state.folder))
    except RuntimeError as error:
        raise CheckFailed(str(error)) from error


# --- running -----------------------------------------------------------------------------------
def check_encryption(state: _Session) -> str:
    """SQLCipher is in the bundle: a database created encrypted holds no readable byte of what was
    written, opens again with its passphrase (and not without), and its search index (FTS5) and
    the keyring package are there."""
    from nrtd_desktop.app import open_services
    from nrtd_desktop.db import cipher
    from nrtd_desktop.db.history import Actor
    from nrtd_desktop.dto.register import RecommendationFilter, RecommendationInput
    from nrtd_desktop.safety import keystore, unlock

    marker = "فحص التشفير الذاتي للبرنامج"
    passphrase = "عبارة الفحص الذاتي"
    path = state.folder / "selfcheck-encrypted.sqlite"
    if not cipher.has_fts5():
        raise CheckFailed("the bundled SQLCipher has no FTS5: an encrypted database could not be searched")
    services = open_services(path, Actor(name="self-check"), today=date.today(),
                             key=cipher.new_key(passphrase), auto_backup=False)
    try:
        services.recommendations.create(RecommendationInput(reference="SELF-1", body="UPR", cycle=1,
                                                            text_en="self-check", text_ar=marker))
        with services.context.engine.connect() as connection:
            version = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    finally:
        services.close()
    written = b"".join(p.read_bytes() for p in state.folder.glob(path.name + "*"))
    if cipher.is_plain(path) or marker.encode("utf-8") in written:
        raise CheckFailed("the encrypted database can be read without its passphrase")
    cipher.forget_keys()
    if not unlock.needs_unlock(path):
        raise CheckFailed("the encrypted database opened without its passphrase")
    unlock.with_passphrase(path, passphrase)
    services = open_services(path, Actor(name="self-check"), today=date.today(), auto_backup=False)
    try:
        found = services.recommendations.count(RecommendationFilter(search="التشفير"))
    finally:
        services.close()
    if found != 1:
        raise CheckFailed(f"a search in the encrypted database finds {found} recommendations, not 1")
    keyring = "keyring available" if keystore.availability().ok else "no keyring service on this computer"
    return f"SQLCipher {version}, written unreadable, reopened with its passphrase, searched; {keyring}"


def _reason(error: BaseException, lang: Lang) -> str:
    from nrtd_desktop.domain.errors import NrtdError

    if isinstance(error, CheckFailed):
        return str(error)
    if isinstance(error, NrtdError):
        return error.text(lang)
    return f"{type(error).__name__}: {error}"


def run_self_check(
    out: TextIO, *, lang: Lang = "en", keep: Path | None = None, window: bool | None = None
) -> tuple[list[CheckResult], str | None]:
    """Run every step, printing one line each; returns the results and the failure sentence (or None).
    ``window``: open the window offscreen and draw a chart too (by default whenever Qt is here)."""
    if window is None:
        window = window_available()
    started = time.perf_counter()
    out.write(word("title", lang, version=__version__) + "\n")
    out.write(f"  {where_running()}, Python {sys.version.split()[0]}\n")
    results: list[CheckResult] = []
    with contextlib.ExitStack() as stack:
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            folder = keep
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="nrtd-selfcheck-")))
        state = _Session(folder)
        stack.callback(state.close)
        stack.enter_context(no_network())
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", check_resources),
            ("database", lambda: check_database(state)),
            ("demo", lambda: check_demo(state)),
            ("pdf", lambda: check_pdf(state)),
            ("xlsx", lambda: check_xlsx(state)),
            ("docx", lambda: check_docx(state)),
            ("encryption", lambda: check_encryption(state)),
            ("similarity", lambda: check_similarity(state)),
        ]
        if window:
            steps.append(("window", lambda: check_window(state)))
        for step, check in steps:
            begun = time.perf_counter()
            try:
                detail = check()
            except Exception as error:
                reason = _reason(error, lang)
                out.write(f"  [FAILED] {step_name(step, lang)}: {reason}\n")
                return results, word("failed", lang, step=step_name(step, lang), reason=reason)
            seconds = time.perf_counter() - begun
            results.append(CheckResult(step, detail, seconds))
            out.write(f"  [ok] {step_name(step, lang)} ({seconds:.1f} s): {detail}\n")
    if keep is not None:
        out.write("  " + word("kept", lang, folder=keep) + "\n")
    out.write(word("passed", lang, count=len(results), seconds=time.perf_counter() - started) + "\n")
    return results, None


def _output() -> tuple[TextIO, TextIO, Callable[[], None]]:
    """stdout and stderr, or a log file when there are none (a windowed program on Windows)."""
    if sys.stdout is not None and sys.stderr is not None:
        return sys.stdout, sys.stderr, lambda: None
    log = (Path(tempfile.gettempdir()) / "nrtd-selfcheck.txt").open("w", encoding="utf-8")
    return log, log, log.close


def run(*, lang: Lang = "en", keep: Path | None = None) -> int:
    """Run the check and return the exit code: 0 when every step passed, 1 otherwise."""
    catalogue.load()
    out, err, close = _output()
    try:
        _results, failure = run_self_check(out, lang=lang, keep=keep)
        if failure is not None:
            out.flush()
            err.write(failure + "\n")
            return 1
        return 0
    finally:
        out.flush()
        close()


def main(argv: Sequence[str] | None = None) -> int:
    """``nrtd-desktop --self-check [--keep FOLDER] [--lang ar]`` (other launcher options are ignored)."""
    parser = argparse.ArgumentParser(prog="nrtd-desktop --self-check", add_help=False)
    parser.add_argument("--keep", metavar="FOLDER")
    parser.add_argument("--lang", choices=("ar", "en"))
    args, _ignored = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    lang = as_lang(args.lang or os.environ.get("NRTD_LANG", "en"))
    return run(lang=lang, keep=Path(args.keep) if args.keep else None)
