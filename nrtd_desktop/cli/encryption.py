"""``nrtd encrypt``, ``nrtd decrypt``, ``nrtd passphrase``: the database encrypted at rest.

- ``nrtd encrypt``: a plain database (closed) and its backups encrypted with a new passphrase
  (typed twice, or ``NRTD_NEW_DB_PASSPHRASE`` / ``NRTD_DB_PASSPHRASE``); the recovery key is
  printed once, for the coordinator's safe. ``--create`` makes a new database encrypted.
- ``nrtd decrypt --yes``: back to plain (the database and its backups).
- ``nrtd passphrase``: change it (current from the keyring, ``NRTD_DB_PASSPHRASE`` or a prompt;
  ``--recovery`` opens with the printed recovery key instead); ``--remember`` / ``--forget`` the
  key in this computer's keyring; ``--new-recovery-key`` prints a new recovery key.
"""

from __future__ import annotations

import argparse
import os
import sys

from nrtd_desktop.cli import common
from nrtd_desktop.cli.unlock import ask, interactive, new_passphrase
from nrtd_desktop.domain.errors import DatabaseError, NrtdError, render_message
from nrtd_desktop.domain.lang import Lang

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.recovery_once": (
        "RECOVERY KEY (shown this once; print it or write it down for the coordinator's safe; it opens the "
        "database if the passphrase is forgotten):",
        "مفتاح الاسترداد (يُعرض هذه المرة فقط؛ اطبعه أو دوّنه ليحفظه المنسّق في الخزنة؛ يفتح قاعدة البيانات "
        "إذا نُسيت عبارة المرور):",
    ),
    "cli.decrypt_confirm": (
        "Decrypting leaves '{path}' and its backups readable by anyone who has the files. Run again with "
        "--yes to do it.",
        "فك التشفير يجعل «{path}» ونسخها الاحتياطية مقروءة لكل من يملك الملفات. أعد الأمر مع ‎--yes لتنفيذه.",
    ),
    "cli.remembered": (
        "The key is remembered on this computer (keyring).",
        "حُفظ المفتاح على هذا الحاسوب (سلسلة المفاتيح).",
    ),
    "cli.forgotten": (
        "The key is no longer remembered on this computer.",
        "لم يعد المفتاح محفوظاً على هذا الحاسوب.",
    ),
    "cli.skipped_backups": (
        "Left as they were: {items}",
        "تُركت كما هي: {items}",
    ),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = subparsers.add_parser("encrypt", help="encrypt the database and its backups with a passphrase")
    common.add_db_option(encrypt)
    encrypt.add_argument("--create", action="store_true",
                         help="make a new database, encrypted from the start")
    encrypt.add_argument("--remember", action="store_true", help="keep the key in this computer's keyring")
    encrypt.set_defaults(handler=run_encrypt)

    decrypt = subparsers.add_parser("decrypt", help="make the database and its backups plain again")
    common.add_db_option(decrypt)
    decrypt.add_argument("--yes", action="store_true", help="really decrypt")
    decrypt.set_defaults(handler=run_decrypt)

    passphrase = subparsers.add_parser("passphrase", help="change the passphrase; remember or forget the key")
    common.add_db_option(passphrase)
    what = passphrase.add_mutually_exclusive_group()
    what.add_argument("--remember", action="store_true", help="keep the key in this computer's keyring only")
    what.add_argument("--forget", action="store_true", help="remove the key from this computer's keyring")
    what.add_argument("--new-recovery-key", action="store_true", help="print a new recovery key")
    passphrase.add_argument("--recovery", action="store_true",
                            help="open with the printed recovery key (a forgotten passphrase)")
    passphrase.set_defaults(handler=run_passphrase)


def _print_recovery(text: str, lang: Lang) -> None:
    print(render_message("cli.recovery_once", {}, lang))
    print()
    print(f"    {text}")
    print()


def run_encrypt(args: argparse.Namespace) -> int:
    from nrtd_desktop.app import create_encrypted
    from nrtd_desktop.safety import encryption

    lang = common.message_language(args)
    path = common.file_db_path(args, "encryption.server")
    env = "NRTD_NEW_DB_PASSPHRASE" if os.environ.get("NRTD_NEW_DB_PASSPHRASE") else "NRTD_DB_PASSPHRASE"
    passphrase = new_passphrase(lang, env)
    if args.create:
        services, made = create_encrypted(path, passphrase, remember=args.remember,
                                                     progress=common.migration_progress(args))
        services.close()
        print(render_message("encryption.done", {"path": str(path), "backups": 0}, lang))
        _print_recovery(made.text, lang)
        _say_remembered(args.remember, lang)
        return 0
    result = encryption.encrypt_database(path, passphrase, remember=args.remember)
    print(render_message("encryption.done", {"path": str(path), "backups": len(result.backups)}, lang))
    if result.skipped:
        skipped = render_message("cli.skipped_backups", {"items": "; ".join(result.skipped)}, lang)
        print(skipped, file=sys.stderr)
    if result.left_plain:
        names = ", ".join(p.name for p in result.left_plain)
        print("nrtd: " + render_message("encryption.left_plain", {"names": names}, lang), file=sys.stderr)
    assert result.recovery is not None
    _print_recovery(result.recovery.text, lang)
    if args.remember and result.remembered is not None and not result.remembered.ok:
        print("nrtd: " + render_message("keystore.unavailable", {"reason": result.remembered.reason}, lang),
              file=sys.stderr)
    elif args.remember:
        print(render_message("cli.remembered", {}, lang))
    return 0


def _say_remembered(asked: bool, lang: Lang) -> None:
    from nrtd_desktop.safety import keystore

    if not asked:
        return
    state = keystore.availability()
    if state.ok:
        print(render_message("cli.remembered", {}, lang))
    else:
        sentence = render_message("keystore.unavailable", {"reason": state.reason}, lang)
        print(f"nrtd: {sentence}", file=sys.stderr)


def run_decrypt(args: argparse.Namespace) -> int:
    from nrtd_desktop.safety import encryption

    lang = common.message_language(args)
    path = common.file_db_path(args, "encryption.server")
    if not args.yes:
        raise NrtdError("cli.decrypt_confirm", path=str(path))
    result = encryption.decrypt_database(path)
    print(render_message("encryption.decrypted", {"path": str(path), "backups": len(result.backups)}, lang))
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    from nrtd_desktop.db import cipher
    from nrtd_desktop.safety import encryption, keystore, unlock

    lang = common.message_language(args)
    path = common.file_db_path(args, "encryption.server")
    key = cipher.key_for_file(path, required=False)
    if key is None and args.recovery:
        if not interactive():
            raise DatabaseError("db.encrypted_locked", path=str(path))
        key = unlock.with_recovery_key(path, ask("cli.recovery_prompt", lang)).key
    if key is None:
        raise DatabaseError("encryption.not_encrypted" if cipher.is_plain(path) else "db.encrypted_locked",
                            path=str(path))
    if args.forget:
        keystore.forget(key.salt)
        print(render_message("cli.forgotten", {}, lang))
        return 0
    if args.remember:
        state = keystore.remember(cipher.known_keys(key.salt))
        if not state.ok:
            raise NrtdError("keystore.unavailable", reason=state.reason)
        print(render_message("cli.remembered", {}, lang))
        return 0
    services = common.open_services(args)
    try:
        if args.new_recovery_key:
            _print_recovery(encryption.new_recovery_key(services).text, lang)
            return 0
        current = _current_passphrase(args, lang, key)
        encryption.change_passphrase(services, current, new_passphrase(lang))
    finally:
        services.close()
    print(render_message("encryption.changed", {"path": str(path)}, lang))
    return 0


def _current_passphrase(args: argparse.Namespace, lang: Lang, key: object) -> str | None:
    """What proves the person may change it: the passphrase, or (``--recovery``) the recovery
    key they just typed, which already gave the key."""
    from nrtd_desktop.safety.unlock import PASSPHRASE_ENV

    if args.recovery:
        return None  # the recovery key just typed opened it
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not interactive():
        raise DatabaseError("cli.new_passphrase_needed", env=PASSPHRASE_ENV)
    return ask("cli.current_passphrase_prompt", lang)

