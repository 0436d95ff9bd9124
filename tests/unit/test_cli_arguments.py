"""Every argument error is a validation message in the user's language (issue 16, fault 7).

Invalid UTF-8 in an argument, a number too large for the database, and argparse's own errors
(unknown option, missing value, a bad choice) are one sentence in Arabic or English on stderr,
never "unexpected error" and never a traceback. Exit status 2 when the command line cannot be
read (argparse's convention), 1 for a value out of range (like every other bad value).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nrtd_desktop.cli.main import main

ARABIC = set("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    _out, err = capsys.readouterr()
    return code, err


def _is_arabic_sentence(text: str) -> bool:
    return sum(ch in ARABIC for ch in text) > 10


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["list", "--entity", "\udcff\udcfe"], 2),  # what Python makes of invalid UTF-8 in sys.argv
        (["history", "--ref", "UPR-\udce9"], 2),
        (["list", "--cycle", "99999999999999999999999"], 1),
        (["list", "--cycle", "-4"], 1),
        (["list", "--limit", "99999999999999999999999"], 1),
        (["list", "--limit", "abc"], 1),
        (["list", "--bogus"], 2),
        (["list", "--position"], 2),
        (["report", "pln", "out.pdf"], 2),
        (["history"], 2),
        (["nonsense"], 2),
        (["priority", "judge", "--ref", "UPR-3-10-2", "--value", "9" * 30], 1),
        (["plan", "health", "--stale-days", "9" * 30], 1),
        (["duplicates", "--threshold", "nan"], 1),
    ],
)
def test_argument_errors_are_validation_messages_in_arabic(
    demo_db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], status: int
) -> None:
    code, err = run(capsys, "--lang", "ar", "--db", str(demo_db), *argv)
    assert code == status, err
    assert "unexpected" not in err and "Traceback" not in err
    assert "error:" not in err  # not argparse's English
    assert _is_arabic_sentence(err), err
    code, err = run(capsys, "--lang", "en", "--db", str(demo_db), *argv)
    assert code == status and "unexpected" not in err and err.startswith("nrtd"), err
    assert not _is_arabic_sentence(err), err


def test_the_language_given_after_the_command_counts_too(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "list", "--db", str(demo_db), "--cycle", "9" * 23, "--lang", "ar")
    assert code == 1 and _is_arabic_sentence(err), err


def test_invalid_utf8_bytes_in_a_real_command_line(demo_db: Path) -> None:
    """The bytes as a shell passes them: Python decodes them to surrogate escapes."""
    env = {**os.environ, "NRTD_LANG": "ar", "PYTHONUTF8": "1"}
    argv = [os.fsencode(sys.executable), b"-m", b"nrtd_desktop.cli.main", b"--db", os.fsencode(str(demo_db)),
            b"list", b"--search", b"\xff\xfeabc"]
    done = subprocess.run(argv, env=env, capture_output=True)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "unexpected" not in err and _is_arabic_sentence(err), err


def test_help_and_version_still_work(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(["list", "--help"])
    assert done.value.code == 0 and "--count" in capsys.readouterr().out
