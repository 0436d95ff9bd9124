"""Entry point of the frozen ``nrtd`` command (``nrtd selfcheck`` checks the install)."""

from nrtd_desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
