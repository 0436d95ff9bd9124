"""File ▸ Open a database…: a committee file on this computer, or the committee's shared
PostgreSQL server (issue 24).

The server is given as a ``postgresql://login@host/database`` URL and a password typed apart
(never kept: the settings remember the URL without it, ``launch.remembered``). A URL that is not
one is refused here, with the reason under the field, before anything is opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nrtd_desktop.db.engine import is_server


class OpenDatabaseDialog(QDialog):
    def __init__(self, current: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_database_dialog")
        self.setWindowTitle(self.tr("Open a database"))
        self.chosen: Path | str | None = None
        self.file_choice = QRadioButton(self.tr("A committee file on this computer"), self)
        self.server_choice = QRadioButton(self.tr("The committee's shared server (PostgreSQL)"), self)
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)
        self.path = QLineEdit(self)
        self.path.setObjectName("database_path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.url = QLineEdit(self)
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("postgresql://login@server/committee")
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        server_form = QFormLayout()
        server_form.addRow(self.tr("Server address"), self.url)
        server_form.addRow(self.tr("Password"), self.password)
        self.error = QLabel(self)
        self.error.setObjectName("open_database_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        choice = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(choice.Open | choice.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addWidget(self.server_choice)
        layout.addLayout(server_form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if is_server(current):
            self.server_choice.setChecked(True)
            self.url.setText(str(current))
        else:
            self.file_choice.setChecked(True)
            self.path.setText(str(current))
        self.resize(620, 260)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("A committee file"), self.path.text(), self.tr("Committee database (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)
            self.file_choice.setChecked(True)

    def location(self) -> Path | str:
        """The chosen database; ValueError with the reason (in the window's language) if none."""
        if self.file_choice.isChecked():
            text = self.path.text().strip()
            if not text:
                raise ValueError(self.tr("Choose a committee file."))
            return Path(text).expanduser()
        url = self.url.text().strip()
        if not is_server(url):
            raise ValueError(self.tr("A server's address begins with postgresql:// — for example "
                                     "postgresql://login@server/committee."))
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url.replace("postgres://", "postgresql://", 1))
        except ArgumentError:
            raise ValueError(self.tr("This server address cannot be read.")) from None
        if not parsed.database:
            raise ValueError(self.tr("The server address must end with the committee's database name."))
        if self.password.text():
            parsed = parsed.set(password=self.password.text())
        return parsed.render_as_string(hide_password=False)

    def try_accept(self) -> None:
        try:
            self.chosen = self.location()
        except ValueError as reason:
            self.error.setText(str(reason))
            self.error.show()
            return
        self.accept()
