"""Natural keys of rows without an id (keys.py) never change: databases in the field hold them.

The real UPR Info files are pinned in test_upr_info.py; these are the cases those files do not
have (numbers, blanks, decomposed accents, Arabic) for the mapped files that use the same keys.
"""

from __future__ import annotations

import pytest

from nrtd_desktop.importers.keys import KeyMaker, content_digest

PINNED = [
    (("Saudi Arabia", 17, "Canada", "Ensure  equal\trights "), "593c29e6fee79d9f7791114b0db4b496"),
    (("Côte d’Ivoire", "4", None, "Cafe\u0301 e\u0301tude"), "05801118c51e27c02f40c1f59e0ca228"),
    (("المملكة العربية السعودية", 17.0, "", "حقوق  المرأة\n"), "d86de47a2f71736f230fc6a71142e87e"),
    ((None, None, None, None), "c60b1f6ce4ac96cdb68fdab9e25e13fc"),
]


@pytest.mark.parametrize(("parts", "digest"), PINNED)
def test_digests_are_those_stored_in_databases(parts: tuple[object, ...], digest: str) -> None:
    assert content_digest(parts) == digest


def test_spacing_and_unicode_spelling_do_not_change_the_key() -> None:
    assert content_digest(("Saudi Arabia", "17", "Canada", "Ensure equal rights")) == PINNED[0][1]
    assert content_digest(("Côte d’Ivoire", 4, "", " Café   étude ")) == PINNED[1][1]
    assert content_digest(("a", "b")) != content_digest(("a b",))  # the parts stay apart


def test_repeats_are_numbered_in_the_order_they_come() -> None:
    keys = KeyMaker("upr_info")
    made = [keys.key("A", 1, "x"), keys.key("B", 1, "x"), keys.key("A", 1, " x "), keys.key("A", 1, "x")]
    digest = content_digest(("A", 1, "x"))
    assert made[0] == f"upr_info:{digest}:1"
    assert made[2] == f"upr_info:{digest}:2" and made[3] == f"upr_info:{digest}:3"
    assert made[1].endswith(":1") and made[1] != made[0]
