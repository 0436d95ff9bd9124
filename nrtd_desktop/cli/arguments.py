"""Argument errors as validation messages in the user's language.

argparse prints its own English ("nrtd list: error: argument --limit: invalid int value") and
exits; Python turns invalid UTF-8 in the command line into lone surrogates that break the first
print or database query ("unexpected error"); a number too large for SQLite overflows in the
query. Here every one of them is an :class:`ArgumentsError` (a ``ValidationError``) whose message
is in Arabic or English, exit status 2 (argparse's), nothing done:

- :class:`Parser` is the ``ArgumentParser`` of ``nrtd`` and of all its subcommands: its
  ``error`` reads argparse's message (Python's own wording, matched below) into a message key;
- :func:`check_text` refuses arguments that are not valid text, before parsing;
- :func:`whole_number` and :func:`fraction` are argparse types with a range: a bad value is a
  plain ``ValidationError`` (exit status 1, as before for ``--cycle three``).

The language of the message is ``--lang`` wherever it stands on the command line, else
``NRTD_LANG``, else English (:func:`language_of`), as for every other message of the command.
"""

from __future__ import annotations

import argparse
import math
import os
import re
from collections.abc import Callable, Sequence
from typing import NoReturn

from nrtd_desktop.cli import help_ar
from nrtd_desktop.domain.errors import NrtdError, ValidationError
from nrtd_desktop.domain.lang import Lang, as_lang

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "cli.not_text": (
        "The argument '{value}' is not valid text (it is not UTF-8): type it again; if it is a file "
        "name, rename the file.",
        "الوسيط «{value}» ليس نصاً صحيحاً (ليس بترميز UTF-8): اكتبه من جديد، وإن كان اسم ملف فأعد "
        "تسميته.",
    ),
    "cli.unrecognized": (
        "{prog}: unknown option or argument: {args}. See '{prog} --help'.",
        "{prog}: خيار أو وسيط غير معروف: {args}. اطّلع على '{prog} --help'.",
    ),
    "cli.required": (
        "{prog}: this is required: {args}. See '{prog} --help'.",
        "{prog}: هذا مطلوب: {args}. اطّلع على '{prog} --help'.",
    ),
    "cli.invalid_choice": (
        "{prog}: {argument} cannot be '{value}'; choose one of: {choices}.",
        "{prog}: لا يمكن أن تكون قيمة {argument} «{value}»؛ اختر واحدة من: {choices}.",
    ),
    "cli.invalid_value": (
        "{prog}: '{value}' is not a valid value for {argument}.",
        "{prog}: «{value}» ليست قيمة صحيحة للخيار {argument}.",
    ),
    "cli.expected_value": (
        "{prog}: {argument} needs a value.",
        "{prog}: الخيار {argument} يحتاج إلى قيمة.",
    ),
    "cli.not_together": (
        "{prog}: {argument} cannot be used together with {other}.",
        "{prog}: لا يمكن استعمال {argument} مع {other} في الأمر نفسه.",
    ),
    "cli.one_required": (
        "{prog}: one of {args} is required.",
        "{prog}: يلزم ذكر واحد من {args}.",
    ),
    "cli.ambiguous": (
        "{prog}: the option {option} could be any of {matches}: write it in full.",
        "{prog}: الخيار {option} قد يعني أياً من {matches}: اكتبه كاملاً.",
    ),
    "cli.bad_arguments": (
        "{prog}: the command line is not right ({detail}). See '{prog} --help'.",
        "{prog}: سطر الأوامر غير صحيح ({detail}). اطّلع على '{prog} --help'.",
    ),
}

# Python's argparse messages (3.11 to 3.13), most specific first: (pattern, key, parameter names).
_ARGPARSE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"^argument (?P<argument>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)$",
         "cli.invalid_choice"),
        (r"^argument (?P<argument>.+?): invalid \S+ value: (?P<value>.+)$", "cli.invalid_value"),
        (r"^argument (?P<argument>.+?): expected (?:one|at least one|\d+) arguments?$", "cli.expected_value"),
        (r"^argument (?P<argument>.+?): not allowed with argument (?P<other>.+)$", "cli.not_together"),
        (r"^argument (?P<argument>.+?): ignored explicit argument (?P<value>.+)$", "cli.invalid_value"),
        (r"^unrecognized arguments: (?P<args>.+)$", "cli.unrecognized"),
        (r"^the following arguments are required: (?P<args>.+)$", "cli.required"),
        (r"^one of the arguments (?P<args>.+) is required$", "cli.one_required"),
        (r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$", "cli.ambiguous"),
    )
)


MAX_ROWS = 1_000_000_000  # a "--limit" larger than any register, far below SQLite's integers
MAX_CYCLE = 20  # UPR cycles (the fourth runs 2022-2027); the same bound as the register's filter


class ArgumentsError(ValidationError):
    """A command line that cannot be run: the message in both languages; exit status 2."""


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" else value


def from_argparse(message: str, prog: str) -> ArgumentsError:
    for pattern, key in _ARGPARSE:
        found = pattern.match(message.strip())
        if found:
            params = {name: value if name == "choices" else _unquote(value)
                      for name, value in found.groupdict().items()}
            if "choices" in params:
                params["choices"] = ", ".join(_unquote(c.strip()) for c in params["choices"].split(","))
            return ArgumentsError(key, prog=prog, **params)
    return ArgumentsError("cli.bad_arguments", prog=prog, detail=message.strip())


# The language of ``--help`` (main() sets it from the command line before parsing).
HELP_LANG: Lang = "en"


class _InLanguage:
    """argparse's help in :data:`HELP_LANG`: its own words, every help text, description and
    placeholder through ``cli/help_ar.py`` (a text it lacks stays English)."""

    def _ar(self) -> bool:
        return HELP_LANG == "ar"

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        if self._ar() and prefix is None:
            prefix = help_ar.ARGPARSE_AR["usage: "]
        return super().add_usage(usage, actions, groups, prefix)  # type: ignore[misc]

    def start_section(self, heading):  # type: ignore[no-untyped-def]
        if self._ar() and heading:
            heading = help_ar.ARGPARSE_AR.get(heading, heading)
        return super().start_section(heading)  # type: ignore[misc]

    def add_text(self, text):  # type: ignore[no-untyped-def]
        if self._ar() and text and text is not argparse.SUPPRESS:
            text = help_ar.help_ar(text) or text
        return super().add_text(text)  # type: ignore[misc]

    def _get_help_string(self, action):  # type: ignore[no-untyped-def]
        text = super()._get_help_string(action)  # type: ignore[misc]
        if self._ar() and text:
            return help_ar.ARGPARSE_AR.get(text) or help_ar.help_ar(text) or text
        return text

    def _metavar_formatter(self, action, default_metavar):  # type: ignore[no-untyped-def]
        format_ = super()._metavar_formatter(action, default_metavar)  # type: ignore[misc]
        if not self._ar():
            return format_

        def translated(size: int) -> tuple[str, ...]:
            return tuple(help_ar.METAVARS_AR.get(part, part) for part in format_(size))

        return translated


class HelpFormatter(_InLanguage, argparse.HelpFormatter):
    pass


class RawDescriptionHelpFormatter(_InLanguage, argparse.RawDescriptionHelpFormatter):
    pass


class Parser(argparse.ArgumentParser):
    """``ArgumentParser`` whose errors are :class:`ArgumentsError` and whose help speaks the
    user's language (subparsers are made of the parser's own class, so every subcommand has
    both)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        chosen = kwargs.get("formatter_class", argparse.HelpFormatter)
        if issubclass(chosen, argparse.RawDescriptionHelpFormatter):
            kwargs["formatter_class"] = RawDescriptionHelpFormatter
        elif chosen is argparse.HelpFormatter:
            kwargs["formatter_class"] = HelpFormatter
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise from_argparse(message, self.prog)


def say(error: NrtdError, lang: Lang) -> str:
    """The line to print: the message, after "nrtd: " unless it names the command itself."""
    text = error.text(lang)
    return text if text.startswith("nrtd") else f"nrtd: {text}"


def shown(value: str) -> str:
    """An argument as it can be printed: the bytes that are not UTF-8 as ``\\xff``."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_text(argv: Sequence[str]) -> None:
    """Refuse an argument holding bytes that are not UTF-8 (Python's lone surrogates)."""
    for value in argv:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ArgumentsError("cli.not_text", value=shown(value)) from None


def language_of(argv: Sequence[str]) -> Lang:
    """``--lang`` wherever it is on the command line, else ``NRTD_LANG``, else English."""
    found = None
    for index, value in enumerate(argv):
        if value == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif value.startswith("--lang="):
            found = value.partition("=")[2]
    if found not in ("ar", "en"):
        found = os.environ.get("NRTD_LANG")
    return as_lang(found)


def whole_number(field: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else a ``ValidationError`` (a
    bad value, exit status 1 like every other; argparse's own errors are the command line's, 2)."""

    def parse(text: str) -> int:
        try:
            value = int(str(text).strip())
        except ValueError:
            raise ValidationError("validation.out_of_range", field=field, low=low, high=high) from None
        if not low <= value <= high:
            raise ValidationError("validation.out_of_range", field=field, low=low, high=high)
        return value

    parse.__name__ = "number"
    return parse


def fraction(field: str, low: float = 0.0, high: float = 1.0) -> Callable[[str], float]:
    """An argparse type: a decimal number from ``low`` to ``high`` (not "nan" or "inf")."""

    def parse(text: str) -> float:
        try:
            value = float(str(text).strip())
        except ValueError:
            raise ValidationError("validation.out_of_range", field=field, low=low, high=high) from None
        if math.isnan(value) or not low <= value <= high:
            raise ValidationError("validation.out_of_range", field=field, low=low, high=high)
        return value

    parse.__name__ = "number"
    return parse

