"""One type for a language at every boundary (issue 19): ``Lang`` of ``domain/lang.py``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import nrtd_desktop
from nrtd_desktop.domain.errors import ValidationError
from nrtd_desktop.domain.lang import LANGS, as_lang

PACKAGE = Path(nrtd_desktop.__file__).parent


def test_no_signature_takes_a_language_as_bare_text() -> None:
    bare = re.compile(r"\b(lang|language)\s*:\s*str\b")
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("given", "expected"), [("ar", "ar"), ("en", "en"), ("fr", "en"), (None, "en"), ("", "en")]
)
def test_text_from_outside_becomes_a_language(given: object, expected: str) -> None:
    assert as_lang(given) == expected
    assert as_lang(given, "ar") == (given if given in LANGS else "ar")


def test_a_message_reads_in_each_language_and_any_other_value_reads_as_english() -> None:
    error = ValidationError("validation.required", field="text")
    assert error.text("ar") == "الحقل «النص» مطلوب."
    assert error.text("en") == "Text is required."
    assert error.text(as_lang("fr")) == "Text is required."
