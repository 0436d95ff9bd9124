"""The natural order of recommendation references: CAT-2016-8 before CAT-2016-40, UPR-3-122.25
before UPR-3-122.140 (numbers compare as numbers, the rest as text, case aside).

:func:`reference_order` is a text whose plain byte order is that natural order, so that SQLite
sorts and pages the register by an ordinary index on it (``recommendations.reference_order``,
revision ``0010_ui_settings``), and Python sorts lists of references with the same key.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")
# Below every printable character: a reference that is the start of another sorts first, and the
# reference itself after it keeps two spellings of one number ("CAT-08", "CAT-8") apart.
_END = "\x1f"


def _number(match: re.Match[str]) -> str:
    digits = match.group(0).lstrip("0") or "0"
    # The length first (two digits: up to 99-digit numbers): a longer number is a larger one.
    return f"{len(digits):02d}{digits}"


def reference_order(reference: str) -> str:
    """The sort key of ``reference``: ``"CAT-2016-8"`` → ``"cat-042016-018\\x1fCAT-2016-8"``."""
    text = (reference or "").strip()
    return _DIGITS.sub(_number, text.casefold()) + _END + text


def natural_sorted(references: list[str]) -> list[str]:
    return sorted(references, key=reference_order)
