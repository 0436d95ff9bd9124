"""The window's answers of issue 16 in Arabic: the copied database asked once at start, the other
committee's package refused with the explicit choice to join, and a package for another entity
applied only after a tick."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.settings import Settings
from tests.exchange.conftest import MEMBER_ENTITY, PASSPHRASE, Laptop
from tests.exchange.test_committee import _other_committee


def test_a_copied_database_is_asked_once_at_start_and_becomes_a_new_site(
    qtbot: Any, app_ar: Any, coordinator: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.ui import backup_startup

    source = coordinator.services.safety.db_path
    site_a = coordinator.services.context.actor.site_id
    coordinator.services.close()
    copy = tmp_path / "laptop-b" / "nrtd.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(source, copy)
    monkeypatch.setenv("NRTD_INSTALLATION_ID", "laptop-b")
    asked: list[tuple[str, str, list[str]]] = []

    def answer_new(box: QMessageBox) -> int:
        asked.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.objectName() == "new").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_new)
    opened = backup_startup.open_services_with_dialogs(copy, Settings(user_name="x", language="ar"))
    assert opened is not None
    services, path = opened
    try:
        assert path == copy and services.context.actor.site_id != site_a
    finally:
        services.close()
    title, text, buttons = asked[0]
    assert title == "نُسخت قاعدة البيانات هذه من حاسوب آخر" and "حاسوب آخر" in text
    assert "اجعلها موقعاً جديداً (مستحسن)" in buttons and "خروج" in buttons
    asked.clear()
    again = backup_startup.open_services_with_dialogs(copy, Settings(user_name="x", language="ar"))
    assert again is not None and asked == []  # once only
    again[0].close()


def test_another_committees_package_offers_to_join_and_nothing_else(
    qtbot: Any, app_ar: Any, coordinator: Laptop, new_laptop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nrtd_desktop.ui.exchange_menu import other_committee_box

    other = _other_committee(new_laptop, code="NGO")
    package = other.export("from-other.nrtdpkg", whole_plan=True)
    with pytest.raises(NrtdError) as refused:
        coordinator.review(package)
    box = other_committee_box(refused.value.text("ar"))
    qtbot.addWidget(box)
    names = {b.text(): b.objectName() for b in box.buttons()}
    assert box.windowTitle() == "حزمة من لجنة أخرى" and "لجنة أخرى" in box.text()
    assert names["انضم إلى تلك اللجنة وراجع الحزمة"] == "join_committee"
    assert box.defaultButton().text() == "ارفض الحزمة"  # refusing is the default
    review = coordinator.services.exchange.review(package, PASSPHRASE, role="coordinator", lang="ar",
                                                  join_committee=True)
    assert any(n.key == "exchange.warn_joining" for n in review.plan.warnings)


def test_a_package_for_another_entity_is_applied_only_after_the_tick(
    qtbot: Any, app_ar: Any, coordinator: Laptop, new_laptop: Any
) -> None:
    from nrtd_desktop.ui.exchange_review import MergeReviewDialog

    moi = new_laptop("moi", "MOI")
    review = moi.review(coordinator.export("to-moj.nrtdpkg", entity_codes=(MEMBER_ENTITY,)))
    dialog = MergeReviewDialog(moi.services, review, "ar")
    qtbot.addWidget(dialog)
    warnings = [label.text() for label in dialog.findChildren(QLabel, "review_warning")]
    assert any(MEMBER_ENTITY in text and "MOI" in text for text in warnings)
    tick = dialog.findChild(QCheckBox, "confirm_other_entity")
    assert tick is not None and tick.text() == "طبّق هذه الحزمة على هذا الحاسوب رغم ذلك"
    assert not dialog.apply_button.isEnabled()
    tick.setChecked(True)
    assert dialog.apply_button.isEnabled() and review.confirmed
    tick.setChecked(False)
    assert not dialog.apply_button.isEnabled() and not review.confirmed
