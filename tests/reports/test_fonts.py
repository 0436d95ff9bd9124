"""The shipped fonts are found in a checkout and in a PyInstaller bundle."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from nrtd_desktop import paths_resources


@pytest.fixture
def fresh_lookup() -> object:
    paths_resources.resources_dir.cache_clear()
    yield
    paths_resources.resources_dir.cache_clear()


def test_checkout_resources_hold_amiri_and_its_licence(fresh_lookup: object) -> None:
    fonts = paths_resources.fonts_dir()
    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf", "OFL.txt", "README.md"):
        assert (fonts / name).is_file(), name
    assert "SIL OPEN FONT LICENSE Version 1.1" in (fonts / "OFL.txt").read_text(encoding="utf-8")


def test_frozen_bundle_resources_are_used(
    fresh_lookup: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths_resources.resources_dir() == tmp_path / "resources"


def test_a_missing_font_is_named_in_the_error(
    fresh_lookup: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.reports import fonts

    shutil.copytree(paths_resources.fonts_dir(), tmp_path / "resources" / "fonts")
    (tmp_path / "resources" / "fonts" / "Amiri-Bold.ttf").unlink()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths_resources.resources_dir.cache_clear()  # the copy above looked the checkout up
    monkeypatch.setattr(fonts, "_registered", False)
    with pytest.raises(FileNotFoundError, match=r"Amiri-Bold\.ttf"):
        fonts.register_fonts()
