"""Entry point of the frozen ``nrtd-desktop`` (the window; ``--self-check`` checks the install)."""

from nrtd_desktop.ui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
