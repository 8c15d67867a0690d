"""About: version, purpose, and the libraries the app stands on, with their licences.

Versions and licences are read from the installed packages' metadata, so the list says
what is really bundled. A package whose metadata names no licence (or that a frozen build
shipped without metadata) shows the licence its own licence file carries, marked as such.
Everything is shown as plain text: nothing from package metadata is read as markup.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop import APP_NAME, __version__
from recovery_desktop.ui.text_size import emphasise

#: Longest licence text taken from metadata; longer ones are whole licence texts.
_SHORT = 80
_CLASSIFIER = "License :: "


@dataclass(frozen=True)
class Library:
    """One bundled library: what to call it, its distributions, and a licence to fall back on."""

    name: str
    distributions: tuple[str, ...]
    #: The licence its licence file states, for when metadata names none.
    fallback: str


LIBRARIES = (
    Library("Qt and PySide6", ("PySide6", "PySide6-Essentials"), "LGPL-3.0"),
    Library("shiboken6", ("shiboken6",), "LGPL-3.0"),
    Library("sqlcipher3", ("sqlcipher3", "sqlcipher3-binary"), "zlib"),
    Library("SQLCipher (in sqlcipher3)", (), "BSD-style (Zetetic)"),
    Library("SQLAlchemy", ("SQLAlchemy",), "MIT"),
    Library("Alembic", ("alembic",), "MIT"),
    Library("cryptography", ("cryptography",), "Apache-2.0 OR BSD-3-Clause"),
    Library("pyrage (age)", ("pyrage",), "MIT"),
    Library("matplotlib", ("matplotlib",), "matplotlib licence (PSF-based)"),
    Library("keyring", ("keyring",), "MIT"),
    Library("platformdirs", ("platformdirs",), "MIT"),
    Library("Jinja2", ("Jinja2",), "BSD-3-Clause"),
    Library("fastjsonschema", ("fastjsonschema",), "BSD-3-Clause"),
)


def _one_line(text: str | None) -> str:
    text = (text or "").strip()
    return text if text and "\n" not in text and len(text) <= _SHORT else ""


def declared_licence(meta: metadata.PackageMetadata) -> str:
    """What a package's metadata says its licence is, or "" if it says nothing short."""
    expression = _one_line(meta.get("License-Expression"))
    if expression:
        return expression
    field = _one_line(meta.get("License"))
    if field and field.upper() not in {"UNKNOWN", "NONE"}:
        return field
    classifiers = [
        text.removeprefix(_CLASSIFIER).removeprefix("OSI Approved :: ")
        for text in meta.get_all("Classifier") or []
        if text.startswith(_CLASSIFIER)
    ]
    return _one_line(", ".join(classifiers))


def library_rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every bundled library, read at run time."""
    rows = [("Python", platform.python_version(), "PSF-2.0")]
    for library in LIBRARIES:
        version, licence = "", ""
        for distribution in library.distributions:
            try:
                meta = metadata.metadata(distribution)
            except metadata.PackageNotFoundError:
                continue
            version, licence = meta.get("Version") or "", declared_licence(meta)
            break
        if library.name == "Qt and PySide6" and qVersion() != pyside_version:
            version = f"{qVersion()} / {pyside_version}"
        if not licence and not library.distributions:
            licence = library.fallback  # a C library inside another package: no metadata
        elif not licence:
            licence = QCoreApplication.translate(
                "AboutDialog", "{licence} (from its licence file)"
            ).format(licence=library.fallback)
        rows.append((library.name, version or "—", licence))
    return rows


class AboutDialog(QDialog):
    """Version, purpose and licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        emphasise(title, 1.3)
        intro = QLabel(
            self.tr(
                "A private, offline workspace for a person in recovery and their mentor. "
                "Your data stays on this computer, encrypted, unless you choose to write a "
                "file. No account, no server, nothing sent anywhere.\n\n"
                "Recovery Desktop is free software under the GNU General Public License, "
                "version 3 or later. It is built on these libraries, each under its own "
                "licence:"
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.libraries = QTreeWidget(self)
        self.libraries.setAccessibleName(self.tr("Bundled libraries and their licences"))
        self.libraries.setHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.setRootIsDecorated(False)
        self.libraries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in library_rows():
            item = QTreeWidgetItem(list(row))
            for column in range(3):
                item.setToolTip(column, row[column])
            self.libraries.addTopLevelItem(item)
        header = self.libraries.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))  # Qt's word, in the language
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)
        self.resize(640, 500)
