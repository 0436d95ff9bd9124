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

    # Back: an entity's laptop sends its slice; the server takes it as one more site.
    from nrtd_desktop.app import open_services
    from nrtd_desktop.settings import Settings, save_settings
    from tests.raw_db import Raw

    with Raw(laptop) as raw:
        action = raw.execute("SELECT a.id FROM actions a JOIN entities e ON e.id = a.lead_entity_id"
                             " WHERE e.code = 'MOJ' ORDER BY a.id").fetchone()[0]
    save_settings(Settings(role="member", user_entity="MOJ", user_name="Sara"))
    services = open_services(laptop)
    services.plan.update_action(action, {"title_en": "Sent from the Ministry of Justice laptop"})
    services.close()
    assert main(["package", "export", "--entity", "MOJ", "--db", laptop, str(tmp_path / "moj.nrtdpkg")]) == 0
    capsys.readouterr()
    assert main(["package", "import", "--dry-run", "--db", pg_demo_url, str(tmp_path / "moj.nrtdpkg")]) == 0
    # Only the action: a time saved on the server (timestamptz, aware) is no conflict with the
    # same time from a laptop's file (naive UTC).
    assert "conflicts: 1," in capsys.readouterr().out
    # The first package of a laptop that joined from a package shows its edits as conflicts on
    # SQLite too (the exchange's rule, not the server's): the coordinator settles them.
    assert main(["package", "import", "--resolve", "theirs", "--db", pg_demo_url,
                 str(tmp_path / "moj.nrtdpkg")]) == 0
    with Raw(pg_demo_url) as raw:
        assert raw.execute("SELECT title_en FROM actions WHERE id = ?", (action,)).fetchone()[0] == (
            "Sent from the Ministry of Justice laptop")
