"""``nrtd package export/import`` as a script uses them: passphrase from the environment, a clear
sentence and a non-zero exit when anything is wrong, nothing written then."""

from __future__ import annotations

from pathlib import Path

import pytest

from nrtd_desktop.cli.main import main
from nrtd_desktop.settings import Settings, save_settings
from tests.exchange.conftest import PASSPHRASE, open_laptop


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_laptop(monkeypatch: pytest.MonkeyPatch, folder: Path, role: str, entity: str) -> None:
    """Each laptop has its own settings (role and entity) in its own configuration folder."""
    config = folder / f"config-{role}-{entity}"
    save_settings(Settings(role=role, user_entity=entity, user_name=f"{role} {entity}"), config)  # type: ignore[arg-type]
    monkeypatch.setenv("NRTD_CONFIG_DIR", str(config))


def test_cli_round_trip_with_a_conflict(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NRTD_PASSPHRASE", PASSPHRASE)
    coordinator_db, member_db = str(demo_db), str(tmp_path / "moj" / "nrtd.sqlite")
    to_moj, from_moj = str(tmp_path / "to-moj.nrtdpkg"), str(tmp_path / "from-moj.nrtdpkg")

    as_laptop(monkeypatch, tmp_path, "coordinator", "HRC")
    code, out, err = run(capsys, "--db", coordinator_db, "package", "export", to_moj, "--entity", "MOJ")
    assert code == 0, err
    assert "to-moj.nrtdpkg" in out

    as_laptop(monkeypatch, tmp_path, "member", "MOJ")
    code, out, err = run(capsys, "--db", member_db, "package", "import", to_moj)
    assert code == 0, err
    assert "new:" in out

    member = open_laptop(Path(member_db), "member", "MOJ", "member")
    rec = member.recommendation_led_by("MOJ")
    member.edit("recommendations", rec, notes="ملاحظة الوزارة")
    member.services.close()
    code, out, err = run(capsys, "--db", member_db, "package", "export", from_moj, "--since-last")
    assert code == 0, err
    code, _out, err = run(
        capsys, "--db", member_db, "package", "export", str(tmp_path / "x.nrtdpkg"), "--all"
    )
    assert code == 1 and "member exports" in err

    as_laptop(monkeypatch, tmp_path, "coordinator", "HRC")
    coordinator = open_laptop(demo_db, "Coordinator", "HRC", "coordinator")
    coordinator.edit("recommendations", rec, notes="ملاحظة المنسق")
    before = coordinator.records(), coordinator.history_count()
    coordinator.services.close()

    code, out, err = run(capsys, "--db", coordinator_db, "package", "import", from_moj, "--dry-run")
    assert code == 0, err
    assert "conflicts: 1" in out and "ملاحظة المنسق" in out and "ملاحظة الوزارة" in out and "Dry run" in out
    code, out, err = run(capsys, "--db", coordinator_db, "package", "import", from_moj)
    assert code == 1 and "not resolved" in err
    code, _out, err = run(capsys, "--db", coordinator_db, "--lang", "ar", "package", "import", from_moj)
    assert code == 1 and "لم يُحسم" in err

    monkeypatch.setenv("NRTD_PASSPHRASE", "a wrong passphrase")
    code, out, err = run(capsys, "--db", coordinator_db, "package", "import", from_moj, "--resolve", "theirs")
    assert code == 1 and err.startswith("nrtd: The passphrase is wrong") and err.count("\n") == 1
    damaged = tmp_path / "damaged.nrtdpkg"
    data = bytearray(Path(from_moj).read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    monkeypatch.setenv("NRTD_PASSPHRASE", PASSPHRASE)
    code, out, err = run(
        capsys, "--db", coordinator_db, "package", "import", str(damaged), "--resolve", "theirs"
    )
    assert code == 1 and "changed or damaged" in err

    coordinator = open_laptop(demo_db, "Coordinator", "HRC", "coordinator")
    assert (coordinator.records(), coordinator.history_count()) == before  # nothing written by any of those
    coordinator.services.close()

    code, out, err = run(capsys, "--db", coordinator_db, "package", "import", from_moj, "--resolve", "theirs")
    assert code == 0, err
    coordinator = open_laptop(demo_db, "Coordinator", "HRC", "coordinator")
    assert coordinator.get("recommendations", rec)["notes"] == "ملاحظة الوزارة"  # type: ignore[index]
    assert coordinator.history(rec, "notes")[-1].old_value == "ملاحظة المنسق"
    coordinator.services.close()
    code, out, _err = run(capsys, "--db", coordinator_db, "package", "import", from_moj)
    assert code == 0 and "already imported" in out
