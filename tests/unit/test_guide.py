"""The user guide as a member meets it: every chapter in both languages, every picture there,
F1's targets real sections, and a search that finds a word in its forms (issue 27)."""

from __future__ import annotations

import pytest

from nrtd_desktop.guide import content
from nrtd_desktop.guide.content import AREA_TOPICS, LANGS, images_dir, load_guide, png_size, search

# The areas of the committee's workflow the issue names, each a chapter.
WORKFLOW = ("start", "import", "classify", "cluster", "prioritise", "assign", "plan", "progress",
            "exchange", "reports", "drafting", "backups", "deleted", "glossary")


def test_every_chapter_exists_in_both_languages_with_the_same_sections() -> None:
    arabic, english = load_guide("ar"), load_guide("en")
    assert [c.key for c in arabic] == [c.key for c in english] == list(WORKFLOW)
    for ar, en in zip(arabic, english, strict=True):
        assert ar.number == en.number
        assert ar.anchors == en.anchors, ar.key  # F1 and the manual name a section once
        assert any("\u0600" <= ch <= "\u06ff" for ch in ar.title), ar.title
        assert ar.title != en.title


@pytest.mark.parametrize("lang", LANGS)
def test_every_picture_a_chapter_names_exists_and_is_of_its_language(lang: str) -> None:
    named = [(c.key, image) for c in load_guide(lang) for image in c.images]
    assert len(named) >= 15  # the chapters are illustrated, not just a few of them
    for key, image in named:
        assert image.endswith(f"-{lang}.png"), (key, image)  # the program in the chapter's language
        size = png_size(images_dir() / image)
        assert size is not None, f"{key}: {image} missing from resources/guide/images"
        assert size[0] >= 250 and size[1] >= 150, (image, size)  # a picture, not an icon


def test_every_chapter_but_the_glossary_has_a_picture_of_the_program() -> None:
    for lang in LANGS:
        bare = [c.key for c in load_guide(lang) if not c.images]
        assert bare == ["glossary"], lang


def test_the_glossary_gives_each_term_in_both_languages() -> None:
    for lang in LANGS:
        tables = [item for item in content.chapter(lang, "glossary").items() if item.kind == "table"]
        assert len(tables) == 1
        _header, *rows = tables[0].rows
        assert len(rows) >= 30
        for row in rows:
            arabic = row[0] if lang == "ar" else row[1]
            english = row[1] if lang == "ar" else row[0]
            assert any("\u0600" <= ch <= "\u06ff" for ch in arabic), row
            assert english.isascii() and english, row
    terms = {row[1] for row in content.chapter("ar", "glossary").items()[1].rows[1:]}
    assert {"Universal Periodic Review (UPR)", "Treaty bodies", "Special procedures", "Indicator"} <= terms


def test_every_place_f1_leads_to_is_a_section_in_both_languages() -> None:
    for topic in AREA_TOPICS.values():
        key, _, anchor = topic.partition("#")
        for lang in LANGS:
            chapter = content.chapter(lang, key)
            assert not anchor or anchor in chapter.anchors, (lang, topic)


def test_an_area_and_its_tab_lead_to_their_chapter() -> None:
    assert content.topic_for("plan", 1) == ("plan", "timeline")
    assert content.topic_for("plan", 0) == ("plan", "")
    assert content.topic_for("backups") == ("backups", "")
    assert content.topic_for("an area added later") == ("start", "")


@pytest.mark.parametrize("query", ["مؤشر", "المؤشرات", "بالمؤشرات", "مؤشرات"])
def test_the_search_finds_an_arabic_word_in_its_forms(query: str) -> None:
    places = {(hit.chapter, hit.anchor) for hit in search("ar", query)}
    assert ("plan", "indicators") in places  # «المؤشرات وفحص SMART»
    assert ("progress", "stale") in places  # «المؤشر المتقادم»


def test_the_search_needs_every_word_and_ranks_titles_first() -> None:
    hits = search("ar", "نسخة احتياطية")
    assert hits[0].chapter == "backups"
    assert search("ar", "مؤشر زرافة") == []  # a word the guide never uses: nothing
    english = search("en", "conflicts")
    assert english[0].chapter == "exchange" and english[0].anchor == "conflicts"
    assert "conflict" in english[0].snippet.lower()


def test_the_html_is_right_to_left_in_arabic_with_its_anchors() -> None:
    html = content.chapter("ar", "plan").html()
    assert html.startswith('<div dir="rtl">')
    assert '<a name="health"></a>' in html and "{#" not in html
    assert 'src="plan-editor-ar.png"' in html
    assert content.chapter("en", "plan").html().startswith('<div dir="ltr">')
