"""The real data the tests read, from the repository itself: a fresh clone needs nothing beside it.

The five UPR Info files (41,066 recommendations, legacy Mac encoding and bare CR line ends, as
published) are kept xz-compressed in ``tests/data/upr-info``; they are unpacked once, byte for
byte, into the temporary folder (never into the checkout). ``NRTD_UPR_INFO=DIR`` points at a
folder of the plain ``.csv`` files instead. The benchmark reads them through the same function.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import tempfile
from pathlib import Path

PACKED = Path(__file__).resolve().parent / "data" / "upr-info"


def upr_info_dir() -> Path:
    """The folder holding the five UPR Info ``.csv`` files."""
    given = os.environ.get("NRTD_UPR_INFO")
    if given:
        return Path(given)
    packed = sorted(PACKED.glob("*.csv.xz"))
    digest = hashlib.sha256(b"".join(p.name.encode() + p.read_bytes()[-64:] for p in packed)).hexdigest()[:12]
    target = Path(tempfile.gettempdir()) / f"nrtd-upr-info-{digest}"
    if not all((target / p.name.removesuffix(".xz")).exists() for p in packed):
        target.mkdir(parents=True, exist_ok=True)
        for path in packed:
            plain = target / path.name.removesuffix(".xz")
            partial = plain.with_name(f".{plain.name}.{os.getpid()}")
            partial.write_bytes(lzma.decompress(path.read_bytes()))
            os.replace(partial, plain)  # whole or absent, even with several test runs at once
    return target


UPR_INFO = upr_info_dir()
