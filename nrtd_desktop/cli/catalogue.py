"""The command line's own sentences, added to the core's catalogue (``nrtd_desktop/catalogue.py``)
by :func:`load`, which ``cli/main.py`` calls before parsing the command."""

from __future__ import annotations

from nrtd_desktop import catalogue
from nrtd_desktop.cli import (
    arguments,
    classify,
    dashboard,
    database,
    draft,
    encryption,
    output,
    plan,
    safety,
    suggest,
    unlock,
    vocabulary,
)
from nrtd_desktop.cli import main as cli_main
from nrtd_desktop.domain.errors import register_messages

MESSAGE_TABLES = (
    arguments.MESSAGE_TEXTS,
    output.MESSAGE_TEXTS,
    cli_main.MESSAGE_TEXTS,
    classify.MESSAGE_TEXTS,
    dashboard.MESSAGE_TEXTS,
    database.MESSAGE_TEXTS,
    draft.MESSAGE_TEXTS,
    encryption.MESSAGE_TEXTS,
    plan.MESSAGE_TEXTS,
    safety.MESSAGE_TEXTS,
    suggest.MESSAGE_TEXTS,
    unlock.MESSAGE_TEXTS,
    unlock.PASSPHRASE_TEXTS,
    vocabulary.MESSAGE_TEXTS,
)


def load(*, core: bool = True) -> None:
    """The command line's sentences, and (``core``) the core's catalogue. ``cli/main.py`` loads
    its own before reading the command line (a mistyped option is one sentence) and the core's
    once the command is known, so that ``nrtd --help`` does not load the use cases."""
    if core:
        catalogue.load(*MESSAGE_TABLES)
        return
    for table in MESSAGE_TABLES:
        register_messages(table)
