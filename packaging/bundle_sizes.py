"""What each part of a built onedir bundle costs on disk: ``python packaging/bundle_sizes.py DIR``.

build.sh prints it after PyInstaller (issue 25), so the cost of every library is visible when one
is added. Links count nothing (the bundle links Qt's libraries from ``_internal``); a part is the
first folder under ``_internal`` (a Python package, ``PySide6``...), and the loose shared
libraries of ``_internal`` are grouped by what they serve.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Loose libraries of _internal by name: what they serve.
LOOSE = (
    ("libpython", "Python"), ("base_library.zip", "Python"), ("python3", "Python"),
    ("lib-dynload", "Python"), ("libQt6", "PySide6 (Qt)"), ("libicu", "PySide6 (Qt)"),
    ("libpyside6", "PySide6 (Qt)"), ("libshiboken6", "PySide6 (Qt)"), ("libcrypto", "cryptography"),
    ("libssl", "cryptography"), ("_cffi_backend", "cryptography"), ("Stemmer", "PyStemmer"),
    ("libsqlite3", "SQLite"),
)
# Folders of _internal that belong to one part.
FOLDERS = {"PySide6": "PySide6 (Qt)", "shiboken6": "PySide6 (Qt)", "numpy.libs": "numpy",
           "pillow.libs": "PIL", "scipy.libs": "scipy", "scikit_learn.libs": "sklearn",
           "pypdfium2_raw": "pypdfium2", "python3.11": "Python", "lib-dynload": "Python"}


def part_of(relative: Path) -> str:
    if relative.parts[0] != "_internal":
        return "executables"
    if len(relative.parts) == 2:
        name = relative.name
        for prefix, part in LOOSE:
            if name.startswith(prefix):
                return part
        return "system libraries (X11, GLib, fonts...)" if ".so" in name else "other files"
    top = relative.parts[1]
    if top.endswith(".dist-info"):
        return "other files"
    return FOLDERS.get(top, top)


def sizes(bundle: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        part = part_of(path.relative_to(bundle))
        found[part] = found.get(part, 0) + path.stat().st_size
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "build/packaging/dist/nrtd-desktop")
    found = sizes(bundle)
    total = sum(found.values())
    for part, size in sorted(found.items(), key=lambda item: -item[1]):
        if size >= 512 * 1024:
            print(f"{size / 2**20:8.1f}  {part}")
    small = sum(size for size in found.values() if size < 512 * 1024)
    print(f"{small / 2**20:8.1f}  the rest (each under 0.5 MB)")
    print(f"{total / 2**20:8.1f}  in all ({bundle})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
