"""What goes into the bundle besides the code: one list, read by ``nrtd.spec`` and by the tests.

Plain Python with no PyInstaller import, so ``tests/packaging`` can check the lists against the
disk without the build tools installed. Everything is found by walking folders, not by naming
files, so a module, a migration, a translation or a data file added later is bundled without
editing the spec:

- every non-Python file inside the ``nrtd_desktop`` package (reference tables, demo data, any
  future ``*.json``), at the same place in the bundle, where ``importlib.resources`` finds it;
- the whole ``nrtd_desktop/db/migrations`` folder *as files*, ``.py`` included: Alembic's
  ``ScriptDirectory`` lists and loads the revision files from disk, it cannot read them from
  PyInstaller's archive;
- ``resources/`` (fonts with their licence, icons) and the compiled translations ``i18n/*.qm``;
- Qt's own Arabic translations (``qtbase_ar.qm``), copied where ``QLibraryInfo`` looks for them in
  a PySide6 bundle;
- python-docx's document template (``docx/templates``), which it reads from disk.

(No ``__init__.py`` in this folder on purpose: ``packaging`` is also the name of a well-known
library, and a namespace folder never shadows it.)
"""

from __future__ import annotations

import ast
import glob
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "nrtd_desktop"
MIGRATIONS = Path(PACKAGE) / "db" / "migrations"
CODE_SUFFIXES = {".py", ".pyc", ".pyo", ".pyd", ".so"}
SKIPPED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
QT_LANGUAGES = ("ar",)
QT_CATALOGS = ("qtbase", "qt")  # qt_ar.qm is a meta catalogue naming qtbase_ar.qm

# Files the program cannot run without: the build fails if one of these globs matches nothing.
REQUIRED = (
    "nrtd_desktop/reference/data/*.json",
    "nrtd_desktop/analysis/models/*.nrtdmodel",
    "nrtd_desktop/demo/*.json",
    "nrtd_desktop/db/migrations/env.py",
    "nrtd_desktop/db/migrations/script.py.mako",
    "nrtd_desktop/db/migrations/versions/*.py",
    "resources/fonts/Amiri-Regular.ttf",
    "resources/fonts/Amiri-Bold.ttf",
    "resources/fonts/OFL.txt",
    "resources/icons/nrtd.png",
    "resources/icons/nrtd.ico",
    "i18n/nrtd_ar.qm",
    "i18n/*.qm",
)

# Qt modules the program does not use: left out of the bundle (their libraries, plugins and QML).
# The dashboard draws with QtCharts (which needs QtOpenGL/QtOpenGLWidgets); QtSvg draws icons;
# QtPrintSupport prints; QtNetwork is small and kept for a single-instance lock.
QT_EXCLUDES = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
        "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc",
        "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
        "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
        "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
        "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
        "QtWebSockets", "QtWebView", "QtAxContainer",
    )
)
# Qt's Python modules that the program never imports but PyInstaller's Qt hooks add (the C++
# libraries QtCharts needs, libQt6OpenGL among them, are found from the binaries and stay):
# the OpenGL binding alone is 8.5 MB.
# QtPrintSupport stays: the recovery key of an encrypted database is printed (issue 26).
QT_EXCLUDES += tuple(f"PySide6.{name}" for name in ("QtOpenGL", "QtOpenGLWidgets", "QtNetwork", "QtDBus",
                                                     "QtConcurrent", "QtXml"))
# Matched against the file names in the bundle. Qt's virtual keyboard input plugin is the only
# thing that pulls QtQuick/QML (16 MB) into a widgets program; the laptops have keyboards. The
# other Qt plugins left out are never loaded by a desktop program without networking: embedded
# displays (eglfs, linuxfb, VNC, Vulkan display), TLS and network-information backends, image
# formats it never reads. What the program loads stays: xcb and Wayland (and offscreen, for the
# self-check), the GTK theme and the desktop portal, SVG icons, PNG/JPEG/GIF/ICO.
BINARY_EXCLUDES = (
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "libQt6VirtualKeyboard",
    "libQt6Quick",
    "libQt6Qml",
    "plugins/egldeviceintegrations/",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "plugins/tls/",
    "plugins/networkinformation/",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
    "imageformats/libqwebp",
    # SciPy's own OpenBLAS and Fortran runtime serve scipy.linalg and what uses it; the program
    # keeps scipy.sparse alone (the similarity's matrices), which loads neither (29 MB).
    "scipy.libs/",
    "scikit_learn.libs/",
)
# Test folders and test modules of the libraries: never imported by the program.
TEST_FOLDERS = ("tests",)
TEST_PREFIXES = ("_test_",)
# Qt ships its own messages in 30 languages; the program speaks two.
QT_TRANSLATION_LANGUAGES = ("ar", "en")
# Modules of the package that are development tools, run from a checkout only (generators that
# need Babel, benchmarks): not forced into the bundle. Matched on the module's own name.
DEV_MODULE_PREFIXES = ("generate_", "bench_", "measure_")
# Python packages that are installed for development only and never imported by the program.
# scikit-learn serves the tests and offline training (issue 23 reads its models with numpy); of
# SciPy the program imports scipy.sparse alone (analysis/similarity.py, analysis/tfidf.py).
SCIPY_UNUSED = ("cluster", "constants", "datasets", "differentiate", "fft", "fftpack", "integrate",
                "interpolate", "io", "linalg", "misc", "ndimage", "odr", "optimize", "signal", "spatial",
                "special", "stats", "sparse.linalg", "sparse.csgraph", "_lib.tests")
DEV_EXCLUDES = (
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "ruff", "IPython", "matplotlib",
    "sklearn", "joblib", "threadpoolctl", "hypothesis", "importlinter", "grimp",
    *(f"scipy.{name}" for name in SCIPY_UNUSED),
)
# Libraries that read files beside their modules by a relative path from a subpackage (python-docx
# opens ``docx/parts/../templates/...``): their modules are also laid out as files, so that the
# folder exists in the bundle (PyInstaller's ``module_collection_mode``).
MODULES_AS_FILES = {"docx": "pyz+py"}
# Issue 26, the database encrypted at rest. sqlcipher3 carries SQLCipher (its own SQLite, FTS5
# and OpenSSL's crypto) in its compiled module; keyring finds its backends through entry points,
# so the backends are named here and its metadata is shipped (nrtd.spec: copy_metadata); pypdf
# (PDF passwords) and msoffcrypto (xlsx passwords) are imported inside functions.
LIBRARY_HIDDEN = (
    "sqlcipher3", "sqlcipher3.dbapi2",
    "keyring", "keyring.backends.SecretService", "keyring.backends.libsecret", "keyring.backends.kwallet",
    "keyring.backends.Windows", "keyring.backends.macOS", "keyring.backends.chainer",
    "keyring.backends.fail", "keyring.backends.null",
    "pypdf", "msoffcrypto", "msoffcrypto.format.ooxml",
)
LIBRARY_METADATA = ("keyring",)


def _skipped(path: Path) -> bool:
    return any(part in SKIPPED_PARTS for part in path.parts)


def version(root: Path = ROOT) -> str:
    """``nrtd_desktop.__version__``, read from the file (the spec must not import the program)."""
    text = (root / PACKAGE / "__init__.py").read_text("utf-8")
    found = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
    if not found:
        raise SystemExit(f"no __version__ in {root / PACKAGE / '__init__.py'}")
    return found.group(1)


def package_data(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every data file of the package and its migrations."""
    entries: list[tuple[str, str]] = []
    for path in sorted((root / PACKAGE).rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or _skipped(relative):
            continue
        in_migrations = relative.is_relative_to(MIGRATIONS)
        if path.suffix in CODE_SUFFIXES and not (in_migrations and path.suffix == ".py"):
            continue
        entries.append((str(path), str(relative.parent)))
    return entries


def shared_data(root: Path = ROOT) -> list[tuple[str, str]]:
    """``resources/`` as it is, and the compiled translations."""
    entries = [
        (str(path), str(path.relative_to(root).parent))
        for path in sorted((root / "resources").rglob("*"))
        if path.is_file() and not _skipped(path.relative_to(root))
    ]
    entries += [(str(path), "i18n") for path in sorted((root / "i18n").glob("*.qm"))]
    return entries


def qt_translations() -> list[tuple[str, str]]:
    """Qt's Arabic catalogues from the installed PySide6, where the bundled Qt looks for them."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed in this environment")
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "translations"
    entries = []
    for lang in QT_LANGUAGES:
        for catalog in QT_CATALOGS:
            path = folder / f"{catalog}_{lang}.qm"
            if not path.is_file():
                raise SystemExit(f"Qt translation missing: {path}")
            entries.append((str(path), "PySide6/Qt/translations"))
    return entries


# Data files of libraries that read them at run time and that PyInstaller's own hooks may miss:
# python-docx builds every document on its template (docx/templates/default.docx and its parts).
LIBRARY_DATA = (("docx", "templates"),)


def library_data() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for the ``LIBRARY_DATA`` folders of the installed libraries."""
    entries = []
    for package, folder in LIBRARY_DATA:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit(f"{package} is not installed in this environment")
        base = Path(next(iter(spec.submodule_search_locations)))
        for path in sorted((base / folder).rglob("*")):
            if path.is_file() and not _skipped(path.relative_to(base)):
                entries.append((str(path), str(Path(package) / path.relative_to(base).parent)))
    return entries


def all_data(root: Path = ROOT) -> list[tuple[str, str]]:
    return package_data(root) + shared_data(root) + qt_translations() + library_data()


def missing_required(root: Path = ROOT) -> list[str]:
    """The ``REQUIRED`` globs that match no file (an empty list when the tree is complete)."""
    return [pattern for pattern in REQUIRED if not glob.glob(str(root / pattern))]


def program_modules(root: Path = ROOT) -> list[str]:
    """Every module of the program, found on disk.

    The window's area pages (``areas.AREAS``: imported when first opened) and the command's
    subcommands (``COMMAND_MODULES``) are imported by name with ``importlib``, which
    PyInstaller cannot follow: listing every module keeps a newly added area or command in the
    bundle. The migrations are not modules
    (Alembic loads them as files).
    """
    modules = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        relative = path.relative_to(root)
        if _skipped(relative) or relative.is_relative_to(MIGRATIONS):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if parts[-1].startswith(DEV_MODULE_PREFIXES):
            continue
        modules.append(".".join(parts))
    return modules


def migration_imports(root: Path = ROOT) -> list[str]:
    """The modules the migration files import (``alembic.op``, ``sqlalchemy``...).

    PyInstaller never sees these imports, since the files are data; listing them as hidden
    imports puts them in the bundle. ``from a import b`` yields ``a`` and, when it is a module,
    ``a.b``.
    """
    names: set[str] = set()
    for path in sorted((root / MIGRATIONS).rglob("*.py")):
        if _skipped(path.relative_to(root)):
            continue
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(name for name in names if name != "__future__" and not name.startswith("__future__."))


def _test_file(path: Path) -> bool:
    return any(part in TEST_FOLDERS for part in path.parts[:-1]) or path.name.startswith(TEST_PREFIXES)


def keep_binary(dest_name: str) -> bool:
    """False for the files left out on purpose (``BINARY_EXCLUDES``, libraries' tests)."""
    name = dest_name.replace("\\", "/")
    return not any(pattern in name for pattern in BINARY_EXCLUDES) and not _test_file(Path(name))


def keep_data(dest_name: str) -> bool:
    """False for Qt's translations in languages the program does not speak."""
    path = Path(dest_name.replace("\\", "/"))
    if _test_file(path) and path.parts[0] not in (PACKAGE, "resources", "i18n"):
        return False
    if path.suffix != ".qm" or "translations" not in path.parts or "PySide6" not in path.parts:
        return True
    language = path.stem.rsplit("_", 1)[-1]
    return language in QT_TRANSLATION_LANGUAGES
