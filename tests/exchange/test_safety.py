"""Packages that must change nothing: imported twice, damaged, forged, wrong key, newer, unsafe;
and packages that arrive late or out of order, which lose nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from nrtd_desktop.exchange import export as export_module
from nrtd_desktop.exchange.manifest import FORMAT_VERSION, MANIFEST_NAME
from nrtd_desktop.exchange.messages import ExchangeError
from nrtd_desktop.safety.backup import list_backups
from tests.exchange.conftest import MEMBER_ENTITY, Laptop


def _state(laptop: Laptop) -> tuple[Any, int]:
    return laptop.records(), laptop.history_count()


def _refused(laptop: Laptop, package: Path, key: str, passphrase: str | None = None) -> ExchangeError:
    before = _state(laptop)
    with pytest.raises(ExchangeError) as error:
        if passphrase is None:
            laptop.import_(package)
        else:
            laptop.services.exchange.apply(laptop.review(package, passphrase))
    assert error.value.key == key, error.value.text("en")
    assert _state(laptop) == before
    return error.value


def _member_sends_a_change(member: Laptop, name: str, **changes: Any) -> tuple[Path, str]:
    update = sorted(member.records()["progress_updates"])[0]
    member.edit("progress_updates", update, **changes)
    return member.export(name, since_last=True), update


def test_the_same_package_twice_changes_nothing(coordinator: Laptop, member: Laptop, tmp_path: Path) -> None:
    package, update = _member_sends_a_change(member, "moj.nrtdpkg", percent=55)
    coordinator.import_(package)
    assert coordinator.get("progress_updates", update)["percent"] == 55  # type: ignore[index]
    before = _state(coordinator)
    review = coordinator.review(package)
    assert review.plan.already_applied and review.plan.is_empty()
    assert "already imported" in review.plan.warnings[0].text("en")
    result = coordinator.services.exchange.apply(review)
    assert result.already_applied
    assert _state(coordinator) == before


def test_a_snapshot_is_taken_before_the_merge(coordinator: Laptop, member: Laptop) -> None:
    package, _update = _member_sends_a_change(member, "moj.nrtdpkg", percent=56)
    assert not [b for b in list_backups(stem="demo", with_counts=False) if b.reason == "before-merge"]
    coordinator.import_(package)
    [snapshot] = [b for b in list_backups(stem="demo") if b.reason == "before-merge"]
    assert snapshot.recommendations == coordinator.services.recommendations.count()


def test_packages_out_of_order_keep_the_newest_values(coordinator: Laptop, member: Laptop) -> None:
    first, update = _member_sends_a_change(member, "moj-1.nrtdpkg", percent=60, evidence="أولى")
    second, _ = _member_sends_a_change(member, "moj-2.nrtdpkg", percent=70)
    coordinator.import_(second)
    review = coordinator.review(first)
    assert review.plan.stale == 1 and review.plan.is_empty()
    assert any(w.key == "exchange.warn_out_of_order" for w in review.plan.warnings)
    coordinator.services.exchange.apply(review)
    assert coordinator.get("progress_updates", update) == member.get("progress_updates", update)
    assert coordinator.get("progress_updates", update)["percent"] == 70  # type: ignore[index]


def test_a_gap_in_the_sequence_is_accepted_and_the_missing_package_still_counts(
    coordinator: Laptop, member: Laptop
) -> None:
    updates = sorted(member.records()["progress_updates"])
    member.edit("progress_updates", updates[0], percent=61)
    first = member.export("moj-1.nrtdpkg", since_last=True)
    member.edit("progress_updates", updates[1], percent=62)
    second = member.export("moj-2.nrtdpkg", since_last=True)
    review = coordinator.review(second)
    [warning] = review.plan.warnings
    assert warning.key == "exchange.warn_gap" and "1" in warning.params["missing"]
    assert "قبل" in warning.text("ar")
    coordinator.services.exchange.apply(review)
    coordinator.import_(first)  # the missing package arrives at last
    for update in updates[:2]:
        assert coordinator.get("progress_updates", update) == member.get("progress_updates", update)


def test_a_flipped_byte_anywhere_is_refused(coordinator: Laptop, member: Laptop, tmp_path: Path) -> None:
    """Header, manifest, key check, encrypted parts, central directory, the file's MAC: all of them."""
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=63)
    good = package.read_bytes()
    before = _state(coordinator)
    positions = sorted(
        {
            0,
            5,
            40,
            len(good) // 3,
            len(good) // 2,
            len(good) - 200,
            len(good) - 100,
            len(good) - 40,
            len(good) - 1,
            *range(60, len(good), max(1, len(good) // 25)),
        }
    )
    damaged = tmp_path / "damaged.nrtdpkg"
    for position in positions:
        data = bytearray(good)
        data[position] ^= 0x01
        damaged.write_bytes(bytes(data))
        with pytest.raises(ExchangeError) as error:
            coordinator.import_(damaged)
        assert error.value.key in (
            "exchange.tampered",
            "exchange.wrong_passphrase",
            "exchange.not_a_package",
            "exchange.unsafe_entry",
        ), position
    assert len(positions) > 25
    assert _state(coordinator) == before
    coordinator.import_(package)  # the good copy still imports
    assert coordinator.review(package).plan.already_applied


def test_an_entry_marked_encrypted_by_a_changed_byte_is_refused(
    coordinator: Laptop, member: Laptop, tmp_path: Path
) -> None:
    """A flipped bit 0 of an entry's flags in the central directory made zipfile ask for a
    password (a RuntimeError): it is a tampered package like any other changed byte."""
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=63)
    good = package.read_bytes()
    before = _state(coordinator)
    entries = [i for i in range(len(good)) if good.startswith(b"PK\x01\x02", i)]  # central directory
    assert len(entries) >= 3
    damaged = tmp_path / "flags.nrtdpkg"
    for entry in entries:
        data = bytearray(good)
        data[entry + 8] ^= 0x01  # the general purpose flags: bit 0 says "encrypted"
        damaged.write_bytes(bytes(data))
        with pytest.raises(ExchangeError) as error:
            coordinator.import_(damaged)
        assert error.value.key == "exchange.tampered", entry
    assert _state(coordinator) == before


def test_a_wrong_passphrase_is_refused(coordinator: Laptop, member: Laptop) -> None:
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=64)
    error = _refused(coordinator, package, "exchange.wrong_passphrase", passphrase="not the committee phrase")
    assert "passphrase is wrong" in error.text("en") and "عبارة المرور غير صحيحة" in error.text("ar")


def _rewrite(
    package: Path, out: Path, change_manifest: Any = None, extra: dict[str, bytes] | None = None
) -> Path:
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == MANIFEST_NAME and change_manifest is not None:
                manifest = json.loads(data)
                change_manifest(manifest)
                data = json.dumps(manifest).encode()
            target.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out


def test_a_forged_manifest_is_refused(coordinator: Laptop, member: Laptop, tmp_path: Path) -> None:
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=65)

    def pose_as_another_entity(manifest: dict[str, Any]) -> None:
        manifest["sender"]["entity"] = "MOFA"

    forged = _rewrite(package, tmp_path / "forged.nrtdpkg", pose_as_another_entity)
    _refused(coordinator, forged, "exchange.tampered")


def test_a_newer_schema_is_refused(
    coordinator: Laptop, member: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "head_revision", lambda: "9999_future")
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=66)
    error = _refused(coordinator, package, "exchange.newer_format")
    assert "9999_future" in error.text("en") and "أحدث" in error.text("ar")


def test_a_newer_package_format_is_refused(coordinator: Laptop, member: Laptop, tmp_path: Path) -> None:
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=67)
    newer = _rewrite(
        package, tmp_path / "newer.nrtdpkg", lambda m: m.update(format_version=FORMAT_VERSION + 1)
    )
    _refused(coordinator, newer, "exchange.newer_format")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "parts/../../evil", "C:\\evil.txt"])
def test_an_unsafe_path_inside_is_refused(
    coordinator: Laptop, member: Laptop, tmp_path: Path, name: str
) -> None:
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=68)
    unsafe = _rewrite(package, tmp_path / "unsafe.nrtdpkg", extra={name: b"owned"})
    error = _refused(coordinator, unsafe, "exchange.unsafe_entry")
    assert name in error.text("en")
    assert not (tmp_path.parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()


def test_too_many_entries_are_refused(coordinator: Laptop, member: Laptop, tmp_path: Path) -> None:
    package, _ = _member_sends_a_change(member, "moj.nrtdpkg", percent=69)
    crowded = _rewrite(package, tmp_path / "crowded.nrtdpkg", extra={f"x{i}.bin": b"" for i in range(40)})
    _refused(coordinator, crowded, "exchange.too_large")


def test_a_file_that_is_not_a_package_is_refused(coordinator: Laptop, tmp_path: Path) -> None:
    text = tmp_path / "notes.nrtdpkg"
    text.write_text("hello", encoding="utf-8")
    _refused(coordinator, text, "exchange.tampered")


def test_a_package_made_here_is_not_imported_here(coordinator: Laptop) -> None:
    package = coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,))
    _refused(coordinator, package, "exchange.own_package")


def test_roles_guard_against_mistakes(coordinator: Laptop, member: Laptop, new_laptop: Any) -> None:
    with pytest.raises(ExchangeError) as error:
        member.export("all.nrtdpkg", whole_plan=True)
    assert error.value.key == "exchange.member_scope"
    with pytest.raises(ExchangeError):
        member.export("mofa.nrtdpkg", entity_codes=("MOFA",))
    # A member does not import another member's package: work goes through the coordinator.
    other = new_laptop("hrsd", "HRSD")
    other.import_(coordinator.export("to-hrsd.nrtdpkg", entity_codes=("HRSD",)))
    _refused(member, other.export("hrsd.nrtdpkg", since_last=True), "exchange.member_to_member")
    with pytest.raises(ExchangeError) as short:
        coordinator.services.exchange.export(
            coordinator.folder / "x.nrtdpkg", "short", export_module.ExportRequest(whole_plan=True)
        )
    assert short.value.key == "exchange.short_passphrase"
    assert not (coordinator.folder / "x.nrtdpkg").exists()
