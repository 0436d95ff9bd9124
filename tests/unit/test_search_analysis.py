"""How a search reads words: every attached and suffixed form, phrases, exclusions, highlights.

These check the analysis without a database; tests/unit/test_register_services.py and
tests/perf/test_fast_paths.py check the same through FTS5.
"""

from __future__ import annotations

import pytest

from nrtd_desktop.domain.search_query import QueryWord, highlight_spans, other_script, parse
from nrtd_desktop.domain.stemming import SEPARATOR, index_text, stem_text, words_of


def finds(query: str, written: str) -> bool:
    """Whether a search for ``query`` (a finished word) finds the written word."""
    word = QueryWord.of(words_of(query)[0], growing=False)
    return all(word.matches(w) for w in words_of(written))


@pytest.mark.parametrize(("query", "forms"), [
    ("تعذيب", ["التعذيب", "للتعذيب", "والتعذيب", "بالتعذيب", "تعذيب"]),
    ("المرأة", ["للمرأة", "والمرأة", "بالمرأة", "المرأة", "المراة", "مرأة"]),
    ("أطفال", ["الأطفال", "للأطفال", "والأطفال", "وللأطفال", "أطفالهم", "بالأطفال", "أطفالها"]),
    ("حقوق", ["لحقوق", "وحقوق", "بحقوقهم", "الحقوق", "حقوقها"]),
    ("الإعاقة", ["إعاقة", "بالإعاقة", "والإعاقة", "إعاقات", "الاعاقه"]),
    ("حرية", ["الحرية", "وحرية", "حريتها", "حرياتهم"]),
    ("الآلية", ["آلية", "الآليات", "آليات", "وآلياتها", "للآلية"]),
    ("العمال", ["للعمال", "والعمال", "عمال"]),
])
def test_an_arabic_word_is_found_with_its_particles_article_and_suffixes(query: str, forms: list[str]
                                                                         ) -> None:
    missed = [form for form in forms if not finds(query, form)]
    assert missed == []


@pytest.mark.parametrize(("query", "form"), [
    ("rights", "right"), ("right", "rights"), ("disability", "disabilities"), ("disabilities", "disability"),
    ("detained", "detain"), ("children", "child"), ("women", "woman"), ("Torture", "tortured"),
])
def test_an_english_word_is_found_in_the_forms_the_stemmer_joins(query: str, form: str) -> None:
    assert finds(query, form)


@pytest.mark.parametrize(("query", "other"), [
    ("المرأة", "المراقبة"), ("تعذيب", "تعزيز"), ("حقوق", "تحقيق"), ("torture", "tortoise"),
    ("right", "rigid"),
])
def test_a_word_does_not_find_words_that_only_look_alike(query: str, other: str) -> None:
    assert not finds(query, other)


def test_the_word_being_typed_finds_every_word_it_begins() -> None:
    typed = parse("disabilit").terms[0].words[0]
    assert typed.matches("disabilities") and typed.matches("disability")
    arabic = parse("الأطف").terms[0].words[0]
    assert all(arabic.matches(w) for w in words_of("الأطفال للأطفال وللأطفال أطفال"))
    finished = parse("disab rights").terms[0].words[0]
    assert finished.typed is None and not finished.matches("disabilities")


def test_one_or_two_letters_being_typed_find_the_word_they_are_until_a_third_comes() -> None:
    """Two letters begin most of the index (issue 25): they find the word itself («حق», "UN")
    until a third letter makes them a beginning."""
    for query, word, begun in (("un", "un", "united"), ("حق", "حق", "حقوق"), ("الحق", "لحق", "الحقوق"),
                               ("c", "c", "committee")):
        typed = parse(query).terms[0].words[0]
        assert typed.typed is None and typed.matches(word) and not typed.matches(begun), query
    assert parse("uni").terms[0].words[0].matches("united")
    assert parse("الحقو").terms[0].words[0].matches("والحقوق")


def test_phrases_exclusions_and_the_word_being_typed_are_read_from_the_query() -> None:
    query = parse('"حقوق الإنسان" -الطفل «women rights» UPR-3-122 تعز')
    kinds = [(t.phrase, t.excluded, [w.text for w in t.words], [w.typed for w in t.words])
             for t in query.terms]
    assert kinds == [
        (True, False, ["حقوق", "الانسان"], [None, None]),
        (False, True, ["الطفل"], [None]),
        (True, False, ["women", "rights"], [None, None]),
        (False, False, ["upr"], [None]), (False, False, ["3"], [None]), (False, False, ["122"], [None]),
        (False, False, ["تعز"], ["تعز"]),
    ]
    assert [t.words[0].text for t in parse("freedom of expression في التعليم").terms] == [
        "freedom", "expression", "التعليم"]  # a function word alone narrows nothing
    assert [t.words[0].text for t in parse("of").terms] == ["of"]
    open_phrase = parse('"freedom of expr').terms[0]
    assert open_phrase.phrase and [w.typed for w in open_phrase.words] == [None, None, "expr"]
    assert parse("  ").is_empty() and parse("؟!").is_empty() and parse("-").is_empty()


def test_the_index_text_holds_stems_in_order_then_the_words_a_beginning_needs() -> None:
    analysed = index_text("UPR-3-122.45", None, "حماية حقوق الأطفال", "Disabilities of women")
    stems, words = analysed.split(SEPARATOR)
    assert stems.split() == ["upr", "3", "122", "45", *stem_text("حماية حقوق الأطفال").split(),
                             "disabl", "of", "woman"]
    assert stems.split()[6] == stem_text("للأطفال")  # the article and the particles are gone
    assert "disabilities" in words.split() and "of" not in words.split()


def test_highlights_cover_whole_written_words_with_their_harakat() -> None:
    text = "مواصلة الجهود لحماية حُقُوق المَرأة وللمرأة، ومكافحة المراقبة"
    spans = highlight_spans(text, parse("المرأة"))
    assert [text[a:b] for a, b in spans] == ["المَرأة", "وللمرأة"]


def test_a_phrase_is_highlighted_only_where_its_words_stand_in_order() -> None:
    text = "Protect women's rights; the rights of women; human rights of children"
    spans = highlight_spans(text, parse('"women rights" -children'))
    assert [text[a:b] for a, b in spans] == ["women's", "rights"]
    assert [text[a:b] for a, b in highlight_spans(text, parse("right child"))] == [
        "rights", "rights", "rights", "children"]


def test_the_other_language_is_the_one_the_query_is_not_written_in() -> None:
    assert other_script(parse("حقوق المرأة")) == "en"
    assert other_script(parse("women rights 2030")) == "ar"
    assert other_script(parse("women المرأة")) is None
