"""The two languages of the program, as one type for every boundary that takes a language.

The committee works in Arabic and English; reports, exports, labels, messages, the command line
and the window all take ``lang`` as one of these two codes. Where a language arrives as text
(``--lang``, ``NRTD_LANG``, a Qt property, a settings file) :func:`as_lang` turns it into one.
"""

from __future__ import annotations

from typing import Literal, TypeGuard

Lang = Literal["ar", "en"]
LANGS: tuple[Lang, ...] = ("ar", "en")


def is_lang(value: object) -> TypeGuard[Lang]:
    return value in LANGS


def as_lang(value: object, default: Lang = "en") -> Lang:
    """``value`` when it is "ar" or "en", else ``default``."""
    return value if is_lang(value) else default
