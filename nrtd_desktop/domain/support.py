"""Whether a challenge really asks for support, or says that it needs none.

The "support needed" field is free text, and committees fill it in either way: with what they
need ("technical cooperation with OHCHR") or with a sentence saying they need nothing ("لا يلزم
دعم إضافي", "No further support needed"). Only the first kind is a request for support: counting
both made the challenges analysis report six requests that were not.
"""

from __future__ import annotations

import re

from nrtd_desktop.domain.arabic import normalize

# Normalised starts of a sentence that declines support (hamza folded, tatweel and marks removed).
_NO_SUPPORT = re.compile(
    r"^(?:"
    r"لا(?: |$)|ليس |ليست |غير مطلوب|غير لازم|غير ضروري|بدون|دون دعم|لم يطلب|لا شيء"
    r"|no(?: |$|ne\b|t )|none\b|nil\b|n/?a\b|not applicable|nothing\b|-+$|—$|–$|0$"
    r")"
)


def asks_for_support(text_ar: str | None, text_en: str | None) -> bool:
    """True when the challenge names support it needs. The Arabic text decides when there is one
    (it is the committee's own), else the English; a sentence saying that no support is needed,
    or an empty field, is not a request."""
    for text in (text_ar, text_en):
        folded = normalize(text).strip(" .،,:;")
        if folded:
            return _NO_SUPPORT.match(folded) is None
    return False
