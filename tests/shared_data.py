"""Where the project's shared material is: ``../shared`` beside the checkout, as on every
developer's machine and in CI (``NRTD_SHARED`` overrides it)."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("NRTD_SHARED") or Path(__file__).resolve().parents[2] / "shared")
UPR_INFO = SHARED / "data" / "upr-info"
