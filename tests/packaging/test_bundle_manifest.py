"""What ``packaging/nrtd.spec`` puts in the bundle exists, and is enough for the program to run.

The build itself is too slow for the test run (``bash packaging/build.sh``); these tests check its
inputs: the data lists match files on disk, the Alembic migrations arrive as files that Alembic
can read from the bundle's layout, the modules imported by name are hidden imports, and the Qt
modules left out are really unused.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.packaging.conftest import ROOT


def test_every_required_file_is_on_disk(bundle) -> None:  # type: ignore[no-untyped-def]
    assert bundle.missing_required() == []


def test_every_listed_data_file_exists(bundle) -> None:  # type: ignore[no-untyped-def]
    entries = bundle.all_data()
    missing = [source for source, _dest in entries if not Path(source).is_file()]
    assert missing == []
    destinations = {(Path(source).name, dest.replace("\\", "/")) for source, dest in entries}
    assert ("demo_data.json", "nrtd_desktop/demo") in destinations
    assert ("states.json", "nrtd_desktop/reference/data") in destinations
    assert ("OFL.txt", "resources/fonts") in destinations
    assert ("Amiri-Regular.ttf", "resources/fonts") in destinations
    assert ("nrtd.png", "resources/icons") in destinations
    assert ("nrtd_ar.qm", "i18n") in destinations
    assert ("qtbase_ar.qm", "PySide6/Qt/translations") in destinations
    assert ("default.docx", "docx/templates") in destinations  # the Word export's template
    assert not any("__pycache__" in source for source, _dest in entries)


def test_every_migration_revision_is_shipped_as_a_python_file(bundle) -> None:  # type: ignore[no-untyped-def]
    shipped = {Path(s).name for s, d in bundle.package_data() if d.replace("\\", "/").endswith("versions")}
    on_disk = {p.name for p in (ROOT / "nrtd_desktop/db/migrations/versions").glob("*.py")}
    assert on_disk and shipped == on_disk


def test_alembic_finds_every_revision_in_the_bundle_layout(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Lay the data files out as PyInstaller does (``_internal/<dest>/<name>``) and point Alembic
    at the copy: it must find the same head as the checkout, from files alone."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from nrtd_desktop.db import migrate

    internal = tmp_path / "_internal"
    for source, dest in bundle.package_data():
        target = internal / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    config = Config()
    config.set_main_option("script_location", str(internal / "nrtd_desktop" / "db" / "migrations"))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == migrate.head_revision()
    assert {r.revision for r in script.walk_revisions()} == migrate.known_revisions()


def test_modules_imported_by_name_are_hidden_imports(bundle) -> None:  # type: ignore[no-untyped-def]
    """Areas and subcommands are imported with importlib: PyInstaller only sees them through
    the hidden-import list, which must hold each of them."""
    from nrtd_desktop.cli.main import COMMAND_MODULES

    areas_source = (ROOT / "nrtd_desktop/ui/areas.py").read_text("utf-8")
    areas = re.findall(r'"(nrtd_desktop\.ui\.[a-z_]+)"', areas_source)
    modules = set(bundle.program_modules())
    assert set(COMMAND_MODULES) <= modules
    assert areas and set(areas) <= modules
    assert "nrtd_desktop.selfcheck" in modules
    assert not any(m.startswith("nrtd_desktop.db.migrations") for m in modules)
    assert "nrtd_desktop.reference.generate_states" not in modules  # a tool that needs Babel


def test_migration_imports_are_importable(bundle) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    names = bundle.migration_imports()
    assert "alembic" in names and "sqlalchemy" in names
    assert "alembic.op" in names  # `from alembic import op` in every revision
    assert importlib.util.find_spec("alembic.op") is not None


def test_left_out_qt_modules_are_not_used_by_the_program(bundle) -> None:  # type: ignore[no-untyped-def]
    """A module in QT_EXCLUDES would be missing from the installed program: if the code starts
    using one, take it out of the list in packaging/nrtd_bundle.py."""
    excluded = {name.split(".", 1)[1] for name in bundle.QT_EXCLUDES}
    assert "QtCharts" not in excluded and "QtWidgets" not in excluded
    used: dict[str, str] = {}
    for path in (ROOT / "nrtd_desktop").rglob("*.py"):
        for module in re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")):
            used.setdefault(module, str(path.relative_to(ROOT)))
    assert {m: f for m, f in used.items() if m in excluded} == {}


def test_qt_file_filters(bundle) -> None:  # type: ignore[no-untyped-def]
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_ar.qm")
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qt_help_pt_BR.qm")
    assert bundle.keep_data("i18n/nrtd_ar.qm")  # the program's own: never filtered
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6Charts.so.6")
    assert bundle.keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not bundle.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    windows_name = "PySide6\\Qt\\plugins\\platforminputcontexts\\libqtvirtualkeyboardplugin.so"
    assert not bundle.keep_binary(windows_name)


def test_version_is_the_package_version(bundle) -> None:  # type: ignore[no-untyped-def]
    from nrtd_desktop import __version__

    assert bundle.version() == __version__


def test_the_encryption_libraries_are_bundled_not_excluded(bundle) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    for name in ("sqlcipher3", "keyring.backends.SecretService", "keyring.backends.Windows", "pypdf",
                 "msoffcrypto.format.ooxml"):
        assert name in bundle.LIBRARY_HIDDEN
        assert name.split(".")[0] not in bundle.DEV_EXCLUDES
    assert importlib.util.find_spec("sqlcipher3") is not None
    assert "keyring" in bundle.LIBRARY_METADATA


def test_left_out_libraries_are_not_imported_by_the_program(bundle) -> None:  # type: ignore[no-untyped-def]
    """scikit-learn and SciPy beyond scipy.sparse are left out of the installer (issue 25): the
    program's code must not import them (tests and offline training may)."""
    excluded = [name for name in bundle.DEV_EXCLUDES if name.startswith(("sklearn", "scipy."))]
    assert "sklearn" in excluded and "scipy.linalg" in excluded and "scipy.sparse" not in excluded
    used: dict[str, str] = {}
    for path in (ROOT / "nrtd_desktop").rglob("*.py"):
        if "bench" in path.parts or path.name == "label_training.py":
            continue  # the benchmark, and training (which says it needs the train extra: test_suggestions)
        for module in re.findall(r"^\s*(?:from|import)\s+((?:sklearn|scipy)[\w.]*)", path.read_text("utf-8"),
                                 re.MULTILINE):
            used.setdefault(module, str(path.relative_to(ROOT)))
    left_out = {m: f for m, f in used.items()
                if any(m == name or m.startswith(name + ".") for name in excluded)}
    assert left_out == {}
    assert "scipy.sparse" in used  # the similarity's matrices: kept


def test_library_file_filters(bundle) -> None:  # type: ignore[no-untyped-def]
    assert not bundle.keep_binary("scipy.libs/libscipy_openblas-6cdc3b4a.so")
    assert bundle.keep_binary("numpy.libs/libscipy_openblas64_-32a4b2a6.so")  # numpy's own: needed
    assert not bundle.keep_binary("scipy/_lib/_test_ccallback.cpython-311-x86_64-linux-gnu.so")
    assert bundle.keep_binary("scipy/sparse/_sparsetools.cpython-311-x86_64-linux-gnu.so")
    assert not bundle.keep_data("numpy/_core/tests/data/umath-validation-set-README.txt")
    assert bundle.keep_data("nrtd_desktop/reference/data/states.json")
    assert not bundle.keep_binary("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert bundle.keep_binary("PySide6/Qt/plugins/platforms/libqoffscreen.so")  # the self-check's window
    assert bundle.keep_binary("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert bundle.MODULES_AS_FILES.get("docx")  # python-docx opens docx/parts/../templates
