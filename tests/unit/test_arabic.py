from nrtd_desktop.domain.arabic import normalize, search_terms


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
