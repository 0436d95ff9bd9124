""""Protect the file with a password", offered by the export dialogs (xlsx, PDF).

:class:`ProtectBox` is the tick box with the password typed twice (the Excel export dialog holds
one); :func:`ask_file_password` asks for it in a small dialog (the reports page, when its tick
box is on). The encryption itself is ``exporters/protect.py``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.domain.errors import NrtdError
from nrtd_desktop.domain.lang import Lang


class ProtectBox(QWidget):
    def __init__(self, parent: QWidget | None = None, *, checked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("protect_box")
        self.enabled = QCheckBox(self.tr("Protect the file with a password"), self)
        self.enabled.setObjectName("protect_enabled")
        self.enabled.setToolTip(self.tr("Whoever opens the file (Excel, a PDF reader) is asked for the "
                                        "password. Give it to the recipients another way than the file."))
        self.password = QLineEdit(self)
        self.password.setObjectName("protect_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("protect_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.fields)
        self.enabled.toggled.connect(self.fields.setVisible)
        self.enabled.setChecked(checked)
        self.fields.setVisible(checked)

    def chosen_password(self) -> str:
        """"" when the file is not to be protected; raises ``NrtdError`` for a short or
        mistyped password."""
        if not self.enabled.isChecked():
            return ""
        from nrtd_desktop.exporters.protect import check_password

        check_password(self.password.text(), self.repeat.text())
        return self.password.text()


class FilePasswordDialog(QDialog):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_password_dialog")
        self.lang = lang
        self.setWindowTitle(self.tr("Protect the file with a password"))
        self.box = ProtectBox(self, checked=True)
        self.box.enabled.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.value = ""
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        try:
            self.value = self.box.chosen_password()
        except NrtdError as error:
            self.error.setText(error.text(self.lang))
            self.error.show()
            return
        self.accept()


def ask_file_password(lang: Lang, parent: QWidget | None = None) -> str | None:
    """The password for a protected file, or None when the person cancelled."""
    dialog = FilePasswordDialog(lang, parent)
    return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None
