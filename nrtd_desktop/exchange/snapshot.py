"""The snapshot taken before a merge: the team's verified backup (``safety.backup``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def snapshot_before_merge(services_or_context: Any) -> Path | None:
    """A verified copy of the database before the merge (reason ``before-merge``). If it cannot
    be made this raises, and the merge must not run: there would be no way back."""
    from nrtd_desktop.safety.backup import backup_before

    snapshot = backup_before(services_or_context, "before-merge")
    return Path(snapshot.path) if snapshot is not None else None  # None: a server (no file)
