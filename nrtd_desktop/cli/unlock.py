"""The command line's way to an encrypted database's key: keyring, ``NRTD_DB_PASSPHRASE``, a prompt.

``nrtd`` calls :func:`unlock_database` before any subcommand runs (``cli/main.py``), so that
every command (readers, writers, backup, check, restore) works on an encrypted database the
same way. The prompt is shown only on a terminal (``getpass``: nothing echoed); a script without
one gets the sentence naming ``NRTD_DB_PASSPHRASE``. A wrong passphrase is asked again (three
tries), waiting out the growing delay of ``safety/unlock.py``.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from nrtd_desktop.domain.errors import DatabaseError, render_message
from nrtd_desktop.domain.lang import Lang

TRIES = 3

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.passphrase_prompt": ("Passphrase of {path}: ", "عبارة المرور لـ {path}: "),
    "cli.new_passphrase_prompt": ("New passphrase: ", "عبارة المرور الجديدة: "),
    "cli.repeat_passphrase_prompt": ("The new passphrase again: ", "عبارة المرور الجديدة مرة أخرى: "),
    "cli.current_passphrase_prompt": ("Current passphrase: ", "عبارة المرور الحالية: "),
    "cli.recovery_prompt": ("Recovery key (NRTD-…): ", "مفتاح الاسترداد (NRTD-…): "),
}


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(key: str, lang: Lang, **params: str) -> str:
    return getpass.getpass(render_message(key, params, lang))


def unlock_database(path: Path, lang: Lang) -> str | None:
    """Hold the key of ``path`` when it is an encrypted database; returns how it was found
    ("held", "keyring", "environment", "passphrase") or None for a plain or missing file."""
    from nrtd_desktop.safety import unlock

    path = Path(path)
    if not unlock.needs_unlock(path):
        return None
    found = unlock.without_asking(path)
    if found is not None:
        return found.source
    if not interactive():
        raise DatabaseError("db.encrypted_locked", path=str(path))
    last: DatabaseError | None = None
    for _try in range(TRIES):
        passphrase = ask("cli.passphrase_prompt", lang, path=str(path))
        try:
            return unlock.with_passphrase(path, passphrase, wait=True).source
        except DatabaseError as error:
            last = error
            print(f"nrtd: {error.text(lang)}", file=sys.stderr)
    assert last is not None
    raise last


def new_passphrase(lang: Lang, env: str = "NRTD_NEW_DB_PASSPHRASE") -> str:
    """A new passphrase: ``env`` (scripts; else ``NRTD_DB_PASSPHRASE`` for ``nrtd encrypt``),
    else typed twice on the terminal."""
    from nrtd_desktop.safety import unlock

    given = os.environ.get(env)
    if given:
        unlock.check_new_passphrase(given)
        return given
    if not interactive():
        raise DatabaseError("cli.new_passphrase_needed", env=env)
    first = ask("cli.new_passphrase_prompt", lang)
    unlock.check_new_passphrase(first, ask("cli.repeat_passphrase_prompt", lang))
    return first


PASSPHRASE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.new_passphrase_needed": (
        "A new passphrase is needed: set {env}, or run the command on a terminal to type it.",
        "يلزم تحديد عبارة مرور جديدة: اضبط {env}، أو شغّل الأمر في طرفية لكتابتها.",
    ),
}
