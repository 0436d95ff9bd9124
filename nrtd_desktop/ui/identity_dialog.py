"""Who is working: the member's name and entity, asked once and kept in the settings.

Every recorded change carries them (the history's "who"). ``ask_identity_if_needed`` shows the
dialog only while the settings have no name, and puts the answer on the open services' actor.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.db.history import Actor
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.services import Services
from nrtd_desktop.settings import Settings, save_settings


class IdentityDialog(QDialog):
    def __init__(self, entities: list[tuple[str, str]], settings: Settings,
                 parent: QWidget | None = None) -> None:
        """``entities``: (code, name in the interface language)."""
        super().__init__(parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Who is working on this computer?"))
        intro = QLabel(self.tr("Your name and entity are written beside every change you make, so that the "
                               "committee knows who changed what. You are asked only once."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(settings.user_name, self)
        self.name_edit.setObjectName("identity_name")
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("identity_entity")
        self.entity_combo.addItem(self.tr("(no entity)"), "")
        for code, name in entities:
            self.entity_combo.addItem(f"{name} ({code})", code)
        index = self.entity_combo.findData(settings.user_entity)
        self.entity_combo.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Your entity"), self.entity_combo)
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(480, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def identity(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), str(self.entity_combo.currentData() or "")


def entity_choices(services: Services, lang: Lang) -> list[tuple[str, str]]:
    return [(e.code, e.label(lang)) for e in services.entities.list()]


def apply_identity(services: Services, settings: Settings, name: str, entity: str) -> Settings:
    """Keep the identity in the settings and make it the actor of the open services."""
    settings = settings.with_changes(user_name=name, user_entity=entity)
    save_settings(settings)
    current = services.context.actor
    services.context.actor = Actor(name=name, entity=entity, site_id=current.site_id)
    return settings


def ask_identity_if_needed(services: Services, settings: Settings, parent: QWidget | None = None) -> Settings:
    if settings.user_name.strip():
        return settings
    dialog = IdentityDialog(entity_choices(services, settings.language), settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return settings
    name, entity = dialog.identity()
    return apply_identity(services, settings, name, entity)
