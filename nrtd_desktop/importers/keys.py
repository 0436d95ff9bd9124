"""Natural keys for rows whose source gives none (UPR Info, mapped files without an id column).

The key is a hash of the values that make a recommendation what it is, so importing the same
file again gives the same keys. Whitespace is folded first: the published UPR Info files repeat
one row with only a trailing space changed. When the same values repeat within one import (the
source lists a recommendation twice), the occurrence number keeps both rows apart.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable


def content_digest(parts: Iterable[object]) -> str:
    # The common part (ASCII text) folded inline: this runs for every row of a UPR Info import.
    folded = "\x1f".join(
        [" ".join(part.split()) if type(part) is str and part.isascii() else _fold(part) for part in parts]
    )
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def cell_digest(values: Iterable[object]) -> str:
    """A hash of a row's cells exactly as read (no folding: any change of a cell changes it).

    Runs on every row of every import (writer_sources.py keeps it to know an unchanged row):
    one join and one blake2b, a fifth of ``content_digest``'s cost."""
    joined = "\x1f".join([v if type(v) is str else "" if v is None else repr(v) for v in values])
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _fold(part: object) -> str:
    text = "" if part is None else part if type(part) is str else str(part)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


class KeyMaker:
    """Gives ``<prefix>:<digest>:<n>`` keys, n counting repeats of the same values in one import."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._seen: dict[str, int] = {}

    def key(self, *parts: object) -> str:
        digest = content_digest(parts)
        count = self._seen[digest] = self._seen.get(digest, 0) + 1
        return f"{self._prefix}:{digest}:{count}"
