"""The server is one more site of the exchange (issue 24): ``nrtd package export|import --db
postgresql://…`` between the server and a laptop, the role taken from the login, not the settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.cli.main import main


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NRTD_PASSPHRASE", "committee passphrase for tests")


def stats(db: str, capsys: Any) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["stats", "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_server_and_a_laptop_exchange_packages(pg_demo_url: str, tmp_path: Path, capsys: Any) -> None:
    laptop = str(tmp_path / "laptop.sqlite")
    # The administrator's login is the coordinator on the server: the whole plan, no settings needed.
    assert main(["package", "export", "--all", "--db", pg_demo_url, str(tmp_path / "server.nrtdpkg")]) == 0
    package = str(tmp_path / "server.nrtdpkg")
    assert main(["package", "import", "--join-committee", "--db", laptop, package]) == 0
    on_server, on_laptop = stats(pg_demo_url, capsys), stats(laptop, capsys)
    for key in ("actions", "indicators", "progress_updates", "challenges"):
        assert on_laptop[key] == on_server[key] > 0, key
