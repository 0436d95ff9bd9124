"""Shortening a text for a list or a cell: at a word's end, with "…" when something was left out."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: cut after the last whole word that fits
    and marked with "…" (never in the middle of a word, which in Arabic also breaks its joined
    letters). A first word longer than the limit is cut where the limit falls."""
    words = " ".join((text or "").split())
    if len(words) <= limit:
        return words
    cut = words[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(" ،,;:.-–—") + ELLIPSIS
