"""The translation files: Arabic complete, placeholders kept, sources and .qm up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")

sys.path.insert(0, str(I18N))
import build as i18n_build  # noqa: E402  (i18n/build.py, the project's own build script)


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def forms(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a plural (``%n``) message."""
    plural = translation.findall("numerusform")
    return [form.text or "" for form in plural] if plural else [translation.text or ""]


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [(ctx, src) for ctx, src, tr in messages(path)
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(text.strip() for text in forms(tr))]


def placeholder_mismatches(path: Path) -> list[tuple[str, str]]:
    mismatches = []
    for _ctx, src, tr in messages(path):
        if tr is None:
            continue
        wanted = sorted(PLACEHOLDER.findall(src))
        found = [sorted(PLACEHOLDER.findall(text)) for text in forms(tr)]
        if len(found) > 1:
            # Plural forms such as Arabic's "تغييران" (two changes) may spell the number out:
            # %n must appear in some form, every other placeholder in every form.
            others = sorted(p for p in wanted if p != "%n")
            same_others = all(sorted(p for p in f if p != "%n") == others for f in found)
            ok = any("%n" in f for f in found) and same_others
        else:
            ok = found[0] == wanted
        if not ok:
            mismatches.append((src, " | ".join(forms(tr))))
    return mismatches


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_message_is_translated(lang: str) -> None:
    path = I18N / f"nrtd_{lang}.ts"
    assert len(messages(path)) > 100
    assert unfinished(path) == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_placeholders_are_the_same_in_both_languages(lang: str) -> None:
    assert placeholder_mismatches(I18N / f"nrtd_{lang}.ts") == []


def test_arabic_translations_are_arabic() -> None:
    latin_only = [(src, tr.text) for _c, src, tr in messages(I18N / "nrtd_ar.ts")
                  if not re.search("[\u0600-\u06ff]", PLACEHOLDER.sub("", " ".join(forms(tr))))
                  and re.search("[A-Za-z]{3}", PLACEHOLDER.sub("", src))]
    assert latin_only == []


def test_the_checks_catch_an_unfinished_message_and_a_lost_placeholder(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ar"><context><name>X</name>'
        '<message><source>Showing {shown} of {total}</source><translation>عرض {shown}</translation></message>'
        '<message><source>Quit</source><translation type="unfinished"></translation></message>'
        "</context></TS>", encoding="utf-8")
    assert unfinished(broken) == [("X", "Quit")]
    assert placeholder_mismatches(broken) == [("Showing {shown} of {total}", "عرض {shown}")]


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds nothing the committed .ts files lack (run i18n/build.py)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "nrtd_desktop" / "ui").rglob("*.py"))
    subprocess.run([i18n_build.tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True)
    in_code = {(ctx, src) for ctx, src, _tr in messages(fresh)}
    in_ts = {(ctx, src) for ctx, src, _tr in messages(I18N / "nrtd_ar.ts")}
    assert in_code - in_ts == set()
    assert in_ts - in_code == set()


def test_the_committed_qm_files_match_the_ts(tmp_path: Path) -> None:
    for ts in ("nrtd_ar.ts", "nrtd_en.ts"):
        shutil.copy(I18N / ts, tmp_path / ts)
    lrelease = i18n_build.tool("lrelease")
    for lang in ("ar", "en"):
        built = tmp_path / f"nrtd_{lang}.qm"
        source = tmp_path / f"nrtd_{lang}.ts"
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(built)], check=True)
        assert built.read_bytes() == (I18N / f"nrtd_{lang}.qm").read_bytes(), f"run i18n/build.py ({lang})"


def test_qt_and_the_program_speak_arabic(app_ar: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    assert QApplication.layoutDirection().name == "RightToLeft"
    assert QCoreApplication.translate("Areas", "Recommendations") == "التوصيات"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") in ("إلغاء", "ألغِ")
