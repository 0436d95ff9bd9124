"""Every place of the guide the program links to exists in both languages (issue 27)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nrtd_desktop.guide.content import (
    AREA_TOPICS,
    CONCEPT_TOPICS,
    DIALOG_TOPICS,
    LANGS,
    concept_topic,
    load_guide,
    split_topic,
)

PACKAGE = Path(__file__).resolve().parents[2] / "nrtd_desktop"


def places(lang: str) -> set[tuple[str, str]]:
    return {(c.key, anchor) for c in load_guide(lang) for anchor in ("", *c.anchors)}


def named_in_code() -> set[str]:
    """Every "chapter#anchor" string literal in the package, and the concepts passed to the helpers."""
    chapters = {c.key for c in load_guide("en")}
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for chapter, anchor in re.findall(r'"([a-z]+)#([a-z0-9-]+)"', text):
            if chapter in chapters:
                found.add(f"{chapter}#{anchor}")
        for concept in re.findall(r'(?:help_link|message_with_help)\([^)]*?"([a-z-]+)"\s*[,)]', text):
            found.add(CONCEPT_TOPICS.get(concept, f"unknown-concept#{concept}"))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_chapter_and_anchor_the_code_links_to_exists(lang: str) -> None:
    linked = {*AREA_TOPICS.values(), *CONCEPT_TOPICS.values(), *DIALOG_TOPICS.values(), *named_in_code()}
    missing = sorted(t for t in linked if split_topic(t) not in places(lang))
    assert missing == [], f"topics named by the program but missing from the {lang} guide: {missing}"


def test_the_scan_sees_the_links_of_the_messages_the_issue_names() -> None:
    seen = named_in_code()
    for concept in ("conflict", "stale", "status-override", "unknown-values", "package-refused"):
        assert CONCEPT_TOPICS[concept] in seen, concept
    assert concept_topic("stale") == ("progress", "stale")


def test_a_missing_anchor_would_be_caught() -> None:
    assert ("exchange", "no-such-section") not in places("ar")
    assert ("exchange", "refused") in places("ar") and ("exchange", "refused") in places("en")
