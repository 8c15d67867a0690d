"""About: version, purpose, and the libraries the app stands on."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recovery_desktop import APP_NAME, __version__

_LIBRARIES = (
    ("Qt and PySide6", "LGPL-3.0"),
    ("SQLCipher (through sqlcipher3)", "BSD-3-Clause"),
    ("SQLAlchemy and Alembic", "MIT"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("keyring", "MIT"),
    ("platformdirs", "MIT"),
    ("Jinja2", "BSD-3-Clause"),
    ("matplotlib", "PSF-based (matplotlib licence)"),
    ("pyrage (age)", "MIT"),
)


class AboutDialog(QDialog):
    """Version and licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        lines = [
            f"{APP_NAME} {__version__}",
            "A private, offline workspace for a person in recovery and their mentor. "
            "Your data stays on this computer, encrypted, unless you choose to write a file.",
            "",
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
            "",
            "Built with:",
            *(f"  {name}: {licence}" for name, licence in _LIBRARIES),
        ]
        text = QLabel("\n".join(lines), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
