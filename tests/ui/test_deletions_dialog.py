"""Edit → Deleted records…: the deletions of any session, put back from the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from tests.ui.sample_data import SAMPLE


def test_a_deleted_cluster_comes_back_by_undo_and_from_the_list(
    window: Any, qtbot: Any, services: Any, monkeypatch: Any
) -> None:
    from nrtd_desktop.ui.deletions_dialog import DeletionsDialog

    page = window.areas["clusters"]
    cluster = page.current_cluster()
    assert cluster is not None
    members = {r.id for r in services.recommendations.list(limit=None) if r.cluster}
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.delete_cluster()
    assert cluster.id not in {c.id for c in services.clusters.list()}
    window.undo_action.trigger()  # Ctrl+Z: the same cluster, with its members
    assert cluster.id in {c.id for c in services.clusters.list()}
    assert members == {r.id for r in services.recommendations.list(limit=None) if r.cluster}

    window.redo_action.trigger()
    dialog = DeletionsDialog(services, "ar", parent=window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert cluster.name_ar in dialog.table.item(0, 2).text()
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.table.setCurrentCell(0, 0)  # as a click on the row does
    assert dialog.restore_button.isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert dialog.restore_selected(), warnings
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    assert cluster.id in {c.id for c in services.clusters.list()}
    assert len(SAMPLE) == services.recommendations.count()
