"""Every screen of the window reads right at 1366x768 and at 1280x720 with 125 % scaling, in
Arabic and in English (issue 21). Each configuration is one process (``tests/ui/window_check.py``:
the screen and the scale are fixed when Qt starts) taking the tour of the screenshots on the demo.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"1366x768": ("1366x768", 1.0), "1280x720@125%": ("1280x720", 1.25)}
CONFIGS = [(lang, screen) for screen in SCREENS for lang in ("ar", "en")]
_cache: dict[tuple[str, str], dict[str, Any]] = {}


def checked(lang: str, screen: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if (lang, screen) not in _cache:
        size, scale = SCREENS[screen]
        out = tmp_path_factory.mktemp("screens") / f"{lang}-{size}.json"
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
        command = [sys.executable, "-m", "tests.ui.window_check", lang, size, str(scale), str(out)]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0 and out.exists(), done.stderr[-3000:]
        _cache[(lang, screen)] = json.loads(out.read_text(encoding="utf-8"))
    return _cache[(lang, screen)]


@pytest.fixture(params=CONFIGS, ids=[f"{lang}-{screen}" for lang, screen in CONFIGS])
def tour(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    lang, screen = request.param
    return checked(lang, screen, tmp_path_factory)


def problems(tour: dict[str, Any], kind: str) -> dict[str, Any]:
    return {name: found[kind] for name, found in tour["screens"].items() if found[kind]}


def test_every_screen_and_dialog_fits_the_screen(tour: dict[str, Any]) -> None:
    width, height = tour["screen"]
    too_big = {name: found["size"] for name, found in tour["screens"].items()
               if found["size"][0] > width or found["size"][1] > height}
    assert not too_big, f"larger than the {width}x{height} screen: {too_big}"
    expected = {"register", "register-editor", "clusters", "clusters-similar", "clusters-duplicates",
                "plan-editor", "timeline", "challenges", "plan-health", "entities", "dashboard", "reports",
                "drafting", "vocabulary", "backups", "identity", "deletions", "export", "import-wizard-files",
                "import-wizard-preview"}
    assert expected <= set(tour["screens"])


def test_no_column_title_is_cut(tour: dict[str, Any]) -> None:
    """"mmenda" for "Recommendations": a column narrower than its title."""
    assert not problems(tour, "clipped_headers")


def test_codes_dates_and_paths_read_in_their_own_order(tour: dict[str, Any]) -> None:
    """"a.1" for "1.a", "tmp/x.csv/" for "/tmp/x.csv", "09:21 2026-11-29" for the other way."""
    assert not problems(tour, "disordered")


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_arabic_window_holds_no_english_or_internal_code(
    screen: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tour = checked("ar", screen, tmp_path_factory)  # the Arabic tours only: English is English
    assert not problems(tour, "english")
    entities = [name for name in tour["facts"]["health_entities"] if name]
    assert entities and not any(re.fullmatch(r"[A-Z]{2,}", name) for name in entities), entities


def test_date_fields_write_year_month_day(tour: dict[str, Any]) -> None:
    assert not problems(tour, "bad_dates")


def test_nothing_is_cut_in_the_middle_of_a_word(tour: dict[str, Any]) -> None:
    facts = tour["facts"]
    name = facts["entity_name"]
    assert name["width"] >= name["needed"], name  # the name in the window's language, whole
    assert facts["chooser_items"]
    for shown, full in facts["chooser_items"]:
        _reference, _dash, text = shown.partition(" — ")
        if text != full:  # cut: at the end of a word, and said so with "…"
            assert text.endswith("…"), shown
            kept = text[:-1]
            assert full.startswith(kept) and full[len(kept)] in " ،,.;:", (shown, full)
    assert facts["action_title_width"] >= 0.3 * facts["actions_table_width"], facts
    assert min(facts["member_text_width"].values()) >= 300, facts["member_text_width"]
    title, width = facts["cluster_count_header"]
    assert width > 0 and title


def test_entity_tabs_count_what_they_show(tour: dict[str, Any]) -> None:
    tabs = tour["facts"]["entity_tabs"]
    assert len(tabs) == 3 and all(re.search(r"\(\d+\)", tab) for tab in tabs), tabs
