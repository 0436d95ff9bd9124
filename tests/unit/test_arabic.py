from nrtd_desktop.domain.arabic import SearchWord, index_text, normalize, search_terms, search_words


def test_alef_taa_marbuta_and_yaa_forms_fold_together() -> None:
    assert normalize("الأمم المتحدة") == normalize("الامم المتحده")
    assert normalize("إلى") == normalize("الي")
    assert normalize("آليات") == normalize("اليات")


def test_harakat_and_tatweel_are_ignored() -> None:
    assert normalize("حُقُوقُ الإنْسَان") == normalize("حقوق الانسان")
    assert normalize("الإنســـان") == normalize("الانسان")


def test_latin_is_case_and_accent_insensitive() -> None:
    assert normalize("Côte d'Ivoire") == normalize("COTE D'IVOIRE")


def test_presentation_forms_from_old_files_match_plain_letters() -> None:
    # "سلام" in Arabic presentation forms, as text copied out of an old PDF looks.
    assert normalize("\ufeb3\ufefc\ufee1") == normalize("سلام")


def test_search_terms_drop_punctuation_and_keep_digits() -> None:
    assert search_terms("التوصية (١٢٢٫٤٥)، SDG-16") == ["التوصيه", "122", "45", "sdg", "16"]


def test_index_text_joins_the_normalised_parts() -> None:
    assert index_text("UPR-3-122.45", None, "المرأة") == "upr-3-122.45 المراه"


def test_finished_short_words_match_whole_and_the_word_being_typed_as_a_prefix() -> None:
    assert search_words("Freedom of expression") == [
        SearchWord("freedom", True), SearchWord("of", False), SearchWord("expression", True)]
    assert search_words("حقوق في") == [SearchWord("حقوق", True), SearchWord("في", True)]  # still typing
    reference = [SearchWord("upr", True), SearchWord("3", False), SearchWord("122", True)]
    assert search_words("UPR-3-122") == reference
    assert search_words(" ") == []
