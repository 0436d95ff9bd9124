"""Attaching an SQLAlchemy listener once per target.

``event.contains`` cannot say whether a listener is attached: SQLAlchemy's registry is keyed by
``id()`` of the target and keeps the key after the target is collected, so a new session
factory or engine that reused a collected one's id was taken for already set up. A session
factory so skipped saved edits without history and without a version bump (which the exchange
merge relies on to see a local change). The mark is therefore kept on the target itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event


def listen_once(target: Any, identifier: str, listener: Callable[..., Any]) -> None:
    """``event.listen(target, identifier, listener)`` unless this very listener is attached."""
    mark = f"_nrtd_listens_{identifier}_{listener.__module__}.{listener.__qualname__}".replace(".", "_")
    if getattr(target, mark, False):
        return
    event.listen(target, identifier, listener)
    setattr(target, mark, True)
