"""Entry point of the frozen ``nrtd-desktop`` (the window; ``--self-check`` checks the install).

On Linux the bundle has this one executable and ``nrtd`` is a link to it (packaging/nrtd.spec):
started by that name, it is the command line.
"""

import os
import sys


def _main() -> int:
    name = os.path.basename(sys.argv[0] if sys.argv else "")
    if name in ("nrtd", "nrtd.exe"):
        from nrtd_desktop.cli.main import main as command_line

        return command_line()
    from nrtd_desktop.ui.launch import main as window

    return window()


if __name__ == "__main__":
    raise SystemExit(_main())
