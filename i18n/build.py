"""Refresh the translation sources and compile them.

    .venv/bin/python i18n/build.py            # lupdate over nrtd_desktop/ui, then lrelease
    .venv/bin/python i18n/build.py --release  # only compile the .ts into .qm

``lupdate`` keeps existing translations and marks new source strings unfinished; translate them
in ``nrtd_ar.ts`` (Qt Linguist, or by hand) and run the script again. The .qm files are committed
so that a fresh install needs no build; ``tests/ui/test_translations.py`` fails when they are
older than the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("ar", "en")


def tool(name: str) -> str:
    """pyside6-lupdate/lrelease from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pyside6-essentials)")
    return found


def ts_path(lang: str) -> Path:
    return HERE / f"nrtd_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"nrtd_{lang}.qm"


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "nrtd_desktop" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", lang, *sources, "-ts", str(ts_path(lang))], check=True)
    complete_english(ts_path("en"))


def complete_english(path: Path) -> int:
    """The source strings are English: the English translation of each is the string itself.

    Filling them in keeps ``nrtd_en.ts`` free of unfinished entries, so a missing English
    translation is never mistaken for work still to do. Returns how many were filled.
    """
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            forms = translation.findall("numerusform")
            for form in forms:  # a plural message: every English form is the source itself
                form.text = message.findtext("source")
            if not forms:
                translation.text = message.findtext("source")
            del translation.attrib["type"]
            filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def area_catalogues(lang: str) -> list[Path]:
    """Catalogues an area kept while it was being written (``plan_ar.ts``...)."""
    return sorted(p for p in HERE.glob(f"*_{lang}.ts") if p != ts_path(lang))


def absorb_area_catalogues() -> int:
    """Fold the areas' own catalogues into the one catalogue per language, then remove them.

    While several areas were built at once, each kept its strings in its own ``<area>_ar.ts``
    so that nobody overwrote another's translations; one catalogue is simpler to translate,
    check and ship. Returns how many Arabic translations were carried over.
    """
    carried = 0
    for lang in LANGUAGES:
        if lang == "en":  # English is its own source text: complete_english fills it
            for path in area_catalogues(lang):
                path.unlink()
                path.with_suffix(".qm").unlink(missing_ok=True)
            continue
        known: dict[tuple[str, str], ET.Element] = {}
        for path in area_catalogues(lang):
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    translation = message.find("translation")
                    done = translation is not None and translation.get("type") != "unfinished"
                    if done and ((translation.text or "").strip() or len(translation)):
                        known[(name, message.findtext("source") or "")] = translation
        tree = ET.parse(ts_path(lang))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                key = (name, message.findtext("source") or "")
                if translation is not None and translation.get("type") == "unfinished" and key in known:
                    message.remove(translation)
                    message.append(known[key])  # plural forms come along as its children
                    carried += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_path(lang).write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                                 encoding="utf-8")
        for path in area_catalogues(lang):
            path.unlink()
            path.with_suffix(".qm").unlink(missing_ok=True)
    return carried


def release(out_dir: Path = HERE) -> list[Path]:
    written = []
    for lang in LANGUAGES:
        target = out_dir / qm_path(lang).name
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(target)], check=True)
        written.append(target)
    return written


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    parser.add_argument("--absorb", action="store_true", help="fold the areas' own <area>_<lang>.ts into "
                        "the main catalogues and remove them")
    args = parser.parse_args()
    if not args.release:
        update()
    if args.absorb:
        print(f"{absorb_area_catalogues()} translations carried over from the area catalogues")
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
